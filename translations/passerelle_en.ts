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
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>Move %n stakeholder on the network</numerusform>
            <numerusform>Move %n stakeholders on the network</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
</TS>
