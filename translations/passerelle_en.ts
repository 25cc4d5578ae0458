<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistRepository</name>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>The checklist “%1” cannot be removed: %n assessment round (%2) was held with it. Remove those rounds first, or keep the checklist.</numerusform>
            <numerusform>The checklist “%1” cannot be removed: %n assessment rounds (%2) were held with it. Remove those rounds first, or keep the checklist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>Remove %n district</numerusform>
            <numerusform>Remove %n districts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>Exported %n stakeholder to %1.</numerusform>
            <numerusform>Exported %n stakeholders to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>Remove %n key figure</numerusform>
            <numerusform>Remove %n key figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>Remove %n origin</numerusform>
            <numerusform>Remove %n origins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>Total of the origins listed: %Ln migrant.</numerusform>
            <numerusform>Total of the origins listed: %Ln migrants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n stakeholder of the file is already in the city file.</numerusform>
            <numerusform>%n stakeholders of the file are already in the city file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n row below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</numerusform>
            <numerusform>%n rows below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</numerusform>
            <numerusform>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</numerusform>
        </translation>
    </message>
</context>
</TS>
