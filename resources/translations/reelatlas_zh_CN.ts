<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssetListModel</name>
    <message>
        <location filename="../../widgets/assetlistmodel.cpp" line="+160" />
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline: the file is not where it was (drive unplugged, moved or deleted)</source>
        <translation>离线：文件不在原处（驱动器已拔出、已移动或已删除）</translation>
    </message>
</context>
<context>
    <name>AssetQueryParser</name>
    <message>
        <location filename="../../database/assetquery.cpp" line="+207" />
        <source>tag:天气/晴, tag:海岸</source>
        <translation>tag:天气/晴, tag:海岸</translation>
    </message>
    <message>
        <location line="+3" />
        <source>format:4K, format:全高清, format:"Full HD"</source>
        <translation>format:4K, format:全高清, format:"Full HD"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dur:&lt;10, dur:&gt;=1m, dur:5..30</source>
        <translation>dur:&lt;10, dur:&gt;=1m, dur:5..30</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fps:25, fps:&gt;=50</source>
        <translation>fps:25, fps:&gt;=50</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision</source>
        <translation>hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orient:portrait, orient:landscape</source>
        <translation>orient:portrait, orient:landscape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>year:2024, year:&gt;=2020, year:2019..2021</source>
        <translation>year:2024, year:&gt;=2020, year:2019..2021</translation>
    </message>
    <message>
        <location line="+1" />
        <source>date:2024-07, date:&gt;=2024-06-01</source>
        <translation>date:2024-07, date:&gt;=2024-06-01</translation>
    </message>
    <message>
        <location line="+1" />
        <source>codec:hevc, codec:h264, codec:prores</source>
        <translation>codec:hevc, codec:h264, codec:prores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status:ok, status:failed, status:offline</source>
        <translation>status:ok, status:failed, status:offline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kind:video, kind:photo</source>
        <translation>kind:video, kind:photo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>camera:dji, camera:"iPhone 15"</source>
        <translation>camera:dji, camera:"iPhone 15"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>size:&gt;2GB, size:&lt;500MB</source>
        <translation>size:&gt;2GB, size:&lt;500MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>folder:/media/drive/2024</source>
        <translation>folder:/media/drive/2024</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a quote is not closed</source>
        <translation>引号没有闭合</translation>
    </message>
    <message>
        <location line="+72" />
        <source>%1: does not understand "%2" (for example %3)</source>
        <translation>%1: 无法理解 “%2”（例如 %3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: needs a value (for example %2)</source>
        <translation>%1: 需要一个值（例如 %2）</translation>
    </message>
