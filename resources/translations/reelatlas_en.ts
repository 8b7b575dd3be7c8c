<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AssetListModel</name>
    <message>
        <location filename="../../widgets/assetlistmodel.cpp" line="+160" />
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
        <location filename="../../database/assetquery.cpp" line="+207" />
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
        <location line="+11" />
        <source>a quote is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+72" />
        <source>%1: does not understand "%2" (for example %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: needs a value (for example %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetTileDelegate</name>
    <message>
        <location filename="../../widgets/assettiledelegate.cpp" line="+89" />
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
        <location line="+7" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
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
    <name>CatalogWriter</name>
    <message>
        <location filename="../../database/catalogwriter.cpp" line="+158" />
        <source>cannot write to the catalog %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+63" />
        <location line="+27" />
        <source>usage: reelatlas-cli [--catalog PATH] %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>The catalog folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>there is no asset with id %1 in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
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
        <location line="+2" />
        <source>%1 files found: %2 added, %3 updated, %4 unchanged, %5 relinked, %6 failed, %7 marked offline, %8 skipped (%9 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
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
        <location line="+19" />
        <source>name at least one folder or file to ingest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>cannot ingest %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
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
        <location line="+65" />
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
        <location line="+39" />
        <source>json (default) or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Only the assets that match the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Write to FILE instead of stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Start CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+122" />
        <source>--sort is relevance, newest, oldest, longest, shortest or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-119" />
        <source>--format is json or csv, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>export takes no arguments (use --query to choose assets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+303" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-266" />
        <source>cannot read the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>cannot write the export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Print the asset as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+177" />
        <source>name one asset, by id or by path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-162" />
        <source>Print the results as a JSON array of assets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>At most N results (default 100; 0 = all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>give the words to search for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>--limit needs a number</source>
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
        <location line="+40" />
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
        <location line="+12" />
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
        <source>Assets whose path, title, description, camera, codec, format class or tags contain all the words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Add a tag (天气/晴) to assets, or remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Write the poster at N pixels on the long edge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check the catalog's databases for damage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+18" />
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
        <location line="+37" />
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
    <name>IngestJob</name>
    <message>
        <location filename="../../app/ingest/ingestjob.cpp" line="+188" />
        <source>cannot read the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+194" />
        <source>deleted while it was being scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+159" />
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>cannot be catalogued: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+102" />
        <source>cannot mark missing files offline: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+38" />
        <source>ReelAtlas — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Find the clips and photos in a folder and add them to the library (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Thumbnail size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Opening the catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Stop importing; what is done is kept, and adding the folder again resumes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>The catalog %1 cannot be opened:
%2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n clip(s) and photo(s)</source>
        <translation>
            <numerusform>%n clip or photo</numerusform><numerusform>%n clips and photos</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h2&gt;The library is empty&lt;/h2&gt;&lt;p&gt;Add a folder of clips and photos, or drop folders on this window. ReelAtlas finds every clip and photo inside, reads its technical facts and makes posters and filmstrips.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Add Folder to the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Importing: %1 done, %2 found so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Importing: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>, %1 files/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>, %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Import failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import stopped: %1 added, %2 failed. Add the folder again to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Import finished: %1 added, %2 updated, %3 unchanged, %4 moved, %5 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Files not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>These files could not be read or were skipped. Files that failed are in the library, marked as failed, with the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Skipped: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaProcessor</name>
    <message>
        <location filename="../../media/mediaprocessor.cpp" line="+32" />
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
        <location line="+10" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>not a JPEG, PNG, TIFF, WebP or HEIF picture (unrecognised content)</source>
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
    <name>PhotoAnalyzer</name>
    <message>
        <location filename="../../media/photoanalyzer.cpp" line="+194" />
        <location line="+6" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>not a readable %1 image: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <location line="+78" />
        <source>the picture is too large to make a thumbnail (%1 × %2 pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-144" />
        <location line="+80" />
        <location line="+4" />
        <location line="+68" />
        <source>the picture data is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-152" />
        <source>no pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+94" />
        <location line="+6" />
        <source>not a readable HEIF image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>the picture data is damaged: no pixels</source>
        <translation type="unfinished" />
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
    <name>Scanner</name>
    <message>
        <location filename="../../app/ingest/scanner.cpp" line="+40" />
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
        <location line="+42" />
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
    <name>TagStore</name>
    <message>
        <location filename="../../database/tagstore.cpp" line="+38" />
        <source>"%1" is not a tag: a tag path has no empty levels (write 天气/晴)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>cannot create the tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+64" />
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
        <location filename="../../media/videoanalyzer.cpp" line="+473" />
        <location line="+114" />
        <source>out of memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-107" />
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
        <source>no video stream in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>Dolby Vision profile %1 without a compatible base layer: the poster's colours are approximate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>no decoder for the %1 video codec in this FFmpeg build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cannot open the %1 decoder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+88" />
        <source>no picture could be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>only %1 of %2 sample points could be decoded (the file may be damaged or truncated)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkerClient</name>
    <message>
        <location filename="../../app/ingest/workerclient.cpp" line="+125" />
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
        <location filename="../../app/gui/main.cpp" line="+27" />
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