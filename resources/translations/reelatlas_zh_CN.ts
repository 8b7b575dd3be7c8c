<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssetListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Format class</source>
        <translation>格式类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Offline: the file is not where it was (drive unplugged, moved or deleted)</source>
        <translation>离线：文件不在原处（驱动器已拔出、已移动或已删除）</translation>
    </message>
</context>
<context>
    <name>AssetQueryParser</name>
    <message>
        <source>tag:天气/晴, tag:海岸</source>
        <translation>tag:天气/晴, tag:海岸</translation>
    </message>
    <message>
        <source>format:4K, format:全高清, format:&quot;Full HD&quot;</source>
        <translation>format:4K, format:全高清, format:&quot;Full HD&quot;</translation>
    </message>
    <message>
        <source>dur:&lt;10, dur:&gt;=1m, dur:5..30</source>
        <translation>dur:&lt;10, dur:&gt;=1m, dur:5..30</translation>
    </message>
    <message>
        <source>fps:25, fps:&gt;=50</source>
        <translation>fps:25, fps:&gt;=50</translation>
    </message>
    <message>
        <source>hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision</source>
        <translation>hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision</translation>
    </message>
    <message>
        <source>orient:portrait, orient:landscape</source>
        <translation>orient:portrait, orient:landscape</translation>
    </message>
    <message>
        <source>year:2024, year:&gt;=2020, year:2019..2021</source>
        <translation>year:2024, year:&gt;=2020, year:2019..2021</translation>
    </message>
    <message>
        <source>date:2024-07, date:&gt;=2024-06-01</source>
        <translation>date:2024-07, date:&gt;=2024-06-01</translation>
    </message>
    <message>
        <source>codec:hevc, codec:h264, codec:prores</source>
        <translation>codec:hevc, codec:h264, codec:prores</translation>
    </message>
    <message>
        <source>status:ok, status:failed, status:offline</source>
        <translation>status:ok, status:failed, status:offline</translation>
    </message>
    <message>
        <source>kind:video, kind:photo</source>
        <translation>kind:video, kind:photo</translation>
    </message>
    <message>
        <source>camera:dji, camera:&quot;iPhone 15&quot;</source>
        <translation>camera:dji, camera:&quot;iPhone 15&quot;</translation>
    </message>
    <message>
        <source>size:&gt;2GB, size:&lt;500MB</source>
        <translation>size:&gt;2GB, size:&lt;500MB</translation>
    </message>
    <message>
        <source>folder:/media/drive/2024</source>
        <translation>folder:/media/drive/2024</translation>
    </message>
    <message>
        <source>people:none, people:yes, people:many, people:&gt;=3, 人物:无</source>
        <translation>人物:无、人物:有、人物:多、人物:&gt;=3、people:none</translation>
    </message>
    <message>
        <source>similar:1234 (an asset&apos;s id), similar:#9bf2bc99b00c7171 (a picture&apos;s signature)</source>
        <translation>similar:1234（素材编号），similar:#9bf2bc99b00c7171（画面签名）</translation>
    </message>
    <message>
        <source>id:1234, id:12,15,40</source>
        <translation>id:1234, id:12,15,40</translation>
    </message>
    <message>
        <source>color:blue, color:green, 颜色:蓝</source>
        <translation>颜色:蓝, 颜色:绿, color:blue</translation>
    </message>
    <message>
        <source>light:day, light:golden, light:blue, light:night, 光线:黄金时刻</source>
        <translation>光线:白天, 光线:黄金时刻, 光线:蓝调时刻, 光线:夜晚, light:golden</translation>
    </message>
    <message>
        <source>exposure:dark, exposure:normal, exposure:bright, 曝光:暗</source>
        <translation>exposure:dark、exposure:normal、exposure:bright、曝光:暗</translation>
    </message>
    <message>
        <source>warmth:warm, warmth:neutral, warmth:cool, warmth:&lt;4000 (kelvin), 色温:暖</source>
        <translation>warmth:warm、warmth:neutral、warmth:cool、warmth:&lt;4000（开尔文）、色温:暖</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号没有闭合</translation>
    </message>
    <message>
        <source>%1: does not understand &quot;%2&quot; (for example %3)</source>
        <translation>%1: 无法理解 “%2”（例如 %3）</translation>
    </message>
    <message>
        <source>%1: needs a value (for example %2)</source>
        <translation>%1: 需要一个值（例如 %2）</translation>
    </message>
    <message>
        <source>similar: one asset at a time, and not negated</source>
        <translation>similar：一次一个素材，且不能取反</translation>
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <source>there is no asset %1</source>
        <translation>没有素材 %1</translation>
    </message>
    <message>
        <source>asset %1 is no clip that was read</source>
        <translation>素材 %1 不是已读取的片段</translation>
    </message>
    <message>
        <source>the poster has no picture</source>
        <translation>封面没有画面</translation>
    </message>
</context>
<context>
    <name>AssetTileDelegate</name>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>Shot %1 of %2</source>
        <translation>镜头 %1/%2</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空镜</translation>
    </message>
</context>
<context>
    <name>BackgroundAnalysis</name>
    <message>
        <source>What is in the pictures (shots, people, copies) is found in the background, at low priority. It goes on where it stopped when ReelAtlas starts again.</source>
        <translation>画面内容（镜头、人物、副本）在后台以低优先级分析。ReelAtlas 再次启动时从停下的地方继续。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop analysing; what is done is kept, and the rest is analysed when ReelAtlas starts again or after the next import</source>
        <translation>停止分析；已完成的保留，其余的在 ReelAtlas 再次启动或下次导入后分析</translation>
    </message>
    <message>
        <source>Looking for pictures to analyse…</source>
        <translation>正在查找待分析的画面…</translation>
    </message>
    <message>
        <source>Pausing when the files under way are done…</source>
        <translation>正在处理的文件完成后暂停…</translation>
    </message>
    <message>
        <source>Stopping when the files under way are done…</source>
        <translation>正在处理的文件完成后停止…</translation>
    </message>
    <message>
        <source>Analysis waits for the import</source>
        <translation>分析等待导入完成</translation>
    </message>
    <message>
        <source>Analysing pictures: %1 of %2</source>
        <translation>正在分析画面：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be analysed</source>
        <translation>
            <numerusform>%n 个无法分析</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis stopped: %1</source>
        <translation>分析已停止：%1</translation>
    </message>
    <message>
        <source>Analysis paused: %1 of %2 done</source>
        <translation>分析已暂停：已完成 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) analysed, %1 could not be (see the inspector)</source>
        <translation>
            <numerusform>已分析 %n 个画面，%1 个无法分析（见检查器）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) analysed</source>
        <translation>
            <numerusform>已分析 %n 个画面</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Go on analysing</source>
        <translation>继续分析</translation>
    </message>
    <message>
        <source>Stop for now, after the files under way</source>
        <translation>处理中的文件完成后暂时停止</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is a file, not a catalog folder</source>
        <translation>%1 是一个文件，不是目录文件夹</translation>
    </message>
    <message>
        <source>there is no catalog at %1 (create one with &quot;reelatlas-cli init&quot; or by ingesting media)</source>
        <translation>%1 处没有目录（可用 “reelatlas-cli init” 或导入素材来创建）</translation>
    </message>
    <message>
        <source>cannot create the catalog folder %1</source>
        <translation>无法创建目录文件夹 %1</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>thumbnail store</source>
        <translation>缩略图库</translation>
    </message>
    <message>
        <source>cannot open the catalog %1: %2</source>
        <translation>无法打开目录 %1：%2</translation>
    </message>
    <message>
        <source>cannot open the thumbnail store of %1: %2</source>
        <translation>无法打开 %1 的缩略图库：%2</translation>
    </message>
    <message>
        <source>optimizing the catalog %1 failed: %2</source>
        <translation>优化素材库 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 has %2 free; rewriting the catalog needs %3 there</source>
        <translation>%1 只剩 %2 可用空间；重写素材库需要 %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Merging the search index (%1 of %2)</source>
        <translation>正在合并搜索索引（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <source>Rewriting the catalog file in order</source>
        <translation>正在按顺序重写素材库文件</translation>
    </message>
    <message>
        <source>Updating the server&apos;s statistics</source>
        <translation>正在更新服务器的统计信息</translation>
    </message>
    <message>
        <source>the transaction had failed and was rolled back</source>
        <translation>事务已失败并已回滚</translation>
    </message>
    <message>
        <source>cannot read the catalog&apos;s schema version at %1</source>
        <translation>无法读取 %1 处素材库的架构版本</translation>
    </message>
    <message>
        <source>there is no catalog in the database %1 (create one with &quot;reelatlas-cli --catalog URL init&quot;)</source>
        <translation>数据库 %1 中没有素材库（可用“reelatlas-cli --catalog URL init”创建）</translation>
    </message>
    <message>
        <source>cannot prepare the catalog at %1: %2</source>
        <translation>无法准备 %1 处的素材库：%2</translation>
    </message>
    <message>
        <source>the catalog is read-only for %1 (a viewer, or a read-only session): nothing can be changed</source>
        <translation>素材库对 %1 是只读的（只读用户或只读会话）：不能做任何修改</translation>
    </message>
    <message>
        <source>merging the search index of %1 failed: %2</source>
        <translation>合并目录 %1 的搜索索引失败：%2</translation>
    </message>