</context>
<context>
    <name>AssetTileDelegate</name>
    <message>
        <location filename="../../widgets/assettiledelegate.cpp" line="+89" />
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../database/catalog.cpp" line="+71" />
        <source>%1 is a file, not a catalog folder</source>
        <translation>%1 是一个文件，不是目录文件夹</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no catalog at %1 (create one with "reelatlas-cli init" or by ingesting media)</source>
        <translation>%1 处没有目录（可用 “reelatlas-cli init” 或导入素材来创建）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create the catalog folder %1</source>
        <translation>无法创建目录文件夹 %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>thumbnail store</source>
        <translation>缩略图库</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot open the catalog %1: %2</source>
        <translation>无法打开目录 %1：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cannot open the thumbnail store of %1: %2</source>
        <translation>无法打开 %1 的缩略图库：%2</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <location filename="../../database/catalogwriter.cpp" line="+158" />
        <source>cannot write to the catalog %1: %2</source>
        <translation>无法写入目录 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+63" />
        <location line="+27" />
        <source>usage: reelatlas-cli [--catalog PATH] %1 %2</source>
        <translation>用法：reelatlas-cli [--catalog 路径] %1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The catalog folder.</source>
        <translation>目录文件夹。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>there is no asset with id %1 in the catalog</source>
        <translation>目录中没有 id 为 %1 的素材</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not in the catalog</source>
        <translation>%1 不在目录中</translation>
    </message>
    <message>
        <location line="+27" />
        <source>interrupted: finishing the files under way (press Ctrl-C again to stop at once); run the same command again to resume</source>
        <translation>已中断：正在完成处理中的文件（再按一次 Ctrl-C 立即停止）；再次运行同一命令即可继续</translation>
    </message>
    <message>
        <location line="+48" />
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 files found: %2 added, %3 updated, %4 unchanged, %5 relinked, %6 failed, %7 marked offline, %8 skipped (%9 s)</source>
        <translation>找到 %1 个文件：新增 %2，更新 %3，未变 %4，重新关联 %5，失败 %6，标为离线 %7，跳过 %8（%9 秒）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>interrupted before the end; what was done is kept</source>
        <translation>在完成前中断；已完成的部分已保存</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Files processed at once (default: the number of cores).</source>
        <translation>同时处理的文件数（默认：CPU 核心数）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the summary as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 打印汇总。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No progress or summary on stderr.</source>
        <translation>不在标准错误上显示进度和汇总。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seconds one file may take before it is given up (default 120).</source>
        <translation>单个文件最长处理秒数，超时即放弃（默认 120）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Try files that failed before again even if unchanged.</source>
        <translation>即使文件未变，也重试之前失败的文件。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs 需要 1 到 256 之间的数字</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout 需要秒数</translation>
    </message>
    <message>
        <location line="+19" />
        <source>name at least one folder or file to ingest</source>
        <translation>请至少指定一个要导入的文件夹或文件</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cannot ingest %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>rescan takes no paths: it re-checks everything in the catalog</source>
        <translation>rescan 不接受路径：它会重新检查目录中的所有文件</translation>
    </message>
    <message>
        <location line="+22" />
        <source>init takes no arguments</source>
        <translation>init 不接受参数</translation>
    </message>
    <message>
        <location line="+7" />
        <source>catalog ready: %1</source>
        <translation>目录已就绪：%1</translation>
    </message>
    <message>
        <location line="+65" />
        <source>cannot understand the query: %1</source>
        <translation>无法理解查询：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the query "%1" asks for nothing: give words or filters</source>
        <translation>查询 “%1” 没有任何条件：请输入关键词或筛选条件</translation>
    </message>
    <message>
        <location line="+9" />
        <source>relevance (default), newest, oldest, longest, shortest or name.</source>
        <translation>relevance（默认，相关度）、newest（最新）、oldest（最早）、longest（最长）、shortest（最短）或 name（名称）。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the assets that match the query.</source>
        <translation>仅导出符合查询的素材。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write to FILE instead of stdout.</source>
        <translation>写入文件而不是标准输出。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV 以 UTF-8 字节顺序标记开头（便于 Excel 打开）。</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+122" />
        <source>--sort is relevance, newest, oldest, longest, shortest or name</source>
        <translation>--sort 只能是 relevance、newest、oldest、longest、shortest 或 name</translation>
    </message>
    <message>
        <location line="-119" />
        <source>--format is json or csv, not "%1"</source>
        <translation>--format 只能是 json 或 csv，不能是 “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>export takes no arguments (use --query to choose assets)</source>
        <translation>export 不接受参数（请用 --query 选择素材）</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+303" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-266" />
        <source>cannot read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot write the export: %1</source>
        <translation>无法写出导出内容：%1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Print the asset as JSON.</source>
        <translation>以 JSON 打印素材。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+177" />
        <source>name one asset, by id or by path</source>
        <translation>请指定一个素材（id 或路径）</translation>
    </message>
    <message>
        <location line="-162" />
        <source>Print the results as a JSON array of assets.</source>
        <translation>以素材 JSON 数组打印结果。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most N results (default 100; 0 = all).</source>
        <translation>最多 N 条结果（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>give the words to search for</source>
        <translation>请输入要搜索的词</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--limit needs a number</source>
        <translation>--limit 需要数字</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+48" />
        <source>cannot search the catalog: %1</source>
        <translation>无法搜索目录：%1</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Tag the assets that match the query.</source>
        <translation>为符合查询的素材加标签。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>say "add" or "remove", then the tag</source>
        <translation>请先写 “add” 或 “remove”，再写标签</translation>
    </message>
    <message>
        <location line="+6" />
        <source>choose the assets either with --query or with their ids, not both</source>
        <translation>请用 --query 或素材 id 选择素材，二者只能选其一</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is not an asset id</source>
        <translation>“%1” 不是素材 id</translation>
    </message>
    <message>
        <location line="+34" />
        <source>cannot change tags: %1</source>
        <translation>无法修改标签：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot save the tags</source>
        <translation>无法保存标签</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>tagged %n asset(s) with %1</source>
        <translation>
            <numerusform>已为 %n 个素材添加标签 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>removed %1 from %n asset(s)</source>
        <translation>
            <numerusform>已从 %n 个素材移除标签 %1</numerusform></translation>
    </message>
    <message>
        <location line="+40" />
        <source>The picture file to write (.jpg or .png).</source>
        <translation>要写出的图片文件（.jpg 或 .png）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Long edge in pixels (default 1024).</source>
        <translation>长边像素数（默认 1024）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>say where to write the picture with --out FILE.jpg</source>
        <translation>请用 --out 文件.jpg 指定图片写到哪里</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--size needs a number of pixels from 16 to 16384</source>
        <translation>--size 需要 16 到 16384 之间的像素数</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cannot write "%1" pictures; use .jpg or .png</source>
        <translation>无法写出 “%1” 格式的图片；请使用 .jpg 或 .png</translation>
    </message>
    <message>
        <location line="+12" />
        <source>asset %1 has no poster (%2)</source>
        <translation>素材 %1 没有封面（%2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it was never made</source>
        <translation>从未生成</translation>
    </message>
    <message>
        <location line="+14" />
        <source>note: the file cannot be read (%1); writing the stored %2 px poster</source>
        <translation>注意：无法读取文件（%1）；改为写出已保存的 %2 像素封面</translation>
    </message>
    <message>
        <location line="+1" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+12" />
        <source>wrote %1 (%2 × %3)</source>
        <translation>已写出 %1（%2 × %3）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Create the catalog (does nothing if it exists).</source>
        <translation>创建目录（已存在则不做任何事）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find media under the paths, probe it, make posters and filmstrips, and catalogue it. Unchanged files are skipped, moved files relinked.</source>
        <translation>查找路径下的素材，读取技术信息，生成封面和胶片条并编入目录。未变的文件会跳过，移动过的文件会重新关联。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re-check every catalogued file: changed ones are probed again, moved ones relinked, missing ones marked offline.</source>
        <translation>重新检查目录中的每个文件：变化的重新读取，移动的重新关联，缺失的标为离线。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every asset, or those matching the query, as JSON or CSV.</source>
        <translation>以 JSON 或 CSV 导出全部素材或符合查询的素材。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One asset.</source>
        <translation>显示一个素材。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assets whose path, title, description, camera, codec, format class or tags contain all the words.</source>
        <translation>查找路径、标题、描述、相机、编码、格式类别或标签中包含全部关键词的素材。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add a tag (天气/晴) to assets, or remove it.</source>
        <translation>为素材添加标签（如 天气/晴），或移除标签。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the poster at N pixels on the long edge.</source>
        <translation>以长边 N 像素写出封面。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the catalog's databases for damage.</source>
        <translation>检查目录数据库是否损坏。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+18" />
        <source>usage: reelatlas-cli [--catalog PATH] COMMAND [ARGS]</source>
        <translation>用法：reelatlas-cli [--catalog 路径] 命令 [参数]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The catalog is --catalog PATH, else $REELATLAS_CATALOG, else the default catalog in your data folder. "reelatlas-cli COMMAND --help" tells more.</source>
        <translation>目录依次取 --catalog 路径、$REELATLAS_CATALOG、数据文件夹中的默认目录。“reelatlas-cli 命令 --help” 可查看详细说明。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no command given</source>
        <translation>未给出命令</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown command "%1"</source>
        <translation>未知命令 “%1”</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../../media/contenthash.cpp" line="+34" />
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot read the file's details: %1</source>
        <translation>无法读取文件信息：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+17" />
        <source>read error at byte %1: %2</source>
        <translation>在第 %1 字节处读取出错：%2</translation>
    </message>
