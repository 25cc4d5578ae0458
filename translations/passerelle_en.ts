<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPlanPane</name>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>Remove “%1” with its milestone, budget lines, indicators and progress log? Undo puts them back.</numerusform>
            <numerusform>Remove “%1” with its %n milestones, budget lines, indicators and progress log? Undo puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>On %1 the plan has %n action</numerusform>
            <numerusform>On %1 the plan has %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>%n validated priority will become adopted by the council.</numerusform>
            <numerusform>%n validated priorities will become adopted by the council.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>%n draft stays out: the council adopts what the stakeholder group validated.</numerusform>
            <numerusform>%n drafts stay out: the council adopts what the stakeholder group validated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Remove %n budget line</numerusform>
            <numerusform>Remove %n budget lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>%n event written: import the file in your calendar program; an export made later updates the same events.</numerusform>
            <numerusform>%n events written: import the file in your calendar program; an export made later updates the same events.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ChecklistsPane</name>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Delete the round “%1” and the answer given in it? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete the round “%1” and the %n answers given in it? Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (of %n city)</numerusform>
            <numerusform>%1 (of %n cities)</numerusform>
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
    <name>ContentCheck</name>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>it holds %n city where a city file holds one</numerusform>
            <numerusform>it holds %n cities where a city file holds one</numerusform>
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
    <name>EngagementLogPanel</name>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>%n engagement logged.</numerusform>
            <numerusform>%n engagements logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n follow-up overdue.</numerusform>
            <numerusform>%n follow-ups overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>Remove %n exchange</numerusform>
            <numerusform>Remove %n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n exchange, </numerusform>
            <numerusform>%n exchanges, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n with lessons learned.</numerusform>
            <numerusform>%n with lessons learned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n to come.</numerusform>
            <numerusform>%n to come.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
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
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>%1 of %n member attended</numerusform>
            <numerusform>%1 of %n members attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>Remove %n member from the group</numerusform>
            <numerusform>Remove %n members from the group</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>Remove %n value</numerusform>
            <numerusform>Remove %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>Remove %n indicator</numerusform>
            <numerusform>Remove %n indicators</numerusform>
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
    <name>InfluenceGridLayout</name>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>Imported from %1: %n record added, changed or removed.</numerusform>
            <numerusform>Imported from %1: %n records added, changed or removed.</numerusform>
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
    <name>OverdueFollowUpsDialog</name>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n follow-up promised for a day already past and not logged as done. Double-click it to open its stakeholder&apos;s engagements and log it.</numerusform>
            <numerusform>%n follow-ups promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Due on %1, %n day ago</numerusform>
            <numerusform>Due on %1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>Remove %n partner city</numerusform>
            <numerusform>Remove %n partner cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n partner city, </numerusform>
            <numerusform>%n partner cities, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n twinning running today.</numerusform>
            <numerusform>%n twinnings running today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of %n action done</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of %n actions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>%n action ends later than the council adopted, by %1 days.</numerusform>
            <numerusform>%n actions end later than the council adopted, by up to %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (%n day later than adopted)</numerusform>
            <numerusform>%1 (%n days later than adopted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticesModel</name>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>Remove %n good practice</numerusform>
            <numerusform>Remove %n good practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n good practice matches the search, </numerusform>
            <numerusform>%n good practices match the search, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n from partner cities.</numerusform>
            <numerusform>%n from partner cities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n good practice, </numerusform>
            <numerusform>%n good practices, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>The priorities were prepared with the city&apos;s stakeholder group of %n member, listed in Annex A.</numerusform>
            <numerusform>The priorities were prepared with the city&apos;s stakeholder group of %n members, listed in Annex A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>The group met once.</numerusform>
            <numerusform>The group met %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>Remove %n progress note</numerusform>
            <numerusform>Remove %n progress notes</numerusform>
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
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>%n not placed: “Arrange automatically” places it</numerusform>
            <numerusform>%n not placed: “Arrange automatically” places them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>Placing %Ln stakeholder on the network…</numerusform>
            <numerusform>Placing %Ln stakeholders on the network…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n second so far</numerusform>
            <numerusform>%n seconds so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>A bar chart of the scores per area for %n round.</numerusform>
            <numerusform>A bar chart of the scores per area for %n rounds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>%n contact person&apos;s name</numerusform>
            <numerusform>%n contact persons&apos; names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>%n contact person&apos;s role</numerusform>
            <numerusform>%n contact persons&apos; roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>%n contact person&apos;s e-mail address</numerusform>
            <numerusform>%n contact persons&apos; e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>%n contact person&apos;s phone number</numerusform>
            <numerusform>%n contact persons&apos; phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>%n contact person&apos;s preferred language</numerusform>
            <numerusform>%n contact persons&apos; preferred languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n private note on stakeholders</numerusform>
            <numerusform>%n private notes on stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>who gave %n checklist answer</numerusform>
            <numerusform>who gave %n checklist answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>participants of %n consultation</numerusform>
            <numerusform>participants of %n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>author of %n progress entry</numerusform>
            <numerusform>authors of %n progress entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>participants of %n exchange</numerusform>
            <numerusform>participants of %n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>%n partner city&apos;s contact person</numerusform>
            <numerusform>%n partner cities&apos; contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>%n partner city&apos;s contact e-mail address</numerusform>
            <numerusform>%n partner cities&apos; contact e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>%n partner city&apos;s contact phone number</numerusform>
            <numerusform>%n partner cities&apos; contact phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>your record of imports from %n partner city</numerusform>
            <numerusform>your record of imports from %n partner cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>the base of your next merges: %n record as partners last shared it</numerusform>
            <numerusform>the base of your next merges: %n records as partners last shared them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n value of %1.%2</numerusform>
            <numerusform>%n values of %1.%2</numerusform>
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
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 of %Ln stakeholder</numerusform>
            <numerusform>%L1 of %Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
<context>
    <name>StakeholderImportReportPage</name>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>%n theme value left out: an import makes at most %1 themes. Choose what it means on the values step, or add the theme first.</numerusform>
            <numerusform>%n theme values left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>%n more value is not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</numerusform>
            <numerusform>%n more values are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</numerusform>
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
<context>
    <name>StakeholderTableModel</name>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>and %n more follow-up overdue</numerusform>
            <numerusform>and %n more follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>A network of %n relation between stakeholders.</numerusform>
            <numerusform>A network of %n relations between stakeholders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>The relations link %n stakeholder: too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</numerusform>
            <numerusform>The relations link %n stakeholders: too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</numerusform>
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
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>An influence/interest grid of %n stakeholder.</numerusform>
            <numerusform>An influence/interest grid of %n stakeholders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>It has %n member.</numerusform>
            <numerusform>It has %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>It has met once, on %1.</numerusform>
            <numerusform>It has met %n times, most recently on %1.</numerusform>
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
