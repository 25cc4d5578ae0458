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
    <name>TemplateEditor</name>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer in earlier rounds stays and still counts in the score of that round. You can bring the item back later.</numerusform>
            <numerusform>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answers in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>“%1” has %n answer in an earlier round, which deleting would lose.</numerusform>
            <numerusform>“%1” has %n answers in earlier rounds, which deleting would lose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
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
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n item in use</numerusform>
            <numerusform>%n items in use</numerusform>
        </translation>
    </message>
</context>
</TS>