</context>
<context>
    <name>ExifReader</name>
    <message>
        <location filename="../../media/exifreader.cpp" line="+257" />
        <location line="+17" />
        <source>metadata unreadable: %1</source>
        <translation>元数据无法读取：%1</translation>
    </message>
    <message>
        <location line="-42" />
        <source>metadata damaged: %1</source>
        <translation>元数据已损坏：%1</translation>
    </message>
    <message>
        <location line="+76" />
        <source>the RAW file has no embedded preview</source>
        <translation>RAW 文件中没有内嵌预览图</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not a RAW file Exiv2 can read: %1</source>
        <translation>不是 Exiv2 能读取的 RAW 文件：%1</translation>
    </message>
</context>
<context>
    <name>IngestJob</name>
    <message>
        <location filename="../../app/ingest/ingestjob.cpp" line="+188" />
        <source>cannot read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <location line="+194" />
        <source>deleted while it was being scanned</source>
        <translation>扫描过程中被删除</translation>
    </message>
    <message>
        <location line="+159" />
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+30" />
        <source>cannot be catalogued: %1</source>
        <translation>无法编入目录：%1</translation>
    </message>
    <message>
        <location line="+102" />
        <source>cannot mark missing files offline: %1</source>
        <translation>无法将缺失文件标为离线：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+38" />
        <source>ReelAtlas — %1</source>
        <translation>ReelAtlas — %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Add Folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the clips and photos in a folder and add them to the library (Ctrl+I)</source>
        <translation>查找文件夹中的片段和照片并加入素材库（Ctrl+I）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Opening the catalog…</source>
        <translation>正在打开目录…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop importing; what is done is kept, and adding the folder again resumes</source>
        <translation>停止导入；已完成的部分会保留，再次添加该文件夹即可继续</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The catalog %1 cannot be opened:
