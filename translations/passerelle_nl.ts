<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Passerelle</source>
        <translation>Over Passerelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>The city integration officer&apos;s workbook: the city&apos;s migration profile, stakeholders, access to services, priorities and action plan, in one file.</source>
        <translation>Het werkboek van de integratieambtenaar van een stad: het migratieprofiel van de stad, de belanghebbenden, de toegang tot diensten, de prioriteiten en het actieplan, in één bestand.</translation>
    </message>
    <message>
        <source>Passerelle is free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Passerelle is vrije software: u mag het gebruiken, bestuderen, delen en wijzigen onder de voorwaarden van de &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). Het wordt geleverd zonder enige garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Gebouwd met Qt %1.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Vertraagd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Add a bu&amp;dget line</source>
        <translation>Begroti&amp;ngsregel toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected budget lines</source>
        <translation>De geselecteerde begrotingsregels verwijderen</translation>
    </message>
    <message>
        <source>Budget lines of the action</source>
        <translation>Begrotingsregels van de actie</translation>
    </message>
    <message>
        <source>Add a &amp;progress note</source>
        <translation>Voortgangs&amp;notitie toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected progress notes</source>
        <translation>De geselecteerde voortgangsnotities verwijderen</translation>
    </message>
    <message>
        <source>Progress log of the action</source>
        <translation>Voortgangslogboek van de actie</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Begr&amp;oting</translation>
    </message>
    <message>
        <source>Progress lo&amp;g</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>&amp;Indicatoren</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Indicator toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected indicators</source>
        <translation>De geselecteerde indicatoren verwijderen</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Indicatoren van de actie</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Gemeten waarde toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>De geselecteerde waarden verwijderen</translation>
    </message>
    <message>
        <source>Values measured for the indicator</source>
        <translation>Gemeten waarden van de indicator</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>T&amp;rekker:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Geef de actie een titel.</translation>
    </message>
    <message>
        <source>The end date is before the start date: change one of them.</source>
        <translation>De einddatum ligt vóór de startdatum: wijzig een van beide.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ActionPlanPane</name>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Mijlpaal toevoegen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Mijlpaal bewerken</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Actie als afgerond markeren</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Mijlpaal als bereikt markeren</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>“%1” verwijderen met de bijbehorende mijlpaal, begrotingsregels, indicatoren en het voortgangslogboek? Ongedaan maken zet ze terug.</numerusform>
            <numerusform>“%1” verwijderen met de bijbehorende %n mijlpalen, begrotingsregels, indicatoren en het voortgangslogboek? Ongedaan maken zet ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Mijlpaal verwijderen</translation>
    </message>
    <message>
        <source>Move action dates</source>
        <translation>Data van actie verplaatsen</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Mijlpaal verplaatsen</translation>
    </message>
    <message>
        <source>Timeline by &amp;month</source>
        <translation>Tijdlijn per &amp;maand</translation>
    </message>
    <message>
        <source>Timeline by &amp;quarter</source>
        <translation>Tijdlijn per &amp;kwartaal</translation>
    </message>
    <message>
        <source>Timeline by &amp;year</source>
        <translation>Tijdlijn per &amp;jaar</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>T&amp;rekker:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>&amp;Financiering:</translation>
    </message>
    <message>
        <source>Late &amp;only</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>&amp;Actie toevoegen…</translation>
    </message>
    <message>
        <source>Add milesto&amp;ne…</source>
        <translation>Mijl&amp;paal toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Als gereed &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Verwi&amp;jderen</translation>
    </message>
    <message>
        <source>Sho&amp;w the lead on the map</source>
        <translation>Trekker op de kaart &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Vandaa&amp;g</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Alle trekkers</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alle thema’s</translation>
    </message>
    <message>
        <source>Any funding source</source>
        <translation>Alle financieringsbronnen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>Where the plan stands</source>
        <translation>Stand van het plan</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>Op %1 telt het plan %n actie</numerusform>
            <numerusform>Op %1 telt het plan %n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>, adopted by the council on %1.</source>
        <translation>, goedgekeurd door de gemeenteraad op %1.</translation>
    </message>
    <message>
        <source>; it has not been adopted by the council yet.</source>
        <translation>; het is nog niet door de gemeenteraad goedgekeurd.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>acties afgerond</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>late: past their end or a milestone</source>
        <translation>te laat: einddatum of mijlpaal verstreken</translation>
    </message>
    <message>
        <source>progress (the mean of the actions&apos;)</source>
        <translation>voortgang (gemiddelde van de acties)</translation>
    </message>
    <message>
        <source>milestones done</source>
        <translation>mijlpalen bereikt</translation>
    </message>
    <message>
        <source>actions ending later than adopted</source>
        <translation>acties die later eindigen dan goedgekeurd</translation>
    </message>
    <message>
        <source>spent of %1 planned</source>
        <translation>uitgegeven van %1 gepland</translation>
    </message>
    <message>
        <source>committed, not yet paid</source>
        <translation>vastgelegd, nog niet betaald</translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>Nog geen voortgangsnotitie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a progress note&apos;s date, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is late and why</source>
        <translation>Wat te laat is en waarom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Latest progress note</source>
        <translation>Laatste voortgangsnotitie</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Geen enkele actie is te laat.</translation>
    </message>
    <message>
        <source>Days late: since the end date, or since the oldest milestone not done.</source>
        <translation>Dagen te laat: sinds de einddatum, of sinds de oudste mijlpaal die niet bereikt is.</translation>
    </message>
    <message>
        <source>Done since %1</source>
        <translation>Afgerond sinds %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>Mijlpaal bereikt: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat gedaan is</translation>
    </message>
    <message>
        <source>Nothing was recorded as done in this period.</source>
        <translation>In deze periode is niets als afgerond geregistreerd.</translation>
    </message>
    <message>
        <source>Slippage against the adopted plan</source>
        <translation>Verschuivingen ten opzichte van het goedgekeurde plan</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet: there are no adopted dates to compare with.</source>
        <translation>Het plan is nog niet goedgekeurd: er zijn geen goedgekeurde data om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Adopted end</source>
        <translation>Goedgekeurd einde</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>Huidig einde</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Every action keeps the dates the council adopted.</source>
        <translation>Alle acties behouden de data die de gemeenteraad heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>Days: how much later (+) or earlier (−) than adopted the action ends.</source>
        <translation>Dagen: hoeveel later (+) of vroeger (−) dan goedgekeurd de actie eindigt.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Begroting per financieringsbron</translation>
    </message>
    <message>
        <source>No budget line has been entered.</source>
        <translation>Er is nog geen begrotingsregel ingevoerd.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Aandeel uitgegeven</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(geen bron opgegeven)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Adopted: the planned amounts the council adopted with the plan.</source>
        <translation>Goedgekeurd: de geplande bedragen die de gemeenteraad met het plan heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>Action plan: status report</source>
        <translation>Actieplan: voortgangsrapport</translation>
    </message>
    <message>
        <source>Where the action plan of %1 stands on %2</source>
        <translation>Stand van het actieplan van %1 op %2</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situatie op %1</translation>
    </message>
    <message>
        <source>Plan adopted by the council on %1</source>
        <translation>Plan goedgekeurd door de gemeenteraad op %1</translation>
    </message>
    <message>
        <source>Plan not yet adopted</source>
        <translation>Plan nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>No action has dates yet.</source>
        <translation>Nog geen enkele actie heeft data.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>The action&apos;s priority</source>
        <translation>De prioriteit van de actie</translation>
    </message>
    <message>
        <source>The action&apos;s title</source>
        <translation>De titel van de actie</translation>
    </message>
    <message>
        <source>The lead stakeholder</source>
        <translation>De stakeholder die trekker is</translation>
    </message>
    <message>
        <source>A partner stakeholder</source>
        <translation>Een partnerstakeholder</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>De startdatum</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>De einddatum</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>De actie</translation>
    </message>
    <message>
        <source>The milestone&apos;s title</source>
        <translation>De titel van de mijlpaal</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>De vervaldatum</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>De naam van de indicator</translation>
    </message>
    <message>
        <source>The funding source</source>
        <translation>De financieringsbron</translation>
    </message>
    <message>
        <source>The planned amount</source>
        <translation>Het geplande bedrag</translation>
    </message>
    <message>
        <source>The amount spent</source>
        <translation>Het uitgegeven bedrag</translation>
    </message>
    <message>
        <source>The amount committed</source>
        <translation>Het vastgelegde bedrag</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>De indicator</translation>
    </message>
    <message>
        <source>The date of the value</source>
        <translation>De datum van de waarde</translation>
    </message>
    <message>
        <source>The date of the progress entry</source>
        <translation>De datum van de voortgangsnotitie</translation>
    </message>
    <message>
        <source>The progress entry&apos;s text</source>
        <translation>De tekst van de voortgangsnotitie</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code. Enter a code such as EUR, USD or MAD.</source>
        <translation>De valuta “%1” is geen code van drie letters. Voer een code in zoals EUR, USD of MAD.</translation>
    </message>
</context>
<context>
    <name>ActionWarnings</name>
    <message>
        <source>The milestone is due outside its action&apos;s dates (%1 to %2).</source>
        <translation>De vervaldatum van de mijlpaal valt buiten de data van de actie (%1 tot %2).</translation>
    </message>
    <message>
        <source>More has been spent than was planned.</source>
        <translation>Er is meer uitgegeven dan gepland.</translation>
    </message>
    <message>
        <source>The target equals the baseline: the indicator cannot show a change.</source>
        <translation>De streefwaarde is gelijk aan de nulmeting: de indicator kan geen verandering tonen.</translation>
    </message>
