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
    <name>ContactsModel</name>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform>
            <numerusform>Remove %n contacts</numerusform>
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
    <name>InfluenceGrid</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>Move %n stakeholder on the grid</numerusform>
            <numerusform>Move %n stakeholders on the grid</numerusform>
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
    <name>StakeholderDetailEditor</name>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>%n stakeholder selected</numerusform>
            <numerusform>%n stakeholders selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n stakeholder(s)</source>
        <translation>
            <numerusform>%1 of %n stakeholder</numerusform>
            <numerusform>%1 of %n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>Duplicate %n stakeholder</numerusform>
            <numerusform>Duplicate %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Delete %n stakeholder</numerusform>
            <numerusform>Delete %n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>its %n relation</numerusform>
            <numerusform>its %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>their %n relation</numerusform>
            <numerusform>their %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>its %n engagement</numerusform>
            <numerusform>its %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>their %n engagement</numerusform>
            <numerusform>their %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>their %n seat in the City Stakeholder Group</numerusform>
            <numerusform>their %n seats in the City Stakeholder Group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>Delete %n stakeholder?</numerusform>
            <numerusform>Delete %n stakeholders?</numerusform>
        </translation>
    </message>
</context>
</TS>