%2</source>
        <translation>无法打开目录 %1：
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n clip(s) and photo(s)</source>
        <translation>
            <numerusform>%n 个片段和照片</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h2&gt;The library is empty&lt;/h2&gt;&lt;p&gt;Add a folder of clips and photos, or drop folders on this window. ReelAtlas finds every clip and photo inside, reads its technical facts and makes posters and filmstrips.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;素材库是空的&lt;/h2&gt;&lt;p&gt;添加一个包含片段和照片的文件夹，或把文件夹拖到本窗口。ReelAtlas 会找出其中所有片段和照片，读取技术信息，并生成封面和胶片条。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add Folder to the Library</source>
        <translation>将文件夹添加到素材库</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importing: %1 done, %2 found so far</source>
        <translation>正在导入：已完成 %1，已找到 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importing: %1 of %2</source>
        <translation>正在导入：%1 / %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1 files/s</source>
        <translation>，每秒 %1 个文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1 left</source>
        <translation>，剩余 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import stopped: %1 added, %2 failed. Add the folder again to resume.</source>
        <translation>导入已停止：新增 %1，失败 %2。再次添加该文件夹即可继续。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import finished: %1 added, %2 updated, %3 unchanged, %4 moved, %5 failed</source>
        <translation>导入完成：新增 %1，更新 %2，未变 %3，移动 %4，失败 %5</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Files not imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>These files could not be read or were skipped. Files that failed are in the library, marked as failed, with the reason.</source>
        <translation>以下文件无法读取或被跳过。失败的文件仍在素材库中，标为失败并注明原因。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
</context>
<context>
    <name>MediaProcessor</name>
    <message>
        <location filename="../../media/mediaprocessor.cpp" line="+32" />
        <source>cannot read the file's details: %1</source>
        <translation>无法读取文件信息：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>not a JPEG, PNG, TIFF, WebP or HEIF picture (unrecognised content)</source>
        <translation>不是 JPEG、PNG、TIFF、WebP 或 HEIF 图片（无法识别的内容）</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../../database/migrations.cpp" line="+43" />
        <source>no migrations for the %1 were compiled in</source>
        <translation>程序中没有%1的升级脚本</translation>
    </message>
    <message>
        <location line="+13" />
        <source>cannot read the %1's schema version</source>
        <translation>无法读取%1的结构版本</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the %1 was written by a newer ReelAtlas (schema version %2; this ReelAtlas knows up to %3). Update ReelAtlas to open it; nothing was changed.</source>
        <translation>该%1由更新版本的 ReelAtlas 写入（结构版本 %2；本版本最高支持 %3）。请升级 ReelAtlas 后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>upgrading the %1 to schema version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation>将%1升级到结构版本 %2（%3）失败：%4。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>PhotoAnalyzer</name>
    <message>
        <location filename="../../media/photoanalyzer.cpp" line="+194" />
        <location line="+6" />
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>not a readable %1 image: %2</source>
        <translation>不是可读取的 %1 图片：%2</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+78" />
        <source>the picture is too large to make a thumbnail (%1 × %2 pixels)</source>
        <translation>图片过大，无法生成缩略图（%1 × %2 像素）</translation>
    </message>
    <message>
        <location line="-144" />
        <location line="+80" />
        <location line="+4" />
        <location line="+68" />
        <source>the picture data is damaged: %1</source>
        <translation>图片数据已损坏：%1</translation>
    </message>
    <message>
        <location line="-152" />
        <source>no pixels</source>
        <translation>没有像素</translation>
    </message>
    <message>
        <location line="+94" />
        <location line="+6" />
        <source>not a readable HEIF image: %1</source>
        <translation>不是可读取的 HEIF 图片：%1</translation>
    </message>
    <message>
        <location line="+61" />
        <source>the picture data is damaged: no pixels</source>
        <translation>图片数据已损坏：没有像素</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <location filename="../../app/cli/progress.cpp" line="+49" />
        <source>%1 done, %2 found so far</source>
        <translation>已完成 %1，已找到 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1/%2 files</source>
        <translation>%1/%2 个文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1 files/s</source>
        <translation>，每秒 %1 个文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, ETA %1</source>
        <translation>，预计剩余 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>ingest: %1</source>
        <translation>导入：%1</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <location filename="../../app/ingest/scanner.cpp" line="+40" />
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+42" />
        <source>camera card thumbnails (the clips are catalogued with their own posters)</source>
        <translation>存储卡上的缩略图（片段会用各自的封面编入目录）</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>camera card proxies (low-resolution copies of the clips)</source>
        <translation>存储卡上的代理文件（片段的低分辨率副本）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P2 card companions (icons, voice memos and the audio of the clips)</source>
        <translation>P2 卡附属文件（图标、语音备注和片段的音频）</translation>
    </message>
    <message>
        <location line="+23" />
        <source>folder already scanned through another path (a symbolic link loop or a second link to it)</source>
        <translation>文件夹已经通过其他路径扫描过（符号链接循环或重复链接）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>has a media file name but is %1</source>
        <translation>文件名像素材，但实际是%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the same file as one already found (a hard or symbolic link)</source>
        <translation>与已找到的文件是同一个文件（硬链接或符号链接）</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+51" />
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="-43" />
        <source>not a media file name (unknown extension)</source>
        <translation>不是素材文件名（未知扩展名）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>cannot read the folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>symbolic link loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <location line="+4" />
        <source>broken symbolic link</source>
        <translation>失效的符号链接</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../../database/tagstore.cpp" line="+38" />
        <source>"%1" is not a tag: a tag path has no empty levels (write 天气/晴)</source>
        <translation>“%1” 不是有效标签：标签路径中不能有空的层级（例如 天气/晴）</translation>
    </message>
    <message>
        <location line="+57" />
        <source>cannot create the tag %1</source>
        <translation>无法创建标签 %1</translation>
    </message>
    <message>
        <location line="+64" />
        <source>a tag name cannot be empty or contain "/"</source>
        <translation>标签名不能为空，也不能包含 “/”</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <location line="+7" />
        <location line="+26" />
        <location line="+36" />
        <source>no such tag</source>
        <translation>没有这个标签</translation>
    </message>
    <message>
        <location line="-82" />
        <location line="+32" />
        <source>there is already a tag %1 (merge the two instead)</source>
        <translation>已经有标签 %1（请改为合并两个标签）</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+28" />
        <source>a tag cannot go inside itself</source>
        <translation>标签不能放到它自己下面</translation>
    </message>