</context>
<context>
    <name>AdoptPlanCommand</name>
    <message>
        <source>Adoption by the council</source>
        <translation>Goedkeuring door de gemeenteraad</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the council’s adoption</source>
        <translation>Goedkeuring door de gemeenteraad registreren</translation>
    </message>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>%n gevalideerde prioriteit wordt goedgekeurd door de gemeenteraad.</numerusform>
            <numerusform>%n gevalideerde prioriteiten worden goedgekeurd door de gemeenteraad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>%n concept blijft buiten beschouwing: de gemeenteraad keurt goed wat de stakeholdergroep heeft gevalideerd.</numerusform>
            <numerusform>%n concepten blijven buiten beschouwing: de gemeenteraad keurt goed wat de stakeholdergroep heeft gevalideerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan’s dates and budgets as they are that day become the baseline that delays are measured against.</source>
        <translation>De data en begrotingen van het plan zoals ze op die dag zijn, worden de referentie waartegen vertragingen worden gemeten.</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Goedkeuring registreren</translation>
    </message>
    <message>
        <source>Adopted by the council &amp;on:</source>
        <translation>Goedgekeurd door de gemeenteraad &amp;op:</translation>
    </message>
    <message>
        <source>Give the day of the council’s vote.</source>
        <translation>Geef de dag van de stemming in de gemeenteraad op.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>De datum</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Gedeeltelijk voldaan</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Niet voldaan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Da&amp;ted:</source>
        <translation>Geda&amp;teerd:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>Onderbo&amp;uwing:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Bro&amp;n:</translation>
    </message>
    <message>
        <source>Answered &amp;by (personal data):</source>
        <translation>Beantwoord door (&amp;persoonsgegevens):</translation>
    </message>
    <message>
        <source>What shows it:</source>
        <translation>Waaruit het blijkt:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Key %1 in the list</source>
        <translation>Toets %1 in de lijst</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Kies een criterium in de lijst.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; Enter edits the evidence</source>
        <translation>1 voldaan, 2 gedeeltelijk voldaan, 3 niet voldaan, 4 onbekend, 5 niet van toepassing; Enter bewerkt de onderbouwing</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Antwoord op “%1”</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message>
        <source>No item of this area is answered met, partly met or not met yet.</source>
        <translation>Nog geen enkel criterium van dit domein is beantwoord met voldaan, gedeeltelijk voldaan of niet voldaan.</translation>
    </message>
    <message>
        <source>No earlier round of this checklist.</source>
        <translation>Geen eerdere ronde van deze checklist.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 ptn</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekkingsgraad</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>“%1” is not a file but a folder, a device or a pipe, which Passerelle does not read. Save what you want to import as a file, then choose that file.</source>
        <translation>“%1” is geen bestand maar een map, een apparaat of een pipe, die Passerelle niet leest. Sla wat u wilt importeren op als bestand en kies dan dat bestand.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>What for</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>%1 spent of %2 planned.</source>
        <translation>%1 uitgegeven van %2 gepland.</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>Gemeentebegroting</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as %2.</source>
        <translation>“%1” is geen bedrag: typ een getal zoals %2.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Begrotingsregel toevoegen</translation>
    </message>
    <message>
        <source>Edit budget line “%1”</source>
        <translation>Begrotingsregel “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove budget line “%1”</source>
        <translation>Begrotingsregel “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>%n begrotingsregel verwijderen</numerusform>
            <numerusform>%n begrotingsregels verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>Niets te exporteren</translation>
    </message>
    <message>
        <source>The action plan has no milestone and no action with an end date yet: there is nothing to put in a calendar.</source>
        <translation>Het actieplan heeft nog geen mijlpaal en geen actie met een einddatum: er is niets om in een agenda te zetten.</translation>
    </message>
    <message>
        <source>%1 action plan</source>
        <comment>calendar file name</comment>
        <translation>Actieplan %1</translation>
    </message>
    <message>
        <source>Export the action plan&apos;s calendar</source>
        <translation>De agenda van het actieplan exporteren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>De agenda is niet geschreven</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Agenda geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>%n gebeurtenis geschreven: importeer het bestand in uw agendaprogramma; een latere export werkt dezelfde gebeurtenissen bij.</numerusform>
            <numerusform>%n gebeurtenissen geschreven: importeer het bestand in uw agendaprogramma; een latere export werkt dezelfde gebeurtenissen bij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n gebeurtenis geschreven naar %1</numerusform>
            <numerusform>%n gebeurtenissen geschreven naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>The calendar for “%1” could not be made: the computer is out of memory. Close other programs, then export again.</source>
        <translation>De agenda voor “%1” kon niet worden aangemaakt: de computer heeft onvoldoende geheugen. Sluit andere programma’s en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a city file can be opened; never writes to it.</source>
        <translation>Controleren of een stadsbestand kan worden geopend; schrijft er nooit in.</translation>
    </message>
    <message>
        <source>The city file to check.</source>
        <translation>Het te controleren stadsbestand.</translation>
    </message>
    <message>
        <source>check takes exactly one FILE.</source>
        <translation>check verwacht precies één FILE.</translation>
    </message>
    <message>
        <source>%1: OK (format version %2)</source>
        <translation>%1: OK (formaatversie %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The areas of the checklist changed meanwhile; nothing was moved. Try again.</source>
        <translation>De domeinen van de checklist zijn intussen gewijzigd; er is niets verplaatst. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The items of the area changed meanwhile; nothing was moved. Try again.</source>
        <translation>De criteria van het domein zijn intussen gewijzigd; er is niets verplaatst. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>De titel van de checklist</translation>
    </message>
    <message>
        <source>The checklist&apos;s version</source>
        <translation>De versie van de checklist</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>De sleutel van de checklist</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>De checklist</translation>
    </message>
    <message>
        <source>The area&apos;s title</source>
        <translation>De titel van het domein</translation>
    </message>
    <message>
        <source>The area&apos;s key</source>
        <translation>De sleutel van het domein</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>Het domein</translation>
    </message>
    <message>
        <source>The item&apos;s statement</source>
        <translation>De formulering van het criterium</translation>
    </message>
    <message>
        <source>The item&apos;s key</source>
        <translation>De sleutel van het criterium</translation>
    </message>
    <message>
        <source>The version that added the item</source>
        <translation>De versie die het criterium heeft toegevoegd</translation>
    </message>
    <message>
        <source>The retirement date</source>
        <translation>De datum van intrekking</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Het criterium</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Het thema</translation>
    </message>
    <message>
        <source>The round&apos;s label</source>
        <translation>Het label van de ronde</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Beoordelingsronde</translation>
    </message>
    <message>
        <source>The round&apos;s date</source>
        <translation>De datum van de ronde</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>De ronde</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Een deelnemer</translation>
    </message>
    <message>
        <source>The evidence date</source>
        <translation>De datum van de onderbouwing</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1 moet 1 of meer zijn.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>De checklist “%1” kan niet worden verwijderd: er is %n beoordelingsronde (%2) mee gehouden. Verwijder eerst die ronde, of behoud de checklist.</numerusform>
            <numerusform>De checklist “%1” kan niet worden verwijderd: er zijn %n beoordelingsrondes (%2) mee gehouden. Verwijder eerst die rondes, of behoud de checklist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is not part of the checklist of round “%1”. Choose an item of that checklist.</source>
        <translation>Het criterium hoort niet bij de checklist van ronde “%1”. Kies een criterium van die checklist.</translation>
    </message>
    <message>
        <source>The item already has an answer in round “%1”. Edit that answer instead.</source>
        <translation>Het criterium heeft al een antwoord in ronde “%1”. Bewerk dat antwoord.</translation>
    </message>
    <message>
        <source>The checklist of round “%1” cannot change once the round has answers. Start a new round for the other checklist.</source>
        <translation>De checklist van ronde “%1” kan niet meer veranderen zodra de ronde antwoorden heeft. Start een nieuwe ronde voor de andere checklist.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPane</name>
    <message>
        <source>&amp;Answering</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Sc&amp;ores</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Knelpunten</translation>
    </message>
    <message>
        <source>Areas and &amp;items</source>
        <translation>Domeinen en &amp;criteria</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>N&amp;ieuwe ronde…</translation>
    </message>
    <message>
        <source>Edit ro&amp;und…</source>
        <translation>Rond&amp;e bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>Ronde &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>Vo&amp;lgend onbeantwoord criterium</translation>
    </message>
    <message>
        <source>Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; the arrows move, Enter edits the evidence.</source>
        <translation>Toetsen: 1 voldaan, 2 gedeeltelijk voldaan, 3 niet voldaan, 4 onbekend, 5 niet van toepassing; de pijltjes verplaatsen, Enter bewerkt de onderbouwing.</translation>
    </message>
    <message>
        <source>The items of the round answered not met or partly met: where the city&apos;s priorities can start. Double-click one to see it in the Answering tab.</source>
        <translation>De criteria van de ronde die met niet voldaan of gedeeltelijk voldaan zijn beantwoord: hier kunnen de prioriteiten van de stad beginnen. Dubbelklik erop om het criterium te zien op het tabblad Antwoorden.</translation>
    </message>
    <message>
        <source>Make a &amp;priority from this gap</source>
        <translation>Een &amp;prioriteit maken van dit knelpunt</translation>
    </message>
    <message>
        <source>A draft priority with the gap&apos;s theme, a rationale naming the item and its answer, and the item as its evidence</source>
        <translation>Een conceptprioriteit met het thema van het knelpunt, een motivering die het criterium en het antwoord noemt, en het criterium als onderbouwing</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New round “%1”</source>
        <translation>Nieuwe ronde “%1”</translation>
    </message>
    <message>
        <source>Edit round “%1”</source>
        <translation>Ronde “%1” bewerken</translation>
    </message>
    <message>
        <source>Delete the round “%1”? It has no answers yet.</source>
        <translation>Ronde “%1” verwijderen? Ze heeft nog geen antwoorden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Ronde “%1” en het antwoord dat erin is gegeven verwijderen? Bewerken &gt; Ongedaan maken zet het terug.</numerusform>
            <numerusform>Ronde “%1” en de %n antwoorden die erin zijn gegeven verwijderen? Bewerken &gt; Ongedaan maken zet ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <source>Delete round “%1”</source>
        <translation>Ronde “%1” verwijderen</translation>
    </message>
    <message>
        <source>No assessment round yet: start one with New round.</source>
        <translation>Nog geen beoordelingsronde: begin er een met Nieuwe ronde.</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 van %2 criteria beantwoord</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Toegang tot diensten</translation>
    </message>
</context>
<context>
    <name>CityComparison</name>
    <message>
        <source>%1 has no checklist “%2”: its areas are left empty.</source>
        <translation>%1 heeft geen checklist “%2”: de domeinen ervan blijven leeg.</translation>
    </message>
    <message>
        <source>%1 answered version %2 of “%3”, your city answered version %4: the questions may differ, compare these scores with care.</source>
        <translation>%1 beantwoordde versie %2 van “%3”, uw stad beantwoordde versie %4: de vragen kunnen verschillen, vergelijk deze scores voorzichtig.</translation>
    </message>
</context>
<context>
    <name>CityFile</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>het bestand of de map ervan is alleen-lezen</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself. Choose another name.</source>
        <translation>Een kopie kan het geopende bestand zelf niet vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>De kopie “%1” kon niet worden geschreven: %2. Kies een andere map of maak schijfruimte vrij.</translation>
    </message>
    <message>
        <source>The file “%1” could not be replaced. Close any program using it, or choose another name.</source>
        <translation>Het bestand “%1” kon niet worden vervangen. Sluit elk programma dat het gebruikt, of kies een andere naam.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written. Choose another folder.</source>
        <translation>De kopie “%1” kon niet worden geschreven. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>CityIdentityWidget</name>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Region, province or governorate</source>
        <translation>Regio, provincie of gouvernement</translation>
    </message>
    <message>
        <source>Census, municipal register, estimate…</source>
        <translation>Volkstelling, bevolkingsregister, schatting…</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>in &amp;jaar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>B&amp;evolking</translation>
    </message>
    <message>
        <source>Population &amp;source</source>
        <translation>Bron van het bevolkings&amp;cijfer</translation>
    </message>
    <message>
        <source>Edit the city&apos;s identity</source>
        <translation>Identiteit van de stad bewerken</translation>
    </message>
</context>
<context>
    <name>CitySummary</name>
    <message>
        <source>The file %1 could not be read for the comparison (%2). Check it with “passerelle-cli check” or ask its city for a new copy.</source>
        <translation>Het bestand %1 kon niet worden gelezen voor de vergelijking (%2). Controleer het met “passerelle-cli check” of vraag de stad om een nieuwe kopie.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: passerelle-cli COMMAND [options]
Works on Passerelle city files without the desktop program.

Commands:
</source>
        <translation>Gebruik: passerelle-cli OPDRACHT [opties]
Werkt met Passerelle-stadsbestanden zonder het desktopprogramma.

Opdrachten:
</translation>
    </message>
    <message>
        <source>Run “passerelle-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Voer “passerelle-cli OPDRACHT --help” uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Run “passerelle-cli %1 --help” for its options.</source>
        <translation>Voer “passerelle-cli %1 --help” uit voor de opties ervan.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a city with partner cities (scores with coverage, priorities, plan), as JSON.</source>
        <translation>Een stad vergelijken met partnersteden (scores met dekkingsgraad, prioriteiten, plan), als JSON.</translation>
    </message>
    <message>
        <source>Your city file.</source>
        <translation>Uw stadsbestand.</translation>
    </message>
    <message>
        <source>One or more partner cities&apos; files.</source>
        <translation>Een of meer bestanden van partnersteden.</translation>
    </message>
    <message>
        <source>The day actions are late on (YYYY-MM-DD); today when not given.</source>
        <translation>De dag waarop wordt bepaald welke acties te laat zijn (JJJJ-MM-DD); vandaag als niets is opgegeven.</translation>
    </message>
    <message>
        <source>compare takes your FILE and at least one PARTNER file.</source>
        <translation>compare verwacht uw FILE en minstens één PARTNER-bestand.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today verwacht een datum als JJJJ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Network median</source>
        <translation>Mediaan van het netwerk</translation>
    </message>
    <message>
        <source>Your city: %1</source>
        <translation>Uw stad: %1</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Laatste ronde</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteiten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Vertraagd</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1: gepland</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1: vastgelegd</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1: uitgegeven</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Goede praktijken</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>From partners</source>
        <translation>Van partners</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (van %n stad)</numerusform>
            <numerusform>%1 (van %n steden)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>nog geen ronde</translation>
    </message>
    <message>
        <source>This city does not have this checklist.</source>
        <translation>Deze stad heeft deze checklist niet.</translation>
    </message>
    <message>
        <source>Another version than yours (%1): the questions may differ.</source>
        <translation>Een andere versie dan de uwe (%1): de vragen kunnen verschillen.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 beantwoord)</translation>
    </message>
    <message>
        <source>no score (%1 answered)</source>
        <translation>geen score (%1 beantwoord)</translation>
    </message>
    <message>
        <source>%1 of %2 items answered; the change is in points since the city&apos;s previous round.</source>
        <translation>%1 van %2 criteria beantwoord; de verandering is in punten sinds de vorige ronde van de stad.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with partner cities</source>
        <translation>Vergelijken met partnersteden</translation>
    </message>
    <message>
        <source>Your city’s file: %1</source>
        <translation>Bestand van uw stad: %1</translation>
    </message>
    <message>
        <source>&amp;Add partner file…</source>
        <translation>Partnerbestand &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gelijken</translation>
    </message>
    <message>
        <source>Each score stands with its coverage (items answered of items asked); ▲ ▼ the change in points since the city’s previous round. Cities are not ranked.</source>
        <translation>Elke score staat naast de dekkingsgraad (beantwoorde criteria van de gestelde criteria); ▲ ▼ de verandering in punten sinds de vorige ronde van de stad. Steden worden niet gerangschikt.</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Toegang tot diensten</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Prioriteiten per thema</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Open your city’s file first: the comparison puts partner cities beside it.</source>
        <translation>Open eerst het bestand van uw stad: de vergelijking zet de partnersteden ernaast.</translation>
    </message>
    <message>
        <source>Choose a partner city’s file</source>
        <translation>Bestand van een partnerstad kiezen</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Passerelle-stadsbestanden (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <source>The chart shows the first %1 cities; the table below shows all %2.</source>
        <translation>De grafiek toont de eerste %1 steden; de tabel eronder toont ze alle %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionDefences</name>
    <message>
        <source>The database engine could not be given its safety settings. Reinstall Passerelle; no file was changed.</source>
        <translation>De database-engine kon zijn veiligheidsinstellingen niet krijgen. Installeer Passerelle opnieuw; er is geen bestand gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Add &amp;stakeholder</source>
        <translation>Stakeholder &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nieuwe consultatie</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Consultatie bewerken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Group &amp;meeting:</source>
        <translation>&amp;Groepsvergadering:</translation>
    </message>
    <message>
        <source>Stake&amp;holders:</source>
        <translation>&amp;Stakeholders:</translation>
    </message>
    <message>
        <source>&amp;Participants (personal data):</source>
        <translation>Dee&amp;lnemers (persoonsgegevens):</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Wat ze zeiden:</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>De datum</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Groepsvergadering</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Wat ze zeiden</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>&amp;Add a consultation…</source>
        <translation>Consultatie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add a consultation</source>
        <translation>Consultatie toevoegen</translation>
    </message>
    <message>
        <source>Edit a consultation</source>
        <translation>Consultatie bewerken</translation>
    </message>
    <message>
        <source>Remove a consultation</source>
        <translation>Consultatie verwijderen</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Agreed</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet gegeven</translation>
    </message>
    <message>
        <source>Whether the person agreed to be contacted; check it before any mailing.</source>
        <translation>Of de persoon heeft ingestemd om gecontacteerd te worden; controleer dit vóór elke mailing.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Toestemming voor contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Contactpersoon “%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Contactpersoon “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove contact “%1”</source>
        <translation>Contactpersoon “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon verwijderen</numerusform>
            <numerusform>%n contactpersonen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;Add a contact</source>
        <translation>Contactpersoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>De geselecteerde contactpersonen verwijderen</translation>
    </message>
    <message>
        <source>Contact persons (personal data)</source>
        <translation>Contactpersonen (persoonsgegevens)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>it holds no city</source>
        <translation>het bevat geen stad</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>het bevat %n stad waar een stadsbestand er één bevat</numerusform>
            <numerusform>het bevat %n steden waar een stadsbestand er één bevat</numerusform>
        </translation>
    </message>
    <message>
        <source>its list of personal data is not the one Passerelle writes</source>
        <translation>de lijst met persoonsgegevens is niet de lijst die Passerelle schrijft</translation>
    </message>
    <message>
        <source>a record in the table “%1” refers to a record of the table “%2” that does not exist</source>
        <translation>een record in de tabel “%1” verwijst naar een record van de tabel “%2” dat niet bestaat</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value larger than Passerelle accepts (%3 MB)</source>
        <translation>de kolom “%1” van de tabel “%2” bevat een waarde die groter is dan Passerelle aanvaardt (%3 MB)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value of the wrong kind</source>
        <translation>de kolom “%1” van de tabel “%2” bevat een waarde van het verkeerde type</translation>
    </message>
    <message>
        <source>the table “%1” holds a value its rules forbid (for example a kind or a level Passerelle does not know)</source>
        <translation>de tabel “%1” bevat een waarde die de regels ervan verbieden (bijvoorbeeld een type of niveau dat Passerelle niet kent)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is empty where a value is required</source>
        <translation>de kolom “%1” van de tabel “%2” is leeg waar een waarde verplicht is</translation>
    </message>
    <message>
        <source>two records share a value that must be unique (index “%1”)</source>
        <translation>twee records delen een waarde die uniek moet zijn (index “%1”)</translation>
    </message>
    <message>
        <source>the index “%1” does not match its table</source>
        <translation>de index “%1” past niet bij zijn tabel</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file</source>
        <translation>Het CSV-bestand</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a stakeholder list may be. Split it into smaller files, then import each part.</source>
        <translation>“%1” is groter dan de %2 MB die een stakeholderlijst mag zijn. Splits het in kleinere bestanden en importeer dan elk deel.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>“%1” kan niet worden gelezen: %2. Controleer of het bestand bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. Split it into smaller files, or remove the columns and rows you do not need, then import each part.</source>
        <translation>“%1” is %2 MB, groter dan de %3 MB die een stakeholderlijst mag zijn. Splits het in kleinere bestanden, of verwijder de kolommen en rijen die u niet nodig hebt, en importeer dan elk deel.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV text file: it holds binary data (a spreadsheet workbook, an image or UTF-16 text). In your spreadsheet use “Save as” and choose CSV (UTF-8 or comma-separated), then import that file.</source>
        <translation>“%1” is geen CSV-tekstbestand: het bevat binaire gegevens (een rekenbladwerkmap, een afbeelding of UTF-16-tekst). Gebruik in uw rekenblad “Opslaan als” en kies CSV (UTF-8 of kommagescheiden), en importeer dan dat bestand.</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let Passerelle detect the encoding.</source>
        <translation>“%1” is geen geldige UTF-8-tekst. Kies de codering Windows-1252, of laat Passerelle de codering herkennen.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no stakeholder to import. Choose the file your spreadsheet saved, with a header line and one stakeholder per line.</source>
        <translation>“%1” is leeg: er is geen stakeholder om te importeren. Kies het bestand dat uw rekenblad heeft opgeslagen, met een kopregel en één stakeholder per regel.</translation>
    </message>
    <message>
        <source>“%1” does not look like text: it is full of control characters. In your spreadsheet use “Save as” and choose CSV, then import that file.</source>
        <translation>“%1” lijkt geen tekst: het staat vol stuurtekens. Gebruik in uw rekenblad “Opslaan als” en kies CSV, en importeer dan dat bestand.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” has more than %3 fields, more than a stakeholder list has columns. Remove the columns you do not need, or choose the separator the file uses, then import again.</source>
        <translation>Regel %1 van “%2” heeft meer dan %3 velden, meer dan een stakeholderlijst kolommen heeft. Verwijder de kolommen die u niet nodig hebt, of kies het scheidingsteken dat het bestand gebruikt, en importeer opnieuw.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 lines of stakeholders, more than one import takes. Split it into files of at most %2 lines, each with the header line, then import each part.</source>
        <translation>“%1” heeft meer dan %2 regels met stakeholders, meer dan één import aankan. Splits het in bestanden van hoogstens %2 regels, elk met de kopregel, en importeer dan elk deel.</translation>
    </message>
    <message>
        <source>“%1” is not valid CSV near line %2: a quote is misplaced or a quoted field is never closed. Check the quotes on that line, or save the file again from your spreadsheet as CSV.</source>
        <translation>“%1” is geen geldige CSV rond regel %2: een aanhalingsteken staat verkeerd of een veld tussen aanhalingstekens wordt nooit afgesloten. Controleer de aanhalingstekens op die regel, of sla het bestand opnieuw op als CSV vanuit uw rekenblad.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo city needs the built-in checklist, which is missing.</source>
        <translation>De demostad heeft de ingebouwde checklist nodig, maar die ontbreekt.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a fictional demo city file (also network-sized, for benchmarks).</source>
        <translation>Een fictief demostadsbestand maken (ook op netwerkschaal, voor prestatietests).</translation>
    </message>
    <message>
        <source>The new file; it must not exist.</source>
        <translation>Het nieuwe bestand; het mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>Language of the demo content: %1.</source>
        <translation>Taal van de demo-inhoud: %1.</translation>
    </message>
    <message>
        <source>Make N stakeholders and everything else in proportion (benchmarks).</source>
        <translation>N stakeholders maken en al de rest in verhouding (prestatietests).</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.</source>
        <translation>demo verwacht precies één FILE.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not “%2”.</source>
        <translation>--lang moet een van deze waarden zijn: %1, niet “%2”.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale moet een geheel getal van 1 tot %1 zijn.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>%1 gemaakt in %2 s.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo content for the language “%1” is missing from this build of Passerelle. Choose one of: %2.</source>
        <translation>De demo-inhoud voor de taal “%1” ontbreekt in deze versie van Passerelle. Kies een van deze talen: %2.</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <source>Migrant population as a share of the district&apos;s population</source>
        <translation>Migrantenbevolking als aandeel van de bevolking van de wijk</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migranten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Type a whole number, like %1, or leave the cell empty when the figure is not known; “%2” is not a number.</source>
        <translation>Typ een geheel getal, zoals %1, of laat de cel leeg als het cijfer niet bekend is; “%2” is geen getal.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Nieuwe wijk</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Wijk toevoegen</translation>
    </message>
    <message>
        <source>Edit the district “%1”</source>
        <translation>Wijk “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove the district “%1”</source>
        <translation>Wijk “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>%n wijk verwijderen</numerusform>
            <numerusform>%n wijken verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>No district yet. Add the city&apos;s districts to show where migrants live.</source>
        <translation>Nog geen wijk. Voeg de wijken van de stad toe om te tonen waar migranten wonen.</translation>
    </message>
    <message>
        <source>Enter the population and the migrant population of a district to see the migrants&apos; share.</source>
        <translation>Voer de bevolking en de migrantenbevolking van een wijk in om het aandeel migranten te zien.</translation>
    </message>
    <message>
        <source>In the districts with both figures: %1 residents, %2 of them migrants (%3).</source>
        <translation>In de wijken met beide cijfers: %1 inwoners, van wie %2 migranten (%3).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Parts of the city file</source>
        <translation>Onderdelen van het stadsbestand</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The city file is open. Every change is stored in it as soon as you make it: there is nothing to save.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Het stadsbestand is geopend. Elke wijziging wordt erin opgeslagen zodra u ze maakt: u hoeft niets op te slaan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
</context>
<context>
    <name>EngagementLogModel</name>
    <message>
        <source>Done (%1)</source>
        <translation>Gedaan (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Gepland op %1</translation>
    </message>
    <message>
        <source>The follow-up promised for %1 is still to be done.</source>
        <translation>De opvolging die voor %1 is beloofd, moet nog gebeuren.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>EngagementLogPanel</name>
    <message>
        <source>Ne&amp;w engagement</source>
        <translation>N&amp;ieuw contactmoment</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Follow-u&amp;p done</source>
        <translation>&amp;Opvolging gedaan</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Wij&amp;zigingen annuleren</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Remove the selected engagement from the log</source>
        <translation>Het geselecteerde contactmoment uit het logboek verwijderen</translation>
    </message>
    <message>
        <source>What was discussed, agreed or asked</source>
        <translation>Wat besproken, afgesproken of gevraagd is</translation>
    </message>
    <message>
        <source>When you promised to come back to them; leave empty when nothing is owed</source>
        <translation>Wanneer u beloofd hebt op de zaak terug te komen; leeg laten als er niets openstaat</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>S&amp;amenvatting:</translation>
    </message>
    <message>
        <source>Follow &amp;up by:</source>
        <translation>Opvolgen &amp;uiterlijk:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>Aan het &amp;logboek toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen o&amp;pslaan</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>Selected engagement</source>
        <translation>Geselecteerd contactmoment</translation>
    </message>
    <message>
        <source>Choose a stakeholder to see its engagement log.</source>
        <translation>Kies een stakeholder om het contactlogboek ervan te zien.</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Nog geen contactmoment vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>%n contactmoment vastgelegd.</numerusform>
            <numerusform>%n contactmomenten vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n opvolging te laat.</numerusform>
            <numerusform>%n opvolgingen te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date</source>
        <translation>De datum</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>De opvolgdatum</translation>
    </message>
    <message>
        <source>Edit an engagement</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Add an engagement</source>
        <translation>Contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Remove an engagement</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Profile figure</source>
        <translation>Profielcijfer</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistcriterium</translation>
    </message>
    <message>
        <source>Double-click to note why this evidence matters</source>
        <translation>Dubbelklik om te noteren waarom deze onderbouwing belangrijk is</translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation>Notitie bij onderbouwing bewerken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Latest answer or value</source>
        <translation>Laatste antwoord of waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (ronde %2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>The checklist gaps and profile figures this priority rests on, with a note on each: double-click a note to write it.</source>
        <translation>De knelpunten uit de checklists en de profielcijfers waarop deze prioriteit steunt, met een notitie bij elk: dubbelklik op een notitie om ze te schrijven.</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>Onderbouwing &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Show the checklist item or the figure where it lives</source>
        <translation>Het checklistcriterium of het cijfer tonen waar het staat</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Onderbouwing toevoegen</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Onderbouwing verwijderen</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Onderbouwing toevoegen</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>Checklistcriterium: %1</translation>
    </message>
    <message>
        <source>Profile figure: %1 (%2, %3)</source>
        <translation>Profielcijfer: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type part of an item or a figure</source>
        <translation>Typ een deel van een criterium of een cijfer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Study visit</source>
        <translation>Studiebezoek</translation>
    </message>
    <message>
        <source>Peer-learning meeting</source>
        <translation>Peer-learningbijeenkomst</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Opleidingsacademie</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Onlinebijeenkomst</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>The partner city&apos;s name</source>
        <translation>De naam van de partnerstad</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier</source>
        <translation>De stadsidentificatie van de partner</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>De startdatum van het partnerschap</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>De einddatum van het partnerschap</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>De partnerstad</translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation>De titel van de uitwisseling</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>De startdatum</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>De einddatum</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Het thema</translation>
    </message>
    <message>
        <source>The good practice&apos;s title</source>
        <translation>De titel van de goede praktijk</translation>
    </message>
    <message>
        <source>“%1” is not a city identifier. Copy it from the partner&apos;s file properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or leave it empty.</source>
        <translation>“%1” is geen stadsidentificatie. Kopieer ze uit de bestandseigenschappen van de partner (ze ziet eruit als 1b4e28ba-2fa1-11d2-883f-0016d3cca427), of laat het veld leeg.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the contact&apos;s e-mail empty.</source>
        <translation>“%1” lijkt geen e-mailadres (naam@voorbeeld.org). Verbeter het, of laat het e-mailadres van de contactpersoon leeg.</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier is this city&apos;s own. Copy the identifier from the partner&apos;s file, or leave it empty.</source>
        <translation>De stadsidentificatie van de partner is die van deze stad zelf. Kopieer de identificatie uit het bestand van de partner, of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>“%1” is not a kind of exchange. Choose a study visit, a peer-learning meeting, a training academy or an online meeting.</source>
        <translation>“%1” is geen soort uitwisseling. Kies een studiebezoek, een peer-learningbijeenkomst, een opleidingsacademie of een onlinebijeenkomst.</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>De partnerstad</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Het thema</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nieuwe uitwisseling</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Uitwisseling toevoegen</translation>
    </message>
    <message>
        <source>Edit the exchange “%1”</source>
        <translation>Uitwisseling “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove the exchange “%1”</source>
        <translation>Uitwisseling “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>%n uitwisseling verwijderen</numerusform>
            <numerusform>%n uitwisselingen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet. Add each visit, meeting or academy with what was learned.</source>
        <translation>Nog geen uitwisseling. Voeg elk bezoek, elke bijeenkomst of academie toe met wat er geleerd is.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n uitwisseling, </numerusform>
            <numerusform>%n uitwisselingen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n met geleerde lessen.</numerusform>
            <numerusform>%n met geleerde lessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n gepland.</numerusform>
            <numerusform>%n gepland.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate the exchange “%1”</source>
        <translation>Uitwisseling “%1” dupliceren</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>%1

File: %2
Folder: %3</source>
        <translation>%1

Bestand: %2
Map: %3</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>De mijlpalen en de einddata van de acties van het actieplan als iCalendar-bestand schrijven.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Het te lezen stadsbestand.</translation>
    </message>
    <message>
        <source>The calendar file to write (.ics).</source>
        <translation>Het te schrijven agendabestand (.ics).</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>OUT vervangen als het al bestaat.</translation>
    </message>
    <message>
        <source>export-ics takes a FILE and -o OUT.ics.</source>
        <translation>export-ics verwacht een FILE en -o OUT.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis geschreven naar %1.</numerusform>
            <numerusform>%n gebeurtenissen geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message>
        <source>Export the stakeholders to a CSV file or an Excel workbook (personal data only with --with-personal-data).</source>
        <translation>De stakeholders exporteren naar een CSV-bestand of een Excel-werkmap (persoonsgegevens alleen met --with-personal-data).</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Het te lezen stadsbestand.</translation>
    </message>
    <message>
        <source>The file to write, replaced if it exists: OUT.csv for CSV, OUT.xlsx for an Excel workbook.</source>
        <translation>Het te schrijven bestand, vervangen als het bestaat: OUT.csv voor CSV, OUT.xlsx voor een Excel-werkmap.</translation>
    </message>
    <message>
        <source>export-stakeholders takes a FILE and an OUT file to write.</source>
        <translation>export-stakeholders verwacht een FILE en een te schrijven OUT-bestand.</translation>
    </message>
    <message>
        <source>The file to write must end in .csv or .xlsx, not “%1”: the ending chooses the format.</source>
        <translation>Het te schrijven bestand moet eindigen op .csv of .xlsx, niet op “%1”: de extensie bepaalt het formaat.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>%n stakeholder geëxporteerd naar %1.</numerusform>
            <numerusform>%n stakeholders geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“%1” already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>“%1” bestaat al. Kies een andere naam, of bevestig dat het mag worden vervangen (--force op de opdrachtregel).</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist: %2. Choose an existing folder.</source>
        <translation>De map van “%1” bestaat niet: %2. Kies een bestaande map.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>“%1” kan niet worden geschreven: %2. Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>“%1” kon niet worden opgeslagen: %2. Controleer de vrije ruimte op de schijf en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>ExportTemplateCommand</name>
    <message>
        <source>Write a checklist of a city file as a template JSON.</source>
        <translation>Een checklist van een stadsbestand als JSON-sjabloon schrijven.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Het te lezen stadsbestand.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Het te schrijven JSON-bestand.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key (the MC2CM basic services by default).</source>
        <translation>De sleutel van de checklist (standaard die van de MC2CM-basisdiensten).</translation>
    </message>
    <message>
        <source>export-template takes a FILE and an OUT file.</source>
        <translation>export-template verwacht een FILE en een OUT-bestand.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1” bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>The file has no checklist “%1”.</source>
        <translation>Het bestand heeft geen checklist “%1”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kon “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) written to %3.</source>
        <translation>Checklist “%1” (versie %2) geschreven naar %3.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Needed</source>
        <comment>a key figure&apos;s value not given yet</comment>
        <translation>In te vullen</translation>
    </message>
    <message>
        <source>Not stored yet: the figure is stored once it has a value.</source>
        <translation>Nog niet opgeslagen: het cijfer wordt opgeslagen zodra het een waarde heeft.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Het thema</translation>
    </message>
    <message>
        <source>The value must be a number, like %1; “%2” is not.</source>
        <translation>De waarde moet een getal zijn, zoals %1; “%2” is dat niet.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>De waarde</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Het jaar</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Nieuw cijfer</translation>
    </message>
    <message>
        <source>Add a key figure</source>
        <translation>Kerncijfer toevoegen</translation>
    </message>
    <message>
        <source>Edit the figure “%1”</source>
        <translation>Cijfer “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove the figure “%1”</source>
        <translation>Cijfer “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>%n kerncijfer verwijderen</numerusform>
            <numerusform>%n kerncijfers verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Cannot open the partner’s file</source>
        <translation>Kan het bestand van de partnerstad niet openen</translation>
    </message>
    <message>
        <source>Cannot create the city file</source>
        <translation>Kan het stadsbestand niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot update the city file</source>
        <translation>Kan het stadsbestand niet bijwerken</translation>
    </message>
    <message>
        <source>Cannot open the city file</source>
        <translation>Kan het stadsbestand niet openen</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open.</source>
        <translation>Het bestand “%1” bestaat niet. Het is misschien verplaatst, hernoemd of verwijderd; kies het opnieuw met Bestand &gt; Openen.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: you do not have permission to read it. Ask the owner of the file or your administrator for access, or open a copy.</source>
        <translation>Het bestand “%1” kan niet worden gelezen: u hebt geen toestemming om het te lezen. Vraag de eigenaar van het bestand of uw beheerder om toegang, of open een kopie.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a city file. Choose a .passerelle file.</source>
        <translation>“%1” is een map of een apparaat, geen stadsbestand. Kies een .passerelle-bestand.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Passerelle city file (it is not an SQLite database). Check that you chose the right file; the file was not changed.</source>
        <translation>Het bestand “%1” is geen Passerelle-stadsbestand (het is geen SQLite-database). Controleer of u het juiste bestand hebt gekozen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Passerelle city file. Open it with the program that made it; Passerelle did not change it.</source>
        <translation>Het bestand “%1” is een database van een ander programma, geen Passerelle-stadsbestand. Open het met het programma dat het heeft gemaakt; Passerelle heeft het niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Passerelle (file format %2). Install the latest Passerelle to open it; the file was not changed.</source>
        <translation>Het bestand “%1” is gemaakt door een nieuwere versie van Passerelle (bestandsformaat %2). Installeer de nieuwste Passerelle om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened safely. Open your latest backup or copy of it; the damaged file was not changed, so a specialist can still try to recover it.</source>
        <translation>Het bestand “%1” is beschadigd en kan niet veilig worden geopend. Open uw laatste back-up of kopie ervan; het beschadigde bestand is niet gewijzigd, zodat een specialist nog kan proberen het te herstellen.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in another Passerelle window, on this computer or another one sharing the folder. Switch to that window, or close it and try again.</source>
        <translation>Het bestand “%1” is al geopend in een ander Passerelle-venster, op deze computer of op een andere die de map deelt. Ga naar dat venster, of sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or delete the existing file first if you no longer need it.</source>
        <translation>Het bestand “%1” bestaat al. Kies een andere naam, of verwijder eerst het bestaande bestand als u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder still exists and is reachable, or choose another folder.</source>
        <translation>Het bestand “%1” kon niet worden geschreven. Controleer of de map nog bestaat en bereikbaar is, of kies een andere map.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the file or its folder is read-only (or on a read-only disk). Choose a folder where you may write, or ask your administrator for write access.</source>
        <translation>Het bestand “%1” kan niet worden geschreven: het bestand of de map ervan is alleen-lezen (of staat op een alleen-lezenschijf). Kies een map waarin u mag schrijven, of vraag uw beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk is full. Free some space, or choose another disk, then try again.</source>
        <translation>Het bestand “%1” kan niet worden geschreven: de schijf is vol. Maak ruimte vrij of kies een andere schijf, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The path of the file “%1” is too long for Passerelle to open (%2 bytes; at most %3). Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>Het pad van het bestand “%1” is te lang om door Passerelle te worden geopend (%2 bytes; hoogstens %3). Verplaats het bestand naar een map met een korter pad, of geef het een kortere naam.</translation>
    </message>
    <message>
        <source>The name of the file “%1” contains characters that are not valid text, so Passerelle cannot open it reliably. Rename the file (for example in your file manager) and open it again; its content was not changed.</source>
        <translation>De naam van het bestand “%1” bevat tekens die geen geldige tekst zijn, waardoor Passerelle het niet betrouwbaar kan openen. Wijzig de naam van het bestand (bijvoorbeeld in uw bestandsbeheerder) en open het opnieuw; de inhoud is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted (Passerelle or the computer stopped while it was being written). Open the file in Passerelle, which undoes the unfinished change; until then the file is left exactly as it is.</source>
        <translation>Het bestand “%1” bevat een onderbroken wijziging (Passerelle of de computer stopte terwijl ze werd geschreven). Open het bestand in Passerelle, dat de onvoltooide wijziging ongedaan maakt; tot dan blijft het bestand precies zoals het is.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted, and it must be undone before the file can be opened, but the file or its folder is read-only. Copy the file together with the file beside it whose name ends in “-journal” (or “-wal”) to a folder where you may write, and open the copy.</source>
        <translation>Het bestand “%1” bevat een onderbroken wijziging die ongedaan moet worden gemaakt voordat het bestand kan worden geopend, maar het bestand of de map ervan is alleen-lezen. Kopieer het bestand samen met het bestand ernaast waarvan de naam eindigt op “-journal” (of “-wal”) naar een map waarin u mag schrijven, en open de kopie.</translation>
    </message>
    <message>
        <source>The file “%1” has changes made by another program kept in a separate file beside it (ending in “-wal”). Open the file in Passerelle, which takes them in; until then the file is left exactly as it is.</source>
        <translation>Het bestand “%1” heeft wijzigingen van een ander programma die in een apart bestand ernaast staan (eindigend op “-wal”). Open het bestand in Passerelle, dat ze verwerkt; tot dan blijft het bestand precies zoals het is.</translation>
    </message>
    <message>
        <source>The file “%1” is not built like a Passerelle city file: %2. Another program may have changed it, or it was made to look like a city file. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Het bestand “%1” is niet opgebouwd als een Passerelle-stadsbestand: %2. Een ander programma heeft het misschien gewijzigd, of het is gemaakt om op een stadsbestand te lijken. Het is niet geopend en niet gewijzigd; open uw laatste back-up, of vraag de afzender om een kopie die met Passerelle is gemaakt.</translation>
    </message>
    <message>
        <source>The file “%1” holds values that break the rules of a city file: %2. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Het bestand “%1” bevat waarden die de regels van een stadsbestand overtreden: %2. Het is niet geopend en niet gewijzigd; open uw laatste back-up, of vraag de afzender om een kopie die met Passerelle is gemaakt.</translation>
    </message>
    <message>
        <source>The file “%1” comes from an older Passerelle and could not be updated to the current format. It was left as it was; a backup copy is beside it.</source>
        <translation>Het bestand “%1” komt van een oudere Passerelle en kon niet worden bijgewerkt naar het huidige formaat. Het is gelaten zoals het was; er staat een back-upkopie naast.</translation>
    </message>
    <message>
        <source>The file “%1” could not be used because of a database error. The file was not changed; try again, or open a copy of it.</source>
        <translation>Het bestand “%1” kon niet worden gebruikt door een databasefout. Het bestand is niet gewijzigd; probeer het opnieuw, of open een kopie ervan.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
    <message>
        <source>The partner’s file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open a partner’s file.</source>
        <translation>Het bestand van de partnerstad “%1” bestaat niet. Het is misschien verplaatst, hernoemd of verwijderd; kies het opnieuw met Bestand &gt; Bestand van een partnerstad openen.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” cannot be read: you do not have permission to read it. Copy it into your own documents folder and open the copy, or ask the partner city to share it again.</source>
        <translation>Het bestand van de partnerstad “%1” kan niet worden gelezen: u hebt geen toestemming om het te lezen. Kopieer het naar uw eigen documentenmap en open de kopie, of vraag de partnerstad om het opnieuw te delen.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” could not be copied into a private temporary folder, where Passerelle reads it: %2. Free some disk space and try again; the partner’s file was not changed.</source>
        <translation>Het bestand van de partnerstad “%1” kon niet worden gekopieerd naar een privé tijdelijke map, waar Passerelle het leest: %2. Maak schijfruimte vrij en probeer het opnieuw; het bestand van de partnerstad is niet gewijzigd.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>de schijf is misschien vol</translation>
    </message>
    <message>
        <source>is not a Passerelle city file</source>
        <translation>is geen Passerelle-stadsbestand</translation>
    </message>
    <message>
        <source>is a database of another program, not a Passerelle city file</source>
        <translation>is een database van een ander programma, geen Passerelle-stadsbestand</translation>
    </message>
    <message>
        <source>is not built like a Passerelle city file (%1)</source>
        <translation>is niet opgebouwd als een Passerelle-stadsbestand (%1)</translation>
    </message>
    <message>
        <source>holds values that break the rules of a city file (%1)</source>
        <translation>bevat waarden die de regels van een stadsbestand overtreden (%1)</translation>
    </message>
    <message>
        <source>was copied while it was being changed: an unfinished change lies beside it, in the file ending in “-journal”, and Passerelle never reads the files beside a partner’s file</source>
        <translation>is gekopieerd terwijl het werd gewijzigd: er staat een onvoltooide wijziging naast, in het bestand dat eindigt op “-journal”, en Passerelle leest nooit de bestanden naast het bestand van een partnerstad</translation>
    </message>
    <message>
        <source>has changes kept in a separate file beside it (ending in “-wal”), and Passerelle never reads the files beside a partner’s file</source>
        <translation>heeft wijzigingen die in een apart bestand ernaast staan (eindigend op “-wal”), en Passerelle leest nooit de bestanden naast het bestand van een partnerstad</translation>
    </message>
    <message>
        <source>comes from an older Passerelle, and its private copy could not be updated to the current format</source>
        <translation>komt van een oudere Passerelle, en de privékopie ervan kon niet worden bijgewerkt naar het huidige formaat</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>is beschadigd</translation>
    </message>
    <message>
        <source>could not be read because of a database error</source>
        <translation>kon niet worden gelezen door een databasefout</translation>
    </message>
    <message>
        <source>The partner’s file “%1” %2. Passerelle did not open it and did not change it, and your own city file was not touched. Ask the partner city to share it again from Passerelle (File &gt; Share with a partner city).</source>
        <translation>Het bestand van de partnerstad “%1” %2. Passerelle heeft het niet geopend en niet gewijzigd, en uw eigen stadsbestand is niet aangeraakt. Vraag de partnerstad om het opnieuw te delen vanuit Passerelle (Bestand &gt; Delen met een partnerstad).</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceModel</name>
    <message>
        <source>Mark %1 present</source>
        <translation>%1 als aanwezig markeren</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>%1 als afwezig markeren</translation>
    </message>
</context>
<context>
    <name>GroupDecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Beslissing bewerken</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Kies eerst een vergadering.</translation>
    </message>
    <message>
        <source>A decision needs its text. Type what the group decided, then add it.</source>
        <translation>Een beslissing heeft een tekst nodig. Typ wat de groep heeft beslist en voeg ze dan toe.</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Beslissing toevoegen</translation>
    </message>
    <message>
        <source>Select the decision to remove.</source>
        <translation>Selecteer de beslissing die u wilt verwijderen.</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Beslissing verwijderen</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>%1 van %n lid aanwezig</numerusform>
            <numerusform>%1 van %n leden aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Meetings of the group</source>
        <translation>Vergaderingen van de groep</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>Nieuwe &amp;vergadering</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <source>Town hall, a partner&apos;s premises, online…</source>
        <translation>Stadhuis, lokalen van een partner, online…</translation>
    </message>
    <message>
        <source>What was said, for those who were not there</source>
        <translation>Wat er gezegd is, voor wie er niet bij was</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>N&amp;otulen:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Tick the members who attended</source>
        <translation>Vink de leden aan die aanwezig waren</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Double-click a decision to correct it</source>
        <translation>Dubbelklik op een beslissing om ze te verbeteren</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Wat de groep heeft beslist</translation>
    </message>
    <message>
        <source>Add decisi&amp;on</source>
        <translation>Beslissing &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Beslissing verwijderen</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>Aanwezig:</translation>
    </message>
    <message>
        <source>Decisions taken:</source>
        <translation>Genomen beslissingen:</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to tick who attended and to note what was decided.</source>
        <translation>Kies een vergadering in de lijst om aan te vinken wie aanwezig was en te noteren wat er beslist is.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Vergadering toevoegen</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Geselecteerde vergadering</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>De datum van de vergadering</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <source>Add a group meeting</source>
        <translation>Groepsvergadering toevoegen</translation>
    </message>
    <message>
        <source>Remove a group meeting</source>
        <translation>Groepsvergadering verwijderen</translation>
    </message>
    <message>
        <source>Attendance and decisions</source>
        <translation>Aanwezigheid en beslissingen</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Double-click to change the role in the group</source>
        <translation>Dubbelklik om de rol in de groep te wijzigen</translation>
    </message>
    <message>
        <source>Double-click to change the date the member joined</source>
        <translation>Dubbelklik om de datum te wijzigen waarop het lid toetrad</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Rol in de groep</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Change a member&apos;s role</source>
        <translation>Rol van een lid wijzigen</translation>
    </message>
    <message>
        <source>Change the date a member joined</source>
        <translation>Toetredingsdatum van een lid wijzigen</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>%1 uit de groep verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>%n lid uit de groep verwijderen</numerusform>
            <numerusform>%n leden uit de groep verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The member&apos;s stakeholder</source>
        <translation>De stakeholder van het lid</translation>
    </message>
    <message>
        <source>The group member</source>
        <translation>Het groepslid</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>De datum van de vergadering</translation>
    </message>
    <message>
        <source>An attendee of the meeting</source>
        <translation>Een aanwezige op de vergadering</translation>
    </message>
</context>
<context>
    <name>ImportStakeholdersCommand</name>
    <message>
        <source>Import stakeholders and their contacts from a CSV file.</source>
        <translation>Stakeholders en hun contactpersonen importeren uit een CSV-bestand.</translation>
    </message>
    <message>
        <source>The city file to import into.</source>
        <translation>Het stadsbestand waarin wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Het te lezen CSV-bestand.</translation>
    </message>
    <message>
        <source>Encoding of the CSV file: auto, utf-8 or windows-1252.</source>
        <translation>Codering van het CSV-bestand: auto, utf-8 of windows-1252.</translation>
    </message>
    <message>
        <source>Field separator: auto, comma, semicolon or tab.</source>
        <translation>Veldscheidingsteken: auto, comma (komma), semicolon (puntkomma) of tab.</translation>
    </message>
    <message>
        <source>What to do with a stakeholder already in the file: skip, update or new (added with a suffix such as “(2)”).</source>
        <translation>Wat te doen met een stakeholder die al in het bestand staat: skip (overslaan), update (bijwerken) of new (toevoegen met een achtervoegsel zoals “(2)”).</translation>
    </message>
    <message>
        <source>import-stakeholders takes a city FILE and a CSV file.</source>
        <translation>import-stakeholders verwacht een stads-FILE en een CSV-bestand.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>--encoding moet auto, utf-8 of windows-1252 zijn, niet “%1”.</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
        <translation>--delimiter moet auto, comma, semicolon of tab zijn, niet “%1”.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or new, not “%1”.</source>
        <translation>--on-duplicate moet skip, update of new zijn, niet “%1”.</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2.</source>
        <translation>Gelezen als %1, velden gescheiden door %2.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Overgeslagen: %1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>Contactpersonen toegevoegd: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Themes created: %1</source>
        <translation>Aangemaakte thema’s: %1</translation>
    </message>
    <message>
        <source>Theme values left out: %1 (an import creates at most %2 themes; map them with --map VALUE=theme:NAME)</source>
        <translation>Weggelaten themawaarden: %1 (een import maakt hoogstens %2 thema’s aan; koppel ze met --map WAARDE=theme:NAAM)</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Niet geïmporteerde kolommen: %1</translation>
    </message>
</context>
<context>
    <name>ImportTemplateCommand</name>
    <message>
        <source>Install a checklist template JSON into a city file.</source>
        <translation>Een JSON-checklistsjabloon in een stadsbestand installeren.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Het te wijzigen stadsbestand.</translation>
    </message>
    <message>
        <source>The template JSON to install.</source>
        <translation>Het te installeren JSON-sjabloon.</translation>
    </message>
    <message>
        <source>import-template takes a FILE and an IN file.</source>
        <translation>import-template verwacht een FILE en een IN-bestand.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) installed.</source>
        <translation>Checklist “%1” (versie %2) geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Each value is the total so far</source>
        <translation>Elke waarde is het totaal tot nu toe</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Waarden worden opgeteld</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s values</source>
        <translation>Grafiek van de waarden van de indicator</translation>
    </message>
    <message>
        <source>No value measured yet</source>
        <translation>Nog geen waarde gemeten</translation>
    </message>
    <message>
        <source>Select an indicator</source>
        <translation>Selecteer een indicator</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2.</source>
        <translation>“%1” is geen getal: typ er een zoals %2.</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Gemeten waarde toevoegen</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Waarde van %1 bewerken</translation>
    </message>
    <message>
        <source>Remove the value of %1</source>
        <translation>Waarde van %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>%n waarde verwijderen</numerusform>
            <numerusform>%n waarden verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Waarden worden opgeteld</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2, or leave it empty while it is not known.</source>
        <translation>“%1” is geen getal: typ er een zoals %2, of laat het leeg zolang het niet bekend is.</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Indicator toevoegen</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Indicator “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <translation>Indicator “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>%n indicator verwijderen</numerusform>
            <numerusform>%n indicatoren verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>Influence and interest grid</source>
        <translation>Invloed-belangraster</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Show or hide what the colours mean</source>
        <translation>Tonen of verbergen wat de kleuren betekenen</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Afbeelding exporteren…</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change its influence and interest, or move the selected ones with the arrow keys.</source>
        <translation>Sleep een stakeholder naar een andere cel om de invloed en het belang ervan te wijzigen, of verplaats de geselecteerde stakeholders met de pijltjestoetsen.</translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>“%1” verplaatsen op het raster</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>%n stakeholder verplaatsen op het raster</numerusform>
            <numerusform>%n stakeholders verplaatsen op het raster</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the influence and interest grid</source>
        <translation>Het invloed-belangraster exporteren</translation>
    </message>
    <message>
        <source>influence-interest-grid.png</source>
        <translation>invloed-belangraster.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Raster exporteren</translation>
    </message>
    <message>
        <source>The influence and interest grid was written with its legend.</source>
        <translation>Het invloed-belangraster is geschreven met de legenda.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridExport</name>
    <message>
        <source>“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending in .png or .svg.</source>
        <translation>“%1” is geen PNG-afbeelding en geen SVG-tekening. Kies een bestandsnaam die eindigt op .png of .svg.</translation>
    </message>
    <message>
        <source>Influence and interest of the stakeholders</source>
        <translation>Invloed en belang van de stakeholders</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”. Check that the folder exists, that you may write in it and that the disk is not full, then export again.</source>
        <translation>Het raster kon niet naar “%1” worden geschreven. Controleer of de map bestaat, of u erin mag schrijven en of de schijf niet vol is, en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridLayout</name>
    <message>
        <source>Keep satisfied</source>
        <translation>Tevreden houden</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Nauw betrekken</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitoren</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Geïnformeerd houden</translation>
    </message>
    <message>
        <source>Kinds of stakeholder</source>
        <translation>Soorten stakeholders</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>A score of %1 counts as high: the lines run between %2 and %1.</source>
        <translation>Een score van %1 geldt als hoog: de lijnen lopen tussen %2 en %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGridLegend</name>
    <message>
        <source>Fold the legend away</source>
        <translation>De legenda inklappen</translation>
    </message>
</context>
<context>
    <name>InfluenceGridView</name>
    <message>
        <source>%1
%2
Influence: %3 · Interest: %4</source>
        <translation>%1
%2
Invloed: %3 · Belang: %4</translation>
    </message>
    <message>
        <source>%1
Influence: %2 · Interest: %3
Zoom in, or double-click, to see them.</source>
        <translation>%1
Invloed: %2 · Belang: %3
Zoom in, of dubbelklik, om ze te zien.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print what a city file holds, as JSON.</source>
        <translation>Tonen wat een stadsbestand bevat, als JSON.</translation>
    </message>
    <message>
        <source>The city file to describe.</source>
        <translation>Het te beschrijven stadsbestand.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.</source>
        <translation>info verwacht precies één FILE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unfinished change undone</source>
        <translation>Onvoltooide wijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Save the new city file</source>
        <translation>Het nieuwe stadsbestand opslaan</translation>
    </message>
    <message>
        <source>Open a city file read-only</source>
        <translation>Een stadsbestand alleen-lezen openen</translation>
    </message>
    <message>
        <source>Open a city file</source>
        <translation>Een stadsbestand openen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>file name of a copy</comment>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Save a copy of the city file</source>
        <translation>Een kopie van het stadsbestand opslaan</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>De kopie is niet geschreven</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Kopie geschreven naar %1</translation>
    </message>
    <message>
        <source>Open the copy?</source>
        <translation>De kopie openen?</translation>
    </message>
    <message>
        <source>The copy “%1” was written. Open it now to make changes?</source>
        <translation>De kopie “%1” is geschreven. Nu openen om wijzigingen aan te brengen?</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>Checking the city file…</source>
        <translation>Het stadsbestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <comment>window title</comment>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>%1 — Passerelle</source>
        <comment>window title</comment>
        <translation>%1 — Passerelle</translation>
    </message>
    <message>
        <source>Last written at %1</source>
        <translation>Laatst geschreven om %1</translation>
    </message>
    <message>
        <source>Last written on %1</source>
        <translation>Laatst geschreven op %1</translation>
    </message>
    <message>
        <source>There is nothing to search in this part of the file.</source>
        <translation>Er is niets om te doorzoeken in dit deel van het bestand.</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Passerelle-stadsbestanden (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New city file…</source>
        <translation>&amp;Nieuw stadsbestand…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Openen als alleen-&amp;lezen…</translation>
    </message>
    <message>
        <source>Open a file without any risk of changing it, such as a partner city&apos;s file.</source>
        <translation>Een bestand openen zonder enig risico het te wijzigen, zoals het bestand van een partnerstad.</translation>
    </message>
    <message>
        <source>Open a p&amp;artner’s file…</source>
        <translation>Bestand van een &amp;partnerstad openen…</translation>
    </message>
    <message>
        <source>Read a file a partner city shared, in a window of its own, from a private copy: nothing in it can change.</source>
        <translation>Een bestand lezen dat een partnerstad heeft gedeeld, in een eigen venster, vanuit een privékopie: er kan niets in worden gewijzigd.</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>R&amp;ecent geopend</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <source>Write a copy of the file; this window stays on the original.</source>
        <translation>Een kopie van het bestand schrijven; dit venster blijft bij het origineel.</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>&amp;Agenda exporteren…</translation>
    </message>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>De mijlpalen en de einddata van de acties van het actieplan als iCalendar-bestand schrijven.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>&amp;Rapport exporteren…</translation>
    </message>
    <message>
        <source>Write a report for the council or a partner as a PDF or an editable document.</source>
        <translation>Een rapport voor de gemeenteraad of een partner schrijven, als PDF of als bewerkbaar document.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with partner cities…</source>
        <translation>Ver&amp;gelijken met partnersteden…</translation>
    </message>
    <message>
        <source>Put partner cities&apos; scores, priorities and plans beside yours.</source>
        <translation>De scores, prioriteiten en plannen van partnersteden naast die van u zetten.</translation>
    </message>
    <message>
        <source>&amp;Import from a partner city…</source>
        <translation>&amp;Importeren uit een partnerstad…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Opnieuw uitvoeren: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>&amp;Navigatie tonen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>&amp;Over Passerelle</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Import good practices, checklists, exchanges and stakeholders from a partner city&apos;s file.</source>
        <translation>Goede praktijken, checklists, uitwisselingen en stakeholders importeren uit het bestand van een partnerstad.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Het te wijzigen stadsbestand.</translation>
    </message>
    <message>
        <source>The file a partner city shared.</source>
        <translation>Het bestand dat een partnerstad heeft gedeeld.</translation>
    </message>
    <message>
        <source>What to take, separated by commas (all four when left out): %1.</source>
        <translation>Wat moet worden overgenomen, gescheiden door komma’s (alle vier als niets is opgegeven): %1.</translation>
    </message>
    <message>
        <source>merge takes a FILE and a PARTNER file.</source>
        <translation>merge verwacht een FILE en een PARTNER-bestand.</translation>
    </message>
    <message>
        <source>--what takes a list of %1, separated by commas.</source>
        <translation>--what verwacht een lijst uit %1, gescheiden door komma’s.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Importeren uit %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import from a partner city</source>
        <translation>Importeren uit een partnerstad</translation>
    </message>
    <message>
        <source>The file a partner city shared with you</source>
        <translation>Het bestand dat een partnerstad met u heeft gedeeld</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Wat wordt overgenomen</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Goede praktijken</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>&amp;Checklists</translation>
    </message>
    <message>
        <source>&amp;Exchanges</source>
        <translation>&amp;Uitwisselingen</translation>
    </message>
    <message>
        <source>&amp;Stakeholders (without their contacts)</source>
        <translation>&amp;Stakeholders (zonder hun contactpersonen)</translation>
    </message>
    <message>
        <source>Choose the file a partner city shared with you.</source>
        <translation>Kies het bestand dat een partnerstad met u heeft gedeeld.</translation>
    </message>
    <message>
        <source>Changed both here and by the partner: tick a record to take the partner’s version; unticked records keep yours.</source>
        <translation>Zowel hier als door de partner gewijzigd: vink een record aan om de versie van de partner over te nemen; niet-aangevinkte records behouden de uwe.</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Record en veld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>The partner’s</source>
        <translation>Versie van de partner</translation>
    </message>
    <message>
        <source>Deleted by the partner: tick a record to remove it from your file too; unticked records stay.</source>
        <translation>Door de partner verwijderd: vink een record aan om het ook uit uw bestand te verwijderen; niet-aangevinkte records blijven.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle);;All files (*)</source>
        <translation>Passerelle-stadsbestanden (*.passerelle);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Uit %1:</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Nieuwe records: %1</translation>
    </message>
    <message>
        <source>Changed by the partner: %1</source>
        <translation>Gewijzigd door de partner: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Ongewijzigd: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicten: %1</translation>
    </message>
    <message>
        <source>Deleted by the partner: %1</source>
        <translation>Verwijderd door de partner: %1</translation>
    </message>
    <message>
        <source>Not taken: %1 “%2”. %3</source>
        <translation>Niet overgenomen: %1 “%2”. %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Ticked: take the partner’s version; unticked: keep yours.</source>
        <translation>Aangevinkt: de versie van de partner overnemen; niet aangevinkt: de uwe behouden.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Het hele record</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>hier verwijderd</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>gewijzigd door de partner</translation>
    </message>
    <message>
        <source>Nothing to import: your file already holds what %1 shared.</source>
        <translation>Niets te importeren: uw bestand bevat al wat %1 heeft gedeeld.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>Geïmporteerd uit %1: %n record toegevoegd, gewijzigd of verwijderd.</numerusform>
            <numerusform>Geïmporteerd uit %1: %n records toegevoegd, gewijzigd of verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Goede praktijk</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>MergePlanner</name>
    <message>
        <source>This file is a copy of your own city’s file, not a partner’s: its records are already yours. Choose the file a partner city shared.</source>
        <translation>Dit bestand is een kopie van het bestand van uw eigen stad, niet van een partner: de records ervan zijn al van u. Kies het bestand dat een partnerstad heeft gedeeld.</translation>
    </message>
    <message>
        <source>A stakeholder of the same name is already in your file.</source>
        <translation>Er staat al een stakeholder met dezelfde naam in uw bestand.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>The partner’s file could not be read (%1). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Het bestand van de partner kon niet worden gelezen (%1). Er is niets geïmporteerd; vraag de partnerstad om haar bestand opnieuw te delen.</translation>
    </message>
    <message>
        <source>The partner’s file does not name its city (it should hold exactly one city). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Het bestand van de partner vermeldt zijn stad niet (het moet precies één stad bevatten). Er is niets geïmporteerd; vraag de partnerstad om haar bestand opnieuw te delen.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Nieuwe mijlpaal</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Bereikt op:</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>Een mijlpaal heeft een titel en een vervaldatum nodig.</translation>
    </message>
    <message>
        <source>Due outside its action&apos;s dates (%1 to %2): allowed, but check it.</source>
        <translation>Vervalt buiten de data van de actie (%1 tot %2): toegestaan, maar controleer het.</translation>
    </message>
</context>
<context>
    <name>NarrativeWidget</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Onderdelen van het profiel</translation>
    </message>
    <message>
        <source>Not written yet. %1</source>
        <translation>Nog niets geschreven. %1</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city file</source>
        <translation>Nieuw stadsbestand</translation>
    </message>
    <message>
        <source>For example: Tangier</source>
        <translation>Bijvoorbeeld: Tanger</translation>
    </message>
    <message>
        <source>A city file holds everything about one city. You can change these details later in the city profile.</source>
        <translation>Een stadsbestand bevat alles over één stad. U kunt deze gegevens later wijzigen in het stadsprofiel.</translation>
    </message>
    <message>
        <source>City &amp;name:</source>
        <translation>&amp;Naam van de stad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>File &amp;language:</source>
        <translation>&amp;Taal van het bestand:</translation>
    </message>
    <message>
        <source>The language of the built-in themes and profile sections in the file.</source>
        <translation>De taal van de ingebouwde thema’s en profielonderdelen in het bestand.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Kiezen waar het wordt opgeslagen…</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Only a number can be typed here, like %1: “%2” is not part of one.</source>
        <translation>Hier kan alleen een getal worden getypt, zoals %1: “%2” hoort daar niet bij.</translation>
    </message>
</context>
<context>
    <name>OdtReportWriter</name>
    <message>
        <source>“%1” could not be made: the report could not be turned into an OpenDocument text. Export it as a PDF instead.</source>
        <translation>“%1” kon niet worden gemaakt: het rapport kon niet worden omgezet in een OpenDocument-tekst. Exporteer het in plaats daarvan als PDF.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>De datum kiezen in een kalender</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Write it like %3, or pick it from the calendar.</source>
        <translation>%1 “%2” is geen datum. Schrijf ze als %3, of kies ze in de kalender.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migranten</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Het aantal migranten</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Het jaar</translation>
    </message>
    <message>
        <source>%1 must be a whole number, like %2; “%3” is not.</source>
        <translation>%1 moet een geheel getal zijn, zoals %2; “%3” is dat niet.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Nieuw land</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Herkomst toevoegen</translation>
    </message>
    <message>
        <source>Edit the origin “%1”</source>
        <translation>Herkomst “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove the origin “%1”</source>
        <translation>Herkomst “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>%n herkomst verwijderen</numerusform>
            <numerusform>%n herkomsten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>No origin yet. Add one row per country, with the year and the source of the figure.</source>
        <translation>Nog geen herkomst. Voeg één rij per land toe, met het jaar en de bron van het cijfer.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>Totaal van de vermelde herkomstlanden: %Ln migrant.</numerusform>
            <numerusform>Totaal van de vermelde herkomstlanden: %Ln migranten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures date from %1 to %2: compare them with care.</source>
        <translation>De cijfers dateren van %1 tot %2: vergelijk ze voorzichtig.</translation>
    </message>
</context>
<context>
    <name>OutputFileQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is: nothing was written. Choose another name, or agree to replace it.</source>
        <translation>“%1” bestaat al en is gelaten zoals het was: er is niets geschreven. Kies een andere naam, of ga akkoord met vervangen.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsDialog</name>
    <message>
        <source>&amp;Open the stakeholder</source>
        <translation>Stakeholder &amp;openen</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Te late opvolgingen</translation>
    </message>
    <message>
        <source>No follow-up is overdue: every promise to come back to a stakeholder is kept or not due yet.</source>
        <translation>Geen enkele opvolging is te laat: elke belofte om op een zaak terug te komen bij een stakeholder is nagekomen of nog niet vervallen.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n opvolging beloofd voor een dag die al voorbij is en niet als gedaan vastgelegd. Dubbelklik erop om de contactmomenten van de stakeholder te openen en de opvolging vast te leggen.</numerusform>
            <numerusform>%n opvolgingen beloofd voor een dag die al voorbij is en niet als gedaan vastgelegd, de oudste eerst. Dubbelklik op een opvolging om de contactmomenten van de stakeholder te openen en ze vast te leggen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Gepland op %1, %n dag geleden</numerusform>
            <numerusform>Gepland op %1, %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message>
        <source>Partner city</source>
        <translation>Partnerstad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>Partner&apos;s city identifier</source>
        <translation>Stadsidentificatie van de partner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>“%1” is not a role. Choose mentor, mentee or peer.</source>
        <translation>“%1” is geen rol. Kies mentorstad, menteestad of peerstad.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>Nieuwe partnerstad</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Partnerstad toevoegen</translation>
    </message>
    <message>
        <source>Edit the partner city “%1”</source>
        <translation>Partnerstad “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove the partner city “%1”</source>
        <translation>Partnerstad “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>%n partnerstad verwijderen</numerusform>
            <numerusform>%n partnersteden verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner city yet. Add the cities your city is twinned with, with their role and a contact person.</source>
        <translation>Nog geen partnerstad. Voeg de steden toe waarmee uw stad gekoppeld is, met hun rol en een contactpersoon.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n partnerstad, </numerusform>
            <numerusform>%n partnersteden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n stedenkoppeling loopt vandaag.</numerusform>
            <numerusform>%n stedenkoppelingen lopen vandaag.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate the partner city “%1”</source>
        <translation>Partnerstad “%1” dupliceren</translation>
    </message>
</context>
<context>
    <name>PartnerCity</name>
    <message>
        <source>Mentor</source>
        <translation>Mentorstad</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Menteestad</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peerstad</translation>
    </message>
</context>
<context>
    <name>PartnerFile</name>
    <message>
        <source>%1 is full</source>
        <translation>%1 is vol</translation>
    </message>
</context>
<context>
    <name>PartnerOpening</name>
    <message>
        <source>Open a partner city’s file</source>
        <translation>Bestand van een partnerstad openen</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Passerelle-stadsbestanden (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 (partner, date unknown)</source>
        <comment>window title</comment>
        <translation>%1 (partnerstad, datum onbekend)</translation>
    </message>
    <message>
        <source>%1 (partner, shared %2)</source>
        <comment>window title</comment>
        <translation>%1 (partnerstad, gedeeld op %2)</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>P&amp;artners</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>&amp;Uitwisselingen</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Goede praktijken</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Partnerstad toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected partner cities</source>
        <translation>De geselecteerde partnersteden verwijderen</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnersteden</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>De startdatum van het partnerschap</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>De einddatum van het partnerschap</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact&amp;persoon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;city identifier:</source>
        <translation>&amp;Stadsidentificatie van de partner:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>The cities yours is twinned with in a network (IncluCities, MC2CM), as mentor, mentee or peer, with the twinning&apos;s dates. The contact person is personal data: it is left out when the file is shared.</source>
        <translation>De steden waarmee uw stad in een netwerk (IncluCities, MC2CM) gekoppeld is, als mentorstad, menteestad of peerstad, met de data van de stedenkoppeling. De contactpersoon is een persoonsgegeven: hij wordt weggelaten wanneer het bestand wordt gedeeld.</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Uitwisseling toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected exchanges</source>
        <translation>De geselecteerde uitwisselingen verwijderen</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>De startdatum</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>De einddatum</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>D&amp;eelnemers:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>Geleerde &amp;lessen:</translation>
    </message>
    <message>
        <source>Study visits, peer-learning meetings, training academies and online meetings, with what was learned. Participants&apos; names are personal data: they are left out when the file is shared.</source>
        <translation>Studiebezoeken, peer-learningbijeenkomsten, opleidingsacademies en onlinebijeenkomsten, met wat er geleerd is. De namen van deelnemers zijn persoonsgegevens: ze worden weggelaten wanneer het bestand wordt gedeeld.</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Goede praktijk toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected good practices</source>
        <translation>De geselecteerde goede praktijken verwijderen</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Goede praktijken</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>Words of the title, city, description, source or tags</source>
        <translation>Woorden uit de titel, de stad, de beschrijving, de bron of de trefwoorden</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>What your city does well and what you learn from partner cities. “From” says where each practice came from: this city, or the partner whose file it was taken from.</source>
        <translation>Wat uw stad goed doet en wat u leert van partnersteden. “Herkomst” zegt waar elke praktijk vandaan komt: uit deze stad, of van de partner uit wiens bestand ze is overgenomen.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Add a copy of the selected record</source>
        <translation>Een kopie van het geselecteerde record toevoegen</translation>
    </message>
    <message>
        <source>No partner city</source>
        <translation>Geen partnerstad</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>PersonalDataChoice</name>
    <message>
        <source>&amp;Include personal data (contact persons and private notes)</source>
        <translation>Persoonsgegevens &amp;opnemen (contactpersonen en privénotities)</translation>
    </message>
    <message>
        <source>When this is not ticked, the export leaves out contact persons, notes marked private and everything else the city file marks as personal data. Tick it only if everyone who will receive the export may see them.</source>
        <translation>Als dit niet is aangevinkt, laat de export contactpersonen, als privé gemarkeerde notities en al het andere dat het stadsbestand als persoonsgegevens markeert, weg. Vink het alleen aan als iedereen die de export ontvangt ze mag zien.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Het bestand kiezen…</translation>
    </message>
    <message>
        <source>Personal data: left out of exports unless you choose to include it.</source>
        <translation>Persoonsgegevens: weggelaten uit exports, tenzij u kiest ze op te nemen.</translation>
    </message>
</context>
<context>
    <name>PersonalDataOption</name>
    <message>
        <source>Include personal data (contact persons, private notes and anything else the city file marks as personal). Without this option it is left out.</source>
        <translation>Persoonsgegevens opnemen (contactpersonen, privénotities en al het andere dat het stadsbestand als persoonlijk markeert). Zonder deze optie worden ze weggelaten.</translation>
    </message>
    <message>
        <source>Personal data (contact persons and private notes) was left out; add --%1 to include it.</source>
        <translation>Persoonsgegevens (contactpersonen en privénotities) zijn weggelaten; voeg --%1 toe om ze op te nemen.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan of %1</source>
        <translation>Actieplan van %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Actie: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>End of “%1”</source>
        <translation>Einde van “%1”</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Afgerond op %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the action plan&apos;s progress, lateness and budget, as JSON.</source>
        <translation>De voortgang, vertragingen en begroting van het actieplan tonen, als JSON.</translation>
    </message>
    <message>
        <source>The city file whose plan to sum up.</source>
        <translation>Het stadsbestand waarvan het plan moet worden samengevat.</translation>
    </message>
    <message>
        <source>The day lateness is judged on (YYYY-MM-DD); today when not given.</source>
        <translation>De dag waarop vertraging wordt beoordeeld (JJJJ-MM-DD); vandaag als niets is opgegeven.</translation>
    </message>
    <message>
        <source>plan takes exactly one FILE.</source>
        <translation>plan verwacht precies één FILE.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>“%1” is geen datum: schrijf ze als JJJJ-MM-DD, bijvoorbeeld 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWidget</name>
    <message>
        <source>Record the council’s &amp;adoption…</source>
        <translation>&amp;Goedkeuring door de gemeenteraad registreren…</translation>
    </message>
    <message>
        <source>Priorities for the inclusion of migrants</source>
        <translation>Prioriteiten voor de inclusie van migranten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>Why the city sets priorities for migrant inclusion, and what this document is.</source>
        <translation>Waarom de stad prioriteiten vastlegt voor de inclusie van migranten, en wat dit document is.</translation>
    </message>
    <message>
        <source>How the priorities were chosen: the profile, the checklists, who was consulted.</source>
        <translation>Hoe de prioriteiten gekozen zijn: het profiel, de checklists, wie geraadpleegd is.</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Inleiding bewerken</translation>
    </message>
    <message>
        <source>Edit the method</source>
        <translation>Methode bewerken</translation>
    </message>
    <message>
        <source>Adopted by the council on %1.</source>
        <translation>Goedgekeurd door de gemeenteraad op %1.</translation>
    </message>
    <message>
        <source>Not adopted by the council yet.</source>
        <translation>Nog niet goedgekeurd door de gemeenteraad.</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Titel bewerken</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; van %n actie afgerond</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; van %n acties afgerond</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in progress</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lopend</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n te laat&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n te laat&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none late</source>
        <translation>geen te laat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; spent of %2 planned (%3 committed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; uitgegeven van %2 gepland (%3 vastgelegd)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>%n actie eindigt later dan de gemeenteraad heeft goedgekeurd, met %1 dagen.</numerusform>
            <numerusform>%n acties eindigen later dan de gemeenteraad heeft goedgekeurd, met tot %1 dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action ends as the council adopted.</source>
        <translation>Elke actie eindigt zoals de gemeenteraad heeft goedgekeurd.</translation>
    </message>
</context>
<context>
    <name>PlanIndicatorFigure</name>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indicatoren ten opzichte van hun streefwaarden</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Now %1, target %2</source>
        <translation>Nu %1, streefwaarde %2</translation>
    </message>
    <message>
        <source>Now %1, no target</source>
        <translation>Nu %1, geen streefwaarde</translation>
    </message>
    <message>
        <source>No indicator has been defined.</source>
        <translation>Er is geen indicator gedefinieerd.</translation>
    </message>
    <message>
        <source>Now: the latest value, or the sum of the values for indicators counted per period. Reached: the share of the way from the baseline to the target.</source>
        <translation>Nu: de laatste waarde, of de som van de waarden voor indicatoren die per periode worden geteld. Bereikt: het deel van de weg van de nulmeting naar de streefwaarde.</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>Kleine grafieken</translation>
    </message>
    <message>
        <source>The measured values of each indicator over time, its target dashed.</source>
        <translation>De gemeten waarden van elke indicator in de tijd, met de streefwaarde gestippeld.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The priority&apos;s title</source>
        <translation>De titel van de prioriteit</translation>
    </message>
    <message>
        <source>The priority&apos;s theme</source>
        <translation>Het thema van de prioriteit</translation>
    </message>
    <message>
        <source>The rank</source>
        <translation>De rang</translation>
    </message>
    <message>
        <source>The date of validation by the stakeholder group</source>
        <translation>De datum van validatie door de stakeholdergroep</translation>
    </message>
    <message>
        <source>The date of adoption by the council</source>
        <translation>De datum van goedkeuring door de gemeenteraad</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>De prioriteit</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>Het checklistcriterium</translation>
    </message>
    <message>
        <source>The profile figure</source>
        <translation>Het profielcijfer</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>De datum van de consultatie</translation>
    </message>
    <message>
        <source>A stakeholder consulted</source>
        <translation>Een geraadpleegde stakeholder</translation>
    </message>
    <message>
        <source>The stakeholder-group meeting</source>
        <translation>De vergadering van de stakeholdergroep</translation>
    </message>
    <message>
        <source>Evidence must point to exactly one checklist item or one profile figure. Choose one of the two and clear the other.</source>
        <translation>Een onderbouwing moet naar precies één checklistcriterium of één profielcijfer verwijzen. Kies een van beide en wis het andere.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineFigure</name>
    <message>
        <source>Action (colour: status; red: late)</source>
        <translation>Actie (kleur: status; rood: te laat)</translation>
    </message>
    <message>
        <source>Dates adopted</source>
        <translation>Goedgekeurde data</translation>
    </message>
    <message>
        <source>Milestone (filled: done)</source>
        <translation>Mijlpaal (gevuld: bereikt)</translation>
    </message>
    <message>
        <source>Timeline, %1 to %2: rows %3 to %4 of %5.</source>
        <translation>Tijdlijn, %1 tot %2: rijen %3 tot %4 van %5.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Priority, action, milestone</source>
        <translation>Prioriteit, actie, mijlpaal</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End or due</source>
        <translation>Einde of vervaldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Uitgegeven van gepland</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Bereikt op %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (%n dag later dan goedgekeurd)</numerusform>
            <numerusform>%1 (%n dagen later dan goedgekeurd)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>PracticesModel</name>
    <message>
        <source>This city</source>
        <translation>Deze stad</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Een andere stad</translation>
    </message>
    <message>
        <source>Where this practice came from: this city&apos;s own file, or the partner city&apos;s file it was taken from.</source>
        <translation>Waar deze praktijk vandaan komt: het eigen bestand van deze stad, of het bestand van de partnerstad waaruit ze is overgenomen.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Goede praktijk</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Het thema</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>De partnerstad</translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Nieuwe goede praktijk</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Goede praktijk toevoegen</translation>
    </message>
    <message>
        <source>Edit the good practice “%1”</source>
        <translation>Goede praktijk “%1” bewerken</translation>
    </message>
    <message>
        <source>Remove the good practice “%1”</source>
        <translation>Goede praktijk “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>%n goede praktijk verwijderen</numerusform>
            <numerusform>%n goede praktijken verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice matches “%1”.</source>
        <translation>Geen goede praktijk komt overeen met “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n goede praktijk komt overeen met de zoekopdracht, </numerusform>
            <numerusform>%n goede praktijken komen overeen met de zoekopdracht, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n van partnersteden.</numerusform>
            <numerusform>%n van partnersteden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice yet. Add what your city does well, and what you learn from partner cities.</source>
        <translation>Nog geen goede praktijk. Voeg toe wat uw stad goed doet, en wat u leert van partnersteden.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n goede praktijk, </numerusform>
            <numerusform>%n goede praktijken, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate the good practice “%1”</source>
        <translation>Goede praktijk “%1” dupliceren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Passerelle.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer u Passerelle de volgende keer start.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” verplaatsen</translation>
    </message>
    <message>
        <source>Reorder the priorities</source>
        <translation>Prioriteiten herschikken</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>Record the council’s adoption…</source>
        <translation>Goedkeuring door de gemeenteraad registreren…</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>&amp;Prioriteiten</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Doc&amp;ument</translation>
    </message>
    <message>
        <source>Ne&amp;w priority</source>
        <translation>N&amp;ieuwe prioriteit</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>The most important first. Drag a priority, or use Move up and Move down, to change its rank.</source>
        <translation>De belangrijkste eerst. Sleep een prioriteit, of gebruik Omhoog en Omlaag, om de rang ervan te wijzigen.</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>P&amp;rioriteit</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translation>O&amp;nderbouwing</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>&amp;Consultaties</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nieuwe prioriteit</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Prioriteit toevoegen</translation>
    </message>
    <message>
        <source>Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit &gt; Undo brings them back.</source>
        <translation>De prioriteit “%1” verwijderen met wat eraan hangt: %2, %3 en %4? Bewerken &gt; Ongedaan maken zet ze terug.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n onderbouwing</numerusform>
            <numerusform>%n onderbouwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultatie</numerusform>
            <numerusform>%n consultaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Prioriteit verwijderen</translation>
    </message>
    <message>
        <source>Remove the priority “%1”</source>
        <translation>Prioriteit “%1” verwijderen</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message>
        <source>Adopted by the council on %1</source>
        <translation>Goedgekeurd door de gemeenteraad op %1</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group on %1</source>
        <translation>Gevalideerd door de stakeholdergroep op %1</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Methode</translation>
    </message>
    <message>
        <source>The stakeholder group</source>
        <translation>De stakeholdergroep</translation>
    </message>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>De prioriteiten zijn voorbereid met de stakeholdergroep van de stad, met %n lid, vermeld in bijlage A.</numerusform>
            <numerusform>De prioriteiten zijn voorbereid met de stakeholdergroep van de stad, met %n leden, vermeld in bijlage A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>De groep is %n keer samengekomen.</numerusform>
            <numerusform>De groep is %n keer samengekomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>De groep is nog niet samengekomen.</translation>
    </message>
    <message>
        <source>The meetings of the stakeholder group.</source>
        <translation>De vergaderingen van de stakeholdergroep.</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Wie geraadpleegd is</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Geraadpleegd</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
    <message>
        <source>No consultation has been recorded.</source>
        <translation>Er is geen consultatie geregistreerd.</translation>
    </message>
    <message>
        <source>3. The priorities</source>
        <translation>3. De prioriteiten</translation>
    </message>
    <message>
        <source>No priority has been written yet.</source>
        <translation>Er is nog geen prioriteit geschreven.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Verwacht resultaat</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <source>No action has been planned for this priority yet.</source>
        <translation>Er is nog geen actie gepland voor deze prioriteit.</translation>
    </message>
    <message>
        <source>Local integration priorities</source>
        <translation>Lokale integratieprioriteiten</translation>
    </message>
    <message>
        <source>The priorities for the inclusion of newcomers in %1 and the actions that carry them out</source>
        <translation>De prioriteiten voor de inclusie van nieuwkomers in %1 en de acties die ze uitvoeren</translation>
    </message>
    <message>
        <source>Priorities and action plan</source>
        <translation>Prioriteiten en actieplan</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Versie van %1</translation>
    </message>
    <message>
        <source>Draft for consultation</source>
        <translation>Ontwerp voor consultatie</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>1. Context</source>
        <translation>1. Context</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Het migratieprofiel</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>A. The stakeholder group&apos;s members</source>
        <translation>A. De leden van de stakeholdergroep</translation>
    </message>
    <message>
        <source>B. Access to services: scores by area</source>
        <translation>B. Toegang tot diensten: scores per domein</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group</source>
        <translation>Gevalideerd door de stakeholdergroep</translation>
    </message>
    <message>
        <source>Adopted by the council</source>
        <translation>Goedgekeurd door de gemeenteraad</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Why this matters for the city: the gaps and figures it rests on.</source>
        <translation>Waarom dit belangrijk is voor de stad: de knelpunten en cijfers waarop het steunt.</translation>
    </message>
    <message>
        <source>What will have changed for migrants when it is done.</source>
        <translation>Wat er voor migranten veranderd zal zijn wanneer het gerealiseerd is.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>&amp;Verwacht resultaat:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Validated by the group &amp;on:</source>
        <translation>Gevalideerd door de groep &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Adopted by the council on:</source>
        <translation>&amp;Goedgekeurd door de gemeenteraad op:</translation>
    </message>
    <message>
        <source>The date of validation</source>
        <translation>De datum van validatie</translation>
    </message>
    <message>
        <source>The date of adoption</source>
        <translation>De datum van goedkeuring</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>Edit the priority “%1”</source>
        <translation>Prioriteit “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>PriorityFromGapCommand</name>
    <message>
        <source>Make a priority from a gap</source>
        <translation>Een prioriteit maken van een knelpunt</translation>
    </message>
    <message>
        <source>The service-access checklist (round “%3”) found a gap: “%1” is answered “%2”.</source>
        <translation>De checklist voor toegang tot diensten (ronde “%3”) vond een knelpunt: “%1” is beantwoord met “%2”.</translation>
    </message>
    <message>
        <source>Answered “%1” in round “%2”.</source>
        <translation>Beantwoord met “%1” in ronde “%2”.</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>City and &amp;key figures</source>
        <translation>Stad en &amp;kerncijfers</translation>
    </message>
    <message>
        <source>&amp;Origins of migrants</source>
        <translation>Herkomst van &amp;migranten</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>W&amp;ijken</translation>
    </message>
    <message>
        <source>N&amp;arrative</source>
        <translation>&amp;Verhaal</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De stad</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Cijfer toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected figures</source>
        <translation>De geselecteerde cijfers verwijderen</translation>
    </message>
    <message>
        <source>The few numbers that tell the city&apos;s migration story, each with its year and source so that a reader can check it.</source>
        <translation>De paar getallen die het migratieverhaal van de stad vertellen, elk met het jaar en de bron, zodat een lezer ze kan controleren.</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Herkomst toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected origins</source>
        <translation>De geselecteerde herkomsten verwijderen</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Herkomst van migranten</translation>
    </message>
    <message>
        <source>Migrants living in the city by country of origin. Give each figure its year and its source (census, register, survey).</source>
        <translation>Migranten die in de stad wonen, per land van herkomst. Geef bij elk cijfer het jaar en de bron (volkstelling, register, enquête).</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Wijk toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected districts</source>
        <translation>De geselecteerde wijken verwijderen</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Where migrants live in the city. Leave a figure empty when it is not known; the share is worked out from the two populations.</source>
        <translation>Waar migranten in de stad wonen. Laat een cijfer leeg als het niet bekend is; het aandeel wordt berekend uit de twee bevolkingscijfers.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Stadsprofiel</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Sources: </source>
        <translation>Bronnen: </translation>
    </message>
    <message>
        <source>inhabitants (%1)</source>
        <translation>inwoners (%1)</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>inwoners</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Population of the city</source>
        <translation>Bevolking van de stad</translation>
    </message>
    <message>
        <source>No key figure of the profile is recorded yet.</source>
        <translation>Er is nog geen kerncijfer van het profiel geregistreerd.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migranten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>All origins listed</source>
        <translation>Alle vermelde herkomstlanden</translation>
    </message>
    <message>
        <source>Share: of the migrants of all the origins listed.</source>
        <translation>Aandeel: van de migranten van alle vermelde herkomstlanden.</translation>
    </message>
    <message>
        <source>No country of origin is recorded yet.</source>
        <translation>Er is nog geen land van herkomst geregistreerd.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <source>Share: migrants in the district’s population.</source>
        <translation>Aandeel: migranten in de bevolking van de wijk.</translation>
    </message>
    <message>
        <source>No district is recorded yet.</source>
        <translation>Er is nog geen wijk geregistreerd.</translation>
    </message>
    <message>
        <source>The migration profile has no key figure yet: the city’s population and the figures on its migrants will appear here with their sources.</source>
        <translation>Het migratieprofiel heeft nog geen kerncijfer: de bevolking van de stad en de cijfers over haar migranten verschijnen hier met hun bronnen.</translation>
    </message>
    <message>
        <source>The key figures of the migration profile and their sources.</source>
        <translation>De kerncijfers van het migratieprofiel en hun bronnen.</translation>
    </message>
    <message>
        <source>The largest groups by country of origin: %1.</source>
        <translation>De grootste groepen per land van herkomst: %1.</translation>
    </message>
    <message>
        <source>City migration profile</source>
        <translation>Migratieprofiel van de stad</translation>
    </message>
    <message>
        <source>Who the city’s migrants are, where they live, and what the city knows of their situation, with the sources of every figure</source>
        <translation>Wie de migranten van de stad zijn, waar ze wonen en wat de stad weet over hun situatie, met de bron van elk cijfer</translation>
    </message>
    <message>
        <source>The knowledge on which the city’s priorities rest</source>
        <translation>De kennis waarop de prioriteiten van de stad steunen</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 inwoners</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Herkomst van migranten</translation>
    </message>
    <message>
        <source>Where migrants live</source>
        <translation>Waar migranten wonen</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Het migratieprofiel</translation>
    </message>
    <message>
        <source>The sections of the profile are not written yet.</source>
        <translation>De onderdelen van het profiel zijn nog niet geschreven.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The city&apos;s name</source>
        <translation>De naam van de stad</translation>
    </message>
    <message>
        <source>The population year</source>
        <translation>Het jaar van het bevolkingscijfer</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>De bevolking</translation>
    </message>
    <message>
        <source>The country of origin</source>
        <translation>Het land van herkomst</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Het aantal migranten</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Het jaar</translation>
    </message>
    <message>
        <source>The district&apos;s name</source>
        <translation>De naam van de wijk</translation>
    </message>
    <message>
        <source>The migrant population</source>
        <translation>De migrantenbevolking</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>Het label van het cijfer</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Legal framework for migration</source>
        <translation>Wettelijk kader voor migratie</translation>
    </message>
    <message>
        <source>Local expertise</source>
        <translation>Lokale expertise</translation>
    </message>
    <message>
        <source>Migrants&apos; skills</source>
        <translation>Vaardigheden van migranten</translation>
    </message>
    <message>
        <source>Relations with the administration</source>
        <translation>Relaties met de overheid</translation>
    </message>
    <message>
        <source>Relations with society</source>
        <translation>Relaties met de samenleving</translation>
    </message>
    <message>
        <source>The city&apos;s migration story in a few paragraphs: who arrives, who stays, what has changed recently.</source>
        <translation>Het migratieverhaal van de stad in enkele alinea’s: wie aankomt, wie blijft, wat er onlangs veranderd is.</translation>
    </message>
    <message>
        <source>National and regional laws and the city&apos;s own powers over reception, residence, work and access to services.</source>
        <translation>Nationale en regionale wetten en de eigen bevoegdheden van de stad inzake opvang, verblijf, werk en toegang tot diensten.</translation>
    </message>
    <message>
        <source>Who in the city knows the subject: researchers, services, associations, earlier studies.</source>
        <translation>Wie in de stad het onderwerp kent: onderzoekers, diensten, verenigingen, eerdere studies.</translation>
    </message>
    <message>
        <source>Qualifications, trades and languages migrants bring, and how far they are recognised and used.</source>
        <translation>Kwalificaties, beroepen en talen die migranten meebrengen, en in welke mate ze erkend en benut worden.</translation>
    </message>
    <message>
        <source>How migrants deal with the city&apos;s services: access, language, trust, obstacles.</source>
        <translation>Hoe migranten omgaan met de diensten van de stad: toegang, taal, vertrouwen, drempels.</translation>
    </message>
    <message>
        <source>Relations with residents, neighbourhoods, employers and media: cohesion and tensions.</source>
        <translation>Relaties met bewoners, buurten, werkgevers en media: samenhang en spanningen.</translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message>
        <source>Who wrote it: personal data, left out of shared copies.</source>
        <translation>Wie het schreef: persoonsgegeven, weggelaten uit gedeelde kopieën.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurd is</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nieuwe voortgangsnotitie</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>Voortgangsnotitie toevoegen</translation>
    </message>
    <message>
        <source>Edit the progress note of %1</source>
        <translation>Voortgangsnotitie van %1 bewerken</translation>
    </message>
    <message>
        <source>Remove the progress note of %1</source>
        <translation>Voortgangsnotitie van %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>%n voortgangsnotitie verwijderen</numerusform>
            <numerusform>%n voortgangsnotities verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Kopie opslaan als…</translation>
    </message>
    <message>
        <source>This file was opened read-only, as you asked.</source>
        <translation>Dit bestand is alleen-lezen geopend, zoals u hebt gevraagd.</translation>
    </message>
    <message>
        <source>This file is read-only: you do not have permission to change it.</source>
        <translation>Dit bestand is alleen-lezen: u hebt geen toestemming om het te wijzigen.</translation>
    </message>
    <message>
        <source>This file is in a read-only folder (a shared drive, a CD, a protected folder), so Passerelle cannot safely store changes there.</source>
        <translation>Dit bestand staat in een alleen-lezenmap (een gedeelde schijf, een cd, een beveiligde map), zodat Passerelle er niet veilig wijzigingen kan opslaan.</translation>
    </message>
    <message>
        <source>You can read everything but change nothing. To edit, use “Save a copy as…” and work on the copy.</source>
        <translation>U kunt alles lezen, maar niets wijzigen. Om te bewerken, gebruikt u “Kopie opslaan als…” en werkt u in de kopie.</translation>
    </message>
    <message>
        <source>This is the file of the partner city %1 (the date it was shared is unknown).</source>
        <translation>Dit is het bestand van de partnerstad %1 (de datum waarop het gedeeld is, is onbekend).</translation>
    </message>
    <message>
        <source>This is the file the partner city %1 shared on %2.</source>
        <translation>Dit is het bestand dat de partnerstad %1 op %2 heeft gedeeld.</translation>
    </message>
    <message>
        <source>It is open read-only, from a private copy: you can read every part but change nothing, and your own city file is not affected.</source>
        <translation>Het is alleen-lezen geopend, vanuit een privékopie: u kunt elk deel lezen maar niets wijzigen, en uw eigen stadsbestand blijft onaangeroerd.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The change could not be stored: the city file or its folder has become read-only (or the disk was removed). Nothing was changed; make the file writable again, or use File &gt; Save a copy as… to keep working on a copy.</source>
        <translation>De wijziging kon niet worden opgeslagen: het stadsbestand of de map ervan is alleen-lezen geworden (of de schijf is verwijderd). Er is niets gewijzigd; maak het bestand weer beschrijfbaar, of gebruik Bestand &gt; Kopie opslaan als… om verder te werken in een kopie.</translation>
    </message>
    <message>
        <source>The change could not be stored: the disk is full. Nothing was changed; free some space on the disk, then try again.</source>
        <translation>De wijziging kon niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd; maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The change could not be stored: another program is using the city file. Nothing was changed; close the other program, then try again.</source>
        <translation>De wijziging kon niet worden opgeslagen: een ander programma gebruikt het stadsbestand. Er is niets gewijzigd; sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The change could not be stored in the city file (%1). Nothing was changed; check that the file is still reachable (a removed disk, a lost network folder), then try again.</source>
        <translation>De wijziging kon niet worden opgeslagen in het stadsbestand (%1). Er is niets gewijzigd; controleer of het bestand nog bereikbaar is (een verwijderde schijf, een verloren netwerkmap) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Passerelle is still checking the city file, which takes a few seconds for a large file. Your change was not made; make it again in a moment.</source>
        <translation>Passerelle controleert het stadsbestand nog, wat voor een groot bestand enkele seconden duurt. Uw wijziging is niet uitgevoerd; voer ze zo dadelijk opnieuw uit.</translation>
    </message>
    <message>
        <source>The record no longer exists in the city file; it may have been deleted. Refresh the view and try again.</source>
        <translation>Het record bestaat niet meer in het stadsbestand; het is misschien verwijderd. Vernieuw de weergave en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The last change to this file had not been finished when Passerelle or the computer stopped. That unfinished change was undone, as if it had never been started; everything stored before it is in the file. Check the last thing you were doing and do it again if it is missing.</source>
        <translation>De laatste wijziging aan dit bestand was niet voltooid toen Passerelle of de computer stopte. Die onvoltooide wijziging is ongedaan gemaakt, alsof ze nooit was begonnen; alles wat daarvoor is opgeslagen, staat in het bestand. Controleer wat u het laatst deed en doe het opnieuw als het ontbreekt.</translation>
    </message>
    <message>
        <source>Another program had left changes to this file in a separate file beside it (ending in “-wal”). They are now part of the city file.</source>
        <translation>Een ander programma had wijzigingen aan dit bestand achtergelaten in een apart bestand ernaast (eindigend op “-wal”). Ze maken nu deel uit van het stadsbestand.</translation>
    </message>
</context>
<context>
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>%n stakeholder verplaatsen in het netwerk</numerusform>
            <numerusform>%n stakeholders verplaatsen in het netwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a stakeholder to move it, drag the background to pan, Ctrl+wheel to zoom, double-click to open.</source>
        <translation>Sleep een stakeholder om hem te verplaatsen, sleep de achtergrond om te schuiven, Ctrl+scrollwiel om te zoomen, dubbelklik om te openen.</translation>
    </message>
    <message>
        <source>%L1 stakeholders are shown: too many to draw a readable network (at most %L2). Narrow them with the network&apos;s kind and theme, or with the table&apos;s filters (level, group or text), to see the relations between them.</source>
        <translation>Er worden %L1 stakeholders getoond: te veel om een leesbaar netwerk te tekenen (hoogstens %L2). Beperk ze met de soort en het thema van het netwerk, of met de filters van de tabel (niveau, groep of tekst), om de relaties ertussen te zien.</translation>
    </message>
    <message>
        <source>Placing the stakeholders on the network…</source>
        <translation>De stakeholders worden in het netwerk geplaatst…</translation>
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
            <numerusform>%n relatie</numerusform>
            <numerusform>%n relaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the network automatically</source>
        <translation>Het netwerk automatisch schikken</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>Het netwerk exporteren als PNG</translation>
    </message>
    <message>
        <source>Export the network as SVG</source>
        <translation>Het netwerk exporteren als SVG</translation>
    </message>
    <message>
        <source>relations-network</source>
        <translation>relatienetwerk</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relaties tussen stakeholders</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Het netwerk exporteren</translation>
    </message>
    <message>
        <source>The network of relations was written, as shown.</source>
        <translation>Het relatienetwerk is geschreven zoals het wordt getoond.</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>%n niet geplaatst: “Automatisch schikken” plaatst hem</numerusform>
            <numerusform>%n niet geplaatst: “Automatisch schikken” plaatst ze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkEdge</name>
    <message>
        <source>%1 — %2 (strength %3 of %4) — %5</source>
        <translation>%1 — %2 (sterkte %3 van %4) — %5</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkExport</name>
    <message>
        <source>The network is too big to be saved as an image. Narrow it with the filters, or export it as SVG.</source>
        <translation>Het netwerk is te groot om als afbeelding te worden opgeslagen. Beperk het met de filters, of exporteer het als SVG.</translation>
    </message>
    <message>
        <source>Relations between the stakeholders, made with Passerelle</source>
        <translation>Relaties tussen de stakeholders, gemaakt met Passerelle</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and that you may write in it, or choose another place.</source>
        <translation>Kon “%1” niet schrijven. Controleer of de map bestaat en of u erin mag schrijven, of kies een andere plaats.</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkLegend</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message>
        <source>Stop placing</source>
        <translation>Plaatsen stoppen</translation>
    </message>
    <message>
        <source>Stop waiting: the stakeholders not placed yet stay off the network until you arrange it or narrow the list.</source>
        <translation>Niet langer wachten: de stakeholders die nog niet geplaatst zijn, blijven buiten het netwerk tot u het schikt of de lijst inperkt.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>%Ln stakeholder wordt op het netwerk geplaatst…</numerusform>
            <numerusform>%Ln stakeholders worden op het netwerk geplaatst…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n seconde tot nu toe</numerusform>
            <numerusform>%n seconden tot nu toe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkToolBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Inzoomen (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Uitzoomen (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Het hele netwerk tonen</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch schikken</translation>
    </message>
    <message>
        <source>Place every stakeholder shown afresh (can be undone)</source>
        <translation>Elke getoonde stakeholder opnieuw plaatsen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exporteren…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Show or hide the legend, which floats over the network</source>
        <translation>De legenda tonen of verbergen, die boven het netwerk zweeft</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema’s</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>&amp;With:</source>
        <translation>Me&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Sterkte:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
    <message>
        <source>Type part of the other stakeholder’s name</source>
        <translation>Typ een deel van de naam van de andere stakeholder</translation>
    </message>
    <message>
        <source>From %1 (a loose tie) to %2 (a close one)</source>
        <translation>Van %1 (een losse band) tot %2 (een nauwe band)</translation>
    </message>
    <message>
        <source>&amp;Add relation</source>
        <translation>Re&amp;latie toevoegen</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>Wijzigingen toe&amp;passen</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>Relatie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Choose the other stakeholder: type part of its name.</source>
        <translation>Kies de andere stakeholder: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>No stakeholder is called “%1”. Choose one from the list, or add it to the stakeholders first.</source>
        <translation>Er is geen stakeholder die “%1” heet. Kies er een uit de lijst, of voeg hem eerst toe aan de stakeholders.</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <source>Change a relation</source>
        <translation>Relatie wijzigen</translation>
    </message>
    <message>
        <source>Remove a relation</source>
        <translation>Relatie verwijderen</translation>
    </message>
</context>
<context>
    <name>RelationsPanelModel</name>
    <message>
        <source>Funds them</source>
        <translation>Financiert de andere</translation>
    </message>
    <message>
        <source>Funded by them</source>
        <translation>Gefinancierd door de andere</translation>
    </message>
    <message>
        <source>Refers to them</source>
        <translation>Verwijst door naar de andere</translation>
    </message>
    <message>
        <source>Referred by them</source>
        <translation>Doorverwezen door de andere</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide richtingen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport geschreven naar %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Priorities document</source>
        <translation>Prioriteitendocument</translation>
    </message>
    <message>
        <source>Action plan status report</source>
        <translation>Voortgangsrapport actieplan</translation>
    </message>
    <message>
        <source>Stakeholder map report</source>
        <translation>Rapport stakeholderkaart</translation>
    </message>
    <message>
        <source>Service-access report</source>
        <translation>Rapport toegang tot diensten</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Stadsprofiel</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The language the report is written in, whatever the language of the program.</source>
        <translation>De taal waarin het rapport wordt geschreven, ongeacht de taal van het programma.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (VS)</translation>
    </message>
    <message>
        <source>The report lists what was done from this date on.</source>
        <translation>Het rapport vermeldt wat er vanaf deze datum is gedaan.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Taal van het rapport:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;Done since:</source>
        <translation>Afgerond &amp;sinds:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an office suite.</source>
        <translation>Een rapport voor de gemeenteraad (%1) schrijven als PDF/A, of als OpenDocument-tekst om af te werken in een kantoorpakket.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Het rapport: %1.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Het te lezen stadsbestand.</translation>
    </message>
    <message>
        <source>The report to write: .pdf, or .odt for the priorities document and the action-plan report.</source>
        <translation>Het te schrijven rapport: .pdf, of .odt voor het prioriteitendocument en het voortgangsrapport van het actieplan.</translation>
    </message>
    <message>
        <source>The report&apos;s language (%1); by default the city&apos;s.</source>
        <translation>De taal van het rapport (%1); standaard die van de stad.</translation>
    </message>
    <message>
        <source>a4 or letter; by default the one of your region.</source>
        <translation>a4 of letter; standaard dat van uw regio.</translation>
    </message>
    <message>
        <source>For the action-plan report: what was done since this date (YYYY-MM-DD); by default the last 90 days.</source>
        <translation>Voor het voortgangsrapport van het actieplan: wat er sinds deze datum is gedaan (JJJJ-MM-DD); standaard de laatste 90 dagen.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>OUT vervangen als het al bestaat.</translation>
    </message>
    <message>
        <source>report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.</source>
        <translation>report verwacht een KIND, een FILE en -o OUT.pdf of OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” is not a report. Choose one of: %2.</source>
        <translation>“%1” is geen rapport. Kies een van: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or OUT.odt.</source>
        <translation>“%1” is geen .pdf- en geen .odt-bestandsnaam. Noem de uitvoer OUT.pdf of OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” (%2) is written as PDF only. Name the output OUT.pdf.</source>
        <translation>“%1” (%2) wordt alleen als PDF geschreven. Noem de uitvoer OUT.pdf.</translation>
    </message>
    <message>
        <source>Reports are written in %1, not in “%2”.</source>
        <translation>Rapporten worden geschreven in %1, niet in “%2”.</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not “%1”.</source>
        <translation>Het papier is a4 of letter, niet “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.</source>
        <translation>“%1” is geen datum. Schrijf ze als JJJJ-MM-DD, bijvoorbeeld 2026-09-30.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n pagina geschreven naar %1.</numerusform>
            <numerusform>%n pagina’s geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text (.odt)</source>
        <translation>&amp;OpenDocument-tekst (.odt)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Een rapport exporteren</translation>
    </message>
    <message>
        <source>PDF to publish or print as it is; OpenDocument to finish the wording in LibreOffice or Word first.</source>
        <translation>PDF om te publiceren of af te drukken zoals het is; OpenDocument om de tekst eerst af te werken in LibreOffice of Word.</translation>
    </message>
    <message>
        <source>This report is written as PDF only.</source>
        <translation>Dit rapport wordt alleen als PDF geschreven.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>report file name: city file, report</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Het rapport exporteren</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this report?</source>
        <translation>“%1” bestaat al. Vervangen door dit rapport?</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport geëxporteerd</translation>
    </message>
    <message>
        <source>%1 written as an OpenDocument text: open it in LibreOffice or Word to finish the wording.</source>
        <translation>%1 geschreven als OpenDocument-tekst: open het in LibreOffice of Word om de tekst af te werken.</translation>
    </message>
    <message>
        <source>%1 written as a PDF document.</source>
        <translation>%1 geschreven als PDF-document.</translation>
    </message>
    <message>
        <source>Stop the export; no file is written.</source>
        <translation>De export stoppen; er wordt geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 — local integration office</source>
        <translation>%1 — lokale integratiedienst</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt voorbereid…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>The report could not be made</source>
        <translation>Het rapport kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Een rapport afdrukken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Het rapport is niet afgedrukt</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready, then print again.</source>
        <translation>De printer kon niet worden gebruikt. Controleer of hij aangesloten en klaar is, en druk opnieuw af.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Preview a report before printing</source>
        <translation>Een voorbeeld van een rapport bekijken vóór het afdrukken</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subkop</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lijst</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lijst</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Koppeling…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Van de geselecteerde tekst een koppeling maken</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>Koppeling invoegen</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Ronde bewerken</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>Nieuwe beoordelingsronde</translation>
    </message>
    <message>
        <source>e.g. 2026, Baseline</source>
        <translation>bv. 2026, Nulmeting</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list</source>
        <translation>Typ een deel van een naam om de lijst te filteren</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Gehouden op:</translation>
    </message>
    <message>
        <source>Nothing: start with no answers</source>
        <translation>Niets: beginnen zonder antwoorden</translation>
    </message>
    <message>
        <source>The answers of round “%1”</source>
        <translation>De antwoorden van ronde “%1”</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen vanuit:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checklist:</translation>
    </message>
    <message>
        <source>&amp;Participants (the stakeholders who took part):</source>
        <translation>&amp;Deelnemers (de stakeholders die hebben deelgenomen):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>De ronde starten</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>it holds an extra table “%1” that Passerelle does not make</source>
        <translation>het bevat een extra tabel “%1” die Passerelle niet aanmaakt</translation>
    </message>
    <message>
        <source>it holds an extra index “%1” that Passerelle does not make</source>
        <translation>het bevat een extra index “%1” die Passerelle niet aanmaakt</translation>
    </message>
    <message>
        <source>it holds a trigger “%1” that Passerelle does not make: code that would run when the file is changed</source>
        <translation>het bevat een trigger “%1” die Passerelle niet aanmaakt: code die zou worden uitgevoerd wanneer het bestand wordt gewijzigd</translation>
    </message>
    <message>
        <source>it holds a view “%1” that Passerelle does not make: code that would run when the file is read</source>
        <translation>het bevat een view “%1” die Passerelle niet aanmaakt: code die zou worden uitgevoerd wanneer het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>its table “%1” is not the one Passerelle makes (columns or rules differ)</source>
        <translation>de tabel “%1” is niet die welke Passerelle aanmaakt (kolommen of regels verschillen)</translation>
    </message>
    <message>
        <source>its index “%1” is not the one Passerelle makes</source>
        <translation>de index “%1” is niet die welke Passerelle aanmaakt</translation>
    </message>
    <message>
        <source>its trigger “%1” is not the one Passerelle makes</source>
        <translation>de trigger “%1” is niet die welke Passerelle aanmaakt</translation>
    </message>
    <message>
        <source>“%1” is a view where Passerelle makes a table</source>
        <translation>“%1” is een view waar Passerelle een tabel aanmaakt</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>de tabel “%1” ontbreekt</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>de index “%1” ontbreekt</translation>
    </message>
    <message>
        <source>its trigger “%1” is missing</source>
        <translation>de trigger “%1” ontbreekt</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>No round to show yet.</source>
        <translation>Nog geen ronde om te tonen.</translation>
    </message>
    <message>
        <source>Dash: no score (no item answered met, partly met or not met)</source>
        <translation>Streepje: geen score (geen criterium beantwoord met voldaan, gedeeltelijk voldaan of niet voldaan)</translation>
    </message>
    <message>
        <source>Bar height: the score of the items answered (met counts 1, partly met ½, not met 0)</source>
        <translation>Hoogte van de balk: de score van de beantwoorde criteria (voldaan telt 1, gedeeltelijk voldaan ½, niet voldaan 0)</translation>
    </message>
    <message>
        <source>Grey gauge under a bar: how many of the area’s items were answered (“6/7”: 6 of 7)</source>
        <translation>Grijze meter onder een balk: hoeveel criteria van het domein beantwoord zijn (“6/7”: 6 van 7)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwoord</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Print a round&apos;s checklist scores per area, as JSON.</source>
        <translation>De checklistscores van een ronde per domein tonen, als JSON.</translation>
    </message>
    <message>
        <source>The city file whose round to score.</source>
        <translation>Het stadsbestand waarvan de ronde moet worden gescoord.</translation>
    </message>
    <message>
        <source>The round to score (its label); the latest one when not given.</source>
        <translation>De te scoren ronde (het label ervan); de laatste als niets is opgegeven.</translation>
    </message>
    <message>
        <source>scores takes exactly one FILE.</source>
        <translation>scores verwacht precies één FILE.</translation>
    </message>
    <message>
        <source>The file has no assessment round “%1”.</source>
        <translation>Het bestand heeft geen beoordelingsronde “%1”.</translation>
    </message>
    <message>
        <source>The file has no assessment round yet: there is nothing to score.</source>
        <translation>Het bestand heeft nog geen beoordelingsronde: er is niets te scoren.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Grafiek e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Met counts 1, partly met ½, not met 0; unknown and not applicable are left out. Read every score with its coverage: the share of items answered.</source>
        <translation>Voldaan telt 1, gedeeltelijk voldaan ½, niet voldaan 0; onbekend en niet van toepassing worden weggelaten. Lees elke score samen met de dekkingsgraad: het aandeel beantwoorde criteria.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>De grafiek kon niet naar %1 worden geschreven. Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Scores per domein</translation>
    </message>
    <message>
        <source>scores-%1.png</source>
        <translation>scores-%1.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>De grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>The chart of the scores was written.</source>
        <translation>De grafiek van de scores is geschreven.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>&amp;Sources</source>
        <translation>B&amp;ronnen</translation>
    </message>
    <message>
        <source>Where the facts above come from: laws, studies, statistics, interviews, each with its year.</source>
        <translation>Waar de feiten hierboven vandaan komen: wetten, studies, statistieken, interviews, elk met het jaar.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Scores per area, round by round, with the share of items answered under each bar.</source>
        <translation>Scores per domein, ronde per ronde, met het aandeel beantwoorde criteria onder elke balk.</translation>
    </message>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>Een staafdiagram van de scores per domein voor %n ronde.</numerusform>
            <numerusform>Een staafdiagram van de scores per domein voor %n rondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Beantwoorde criteria</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <source>Score: met counts 1, partly met ½, not met 0, over the items answered one of the three; unknown and not applicable are left out. A dash: no score yet.</source>
        <translation>Score: voldaan telt 1, gedeeltelijk voldaan ½, niet voldaan 0, over de criteria die met een van deze drie zijn beantwoord; onbekend en niet van toepassing worden weggelaten. Een streepje: nog geen score.</translation>
    </message>
    <message>
        <source>No service-access assessment has been held yet: the scores will appear after the first round.</source>
        <translation>Er is nog geen beoordeling van de toegang tot diensten gehouden: de scores verschijnen na de eerste ronde.</translation>
    </message>
    <message>
        <source>Round “%1” of the checklist “%2”, held on %3: an overall score of %4, with %5 of the %6 items answered.</source>
        <translation>Ronde “%1” van de checklist “%2”, gehouden op %3: een totaalscore van %4, met %5 van de %6 criteria beantwoord.</translation>
    </message>
    <message>
        <source>Access to basic services</source>
        <translation>Toegang tot basisdiensten</translation>
    </message>
    <message>
        <source>How far migrants can reach the city’s basic services: scores per area, their change, the gaps and the priorities made from them</source>
        <translation>In welke mate migranten de basisdiensten van de stad kunnen bereiken: scores per domein, hun verandering, de knelpunten en de prioriteiten die eruit voortkomen</translation>
    </message>
    <message>
        <source>The service-access checklist: where the city stands and what it will improve</source>
        <translation>De checklist voor toegang tot diensten: waar de stad staat en wat ze zal verbeteren</translation>
    </message>
    <message>
        <source>Round “%1”, %2</source>
        <translation>Ronde “%1”, %2</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Scores per domein</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>totaalscore</translation>
    </message>
    <message>
        <source>of the items answered</source>
        <translation>van de criteria beantwoord</translation>
    </message>
    <message>
        <source>gaps: items not met or partly met</source>
        <translation>knelpunten: criteria niet of gedeeltelijk voldaan</translation>
    </message>
    <message>
        <source>priorities made from the gaps</source>
        <translation>prioriteiten gemaakt van de knelpunten</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Verandering sinds de vorige ronde</translation>
    </message>
    <message>
        <source>Round “%1” (%2) against round “%3” (%4), in percentage points.</source>
        <translation>Ronde “%1” (%2) tegenover ronde “%3” (%4), in procentpunten.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>There is no earlier round of this checklist to compare with yet.</source>
        <translation>Er is nog geen eerdere ronde van deze checklist om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>The items of the latest round answered not met or partly met: the starting points of the city’s priorities.</source>
        <translation>De criteria van de laatste ronde die met niet voldaan of gedeeltelijk voldaan zijn beantwoord: de vertrekpunten van de prioriteiten van de stad.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Priority made from it</source>
        <translation>Prioriteit die eruit voortkomt</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <source>The latest round found no gap.</source>
        <translation>De laatste ronde vond geen knelpunt.</translation>
    </message>
    <message>
        <source>No round has been held yet.</source>
        <translation>Er is nog geen ronde gehouden.</translation>
    </message>
    <message>
        <source>Priorities made from the gaps</source>
        <translation>Prioriteiten gemaakt van de knelpunten</translation>
    </message>
    <message>
        <source>No priority rests on a gap of the latest round yet.</source>
        <translation>Nog geen enkele prioriteit steunt op een knelpunt van de laatste ronde.</translation>
    </message>
    <message>
        <source>Expected outcome: </source>
        <translation>Verwacht resultaat: </translation>
    </message>
    <message>
        <source>The gaps it answers:</source>
        <translation>De knelpunten waarop ze inspeelt:</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>S&amp;hare with a partner city…</source>
        <translation>Delen &amp;met een partnerstad…</translation>
    </message>
    <message>
        <source>Write a copy of the file for a partner city, without personal data unless you include it.</source>
        <translation>Een kopie van het bestand schrijven voor een partnerstad, zonder persoonsgegevens tenzij u ze opneemt.</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Write a copy of a city file to share with a partner city, without personal data.</source>
        <translation>Een kopie van een stadsbestand schrijven om te delen met een partnerstad, zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>The city file to share.</source>
        <translation>Het te delen stadsbestand.</translation>
    </message>
    <message>
        <source>The shared copy to write.</source>
        <translation>De te schrijven gedeelde kopie.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>OUT vervangen als het al bestaat.</translation>
    </message>
    <message>
        <source>share takes a FILE and -o OUT.</source>
        <translation>share verwacht een FILE en -o OUT.</translation>
    </message>
    <message>
        <source>%1 shared in %2.</source>
        <translation>%1 gedeeld in %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelaten:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a partner city</source>
        <translation>Delen met een partnerstad</translation>
    </message>
    <message>
        <source>Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they open as they open their own. What is left out is not hidden in it but absent from its bytes.</source>
        <translation>Schrijft een kopie van “%1” om naar een partnerstad te sturen: een gewoon Passerelle-bestand dat ze openen zoals hun eigen bestand. Wat wordt weggelaten, is er niet in verborgen maar komt in de bytes ervan gewoon niet voor.</translation>
    </message>
    <message>
        <source>Left out of the copy:</source>
        <translation>Weggelaten uit de kopie:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Delen…</translation>
    </message>
    <message>
        <source>What the copy leaves out could not be counted: %1</source>
        <translation>Wat de kopie weglaat, kon niet worden geteld: %1</translation>
    </message>
    <message>
        <source>Nothing: the copy holds everything in the file.</source>
        <translation>Niets: de kopie bevat alles wat in het bestand staat.</translation>
    </message>
    <message>
        <source>Nothing: the file holds no personal data.</source>
        <translation>Niets: het bestand bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>%1 - shared</source>
        <comment>file name of a copy for a partner city</comment>
        <translation>%1 - gedeeld</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Passerelle-stadsbestanden (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the shared copy?</source>
        <translation>“%1” bestaat al. Vervangen door de gedeelde kopie?</translation>
    </message>
    <message>
        <source>Shared with a partner city</source>
        <translation>Gedeeld met een partnerstad</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, with personal data.</source>
        <translation>De kopie voor de partnerstad is geschreven, met persoonsgegevens.</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, without personal data.</source>
        <translation>De kopie voor de partnerstad is geschreven, zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>Stop sharing; no file is written.</source>
        <translation>Het delen stoppen; er wordt geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>ShareFiles</name>
    <message>
        <source>The shared copy “%1” could not be saved to the disk. Check the free space, then share again.</source>
        <translation>De gedeelde kopie “%1” kon niet op de schijf worden opgeslagen. Controleer de vrije ruimte en deel opnieuw.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder.</source>
        <translation>De gedeelde kopie “%1” kon niet worden geschreven: %2. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>naam van %n contactpersoon</numerusform>
            <numerusform>namen van %n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>functie van %n contactpersoon</numerusform>
            <numerusform>functies van %n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>e-mailadres van %n contactpersoon</numerusform>
            <numerusform>e-mailadressen van %n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>telefoonnummer van %n contactpersoon</numerusform>
            <numerusform>telefoonnummers van %n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>voorkeurstaal van %n contactpersoon</numerusform>
            <numerusform>voorkeurstalen van %n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n privénotitie over stakeholders</numerusform>
            <numerusform>%n privénotities over stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>wie %n checklistantwoord gaf</numerusform>
            <numerusform>wie %n checklistantwoorden gaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>deelnemers aan %n consultatie</numerusform>
            <numerusform>deelnemers aan %n consultaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>auteurs van %n voortgangsnotitie</numerusform>
            <numerusform>auteurs van %n voortgangsnotities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>deelnemers aan %n uitwisseling</numerusform>
            <numerusform>deelnemers aan %n uitwisselingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>contactpersoon van %n partnerstad</numerusform>
            <numerusform>contactpersonen van %n partnersteden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>e-mailadres van de contactpersoon van %n partnerstad</numerusform>
            <numerusform>e-mailadressen van de contactpersonen van %n partnersteden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>telefoonnummer van de contactpersoon van %n partnerstad</numerusform>
            <numerusform>telefoonnummers van de contactpersonen van %n partnersteden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>uw overzicht van importen uit %n partnerstad</numerusform>
            <numerusform>uw overzicht van importen uit %n partnersteden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>de basis van uw volgende samenvoegingen: %n record zoals de partners het het laatst hebben gedeeld</numerusform>
            <numerusform>de basis van uw volgende samenvoegingen: %n records zoals de partners ze het laatst hebben gedeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n rij van %1</numerusform>
            <numerusform>%n rijen van %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n waarde van %1.%2</numerusform>
            <numerusform>%n waarden van %1.%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWriter</name>
    <message>
        <source>Sharing was cancelled: no file was written.</source>
        <translation>Het delen is geannuleerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The shared copy cannot replace the city file itself. Choose another name.</source>
        <translation>De gedeelde kopie kan het stadsbestand zelf niet vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Passerelle. Open it in Passerelle once, which brings it up to date, then share it.</source>
        <translation>“%1” is geschreven door een oudere versie van Passerelle. Open het eenmaal in Passerelle, dat het bijwerkt, en deel het dan.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>De gedeelde kopie “%1” kon niet worden geschreven: %2. Kies een andere map of maak schijfruimte vrij.</translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Municipal department</source>
        <translation>Gemeentelijke dienst</translation>
    </message>
    <message>
        <source>National or regional agency</source>
        <translation>Nationaal of regionaal agentschap</translation>
    </message>
    <message>
        <source>Public service provider</source>
        <translation>Openbare dienstverlener</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>Ngo of middenveld</translation>
    </message>
    <message>
        <source>Migrant or diaspora association</source>
        <translation>Migranten- of diaspora-organisatie</translation>
    </message>
    <message>
        <source>Religious organisation</source>
        <translation>Religieuze organisatie</translation>
    </message>
    <message>
        <source>Private sector or employer</source>
        <translation>Privésector of werkgever</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academische wereld</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Internationale organisatie</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regionaal</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nationaal</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internationaal</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Voortrekker</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Sceptical</source>
        <translation>Sceptisch</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvColumns</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Notes are private</source>
        <translation>Notities privé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvExport</name>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>“%1” kan niet worden geschreven: %2. Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>“%1” kon niet worden opgeslagen: %2. Controleer de vrije ruimte op de schijf en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed in the city file. Import the CSV file again when you are ready.</source>
        <translation>De import is geannuleerd: er is niets gewijzigd in het stadsbestand. Importeer het CSV-bestand opnieuw wanneer u klaar bent.</translation>
    </message>
    <message>
        <source>Two columns of the CSV file are imported as “%1”. Keep one of them and set the other to “Not imported”.</source>
        <translation>Twee kolommen van het CSV-bestand worden geïmporteerd als “%1”. Behoud er een en zet de andere op “Niet geïmporteerd”.</translation>
    </message>
    <message>
        <source>The first line of the CSV file (line %1) has no column of stakeholder names; it reads: %2. Name that column “name” or “nom”, then import again.</source>
        <translation>De eerste regel van het CSV-bestand (regel %1) heeft geen kolom met namen van stakeholders; er staat: %2. Noem die kolom “name” of “nom” en importeer opnieuw.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a value holding the separator must be put in double quotes. Correct the line, or save the file again from your spreadsheet.</source>
        <translation>Deze regel heeft %1 velden, terwijl de kopregel er %2 heeft: een waarde die het scheidingsteken bevat, moet tussen dubbele aanhalingstekens staan. Verbeter de regel, of sla het bestand opnieuw op vanuit uw rekenblad.</translation>
    </message>
    <message>
        <source>The “%1” cell</source>
        <translation>De cel “%1”</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name is missing. Fill it in, or delete the line.</source>
        <translation>De naam van de stakeholder ontbreekt. Vul hem in, of verwijder de regel.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it means when you import.</source>
        <translation>“%1” is geen soort stakeholder. Gebruik een van: %2; of geef bij het importeren aan welke soort ermee bedoeld is.</translation>
    </message>
    <message>
        <source>“%1” is not a level. Use one of: %2; or say which level it means when you import.</source>
        <translation>“%1” is geen niveau. Gebruik een van: %2; of geef bij het importeren aan welk niveau ermee bedoeld is.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or leave it empty to use %5.</source>
        <translation>%1 moet een geheel getal van %2 tot %3 zijn, niet “%4”. Verbeter de cel, of laat ze leeg om %5 te gebruiken.</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>De invloed</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>Het belang</translation>
    </message>
    <message>
        <source>“%1” does not say whether the notes are private: write yes or no, or leave the cell empty for notes that are not private.</source>
        <translation>“%1” zegt niet of de notities privé zijn: schrijf yes of no, of laat de cel leeg voor notities die niet privé zijn.</translation>
    </message>
    <message>
        <source>The contact person&apos;s name is missing while an e-mail or phone is given. Fill in the contact&apos;s name, or empty the e-mail and phone.</source>
        <translation>De naam van de contactpersoon ontbreekt terwijl een e-mailadres of telefoonnummer is opgegeven. Vul de naam van de contactpersoon in, of maak het e-mailadres en het telefoonnummer leeg.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>“%1” lijkt geen e-mailadres (naam@voorbeeld.org). Verbeter het, of laat het e-mailadres leeg.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>“%1” lijkt geen telefoonnummer: gebruik alleen cijfers, spaties en + - ( ) ., met minstens zes cijfers. Verbeter het, of laat het telefoonnummer leeg.</translation>
    </message>
    <message>
        <source>This contact person belongs to “%1” of line %2, which was not imported. Correct line %2, then import again.</source>
        <translation>Deze contactpersoon hoort bij “%1” van regel %2, die niet is geïmporteerd. Verbeter regel %2 en importeer opnieuw.</translation>
    </message>
    <message>
        <source>“%1” repeats the stakeholder of line %2. Keep one of the two lines, or leave only the contact columns filled on this one to add a further contact person.</source>
        <translation>“%1” herhaalt de stakeholder van regel %2. Behoud een van beide regels, of vul op deze regel alleen de contactkolommen in om een extra contactpersoon toe te voegen.</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailEditor</name>
    <message>
        <source>&amp;Private note</source>
        <translation>&amp;Privénotitie</translation>
    </message>
    <message>
        <source>Select a stakeholder to see and edit its details.</source>
        <translation>Selecteer een stakeholder om de gegevens ervan te zien en te bewerken.</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>Van %1 (laag) tot %2 (hoog)</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://voorbeeld.nl</translation>
    </message>
    <message>
        <source>A private note stays in this city file; exports leave it out unless you choose to include personal data.</source>
        <translation>Een privénotitie blijft in dit stadsbestand; exports laten ze weg, tenzij u kiest persoonsgegevens op te nemen.</translation>
    </message>
    <message>
        <source>Private notes are left out of exports unless you choose to include personal data.</source>
        <translation>Privénotities worden weggelaten uit exports, tenzij u kiest persoonsgegevens op te nemen.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <source>Infl&amp;uence</source>
        <translation>&amp;Invloed</translation>
    </message>
    <message>
        <source>In&amp;terest</source>
        <translation>Be&amp;lang</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>Standp&amp;unt</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Websi&amp;te</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>%n stakeholder geselecteerd</numerusform>
            <numerusform>%n stakeholders geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the e&amp;xisting one</source>
        <translation>B&amp;estaande openen</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Stakeholder “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>StakeholderExporter</name>
    <message>
        <source>Export the stakeholders</source>
        <translation>De stakeholders exporteren</translation>
    </message>
    <message>
        <source>%1 stakeholders.xlsx</source>
        <translation>%1 stakeholders.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Stakeholders exported</source>
        <translation>Stakeholders geëxporteerd</translation>
    </message>
    <message>
        <source>The stakeholders were written with their contact persons and private notes: share the file only with those who may see them.</source>
        <translation>De stakeholders zijn geschreven met hun contactpersonen en privénotities: deel het bestand alleen met wie ze mag zien.</translation>
    </message>
    <message>
        <source>The stakeholders were written without personal data.</source>
        <translation>De stakeholders zijn geschreven zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending chooses the format. Export again with one of them.</source>
        <translation>“%1” eindigt niet op .xlsx (Excel-werkmap) en niet op .csv: de extensie bepaalt het formaat. Exporteer opnieuw met een van beide.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Opvolging te &amp;laat</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Only the stakeholders with a follow-up promised for a day already past and not logged as done</source>
        <translation>Alleen de stakeholders met een opvolging die beloofd is voor een dag die al voorbij is en niet als gedaan is vastgelegd</translation>
    </message>
    <message>
        <source>Search names, notes and contacts</source>
        <translation>Zoeken in namen, notities en contactpersonen</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Stakeholders zoeken</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>In the group or not</source>
        <translation>In de groep of niet</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Groepsleden</translation>
    </message>
    <message>
        <source>Not in the group</source>
        <translation>Niet in de groep</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>City Stakeholder Group</source>
        <translation>Lokale stakeholdergroep</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema’s</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 van %Ln stakeholder</numerusform>
            <numerusform>%L1 van %Ln stakeholders</numerusform>
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
    <name>StakeholderGroupView</name>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the city&apos;s lasting consultation body on migration: who sits in it, when it met, who came and what it decided.</source>
        <translation>De lokale stakeholdergroep is het blijvende overlegorgaan van de stad over migratie: wie erin zetelt, wanneer hij samenkwam, wie er aanwezig was en wat hij besliste.</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Leden van de groep</translation>
    </message>
    <message>
        <source>Double-click a name to open the stakeholder; double-click a role or a date to change it</source>
        <translation>Dubbelklik op een naam om de stakeholder te openen; dubbelklik op een rol of datum om ze te wijzigen</translation>
    </message>
    <message>
        <source>The date the member joined</source>
        <translation>De datum waarop het lid toetrad</translation>
    </message>
    <message>
        <source>Chair, member, observer…</source>
        <translation>Voorzitter, lid, waarnemer…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>Aan de groep &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Uit de groep verwijderen</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>&amp;Stakeholder:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>&amp;Lid sinds:</translation>
    </message>
    <message>
        <source>Choose the stakeholder to add by typing part of its name, then pick it from the list.</source>
        <translation>Kies de stakeholder die u wilt toevoegen door een deel van de naam te typen, en kies hem dan in de lijst.</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Groepslid toevoegen</translation>
    </message>
</context>
<context>
    <name>StakeholderImportCommand</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Stakeholders importeren uit CSV</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Stakeholders importeren uit CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Kies eerst een CSV-bestand.</translation>
    </message>
    <message>
        <source>Importing stakeholders…</source>
        <translation>Stakeholders worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message>
        <source>Stakeholders already in the file</source>
        <translation>Stakeholders die al in het bestand staan</translation>
    </message>
    <message>
        <source>A row names a stakeholder already in the file when the names match, whatever the case and accents.</source>
        <translation>Een rij verwijst naar een stakeholder die al in het bestand staat wanneer de namen overeenkomen, ongeacht hoofdletters en accenten.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stakeholders in the file as they are</source>
        <translation>Ze &amp;overslaan: de stakeholders in het bestand laten zoals ze zijn</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing) and add their contacts</source>
        <translation>Ze &amp;bijwerken met de waarden uit het bestand (lege cellen wijzigen niets) en hun contactpersonen toevoegen</translation>
    </message>
    <message>
        <source>Import them as &amp;new stakeholders, named with a number: “Caritas (2)”</source>
        <translation>Ze importeren als &amp;nieuwe stakeholders, genoemd met een nummer: “Caritas (2)”</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file names a stakeholder already in the file.</source>
        <translation>Geen enkele rij van het bestand verwijst naar een stakeholder die al in het bestand staat.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n stakeholder uit het bestand staat al in het stadsbestand.</numerusform>
            <numerusform>%n stakeholders uit het bestand staan al in het stadsbestand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>Het CSV-bestand kiezen</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV, then choose the file here or drop it on this window. The first line must name the columns.</source>
        <translation>Sla de lijst vanuit uw rekenblad op als CSV en kies het bestand hier, of sleep het naar dit venster. De eerste regel moet de kolommen benoemen.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>The city file is open read-only, so nothing can be imported into it. Open it for editing (File &gt; Open), then import again.</source>
        <translation>Het stadsbestand is alleen-lezen geopend, dus er kan niets in worden geïmporteerd. Open het om te bewerken (Bestand &gt; Openen) en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Stakeholders importeren uit CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n rij onder de kopregel, gelezen als %1 met velden gescheiden door %2. Als namen verkeerde letters tonen of de kolommen op de volgende pagina niet kloppen, kies hier een andere codering of een ander scheidingsteken.</numerusform>
            <numerusform>%n rijen onder de kopregel, gelezen als %1 met velden gescheiden door %2. Als namen verkeerde letters tonen of de kolommen op de volgende pagina niet kloppen, kies hier een andere codering of een ander scheidingsteken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>De kolommen koppelen</translation>
    </message>
    <message>
        <source>Each column of the file goes to the field chosen beside it. Columns were matched from their names; change any that are wrong.</source>
        <translation>Elke kolom van het bestand gaat naar het veld dat ernaast is gekozen. De kolommen zijn gekoppeld op basis van hun naam; wijzig wat niet klopt.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Bijvoorbeeld</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(kolom %1, geen naam)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>De kolom “%1” importeren als</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>De eerste %1 van %2 rijen, zoals ze zullen worden geïmporteerd; %n ervan wordt weggelaten (zie de kolom Import).</numerusform>
            <numerusform>De eerste %1 van %2 rijen, zoals ze zullen worden geïmporteerd; %n ervan worden weggelaten (zie de kolom Import).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportPreviewModel</name>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <source>Already in the file</source>
        <translation>Al in het bestand</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nieuw)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>StakeholderImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>The import is stored in the city file. Edit &gt; Undo takes all of it back in one step.</source>
        <translation>De import is opgeslagen in het stadsbestand. Bewerken &gt; Ongedaan maken draait alles in één stap terug.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Rapport &amp;opslaan…</translation>
    </message>
    <message>
        <source>Import of %1, read as %2 with fields separated by %3.</source>
        <translation>Import van %1, gelezen als %2 met velden gescheiden door %3.</translation>
    </message>
    <message>
        <source>New stakeholders: %1</source>
        <translation>Nieuwe stakeholders: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Already in the file, left as they were: %1</source>
        <translation>Al in het bestand, gelaten zoals ze waren: %1</translation>
    </message>
    <message>
        <source>Contact persons added: %1</source>
        <translation>Contactpersonen toegevoegd: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Weggelaten rijen: %1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Niet geïmporteerde kolommen: %1</translation>
    </message>
    <message>
        <source>New themes: %1</source>
        <translation>Nieuwe thema’s: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>%n themawaarde weggelaten: een import maakt hoogstens %1 thema’s aan. Kies bij de stap Waarden wat ze betekenen, of voeg eerst de thema’s toe.</numerusform>
            <numerusform>%n themawaarden weggelaten: een import maakt hoogstens %1 thema’s aan. Kies bij de stap Waarden wat ze betekenen, of voeg eerst de thema’s toe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out (correct them in the file and import it again: the rows already imported will be found as duplicates):</source>
        <translation>Weggelaten rijen (verbeter ze in het bestand en importeer het opnieuw: de rijen die al geïmporteerd zijn, worden als dubbels herkend):</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, skipped: %3, rows left out: %4.</source>
        <translation>Nieuw: %1, bijgewerkt: %2, overgeslagen: %3, weggelaten rijen: %4.</translation>
    </message>
    <message>
        <source>import report %1.txt</source>
        <translation>importrapport %1.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Het importrapport opslaan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in “%1”: %2. Choose another folder, or copy the report instead.</source>
        <translation>Het rapport kon niet worden opgeslagen in “%1”: %2. Kies een andere map, of kopieer het rapport.</translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message>
        <source>Say what the values mean</source>
        <translation>Zeggen wat de waarden betekenen</translation>
    </message>
    <message>
        <source>These kinds, levels and themes of the file are not among Passerelle’s. Choose what each one means; the city file remembers your choices for the next import.</source>
        <translation>Deze soorten, niveaus en thema’s uit het bestand horen niet bij die van Passerelle. Kies wat elk ervan betekent; het stadsbestand onthoudt uw keuzes voor de volgende import.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Betekent</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Eerst op regel %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Wat “%1” betekent</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>%n andere waarde wordt niet vermeld: rijen met een niet-vermelde soort of een niet-vermeld niveau worden weggelaten, en een niet-vermeld thema wordt een nieuw thema.</numerusform>
            <numerusform>%n andere waarden worden niet vermeld: rijen met een niet-vermelde soort of een niet-vermeld niveau worden weggelaten, en een niet-vermeld thema wordt een nieuw thema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>Die rijen weglaten</translation>
    </message>
    <message>
        <source>A new theme “%1”</source>
        <translation>Een nieuw thema “%1”</translation>
    </message>
    <message>
        <source>No theme: leave it out</source>
        <translation>Geen thema: weglaten</translation>
    </message>
</context>
<context>
    <name>StakeholderPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Typ een deel van een naam</translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>Stakeholder &amp;toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>Een stakeholder toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Copy the selected stakeholders with their themes, scores and notes (Ctrl+D)</source>
        <translation>De geselecteerde stakeholders kopiëren met hun thema’s, scores en notities (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>De geselecteerde stakeholders verwijderen (Delete)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>name and number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nieuwe stakeholder</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Stakeholder “%1” toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder dupliceren</numerusform>
            <numerusform>%n stakeholders dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Stakeholders verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder verwijderen</numerusform>
            <numerusform>%n stakeholders verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRelation</name>
    <message>
        <source>Partnership</source>
        <translation>Partnerschap</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coördinatie</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>de relatie</numerusform>
            <numerusform>de %n relaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>hun relatie</numerusform>
            <numerusform>hun %n relaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>het contactmoment</numerusform>
            <numerusform>de %n contactmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>hun contactmoment</numerusform>
            <numerusform>hun %n contactmomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>its seat in the City Stakeholder Group</source>
        <translation>de plaats in de lokale stakeholdergroep</translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>hun plaats in de lokale stakeholdergroep</numerusform>
            <numerusform>hun %n plaatsen in de lokale stakeholdergroep</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>%n stakeholder verwijderen?</numerusform>
            <numerusform>%n stakeholders verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be deleted too.</source>
        <translation>%1 wordt ook verwijderd.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of things deleted</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two things deleted</comment>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>StakeholderRepository</name>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>De naam van de stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>De invloed</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>Het belang</translation>
    </message>
    <message>
        <source>A theme of the stakeholder</source>
        <translation>Een thema van de stakeholder</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>De naam van de contactpersoon</translation>
    </message>
    <message>
        <source>The contact person&apos;s stakeholder</source>
        <translation>De stakeholder van de contactpersoon</translation>
    </message>
    <message>
        <source>The relation&apos;s first stakeholder</source>
        <translation>De eerste stakeholder van de relatie</translation>
    </message>
    <message>
        <source>The relation&apos;s second stakeholder</source>
        <translation>De tweede stakeholder van de relatie</translation>
    </message>
    <message>
        <source>The strength of the relation</source>
        <translation>De sterkte van de relatie</translation>
    </message>
    <message>
        <source>The relation between these two stakeholders</source>
        <translation>De relatie tussen deze twee stakeholders</translation>
    </message>
    <message>
        <source>The engagement&apos;s stakeholder</source>
        <translation>De stakeholder van het contactmoment</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>De datum</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>De opvolgdatum</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>“%1” lijkt geen e-mailadres (naam@voorbeeld.org). Verbeter het, of laat het e-mailadres leeg.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>“%1” lijkt geen telefoonnummer: gebruik alleen cijfers, spaties en + - ( ) ., met minstens zes cijfers. Verbeter het, of laat het telefoonnummer leeg.</translation>
    </message>
    <message>
        <source>A relation links two different stakeholders. Choose another stakeholder for one of its ends.</source>
        <translation>Een relatie verbindt twee verschillende stakeholders. Kies een andere stakeholder voor een van beide uiteinden.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>Member of the City Stakeholder Group</source>
        <translation>Lid van de lokale stakeholdergroep</translation>
    </message>
    <message>
        <source>Not a member of the City Stakeholder Group</source>
        <translation>Geen lid van de lokale stakeholdergroep</translation>
    </message>
    <message>
        <source>No engagement logged yet</source>
        <translation>Nog geen contactmoment vastgelegd</translation>
    </message>
    <message>
        <source>Last contact on %1; a follow-up is overdue</source>
        <translation>Laatste contact op %1; een opvolging is te laat</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Laatste contact op %1</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>Van %1 (laag) tot %2 (hoog)</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Opvolging te laat sinds %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1: %2</source>
        <translation>Opvolging te laat sinds %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>en nog %n opvolging te laat</numerusform>
            <numerusform>en nog %n opvolgingen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Stakeholder “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>StakeholderXlsxExport</name>
    <message>
        <source>Contacts (personal data)</source>
        <translation>Contactpersonen (persoonsgegevens)</translation>
    </message>
    <message>
        <source>Personal data: share this sheet only with people who need it to contact these persons, and delete copies you no longer need.</source>
        <translation>Persoonsgegevens: deel dit werkblad alleen met mensen die het nodig hebben om deze personen te contacteren, en verwijder kopieën die u niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Toestemming voor contact</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: the temporary folder is not writable (%1). Free some space on the disk, then export again.</source>
        <translation>De Excel-werkmap kon niet worden voorbereid: in de tijdelijke map kan niet worden geschreven (%1). Maak ruimte vrij op de schijf en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: not enough memory. Close other programs, then export again.</source>
        <translation>De Excel-werkmap kon niet worden voorbereid: onvoldoende geheugen. Sluit andere programma’s en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>The Excel workbook could not be made (%1). Check the free space on the disk, then export again.</source>
        <translation>De Excel-werkmap kon niet worden gemaakt (%1). Controleer de vrije ruimte op de schijf en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read back (%1). Check the free space on the disk, then export again.</source>
        <translation>De Excel-werkmap kon niet opnieuw worden gelezen (%1). Controleer de vrije ruimte op de schijf en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPane</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Im&amp;porteren uit CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Overdue follow-ups…</source>
        <translation>Te late opvolgingen…</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Li&amp;jst</translation>
    </message>
    <message>
        <source>&amp;Influence and interest</source>
        <translation>Invloed en belan&amp;g</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>Sta&amp;keholdergroep</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Relaties</translation>
    </message>
    <message>
        <source>Engage&amp;ments</source>
        <translation>Contact&amp;momenten</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>Stakeholders toevoegen of bijwerken vanuit een rekenblad dat als CSV is opgeslagen</translation>
    </message>
    <message>
        <source>Write every stakeholder with their contacts as CSV or Excel</source>
        <translation>Alle stakeholders met hun contactpersonen schrijven als CSV of Excel</translation>
    </message>
    <message>
        <source>List every follow-up promised for a day already past and not logged as done, across stakeholders</source>
        <translation>Alle opvolgingen tonen die beloofd zijn voor een dag die al voorbij is en niet als gedaan zijn vastgelegd, over alle stakeholders heen</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected stakeholder; hidden, they leave their width to the view</source>
        <translation>De details van de geselecteerde stakeholder tonen of verbergen; verborgen laten ze hun breedte aan de weergave</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message>
        <source>high influence and high interest: involve them in every step and consult them on each priority.</source>
        <translation>grote invloed en groot belang: betrek hen bij elke stap en raadpleeg hen over elke prioriteit.</translation>
    </message>
    <message>
        <source>high influence, lower interest: meet their expectations on what concerns them, without overloading them.</source>
        <translation>grote invloed, kleiner belang: kom tegemoet aan hun verwachtingen over wat hen aanbelangt, zonder hen te overbelasten.</translation>
    </message>
    <message>
        <source>lower influence, high interest: keep them informed and listen to them; they often know the field best.</source>
        <translation>kleinere invloed, groot belang: houd hen op de hoogte en luister naar hen; zij kennen het terrein vaak het best.</translation>
    </message>
    <message>
        <source>lower influence and interest: follow how their position changes, with little effort.</source>
        <translation>kleinere invloed en kleiner belang: volg met weinig moeite hoe hun standpunt verandert.</translation>
    </message>
    <message>
        <source>Stakeholders by strategy</source>
        <translation>Stakeholders per strategie</translation>
    </message>
    <message>
        <source>Each quadrant of the grid calls for its own way of working with the stakeholders in it:</source>
        <translation>Elk kwadrant van het raster vraagt om een eigen manier van werken met de stakeholders die erin staan:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Influence and interest are scored from 1 to 5; a score of 3 or more counts as high.</source>
        <translation>Invloed en belang worden gescoord van 1 tot 5; een score van 3 of meer geldt als hoog.</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet.</source>
        <translation>Er is nog geen stakeholder geregistreerd.</translation>
    </message>
    <message>
        <source>Stakeholders by kind</source>
        <translation>Stakeholders per soort</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>This report includes personal data at the officer’s request: share it only with those who need it.</source>
        <translation>Dit rapport bevat persoonsgegevens op verzoek van de ambtenaar: deel het alleen met wie ze nodig heeft.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>No contact person is recorded yet.</source>
        <translation>Er is nog geen contactpersoon geregistreerd.</translation>
    </message>
    <message>
        <source>No relation between stakeholders is recorded yet.</source>
        <translation>Er is nog geen relatie tussen stakeholders geregistreerd.</translation>
    </message>
    <message>
        <source>Partnerships, funding, referrals, coordination and tensions between the stakeholders that have any. A thicker line is a stronger tie; an arrow shows who funds or refers to whom.</source>
        <translation>Partnerschappen, financiering, doorverwijzingen, coördinatie en spanningen tussen de stakeholders die er hebben. Een dikkere lijn is een sterkere band; een pijl toont wie wie financiert of naar wie doorverwijst.</translation>
    </message>
    <message>
        <source>The relations network of the stakeholders.</source>
        <translation>Het relatienetwerk van de stakeholders.</translation>
    </message>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>Een netwerk van %n relatie tussen stakeholders.</numerusform>
            <numerusform>Een netwerk van %n relaties tussen stakeholders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>De relaties verbinden %n stakeholder: te veel om leesbaar op een pagina te tekenen. De netwerkweergave van het programma toont ze, beperkt per soort of thema.</numerusform>
            <numerusform>De relaties verbinden %n stakeholders: te veel om leesbaar op een pagina te tekenen. De netwerkweergave van het programma toont ze, beperkt per soort of thema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>Alle relaties</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholderkaart</translation>
    </message>
    <message>
        <source>The actors of migrant inclusion in the city: their influence and interest, their relations, the stakeholder group</source>
        <translation>De actoren van de inclusie van migranten in de stad: hun invloed en belang, hun relaties, de stakeholdergroep</translation>
    </message>
    <message>
        <source>Who works on migrant inclusion in the city, how much they weigh and how they work together</source>
        <translation>Wie in de stad werkt aan de inclusie van migranten, hoeveel gewicht ze hebben en hoe ze samenwerken</translation>
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
            <numerusform>%n relatie</numerusform>
            <numerusform>%n relaties</numerusform>
        </translation>
    </message>
    <message>
        <source>The influence/interest grid</source>
        <translation>Het invloed-belangraster</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>stakeholders</translation>
    </message>
    <message>
        <source>relations between them</source>
        <translation>relaties tussen hen</translation>
    </message>
    <message>
        <source>members of the stakeholder group</source>
        <translation>leden van de stakeholdergroep</translation>
    </message>
    <message>
        <source>to manage closely</source>
        <translation>nauw te betrekken</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet: the grid will show them once the officer has entered and scored them.</source>
        <translation>Er is nog geen stakeholder geregistreerd: het raster toont ze zodra de ambtenaar ze heeft ingevoerd en gescoord.</translation>
    </message>
    <message>
        <source>Each stakeholder is placed by the influence it has on migrant inclusion in the city (upwards) and by its interest in it (rightwards). The colour of a dot is its kind.</source>
        <translation>Elke stakeholder wordt geplaatst volgens de invloed die hij heeft op de inclusie van migranten in de stad (naar boven) en volgens zijn belang erbij (naar rechts). De kleur van een stip geeft de soort aan.</translation>
    </message>
    <message>
        <source>The stakeholders on the influence/interest grid.</source>
        <translation>De stakeholders op het invloed-belangraster.</translation>
    </message>
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>Een invloed-belangraster van %n stakeholder.</numerusform>
            <numerusform>Een invloed-belangraster van %n stakeholders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relaties tussen stakeholders</translation>
    </message>
    <message>
        <source>The City Stakeholder Group</source>
        <translation>De lokale stakeholdergroep</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the standing consultation body of the city’s migrant-inclusion work.</source>
        <translation>De lokale stakeholdergroep is het vaste overlegorgaan van het werk van de stad rond inclusie van migranten.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>Hij telt %n lid.</numerusform>
            <numerusform>Hij telt %n leden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>Hij is %n keer samengekomen, het laatst op %1.</numerusform>
            <numerusform>Hij is %n keer samengekomen, het laatst op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Rol in de groep</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>The stakeholder group has no member yet.</source>
        <translation>De stakeholdergroep heeft nog geen leden.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Add &amp;area…</source>
        <translation>&amp;Domein toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>&amp;Criterium toevoegen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>Sjabloon e&amp;xporteren…</translation>
    </message>
    <message>
        <source>I&amp;mport template…</source>
        <translation>Sjabloon i&amp;mporteren…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Check&amp;list:</translation>
    </message>
    <message>
        <source>The areas and items the rounds ask. Double-click a cell to edit it. Retire an item that no longer applies: its answers in earlier rounds stay and still count in their scores.</source>
        <translation>De domeinen en criteria die de rondes bevragen. Dubbelklik op een cel om ze te bewerken. Trek een criterium in dat niet meer van toepassing is: de antwoorden erop in eerdere rondes blijven en tellen nog mee in hun scores.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versie %2)</translation>
    </message>
    <message>
        <source>Add the area “%1”</source>
        <translation>Het domein “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>Het criterium “%1” toevoegen</translation>
    </message>
    <message>
        <source>Move the item “%1”</source>
        <translation>Het criterium “%1” verplaatsen</translation>
    </message>
    <message>
        <source>Move the area “%1”</source>
        <translation>Het domein “%1” verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>“%1” intrekken?

Rondes die vanaf vandaag worden gehouden, vragen er niet meer naar. Het %n antwoord erop in eerdere rondes blijft en telt nog mee in de scores van die rondes. U kunt het criterium later terugzetten.</numerusform>
            <numerusform>“%1” intrekken?

Rondes die vanaf vandaag worden gehouden, vragen er niet meer naar. De %n antwoorden erop in eerdere rondes blijven en tellen nog mee in de scores van die rondes. U kunt het criterium later terugzetten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire an item</source>
        <translation>Een criterium intrekken</translation>
    </message>
    <message>
        <source>Retire the item “%1”</source>
        <translation>Het criterium “%1” intrekken</translation>
    </message>
    <message>
        <source>Bring back the item “%1”</source>
        <translation>Het criterium “%1” terugzetten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Only an area the city added and that holds no items can be deleted. Retire the items of “%1” instead.</source>
        <translation>Alleen een domein dat de stad heeft toegevoegd en dat geen criteria bevat, kan worden verwijderd. Trek in plaats daarvan de criteria van “%1” in.</translation>
    </message>
    <message>
        <source>Delete the area “%1”</source>
        <translation>Het domein “%1” verwijderen</translation>
    </message>
    <message>
        <source>Delete the item “%1”</source>
        <translation>Het criterium “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>“%1” heeft %n antwoord in een eerdere ronde, dat bij verwijderen verloren zou gaan.</numerusform>
            <numerusform>“%1” heeft %n antwoorden in eerdere rondes, die bij verwijderen verloren zouden gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to the built-in checklist: a later version may still reword it.</source>
        <translation>“%1” hoort bij de ingebouwde checklist: een latere versie kan het nog herformuleren.</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>Het is al ingetrokken.</translation>
    </message>
    <message>
        <source>Retire it instead? Rounds held from today on will no longer ask it; its answers stay and still count in the scores of earlier rounds.</source>
        <translation>In plaats daarvan intrekken? Rondes die vanaf vandaag worden gehouden, vragen er niet meer naar; de antwoorden erop blijven en tellen nog mee in de scores van eerdere rondes.</translation>
    </message>
</context>
<context>
    <name>TemplateEntryDialog</name>
    <message>
        <source>New area</source>
        <translation>Nieuw domein</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <source>What the area covers, in a sentence or two.</source>
        <translation>Wat het domein omvat, in een of twee zinnen.</translation>
    </message>
    <message>
        <source>What shows that the city meets it: a document, a figure, a service to visit.</source>
        <translation>Waaruit blijkt dat de stad eraan voldoet: een document, een cijfer, een dienst om te bezoeken.</translation>
    </message>
    <message>
        <source>For example: Health</source>
        <translation>Bijvoorbeeld: Gezondheid</translation>
    </message>
    <message>
        <source>For example: A newly arrived child can enrol in a public school without a residence permit.</source>
        <translation>Bijvoorbeeld: Een pas aangekomen kind kan zich inschrijven in een openbare school zonder verblijfsvergunning.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Formulering:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Guidance on evidence:</source>
        <translation>&amp;Richtlijn voor onderbouwing:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message>
        <source>“%1” could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation>“%1” kon niet worden gelezen: %2. Controleer of het bestand bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>“%1” is groter dan de %2 MB die een checklistsjabloon mag zijn, dus het is er geen. Vraag de stad die het heeft gestuurd om de checklist zoals Passerelle hem exporteert.</translation>
    </message>
    <message>
        <source>The checklist file is larger than the %1 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>Het checklistbestand is groter dan de %1 MB die een checklistsjabloon mag zijn, dus het is er geen. Vraag de stad die het heeft gestuurd om de checklist zoals Passerelle hem exporteert.</translation>
    </message>
    <message>
        <source>The checklist file is not valid JSON: %1 at line %2 (character %3). Ask the sender for a new copy.</source>
        <translation>Het checklistbestand is geen geldige JSON: %1 op regel %2 (teken %3). Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The file is not a Passerelle checklist: it has no “format” or no “areas”.</source>
        <translation>Het bestand is geen Passerelle-checklist: het heeft geen “format” of geen “areas”.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, newer than this Passerelle reads (format %2). Update Passerelle to import it.</source>
        <translation>De checklist gebruikt formaat %1, nieuwer dan wat deze Passerelle leest (formaat %2). Werk Passerelle bij om hem te importeren.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, which this Passerelle does not read (format %2). Update Passerelle to import it.</source>
        <translation>De checklist gebruikt formaat %1, dat deze Passerelle niet leest (formaat %2). Werk Passerelle bij om hem te importeren.</translation>
    </message>
    <message>
        <source>The checklist has no key. Give it a “key” that names it.</source>
        <translation>De checklist heeft geen sleutel. Geef hem een “key” die hem benoemt.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>De sleutel van de checklist</translation>
    </message>
    <message>
        <source>The checklist “%1” has no valid version: it must be 1 or more.</source>
        <translation>De checklist “%1” heeft geen geldige versie: die moet 1 of meer zijn.</translation>
    </message>
    <message>
        <source>The checklist “%1” does not say which languages it is written in.</source>
        <translation>De checklist “%1” vermeldt niet in welke talen hij geschreven is.</translation>
    </message>
    <message>
        <source>%1 has no “%2” translation. Add it, or remove “%2” from the template&apos;s languages.</source>
        <translation>%1 heeft geen vertaling “%2”. Voeg ze toe, of verwijder “%2” uit de talen van het sjabloon.</translation>
    </message>
    <message>
        <source>%1 is empty in “%2”. Write it, or remove the record.</source>
        <translation>%1 is leeg in “%2”. Schrijf de tekst, of verwijder het record.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <comment>a text in a language</comment>
        <translation>%1 in “%2”</translation>
    </message>
    <message>
        <source>%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.</source>
        <translation>%1 heeft het thema “%2”, dat Passerelle niet kent. Gebruik een van: %3.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>De titel van de checklist</translation>
    </message>
    <message>
        <source>The checklist&apos;s description</source>
        <translation>De beschrijving van de checklist</translation>
    </message>
    <message>
        <source>The checklist “%1” has no areas.</source>
        <translation>De checklist “%1” heeft geen domeinen.</translation>
    </message>
    <message>
        <source>The checklist “%1” has %2 items, more than the %3 a checklist may have. Split it into several checklists.</source>
        <translation>De checklist “%1” heeft %2 criteria, meer dan de %3 die een checklist mag hebben. Verdeel hem over meerdere checklists.</translation>
    </message>
    <message>
        <source>An area of the checklist has no key. Give every area a key.</source>
        <translation>Een domein van de checklist heeft geen sleutel. Geef elk domein een sleutel.</translation>
    </message>
    <message>
        <source>The key of an area</source>
        <translation>De sleutel van een domein</translation>
    </message>
    <message>
        <source>The area key “%1” appears twice. Give each area its own key.</source>
        <translation>De domeinsleutel “%1” komt twee keer voor. Geef elk domein een eigen sleutel.</translation>
    </message>
    <message>
        <source>The area “%1”</source>
        <translation>Het domein “%1”</translation>
    </message>
    <message>
        <source>The title of the area “%1”</source>
        <translation>De titel van het domein “%1”</translation>
    </message>
    <message>
        <source>The description of the area “%1”</source>
        <translation>De beschrijving van het domein “%1”</translation>
    </message>
    <message>
        <source>An item of the area “%1” has no key. Give every item a key.</source>
        <translation>Een criterium van het domein “%1” heeft geen sleutel. Geef elk criterium een sleutel.</translation>
    </message>
    <message>
        <source>The key of an item of the area “%1”</source>
        <translation>De sleutel van een criterium van het domein “%1”</translation>
    </message>
    <message>
        <source>The item key “%1” appears twice. Give each item its own key.</source>
        <translation>De criteriumsleutel “%1” komt twee keer voor. Geef elk criterium een eigen sleutel.</translation>
    </message>
    <message>
        <source>The item “%1”</source>
        <translation>Het criterium “%1”</translation>
    </message>
    <message>
        <source>The statement of the item “%1”</source>
        <translation>De formulering van het criterium “%1”</translation>
    </message>
    <message>
        <source>The guidance of the item “%1”</source>
        <translation>De richtlijn bij het criterium “%1”</translation>
    </message>
    <message>
        <source>The item “%1” says it was added in version %2, but the checklist is at version %3.</source>
        <translation>Het criterium “%1” zou zijn toegevoegd in versie %2, maar de checklist staat op versie %3.</translation>
    </message>
    <message>
        <source>Passerelle has no built-in checklist “%1”.</source>
        <translation>Passerelle heeft geen ingebouwde checklist “%1”.</translation>
    </message>
</context>
<context>
    <name>TemplateInstaller</name>
    <message>
        <source>This file already has version %1 of the checklist “%2”; the one offered is version %3. Nothing was changed.</source>
        <translation>Dit bestand heeft al versie %1 van de checklist “%2”; de aangeboden versie is %3. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The checklist to upgrade is no longer in the file.</source>
        <translation>De checklist die moet worden bijgewerkt, staat niet meer in het bestand.</translation>
    </message>
    <message>
        <source>The checklist to export is no longer in the file.</source>
        <translation>De checklist die moet worden geëxporteerd, staat niet meer in het bestand.</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>Checklistsjablonen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>De checklist exporteren</translation>
    </message>
    <message>
        <source>The checklist could not be written to “%1”: %2. Choose another folder or free some space, then export again.</source>
        <translation>De checklist kon niet naar “%1” worden geschreven: %2. Kies een andere map of maak ruimte vrij, en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The checklist “%1” was written: a partner city imports it with Import a checklist.</source>
        <translation>De checklist “%1” is geschreven: een partnerstad importeert hem met Een checklist importeren.</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Een checklist importeren</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2

Nothing was changed. Ask the city that sent it for a file exported by Passerelle.</source>
        <translation>“%1” kan niet worden geïmporteerd: %2

Er is niets gewijzigd. Vraag de stad die het heeft gestuurd om een bestand dat met Passerelle is geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>areas and items</comment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n domein</numerusform>
            <numerusform>%n domeinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n criterium</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds version %2 of the checklist “%3”, and this file already has version %4. Nothing was changed.</source>
        <translation>“%1” bevat versie %2 van de checklist “%3”, en dit bestand heeft al versie %4. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Upgrade the checklist “%1” from version %2 to version %3 (%4)?

Reworded items keep their answers; items the new version no longer has are retired, not deleted. Edit &gt; Undo puts the checklist back as it was.</source>
        <translation>De checklist “%1” bijwerken van versie %2 naar versie %3 (%4)?

Geherformuleerde criteria behouden hun antwoorden; criteria die de nieuwe versie niet meer heeft, worden ingetrokken, niet verwijderd. Bewerken &gt; Ongedaan maken zet de checklist terug zoals hij was.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”, version %2 (%3)?

It is added beside the checklists of this file. Edit &gt; Undo takes it away again.</source>
        <translation>De checklist “%1”, versie %2 (%3), importeren?

Hij wordt toegevoegd naast de checklists van dit bestand. Bewerken &gt; Ongedaan maken haalt hem weer weg.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”</source>
        <translation>De checklist “%1” importeren</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>“%1” is niet geïmporteerd: %2</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n criterium in gebruik</numerusform>
            <numerusform>%n criteria in gebruik</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the city</source>
        <translation>Toegevoegd door de stad</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>Built-in, version %1</source>
        <translation>Ingebouwd, versie %1</translation>
    </message>
    <message>
        <source>Area / statement</source>
        <translation>Domein / formulering</translation>
    </message>
    <message>
        <source>Guidance on evidence</source>
        <translation>Richtlijn voor onderbouwing</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Edit the area “%1”</source>
        <translation>Het domein “%1” bewerken</translation>
    </message>
    <message>
        <source>Edit the item “%1”</source>
        <translation>Het criterium “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>The theme&apos;s name</source>
        <translation>De naam van het thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>ThemeTags</name>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>An action&apos;s first and last day in the timeline (while dragged, in a tooltip).</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TimelineScale</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year in the timeline&apos;s header: %1 its number (1-4), %2 the year.</extracomment>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>A quarter of a year in the timeline&apos;s header when there is no room for the year.</extracomment>
        <translation>K%1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Action plan timeline</source>
        <translation>Tijdlijn van het actieplan</translation>
    </message>
    <message>
        <source>The actions and milestones of the plan by date, beside the tree of the plan. Drag a bar or a milestone to change its dates, or select it and press Left or Right to move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start).</source>
        <translation>De acties en mijlpalen van het plan per datum, naast de boomstructuur van het plan. Sleep een balk of een mijlpaal om de data ervan te wijzigen, of selecteer hem en druk op Links of Rechts om hem een dag te verplaatsen (met Shift een week; met Ctrl het einde; met Alt de start).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan&apos;s actions as bars and milestones as diamonds, by date.&lt;/p&gt;&lt;p&gt;Drag a bar to move the action, or one of its ends to change its start or end date; drag a milestone to change its due date.&lt;/p&gt;&lt;p&gt;With an action or a milestone selected, Left and Right move it by a day, Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action&apos;s end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses in a row on the same bar are one undo step. With nothing selected, Left and Right scroll; + and - zoom in and out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De acties van het plan als balken en de mijlpalen als ruiten, per datum.&lt;/p&gt;&lt;p&gt;Sleep een balk om de actie te verplaatsen, of een van de uiteinden om de start- of einddatum te wijzigen; sleep een mijlpaal om de vervaldatum te wijzigen.&lt;/p&gt;&lt;p&gt;Als een actie of mijlpaal geselecteerd is, verplaatsen Links en Rechts die een dag, Shift+Links en Shift+Rechts een week; Ctrl+Links en Ctrl+Rechts verplaatsen het einde van de actie, Alt+Links en Alt+Rechts de start. Een uiteinde komt nooit voorbij het andere. Opeenvolgende toetsaanslagen op dezelfde balk vormen één stap voor ongedaan maken. Als niets geselecteerd is, scrollen Links en Rechts; + en - zoomen in en uit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Passerelle user guide</source>
        <translation>Gebruikershandleiding van Passerelle</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Type a value, or cancel the change.</source>
        <translation>%1 is verplicht. Typ een waarde, of annuleer de wijziging.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, like %4.</source>
        <translation>%1 moet tussen %2 en %3 liggen, zoals %4.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter zero or a positive number.</source>
        <translation>%1 kan niet negatief zijn. Voer nul of een positief getal in.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1 comes before %2. Correct one of the two dates.</source>
        <translation>%1 valt vóór %2. Verbeter een van beide data.</translation>
    </message>
    <message>
        <source>%1 is required. Pick a date, or cancel the change.</source>
        <translation>%1 is verplicht. Kies een datum, of annuleer de wijziging.</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the years %2 to %3. Pick a date from the calendar.</source>
        <translation>%1 is geen geldige datum in de jaren %2 tot %3. Kies een datum in de kalender.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have. Shorten it.</source>
        <translation>%1 heeft %2 tekens, meer dan de %3 die toegestaan zijn. Maak de tekst korter.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (it may have been deleted). Choose another one.</source>
        <translation>%1 verwijst naar een record dat niet bestaat (het is misschien verwijderd). Kies een ander.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists. Choose another one, or edit the existing record.</source>
        <translation>%1 “%2” bestaat al. Kies een andere, of bewerk het bestaande record.</translation>
    </message>
</context>
<context>
    <name>ValueMapOption</name>
    <message>
        <source>What a kind, level or theme value of the CSV file means when it is not recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a level (“Office=government_agency”, “Métropole=regional”), or theme:NAME for a theme of the city file (“Migration=theme:Refugees and asylum”). The city file remembers these choices for the next import.</source>
        <translation>Wat een waarde voor soort, niveau of thema in het CSV-bestand betekent als ze niet wordt herkend, in de vorm WAARDE=BETEKENIS; herhaal dit voor elke waarde. BETEKENIS is een soort of een niveau (“Office=government_agency”, “Métropole=regional”), of theme:NAAM voor een thema van het stadsbestand (“Migration=theme:Vluchtelingen en asiel”). Het stadsbestand onthoudt deze keuzes voor de volgende import.</translation>
    </message>
    <message>
        <source>--map takes VALUE=MEANING, such as “Office=government_agency”, not “%1”.</source>
        <translation>--map verwacht WAARDE=BETEKENIS, zoals “Office=government_agency”, niet “%1”.</translation>
    </message>
    <message>
        <source>--map “%1”: the city file has no theme “%2”. Give the name of one of its themes, as the Themes list shows it.</source>
        <translation>--map “%1”: het stadsbestand heeft geen thema “%2”. Geef de naam van een van zijn thema’s, zoals de lijst Thema’s die toont.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: %4. For a theme, write theme:NAME.</source>
        <translation>--map “%1”: “%2” is geen soort en geen niveau. Soorten: %3. Niveaus: %4. Schrijf voor een thema theme:NAAM.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Welkom bij Passerelle</translation>
    </message>
    <message>
        <source>Keep your city&apos;s knowledge and plan in one file: its migration profile, its stakeholders, access to services, priorities and actions. Every change is stored as soon as you make it.</source>
        <translation>Bewaar de kennis en het plan van uw stad in één bestand: het migratieprofiel, de stakeholders, de toegang tot diensten, de prioriteiten en de acties. Elke wijziging wordt opgeslagen zodra u ze maakt.</translation>
    </message>
    <message>
        <source>New city file…</source>
        <translation>Nieuw stadsbestand…</translation>
    </message>
    <message>
        <source>Start the file of your city. You give its name; the themes and profile sections are ready to fill.</source>
        <translation>Begin het bestand van uw stad. U geeft de naam op; de thema’s en profielonderdelen staan klaar om in te vullen.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Open a city file from your computer or a USB key.</source>
        <translation>Een stadsbestand openen vanaf uw computer of een USB-stick.</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>De demostad openen</translation>
    </message>
    <message>
        <source>Explore a fictional city with a complete file before starting your own. Changes stay in the demo file.</source>
        <translation>Verken een fictieve stad met een volledig bestand voordat u aan uw eigen stad begint. Wijzigingen blijven in het demobestand.</translation>
    </message>
    <message>
        <source>Recent city files</source>
        <translation>Recente stadsbestanden</translation>
    </message>
    <message>
        <source>The files you open will be listed here.</source>
        <translation>De bestanden die u opent, worden hier vermeld.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle: the city integration officer&apos;s workbook.</source>
        <translation>Passerelle: het werkboek van de integratieambtenaar van een stad.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>De versie tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Open the demo city file, making it on first use.</source>
        <translation>Het demostadsbestand openen en het bij het eerste gebruik aanmaken.</translation>
    </message>
    <message>
        <source>City files to open.</source>
        <translation>Te openen stadsbestanden.</translation>
    </message>
</context>
</TS>