</context>
<context>
    <name>CatalogCopy</name>
    <message>
        <source>copying the catalog %1 to %2 failed: %3</source>
        <translation>将素材库 %1 复制到 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 holds no catalog</source>
        <translation>%1 中没有素材库</translation>
    </message>
    <message>
        <source>%1 already exists; copy to a new folder</source>
        <translation>%1 已存在；请复制到一个新文件夹</translation>
    </message>
    <message>
        <source>%1 already holds a catalog (%2 rows in %3); copy to an empty one</source>
        <translation>%1 中已有素材库（%3 中有 %2 行）；请复制到空的数据库</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot move the copy into %1</source>
        <translation>无法将副本移入 %1</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>Asset %1 is not analysed yet, so nothing is compared with it.</source>
        <translation>素材 %1 尚未分析，因此无法与之比较。</translation>
    </message>
    <message>
        <source>Format class</source>
        <translation>格式类别</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>画面方向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>HDR</source>
        <translation>HDR</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Dolby Vision</source>
        <translation>杜比视界</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>under 10 s</source>
        <translation>10 秒以下</translation>
    </message>
    <message>
        <source>10–30 s</source>
        <translation>10–30 秒</translation>
    </message>
    <message>
        <source>30 s – 1 min</source>
        <translation>30 秒–1 分钟</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 分钟</translation>
    </message>
    <message>
        <source>over 5 min</source>
        <translation>5 分钟以上</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>Many</source>
        <translation>多人</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>白天</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>黄金时刻</translation>
    </message>
    <message>
        <source>Blue hour</source>
        <translation>蓝调时刻</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜晚</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>棕</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot write to the catalog %1: %2</source>
        <translation>无法写入目录 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: reelatlas-cli [--catalog PATH] %1 %2</source>
        <translation>用法：reelatlas-cli [--catalog 路径] %1 %2</translation>
    </message>
    <message>
        <source>The catalog folder.</source>
        <translation>目录文件夹。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the file there before is unchanged)</source>
        <translation>无法写入 %1：%2（原有文件未改动）</translation>
    </message>
    <message>
        <source>there is no asset with id %1 in the catalog</source>
        <translation>目录中没有 id 为 %1 的素材</translation>
    </message>
    <message>
        <source>%1 is not in the catalog</source>
        <translation>%1 不在目录中</translation>
    </message>
    <message>
        <source>interrupted: finishing the files under way (press Ctrl-C again to stop at once); run the same command again to resume</source>
        <translation>已中断：正在完成处理中的文件（再按一次 Ctrl-C 立即停止）；再次运行同一命令即可继续</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message>
        <source>%1 files found: %2 added, %3 updated, %4 unchanged, %5 relinked, %6 failed, %7 marked offline, %8 skipped (%9 s)</source>
        <translation>找到 %1 个文件：新增 %2，更新 %3，未变 %4，重新关联 %5，失败 %6，标为离线 %7，跳过 %8（%9 秒）</translation>
    </message>
    <message>
        <source>interrupted before the end; what was done is kept</source>
        <translation>在完成前中断；已完成的部分已保存</translation>
    </message>
    <message>
        <source>Files processed at once (default: the number of cores).</source>
        <translation>同时处理的文件数（默认：CPU 核心数）。</translation>
    </message>
    <message>
        <source>Print the summary as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 打印汇总。</translation>
    </message>
    <message>
        <source>No progress or summary on stderr.</source>
        <translation>不在标准错误上显示进度和汇总。</translation>
    </message>
    <message>
        <source>Seconds one file may take before it is given up (default 120).</source>
        <translation>单个文件最长处理秒数，超时即放弃（默认 120）。</translation>
    </message>
    <message>
        <source>Try files that failed before again even if unchanged.</source>
        <translation>即使文件未变，也重试之前失败的文件。</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs 需要 1 到 256 之间的数字</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout 需要秒数</translation>
    </message>
    <message>
        <source>note: %1 files at once, not %2: that many workers do not fit in this machine&apos;s memory (%3 MB each)</source>
        <translation>提示：同时处理 %1 个文件，而不是 %2 个：本机内存容纳不下那么多工作进程（每个 %3 MB）</translation>
    </message>
    <message>
        <source>name at least one folder or file to ingest</source>
        <translation>请至少指定一个要导入的文件夹或文件</translation>
    </message>
    <message>
        <source>cannot ingest %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>rescan takes no paths: it re-checks everything in the catalog</source>
        <translation>rescan 不接受路径：它会重新检查目录中的所有文件</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init 不接受参数</translation>
    </message>
    <message>
        <source>catalog ready: %1</source>
        <translation>目录已就绪：%1</translation>
    </message>
    <message>
        <source>cannot understand the query: %1</source>
        <translation>无法理解查询：%1</translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; asks for nothing: give words or filters</source>
        <translation>查询 “%1” 没有任何条件：请输入关键词或筛选条件</translation>
    </message>
    <message>
        <source>relevance (default), newest, oldest, longest, shortest or name.</source>
        <translation>relevance（默认，相关度）、newest（最新）、oldest（最早）、longest（最长）、shortest（最短）或 name（名称）。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <source>Only the assets that match the query.</source>
        <translation>仅导出符合查询的素材。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入文件而不是标准输出。</translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV 以 UTF-8 字节顺序标记开头（便于 Excel 打开）。</translation>
    </message>
    <message>
        <source>--sort is relevance, newest, oldest, longest, shortest or name</source>
        <translation>--sort 只能是 relevance、newest、oldest、longest、shortest 或 name</translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;</source>
        <translation>--format 只能是 json 或 csv，不能是 “%1”</translation>
    </message>
    <message>
        <source>export takes no arguments (use --query to choose assets)</source>
        <translation>export 不接受参数（请用 --query 选择素材）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <source>Print the asset as JSON.</source>
        <translation>以 JSON 打印素材。</translation>
    </message>
    <message>
        <source>name one asset, by id or by path</source>
        <translation>请指定一个素材（id 或路径）</translation>
    </message>
    <message>
        <source>%1 to analyse: %2 analysed, %3 could not be (%4 s)</source>
        <translation>待分析 %1 个：已分析 %2 个，%3 个无法分析（%4 秒）</translation>
    </message>
    <message>
        <source>analysed %1, %2 could not be</source>
        <translation>已分析 %1 个，%2 个无法分析</translation>
    </message>
    <message>
        <source>Then analyse what was found (shots; see &quot;analyze&quot;).</source>
        <translation>随后分析找到的素材（镜头；见 “analyze”）。</translation>
    </message>
    <message>
        <source>analyze takes no paths (use --query to choose assets)</source>
        <translation>analyze 不接受路径（用 --query 选择素材）</translation>
    </message>
    <message>
        <source>Print the shots as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 打印镜头。</translation>
    </message>
    <message>
        <source>Write the shots as CSV, for spreadsheets.</source>
        <translation>以 CSV 写出镜头，供电子表格使用。</translation>
    </message>
    <message>
        <source>Write the shots as an EDL (CMX 3600), for editing programs.</source>
        <translation>以 EDL（CMX 3600）写出镜头，供剪辑软件使用。</translation>
    </message>
    <message>
        <source>asset %1 could not be analysed: %2</source>
        <translation>素材 %1 无法分析：%2</translation>
    </message>
    <message>
        <source>asset %1 is not analysed yet (reelatlas-cli analyze)</source>
        <translation>素材 %1 尚未分析（reelatlas-cli analyze）</translation>
    </message>
    <message>
        <source>give one of --json, --csv and --edl</source>
        <translation>--json、--csv 和 --edl 只能选一个</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the assets as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 打印素材。</translation>
    </message>
    <message>
        <source>At most N assets (20).</source>
        <translation>最多 N 个素材（20）。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more</source>
        <translation>--limit 需要不小于 1 的整数</translation>
    </message>
    <message>
        <source>nothing like it among %1 analysed assets</source>
        <translation>在 %1 个已分析素材中没有相似的</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Print the groups as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 打印各组。</translation>
    </message>
    <message>
        <source>duplicates takes no arguments</source>
        <translation>duplicates 不接受参数</translation>
    </message>
    <message numerus="yes">
        <source>group %1 (%n copies)</source>
        <translation>
            <numerusform>第 %1 组（%n 个副本）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies among %1 analysed assets</source>
        <translation>
            <numerusform>在 %1 个已分析素材中有 %n 组副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the results as a JSON array of assets.</source>
        <translation>以素材 JSON 数组打印结果。</translation>
    </message>
    <message>
        <source>At most N results (default 100; 0 = all).</source>
        <translation>最多 N 条结果（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <source>give the words to search for</source>
        <translation>请输入要搜索的词</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit 需要数字</translation>
    </message>
    <message>
        <source>no asset %1 in the catalog</source>
        <translation>目录中没有素材 %1</translation>
    </message>
    <message>
        <source>asset %1 is not analysed yet (reelatlas-cli analyze), so nothing is compared with it</source>
        <translation>素材 %1 尚未分析（reelatlas-cli analyze），因此无法与之比较</translation>
    </message>
    <message>
        <source>cannot search the catalog: %1</source>
        <translation>无法搜索目录：%1</translation>
    </message>
    <message>
        <source>Tag the assets that match the query.</source>
        <translation>为符合查询的素材加标签。</translation>
    </message>
    <message>
        <source>say &quot;add&quot; or &quot;remove&quot;, then the tag</source>
        <translation>请先写 “add” 或 “remove”，再写标签</translation>
    </message>
    <message>
        <source>choose the assets either with --query or with their ids, not both</source>
        <translation>请用 --query 或素材 id 选择素材，二者只能选其一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset id</source>
        <translation>“%1” 不是素材 id</translation>
    </message>
    <message>
        <source>cannot change tags: %1</source>
        <translation>无法修改标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>tagged %n asset(s) with %1</source>
        <translation>
            <numerusform>已为 %n 个素材添加标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %1 from %n asset(s)</source>
        <translation>
            <numerusform>已从 %n 个素材移除标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the frame at this time the poster (seconds, or m:ss.s).</source>
        <translation>把此时间的帧设为封面（秒数，或 分:秒.小数）。</translation>
    </message>
    <message>
        <source>Let ReelAtlas pick the poster again.</source>
        <translation>重新由 ReelAtlas 挑选封面。</translation>
    </message>
    <message>
        <source>Print the poster&apos;s time as JSON.</source>
        <translation>以 JSON 输出封面的时间。</translation>
    </message>
    <message>
        <source>name one clip, by id or by path</source>
        <translation>请用编号或路径指定一个片段</translation>
    </message>
    <message>
        <source>give --at or --auto, not both</source>
        <translation>请给出 --at 或 --auto，不能同时给出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (seconds, or m:ss)</source>
        <translation>“%1”不是时间（秒数，或 分:秒）</translation>
    </message>
    <message>
        <source>asset %1 is not a clip: a photo is its own poster</source>
        <translation>素材 %1 不是片段：照片本身就是封面</translation>
    </message>
    <message>
        <source>the clip is %1 s long; %2 s is past its end</source>
        <translation>片段长 %1 秒；%2 秒已超出结尾</translation>
    </message>
    <message>
        <source>cannot make the poster of %1: %2</source>
        <translation>无法生成 %1 的封面：%2</translation>
    </message>
    <message>
        <source>cannot save the poster: %1</source>
        <translation>无法保存封面：%1</translation>
    </message>
    <message>
        <source>poster of %1: the frame at %2 s, chosen</source>
        <translation>%1 的封面：%2 秒处的帧，人工选定</translation>
    </message>
    <message>
        <source>poster of %1: the frame at %2 s, picked by ReelAtlas</source>
        <translation>%1 的封面：%2 秒处的帧，由 ReelAtlas 挑选</translation>
    </message>
    <message>
        <source>The picture file to write (.jpg or .png).</source>
        <translation>要写出的图片文件（.jpg 或 .png）。</translation>
    </message>
    <message>
        <source>Long edge in pixels (default 1024).</source>
        <translation>长边像素数（默认 1024）。</translation>
    </message>
    <message>
        <source>say where to write the picture with --out FILE.jpg</source>
        <translation>请用 --out 文件.jpg 指定图片写到哪里</translation>
    </message>
    <message>
        <source>--size needs a number of pixels from 16 to 16384</source>
        <translation>--size 需要 16 到 16384 之间的像素数</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot; pictures; use .jpg or .png</source>
        <translation>无法写出 “%1” 格式的图片；请使用 .jpg 或 .png</translation>
    </message>
    <message>
        <source>asset %1 has no poster (%2)</source>
        <translation>素材 %1 没有封面（%2）</translation>
    </message>
    <message>
        <source>it was never made</source>
        <translation>从未生成</translation>
    </message>
    <message>
        <source>note: the file cannot be read (%1); writing the stored %2 px poster</source>
        <translation>注意：无法读取文件（%1）；改为写出已保存的 %2 像素封面</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>wrote %1 (%2 × %3)</source>
        <translation>已写出 %1（%2 × %3）</translation>
    </message>
    <message>
        <source>Create the catalog (does nothing if it exists).</source>
        <translation>创建目录（已存在则不做任何事）。</translation>
    </message>
    <message>
        <source>Find media under the paths, probe it, make posters and filmstrips, and catalogue it. Unchanged files are skipped, moved files relinked.</source>
        <translation>查找路径下的素材，读取技术信息，生成封面和胶片条并编入目录。未变的文件会跳过，移动过的文件会重新关联。</translation>
    </message>
    <message>
        <source>The analysis pass (shots, people) over the catalogued assets that lack the current version of it. Resumable: what is done is kept.</source>
        <translation>对尚未经当前版本分析的已编目素材进行分析（镜头、人物）。可继续：已完成的部分会保留。</translation>
    </message>
    <message>
        <source>The clip&apos;s shots, in order; as an EDL or CSV for editing programs.</source>
        <translation>片段的镜头，按顺序；也可输出为剪辑软件用的 EDL 或 CSV。</translation>
    </message>
    <message>
        <source>The analysed assets that look most like this one, nearest first, with how far.</source>
        <translation>与此素材最相似的已分析素材，由近及远，并给出差距。</translation>
    </message>
    <message>
        <source>Groups of copies: the same picture or clip resized, re-encoded, trimmed a little.</source>
        <translation>副本分组：同一张图片或同一段片段经过缩放、重新编码或少量裁剪。</translation>
    </message>
    <message>
        <source>Re-check every catalogued file: changed ones are probed again, moved ones relinked, missing ones marked offline.</source>
        <translation>重新检查目录中的每个文件：变化的重新读取，移动的重新关联，缺失的标为离线。</translation>
    </message>
    <message>
        <source>Every asset, or those matching the query, as JSON or CSV.</source>
        <translation>以 JSON 或 CSV 导出全部素材或符合查询的素材。</translation>
    </message>
    <message>
        <source>One asset.</source>
        <translation>显示一个素材。</translation>
    </message>
    <message>
        <source>Assets matching the query, best match first: words in Chinese, English, pinyin or initials, and field filters (tag:天气/晴 dur:&lt;10 fps:&gt;=50 hdr:yes orient:portrait year:2024 codec:hevc status:offline).</source>
        <translation>查找与查询相符的素材，最佳匹配在前：中文、英文、拼音或首字母关键词，以及字段筛选（tag:天气/晴 dur:&lt;10 fps:&gt;=50 hdr:yes orient:portrait year:2024 codec:hevc status:offline）。</translation>
    </message>
    <message>
        <source>Add a tag (天气/晴) to assets, or remove it.</source>
        <translation>为素材添加标签（如 天气/晴），或移除标签。</translation>
    </message>
    <message>
        <source>Show the clip&apos;s poster frame, make the frame at TIME its poster, or let ReelAtlas pick it again. Kept when the clip is read or analysed again.</source>
        <translation>显示片段的封面帧，把 TIME 处的帧设为封面，或重新由 ReelAtlas 挑选。重新读取或分析片段时保留所选封面。</translation>
    </message>
    <message>
        <source>Write the poster at N pixels on the long edge.</source>
        <translation>以长边 N 像素写出封面。</translation>
    </message>
    <message>
        <source>Check the catalog&apos;s databases for damage.</source>
        <translation>检查目录数据库是否损坏。</translation>
    </message>
    <message>
        <source>Locations (外景地): list and search them, show, add, change, remove, import and export them (CSV, JSON), and find those near a point.</source>
        <translation>外景地：列出与搜索、查看、添加、修改、删除、导入导出（CSV、JSON），以及查找某点附近的外景地。</translation>
    </message>
    <message>
        <source>Facilities and services (拍摄资源): as for locations.</source>
        <translation>拍摄资源（设施与服务）：用法同外景地。</translation>
    </message>
    <message>
        <source>Experts (专家): as for locations, without the map.</source>
        <translation>专家：用法同外景地，但没有地图。</translation>
    </message>
    <message>
        <source>Productions&apos; requests: their candidate locations (proposed, visited, chosen, rejected), experts and clips.</source>
        <translation>剧组需求：候选外景地（推荐、已勘景、选定、放弃）、专家和素材。</translation>
    </message>
    <message>
        <source>Write a production&apos;s scout package as PDF.</source>
        <translation>将剧组的勘景资料包导出为 PDF。</translation>
    </message>
    <message>
        <source>usage: reelatlas-cli [--catalog PATH] COMMAND [ARGS]</source>
        <translation>用法：reelatlas-cli [--catalog 路径] 命令 [参数]</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>The catalog is --catalog PATH, else $REELATLAS_CATALOG, else the default catalog in your data folder. &quot;reelatlas-cli COMMAND --help&quot; tells more.</source>
        <translation>目录依次取 --catalog 路径、$REELATLAS_CATALOG、数据文件夹中的默认目录。“reelatlas-cli 命令 --help” 可查看详细说明。</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未给出命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 “%1”</translation>
    </message>
    <message>
        <source>say what to do: list, show, add, set, remove, candidate, expert or clip</source>
        <translation>请指定操作：list、show、add、set、remove、candidate、expert 或 clip</translation>
    </message>
    <message>
        <source>there is no production &quot;%1&quot; in the catalog</source>
        <translation>目录中没有剧组 “%1”</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot; in the catalog</source>
        <translation>目录中没有%1 “%2”</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <source>Every production, open ones first.</source>
        <translation>所有剧组，进行中的在前。</translation>
    </message>
    <message>
        <source>%1 candidates, %2 chosen</source>
        <translation>候选 %1 个，选定 %2 个</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>One production with its candidates.</source>
        <translation>一个剧组及其候选外景地。</translation>
    </message>
    <message>
        <source>name one production by id</source>
        <translation>请用 id 指定一个剧组</translation>
    </message>
    <message>
        <source>%1 km from base</source>
        <translation>距基地 %1 公里</translation>
    </message>
    <message>
        <source>The production&apos;s title.</source>
        <translation>剧名。</translation>
    </message>
    <message>
        <source>Its English title.</source>
        <translation>英文剧名。</translation>
    </message>
    <message>
        <source>The producer.</source>
        <translation>制片人。</translation>
    </message>
    <message>
        <source>The production company.</source>
        <translation>制作公司。</translation>
    </message>
    <message>
        <source>First shooting day (YYYY-MM-DD).</source>
        <translation>开机日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last shooting day.</source>
        <translation>杀青日期。</translation>
    </message>
    <message>
        <source>What the production is looking for.</source>
        <translation>剧组的需求。</translation>
    </message>
    <message>
        <source>Where the production is based: LAT,LON or a location&apos;s code.</source>
        <translation>剧组基地：纬度,经度 或外景地编号。</translation>
    </message>
    <message>
        <source>The base&apos;s address.</source>
        <translation>基地地址。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>open or closed.</source>
        <translation>open（进行中）或 closed（已结束）。</translation>
    </message>
    <message>
        <source>Add a production&apos;s request.</source>
        <translation>添加剧组需求。</translation>
    </message>
    <message>
        <source>Change a production.</source>
        <translation>修改剧组。</translation>
    </message>
    <message>
        <source>a production needs --title</source>
        <translation>剧组需要 --title</translation>
    </message>
    <message>
        <source>add takes options only</source>
        <translation>add 只接受选项</translation>
    </message>
    <message>
        <source>%1 has no coordinates</source>
        <translation>%1 没有坐标</translation>
    </message>
    <message>
        <source>added production #%1: %2</source>
        <translation>已添加剧组 #%1：%2</translation>
    </message>
    <message>
        <source>updated production #%1: %2</source>
        <translation>已更新剧组 #%1：%2</translation>
    </message>
    <message>
        <source>Remove a production (its locations, experts and clips stay).</source>
        <translation>删除剧组（其外景地、专家和素材保留）。</translation>
    </message>
    <message>
        <source>removed production #%1</source>
        <translation>已删除剧组 #%1</translation>
    </message>
    <message>
        <source>Link to a production, or unlink.</source>
        <translation>关联到剧组，或取消关联。</translation>
    </message>
    <message>
        <source>say %1</source>
        <translation>请指定 %1</translation>
    </message>
    <message>
        <source>name the production and at least one to link</source>
        <translation>请指定剧组及至少一个要关联的对象</translation>
    </message>
    <message numerus="yes">
        <source>production #%1: %2 %n link(s)</source>
        <translation>
            <numerusform>剧组 #%1：%2 %n 项关联</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed, visited, chosen or rejected.</source>
        <translation>proposed（推荐）、visited（已勘景）、chosen（选定）或 rejected（放弃）。</translation>
    </message>
    <message>
        <source>Notes on this candidate for this production.</source>
        <translation>该候选外景地针对本剧组的备注。</translation>
    </message>
    <message>
        <source>What the expert does for the production.</source>
        <translation>专家在本剧组中的角色。</translation>
    </message>
    <message>
        <source>The production&apos;s id.</source>
        <translation>剧组 id。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>zh (default) or en.</source>
        <translation>zh（默认）或 en。</translation>
    </message>
    <message>
        <source>Also the candidates marked rejected.</source>
        <translation>同时包括标为放弃的候选外景地。</translation>
    </message>
    <message>
        <source>Draw the maps over the tiles of this MBTiles file.</source>
        <translation>在此 MBTiles 文件的瓦片上绘制地图。</translation>
    </message>
    <message>
        <source>Who sends the package (printed on it).</source>
        <translation>资料包的发送单位（印在资料包上）。</translation>
    </message>
    <message>
        <source>say package export --production ID --out FILE.pdf</source>
        <translation>用法：package export --production ID --out 文件.pdf</translation>
    </message>
    <message>
        <source>give --production ID and --out FILE.pdf</source>
        <translation>请给出 --production ID 和 --out 文件.pdf</translation>
    </message>
    <message>
        <source>--lang is zh or en</source>
        <translation>--lang 只能是 zh 或 en</translation>
    </message>
    <message>
        <source>--production needs a production&apos;s id</source>
        <translation>--production 需要剧组 id</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n page(s) in %2 s</source>
        <translation>
            <numerusform>已写入 %1：%n 页，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>“%1” 不是 字段=值 的形式</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (reelatlas-cli %3 fields lists them)</source>
        <translation>%1没有字段 “%2”（用 reelatlas-cli %3 fields 查看全部字段）</translation>
    </message>
    <message>
        <source>say what to do: %1</source>
        <translation>请指定操作：%1</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;</source>
        <translation>%1：未知的子命令 “%2”</translation>
    </message>
    <message>
        <source>The query language: words in Chinese, English, pinyin or initials, and filters: %1</source>
        <translation>查询语言：中文、英文、拼音或首字母，以及筛选条件：%1</translation>
    </message>
    <message>
        <source>Only the records that match the query.</source>
        <translation>只包括符合查询的记录。</translation>
    </message>
    <message>
        <source>relevance (default), name, distance or updated.</source>
        <translation>relevance（默认，相关度）、name（名称）、distance（距离）或 updated（更新时间）。</translation>
    </message>
    <message>
        <source>At most N records.</source>
        <translation>最多 N 条记录。</translation>
    </message>
    <message>
        <source>Kilometres around the point (required).</source>
        <translation>该点周围的公里数（必填）。</translation>
    </message>
    <message>
        <source>The point&apos;s datum: wgs84 (default), gcj02 or bd09.</source>
        <translation>该点的坐标系：wgs84（默认）、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>Records within a distance of a point or of a location, nearest first.</source>
        <translation>某点或某外景地一定距离内的记录，由近及远。</translation>
    </message>
    <message>
        <source>Records, or those matching the query.</source>
        <translation>全部记录，或符合查询的记录。</translation>
    </message>
    <message>
        <source>--sort is relevance, name, distance or updated</source>
        <translation>--sort 只能是 relevance、name、distance 或 updated</translation>
    </message>
    <message>
        <source>give one point (LAT,LON) or one location&apos;s code</source>
        <translation>请给出一个点（纬度,经度）或一个外景地编号</translation>
    </message>
    <message>
        <source>say how far with --radius KM</source>
        <translation>请用 --radius 公里数 指定范围</translation>
    </message>
    <message>
        <source>--radius needs kilometres, more than 0</source>
        <translation>--radius 需要大于 0 的公里数</translation>
    </message>
    <message>
        <source>--datum is wgs84, gcj02 or bd09</source>
        <translation>--datum 只能是 wgs84、gcj02 或 bd09</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither LAT,LON nor a location&apos;s code</source>
        <translation>“%1” 既不是 纬度,经度 也不是外景地编号</translation>
    </message>
    <message>
        <source>list takes no arguments (use --query to choose records)</source>
        <translation>list 不接受参数（用 --query 选择记录）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Also show the fields and contacts marked confidential.</source>
        <translation>同时显示标为保密的字段和联系人。</translation>
    </message>
    <message>
        <source>One record, with every field.</source>
        <translation>一条记录的全部字段。</translation>
    </message>
    <message>
        <source>name one record, by id or code</source>
        <translation>请用 id 或编号指定一条记录</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>cannot write to the catalog: %1</source>
        <translation>无法写入目录：%1</translation>
    </message>
    <message>
        <source>%1 %2 #%3: %4</source>
        <translation>%1%2 #%3：%4</translation>
    </message>
    <message>
        <source>Read the record from a JSON file (- for stdin).</source>
        <translation>从 JSON 文件读取记录（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Add a record. Fields by key (reelatlas-cli %1 fields); contact.name=, contact.phone= … add a contact; coordinates=&quot;36.07, 120.38&quot; with datum=gcj02 takes map-app coordinates.</source>
        <translation>添加一条记录。按字段名填写（见 reelatlas-cli %1 fields）；contact.name=、contact.phone= 等添加联系人；coordinates=&quot;36.07, 120.38&quot; 配合 datum=gcj02 可直接使用地图应用中的坐标。</translation>
    </message>
    <message>
        <source>give either --json FILE or FIELD=VALUE arguments</source>
        <translation>请给出 --json 文件 或 字段=值 参数，二者取一</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>give the fields as FIELD=VALUE (at least a name: name_zh=… or name_en=…)</source>
        <translation>请以 字段=值 的形式给出字段（至少要有名称：name_zh=… 或 name_en=…）</translation>
    </message>
    <message>
        <source>Change fields of a record (FIELD= empties one); the others stay.</source>
        <translation>修改记录的字段（字段= 表示清空）；其他字段不变。</translation>
    </message>
    <message>
        <source>name one record and give at least one FIELD=VALUE</source>
        <translation>请指定一条记录并至少给出一个 字段=值</translation>
    </message>
    <message>
        <source>Remove records from the catalog (their clips and photos stay).</source>
        <translation>从目录中删除记录（其片段和照片保留）。</translation>
    </message>
    <message>
        <source>name the records to remove, by id or code</source>
        <translation>请用 id 或编号指定要删除的记录</translation>
    </message>
    <message numerus="yes">
        <source>removed %n record(s)</source>
        <translation>
            <numerusform>已删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>csv or json (default: from the file name).</source>
        <translation>csv 或 json（默认按文件名判断）。</translation>
    </message>
    <message>
        <source>Check the file and report; change nothing.</source>
        <translation>只检查文件并报告，不做任何更改。</translation>
    </message>
    <message>
        <source>Print the report as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 打印报告。</translation>
    </message>
    <message>
        <source>Let the import make fields and contacts public that are confidential now.</source>
        <translation>允许导入将当前保密的字段和联系人设为公开。</translation>
    </message>
    <message>
        <source>Import records from CSV (UTF-8 or GB18030, as Excel saves it) or JSON. Every row is checked first; when any is wrong nothing is imported. Rows with the id or code of a record update it. An empty &quot;confidential&quot; cell keeps what is confidential; a row that would make a confidential field or contact public is imported only with --allow-public.</source>
        <translation>从 CSV（UTF-8 或 Excel 保存的 GB18030）或 JSON 导入记录。先逐行检查；任何一行有误则全部不导入。带有记录 id 或编号的行会更新该记录。“confidential” 单元格为空时保密设置不变；会把保密字段或联系人设为公开的行，只有加 --allow-public 才会导入。</translation>
    </message>
    <message>
        <source>name one file to import</source>
        <translation>请指定一个要导入的文件</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; say --format csv or --format json</source>
        <translation>无法判断 %1 的格式；请指定 --format csv 或 --format json</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>note: column &quot;%1&quot; matches no field and is ignored</source>
        <translation>提示：列 “%1” 不对应任何字段，已忽略</translation>
    </message>
    <message>
        <source>%1 line %2 (%3): %4</source>
        <translation>%1 第 %2 行（%3）：%4</translation>
    </message>
    <message>
        <source>%1 line %2 (%3): would make public: %4</source>
        <translation>%1 第 %2 行（%3）：将会公开：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported</source>
        <translation>
            <numerusform>%n 行有问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</source>
        <translation>
            <numerusform>%n 行会把保密字段或联系人设为公开；未导入任何内容（如确需公开，请加 --allow-public）</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1: %2 new, %3 updates, no problems (nothing changed: --dry-run)</source>
        <translation>已检查 %1：新增 %2，更新 %3，没有问题（--dry-run：未做更改）</translation>
    </message>
    <message>
        <source>imported %1: %2 new, %3 updated</source>
        <translation>已导入 %1：新增 %2，更新 %3</translation>
    </message>
    <message>
        <source>Include the fields and contacts marked confidential (a full backup).</source>
        <translation>包括标为保密的字段和联系人（完整备份）。</translation>
    </message>
    <message>
        <source>Every record, or those matching the query, without confidential fields and contacts.</source>
        <translation>全部记录或符合查询的记录，不含保密字段和联系人。</translation>
    </message>
    <message>
        <source>export takes no arguments (use --query to choose records)</source>
        <translation>export 不接受参数（用 --query 选择记录）</translation>
    </message>
    <message numerus="yes">
        <source>exported %n record(s)</source>
        <translation>
            <numerusform>已导出 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The fields of a record.</source>
        <translation>记录的字段。</translation>
    </message>
    <message>
        <source> (confidential by default)</source>
        <translation>（默认保密）</translation>
    </message>
    <message>
        <source>&quot;LAT, LON&quot; in any common form; with datum=gcj02 or bd09 from Chinese map apps</source>
        <translation>“纬度, 经度”，常见写法均可；来自国内地图应用时加 datum=gcj02 或 bd09</translation>
    </message>
    <message>
        <source>The assets that match this query (the search language).</source>
        <translation>符合此查询（搜索语言）的素材。</translation>
    </message>
    <message>
        <source>Link clips and photos to a location.</source>
        <translation>将片段和照片关联到外景地。</translation>
    </message>
    <message>
        <source>Unlink clips and photos from a location.</source>
        <translation>取消片段和照片与外景地的关联。</translation>
    </message>
    <message>
        <source>name the location, then --query Q or asset ids</source>
        <translation>请指定外景地，再给出 --query 查询 或素材 id</translation>
    </message>
    <message numerus="yes">
        <source>linked %n clip(s) and photo(s)</source>
        <translation>
            <numerusform>已关联 %n 个片段和照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unlinked %n clip(s) and photo(s)</source>
        <translation>
            <numerusform>已取消关联 %n 个片段和照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Kilometres around the location (default 1).</source>
        <translation>外景地周围的公里数（默认 1）。</translation>
    </message>
    <message>
        <source>Clips and photos shot near a location (by their GPS) that are not linked to it.</source>
        <translation>在外景地附近拍摄（按 GPS）但尚未关联的片段和照片。</translation>
    </message>
    <message>
        <source>name one location, by id or code</source>
        <translation>请用 id 或编号指定一个外景地</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>cannot save the tags: %1</source>
        <translation>无法保存标签：%1</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>catalog optimized in %1 s: %2 before, %3 now</source>
        <translation>素材库已优化，用时 %1 秒：之前 %2，现在 %3</translation>
    </message>
    <message>
        <source>Merge the search index and rewrite the catalog file in order, so that searches read fast after a restart. Worth it after a large import or removal; about a minute and a half for a million assets.</source>
        <translation>合并搜索索引并按顺序重写素材库文件，使重启后的搜索依然快速。适合在大批导入或删除之后进行；一百万个素材约需一分半钟。</translation>
    </message>
    <message>
        <source>The catalog to copy (a folder or a server&apos;s address).</source>
        <translation>要复制的素材库（文件夹或服务器地址）。</translation>
    </message>
    <message>
        <source>Where the copy goes: a new folder, or an empty database.</source>
        <translation>副本的去处：一个新文件夹，或一个空数据库。</translation>
    </message>
    <message>
        <source>say &quot;copy&quot;, with --to (and --from, else the catalog)</source>
        <translation>请写 “copy”，并给出 --to（以及 --from，否则复制当前素材库）</translation>
    </message>
    <message>
        <source>say where the copy goes with --to</source>
        <translation>请用 --to 指定副本的去处</translation>
    </message>
    <message>
        <source>copying %1…</source>
        <translation>正在复制 %1…</translation>
    </message>
    <message>
        <source>copying %1: %2 rows</source>
        <translation>正在复制 %1：%2 行</translation>
    </message>
    <message>
        <source>copied %1 clips and photos, %2 locations, facilities and experts and %3 thumbnails to %4 in %5 s</source>
        <translation>已将 %1 个视频和照片、%2 个外景地、拍摄资源和专家以及 %3 张缩略图复制到 %4，用时 %5 秒</translation>
    </message>
    <message>
        <source>Copy the whole catalog, thumbnails and ids included, into a new folder or an empty PostgreSQL database (postgresql://…), all or nothing: a folder onto a server to share it, and back.</source>
        <translation>将整个素材库（包括缩略图和编号）复制到一个新文件夹或一个空的 PostgreSQL 数据库（postgresql://…），要么全部完成，要么什么都不改：把文件夹搬到服务器上共享，也可以搬回来。</translation>
    </message>
    <message>
        <source>viewer (searches and browses, never reads a fee or a confidential contact), editor or admin.</source>
        <translation>viewer（只读：可搜索浏览，永远看不到费用和保密联系人）、editor（编辑）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>The login&apos;s password (else it has none: set one with psql, or let the server&apos;s own rules admit it).</source>
        <translation>登录密码（不给则没有密码：可用 psql 设置，或由服务器自己的规则放行）。</translation>
    </message>
    <message>
        <source>say &quot;add&quot; and the login&apos;s name</source>
        <translation>请写 “add” 和登录名</translation>
    </message>
    <message>
        <source>give --role viewer, editor or admin</source>
        <translation>请给出 --role viewer、editor 或 admin</translation>
    </message>
    <message>
        <source>give the login&apos;s name</source>
        <translation>请给出登录名</translation>
    </message>
    <message>
        <source>users are for a catalog on a PostgreSQL server (--catalog postgresql://…); a catalog folder is one person&apos;s</source>
        <translation>用户只用于 PostgreSQL 服务器上的素材库（--catalog postgresql://…）；素材库文件夹只属于一个人</translation>
    </message>
    <message>
        <source>only the catalog&apos;s owner or an admin may add users (%1)</source>
        <translation>只有素材库的所有者或管理员可以添加用户（%1）</translation>
    </message>
    <message>
        <source>cannot add the user %1: %2</source>
        <translation>无法添加用户 %1：%2</translation>
    </message>
    <message>
        <source>%1 may now sign in to %2 as a %3</source>
        <translation>%1 现在可以以 %3 身份登录 %2</translation>
    </message>
    <message>
        <source>(A catalog on a PostgreSQL server.) A login with the grants of its role: a viewer searches and browses but never reads a fee, a rate or a confidential contact, which the server itself keeps from it; an editor edits; an admin also adds users.</source>
        <translation>（PostgreSQL 服务器上的素材库。）创建一个拥有相应角色权限的登录：viewer 可搜索浏览，但永远读不到费用、报价或保密联系人——由服务器本身拦住；editor 可编辑；admin 还可以添加用户。</translation>
    </message>
    <message>
        <source>%1 queued for the workers (reelatlas-cli worker); %2 already queued, %3 unchanged</source>
        <translation>已为工作进程（reelatlas-cli worker）排队 %1 项；%2 项已在队列中，%3 项未改变</translation>
    </message>
    <message>
        <source>Queue the work in the catalog for &quot;reelatlas-cli worker&quot; on any machine, instead of doing it here.</source>
        <translation>把工作排入素材库的队列，由任意一台机器上的 &quot;reelatlas-cli worker&quot; 来做，而不在本机直接做。</translation>
    </message>
    <message>
        <source>--analyze and --queue: queue the analysis once the files are catalogued (analyze --queue)</source>
        <translation>--analyze 与 --queue 不能同用：文件编目之后再为分析排队（analyze --queue）</translation>
    </message>
    <message>
        <source>Files worked on at once (default: the number of cores).</source>
        <translation>同时处理的文件数（默认：处理器核数）。</translation>
    </message>
    <message>
        <source>Stop once no job is waiting or running anywhere (else wait for more).</source>
        <translation>任何地方都没有等待或进行中的任务时即退出（否则继续等待新任务）。</translation>
    </message>
    <message>
        <source>Seconds after this worker&apos;s last sign of life that another may take its jobs over (default 60).</source>
        <translation>本工作进程最后一次报平安之后，再过多少秒其他进程可以接手它的任务（默认 60）。</translation>
    </message>
    <message>
        <source>worker takes no paths: it does what the catalog&apos;s queue holds</source>
        <translation>worker 不接受路径：它处理素材库队列里的任务</translation>
    </message>
    <message>
        <source>--lease needs a number of seconds from 1 to 86400</source>
        <translation>--lease 需要 1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>cannot reach the catalog, trying again: %1</source>
        <translation>无法连接素材库，稍后重试：%1</translation>
    </message>
    <message>
        <source>worker &quot;%1&quot; on %2</source>
        <translation>工作进程 &quot;%1&quot;，素材库 %2</translation>
    </message>
    <message>
        <source>%1 jobs done, %2 attempts failed (%3 s)</source>
        <translation>完成 %1 个任务，%2 次尝试失败（%3 秒）</translation>
    </message>
    <message>
        <source>Take jobs queued in the catalog (ingest --queue, analyze --queue) and do them; any number of machines may work on one queue. A job whose worker stops is taken over when its lease runs out; one that fails three times is failed.</source>
        <translation>领取素材库队列中的任务（ingest --queue、analyze --queue）并完成它们；任意多台机器可以共用一个队列。工作进程中途停止时，其任务在租期到后由别的进程接手；失败三次的任务记为失败。</translation>
    </message>
    <message>
        <source>The machine whose mappings these are (its host name; else this one: %1).</source>
        <translation>这些映射所属的机器（主机名；默认本机：%1）。</translation>
    </message>
    <message>
        <source>list: every machine&apos;s mappings.</source>
        <translation>list：列出所有机器的映射。</translation>
    </message>
    <message>
        <source>give the machine&apos;s name</source>
        <translation>请给出机器名</translation>
    </message>
    <message>
        <source>say &quot;list&quot;, &quot;map CATALOG_FOLDER LOCAL_FOLDER&quot; or &quot;unmap CATALOG_FOLDER&quot;</source>
        <translation>请使用 &quot;list&quot;、&quot;map 素材库中的文件夹 本机文件夹&quot; 或 &quot;unmap 素材库中的文件夹&quot;</translation>
    </message>
    <message>
        <source>cannot read the path mappings: %1</source>
        <translation>无法读取路径映射：%1</translation>
    </message>
    <message>
        <source>%1 finds every file where the catalog says it is (no mappings)</source>
        <translation>%1 按素材库记录的位置查找所有文件（没有映射）</translation>
    </message>
    <message>
        <source>give the catalog&apos;s folder</source>
        <translation>请给出素材库中的文件夹</translation>
    </message>
    <message>
        <source>cannot change the path mappings: %1</source>
        <translation>无法修改路径映射：%1</translation>
    </message>
    <message>
        <source>%1 does not map %2</source>
        <translation>%1 没有映射 %2</translation>
    </message>
    <message>
        <source>%1 finds %2 where the catalog says it is again</source>
        <translation>%1 重新按素材库记录的位置查找 %2</translation>
    </message>
    <message>
        <source>cannot map %1: %2</source>
        <translation>无法映射 %1：%2</translation>
    </message>
    <message>
        <source>%1 finds %2 at %3</source>
        <translation>%1 在 %3 找到 %2</translation>
    </message>
    <message>
        <source>note: %1 is not a folder here now</source>
        <translation>注意：%1 目前在本机不是文件夹</translation>
    </message>
    <message>
        <source>Where this machine finds the catalog&apos;s folders: a share that another machine catalogued as /mnt/nas and this one mounts at /Volumes/NAS is mapped once, and every command, window and worker here opens its files there. The catalog keeps one spelling for everyone.</source>
        <translation>本机在哪里找到素材库中的文件夹：另一台机器以 /mnt/nas 编入素材库、本机挂载在 /Volumes/NAS 的共享只需映射一次，本机的所有命令、窗口和工作进程都会在那里打开文件。素材库为所有人保留同一种写法。</translation>
    </message>
    <message>
        <source>merging the search index, which has grown by a fifth…</source>
        <translation>搜索索引已增长五分之一，正在合并…</translation>
    </message>
    <message>
        <source>search index merged in %1 s</source>
        <translation>搜索索引已合并，用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, or the folder of its Unix socket (/run/postgresql)</source>
        <translation>服务器的名称或地址，或其 Unix 套接字所在的文件夹（/run/postgresql）</translation>
    </message>
    <message>
        <source>Empty: from the password file, or none</source>
        <translation>留空：从密码文件读取，或不需要密码</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>A catalog on a PostgreSQL server, shared by the whole office. Ask its administrator for the database and your login.</source>
        <translation>PostgreSQL 服务器上的素材库，全办公室共用。数据库名称和你的登录名请向管理员索取。</translation>
    </message>
    <message>
        <source>Could not open the catalog: %1</source>
        <translation>无法打开素材库：%1</translation>
    </message>
    <message>
        <source>Could not keep the password: %1</source>
        <translation>无法保存密码：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Not remembered: asked again next time</source>
        <translation>不保存：下次再询问</translation>
    </message>
    <message>
        <source>Remembered in the desktop keyring</source>
        <translation>保存在桌面密钥环中</translation>
    </message>
    <message>
        <source>Remembered in %1, readable only by you</source>
        <translation>保存在 %1 中，仅您本人可读</translation>
    </message>
    <message>
        <source>The password is never kept in ReelAtlas&apos;s settings. The password file is the one libpq reads, so reelatlas-cli finds it too.</source>
        <translation>密码绝不会保存在 ReelAtlas 的设置中。密码文件是 libpq 读取的那个文件，因此 reelatlas-cli 也能找到它。</translation>
    </message>
    <message>
        <source>Keeping the password in the desktop keyring…</source>
        <translation>正在把密码保存到桌面密钥环…</translation>
    </message>
    <message>
        <source>Could not keep the password in the desktop keyring: %1. Choose the password file, or not to remember it.</source>
        <translation>无法把密码保存到桌面密钥环：%1。请改为保存在密码文件中，或选择不保存。</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s details: %1</source>
        <translation>无法读取文件信息：%1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>在第 %1 字节处读取出错：%2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>该文件不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is not text (it holds NUL bytes)</source>
        <translation>该文件不是文本（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: a quote is opened and never closed</source>
        <translation>第 %1 行：引号未闭合</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>该文件没有标题行</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot; is neither UTF-8 nor GB18030 text</source>
        <translation>第 %1 行第 %2 列：“%3” 既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1.

%2

Save yours over theirs, or keep theirs?</source>
        <translation>%1。

%2

用你的覆盖对方的，还是保留对方的？</translation>
    </message>
    <message>
        <source>Save Yours</source>
        <translation>保存你的</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Keep the Chosen One, Remove the Others from the Catalog</source>
        <translation>保留选中的一个，从目录中移除其他</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>在素材库中显示</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复素材</translation>
    </message>
    <message>
        <source>The files stay where they are; Undo in the main window brings the entries back</source>
        <translation>文件保留在原处；在主窗口中撤销即可恢复这些条目</translation>
    </message>
    <message>
        <source>Looking for copies…</source>
        <translation>正在查找副本…</translation>
    </message>
    <message>
        <source>The copies could not be looked for: %1</source>
        <translation>无法查找副本：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No copies among %n analysed clip(s) and photo(s).</source>
        <translation>
            <numerusform>在 %n 个已分析的片段和照片中没有副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</source>
        <translation>
            <numerusform>在 %1 个已分析的片段和照片中有 %n 组副本：可移除 %2 个。请在每组中选择要保留的一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这个</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>rights holder</source>
        <translation>版权方</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>licence expiry</source>
        <translation>授权到期日</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>location</source>
        <translation>外景地</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Link dropped files to location</source>
        <translation>将拖入的文件关联到外景地</translation>
    </message>
    <message>
        <source>Link to new location %1</source>
        <translation>关联到新外景地 %1</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>没有标签 %1。</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>新建标签 %1</translation>
    </message>
    <message>
        <source>The tag %1 exists already.</source>
        <translation>标签 %1 已存在。</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>将标签 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>移动标签 %1</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>将标签 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the catalog</source>
        <translation>
            <numerusform>从目录中移除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the frame at %1 the poster</source>
        <translation>把 %1 处的帧设为封面</translation>
    </message>
    <message>
        <source>Let ReelAtlas pick the poster</source>
        <translation>由 ReelAtlas 挑选封面</translation>
    </message>
    <message>
        <source>Save search %1</source>
        <translation>保存搜索 %1</translation>
    </message>
    <message>
        <source>Rename saved search %1 to %2</source>
        <translation>将已保存的搜索 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete saved search %1</source>
        <translation>删除已保存的搜索 %1</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>添加%1 %2</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>it is no longer in the catalog</source>
        <translation>它已不在目录中</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>删除%1 %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Add production %1</source>
        <translation>添加剧组 %1</translation>
    </message>
    <message>
        <source>Edit production %1</source>
        <translation>编辑剧组 %1</translation>
    </message>
    <message>
        <source>Delete production %1</source>
        <translation>删除剧组 %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (saved %2) while it was being edited here; nothing was overwritten</source>
        <translation>在这里编辑期间，%1 已被他人修改（保存于 %2）；没有覆盖任何内容</translation>
    </message>
    <message>
        <source>Find %1 where the catalog says</source>
        <translation>按素材库记录的位置查找 %1</translation>
    </message>
    <message>
        <source>Find %1 at %2 on this computer</source>
        <translation>在本机的 %2 查找 %1</translation>
    </message>
    <message>
        <source>The %1 was changed by someone else while it was being edited here; nothing was overwritten</source>
        <translation>素材的%1在这里编辑期间已被他人修改；没有覆盖任何内容</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since; nothing was overwritten</source>
        <translation>%1 此后已被他人修改；没有覆盖任何内容</translation>
    </message>
    <message>
        <source>The %1 was changed by someone else since; nothing was overwritten</source>
        <translation>素材的%1此后已被他人修改；没有覆盖任何内容</translation>
    </message>
</context>
<context>
    <name>ExifReader</name>
    <message>
        <source>metadata unreadable: %1</source>
        <translation>元数据无法读取：%1</translation>
    </message>
    <message>
        <source>metadata damaged: %1</source>
        <translation>元数据已损坏：%1</translation>
    </message>
    <message>
        <source>the RAW file has no embedded preview</source>
        <translation>RAW 文件中没有内嵌预览图</translation>
    </message>
    <message>
        <source>not a RAW file Exiv2 can read: %1</source>
        <translation>不是 Exiv2 能读取的 RAW 文件：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updates, %3 with problems</source>
        <translation>新增 %1，更新 %2，有问题 %3</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>Columns that match no field, left out: %1</source>
        <translation>不对应任何字段、未导入的列：%1</translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is right: correct the file and import it again.</source>
        <translation>每一行都正确后才能导入：请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>将公开</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update of #%1</source>
        <translation>更新 #%1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Make public what %n row(s) would take out of confidence (see &quot;Made public&quot;)</source>
        <translation>
            <numerusform>公开这 %n 行要取消保密的内容（见“将公开”一栏）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop importing; what is done is kept, and adding the folder again resumes</source>
        <translation>停止导入；已完成的部分会保留，再次添加该文件夹即可继续</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n folder(s) and file(s)</source>
        <translation>
            <numerusform>正在导入 %n 个文件夹和文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for clips and photos…</source>
        <translation>正在查找片段和照片…</translation>
    </message>
    <message>
        <source>%1 done, %2 found so far</source>
        <translation>已完成 %1，已找到 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>每秒 %1 个文件</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. Files that failed are in the library, marked as failed, with the reason.</source>
        <translation>
            <numerusform>%n 个文件未能导入。失败的文件仍在素材库中，标为失败并注明原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 added, %2 failed. Add the folder again to resume.</source>
        <translation>新增 %1，失败 %2。再次添加该文件夹即可继续。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 moved, %5 failed in %6</source>
        <translation>新增 %1，更新 %2，未变 %3，移动 %4，失败 %5，用时 %6</translation>
    </message>
    <message>
        <source>Optimize Catalog…</source>
        <translation>优化素材库…</translation>
    </message>
    <message>
        <source>The catalog has grown a lot since it was last optimized. Optimizing it keeps searches fast after the computer restarts; it takes about a minute for a million clips and photos.</source>
        <translation>自上次优化以来素材库增长了很多。优化后，电脑重启后的搜索仍然很快；一百万个视频和照片大约需要一分钟。</translation>
    </message>
</context>
<context>
    <name>IngestJob</name>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <source>deleted while it was being scanned</source>
        <translation>扫描过程中被删除</translation>
    </message>
    <message>
        <source>deleted before it was analysed</source>
        <translation>分析前已被删除</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>analysis: %1</source>
        <translation>分析：%1</translation>
    </message>
    <message>
        <source>cannot be catalogued: %1</source>
        <translation>无法编入目录：%1</translation>
    </message>
    <message>
        <source>cannot mark missing files offline: %1</source>
        <translation>无法将缺失文件标为离线：%1</translation>
    </message>
    <message>
        <source>not a clip or photo ReelAtlas reads</source>
        <translation>不是 ReelAtlas 能读的片段或照片</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Shot size</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Camera movement</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What the shot shows: place, light, what makes it useful</source>
        <translation>画面内容：地点、光线、可用之处</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add a tag, e.g. 海岸 or 场景/老街 (Enter)</source>
        <translation>添加标签，例如 海岸 或 场景/老街（Enter）</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>版权</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>版权方</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>保留所有权利</translation>
    </message>
    <message>
        <source>Licensed for promotion</source>
        <translation>授权宣传使用</translation>
    </message>
    <message>
        <source>Licensed for broadcast</source>
        <translation>授权播出使用</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有到期日</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>授权到期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>外景地</translation>
    </message>
    <message>
        <source>The location (外景地) this clip or photo shows</source>
        <translation>此片段或照片所拍摄的外景地</translation>
    </message>
    <message>
        <source>Technical facts</source>
        <translation>技术信息</translation>
    </message>
    <message>
        <source>New Location</source>
        <translation>新建外景地</translation>
    </message>
    <message>
        <source>Name of the location (it is added to the location base to review):</source>
        <translation>外景地名称（将加入外景地库，待审核）：</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Select clips or photos to see their facts and to describe and tag them. With several selected, what you change here applies to all of them.</source>
        <translation>选择片段或照片，即可查看技术信息、填写描述并添加标签。选中多项时，在此所做的修改将应用到全部所选项。</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes apply to all %n selected items.</source>
        <translation>
            <numerusform>修改将应用到全部 %n 个所选项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes apply to all of them.</source>
        <translation>修改将应用到全部所选项。</translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>The licence expired on %1.</source>
        <translation>授权已于 %1 到期。</translation>
    </message>
    <message>
        <source>Only some of the selected items have this tag. Click to remove it from all.</source>
        <translation>只有部分所选项带有此标签。点击可将其从全部所选项中移除。</translation>
    </message>
    <message>
        <source>Click to remove the tag %1</source>
        <translation>点击移除标签 %1</translation>
    </message>
    <message>
        <source>＋ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message numerus="yes">
        <source>＋ %1 (%n)</source>
        <translation>
            <numerusform>＋ %1（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The light where and when it was filmed says %1: click to tag %n of them</source>
        <translation>
            <numerusform>拍摄地点和时间的光线表明是 %1：点击为其中 %n 个添加标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The picture looks like %1: click to tag %n of them</source>
        <translation>
            <numerusform>画面看起来像 %1：点击为其中 %n 个添加标签</numerusform>
        </translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>New location…</source>
        <translation>新建外景地…</translation>
    </message>
    <message>
        <source>(different locations)</source>
        <translation>（多个外景地）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Offline — the file is not at hand</source>
        <translation>离线：文件当前无法访问</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Format class</source>
        <translation>格式类别</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>封装格式</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>视频编码</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码格式</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>位深</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>像素格式</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>HDR</source>
        <translation>HDR</translation>
    </message>
    <message>
        <source>none (SDR)</source>
        <translation>无（SDR）</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, %2 ch, %3 Hz</source>
        <translation>%1，%2 声道，%3 Hz</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>时间码</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>, %1 m</source>
        <translation>，海拔 %1 米</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>nobody seen (an empty shot)</source>
        <translation>未见人物（空镜头）</translation>
    </message>
    <message numerus="yes">
        <source>up to %n seen</source>
        <translation>
            <numerusform>最多 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>白天</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>黄金时刻</translation>
    </message>
    <message>
        <source>Blue hour</source>
        <translation>蓝调时刻</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜晚</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>%1 (the sun %2° above the horizon)</source>
        <translation>%1（太阳在地平线上 %2°）</translation>
    </message>
    <message>
        <source>%1 (the sun %2° below the horizon)</source>
        <translation>%1（太阳在地平线下 %2°）</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>青</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>粉</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>棕</translation>
    </message>
    <message>
        <source>white</source>
        <translation>白</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <source>black</source>
        <translation>黑</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>偏暗</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>偏亮</translation>
    </message>
    <message>
        <source>%1 K</source>
        <translation>%1 K</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>could not be done: %1</source>
        <translation>无法完成：%1</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>主色调</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>%1 workers took it and stopped before finishing it (the last on %2)</source>
        <translation>先后有 %1 个工作进程领取了它，都在完成前停止了（最后一次在 %2）</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Drop a picture or clip here to find what looks like it</source>
        <translation>把图片或片段拖到这里，查找与之相似的素材</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>从新到旧</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>从旧到新</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>从长到短</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>从短到长</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>结果排序方式</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar as a smart collection that stays up to date</source>
        <translation>将此搜索保存到侧边栏，其结果会随素材库自动更新</translation>
    </message>
    <message>
        <source>Opening the catalog…</source>
        <translation>正在打开目录…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Thumbnail size (Ctrl+Plus / Ctrl+Minus)</source>
        <translation>缩略图大小（Ctrl+Plus / Ctrl+Minus）</translation>
    </message>
    <message>
        <source>Narrow the results</source>
        <translation>筛选结果</translation>
    </message>
    <message>
        <source>&amp;Tag Selected…</source>
        <translation>为所选项添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>保存搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Large preview with the filmstrip (Space)</source>
        <translation>带胶片条的大图预览（Space）</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Item</source>
        <translation>上一项(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>放大缩略图(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>缩小缩略图(&amp;S)</translation>
    </message>
    <message>
        <source>Find &amp;Similar</source>
        <translation>查找相似(&amp;S)</translation>
    </message>
    <message>
        <source>The clips and photos that look most like the current one, nearest first</source>
        <translation>与当前素材最相似的片段和照片，由近及远</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复(&amp;D)…</translation>
    </message>
    <message>
        <source>Groups of copies: the same photo or clip resized, re-encoded or trimmed</source>
        <translation>副本分组：同一张照片或同一段片段经过缩放、重新编码或裁剪</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <translation>缩略图(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove from Catalog…</source>
        <translation>从目录中移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Forget the selected items; their files stay where they are</source>
        <translation>从目录中移除所选项；文件本身保留在原处</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The catalog cannot be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;无法打开目录&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The library is empty&lt;/h2&gt;&lt;p&gt;Add a folder of clips and photos, or drop folders on this window. ReelAtlas finds every clip and photo inside, reads its technical facts and makes posters and filmstrips.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;素材库是空的&lt;/h2&gt;&lt;p&gt;添加一个包含片段和照片的文件夹，或把文件夹拖到本窗口。ReelAtlas 会找出其中所有片段和照片，读取技术信息，并生成封面和胶片条。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches “%1”&lt;/h3&gt;&lt;p&gt;Try fewer words or filters, or press Esc to see everything.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;没有与 “%1” 匹配的结果&lt;/h3&gt;&lt;p&gt;请减少关键词或筛选条件，或按 Esc 查看全部。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) and photo(s)</source>
        <translation>
            <numerusform>%Ln 个片段和照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 match</source>
        <translation>
            <numerusform>共 %2 个，匹配 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>无法执行搜索：%1</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>无法理解：%1</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <source>Nothing to compare %1 by: %2</source>
        <translation>无法比较 %1：%2</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) removed from the catalog; the files are untouched (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>已从目录中移除 %n 个副本；文件未改动（Ctrl+Z 可恢复）</numerusform>
        </translation>
    </message>
    <message>
        <source>The poster could not be made: %1</source>
        <translation>无法生成封面：%1</translation>
    </message>
    <message>
        <source>Select clips or photos to tag first.</source>
        <translation>请先选择要添加标签的片段或照片。</translation>
    </message>
    <message>
        <source>Tag Selected</source>
        <translation>为所选项添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n selected item(s) with (e.g. 天气/晴, 场景/老街):</source>
        <translation>
            <numerusform>为所选的 %n 项添加标签（例如 天气/晴、场景/老街）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Catalog</source>
        <translation>从目录中移除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the catalog? Their tags and descriptions go too. The files themselves are not touched, and you can undo this.</source>
        <translation>
            <numerusform>从目录中移除 %n 项？其标签和描述也会一并移除。文件本身不受影响，此操作可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 of %2 match, counting…</source>
        <translation>共 %2 个，至少匹配 %1 个，正在统计…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>Theirs: %1
Yours: %2</source>
        <translation>对方的：%1
你的：%2</translation>
    </message>
    <message>
        <source>%1 of %2 match, putting them in order…</source>
        <translation>共 %2 个，匹配 %1 个，正在排序…</translation>
    </message>
    <message>
        <source>Connect to Server…</source>
        <translation>连接服务器…</translation>
    </message>
    <message>
        <source>Open Another Catalog…</source>
        <translation>打开其他目录…</translation>
    </message>
    <message>
        <source>at least %1 clips and photos, counting…</source>
        <translation>至少 %1 个片段和照片，正在统计…</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message numerus="yes">
        <source>Tag %n Selected Item(s) with %1</source>
        <translation>
            <numerusform>为所选的 %n 项添加标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n Selected Item(s)</source>
        <translation>
            <numerusform>从所选的 %n 项中移除标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tag Inside…</source>
        <translation>新建子标签…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Move to the Top</source>
        <translation>移到顶层</translation>
    </message>
    <message>
        <source>Delete Tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <source>Save the Current Search…</source>
        <translation>保存当前搜索…</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name of the new tag (use / for levels, e.g. 场景/老街):</source>
        <translation>新标签名称（用 / 分隔层级，例如 场景/老街）：</translation>
    </message>
    <message>
        <source>Name of the new tag inside %1:</source>
        <translation>%1 下的新标签名称：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge %1 into which tag? Its clips, photos and tags inside it move there, and %1 goes away.</source>
        <translation>将 %1 合并到哪个标签？它的片段、照片和子标签都将移到目标标签下，%1 随之删除。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag %1 and the tags inside it? %n clip(s) and photo(s) lose it; they stay in the library. You can undo this.</source>
        <translation>
            <numerusform>删除标签 %1 及其子标签？%n 个片段和照片将失去该标签，但仍保留在素材库中。此操作可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first; saving it keeps it in the sidebar.</source>
        <translation>请先输入搜索内容；保存后它会保留在侧边栏中。</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name of the smart collection for “%1”:</source>
        <translation>为搜索 “%1” 命名：</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>重命名已保存的搜索</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Show Where It Is on This Computer…</source>
        <translation>指定它在本机的位置…</translation>
    </message>
    <message>
        <source>Look Where the Catalog Says</source>
        <translation>按素材库记录的位置查找</translation>
    </message>
    <message>
        <source>Where is %1 on this computer?</source>
        <translation>%1 在本机的什么位置？</translation>
    </message>
</context>
<context>
    <name>LocationStore</name>
    <message>
        <source>A location needs a name.</source>
        <translation>外景地必须有名称。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReelAtlas — %1</source>
        <translation>ReelAtlas — %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The change could not be saved:
%1</source>
        <translation>无法保存此修改：
%1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>新建目录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>打开目录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Find the clips and photos in a folder and add them to the library (Ctrl+I)</source>
        <translation>查找文件夹中的片段和照片并加入素材库（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Add Tag in the &amp;Inspector</source>
        <translation>在检查器中添加标签(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>&amp;Library and Filters</source>
        <translation>素材库与筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>I&amp;mport Panel</source>
        <translation>导入面板(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>素材库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Analyse Pictures</source>
        <translation>分析画面(&amp;A)</translation>
    </message>
    <message>
        <source>Find shots, people and copies in the pictures not analysed yet</source>
        <translation>在尚未分析的画面中查找镜头、人物和副本</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>搜索语法(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About ReelAtlas</source>
        <translation>关于 ReelAtlas(&amp;A)</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it is done.</source>
        <translation>正在导入；请在导入完成后重新拖入这些文件。</translation>
    </message>
    <message>
        <source>Select clips and photos in the Empty-lens library first.</source>
        <translation>请先在空镜头库中选择片段和照片。</translation>
    </message>
    <message>
        <source>Correct or revert the changes first.</source>
        <translation>请先改正或撤销未保存的修改。</translation>
    </message>
    <message>
        <source>Select clips and photos in the Empty-lens library first, then link them.</source>
        <translation>请先在空镜头库中选择片段和照片，再进行关联。</translation>
    </message>
    <message>
        <source>Link to location</source>
        <translation>关联到外景地</translation>
    </message>
    <message>
        <source>Add Folder to the Library</source>
        <translation>将文件夹添加到素材库</translation>
    </message>
    <message>
        <source>An import is running; add more when it is done.</source>
        <translation>正在导入；请等本次导入完成后再添加。</translation>
    </message>
    <message>
        <source>New Catalog: Choose an Empty Folder</source>
        <translation>新建目录：选择一个空文件夹</translation>
    </message>
    <message>
        <source>New Catalog</source>
        <translation>新建目录</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty folder for a new catalog.</source>
        <translation>%1 不是空文件夹。请为新目录选择一个空文件夹。</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>%1 is not a ReelAtlas catalog (it has no %2). Use New Catalog to start one.</source>
        <translation>%1 不是 ReelAtlas 目录（其中没有 %2）。请使用“新建目录”创建目录。</translation>
    </message>
    <message>
        <source>No recent catalogs</source>
        <translation>没有最近打开的目录</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies when ReelAtlas starts again. Restart now?</source>
        <translation>新语言将在 ReelAtlas 重新启动后生效。是否立即重新启动？</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Searching&lt;/h3&gt;&lt;p&gt;Type words in Chinese, English, full pinyin or pinyin initials: &lt;b&gt;古镇&lt;/b&gt;, &lt;b&gt;guzhen&lt;/b&gt; and &lt;b&gt;gz&lt;/b&gt; all find 古镇. Every word must match (title, description, tags, file name, camera, codec, format class). A leading &lt;b&gt;-&lt;/b&gt; excludes: &lt;b&gt;-雨&lt;/b&gt;. Quotes keep words together: &lt;b&gt;&quot;old street&quot;&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Add filters in the same box:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;搜索&lt;/h3&gt;&lt;p&gt;可输入中文、英文、全拼或拼音首字母：&lt;b&gt;古镇&lt;/b&gt;、&lt;b&gt;guzhen&lt;/b&gt; 和 &lt;b&gt;gz&lt;/b&gt; 都能找到 古镇。每个词都必须匹配（标题、描述、标签、文件名、相机、编码、格式类别）。词前加 &lt;b&gt;-&lt;/b&gt; 表示排除：&lt;b&gt;-雨&lt;/b&gt;。用引号可将多个词作为整体搜索：&lt;b&gt;&quot;old street&quot;&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;在同一搜索框中还可以加入筛选条件：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Numbers take &amp;lt;, &amp;lt;=, &amp;gt;, &amp;gt;=, = or a range a..b. Click a value in “Narrow the results” to add or remove its filter; save a search to keep it in the sidebar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数值可使用 &amp;lt;、&amp;lt;=、&amp;gt;、&amp;gt;=、= 或范围 a..b。在“筛选结果”中点击某个值，可添加或移除相应的筛选条件；保存搜索可将其保留在侧边栏中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <source>About ReelAtlas</source>
        <translation>关于 ReelAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReelAtlas %1&lt;/h3&gt;&lt;p&gt;A media-asset library for film-location resource centres: the empty-lens library of clips and photos, with locations, facilities and experts to come.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelAtlas %1&lt;/h3&gt;&lt;p&gt;面向影视外景资源中心的媒体素材库：现提供由片段和照片组成的空镜头库，外景地、拍摄资源和专家库将陆续推出。&lt;/p&gt;&lt;p&gt;目录：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>O&amp;ptimize Catalog…</source>
        <translation>优化素材库(&amp;P)…</translation>
    </message>
    <message>
        <source>Merge the search index and rewrite the catalog file in order, so that searches read fast after a restart</source>
        <translation>合并搜索索引并按顺序重写素材库文件，使重启后的搜索依然快速</translation>
    </message>
    <message>
        <source>An import is running; optimize the catalog when it is done.</source>
        <translation>正在导入；请在导入完成后再优化素材库。</translation>
    </message>
    <message>
        <source>Optimizing the catalog…</source>
        <translation>正在优化素材库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Optimize Catalog</source>
        <translation>优化素材库</translation>
    </message>
    <message>
        <source>Optimizing was cancelled; the catalog is as it was.</source>
        <translation>优化已取消；素材库保持原样。</translation>
    </message>
    <message>
        <source>The catalog is optimized.</source>
        <translation>素材库已优化。</translation>
    </message>
    <message>
        <source>viewer: searches and browses</source>
        <translation>只读：可搜索浏览</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>登录身份：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>登录身份：%1（%2）</translation>
    </message>
    <message>
        <source>Work Queue</source>
        <translation>工作队列</translation>
    </message>
    <message>
        <source>&amp;Queue Folder for Workers…</source>
        <translation>为工作进程排队文件夹(&amp;Q)…</translation>
    </message>
    <message>
        <source>Queue the clips and photos of a folder in the catalog, for &quot;reelatlas-cli worker&quot; on any machine to catalogue (a night&apos;s batch over several machines)</source>
        <translation>把文件夹中的片段和照片排入素材库的队列，由任意机器上的 &quot;reelatlas-cli worker&quot; 编目（由多台机器分担一夜的批量工作）</translation>
    </message>
    <message>
        <source>&amp;Work Queue</source>
        <translation>工作队列(&amp;W)</translation>
    </message>
    <message>
        <source>Queue Folder for Workers</source>
        <translation>为工作进程排队文件夹</translation>
    </message>
    <message>
        <source>Looking for the files to queue…</source>
        <translation>正在查找要排队的文件…</translation>
    </message>
    <message>
        <source>Could not queue: %1</source>
        <translation>无法排队：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued for the workers</source>
        <translation>
            <numerusform>已为工作进程排队 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 already queued, %2 unchanged)</source>
        <translation>（%1 个已在队列中，%2 个未改变）</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a catalog on a PostgreSQL server, shared by the whole office</source>
        <translation>打开 PostgreSQL 服务器上全办公室共用的素材库</translation>
    </message>
    <message>
        <source>The search index is merged into one piece.</source>
        <translation>搜索索引已合并为一体。</translation>
    </message>
    <message>
        <source>Merging the search index in the background; searches stay usable…</source>
        <translation>正在后台合并搜索索引，搜索照常可用…</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Drag to move, scroll to zoom, click a pin to select it; Shift-drag a rectangle to search in it</source>
        <translation>拖动以移动，滚轮缩放，点击标记选中；按住 Shift 拖出矩形，在该范围内搜索</translation>
    </message>
</context>
<context>
    <name>MbTiles</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 takes too long to read (its tiles view does not end)</source>
        <translation>%1 读取时间过长（其 tiles 视图无法结束）</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table)</source>
        <translation>%1 不是 MBTiles 文件（没有 tiles 表）</translation>
    </message>
    <message>
        <source>%1 holds vector tiles; ReelAtlas draws raster (PNG or JPEG) tiles</source>
        <translation>%1 是矢量瓦片；ReelAtlas 只绘制栅格（PNG 或 JPEG）瓦片</translation>
    </message>
    <message>
        <source>%1 holds tiles of a kind ReelAtlas does not draw (it draws PNG, JPEG and WebP)</source>
        <translation>%1 中的瓦片格式 ReelAtlas 无法绘制（支持 PNG、JPEG 和 WebP）</translation>
    </message>
    <message>
        <source>%1 was not read to the end</source>
        <translation>%1 未读取完</translation>
    </message>
    <message>
        <source>%1 is damaged: its lowest zoom level is above its highest</source>
        <translation>%1 已损坏：最小缩放级别高于最大缩放级别</translation>
    </message>
</context>
<context>
    <name>MediaProcessor</name>
    <message>
        <source>cannot read the file&apos;s details: %1</source>
        <translation>无法读取文件信息：%1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a JPEG, PNG, TIFF, WebP, HEIF or JPEG XL picture (unrecognised content)</source>
        <translation>不是 JPEG、PNG、TIFF、WebP、HEIF 或 JPEG XL 图片（无法识别的内容）</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>no migrations for the %1 were compiled in</source>
        <translation>程序中没有%1的升级脚本</translation>
    </message>
    <message>
        <source>cannot read the %1&apos;s schema version</source>
        <translation>无法读取%1的结构版本</translation>
    </message>
    <message>
        <source>the %1 was written by a newer ReelAtlas (schema version %2; this ReelAtlas knows up to %3). Update ReelAtlas to open it; nothing was changed.</source>
        <translation>该%1由更新版本的 ReelAtlas 写入（结构版本 %2；本版本最高支持 %3）。请升级 ReelAtlas 后再打开；未做任何更改。</translation>
    </message>
    <message>
        <source>upgrading the %1 to schema version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation>将%1升级到结构版本 %2（%3）失败：%4。未做任何更改。</translation>
    </message>
    <message>
        <source>the %1 must first be upgraded for this ReelAtlas (schema version %2 to %3) by its owner or an admin, who upgrade it by opening it once: %4</source>
        <translation>%1 须先由其所有者或管理员升级到本版 ReelAtlas（架构版本 %2 升至 %3），他们打开一次即可完成升级：%4</translation>
    </message>
</context>
<context>
    <name>PasswordKeeper</name>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation>桌面密钥环没有响应</translation>
    </message>
</context>
<context>
    <name>PeopleDetector</name>
    <message>
        <source>faces are not looked for: the face classifier of opencv-data is not installed</source>
        <translation>未查找人脸：未安装 opencv-data 的人脸分类器</translation>
    </message>
    <message>
        <source>faces are not looked for: %1 could not be read</source>
        <translation>未查找人脸：无法读取 %1</translation>
    </message>
</context>
<context>
    <name>PhotoAnalyzer</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>not a readable %1 image: %2</source>
        <translation>不是可读取的 %1 图片：%2</translation>
    </message>
    <message>
        <source>the picture is too large to make a thumbnail (%1 × %2 pixels)</source>
        <translation>图片过大，无法生成缩略图（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>the picture data is damaged: %1</source>
        <translation>图片数据已损坏：%1</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>没有像素</translation>
    </message>
    <message>
        <source>not a readable HEIF image: %1</source>
        <translation>不是可读取的 HEIF 图片：%1</translation>
    </message>
    <message>
        <source>the picture data is damaged: no pixels</source>
        <translation>图片数据已损坏：没有像素</translation>
    </message>
    <message>
        <source>not a RAW picture LibRaw reads: %1</source>
        <translation>不是 LibRaw 能读取的 RAW 照片：%1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>JPEG XL decoding failed</source>
        <translation>JPEG XL 解码失败</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>没有文件头</translation>
    </message>
    <message numerus="yes">
        <source>the file ends after %n byte(s), before the picture&apos;s size</source>
        <translation>
            <numerusform>文件在 %n 字节处就结束了，还没到图片尺寸</numerusform>
        </translation>
    </message>
    <message>
        <source>its header is damaged: no picture size found in it</source>
        <translation>文件头已损坏：其中找不到图片尺寸</translation>
    </message>
</context>
<context>
    <name>PosterMaker</name>
    <message>
        <source>the file is not there (moved, deleted, or its drive is not connected)</source>
        <translation>文件不在原处（已移动、删除，或所在磁盘未连接）</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>no picture could be decoded</source>
        <translation>无法解码出任何画面</translation>
    </message>
    <message>
        <source>no picture could be decoded at %1 s</source>
        <translation>无法解码 %1 秒处的画面</translation>
    </message>
</context>
<context>
    <name>Postgres</name>
    <message>
        <source>not a PostgreSQL address</source>
        <translation>不是 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian or Ubuntu: apt-get install libqt6sql6-psql</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 或 Ubuntu 上请运行：apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the connection setting %1 cannot hold a &quot;;&quot;</source>
        <translation>连接设置 %1 不能包含“;”</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一项</translation>
    </message>
    <message>
        <source>The previous item in the grid (Left)</source>
        <translation>网格中的上一项（Left）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一项 ▶</translation>
    </message>
    <message>
        <source>The next item in the grid (Right)</source>
        <translation>网格中的下一项（Right）</translation>
    </message>
    <message>
        <source>Open in Player</source>
        <translation>在播放器中打开</translation>
    </message>
    <message>
        <source>Open the file in the system&apos;s player or viewer (Enter)</source>
        <translation>用系统的播放器或看图程序打开文件（Enter）</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the preview (Space or Esc)</source>
        <translation>关闭预览（Space 或 Esc）</translation>
    </message>
    <message>
        <source>Export Shots…</source>
        <translation>导出镜头…</translation>
    </message>
    <message>
        <source>Save the shot list as an EDL for editing programs, or as CSV for spreadsheets</source>
        <translation>将镜头列表保存为剪辑软件用的 EDL，或电子表格用的 CSV</translation>
    </message>
    <message>
        <source>Export Shots</source>
        <translation>导出镜头</translation>
    </message>
    <message>
        <source>EDL for editing programs (*.edl);;CSV for spreadsheets (*.csv)</source>
        <translation>剪辑软件用的 EDL (*.edl);;电子表格用的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Show where the analysis saw people in the picture (P)</source>
        <translation>显示分析在画面中看到人物的位置（P）</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Make a frame of the clip its poster, the picture the library shows for it</source>
        <translation>把片段中的一帧设为封面，即素材库为它显示的画面</translation>
    </message>
    <message>
        <source>Use the Frame Shown</source>
        <translation>使用当前显示的帧</translation>
    </message>
    <message>
        <source>Use the Frame at a Time…</source>
        <translation>使用某一时间的帧…</translation>
    </message>
    <message>
        <source>Let ReelAtlas Pick It</source>
        <translation>由 ReelAtlas 挑选</translation>
    </message>
    <message>
        <source>Use the Frame Shown (%1)</source>
        <translation>使用当前显示的帧（%1）</translation>
    </message>
    <message>
        <source>Use the Frame Shown (click a frame of the strip or a shot first)</source>
        <translation>使用当前显示的帧（请先点击胶片条中的一帧或一个镜头）</translation>
    </message>
    <message>
        <source>Make the frame at this time the poster (seconds from the start):</source>
        <translation>把此时间的帧设为封面（从开头算起的秒数）：</translation>
    </message>
    <message>
        <source>The shots the analysis found; click one to see its frame</source>
        <translation>分析找到的镜头；点击一个查看其画面</translation>
    </message>
    <message>
        <source>Find Similar to This Shot</source>
        <translation>查找与此镜头相似的素材</translation>
    </message>
    <message>
        <source>Use This Shot&apos;s Frame as the Poster</source>
        <translation>用此镜头的画面作封面</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Offline: the file is not at hand (drive unplugged, moved or deleted).</source>
        <translation>离线：文件当前无法访问（驱动器已拔出、已移动或已删除）。</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>预览 — %1</translation>
    </message>
    <message>
        <source>Nobody seen: an empty shot</source>
        <translation>未见人物：空镜头</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n people seen</source>
        <translation>
            <numerusform>最多看到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Poster: the frame at %1, chosen by hand</source>
        <translation>封面：%1 处的帧，人工选定</translation>
    </message>
    <message>
        <source>Shots saved to %1</source>
        <translation>镜头已保存到 %1</translation>
    </message>
    <message>
        <source>The shots could not be saved to %1: %2</source>
        <translation>无法将镜头保存到 %1：%2</translation>
    </message>
    <message>
        <source>Making the poster…</source>
        <translation>正在生成封面…</translation>
    </message>
    <message>
        <source>The poster could not be made: %1</source>
        <translation>无法生成封面：%1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空镜</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Shot %1 of %2, %3 s</source>
        <translation>第 %1 个镜头（共 %2 个），%3 秒</translation>
    </message>
    <message>
        <source>begins with a dissolve</source>
        <translation>以叠化开始</translation>
    </message>
    <message>
        <source>begins with a fade</source>
        <translation>以淡入淡出开始</translation>
    </message>
    <message>
        <source>No program to open %1 was found.</source>
        <translation>找不到可以打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>ProductionStore</name>
    <message>
        <source>Proposed</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已勘景</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>选定</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>a production needs a title</source>
        <translation>剧组需要剧名</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (for example 2025-03-01)</source>
        <translation>%1：“%2” 不是日期（例如 2025-03-01）</translation>
    </message>
    <message>
        <source>the shoot ends (%1) before it starts (%2)</source>
        <translation>杀青日期（%1）早于开机日期（%2）</translation>
    </message>
    <message>
        <source>the production&apos;s base needs a valid latitude and longitude</source>
        <translation>剧组基地需要有效的纬度和经度</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is neither open nor closed</source>
        <translation>状态：“%1” 既不是 open 也不是 closed</translation>
    </message>
    <message>
        <source>candidate status &quot;%1&quot; is not one of proposed, visited, chosen, rejected</source>
        <translation>候选状态 “%1” 不是 proposed、visited、chosen、rejected 之一</translation>
    </message>
    <message>
        <source>there is no production %1</source>
        <translation>没有剧组 %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>没有外景地 %1</translation>
    </message>
    <message>
        <source>there is no expert %1</source>
        <translation>没有专家 %1</translation>
    </message>
</context>
<context>
    <name>ProductionsPage</name>
    <message>
        <source>Export Scout Package</source>
        <translation>导出勘景资料包</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Export Scout Package…</source>
        <translation>导出勘景资料包…</translation>
    </message>
    <message>
        <source>New Production</source>
        <translation>新建剧组</translation>
    </message>
    <message>
        <source>Correct or revert the changes first.</source>
        <translation>请先改正或撤销未保存的修改。</translation>
    </message>
    <message>
        <source>Choose a production, or make a new one for a producer&apos;s request.</source>
        <translation>选择一个剧组，或为制片方的需求新建一个。</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>The language of the package, whatever the program&apos;s</source>
        <translation>资料包的语言，与程序界面语言无关</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>36.0671, 120.3826 (WGS-84)</source>
        <translation>36.0671, 120.3826（WGS-84）</translation>
    </message>
    <message>
        <source>What the production is looking for: a 1930s street near the sea, night scenes possible…</source>
        <translation>剧组的需求：例如 海边的1930年代老街，可拍夜戏…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文剧名</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>制片人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>制作公司</translation>
    </message>
    <message>
        <source>Shooting dates</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Base address</source>
        <translation>基地地址</translation>
    </message>
    <message>
        <source>Base coordinates</source>
        <translation>基地坐标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Candidate locations</source>
        <translation>候选外景地</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>From base</source>
        <translation>距基地</translation>
    </message>
    <message>
        <source>Notes for this production</source>
        <translation>针对本剧组的说明</translation>
    </message>
    <message>
        <source>Add Locations…</source>
        <translation>添加外景地…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Experts suggested</source>
        <translation>推荐专家</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Role for this production</source>
        <translation>在本剧组中的角色</translation>
    </message>
    <message>
        <source>Add Experts…</source>
        <translation>添加专家…</translation>
    </message>
    <message>
        <source>Reference clips and photos</source>
        <translation>参考素材</translation>
    </message>
    <message>
        <source>Add the Clips and Photos Selected in the Library</source>
        <translation>添加空镜头库中选中的片段和照片</translation>
    </message>
    <message>
        <source>Remove All</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the production %1? Its locations, experts and clips stay. You can undo this.</source>
        <translation>删除剧组 %1？其外景地、专家和素材保留。此操作可撤销。</translation>
    </message>
    <message>
        <source>%1 candidates, %2 chosen</source>
        <translation>候选 %1 个，选定 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n: %1</source>
        <translation>
            <numerusform>%n 个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <source>A production needs a title.</source>
        <translation>剧组需要剧名。</translation>
    </message>
    <message>
        <source>The base coordinates are not coordinates (for example 36.0671, 120.3826).</source>
        <translation>基地坐标不是有效坐标（例如 36.0671, 120.3826）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2025-04-01).</source>
        <translation>“%1” 不是日期（例如 2025-04-01）。</translation>
    </message>
    <message>
        <source>The shoot ends before it starts.</source>
        <translation>杀青日期早于开机日期。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Choose or make a production first.</source>
        <translation>请先选择或新建一个剧组。</translation>
    </message>
    <message>
        <source>Give the new production a title and save it; the locations are added then.</source>
        <translation>请为新剧组填写剧名并保存，之后会添加这些外景地。</translation>
    </message>
    <message>
        <source>Add to a Production</source>
        <translation>添加到剧组</translation>
    </message>
    <message numerus="yes">
        <source>Add %n location(s) to:</source>
        <translation>
            <numerusform>将 %n 个外景地添加到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在生成资料包…</translation>
    </message>
    <message>
        <source>Cannot Write the Package</source>
        <translation>无法生成资料包</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已生成 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: theirs %2, yours %3</source>
        <translation>%1：对方的 %2，你的 %3</translation>
    </message>
    <message>
        <source>The same as yours.</source>
        <translation>与你的相同。</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1 done, %2 found so far</source>
        <translation>已完成 %1，已找到 %2</translation>
    </message>
    <message>
        <source>%1/%2 files</source>
        <translation>%1/%2 个文件</translation>
    </message>
    <message>
        <source>, %1 files/s</source>
        <translation>，每秒 %1 个文件</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>，预计剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>ingest: %1</source>
        <translation>导入：%1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel &amp;Jobs</source>
        <translation>取消任务(&amp;J)</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>正在读取队列…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Put the chosen failed or cancelled jobs back in the queue</source>
        <translation>把所选的失败或已取消的任务重新放回队列</translation>
    </message>
    <message>
        <source>Take the chosen waiting or running jobs out of the queue</source>
        <translation>把所选的等待中或进行中的任务移出队列</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
    <message>
        <source>Nothing is queued. File ▸ Queue Folder for Workers…, or &quot;reelatlas-cli ingest --queue&quot;, queues files for &quot;reelatlas-cli worker&quot; on any machine to do.</source>
        <translation>队列为空。用“文件 ▸ 为工作进程排队文件夹…”或 &quot;reelatlas-cli ingest --queue&quot; 排队文件，由任意机器上的 &quot;reelatlas-cli worker&quot; 处理。</translation>
    </message>
    <message>
        <source>%1 waiting · %2 running · %3 done · %4 failed · %5 cancelled</source>
        <translation>%1 个等待 · %2 个进行中 · %3 个完成 · %4 个失败 · %5 个已取消</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>编目</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>正在 %1 上运行</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>QueueWorker</name>
    <message>
        <source>cannot take jobs from the queue: %1</source>
        <translation>无法从队列领取任务：%1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>36.0671, 120.3826 — or paste from a map app</source>
        <translation>36.0671, 120.3826，或从地图应用粘贴</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>The coordinates as this kind of map shows them; they are stored as WGS-84 (GPS)</source>
        <translation>输入的坐标所用的坐标系；保存时统一存为 WGS-84（GPS）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>复制为 %1</translation>
    </message>
    <message>
        <source>Copy for map apps as %1 (longitude first)</source>
        <translation>复制为地图应用格式 %1（经度在前）</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>several, separated by ; or ,</source>
        <translation>多个，用 ; 或 , 分隔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Confidential contacts stay in the catalog: exports and scout packages leave them out</source>
        <translation>保密联系人只保存在目录中：导出和勘景资料包都不包含</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Kept out of exports and scout packages</source>
        <translation>导出和勘景资料包中不包含</translation>
    </message>
    <message>
        <source>Clips and photos</source>
        <translation>片段和照片</translation>
    </message>
    <message>
        <source>Drag clips and photos here from the library, or files and folders from the file manager (they are imported), to link them</source>
        <translation>从空镜头库拖入片段和照片，或从文件管理器拖入文件和文件夹（会先导入），即可关联</translation>
    </message>
    <message>
        <source>Use as Cover</source>
        <translation>设为封面</translation>
    </message>
    <message>
        <source>Show in the Library</source>
        <translation>在空镜头库中显示</translation>
    </message>
    <message>
        <source>Unlink from This Location</source>
        <translation>取消与此外景地的关联</translation>
    </message>
    <message>
        <source>Link the Clips and Photos Selected in the Library</source>
        <translation>关联空镜头库中选中的片段和照片</translation>
    </message>
    <message>
        <source>Shot within (by GPS), not linked yet:</source>
        <translation>在此范围内拍摄（按 GPS）、尚未关联：</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>Link These</source>
        <translation>关联这些</translation>
    </message>
    <message>
        <source>Link the selected suggestions (or all of them) to this location</source>
        <translation>将选中的建议（或全部）关联到此外景地</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Use the Photo Selected in the Library</source>
        <translation>使用空镜头库中选中的照片</translation>
    </message>
    <message>
        <source>No Photo</source>
        <translation>不用照片</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Photo chosen: save to keep it</source>
        <translation>已选择照片：保存后生效</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>%1
%2 m away</source>
        <translation>%1
相距 %2 米</translation>
    </message>
    <message>
        <source>Cover: %1</source>
        <translation>封面：%1</translation>
    </message>
    <message>
        <source>Use the GPS of &quot;%1&quot;: %2</source>
        <translation>使用 “%1” 的 GPS：%2</translation>
    </message>
    <message>
        <source>Not coordinates yet: write latitude, longitude (36.0671, 120.3826)</source>
        <translation>还不是坐标：请写 纬度, 经度（36.0671, 120.3826）</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>尚未保存：</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>RecordExchange</name>
    <message>
        <source>the contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>not a CSV file: %1</source>
        <translation>不是 CSV 文件：%1</translation>
    </message>
    <message>
        <source>the first row must name the columns; none of &quot;%1&quot; is a name, code or id column</source>
        <translation>第一行必须是列名；“%1” 中没有名称、编号或 id 列</translation>
    </message>
    <message>
        <source>not a JSON file: %1 at byte %2</source>
        <translation>不是 JSON 文件：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>第 %1 项不是对象</translation>
    </message>
    <message>
        <source>the code %1 is also on line %2</source>
        <translation>编号 %1 在第 %2 行也出现了</translation>
    </message>
    <message>
        <source>the code %1 belongs to another record</source>
        <translation>编号 %1 属于另一条记录</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>文件中没有记录</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported</source>
        <translation>
            <numerusform>%n 行有问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would make confidential fields or contacts public; nothing was imported without consent</source>
        <translation>
            <numerusform>%n 行会把保密字段或联系人设为公开；未经同意，未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 (%2): %3; nothing was imported</source>
        <translation>第 %1 行（%2）：%3；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>Name and kind</source>
        <translation>名称与类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Shooting conditions</source>
        <translation>拍摄条件</translation>
    </message>
    <message>
        <source>Permits and fees</source>
        <translation>审批与费用</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Latitude (WGS-84)</source>
        <translation>纬度（WGS-84）</translation>
    </message>
    <message>
        <source>Longitude (WGS-84)</source>
        <translation>经度（WGS-84）</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Interior / exterior</source>
        <translation>内景 / 外景</translation>
    </message>
    <message>
        <source>Eras it can portray</source>
        <translation>可表现年代</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Best season</source>
        <translation>最佳季节</translation>
    </message>
    <message>
        <source>Best light</source>
        <translation>最佳光线</translation>
    </message>
    <message>
        <source>Productions filmed here</source>
        <translation>在此拍摄过的作品</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Ceiling height</source>
        <translation>层高</translation>
    </message>
    <message>
        <source>Parking for trucks</source>
        <translation>大车停放</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>卫生间</translation>
    </message>
    <message>
        <source>Base camp</source>
        <translation>大本营</translation>
    </message>
    <message>
        <source>Lodging nearby</source>
        <translation>附近住宿</translation>
    </message>
    <message>
        <source>Distance to transport</source>
        <translation>距交通枢纽</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>产权方</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>所需审批</translation>
    </message>
    <message>
        <source>Drone rules</source>
        <translation>无人机规定</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>场地费</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Stage area</source>
        <translation>棚内面积</translation>
    </message>
    <message>
        <source>Grid height</source>
        <translation>灯架高度</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Representative works</source>
        <translation>代表作品</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>档期</translation>
    </message>
    <message>
        <source>Fee range</source>
        <translation>费用范围</translation>
    </message>
    <message>
        <source>Consents to publication</source>
        <translation>同意公开</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Clips and photos</source>
        <translation>片段和照片</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Add Candidate Locations</source>
        <translation>添加候选外景地</translation>
    </message>
    <message>
        <source>Add Experts</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <source>Search by name, pinyin or initials, with filters (city:青岛 near:QD-0001 radius:20)</source>
        <translation>按名称、拼音或首字母搜索，可加筛选条件（city:青岛 near:QD-0001 radius:20）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>RecordQueryParser</name>
    <message>
        <source>category:海岸风光, category:coast</source>
        <translation>category:海岸风光、类别:coast</translation>
    </message>
    <message>
        <source>setting:interior, setting:外景</source>
        <translation>setting:interior、内外景:外景</translation>
    </message>
    <message>
        <source>era:民国, era:1930s</source>
        <translation>era:民国、年代:1930s</translation>
    </message>
    <message>
        <source>season:秋, season:autumn</source>
        <translation>season:秋、季节:autumn</translation>
    </message>
    <message>
        <source>tag:海边, tag:天气/晴</source>
        <translation>tag:海边、标签:天气/晴</translation>
    </message>
    <message>
        <source>has:photos, has:coordinates, has:contacts</source>
        <translation>has:photos、has:coordinates、有:联系人</translation>
    </message>
    <message>
        <source>filmed:觉醒年代, filmed:2021</source>
        <translation>filmed:觉醒年代、作品:2021</translation>
    </message>
    <message>
        <source>type:studio, type:影棚</source>
        <translation>type:studio、类型:影棚</translation>
    </message>
    <message>
        <source>expertise:历史, expertise:drone</source>
        <translation>expertise:历史、专长:drone</translation>
    </message>
    <message>
        <source>lang:英语, lang:English</source>
        <translation>lang:英语、语言:English</translation>
    </message>
    <message>
        <source>consent:yes, consent:no</source>
        <translation>consent:yes、consent:no</translation>
    </message>
    <message>
        <source>code:QD-0001</source>
        <translation>code:QD-0001、编号:QD-0001</translation>
    </message>
    <message>
        <source>city:青岛, city:Qingdao</source>
        <translation>city:青岛、城市:Qingdao</translation>
    </message>
    <message>
        <source>province:山东</source>
        <translation>province:山东、省份:山东</translation>
    </message>
    <message>
        <source>region:崂山 (province, city or district)</source>
        <translation>region:崂山（省、市或区县）</translation>
    </message>
    <message>
        <source>status:public, status:待审核</source>
        <translation>status:public、状态:待审核</translation>
    </message>
    <message>
        <source>near:36.07,120.38, near:QD-0001 (a location&apos;s code)</source>
        <translation>near:36.07,120.38、附近:QD-0001（外景地编号）</translation>
    </message>
    <message>
        <source>radius:40, radius:500m</source>
        <translation>radius:40、半径:500m</translation>
    </message>
    <message>
        <source>box:35.9,120.1,36.3,120.7 (south, west, north, east)</source>
        <translation>box:35.9,120.1,36.3,120.7（南, 西, 北, 东）</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号没有闭合</translation>
    </message>
    <message>
        <source>%1: does not understand &quot;%2&quot; (for example %3)</source>
        <translation>%1: 无法理解 “%2”（例如 %3）</translation>
    </message>
    <message>
        <source>%1: needs a value (for example %2)</source>
        <translation>%1: 需要一个值（例如 %2）</translation>
    </message>
    <message>
        <source>radius: needs near: too (for example near:36.07,120.38 radius:40)</source>
        <translation>radius: 需要同时给出 near:（例如 near:36.07,120.38 radius:40）</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Interior / exterior</source>
        <translation>内景 / 外景</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>年代</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>It is no longer in the catalog.</source>
        <translation>它已不在目录中。</translation>
    </message>
</context>
<context>
    <name>RecordSchema</name>
    <message>
        <source>location</source>
        <translation>外景地</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>拍摄资源</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>a name is needed, in Chinese or in English</source>
        <translation>需要填写名称（中文或英文）</translation>
    </message>
    <message>
        <source>%1: should be text</source>
        <translation>%1：应为文本</translation>
    </message>
    <message>
        <source>%1: longer than 500 characters</source>
        <translation>%1：超过 500 个字符</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2” 不是数字</translation>
    </message>
    <message>
        <source>%1: cannot be negative</source>
        <translation>%1：不能为负数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (for example 2024-07-01)</source>
        <translation>%1：“%2” 不是日期（例如 2024-07-01）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no</source>
        <translation>%1：“%2” 应为“是”或“否”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of: %3</source>
        <translation>%1：“%2” 不在可选项中：%3</translation>
    </message>
    <message>
        <source>%1: should be a list</source>
        <translation>%1：应为列表</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>%1: needs a name, phone, e-mail or WeChat</source>
        <translation>%1：需要姓名、电话、邮箱或微信</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number</source>
        <translation>%1：“%2” 不是电话号码</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1：“%2” 不是邮箱地址</translation>
    </message>
    <message>
        <source>coordinates: &quot;%1&quot; are not coordinates (for example 36.0671, 120.3826)</source>
        <translation>坐标：“%1” 不是坐标（例如 36.0671, 120.3826）</translation>
    </message>
    <message>
        <source>coordinates: both latitude and longitude are needed</source>
        <translation>坐标：需要同时填写纬度和经度</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 … 90</source>
        <translation>纬度 %1 超出 -90 … 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 … 180</source>
        <translation>经度 %1 超出 -180 … 180</translation>
    </message>
    <message>
        <source>coordinates 0, 0 are in the sea off Africa: probably no fix</source>
        <translation>坐标 0, 0 位于非洲外海：多半是没有定位</translation>
    </message>
    <message>
        <source>datum: &quot;%1&quot; is not WGS-84, GCJ-02 or BD-09</source>
        <translation>坐标系：“%1” 不是 WGS-84、GCJ-02 或 BD-09</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be marked confidential</source>
        <translation>“%1” 不能设为保密</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>the code %1 is already used by %2</source>
        <translation>编号 %1 已被 %2 使用</translation>
    </message>
    <message>
        <source>near: there is no location %1</source>
        <translation>附近：没有外景地 %1</translation>
    </message>
    <message>
        <source>near: %1 has no coordinates</source>
        <translation>附近：%1 没有坐标</translation>
    </message>
    <message>
        <source>it is no longer in the catalog</source>
        <translation>它已不在目录中</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>%1 is neither CSV nor JSON</source>
        <translation>%1 既不是 CSV 也不是 JSON</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>由近及远</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Search locations: 古镇, guzhen or gz, plus category:海岸 setting:exterior era:民国 city:青岛 near:QD-0001 radius:20 (Ctrl+F)</source>
        <translation>搜索外景地：古镇、guzhen 或 gz，还可加 category:海岸 setting:exterior era:民国 city:青岛 near:QD-0001 radius:20（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search facilities: words, type:影棚, city:青岛, near:36.07,120.38 radius:30 (Ctrl+F)</source>
        <translation>搜索拍摄资源：关键词、type:影棚、city:青岛、near:36.07,120.38 radius:30（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search experts: words, expertise:历史, lang:英语, city:青岛, consent:yes (Ctrl+F)</source>
        <translation>搜索专家：关键词、expertise:历史、lang:英语、city:青岛、consent:yes（Ctrl+F）</translation>
    </message>
    <message>
        <source>Order of the results (nearest first needs near: in the search)</source>
        <translation>结果顺序（“由近及远”需要在搜索中使用 near:）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Show the results on a map (works offline)</source>
        <translation>在地图上显示结果（可离线使用）</translation>
    </message>
    <message>
        <source>Clips on Map</source>
        <translation>地图显示素材</translation>
    </message>
    <message>
        <source>Also show the clips and photos that have GPS, as small blue squares</source>
        <translation>同时以蓝色小方块显示带 GPS 的片段和照片</translation>
    </message>
    <message>
        <source>New Location</source>
        <translation>新建外景地</translation>
    </message>
    <message>
        <source>New Facility</source>
        <translation>新建拍摄资源</translation>
    </message>
    <message>
        <source>New Expert</source>
        <translation>新建专家</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>导入 / 导出</translation>
    </message>
    <message>
        <source>Import CSV or JSON…</source>
        <translation>导入 CSV 或 JSON…</translation>
    </message>
    <message>
        <source>Export These as CSV or JSON…</source>
        <translation>将这些导出为 CSV 或 JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 from the catalog? Its clips and photos stay in the library. You can undo this.</source>
        <translation>从目录中删除 %1？其片段和照片保留在素材库中。此操作可撤销。</translation>
    </message>
    <message>
        <source>Link to location</source>
        <translation>关联到外景地</translation>
    </message>
    <message>
        <source>Unlink from location</source>
        <translation>取消与外景地的关联</translation>
    </message>
    <message>
        <source>Select the photo in the Empty-lens library first.</source>
        <translation>请先在空镜头库中选中照片。</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>无法理解：%1</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>无法执行搜索：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>within %1 km of %2</source>
        <translation>距 %2 %1 公里以内</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Correct or revert the changes first.</source>
        <translation>请先改正或撤销未保存的修改。</translation>
    </message>
    <message>
        <source>Find Near This (%1 km)</source>
        <translation>查找附近（%1 公里）</translation>
    </message>
    <message>
        <source>Show on the Map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Add to a Production…</source>
        <translation>添加到剧组…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) from the catalog? You can undo this.</source>
        <translation>
            <numerusform>从目录中删除 %n 条记录？此操作可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline map tiles cannot be used: %1</source>
        <translation>离线地图瓦片无法使用：%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Spreadsheets and data (*.csv *.json *.txt)</source>
        <translation>表格和数据文件 (*.csv *.json *.txt)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>表格用 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1 (confidential fields and contacts left out)</source>
        <translation>已导出到 %1（不含保密字段和联系人）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you were editing it. Nothing was overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你编辑期间，&lt;b&gt;%1&lt;/b&gt; 已被他人保存。没有覆盖任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Their version and yours are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对方的版本与你的相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Theirs&lt;/th&gt;&lt;th&gt;Yours&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;对方的&lt;/th&gt;&lt;th&gt;你的&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Save Yours over Theirs</source>
        <translation>用你的覆盖对方的</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s); counting…</source>
        <translation>
            <numerusform>前 %Ln 条记录，正在计数…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchStore</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>已保存的搜索必须有名称。</translation>
    </message>
    <message>
        <source>There is already a saved search named &quot;%1&quot;.</source>
        <translation>已保存的搜索中已有 “%1”。</translation>
    </message>
    <message>
        <source>The saved search is gone.</source>
        <translation>该已保存的搜索已不存在。</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>camera card thumbnails (the clips are catalogued with their own posters)</source>
        <translation>存储卡上的缩略图（片段会用各自的封面编入目录）</translation>
    </message>
    <message>
        <source>camera card proxies (low-resolution copies of the clips)</source>
        <translation>存储卡上的代理文件（片段的低分辨率副本）</translation>
    </message>
    <message>
        <source>P2 card companions (icons, voice memos and the audio of the clips)</source>
        <translation>P2 卡附属文件（图标、语音备注和片段的音频）</translation>
    </message>
    <message>
        <source>folder already scanned through another path (a symbolic link loop or a second link to it)</source>
        <translation>文件夹已经通过其他路径扫描过（符号链接循环或重复链接）</translation>
    </message>
    <message>
        <source>has a media file name but is %1</source>
        <translation>文件名像素材，但实际是%1</translation>
    </message>
    <message>
        <source>the same file as one already found (a hard or symbolic link)</source>
        <translation>与已找到的文件是同一个文件（硬链接或符号链接）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a media file name (unknown extension)</source>
        <translation>不是素材文件名（未知扩展名）</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>失效的符号链接</translation>
    </message>
</context>
<context>
    <name>ScoutPackage</name>
    <message>
        <source>there is no production %1</source>
        <translation>没有剧组 %1</translation>
    </message>
    <message>
        <source>%1 is not marked public yet</source>
        <translation>%1 尚未标为公开</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Location Scout Package</source>
        <translation>勘景资料包</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已勘景</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>选定</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>制作于 %1</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>制片人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>制作公司</translation>
    </message>
    <message>
        <source>Shooting dates</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Production base</source>
        <translation>剧组基地</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选外景地</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>From base</source>
        <translation>距基地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 from the production base (straight line)</source>
        <translation>距剧组基地 %1（直线距离）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>For Chinese map apps</source>
        <translation>国内地图应用</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Notes for this production</source>
        <translation>针对本剧组的说明</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1 is left out: no consent to publication</source>
        <translation>%1 未列入：未同意公开</translation>
    </message>
    <message>
        <source>Suggested experts</source>
        <translation>推荐专家</translation>
    </message>
    <message>
        <source>Reference footage</source>
        <translation>参考素材</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: 古镇, guzhen or gz, plus filters such as tag:天气/晴 dur:&lt;10 hdr:yes (Ctrl+F)</source>
        <translation>搜索：古镇、guzhen 或 gz，还可加入筛选条件，如 tag:天气/晴 dur:&lt;10 hdr:yes（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies when ReelAtlas starts again.</source>
        <translation>更改的语言将在 ReelAtlas 重新启动后生效。</translation>
    </message>
    <message numerus="yes">
        <source>Files read at once while importing; this computer has %n processor core(s).</source>
        <translation>
            <numerusform>导入时同时读取的文件数；本机有 %n 个处理器核心。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workers</source>
        <translation>导入工作进程数</translation>
    </message>
    <message>
        <source>Find shots, people and copies in the background</source>
        <translation>在后台查找镜头、人物和副本</translation>
    </message>
    <message>
        <source>After an import and when ReelAtlas starts, pictures not yet analysed are looked at, at low priority. Library &gt; Analyse Pictures does it on request.</source>
        <translation>导入之后以及 ReelAtlas 启动时，以低优先级分析尚未分析的画面。也可通过“素材库 &gt; 分析画面”随时进行。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Default Catalog</source>
        <translation>默认目录</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Default catalog</source>
        <translation>默认目录</translation>
    </message>
    <message>
        <source>Clear the List of Recent Catalogs</source>
        <translation>清除最近打开的目录列表</translation>
    </message>
    <message>
        <source>Recent catalogs</source>
        <translation>最近打开的目录</translation>
    </message>
    <message>
        <source>None: the bundled world map</source>
        <translation>无：使用内置世界地图</translation>
    </message>
    <message>
        <source>An MBTiles file of raster map tiles (the standard offline-map format); maps draw them under the pins, without internet</source>
        <translation>栅格地图瓦片的 MBTiles 文件（通用的离线地图格式）；地图会在标记下方绘制这些瓦片，无需联网</translation>
    </message>
    <message>
        <source>Offline Map Tiles</source>
        <translation>离线地图瓦片</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Offline map tiles</source>
        <translation>离线地图瓦片</translation>
    </message>
    <message>
        <source>e.g. 青岛市电影局协拍服务中心</source>
        <translation>例如 青岛市电影局协拍服务中心</translation>
    </message>
    <message>
        <source>Who sends the scout packages: printed on their cover and pages</source>
        <translation>勘景资料包的发送单位：印在封面和每页上</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Empty-lens library</source>
        <translation>空镜头库</translation>
    </message>
    <message>
        <source>Clips and photos (空镜头库): every catalogued asset</source>
        <translation>片段和照片：目录中的全部素材</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>外景地库</translation>
    </message>
    <message>
        <source>Places productions can film (外景地库): search by words, region or distance, on a list or a map</source>
        <translation>剧组可拍摄的地点（外景地库）：按关键词、地区或距离搜索，以列表或地图查看</translation>
    </message>
    <message>
        <source>Facilities &amp; services</source>
        <translation>拍摄资源（设施与服务）</translation>
    </message>
    <message>
        <source>Studios, equipment rental, lodging and service companies (拍摄资源库)</source>
        <translation>影棚、器材租赁、住宿与服务公司（拍摄资源库）</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家库</translation>
    </message>
    <message>
        <source>Crew and advisers (专家库): DPs, location managers, historians, drone pilots</source>
        <translation>剧组人员与顾问（专家库）：摄影指导、外联制片、历史顾问、无人机飞手</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>剧组需求</translation>
    </message>
    <message>
        <source>Productions&apos; requests, their candidate locations and scout packages</source>
        <translation>剧组的需求、候选外景地与勘景资料包</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>存储卷</translation>
    </message>
    <message>
        <source>%1 — online</source>
        <translation>%1 — 在线</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>%1, on this computer at %2</source>
        <translation>%1，在本机位于 %2</translation>
    </message>
    <message>
        <source>%1 — offline: its clips keep their posters and facts; connect the drive, or show where it is on this computer, to open them</source>
        <translation>%1 — 离线：其中片段的封面和技术信息仍可查看；连接该存储卷，或指定它在本机的位置，即可打开</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>&quot;%1&quot; is not a tag: a tag path has no empty levels (write 天气/晴)</source>
        <translation>“%1” 不是有效标签：标签路径中不能有空的层级（例如 天气/晴）</translation>
    </message>
    <message>
        <source>cannot create the tag %1</source>
        <translation>无法创建标签 %1</translation>
    </message>
    <message>
        <source>a tag name cannot be empty or contain &quot;/&quot;</source>
        <translation>标签名不能为空，也不能包含 “/”</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>没有这个标签</translation>
    </message>
    <message>
        <source>there is already a tag %1 (merge the two instead)</source>
        <translation>已经有标签 %1（请改为合并两个标签）</translation>
    </message>
    <message>
        <source>a tag cannot go inside itself</source>
        <translation>标签不能放到它自己下面</translation>
    </message>
</context>
<context>
    <name>VideoAnalyzer</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>not a video file FFmpeg can read</source>
        <translation>不是 FFmpeg 能读取的视频文件</translation>
    </message>
    <message>
        <source>stream details incomplete: %1</source>
        <translation>流信息不完整：%1</translation>
    </message>
    <message>
        <source>no picture: the file holds only audio (%1)</source>
        <translation>没有画面：文件只包含音频（%1）</translation>
    </message>
    <message>
        <source>no video stream in the file</source>
        <translation>文件中没有视频流</translation>
    </message>
    <message>
        <source>Dolby Vision profile %1 without a compatible base layer: the poster&apos;s colours are approximate</source>
        <translation>杜比视界配置 %1 没有兼容基础层：封面颜色为近似值</translation>
    </message>
    <message>
        <source>no decoder for the %1 video codec in this FFmpeg build</source>
        <translation>当前 FFmpeg 没有 %1 视频编码的解码器</translation>
    </message>
    <message>
        <source>the picture is too large to decode (%1 × %2 pixels)</source>
        <translation>画面过大，无法解码（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>cannot open the %1 decoder</source>
        <translation>无法打开 %1 解码器</translation>
    </message>
    <message>
        <source>no picture could be decoded</source>
        <translation>无法解码出任何画面</translation>
    </message>
    <message>
        <source>only %1 of %2 sample points could be decoded (the file may be damaged or truncated)</source>
        <translation>%2 个取样点中只有 %1 个能解码（文件可能已损坏或不完整）</translation>
    </message>
    <message>
        <source>the frame at %1 s chosen for the poster could not be decoded; the poster is the best sampled frame</source>
        <translation>选作封面的 %1 秒处的帧无法解码；封面改用采样中最好的一帧</translation>
    </message>
    <message>
        <source>not a video file FFmpeg can read: %1</source>
        <translation>不是 FFmpeg 能读取的视频文件：%1</translation>
    </message>
    <message>
        <source>cannot open the %1 decoder: %2</source>
        <translation>无法打开 %1 解码器：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged packet(s) passed over</source>
        <translation>
            <numerusform>已跳过 %n 个损坏的数据包</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeStore</name>
    <message>
        <source>%1 is mapped to itself</source>
        <translation>%1 映射到了它自己</translation>
    </message>
    <message>
        <source>%1 already stands for another catalog folder on %2</source>
        <translation>%1 在 %2 上已经对应素材库中的另一个文件夹</translation>
    </message>
</context>
<context>
    <name>WorkerClient</name>
    <message>
        <source>the media worker sent garbled data (%1)</source>
        <translation>媒体处理进程返回了错乱的数据（%1）</translation>
    </message>
    <message>
        <source>timed out: the media worker spent more than %1 s on this file and was stopped</source>
        <translation>超时：媒体处理进程处理该文件超过 %1 秒，已被终止</translation>
    </message>
    <message>
        <source>stopped: the media worker used more than %1 s of processor time on this file</source>
        <translation>已停止：媒体工作进程处理此文件所用的处理器时间超过 %1 秒</translation>
    </message>
    <message>
        <source>the media worker crashed on this file (%1)</source>
        <translation>媒体处理进程在处理该文件时崩溃（%1）</translation>
    </message>
    <message>
        <source>the media worker quit on this file (exit status %1)</source>
        <translation>媒体处理进程在处理该文件时退出（退出状态 %1）</translation>
    </message>
    <message>
        <source>cannot start the media worker %1: %2</source>
        <translation>无法启动媒体处理进程 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReelAtlas media-asset library</source>
        <translation>ReelAtlas 媒体素材库</translation>
    </message>
    <message>
        <source>The catalog folder.</source>
        <translation>目录文件夹。</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Folders to import.</source>
        <translation>要导入的文件夹。</translation>
    </message>
    <message>
        <source>The desktop keyring could not be asked for this catalog&apos;s password: %1</source>
        <translation>无法向桌面密钥环询问此目录的密码：%1</translation>
    </message>
</context>
</TS>
