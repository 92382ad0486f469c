<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revoked</source>
        <translation>
            <numerusform>, %n revoked</numerusform>
            <numerusform>, %n revoked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptEditor</name>
    <message numerus="yes">
        <source>Comments (%n open)</source>
        <translation>
            <numerusform>Comments (%n open)</numerusform>
            <numerusform>Comments (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>The first %n row(s) of %1:</source>
        <translation>
            <numerusform>The first row of %1:</numerusform>
            <numerusform>The first %n rows of %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct the file and choose it again; nothing is imported until every row is valid.</source>
        <translation>
            <numerusform>%n row has errors. Correct the file and choose it again; nothing is imported until every row is valid.</numerusform>
            <numerusform>%n rows have errors. Correct the file and choose it again; nothing is imported until every row is valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) ready to import.</source>
        <translation>
            <numerusform>%n actor ready to import.</numerusform>
            <numerusform>%n actors ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) already in the district: </source>
        <translation>
            <numerusform>%n actor already in the district: </numerusform>
            <numerusform>%n actors already in the district: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (choose under “Already in the district”).</source>
        <translation>
            <numerusform>%n skipped (choose under “Already in the district”).</numerusform>
            <numerusform>%n skipped (choose under “Already in the district”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s) will be created: </source>
        <translation>
            <numerusform>%n new organisation will be created: </numerusform>
            <numerusform>%n new organisations will be created: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message numerus="yes">
        <source>%n district(s). Double-click (or Enter) opens the district.</source>
        <translation>
            <numerusform>%n district. Double-click (or Enter) opens the district.</numerusform>
            <numerusform>%n districts. Double-click (or Enter) opens the district.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s) – Enter opens the selected one</source>
        <translation>
            <numerusform>%n result – Enter opens it</numerusform>
            <numerusform>%n results – Enter opens the selected one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersWidget</name>
    <message numerus="yes">
        <source>Consent review due (%n)</source>
        <translation>
            <numerusform>Consent review due (%n)</numerusform>
            <numerusform>Consent review due (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n actor(s) on the map: {names}</source>
        <translation>
            <numerusform>Move %n actor on the map: {names}</numerusform>
            <numerusform>Move %n actors on the map: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n actor(s)</source>
        <translation>
            <numerusform>Import %n actor</numerusform>
            <numerusform>Import %n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synchronised</source>
        <translation>
            <numerusform>%n change waiting to be synchronised</numerusform>
            <numerusform>%n changes waiting to be synchronised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside</source>
        <translation>
            <numerusform>%n record set aside</numerusform>
            <numerusform>%n records set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronising … %n sent</source>
        <translation>
            <numerusform>Synchronising … %n sent</numerusform>
            <numerusform>Synchronising … %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronising … %n received</source>
        <translation>
            <numerusform>Synchronising … %n received</numerusform>
            <numerusform>Synchronising … %n received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open action item</numerusform>
            <numerusform>%n open action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open action items (%n)</source>
        <translation>
            <numerusform>Open action items (%n)</numerusform>
            <numerusform>Open action items (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
