#!/usr/bin/env python3
"""Fills resources/translations/reelatlas_zh_CN.ts (and the English plural forms of
reelatlas_en.ts) from the table below. Run after scripts/update-translations.sh; entries not in the
table are left unfinished and reported, so a new string is never silently shipped untranslated.

Terms: catalog 目录, asset 素材, clip 片段, photo 照片, poster 封面, filmstrip 胶片条, thumbnail
缩略图, ingest/import 导入, offline 离线, failed 失败, relink 重新关联, tag 标签, library 素材库.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    # widgets
    "Failed: %1": "失败：%1",
    "Offline: the file is not where it was (drive unplugged, moved or deleted)": "离线：文件不在原处（驱动器已拔出、已移动或已删除）",
    "No picture": "无画面",
    "Loading…": "正在载入…",
    "Portrait": "竖屏",
    "Offline": "离线",
    "Failed": "失败",
    # catalog
    "%1 is a file, not a catalog folder": "%1 是一个文件，不是目录文件夹",
    'there is no catalog at %1 (create one with "reelatlas-cli init" or by ingesting media)': "%1 处没有目录（可用 “reelatlas-cli init” 或导入素材来创建）",
    "cannot create the catalog folder %1": "无法创建目录文件夹 %1",
    "catalog": "目录",
    "thumbnail store": "缩略图库",
    "cannot open the catalog %1: %2": "无法打开目录 %1：%2",
    "cannot open the thumbnail store of %1: %2": "无法打开 %1 的缩略图库：%2",
    "cannot write to the catalog %1: %2": "无法写入目录 %1：%2",
    "no migrations for the %1 were compiled in": "程序中没有%1的升级脚本",
    "cannot read the %1's schema version": "无法读取%1的结构版本",
    "the %1 was written by a newer ReelAtlas (schema version %2; this ReelAtlas knows up to %3). Update ReelAtlas to open it; nothing was changed.": "该%1由更新版本的 ReelAtlas 写入（结构版本 %2；本版本最高支持 %3）。请升级 ReelAtlas 后再打开；未做任何更改。",
    "upgrading the %1 to schema version %2 (%3) failed: %4. Nothing was changed.": "将%1升级到结构版本 %2（%3）失败：%4。未做任何更改。",
    '"%1" is not a tag: a tag path has no empty levels (write 天气/晴)': "“%1” 不是有效标签：标签路径中不能有空的层级（例如 天气/晴）",
    # command line
    "usage: reelatlas-cli [--catalog PATH] %1 %2": "用法：reelatlas-cli [--catalog 路径] %1 %2",
    "The catalog folder.": "目录文件夹。",
    "Show this help.": "显示本帮助。",
    "there is no asset with id %1 in the catalog": "目录中没有 id 为 %1 的素材",
    "%1 is not in the catalog": "%1 不在目录中",
    "interrupted: finishing the files under way (press Ctrl-C again to stop at once); run the same command again to resume": "已中断：正在完成处理中的文件（再按一次 Ctrl-C 立即停止）；再次运行同一命令即可继续",
    "skipped %1: %2": "已跳过 %1：%2",
    "failed %1: %2": "失败 %1：%2",
    "%1 files found: %2 added, %3 updated, %4 unchanged, %5 relinked, %6 failed, %7 marked offline, %8 skipped (%9 s)": "找到 %1 个文件：新增 %2，更新 %3，未变 %4，重新关联 %5，失败 %6，标为离线 %7，跳过 %8（%9 秒）",
    "interrupted before the end; what was done is kept": "在完成前中断；已完成的部分已保存",
    "Files processed at once (default: the number of cores).": "同时处理的文件数（默认：CPU 核心数）。",
    "Print the summary as JSON on stdout.": "在标准输出上以 JSON 打印汇总。",
    "No progress or summary on stderr.": "不在标准错误上显示进度和汇总。",
    "Seconds one file may take before it is given up (default 120).": "单个文件最长处理秒数，超时即放弃（默认 120）。",
    "Try files that failed before again even if unchanged.": "即使文件未变，也重试之前失败的文件。",
    "--jobs needs a number from 1 to 256": "--jobs 需要 1 到 256 之间的数字",
    "--timeout needs a number of seconds": "--timeout 需要秒数",
    "name at least one folder or file to ingest": "请至少指定一个要导入的文件夹或文件",
    "cannot ingest %1: %2": "无法导入 %1：%2",
    "rescan takes no paths: it re-checks everything in the catalog": "rescan 不接受路径：它会重新检查目录中的所有文件",
    "init takes no arguments": "init 不接受参数",
    "catalog ready: %1": "目录已就绪：%1",
    "json (default) or csv.": "json（默认）或 csv。",
    "Only the assets that match the query.": "仅导出符合查询的素材。",
    "Write to FILE instead of stdout.": "写入文件而不是标准输出。",
    "Start CSV with a UTF-8 byte order mark (for Excel).": "CSV 以 UTF-8 字节顺序标记开头（便于 Excel 打开）。",
    '--format is json or csv, not "%1"': "--format 只能是 json 或 csv，不能是 “%1”",
    "export takes no arguments (use --query to choose assets)": "export 不接受参数（请用 --query 选择素材）",
    "cannot write %1: %2": "无法写入 %1：%2",
    "cannot read the catalog: %1": "无法读取目录：%1",
    "cannot write the export: %1": "无法写出导出内容：%1",
    "Print the asset as JSON.": "以 JSON 打印素材。",
    "name one asset, by id or by path": "请指定一个素材（id 或路径）",
    "Print the results as a JSON array of assets.": "以素材 JSON 数组打印结果。",
    "At most N results (default 100; 0 = all).": "最多 N 条结果（默认 100；0 表示全部）。",
    "give the words to search for": "请输入要搜索的词",
    "--limit needs a number": "--limit 需要数字",
    "cannot search the catalog: %1": "无法搜索目录：%1",
    "Tag the assets that match the query.": "为符合查询的素材加标签。",
    'say "add" or "remove", then the tag': "请先写 “add” 或 “remove”，再写标签",
    "choose the assets either with --query or with their ids, not both": "请用 --query 或素材 id 选择素材，二者只能选其一",
    '"%1" is not an asset id': "“%1” 不是素材 id",
    "cannot change tags: %1": "无法修改标签：%1",
    "cannot save the tags": "无法保存标签",
    "The picture file to write (.jpg or .png).": "要写出的图片文件（.jpg 或 .png）。",
    "Long edge in pixels (default 1024).": "长边像素数（默认 1024）。",
    "say where to write the picture with --out FILE.jpg": "请用 --out 文件.jpg 指定图片写到哪里",
    "--size needs a number of pixels from 16 to 16384": "--size 需要 16 到 16384 之间的像素数",
    'cannot write "%1" pictures; use .jpg or .png': "无法写出 “%1” 格式的图片；请使用 .jpg 或 .png",
    "asset %1 has no poster (%2)": "素材 %1 没有封面（%2）",
    "it was never made": "从未生成",
    "note: the file cannot be read (%1); writing the stored %2 px poster": "注意：无法读取文件（%1）；改为写出已保存的 %2 像素封面",
    "offline": "离线",
    "wrote %1 (%2 × %3)": "已写出 %1（%2 × %3）",
    "Create the catalog (does nothing if it exists).": "创建目录（已存在则不做任何事）。",
    "Find media under the paths, probe it, make posters and filmstrips, and catalogue it. Unchanged files are skipped, moved files relinked.": "查找路径下的素材，读取技术信息，生成封面和胶片条并编入目录。未变的文件会跳过，移动过的文件会重新关联。",
    "Re-check every catalogued file: changed ones are probed again, moved ones relinked, missing ones marked offline.": "重新检查目录中的每个文件：变化的重新读取，移动的重新关联，缺失的标为离线。",
    "Every asset, or those matching the query, as JSON or CSV.": "以 JSON 或 CSV 导出全部素材或符合查询的素材。",
    "One asset.": "显示一个素材。",
    "Assets whose path, title, description, camera, codec, format class or tags contain all the words.": "查找路径、标题、描述、相机、编码、格式类别或标签中包含全部关键词的素材。",
    "Add a tag (天气/晴) to assets, or remove it.": "为素材添加标签（如 天气/晴），或移除标签。",
    "Write the poster at N pixels on the long edge.": "以长边 N 像素写出封面。",
    "Check the catalog's databases for damage.": "检查目录数据库是否损坏。",
    "usage: reelatlas-cli [--catalog PATH] COMMAND [ARGS]": "用法：reelatlas-cli [--catalog 路径] 命令 [参数]",
    "commands:": "命令：",
    'The catalog is --catalog PATH, else $REELATLAS_CATALOG, else the default catalog in your data folder. "reelatlas-cli COMMAND --help" tells more.': "目录依次取 --catalog 路径、$REELATLAS_CATALOG、数据文件夹中的默认目录。“reelatlas-cli 命令 --help” 可查看详细说明。",
    "unknown option %1": "未知选项 %1",
    "no command given": "未给出命令",
    'unknown command "%1"': "未知命令 “%1”",
    # media
    "cannot open: %1": "无法打开：%1",
    "cannot read the file's details: %1": "无法读取文件信息：%1",
    "not a regular file": "不是普通文件",
    "read error at byte %1: %2": "在第 %1 字节处读取出错：%2",
    "metadata unreadable: %1": "元数据无法读取：%1",
    "metadata damaged: %1": "元数据已损坏：%1",
    "the file is empty (0 bytes)": "文件为空（0 字节）",
    "cannot read: %1": "无法读取：%1",
    "not a JPEG, PNG, TIFF, WebP or HEIF picture (unrecognised content)": "不是 JPEG、PNG、TIFF、WebP 或 HEIF 图片（无法识别的内容）",
    "not a readable %1 image: %2": "不是可读取的 %1 图片：%2",
    "the picture is too large to make a thumbnail (%1 × %2 pixels)": "图片过大，无法生成缩略图（%1 × %2 像素）",
    "the picture data is damaged: %1": "图片数据已损坏：%1",
    "not a readable HEIF image: %1": "不是可读取的 HEIF 图片：%1",
    "the picture data is damaged: no pixels": "图片数据已损坏：没有像素",
    "out of memory": "内存不足",
    "not a video file FFmpeg can read": "不是 FFmpeg 能读取的视频文件",
    "stream details incomplete: %1": "流信息不完整：%1",
    "no picture: the file holds only audio (%1)": "没有画面：文件只包含音频（%1）",
    "no video stream in the file": "文件中没有视频流",
    "Dolby Vision profile %1 without a compatible base layer: the poster's colours are approximate": "杜比视界配置 %1 没有兼容基础层：封面颜色为近似值",
    "no decoder for the %1 video codec in this FFmpeg build": "当前 FFmpeg 没有 %1 视频编码的解码器",
    "cannot open the %1 decoder": "无法打开 %1 解码器",
    "no picture could be decoded": "无法解码出任何画面",
    "only %1 of %2 sample points could be decoded (the file may be damaged or truncated)": "%2 个取样点中只有 %1 个能解码（文件可能已损坏或不完整）",
    "the RAW file has no embedded preview": "RAW 文件中没有内嵌预览图",
    "not a RAW file Exiv2 can read: %1": "不是 Exiv2 能读取的 RAW 文件：%1",
    "no pixels": "没有像素",
    # search
    "a quote is not closed": "引号没有闭合",
    '%1: does not understand "%2" (for example %3)': "%1: 无法理解 “%2”（例如 %3）",
    "%1: needs a value (for example %2)": "%1: 需要一个值（例如 %2）",
    "cannot understand the query: %1": "无法理解查询：%1",
    'the query "%1" asks for nothing: give words or filters': "查询 “%1” 没有任何条件：请输入关键词或筛选条件",
    "relevance (default), newest, oldest, longest, shortest or name.": "relevance（默认，相关度）、newest（最新）、oldest（最早）、longest（最长）、shortest（最短）或 name（名称）。",
    "--sort is relevance, newest, oldest, longest, shortest or name": "--sort 只能是 relevance、newest、oldest、longest、shortest 或 name",
    "cannot create the tag %1": "无法创建标签 %1",
    'a tag name cannot be empty or contain "/"': "标签名不能为空，也不能包含 “/”",
    "no such tag": "没有这个标签",
    "there is already a tag %1 (merge the two instead)": "已经有标签 %1（请改为合并两个标签）",
    "a tag cannot go inside itself": "标签不能放到它自己下面",
    # ingest
    "camera card thumbnails (the clips are catalogued with their own posters)": "存储卡上的缩略图（片段会用各自的封面编入目录）",
    "camera card proxies (low-resolution copies of the clips)": "存储卡上的代理文件（片段的低分辨率副本）",
    "P2 card companions (icons, voice memos and the audio of the clips)": "P2 卡附属文件（图标、语音备注和片段的音频）",
    "deleted while it was being scanned": "扫描过程中被删除",
    "unknown error": "未知错误",
    "cannot be catalogued: %1": "无法编入目录：%1",
    "cannot mark missing files offline: %1": "无法将缺失文件标为离线：%1",
    "a named pipe": "命名管道",
    "a socket": "套接字",
    "a device": "设备文件",
    "folder already scanned through another path (a symbolic link loop or a second link to it)": "文件夹已经通过其他路径扫描过（符号链接循环或重复链接）",
    "has a media file name but is %1": "文件名像素材，但实际是%1",
    "the same file as one already found (a hard or symbolic link)": "与已找到的文件是同一个文件（硬链接或符号链接）",
    "cannot be read: %1": "无法读取：%1",
    "not a media file name (unknown extension)": "不是素材文件名（未知扩展名）",
    "cannot read the folder: %1": "无法读取文件夹：%1",
    "symbolic link loop": "符号链接循环",
    "broken symbolic link": "失效的符号链接",
    "the media worker sent garbled data (%1)": "媒体处理进程返回了错乱的数据（%1）",
    "timed out: the media worker spent more than %1 s on this file and was stopped": "超时：媒体处理进程处理该文件超过 %1 秒，已被终止",
    "the media worker crashed on this file (%1)": "媒体处理进程在处理该文件时崩溃（%1）",
    "the media worker quit on this file (exit status %1)": "媒体处理进程在处理该文件时退出（退出状态 %1）",
    "cannot start the media worker %1: %2": "无法启动媒体处理进程 %1：%2",
    "%1 done, %2 found so far": "已完成 %1，已找到 %2",
    "%1/%2 files": "%1/%2 个文件",
    ", %1 files/s": "，每秒 %1 个文件",
    ", ETA %1": "，预计剩余 %1",
    "ingest: %1": "导入：%1",
    # desktop app
    "ReelAtlas — %1": "ReelAtlas — %1",
    "&Add Folder…": "添加文件夹(&A)…",
    "Find the clips and photos in a folder and add them to the library (Ctrl+I)": "查找文件夹中的片段和照片并加入素材库（Ctrl+I）",
    "&Refresh": "刷新(&R)",
    "&Quit": "退出(&Q)",
    "&File": "文件(&F)",
    "&View": "视图(&V)",
    "Library": "素材库",
    "Size": "大小",
    "Thumbnail size": "缩略图大小",
    "Opening the catalog…": "正在打开目录…",
    "Add Folder…": "添加文件夹…",
    "Cancel": "取消",
    "Stop importing; what is done is kept, and adding the folder again resumes": "停止导入；已完成的部分会保留，再次添加该文件夹即可继续",
    "The catalog %1 cannot be opened:\n%2": "无法打开目录 %1：\n%2",
    "<h2>The library is empty</h2><p>Add a folder of clips and photos, or drop folders on this window. ReelAtlas finds every clip and photo inside, reads its technical facts and makes posters and filmstrips.</p>": "<h2>素材库是空的</h2><p>添加一个包含片段和照片的文件夹，或把文件夹拖到本窗口。ReelAtlas 会找出其中所有片段和照片，读取技术信息，并生成封面和胶片条。</p>",
    "Add Folder to the Library": "将文件夹添加到素材库",
    "Importing…": "正在导入…",
    "Importing: %1 done, %2 found so far": "正在导入：已完成 %1，已找到 %2",
    "Importing: %1 of %2": "正在导入：%1 / %2",
    ", %1 left": "，剩余 %1",
    "Import failed: %1": "导入失败：%1",
    "Import stopped: %1 added, %2 failed. Add the folder again to resume.": "导入已停止：新增 %1，失败 %2。再次添加该文件夹即可继续。",
    "Import finished: %1 added, %2 updated, %3 unchanged, %4 moved, %5 failed": "导入完成：新增 %1，更新 %2，未变 %3，移动 %4，失败 %5",
    "Files not imported": "未导入的文件",
    "These files could not be read or were skipped. Files that failed are in the library, marked as failed, with the reason.": "以下文件无法读取或被跳过。失败的文件仍在素材库中，标为失败并注明原因。",
    "File": "文件",
    "Reason": "原因",
    "Skipped: %1": "已跳过：%1",
    "ReelAtlas media-asset library": "ReelAtlas 媒体素材库",
    "Interface language (zh_CN or en).": "界面语言（zh_CN 或 en）。",
    "Folders to import.": "要导入的文件夹。",
}

# Plural forms: Chinese has one; English two (singular, plural).
ZH_PLURAL = {
    "tagged %n asset(s) with %1": "已为 %n 个素材添加标签 %1",
    "removed %1 from %n asset(s)": "已从 %n 个素材移除标签 %1",
    "%n clip(s) and photo(s)": "%n 个片段和照片",
    ", %n failed": "，%n 个失败",
}
EN_PLURAL = {
    "tagged %n asset(s) with %1": ("tagged %n asset with %1", "tagged %n assets with %1"),
    "removed %1 from %n asset(s)": ("removed %1 from %n asset", "removed %1 from %n assets"),
    "%n clip(s) and photo(s)": ("%n clip or photo", "%n clips and photos"),
    ", %n failed": (", %n failed", ", %n failed"),
}


# Query syntax examples read the same in both languages.
SYNTAX = [
    "tag:天气/晴, tag:海岸", 'format:4K, format:全高清, format:"Full HD"', "dur:<10, dur:>=1m, dur:5..30",
    "fps:25, fps:>=50", "hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision",
    "orient:portrait, orient:landscape", "year:2024, year:>=2020, year:2019..2021",
    "date:2024-07, date:>=2024-06-01", "codec:hevc, codec:h264, codec:prores",
    "status:ok, status:failed, status:offline", "kind:video, kind:photo", 'camera:dji, camera:"iPhone 15"',
    "size:>2GB, size:<500MB", "folder:/media/drive/2024",
]
ZH.update({example: example for example in SYNTAX})


def fill(path, singular, plural):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = plural.get(source)
            if forms is None:
                missing.append(source)
                continue
            for form in list(translation):
                translation.remove(form)
            for text in forms if isinstance(forms, tuple) else (forms,):
                ET.SubElement(translation, "numerusform").text = text
        else:
            text = singular.get(source) if singular is not None else None
            if text is None:
                if singular is not None:
                    missing.append(source)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = Path(__file__).resolve().parent.parent / "resources" / "translations"
missing = fill(root / "reelatlas_zh_CN.ts", ZH, ZH_PLURAL)
fill(root / "reelatlas_en.ts", None, EN_PLURAL)
for source in missing:
    print(f"untranslated: {source!r}", file=sys.stderr)
sys.exit(1 if missing else 0)
