<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AssetListModel</name>
    <message>
        <location filename="../../widgets/assetlistmodel.cpp" line="+463" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Codec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Format class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+74" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Offline: the file is not where it was (drive unplugged, moved or deleted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetQueryParser</name>
    <message>
        <location filename="../../database/assetquery.cpp" line="+65" />
        <source>tag:天气/晴, tag:海岸</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>format:4K, format:全高清, format:"Full HD"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>dur:&lt;10, dur:&gt;=1m, dur:5..30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>fps:25, fps:&gt;=50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>orient:portrait, orient:landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>year:2024, year:&gt;=2020, year:2019..2021</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>date:2024-07, date:&gt;=2024-06-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>codec:hevc, codec:h264, codec:prores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>status:ok, status:failed, status:offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>kind:video, kind:photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>camera:dji, camera:"iPhone 15"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>size:&gt;2GB, size:&lt;500MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>folder:/media/drive/2024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>people:none, people:yes, people:many, people:&gt;=3, 人物:无</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>similar:1234 (an asset's id), similar:#9bf2bc99b00c7171 (a picture's signature)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>id:1234, id:12,15,40</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>color:blue, color:green, 颜色:蓝</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>light:day, light:golden, light:blue, light:night, 光线:黄金时刻</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>exposure:dark, exposure:normal, exposure:bright, 曝光:暗</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>warmth:warm, warmth:neutral, warmth:cool, warmth:&lt;4000 (kelvin), 色温:暖</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>a quote is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+40" />
        <source>%1: does not understand "%2" (for example %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: needs a value (for example %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+299" />
        <source>similar: one asset at a time, and not negated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <location filename="../../database/assetstore.cpp" line="+368" />
        <source>there is no asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>asset %1 is no clip that was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>the poster has no picture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetTileDelegate</name>
    <message>
        <location filename="../../widgets/assettiledelegate.cpp" line="+153" />
        <source>No picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Shot %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackgroundAnalysis</name>
    <message>
        <location filename="../../app/gui/backgroundanalysis.cpp" line="+39" />
        <source>What is in the pictures (shots, people, copies) is found in the background, at low priority. It goes on where it stopped when ReelAtlas starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Stop analysing; what is done is kept, and the rest is analysed when ReelAtlas starts again or after the next import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+67" />
        <source>Looking for pictures to analyse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Pausing when the files under way are done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Stopping when the files under way are done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Analysis waits for the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Analysing pictures: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n could not be analysed</source>
        <translation>
            <numerusform>%n could not be analysed</numerusform><numerusform>%n could not be analysed</numerusform></translation>
    </message>
    <message>
        <location line="+21" />
        <source>Analysis stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Analysis paused: %1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n picture(s) analysed, %1 could not be (see the inspector)</source>
        <translation>
            <numerusform>%n picture analysed, %1 could not be (see the inspector)</numerusform><numerusform>%n pictures analysed, %1 could not be (see the inspector)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n picture(s) analysed</source>
        <translation>
            <numerusform>%n picture analysed</numerusform><numerusform>%n pictures analysed</numerusform></translation>
    </message>
    <message>
        <location line="+18" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Go on analysing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Stop for now, after the files under way</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../database/catalog.cpp" line="+71" />
        <source>%1 is a file, not a catalog folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>there is no catalog at %1 (create one with "reelatlas-cli init" or by ingesting media)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>cannot create the catalog folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>thumbnail store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>cannot open the catalog %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot open the thumbnail store of %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <location filename="../../widgets/catalogreader.cpp" line="+73" />
        <source>Asset %1 is not analysed yet, so nothing is compared with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+563" />
        <source>Format class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Orientation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>HDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>SDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Dolby Vision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Codec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>under 10 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>10–30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>30 s – 1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>1–5 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>over 5 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Clips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Some</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Golden hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Blue hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cyan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Pink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Brown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>White</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Black</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <location filename="../../database/catalogwriter.cpp" line="+169" />
        <source>cannot write to the catalog %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="+25" />
        <location filename="../../app/cli/productioncommands.cpp" line="+70" />
        <location filename="../../app/cli/recordcommands.cpp" line="+219" />
        <source>usage: reelatlas-cli [--catalog PATH] %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>The catalog folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+116" />
        <source>cannot write the output: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>cannot write %1: %2 (the file there before is unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+64" />
        <location filename="../../app/cli/productioncommands.cpp" line="+341" />
        <location filename="../../app/cli/recordcommands.cpp" line="+595" />
        <source>there is no asset with id %1 in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>interrupted: finishing the files under way (press Ctrl-C again to stop at once); run the same command again to resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>skipped %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>failed %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>%1 files found: %2 added, %3 updated, %4 unchanged, %5 relinked, %6 failed, %7 marked offline, %8 skipped (%9 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>interrupted before the end; what was done is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Files processed at once (default: the number of cores).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Print the summary as JSON on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No progress or summary on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Seconds one file may take before it is given up (default 120).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Try files that failed before again even if unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>--jobs needs a number from 1 to 256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>--timeout needs a number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>note: %1 files at once, not %2: that many workers do not fit in this machine's memory (%3 MB each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>name at least one folder or file to ingest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot ingest %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+222" />
        <source>rescan takes no paths: it re-checks everything in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>init takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>catalog ready: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>cannot understand the query: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the query "%1" asks for nothing: give words or filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>relevance (default), newest, oldest, longest, shortest or name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <location filename="../../app/cli/recordcommands.cpp" line="-110" />
        <source>json (default) or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-304" />
        <location line="+306" />
        <source>Only the assets that match the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-276" />
        <location line="+278" />
        <location filename="../../app/cli/recordcommands.cpp" line="+5" />
        <source>Write to FILE instead of stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/recordcommands.cpp" line="+3" />
        <source>Start CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+108" />
        <source>--sort is relevance, newest, oldest, longest, shortest or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-105" />
        <location filename="../../app/cli/recordcommands.cpp" line="+15" />
        <source>--format is json or csv, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>export takes no arguments (use --query to choose assets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="-29" />
        <location filename="../../app/cli/commands.cpp" line="+393" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commands.cpp" line="-625" />
        <location line="+264" />
        <source>cannot read the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Print the asset as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-357" />
        <location line="+81" />
        <location line="+281" />
        <location line="+265" />
        <source>name one asset, by id or by path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-774" />
        <source>%1 to analyse: %2 analysed, %3 could not be (%4 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>analysed %1, %2 could not be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>Then analyse what was found (shots; see "analyze").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>analyze takes no paths (use --query to choose assets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Print the shots as JSON on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Write the shots as CSV, for spreadsheets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Write the shots as an EDL (CMX 3600), for editing programs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>asset %1 could not be analysed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+82" />
        <source>asset %1 is not analysed yet (reelatlas-cli analyze)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-78" />
        <source>give one of --json, --csv and --edl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <location line="+32" />
        <source>Print the assets as JSON on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>At most N assets (20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>--limit needs a whole number of 1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>nothing like it among %1 analysed assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Print the groups as JSON on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>duplicates takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>group %1 (%n copies)</source>
        <translation>
            <numerusform>group %1 (%n copy)</numerusform><numerusform>group %1 (%n copies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n group(s) of copies among %1 analysed assets</source>
        <translation>
            <numerusform>%n group of copies among %1 analysed assets</numerusform><numerusform>%n groups of copies among %1 analysed assets</numerusform></translation>
    </message>
    <message>
        <location line="+217" />
        <source>Print the results as a JSON array of assets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>At most N results (default 100; 0 = all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>give the words to search for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <location filename="../../app/cli/recordcommands.cpp" line="-426" />
        <source>--limit needs a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>no asset %1 in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>asset %1 is not analysed yet (reelatlas-cli analyze), so nothing is compared with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <location line="+48" />
        <source>cannot search the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-36" />
        <source>Tag the assets that match the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>say "add" or "remove", then the tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>choose the assets either with --query or with their ids, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is not an asset id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>cannot change tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>cannot save the tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>tagged %n asset(s) with %1</source>
        <translation>
            <numerusform>tagged %n asset with %1</numerusform><numerusform>tagged %n assets with %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>removed %1 from %n asset(s)</source>
        <translation>
            <numerusform>removed %1 from %n asset</numerusform><numerusform>removed %1 from %n assets</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>Make the frame at this time the poster (seconds, or m:ss.s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Let ReelAtlas pick the poster again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print the poster's time as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>name one clip, by id or by path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>give --at or --auto, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is not a time (seconds, or m:ss)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>asset %1 is not a clip: a photo is its own poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the clip is %1 s long; %2 s is past its end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>cannot make the poster of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>cannot save the poster: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>poster of %1: the frame at %2 s, chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>poster of %1: the frame at %2 s, picked by ReelAtlas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>The picture file to write (.jpg or .png).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Long edge in pixels (default 1024).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>say where to write the picture with --out FILE.jpg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>--size needs a number of pixels from 16 to 16384</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot write "%1" pictures; use .jpg or .png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>asset %1 has no poster (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>it was never made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>note: the file cannot be read (%1); writing the stored %2 px poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>wrote %1 (%2 × %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Create the catalog (does nothing if it exists).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find media under the paths, probe it, make posters and filmstrips, and catalogue it. Unchanged files are skipped, moved files relinked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The analysis pass (shots, people) over the catalogued assets that lack the current version of it. Resumable: what is done is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The clip's shots, in order; as an EDL or CSV for editing programs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The analysed assets that look most like this one, nearest first, with how far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Groups of copies: the same picture or clip resized, re-encoded, trimmed a little.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Re-check every catalogued file: changed ones are probed again, moved ones relinked, missing ones marked offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Every asset, or those matching the query, as JSON or CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>One asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Assets matching the query, best match first: words in Chinese, English, pinyin or initials, and field filters (tag:天气/晴 dur:&lt;10 fps:&gt;=50 hdr:yes orient:portrait year:2024 codec:hevc status:offline).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Add a tag (天气/晴) to assets, or remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show the clip's poster frame, make the frame at TIME its poster, or let ReelAtlas pick it again. Kept when the clip is read or analysed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Write the poster at N pixels on the long edge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check the catalog's databases for damage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Locations (外景地): list and search them, show, add, change, remove, import and export them (CSV, JSON), and find those near a point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Facilities and services (拍摄资源): as for locations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Experts (专家): as for locations, without the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Productions' requests: their candidate locations (proposed, visited, chosen, rejected), experts and clips.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Write a production's scout package as PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+23" />
        <source>usage: reelatlas-cli [--catalog PATH] COMMAND [ARGS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The catalog is --catalog PATH, else $REELATLAS_CATALOG, else the default catalog in your data folder. "reelatlas-cli COMMAND --help" tells more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>no command given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/productioncommands.cpp" line="-372" />
        <source>say what to do: list, show, add, set, remove, candidate, expert or clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>productions: unknown subcommand "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>there is no production "%1" in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <location filename="../../app/cli/recordcommands.cpp" line="-34" />
        <source>there is no %1 "%2" in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <location line="+38" />
        <location filename="../../app/cli/recordcommands.cpp" line="+11" />
        <location line="+91" />
        <location line="+474" />
        <source>Print JSON on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-37" />
        <source>Every production, open ones first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>%1 candidates, %2 chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>One production with its candidates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+67" />
        <location line="+70" />
        <source>name one production by id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-109" />
        <source>%1 km from base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>The production's title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Its English title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The producer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The production company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>First shooting day (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Last shooting day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>What the production is looking for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Where the production is based: LAT,LON or a location's code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The base's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>open or closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Add a production's request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Change a production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>a production needs --title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>add takes options only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <location filename="../../app/cli/recordcommands.cpp" line="+21" />
        <source>%1 has no coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>added production #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>updated production #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Remove a production (its locations, experts and clips stay).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>removed production #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Link to a production, or unlink.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>say %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>name the production and at least one to link</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>production #%1: %2 %n link(s)</source>
        <translation>
            <numerusform>production #%1: %2 %n link</numerusform><numerusform>production #%1: %2 %n links</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>proposed, visited, chosen or rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Notes on this candidate for this production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>What the expert does for the production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>The production's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The PDF file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>zh (default) or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Also the candidates marked rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Draw the maps over the tiles of this MBTiles file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Who sends the package (printed on it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>say package export --production ID --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>give --production ID and --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>--lang is zh or en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>--production needs a production's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>wrote %1: %n page(s) in %2 s</source>
        <translation>
            <numerusform>wrote %1: %n page in %2 s</numerusform><numerusform>wrote %1: %n pages in %2 s</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/cli/recordcommands.cpp" line="-781" />
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>"%1" is not FIELD=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1 has no field "%2" (reelatlas-cli %3 fields lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+60" />
        <source>say what to do: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>%1: unknown subcommand "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>The query language: words in Chinese, English, pinyin or initials, and filters: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <location line="+433" />
        <source>Only the records that match the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-431" />
        <source>relevance (default), name, distance or updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>At most N records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Kilometres around the point (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The point's datum: wgs84 (default), gcj02 or bd09.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Records within a distance of a point or of a location, nearest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Records, or those matching the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>--sort is relevance, name, distance or updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>give one point (LAT,LON) or one location's code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>say how far with --radius KM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+541" />
        <source>--radius needs kilometres, more than 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-538" />
        <source>--datum is wgs84, gcj02 or bd09</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>"%1" is neither LAT,LON nor a location's code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>list takes no arguments (use --query to choose records)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Also show the fields and contacts marked confidential.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>One record, with every field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>name one record, by id or code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>(confidential)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <location line="+120" />
        <source>cannot write to the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-116" />
        <source>%1 %2 #%3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Read the record from a JSON file (- for stdin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Add a record. Fields by key (reelatlas-cli %1 fields); contact.name=, contact.phone= … add a contact; coordinates="36.07, 120.38" with datum=gcj02 takes map-app coordinates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>give either --json FILE or FIELD=VALUE arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+126" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-120" />
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>give the fields as FIELD=VALUE (at least a name: name_zh=… or name_en=…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Change fields of a record (FIELD= empties one); the others stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>name one record and give at least one FIELD=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Remove records from the catalog (their clips and photos stay).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>name the records to remove, by id or code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>removed %n record(s)</source>
        <translation>
            <numerusform>removed %n record</numerusform><numerusform>removed %n records</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>csv or json (default: from the file name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Check the file and report; change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print the report as JSON on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Let the import make fields and contacts public that are confidential now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Import records from CSV (UTF-8 or GB18030, as Excel saves it) or JSON. Every row is checked first; when any is wrong nothing is imported. Rows with the id or code of a record update it. An empty "confidential" cell keeps what is confidential; a row that would make a confidential field or contact public is imported only with --allow-public.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>name one file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot tell the format of %1; say --format csv or --format json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>note: column "%1" matches no field and is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1 line %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 line %2 (%3): would make public: %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n row(s) have problems; nothing was imported</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported</numerusform><numerusform>%n rows have problems; nothing was imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s) would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</source>
        <translation>
            <numerusform>%n row would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</numerusform><numerusform>%n rows would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>checked %1: %2 new, %3 updates, no problems (nothing changed: --dry-run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>imported %1: %2 new, %3 updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Include the fields and contacts marked confidential (a full backup).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Every record, or those matching the query, without confidential fields and contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>export takes no arguments (use --query to choose records)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>exported %n record(s)</source>
        <translation>
            <numerusform>exported %n record</numerusform><numerusform>exported %n records</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>The fields of a record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source> (confidential by default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>"LAT, LON" in any common form; with datum=gcj02 or bd09 from Chinese map apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The assets that match this query (the search language).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Link clips and photos to a location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Unlink clips and photos from a location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>name the location, then --query Q or asset ids</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>linked %n clip(s) and photo(s)</source>
        <translation>
            <numerusform>linked %n clip or photo</numerusform><numerusform>linked %n clips and photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>unlinked %n clip(s) and photo(s)</source>
        <translation>
            <numerusform>unlinked %n clip or photo</numerusform><numerusform>unlinked %n clips and photos</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kilometres around the location (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Clips and photos shot near a location (by their GPS) that are not linked to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>name one location, by id or code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>%1 m</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../../media/contenthash.cpp" line="+34" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>cannot read the file's details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>read error at byte %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../database/csvfile.cpp" line="+73" />
        <source>the file is not valid UTF-16 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the file is not text (it holds NUL bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>out of memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>line %1: a quote is opened and never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the file has no header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>line %1, column %2: "%3" is neither UTF-8 nor GB18030 text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../widgets/duplicatesdialog.cpp" line="+45" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Keep the Chosen One, Remove the Others from the Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show in Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The files stay where they are; Undo in the main window brings the entries back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Looking for copies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+89" />
        <source>The copies could not be looked for: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform><numerusform>%n copies</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>No copies among %n analysed clip(s) and photo(s).</source>
        <translation>
            <numerusform>No copies among %n analysed clip or photo.</numerusform><numerusform>No copies among %n analysed clips and photos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n group(s) of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</source>
        <translation>
            <numerusform>%n group of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</numerusform><numerusform>%n groups of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</numerusform></translation>
    </message>
    <message>
        <location line="+52" />
        <source>Keep this one</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../widgets/editcommands.cpp" line="+73" />
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>rights holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>licence expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+121" />
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>Link dropped files to location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>Link to new location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>There is no tag %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>Tag with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remove tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+44" />
        <source>New tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The tag %1 exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Move tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Merge tag %1 into %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Delete tag %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>Remove %n item(s) from the catalog</source>
        <translation>
            <numerusform>Remove %n item from the catalog</numerusform><numerusform>Remove %n items from the catalog</numerusform></translation>
    </message>
    <message>
        <location line="+21" />
        <source>Make the frame at %1 the poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Let ReelAtlas pick the poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Save search %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Rename saved search %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Delete saved search %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Add %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Edit %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <location line="+157" />
        <source>it is no longer in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-89" />
        <source>Delete %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>Add production %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Edit production %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Delete production %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExifReader</name>
    <message>
        <location filename="../../media/exifreader.cpp" line="+257" />
        <location line="+17" />
        <source>metadata unreadable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-42" />
        <source>metadata damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+76" />
        <source>the RAW file has no embedded preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>not a RAW file Exiv2 can read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/recordspage.cpp" line="+97" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1 new, %2 updates, %3 with problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>read as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Columns that match no field, left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Nothing can be imported until every row is right: correct the file and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Becomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Made public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>update of #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Make public what %n row(s) would take out of confidence (see "Made public")</source>
        <translation>
            <numerusform>Make public what %n row would take out of confidence (see "Made public")</numerusform><numerusform>Make public what %n rows would take out of confidence (see "Made public")</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../app/gui/importpanel.cpp" line="+23" />
        <source>Cancel Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Stop importing; what is done is kept, and adding the folder again resumes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Importing %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Importing %n folder(s) and file(s)</source>
        <translation>
            <numerusform>Importing %n folder or file</numerusform><numerusform>Importing %n folders and files</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looking for clips and photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>%1 done, %2 found so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>%1 files/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-20" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%n file(s) could not be imported. Files that failed are in the library, marked as failed, with the reason.</source>
        <translation>
            <numerusform>%n file could not be imported. Files that failed are in the library, marked as failed, with the reason.</numerusform><numerusform>%n files could not be imported. Files that failed are in the library, marked as failed, with the reason.</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>Skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 added, %2 failed. Add the folder again to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 added, %2 updated, %3 unchanged, %4 moved, %5 failed in %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IngestJob</name>
    <message>
        <location filename="../../app/ingest/ingestjob.cpp" line="+205" />
        <location line="+383" />
        <source>cannot read the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-173" />
        <source>deleted while it was being scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+197" />
        <source>deleted before it was analysed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+65" />
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <source>analysis: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>cannot be catalogued: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+109" />
        <source>cannot mark missing files offline: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../widgets/inspector.cpp" line="+50" />
        <source>Shot size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Season</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Weather</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Camera movement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>What the shot shows: place, light, what makes it useful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Add a tag, e.g. 海岸 or 场景/老街 (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Rights holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>All rights reserved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Licensed for promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Licensed for broadcast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Public domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Licence expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The location (外景地) this clip or photo shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Technical facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>New Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Name of the location (it is added to the location base to review):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+94" />
        <source>Nothing selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Select clips or photos to see their facts and to describe and tag them. With several selected, what you change here applies to all of them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform><numerusform>%n items selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Changes apply to all %n selected items.</source>
        <translation>
            <numerusform>Changes apply to the %n selected item.</numerusform><numerusform>Changes apply to all %n selected items.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes apply to all of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>(different values)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>The licence expired on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Only some of the selected items have this tag. Click to remove it from all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Click to remove the tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+44" />
        <source>＋ %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>＋ %1 (%n)</source>
        <translation>
            <numerusform>＋ %1 (%n)</numerusform><numerusform>＋ %1 (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The light where and when it was filmed says %1: click to tag %n of them</source>
        <translation>
            <numerusform>The light where and when it was filmed says %1: click to tag it</numerusform><numerusform>The light where and when it was filmed says %1: click to tag %n of them</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The picture looks like %1: click to tag %n of them</source>
        <translation>
            <numerusform>The picture looks like %1: click to tag it</numerusform><numerusform>The picture looks like %1: click to tag %n of them</numerusform></translation>
    </message>
    <message>
        <location line="+89" />
        <source>— none —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>New location…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>(different locations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Offline — the file is not at hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Format class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%1°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Container</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Video codec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Bit depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%1-bit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Pixel format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>HDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>none (SDR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Bit rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 Mbit/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2 ch, %3 Hz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Timecode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>, %1 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>GPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Sharpness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Brightness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-2" />
        <source>nobody seen (an empty shot)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>up to %n seen</source>
        <translation>
            <numerusform>up to %n seen</numerusform><numerusform>up to %n seen</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>not analysed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Golden hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Blue hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 (the sun %2° above the horizon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 (the sun %2° below the horizon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>cyan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>pink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>brown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>white</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>black</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>bright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>could not be done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Content hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No picture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationStore</name>
    <message>
        <location filename="../../database/locationstore.cpp" line="+35" />
        <source>A location needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+113" />
        <source>ReelAtlas — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>&lt;h2&gt;The catalog cannot be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+52" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Could Not Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The change could not be saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>Best match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Longest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Shortest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Order of the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Save Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Keep this search in the sidebar as a smart collection that stays up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+132" />
        <source>Narrow the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Thumbnail size (Ctrl+Plus / Ctrl+Minus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>&amp;New Catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find the clips and photos in a folder and add them to the library (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Save Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tag Selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Add Tag in the &amp;Inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remove from Catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Forget the selected items; their files stay where they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-173" />
        <location line="+228" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-172" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-145" />
        <source>Opening the catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+384" />
        <source>%n clip(s) and photo(s)</source>
        <translation>
            <numerusform>%n clip or photo</numerusform><numerusform>%n clips and photos</numerusform></translation>
    </message>
    <message>
        <location line="-32" />
        <source>&lt;h2&gt;The library is empty&lt;/h2&gt;&lt;p&gt;Add a folder of clips and photos, or drop folders on this window. ReelAtlas finds every clip and photo inside, reads its technical facts and makes posters and filmstrips.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-422" />
        <source>Drop a picture or clip here to find what looks like it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+333" />
        <source>&amp;Thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Large preview with the filmstrip (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;revious Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Larger Thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Smaller Thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Library and Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>I&amp;mport Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find &amp;Similar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The clips and photos that look most like the current one, nearest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Groups of copies: the same photo or clip resized, re-encoded or trimmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Analyse Pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find shots, people and copies in the pictures not analysed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Search Syntax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About ReelAtlas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>&lt;h3&gt;Nothing matches “%1”&lt;/h3&gt;&lt;p&gt;Try fewer words or filters, or press Esc to see everything.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%1 of %2 match</source>
        <translation>
            <numerusform>%1 of %2 matches</numerusform><numerusform>%1 of %2 match</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>The search could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Not understood: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>Tag %n Selected Item(s) with %1</source>
        <translation>
            <numerusform>Tag %n Selected Item with %1</numerusform><numerusform>Tag %n Selected Items with %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Remove %1 from %n Selected Item(s)</source>
        <translation>
            <numerusform>Remove %1 from %n Selected Item</numerusform><numerusform>Remove %1 from %n Selected Items</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>New Tag Inside…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-8" />
        <source>Merge into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Move to the Top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>New Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Delete Saved Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Save the Current Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>New Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new tag (use / for levels, e.g. 场景/老街):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Name of the new tag inside %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Rename Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>New name for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Merge Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Merge %1 into which tag? Its clips, photos and tags inside it move there, and %1 goes away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Delete Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag %1 and the tags inside it? %n clip(s) and photo(s) lose it; they stay in the library. You can undo this.</source>
        <translation>
            <numerusform>Delete the tag %1 and the tags inside it? %n clip or photo loses it; it stays in the library. You can undo this.</numerusform><numerusform>Delete the tag %1 and the tags inside it? %n clips and photos lose it; they stay in the library. You can undo this.</numerusform></translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type a search first; saving it keeps it in the sidebar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Save Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Name of the smart collection for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Rename Saved Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>%n copy(ies) removed from the catalog; the files are untouched (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>%n copy removed from the catalog; the file is untouched (Ctrl+Z brings it back)</numerusform><numerusform>%n copies removed from the catalog; the files are untouched (Ctrl+Z brings them back)</numerusform></translation>
    </message>
    <message>
        <location line="+59" />
        <source>The poster could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+76" />
        <source>Select clips or photos to tag first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Tag Selected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Tag %n selected item(s) with (e.g. 天气/晴, 场景/老街):</source>
        <translation>
            <numerusform>Tag %n selected item with (e.g. 天气/晴, 场景/老街):</numerusform><numerusform>Tag %n selected items with (e.g. 天气/晴, 场景/老街):</numerusform></translation>
    </message>
    <message>
        <location line="+18" />
        <source>Remove from Catalog</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove %n item(s) from the catalog? Their tags and descriptions go too. The files themselves are not touched, and you can undo this.</source>
        <translation>
            <numerusform>Remove %n item from the catalog? Its tags and description go too. The file itself is not touched, and you can undo this.</numerusform><numerusform>Remove %n items from the catalog? Their tags and descriptions go too. The files themselves are not touched, and you can undo this.</numerusform></translation>
    </message>
    <message>
        <location line="+92" />
        <source>An import is running; drop the files again when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Select clips and photos in the Empty-lens library first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <location line="+4" />
        <source>Correct or revert the changes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Select clips and photos in the Empty-lens library first, then link them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Link to location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Add Folder to the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>An import is running; add more when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+65" />
        <source>Looking at %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>it could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Nothing to compare %1 by: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>New Catalog: Choose an Empty Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>New Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not empty. Choose an empty folder for a new catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <location line="+6" />
        <source>Open Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not a ReelAtlas catalog (it has no %2). Use New Catalog to start one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>No recent catalogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The new language applies when ReelAtlas starts again. Restart now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&lt;h3&gt;Searching&lt;/h3&gt;&lt;p&gt;Type words in Chinese, English, full pinyin or pinyin initials: &lt;b&gt;古镇&lt;/b&gt;, &lt;b&gt;guzhen&lt;/b&gt; and &lt;b&gt;gz&lt;/b&gt; all find 古镇. Every word must match (title, description, tags, file name, camera, codec, format class). A leading &lt;b&gt;-&lt;/b&gt; excludes: &lt;b&gt;-雨&lt;/b&gt;. Quotes keep words together: &lt;b&gt;"old street"&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Add filters in the same box:&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&lt;p&gt;Numbers take &amp;lt;, &amp;lt;=, &amp;gt;, &amp;gt;=, = or a range a..b. Click a value in “Narrow the results” to add or remove its filter; save a search to keep it in the sidebar.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Search Syntax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>About ReelAtlas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;ReelAtlas %1&lt;/h3&gt;&lt;p&gt;A media-asset library for film-location resource centres: the empty-lens library of clips and photos, with locations, facilities and experts to come.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../widgets/mapview.cpp" line="+113" />
        <source>Drag to move, scroll to zoom, click a pin to select it; Shift-drag a rectangle to search in it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MbTiles</name>
    <message>
        <location filename="../../widgets/geomap.cpp" line="+246" />
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location line="+7" />
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>%1 takes too long to read (its tiles view does not end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not an MBTiles file (it has no tiles table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>%1 holds vector tiles; ReelAtlas draws raster (PNG or JPEG) tiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 holds tiles of a kind ReelAtlas does not draw (it draws PNG, JPEG and WebP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>%1 was not read to the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged: its lowest zoom level is above its highest</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaProcessor</name>
    <message>
        <location filename="../../media/mediaprocessor.cpp" line="+123" />
        <source>cannot read the file's details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>not a JPEG, PNG, TIFF, WebP, HEIF or JPEG XL picture (unrecognised content)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../../database/migrations.cpp" line="+43" />
        <source>no migrations for the %1 were compiled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot read the %1's schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the %1 was written by a newer ReelAtlas (schema version %2; this ReelAtlas knows up to %3). Update ReelAtlas to open it; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>upgrading the %1 to schema version %2 (%3) failed: %4. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleDetector</name>
    <message>
        <location filename="../../media/peopledetector.cpp" line="+80" />
        <source>faces are not looked for: the face classifier of opencv-data is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>faces are not looked for: %1 could not be read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoAnalyzer</name>
    <message>
        <location filename="../../media/photoanalyzer.cpp" line="+53" />
        <location line="+5" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+221" />
        <location line="+209" />
        <source>not a readable %1 image: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-420" />
        <source>the picture is too large to make a thumbnail (%1 × %2 pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+183" />
        <location line="+69" />
        <location line="+4" />
        <location line="+58" />
        <location line="+40" />
        <location line="+7" />
        <location line="+46" />
        <location line="+6" />
        <source>the picture data is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-230" />
        <source>no pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+83" />
        <location line="+6" />
        <source>not a readable HEIF image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <location line="+135" />
        <location line="+13" />
        <source>the picture data is damaged: no pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-129" />
        <source>not a RAW picture LibRaw reads: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>out of memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>JPEG XL decoding failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the file ends too early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>no header</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PosterMaker</name>
    <message>
        <location filename="../../app/ingest/postermaker.cpp" line="+41" />
        <source>the file is not there (moved, deleted, or its drive is not connected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>no picture could be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>no picture could be decoded at %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../widgets/previewdialog.cpp" line="+157" />
        <source>No picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+79" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>◀ Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The previous item in the grid (Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The next item in the grid (Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open in Player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open the file in the system's player or viewer (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show in Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Close the preview (Space or Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Export Shots…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Save the shot list as an EDL for editing programs, or as CSV for spreadsheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Export Shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>EDL for editing programs (*.edl);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Show where the analysis saw people in the picture (P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+25" />
        <source>Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-23" />
        <source>Make a frame of the clip its poster, the picture the library shows for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Use the Frame Shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Use the Frame at a Time…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Let ReelAtlas Pick It</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Use the Frame Shown (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Use the Frame Shown (click a frame of the strip or a shot first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Make the frame at this time the poster (seconds from the start):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>The shots the analysis found; click one to see its frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Find Similar to This Shot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Use This Shot's Frame as the Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+80" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Offline: the file is not at hand (drive unplugged, moved or deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Preview — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Nobody seen: an empty shot</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Up to %n people seen</source>
        <translation>
            <numerusform>Up to %n person seen</numerusform><numerusform>Up to %n people seen</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Poster: the frame at %1, chosen by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+87" />
        <source>Shots saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The shots could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Making the poster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>The poster could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Shot %1 of %2, %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>begins with a dissolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>begins with a fade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>No program to open %1 was found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductionStore</name>
    <message>
        <location filename="../../database/productionstore.cpp" line="+40" />
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Visited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+95" />
        <source>a production needs a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1: "%2" is not a date (for example 2025-03-01)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the shoot ends (%1) before it starts (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the production's base needs a valid latitude and longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>status: "%1" is neither open nor closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <location line="+71" />
        <source>candidate status "%1" is not one of proposed, visited, chosen, rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>there is no production %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>there is no location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>there is no expert %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductionsPage</name>
    <message>
        <location filename="../../widgets/productionspage.cpp" line="+115" />
        <source>Export Scout Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+699" />
        <source>Export Scout Package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-687" />
        <source>New Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <location line="+632" />
        <source>Correct or revert the changes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-617" />
        <source>Choose a production, or make a new one for a producer's request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The language of the package, whatever the program's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <location line="+1" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>36.0671, 120.3826 (WGS-84)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>What the production is looking for: a 1930s street near the sea, night scenes possible…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>English title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Producer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Shooting dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>What is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Base address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Base coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+18" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-17" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Candidate locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+50" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-50" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>From base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Notes for this production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Add Locations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+46" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-45" />
        <source>Move Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Move Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Experts suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Role for this production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Add Experts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Reference clips and photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Add the Clips and Photos Selected in the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Remove All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+167" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-126" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete the production %1? Its locations, experts and clips stay. You can undo this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>%1 candidates, %2 chosen</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+90" />
        <source>%n: %1</source>
        <translation>
            <numerusform>%n: %1</numerusform><numerusform>%n: %1</numerusform></translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+72" />
        <source>A production needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The base coordinates are not coordinates (for example 36.0671, 120.3826).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is not a date (for example 2025-04-01).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The shoot ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>Choose or make a production first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Give the new production a title and save it; the locations are added then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Add to a Production</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Add %n location(s) to:</source>
        <translation>
            <numerusform>Add %n location to:</numerusform><numerusform>Add %n locations to:</numerusform></translation>
    </message>
    <message>
        <location line="+38" />
        <source>Writing the package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Cannot Write the Package</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform><numerusform>Wrote %1 (%n pages)</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <location filename="../../app/cli/progress.cpp" line="+49" />
        <source>%1 done, %2 found so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1/%2 files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>, %1 files/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>, ETA %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform><numerusform>, %n failed</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>ingest: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../widgets/recordeditor.cpp" line="+62" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+103" />
        <source>36.0671, 120.3826 — or paste from a map app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>BD-09 (Baidu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The coordinates as this kind of map shows them; they are stored as WGS-84 (GPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Copy as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Copy for map apps as %1 (longitude first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+64" />
        <source>Coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>several, separated by ; or ,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+53" />
        <source>Confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-47" />
        <source>Confidential contacts stay in the catalog: exports and scout packages leave them out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Add Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remove Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>Kept out of exports and scout packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Clips and photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Drag clips and photos here from the library, or files and folders from the file manager (they are imported), to link them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Use as Cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show in the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Unlink from This Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Link the Clips and Photos Selected in the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Shot within (by GPS), not linked yet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source> km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Link These</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Link the selected suggestions (or all of them) to this location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Use the Photo Selected in the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>No Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Nothing selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>New %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+98" />
        <source>Photo chosen: save to keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+9" />
        <source>No photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>%1
%2 m away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Cover: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Use the GPS of "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+65" />
        <source>Not coordinates yet: write latitude, longitude (36.0671, 120.3826)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+105" />
        <source>Not saved yet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+43" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordExchange</name>
    <message>
        <location filename="../../database/recordexchange.cpp" line="+218" />
        <source>the contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+142" />
        <source>not a CSV file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>the first row must name the columns; none of "%1" is a name, code or id column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>not a JSON file: %1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>item %1 is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+81" />
        <source>the code %1 is also on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the code %1 belongs to another record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the file holds no records</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n row(s) have problems; nothing was imported</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported</numerusform><numerusform>%n rows have problems; nothing was imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s) would make confidential fields or contacts public; nothing was imported without consent</source>
        <translation>
            <numerusform>%n row would make confidential fields or contacts public; nothing was imported without consent</numerusform><numerusform>%n rows would make confidential fields or contacts public; nothing was imported without consent</numerusform></translation>
    </message>
    <message>
        <location line="+19" />
        <source>line %1 (%2): %3; nothing was imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <location filename="../../database/recordschema.cpp" line="+20" />
        <source>Name and kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+63" />
        <location line="+40" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-102" />
        <source>Shooting conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Permits and fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+82" />
        <location line="+32" />
        <location line="+24" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-137" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <location line="+105" />
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-104" />
        <location line="+105" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-104" />
        <location line="+105" />
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-104" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Latitude (WGS-84)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Longitude (WGS-84)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Last verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+43" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-42" />
        <location line="+43" />
        <location line="+31" />
        <source>Name (Chinese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-73" />
        <location line="+43" />
        <location line="+31" />
        <source>Name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-73" />
        <location line="+43" />
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-42" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Interior / exterior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Eras it can portray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Best season</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Best light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Productions filmed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+38" />
        <location line="+32" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-69" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+41" />
        <source>Ceiling height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-39" />
        <location line="+42" />
        <source>Parking for trucks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-41" />
        <location line="+40" />
        <source>Power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-39" />
        <source>Toilets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Base camp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lodging nearby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Distance to transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Approvals needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Drone rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Service type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Stage area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Grid height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Fields of expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Representative works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Fee range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Consents to publication</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../widgets/recordlistmodel.cpp" line="+97" />
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Service type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Clips and photos</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../widgets/productionspage.cpp" line="-808" />
        <source>Add Candidate Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Add Experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Search by name, pinyin or initials, with filters (city:青岛 near:QD-0001 radius:20)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordQueryParser</name>
    <message>
        <location filename="../../database/recordquery.cpp" line="+47" />
        <source>category:海岸风光, category:coast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>setting:interior, setting:外景</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>era:民国, era:1930s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>season:秋, season:autumn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>tag:海边, tag:天气/晴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>has:photos, has:coordinates, has:contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>filmed:觉醒年代, filmed:2021</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>type:studio, type:影棚</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>expertise:历史, expertise:drone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>lang:英语, lang:English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>consent:yes, consent:no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>code:QD-0001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>city:青岛, city:Qingdao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>province:山东</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>region:崂山 (province, city or district)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>status:public, status:待审核</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>near:36.07,120.38, near:QD-0001 (a location's code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>radius:40, radius:500m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>box:35.9,120.1,36.3,120.7 (south, west, north, east)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>a quote is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>%1: does not understand "%2" (for example %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: needs a value (for example %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+139" />
        <source>radius: needs near: too (for example near:36.07,120.38 radius:40)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <location filename="../../widgets/recordreader.cpp" line="+139" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Interior / exterior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Era</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Service type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <location line="+78" />
        <source>It is no longer in the catalog.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordSchema</name>
    <message>
        <location filename="../../database/recordschema.cpp" line="+194" />
        <source>location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+190" />
        <source>a name is needed, in Chinese or in English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>%1: should be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1: longer than 500 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: "%2" is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1: cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1: "%2" is not a date (for example 2024-07-01)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: "%2" is neither yes nor no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>%1: "%2" is not one of: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <source>%1: should be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: needs a name, phone, e-mail or WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1: "%2" is not a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1: "%2" is not an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>coordinates: "%1" are not coordinates (for example 36.0671, 120.3826)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>coordinates: both latitude and longitude are needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>latitude %1 is outside -90 … 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>longitude %1 is outside -180 … 180</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>coordinates 0, 0 are in the sea off Africa: probably no fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>datum: "%1" is not WGS-84, GCJ-02 or BD-09</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>"%1" cannot be marked confidential</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <location filename="../../database/recordstore.cpp" line="+325" />
        <source>the code %1 is already used by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+238" />
        <source>near: there is no location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>near: %1 has no coordinates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../widgets/recordspage.cpp" line="-90" />
        <source>%1 is neither CSV nor JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+113" />
        <source>Best match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Nearest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Recently changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+49" />
        <source>Search locations: 古镇, guzhen or gz, plus category:海岸 setting:exterior era:民国 city:青岛 near:QD-0001 radius:20 (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Search facilities: words, type:影棚, city:青岛, near:36.07,120.38 radius:30 (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Search experts: words, expertise:历史, lang:英语, city:青岛, consent:yes (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+43" />
        <source>Order of the results (nearest first needs near: in the search)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Show the results on a map (works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Clips on Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Also show the clips and photos that have GPS, as small blue squares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>New Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>New Facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>New Expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Import / Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Import CSV or JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export These as CSV or JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+131" />
        <location line="+257" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-256" />
        <source>Delete %1 from the catalog? Its clips and photos stay in the library. You can undo this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Link to location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Unlink from location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Select the photo in the Empty-lens library first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+71" />
        <source>Not understood: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The search could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+49" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>within %1 km of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>Correct or revert the changes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Find Near This (%1 km)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Show on the Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Add to a Production…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Delete %n record(s) from the catalog? You can undo this.</source>
        <translation>
            <numerusform>Delete %n record from the catalog? You can undo this.</numerusform><numerusform>Delete %n records from the catalog? You can undo this.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform><numerusform>Delete %n records</numerusform></translation>
    </message>
    <message>
        <location line="-335" />
        <source>The offline map tiles cannot be used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+385" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheets and data (*.csv *.json *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Cannot Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Cannot Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Exported to %1 (confidential fields and contacts left out)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SavedSearchStore</name>
    <message>
        <location filename="../../database/savedsearchstore.cpp" line="+52" />
        <location line="+23" />
        <source>A saved search needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-11" />
        <location line="+20" />
        <source>There is already a saved search named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+24" />
        <source>The saved search is gone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <location filename="../../app/ingest/scanner.cpp" line="+41" />
        <source>a named pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>a socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+73" />
        <source>camera card thumbnails (the clips are catalogued with their own posters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>camera card proxies (low-resolution copies of the clips)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>P2 card companions (icons, voice memos and the audio of the clips)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>folder already scanned through another path (a symbolic link loop or a second link to it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>has a media file name but is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the same file as one already found (a hard or symbolic link)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <location line="+51" />
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-43" />
        <source>not a media file name (unknown extension)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>cannot read the folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>symbolic link loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>broken symbolic link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoutPackage</name>
    <message>
        <location filename="../../widgets/scoutpackage.cpp" line="+82" />
        <source>there is no production %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>%1 is not marked public yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <location line="+39" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-31" />
        <location line="+257" />
        <source>Location Scout Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-252" />
        <location line="+22" />
        <source>cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Visited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+97" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>No photos yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Prepared on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Producer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Shooting dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>What is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Production base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>From base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+114" />
        <source>%1 from the production base (straight line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>For Chinese map apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Key facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Notes for this production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+68" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-43" />
        <source>%1 is left out: no consent to publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+49" />
        <source>Suggested experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Reference footage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../widgets/searchfield.cpp" line="+19" />
        <source>Search: 古镇, guzhen or gz, plus filters such as tag:天气/晴 dur:&lt;10 hdr:yes (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settingsdialog.cpp" line="+26" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A new language applies when ReelAtlas starts again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Files read at once while importing; this computer has %n processor core(s).</source>
        <translation>
            <numerusform>Files read at once while importing; this computer has %n processor core.</numerusform><numerusform>Files read at once while importing; this computer has %n processor cores.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Find shots, people and copies in the background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>After an import and when ReelAtlas starts, pictures not yet analysed are looked at, at low priority. Library &gt; Analyse Pictures does it on request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>%1 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Thumbnail size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+31" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-28" />
        <source>Default Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Default catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Clear the List of Recent Catalogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Recent catalogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>None: the bundled world map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>An MBTiles file of raster map tiles (the standard offline-map format); maps draw them under the pins, without internet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Offline Map Tiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Offline map tiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>e.g. 青岛市电影局协拍服务中心</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Who sends the scout packages: printed on their cover and pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Office name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../widgets/sidebarmodel.cpp" line="+48" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Empty-lens library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Clips and photos (空镜头库): every catalogued asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Places productions can film (外景地库): search by words, region or distance, on a list or a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Facilities &amp; services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Studios, equipment rental, lodging and service companies (拍摄资源库)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Crew and advisers (专家库): DPs, location managers, historians, drone pilots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Productions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Productions' requests, their candidate locations and scout packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Volumes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>%1 — online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 — offline: its clips keep their posters and facts; connect the drive to open them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <location filename="../../database/tagstore.cpp" line="+40" />
        <source>"%1" is not a tag: a tag path has no empty levels (write 天气/晴)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>cannot create the tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+65" />
        <source>a tag name cannot be empty or contain "/"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <location line="+7" />
        <location line="+26" />
        <location line="+36" />
        <source>no such tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-82" />
        <location line="+32" />
        <source>there is already a tag %1 (merge the two instead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-8" />
        <location line="+28" />
        <source>a tag cannot go inside itself</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoAnalyzer</name>
    <message>
        <location filename="../../media/videoanalyzer.cpp" line="+582" />
        <location line="+117" />
        <location line="+151" />
        <location line="+39" />
        <source>out of memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-300" />
        <source>not a video file FFmpeg can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>stream details incomplete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>no picture: the file holds only audio (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+242" />
        <source>no video stream in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-185" />
        <source>Dolby Vision profile %1 without a compatible base layer: the poster's colours are approximate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location line="+188" />
        <source>no decoder for the %1 video codec in this FFmpeg build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-184" />
        <location line="+188" />
        <source>the picture is too large to decode (%1 × %2 pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-165" />
        <source>cannot open the %1 decoder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+88" />
        <location line="+203" />
        <location line="+1" />
        <source>no picture could be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-202" />
        <source>only %1 of %2 sample points could be decoded (the file may be damaged or truncated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>the frame at %1 s chosen for the poster could not be decoded; the poster is the best sampled frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>not a video file FFmpeg can read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <source>cannot open the %1 decoder: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+102" />
        <source>%n damaged packet(s) passed over</source>
        <translation>
            <numerusform>%n damaged packet passed over</numerusform><numerusform>%n damaged packets passed over</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkerClient</name>
    <message>
        <location filename="../../app/ingest/workerclient.cpp" line="+168" />
        <source>the media worker sent garbled data (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>timed out: the media worker spent more than %1 s on this file and was stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>stopped: the media worker used more than %1 s of processor time on this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the media worker crashed on this file (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the media worker quit on this file (exit status %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot start the media worker %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+58" />
        <source>ReelAtlas media-asset library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The catalog folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Interface language (zh_CN or en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Folders to import.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>