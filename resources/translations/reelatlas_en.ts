<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackgroundAnalysis</name>
    <message numerus="yes">
        <source>%n could not be analysed</source>
        <translation>
            <numerusform>%n could not be analysed</numerusform>
            <numerusform>%n could not be analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) analysed, %1 could not be (see the inspector)</source>
        <translation>
            <numerusform>%n picture analysed, %1 could not be (see the inspector)</numerusform>
            <numerusform>%n pictures analysed, %1 could not be (see the inspector)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) analysed</source>
        <translation>
            <numerusform>%n picture analysed</numerusform>
            <numerusform>%n pictures analysed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group %1 (%n copies)</source>
        <translation>
            <numerusform>group %1 (%n copy)</numerusform>
            <numerusform>group %1 (%n copies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies among %1 analysed assets</source>
        <translation>
            <numerusform>%n group of copies among %1 analysed assets</numerusform>
            <numerusform>%n groups of copies among %1 analysed assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tagged %n asset(s) with %1</source>
        <translation>
            <numerusform>tagged %n asset with %1</numerusform>
            <numerusform>tagged %n assets with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %1 from %n asset(s)</source>
        <translation>
            <numerusform>removed %1 from %n asset</numerusform>
            <numerusform>removed %1 from %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>production #%1: %2 %n link(s)</source>
        <translation>
            <numerusform>production #%1: %2 %n link</numerusform>
            <numerusform>production #%1: %2 %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n page(s) in %2 s</source>
        <translation>
            <numerusform>wrote %1: %n page in %2 s</numerusform>
            <numerusform>wrote %1: %n pages in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n record(s)</source>
        <translation>
            <numerusform>removed %n record</numerusform>
            <numerusform>removed %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported</numerusform>
            <numerusform>%n rows have problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</source>
        <translation>
            <numerusform>%n row would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</numerusform>
            <numerusform>%n rows would make confidential fields or contacts public; nothing was imported (say --allow-public to allow it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n record(s)</source>
        <translation>
            <numerusform>exported %n record</numerusform>
            <numerusform>exported %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>linked %n clip(s) and photo(s)</source>
        <translation>
            <numerusform>linked %n clip or photo</numerusform>
            <numerusform>linked %n clips and photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unlinked %n clip(s) and photo(s)</source>
        <translation>
            <numerusform>unlinked %n clip or photo</numerusform>
            <numerusform>unlinked %n clips and photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No copies among %n analysed clip(s) and photo(s).</source>
        <translation>
            <numerusform>No copies among %n analysed clip or photo.</numerusform>
            <numerusform>No copies among %n analysed clips and photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</source>
        <translation>
            <numerusform>%n group of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</numerusform>
            <numerusform>%n groups of copies among %1 analysed clips and photos: %2 could be removed. Choose the one to keep in each group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message numerus="yes">
        <source>Remove %n item(s) from the catalog</source>
        <translation>
            <numerusform>Remove %n item from the catalog</numerusform>
            <numerusform>Remove %n items from the catalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Make public what %n row(s) would take out of confidence (see &quot;Made public&quot;)</source>
        <translation>
            <numerusform>Make public what %n row would take out of confidence (see &quot;Made public&quot;)</numerusform>
            <numerusform>Make public what %n rows would take out of confidence (see &quot;Made public&quot;)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <source>Importing %n folder(s) and file(s)</source>
        <translation>
            <numerusform>Importing %n folder or file</numerusform>
            <numerusform>Importing %n folders and files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. Files that failed are in the library, marked as failed, with the reason.</source>
        <translation>
            <numerusform>%n file could not be imported. Files that failed are in the library, marked as failed, with the reason.</numerusform>
            <numerusform>%n files could not be imported. Files that failed are in the library, marked as failed, with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes apply to all %n selected items.</source>
        <translation>
            <numerusform>Changes apply to the %n selected item.</numerusform>
            <numerusform>Changes apply to all %n selected items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>＋ %1 (%n)</source>
        <translation>
            <numerusform>＋ %1 (%n)</numerusform>
            <numerusform>＋ %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The light where and when it was filmed says %1: click to tag %n of them</source>
        <translation>
            <numerusform>The light where and when it was filmed says %1: click to tag it</numerusform>
            <numerusform>The light where and when it was filmed says %1: click to tag %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The picture looks like %1: click to tag %n of them</source>
        <translation>
            <numerusform>The picture looks like %1: click to tag it</numerusform>
            <numerusform>The picture looks like %1: click to tag %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n seen</source>
        <translation>
            <numerusform>up to %n seen</numerusform>
            <numerusform>up to %n seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n clip(s) and photo(s)</source>
        <translation>
            <numerusform>%Ln clip or photo</numerusform>
            <numerusform>%Ln clips and photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 match</source>
        <translation>
            <numerusform>%1 of %2 matches</numerusform>
            <numerusform>%1 of %2 match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) removed from the catalog; the files are untouched (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>%n copy removed from the catalog; the file is untouched (Ctrl+Z brings it back)</numerusform>
            <numerusform>%n copies removed from the catalog; the files are untouched (Ctrl+Z brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n selected item(s) with (e.g. 天气/晴, 场景/老街):</source>
        <translation>
            <numerusform>Tag %n selected item with (e.g. 天气/晴, 场景/老街):</numerusform>
            <numerusform>Tag %n selected items with (e.g. 天气/晴, 场景/老街):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from the catalog? Their tags and descriptions go too. The files themselves are not touched, and you can undo this.</source>
        <translation>
            <numerusform>Remove %n item from the catalog? Its tags and description go too. The file itself is not touched, and you can undo this.</numerusform>
            <numerusform>Remove %n items from the catalog? Their tags and descriptions go too. The files themselves are not touched, and you can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message numerus="yes">
        <source>Tag %n Selected Item(s) with %1</source>
        <translation>
            <numerusform>Tag %n Selected Item with %1</numerusform>
            <numerusform>Tag %n Selected Items with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n Selected Item(s)</source>
        <translation>
            <numerusform>Remove %1 from %n Selected Item</numerusform>
            <numerusform>Remove %1 from %n Selected Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag %1 and the tags inside it? %n clip(s) and photo(s) lose it; they stay in the library. You can undo this.</source>
        <translation>
            <numerusform>Delete the tag %1 and the tags inside it? %n clip or photo loses it; it stays in the library. You can undo this.</numerusform>
            <numerusform>Delete the tag %1 and the tags inside it? %n clips and photos lose it; they stay in the library. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) queued for the workers</source>
        <translation>
            <numerusform>%n file queued for the workers</numerusform>
            <numerusform>%n files queued for the workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoAnalyzer</name>
    <message numerus="yes">
        <source>the file ends after %n byte(s), before the picture&apos;s size</source>
        <translation>
            <numerusform>the file ends after %n byte, before the picture&apos;s size</numerusform>
            <numerusform>the file ends after %n bytes, before the picture&apos;s size</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>Up to %n people seen</source>
        <translation>
            <numerusform>Up to %n person seen</numerusform>
            <numerusform>Up to %n people seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductionsPage</name>
    <message numerus="yes">
        <source>%n: %1</source>
        <translation>
            <numerusform>%n: %1</numerusform>
            <numerusform>%n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n location(s) to:</source>
        <translation>
            <numerusform>Add %n location to:</numerusform>
            <numerusform>Add %n locations to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordExchange</name>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported</numerusform>
            <numerusform>%n rows have problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would make confidential fields or contacts public; nothing was imported without consent</source>
        <translation>
            <numerusform>%n row would make confidential fields or contacts public; nothing was imported without consent</numerusform>
            <numerusform>%n rows would make confidential fields or contacts public; nothing was imported without consent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) from the catalog? You can undo this.</source>
        <translation>
            <numerusform>Delete %n record from the catalog? You can undo this.</numerusform>
            <numerusform>Delete %n records from the catalog? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s); counting…</source>
        <translation>
            <numerusform>The first record; counting…</numerusform>
            <numerusform>The first %Ln records; counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Files read at once while importing; this computer has %n processor core(s).</source>
        <translation>
            <numerusform>Files read at once while importing; this computer has %n processor core.</numerusform>
            <numerusform>Files read at once while importing; this computer has %n processor cores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoAnalyzer</name>
    <message numerus="yes">
        <source>%n damaged packet(s) passed over</source>
        <translation>
            <numerusform>%n damaged packet passed over</numerusform>
            <numerusform>%n damaged packets passed over</numerusform>
        </translation>
    </message>
</context>
</TS>