</context>
<context>
    <name>VideoAnalyzer</name>
    <message>
        <location filename="../../media/videoanalyzer.cpp" line="+473" />
        <location line="+114" />
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="-107" />
        <source>not a video file FFmpeg can read</source>
        <translation>不是 FFmpeg 能读取的视频文件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>stream details incomplete: %1</source>
        <translation>流信息不完整：%1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>no picture: the file holds only audio (%1)</source>
        <translation>没有画面：文件只包含音频（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no video stream in the file</source>
        <translation>文件中没有视频流</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Dolby Vision profile %1 without a compatible base layer: the poster's colours are approximate</source>
        <translation>杜比视界配置 %1 没有兼容基础层：封面颜色为近似值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no decoder for the %1 video codec in this FFmpeg build</source>
        <translation>当前 FFmpeg 没有 %1 视频编码的解码器</translation>
    </message>
    <message>
        <location line="+13" />
        <source>cannot open the %1 decoder</source>
        <translation>无法打开 %1 解码器</translation>
    </message>
    <message>
        <location line="+88" />
        <source>no picture could be decoded</source>
        <translation>无法解码出任何画面</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only %1 of %2 sample points could be decoded (the file may be damaged or truncated)</source>
        <translation>%2 个取样点中只有 %1 个能解码（文件可能已损坏或不完整）</translation>
    </message>
</context>
<context>
    <name>WorkerClient</name>
    <message>
        <location filename="../../app/ingest/workerclient.cpp" line="+125" />
        <source>the media worker sent garbled data (%1)</source>
        <translation>媒体处理进程返回了错乱的数据（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>timed out: the media worker spent more than %1 s on this file and was stopped</source>
        <translation>超时：媒体处理进程处理该文件超过 %1 秒，已被终止</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the media worker crashed on this file (%1)</source>
        <translation>媒体处理进程在处理该文件时崩溃（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the media worker quit on this file (exit status %1)</source>
        <translation>媒体处理进程在处理该文件时退出（退出状态 %1）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cannot start the media worker %1: %2</source>
        <translation>无法启动媒体处理进程 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+27" />
        <source>ReelAtlas media-asset library</source>
        <translation>ReelAtlas 媒体素材库</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The catalog folder.</source>
        <translation>目录文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Folders to import.</source>
        <translation>要导入的文件夹。</translation>
    </message>
</context>
</TS>