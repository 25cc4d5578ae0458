<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Passerelle</source>
        <translation>Informazioni su Passerelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>The city integration officer&apos;s workbook: the city&apos;s migration profile, stakeholders, access to services, priorities and action plan, in one file.</source>
        <translation>Il quaderno di lavoro del referente comunale per l&apos;integrazione: profilo migratorio della città, portatori di interesse, accesso ai servizi, priorità e piano d&apos;azione, in un solo file.</translation>
    </message>
    <message>
        <source>Passerelle is free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Passerelle è software libero: è possibile usarlo, studiarlo, condividerlo e modificarlo secondo i termini della &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, versione 3 o (a propria scelta) qualsiasi versione successiva (GPL-3.0-or-later). È fornito senza alcuna garanzia.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilato con Qt %1.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Add a bu&amp;dget line</source>
        <translation>A&amp;ggiungi una voce di bilancio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected budget lines</source>
        <translation>Rimuovi le voci di bilancio selezionate</translation>
    </message>
    <message>
        <source>Budget lines of the action</source>
        <translation>Voci di bilancio dell&apos;azione</translation>
    </message>
    <message>
        <source>Add a &amp;progress note</source>
        <translation>A&amp;ggiungi una nota di avanzamento</translation>
    </message>
    <message>
        <source>Remove the selected progress notes</source>
        <translation>Rimuovi le note di avanzamento selezionate</translation>
    </message>
    <message>
        <source>Progress log of the action</source>
        <translation>Registro di avanzamento dell&apos;azione</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Bi&amp;lancio</translation>
    </message>
    <message>
        <source>Progress lo&amp;g</source>
        <translation>Registro &amp;di avanzamento</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>Indica&amp;tori</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Aggiungi un indicatore</translation>
    </message>
    <message>
        <source>Remove the selected indicators</source>
        <translation>Rimuovi gli indicatori selezionati</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Indicatori dell&apos;azione</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Aggiungi un valore misurato</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Rimuovi i valori selezionati</translation>
    </message>
    <message>
        <source>Values measured for the indicator</source>
        <translation>Valori misurati per l&apos;indicatore</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Assegnare un titolo all&apos;azione.</translation>
    </message>
    <message>
        <source>The end date is before the start date: change one of them.</source>
        <translation>La data di fine precede la data di inizio: modificare una delle due.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>ActionPlanPane</name>
    <message>
        <source>Add action</source>
        <translation>Aggiunta di un&apos;azione</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Aggiunta di una tappa</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifica di un&apos;azione</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Modifica di una tappa</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Azione segnata come completata</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Tappa segnata come raggiunta</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Rimozione di un&apos;azione</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>Rimuovere «%1» con la sua tappa, le voci di bilancio, gli indicatori e il registro di avanzamento? Annulla li ripristina.</numerusform>
            <numerusform>Rimuovere «%1» con le sue %n tappe, le voci di bilancio, gli indicatori e il registro di avanzamento? Annulla li ripristina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Rimozione di una tappa</translation>
    </message>
    <message>
        <source>Move action dates</source>
        <translation>Spostamento delle date di un&apos;azione</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Spostamento di una tappa</translation>
    </message>
    <message>
        <source>Timeline by &amp;month</source>
        <translation>Cronoprogramma per &amp;mese</translation>
    </message>
    <message>
        <source>Timeline by &amp;quarter</source>
        <translation>Cronoprogramma per &amp;trimestre</translation>
    </message>
    <message>
        <source>Timeline by &amp;year</source>
        <translation>Cronoprogramma per &amp;anno</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>Fi&amp;nanziamento:</translation>
    </message>
    <message>
        <source>Late &amp;only</source>
        <translation>Solo &amp;quelle in ritardo</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Aggiungi a&amp;zione…</translation>
    </message>
    <message>
        <source>Add milesto&amp;ne…</source>
        <translation>Aggiungi ta&amp;ppa…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifica…</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Segna come &amp;completata</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Rim&amp;uovi</translation>
    </message>
    <message>
        <source>Sho&amp;w the lead on the map</source>
        <translation>Mostra il responsa&amp;bile sulla mappa</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Qualsiasi responsabile</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Qualsiasi tema</translation>
    </message>
    <message>
        <source>Any funding source</source>
        <translation>Qualsiasi fonte di finanziamento</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>Where the plan stands</source>
        <translation>A che punto è il piano</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>Al %1 il piano comprende %n azione</numerusform>
            <numerusform>Al %1 il piano comprende %n azioni</numerusform>
        </translation>
    </message>
    <message>
        <source>, adopted by the council on %1.</source>
        <translation>, adottato dal consiglio comunale il %1.</translation>
    </message>
    <message>
        <source>; it has not been adopted by the council yet.</source>
        <translation>; non è ancora stato adottato dal consiglio comunale.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>azioni completate</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>late: past their end or a milestone</source>
        <translation>in ritardo: oltre la fine o una tappa</translation>
    </message>
    <message>
        <source>progress (the mean of the actions&apos;)</source>
        <translation>avanzamento (media delle azioni)</translation>
    </message>
    <message>
        <source>milestones done</source>
        <translation>tappe raggiunte</translation>
    </message>
    <message>
        <source>actions ending later than adopted</source>
        <translation>azioni che terminano più tardi di quanto adottato</translation>
    </message>
    <message>
        <source>spent of %1 planned</source>
        <translation>spesi su %1 previsti</translation>
    </message>
    <message>
        <source>committed, not yet paid</source>
        <translation>impegnati, non ancora pagati</translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>Ancora nessuna nota di avanzamento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a progress note&apos;s date, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is late and why</source>
        <translation>Cosa è in ritardo e perché</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <source>Latest progress note</source>
        <translation>Ultima nota di avanzamento</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Nessuna azione è in ritardo.</translation>
    </message>
    <message>
        <source>Days late: since the end date, or since the oldest milestone not done.</source>
        <translation>Giorni di ritardo: dalla data di fine, o dalla tappa non raggiunta più vecchia.</translation>
    </message>
    <message>
        <source>Done since %1</source>
        <translation>Realizzazioni dal %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>Tappa raggiunta: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Nothing was recorded as done in this period.</source>
        <translation>Nulla è stato registrato come completato in questo periodo.</translation>
    </message>
    <message>
        <source>Slippage against the adopted plan</source>
        <translation>Scostamenti rispetto al piano adottato</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet: there are no adopted dates to compare with.</source>
        <translation>Il piano non è ancora stato adottato: non ci sono date adottate con cui confrontare.</translation>
    </message>
    <message>
        <source>Adopted end</source>
        <translation>Fine adottata</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>Fine attuale</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Every action keeps the dates the council adopted.</source>
        <translation>Tutte le azioni mantengono le date adottate dal consiglio comunale.</translation>
    </message>
    <message>
        <source>Days: how much later (+) or earlier (−) than adopted the action ends.</source>
        <translation>Giorni: di quanto l&apos;azione termina più tardi (+) o prima (−) rispetto a quanto adottato.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Bilancio per fonte di finanziamento</translation>
    </message>
    <message>
        <source>No budget line has been entered.</source>
        <translation>Non è stata inserita alcuna voce di bilancio.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adottato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Quota spesa</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(fonte non indicata)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Adopted: the planned amounts the council adopted with the plan.</source>
        <translation>Adottato: gli importi previsti che il consiglio comunale ha adottato con il piano.</translation>
    </message>
    <message>
        <source>Action plan: status report</source>
        <translation>Piano d&apos;azione: rapporto sullo stato di avanzamento</translation>
    </message>
    <message>
        <source>Where the action plan of %1 stands on %2</source>
        <translation>A che punto è il piano d&apos;azione di %1 al %2</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situazione al %1</translation>
    </message>
    <message>
        <source>Plan adopted by the council on %1</source>
        <translation>Piano adottato dal consiglio comunale il %1</translation>
    </message>
    <message>
        <source>Plan not yet adopted</source>
        <translation>Piano non ancora adottato</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronoprogramma</translation>
    </message>
    <message>
        <source>No action has dates yet.</source>
        <translation>Nessuna azione ha ancora delle date.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>The action&apos;s priority</source>
        <translation>La priorità dell&apos;azione</translation>
    </message>
    <message>
        <source>The action&apos;s title</source>
        <translation>Il titolo dell&apos;azione</translation>
    </message>
    <message>
        <source>The lead stakeholder</source>
        <translation>Il portatore di interesse responsabile</translation>
    </message>
    <message>
        <source>A partner stakeholder</source>
        <translation>Un portatore di interesse partner</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La data di inizio</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La data di fine</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>L&apos;azione</translation>
    </message>
    <message>
        <source>The milestone&apos;s title</source>
        <translation>Il titolo della tappa</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>La data di scadenza</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>Il nome dell&apos;indicatore</translation>
    </message>
    <message>
        <source>The funding source</source>
        <translation>La fonte di finanziamento</translation>
    </message>
    <message>
        <source>The planned amount</source>
        <translation>L&apos;importo previsto</translation>
    </message>
    <message>
        <source>The amount spent</source>
        <translation>L&apos;importo speso</translation>
    </message>
    <message>
        <source>The amount committed</source>
        <translation>L&apos;importo impegnato</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>L&apos;indicatore</translation>
    </message>
    <message>
        <source>The date of the value</source>
        <translation>La data del valore</translation>
    </message>
    <message>
        <source>The date of the progress entry</source>
        <translation>La data della nota di avanzamento</translation>
    </message>
    <message>
        <source>The progress entry&apos;s text</source>
        <translation>Il testo della nota di avanzamento</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code. Enter a code such as EUR, USD or MAD.</source>
        <translation>La valuta «%1» non è un codice di tre lettere. Inserire un codice come EUR, USD o MAD.</translation>
    </message>
</context>
<context>
    <name>ActionWarnings</name>
    <message>
        <source>The milestone is due outside its action&apos;s dates (%1 to %2).</source>
        <translation>La tappa scade al di fuori delle date della sua azione (dal %1 al %2).</translation>
    </message>
    <message>
        <source>More has been spent than was planned.</source>
        <translation>La spesa supera l&apos;importo previsto.</translation>
    </message>
    <message>
        <source>The target equals the baseline: the indicator cannot show a change.</source>
        <translation>L&apos;obiettivo è uguale al valore di partenza: l&apos;indicatore non può mostrare alcun cambiamento.</translation>
    </message>
</context>
<context>
    <name>AdoptPlanCommand</name>
    <message>
        <source>Adoption by the council</source>
        <translation>Adozione da parte del consiglio comunale</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the council’s adoption</source>
        <translation>Registra l&apos;adozione da parte del consiglio comunale</translation>
    </message>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>%n priorità convalidata sarà adottata dal consiglio comunale.</numerusform>
            <numerusform>%n priorità convalidate saranno adottate dal consiglio comunale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>%n bozza resta esclusa: il consiglio comunale adotta ciò che il gruppo dei portatori di interesse ha convalidato.</numerusform>
            <numerusform>%n bozze restano escluse: il consiglio comunale adotta ciò che il gruppo dei portatori di interesse ha convalidato.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan’s dates and budgets as they are that day become the baseline that delays are measured against.</source>
        <translation>Le date e i bilanci del piano, così come sono in quel giorno, diventano il riferimento rispetto al quale si misurano i ritardi.</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Registra l&apos;adozione</translation>
    </message>
    <message>
        <source>Adopted by the council &amp;on:</source>
        <translation>Adottato dal consiglio comunale &amp;il:</translation>
    </message>
    <message>
        <source>Give the day of the council’s vote.</source>
        <translation>Indicare il giorno del voto del consiglio comunale.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La data</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Met</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Parzialmente soddisfatto</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non soddisfatto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicabile</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Da&amp;ted:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>Risc&amp;ontro:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Fon&amp;te:</translation>
    </message>
    <message>
        <source>Answered &amp;by (personal data):</source>
        <translation>Risposta data da (dato &amp;personale):</translation>
    </message>
    <message>
        <source>What shows it:</source>
        <translation>Cosa lo dimostra:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Key %1 in the list</source>
        <translation>Tasto %1 nell&apos;elenco</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Scegliere un criterio nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; Enter edits the evidence</source>
        <translation>1 soddisfatto, 2 parzialmente soddisfatto, 3 non soddisfatto, 4 sconosciuto, 5 non applicabile; Invio per modificare il riscontro</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Not answered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Riscontro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Risposta data da</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Risposta al criterio «%1»</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message>
        <source>No item of this area is answered met, partly met or not met yet.</source>
        <translation>Nessun criterio di questo ambito ha ancora una risposta soddisfatto, parzialmente soddisfatto o non soddisfatto.</translation>
    </message>
    <message>
        <source>No earlier round of this checklist.</source>
        <translation>Nessun ciclo precedente per questa lista di controllo.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Complessivo</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>“%1” is not a file but a folder, a device or a pipe, which Passerelle does not read. Save what you want to import as a file, then choose that file.</source>
        <translation>«%1» non è un file ma una cartella, un dispositivo o una pipe, che Passerelle non legge. Salvare ciò che si vuole importare in un file, poi scegliere quel file.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>What for</source>
        <translation>Per cosa</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>%1 spent of %2 planned.</source>
        <translation>%1 spesi su %2 previsti.</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>Bilancio comunale</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as %2.</source>
        <translation>«%1» non è un importo: digitare un numero come %2.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Aggiunta di una voce di bilancio</translation>
    </message>
    <message>
        <source>Edit budget line “%1”</source>
        <translation>Modifica della voce di bilancio «%1»</translation>
    </message>
    <message>
        <source>Remove budget line “%1”</source>
        <translation>Rimozione della voce di bilancio «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Rimozione di %n voce di bilancio</numerusform>
            <numerusform>Rimozione di %n voci di bilancio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>Niente da esportare</translation>
    </message>
    <message>
        <source>The action plan has no milestone and no action with an end date yet: there is nothing to put in a calendar.</source>
        <translation>Il piano d&apos;azione non ha ancora né tappe né azioni con una data di fine: non c&apos;è nulla da inserire in un calendario.</translation>
    </message>
    <message>
        <source>%1 action plan</source>
        <comment>calendar file name</comment>
        <translation>%1 piano d&apos;azione</translation>
    </message>
    <message>
        <source>Export the action plan&apos;s calendar</source>
        <translation>Esporta il calendario del piano d&apos;azione</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>File iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Il calendario non è stato scritto</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendario esportato</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>%n evento scritto: importare il file nel proprio programma di calendario; un&apos;esportazione successiva aggiornerà gli stessi eventi.</numerusform>
            <numerusform>%n eventi scritti: importare il file nel proprio programma di calendario; un&apos;esportazione successiva aggiornerà gli stessi eventi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n evento scritto in %1</numerusform>
            <numerusform>%n eventi scritti in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>The calendar for “%1” could not be made: the computer is out of memory. Close other programs, then export again.</source>
        <translation>Non è stato possibile preparare il calendario per «%1»: la memoria del computer è esaurita. Chiudere altri programmi, poi esportare di nuovo.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a city file can be opened; never writes to it.</source>
        <translation>Verifica che un file della città possa essere aperto; non vi scrive mai.</translation>
    </message>
    <message>
        <source>The city file to check.</source>
        <translation>Il file della città da verificare.</translation>
    </message>
    <message>
        <source>check takes exactly one FILE.</source>
        <translation>check accetta esattamente un FILE.</translation>
    </message>
    <message>
        <source>%1: OK (format version %2)</source>
        <translation>%1: OK (versione del formato %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The areas of the checklist changed meanwhile; nothing was moved. Try again.</source>
        <translation>Gli ambiti della lista di controllo sono cambiati nel frattempo; non è stato spostato nulla. Riprovare.</translation>
    </message>
    <message>
        <source>The items of the area changed meanwhile; nothing was moved. Try again.</source>
        <translation>I criteri dell&apos;ambito sono cambiati nel frattempo; non è stato spostato nulla. Riprovare.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>Il titolo della lista di controllo</translation>
    </message>
    <message>
        <source>The checklist&apos;s version</source>
        <translation>La versione della lista di controllo</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>La chiave della lista di controllo</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>La lista di controllo</translation>
    </message>
    <message>
        <source>The area&apos;s title</source>
        <translation>Il titolo dell&apos;ambito</translation>
    </message>
    <message>
        <source>The area&apos;s key</source>
        <translation>La chiave dell&apos;ambito</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>L&apos;ambito</translation>
    </message>
    <message>
        <source>The item&apos;s statement</source>
        <translation>L&apos;enunciato del criterio</translation>
    </message>
    <message>
        <source>The item&apos;s key</source>
        <translation>La chiave del criterio</translation>
    </message>
    <message>
        <source>The version that added the item</source>
        <translation>La versione che ha aggiunto il criterio</translation>
    </message>
    <message>
        <source>The retirement date</source>
        <translation>La data di ritiro</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Il criterio</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Il tema</translation>
    </message>
    <message>
        <source>The round&apos;s label</source>
        <translation>L&apos;etichetta del ciclo di valutazione</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Ciclo di valutazione</translation>
    </message>
    <message>
        <source>The round&apos;s date</source>
        <translation>La data del ciclo di valutazione</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>Il ciclo di valutazione</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Un partecipante</translation>
    </message>
    <message>
        <source>The evidence date</source>
        <translation>La data del riscontro</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1 deve essere 1 o più.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>La lista di controllo «%1» non può essere rimossa: con essa è stato svolto %n ciclo di valutazione (%2). Rimuovere prima quel ciclo, oppure conservare la lista di controllo.</numerusform>
            <numerusform>La lista di controllo «%1» non può essere rimossa: con essa sono stati svolti %n cicli di valutazione (%2). Rimuovere prima quei cicli, oppure conservare la lista di controllo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is not part of the checklist of round “%1”. Choose an item of that checklist.</source>
        <translation>Il criterio non fa parte della lista di controllo del ciclo «%1». Scegliere un criterio di quella lista.</translation>
    </message>
    <message>
        <source>The item already has an answer in round “%1”. Edit that answer instead.</source>
        <translation>Il criterio ha già una risposta nel ciclo «%1». Modificare invece quella risposta.</translation>
    </message>
    <message>
        <source>The checklist of round “%1” cannot change once the round has answers. Start a new round for the other checklist.</source>
        <translation>La lista di controllo del ciclo «%1» non può cambiare una volta che il ciclo ha delle risposte. Avviare un nuovo ciclo per l&apos;altra lista di controllo.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPane</name>
    <message>
        <source>&amp;Answering</source>
        <translation>&amp;Risposte</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>P&amp;unteggi</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Lacune</translation>
    </message>
    <message>
        <source>Areas and &amp;items</source>
        <translation>Am&amp;biti e criteri</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nuovo ciclo…</translation>
    </message>
    <message>
        <source>Edit ro&amp;und…</source>
        <translation>Modifica &amp;ciclo…</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>&amp;Elimina ciclo…</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>Criterio &amp;successivo senza risposta</translation>
    </message>
    <message>
        <source>Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; the arrows move, Enter edits the evidence.</source>
        <translation>Tasti: 1 soddisfatto, 2 parzialmente soddisfatto, 3 non soddisfatto, 4 sconosciuto, 5 non applicabile; le frecce spostano, Invio modifica il riscontro.</translation>
    </message>
    <message>
        <source>The items of the round answered not met or partly met: where the city&apos;s priorities can start. Double-click one to see it in the Answering tab.</source>
        <translation>I criteri del ciclo con risposta non soddisfatto o parzialmente soddisfatto: da qui possono partire le priorità della città. Fare doppio clic su uno di essi per vederlo nella scheda Risposte.</translation>
    </message>
    <message>
        <source>Make a &amp;priority from this gap</source>
        <translation>Crea una &amp;priorità da questa lacuna</translation>
    </message>
    <message>
        <source>A draft priority with the gap&apos;s theme, a rationale naming the item and its answer, and the item as its evidence</source>
        <translation>Una priorità in bozza con il tema della lacuna, una motivazione che cita il criterio e la sua risposta, e il criterio come riscontro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New round “%1”</source>
        <translation>Nuovo ciclo «%1»</translation>
    </message>
    <message>
        <source>Edit round “%1”</source>
        <translation>Modifica del ciclo «%1»</translation>
    </message>
    <message>
        <source>Delete the round “%1”? It has no answers yet.</source>
        <translation>Eliminare il ciclo «%1»? Non ha ancora risposte.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Eliminare il ciclo «%1» e la risposta data in esso? Modifica &gt; Annulla la ripristina.</numerusform>
            <numerusform>Eliminare il ciclo «%1» e le %n risposte date in esso? Modifica &gt; Annulla le ripristina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Elimina il ciclo</translation>
    </message>
    <message>
        <source>Delete round “%1”</source>
        <translation>Eliminazione del ciclo «%1»</translation>
    </message>
    <message>
        <source>No assessment round yet: start one with New round.</source>
        <translation>Ancora nessun ciclo di valutazione: avviarne uno con Nuovo ciclo.</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 criteri su %2 con risposta</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Accesso ai servizi</translation>
    </message>
</context>
<context>
    <name>CityComparison</name>
    <message>
        <source>%1 has no checklist “%2”: its areas are left empty.</source>
        <translation>%1 non ha la lista di controllo «%2»: i suoi ambiti restano vuoti.</translation>
    </message>
    <message>
        <source>%1 answered version %2 of “%3”, your city answered version %4: the questions may differ, compare these scores with care.</source>
        <translation>%1 ha risposto alla versione %2 di «%3», la vostra città alla versione %4: le domande possono differire, confrontare questi punteggi con cautela.</translation>
    </message>
</context>
<context>
    <name>CityFile</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>il file o la sua cartella è di sola lettura</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself. Choose another name.</source>
        <translation>Una copia non può sostituire il file aperto stesso. Scegliere un altro nome.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>Non è stato possibile scrivere la copia «%1»: %2. Scegliere un&apos;altra cartella o liberare spazio su disco.</translation>
    </message>
    <message>
        <source>The file “%1” could not be replaced. Close any program using it, or choose another name.</source>
        <translation>Non è stato possibile sostituire il file «%1». Chiudere qualsiasi programma che lo usa, oppure scegliere un altro nome.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written. Choose another folder.</source>
        <translation>Non è stato possibile scrivere la copia «%1». Scegliere un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>CityIdentityWidget</name>
    <message>
        <source>Not known</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Region, province or governorate</source>
        <translation>Regione, provincia o governatorato</translation>
    </message>
    <message>
        <source>Census, municipal register, estimate…</source>
        <translation>Censimento, anagrafe comunale, stima…</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>n&amp;ell&apos;anno</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regione</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;opolazione</translation>
    </message>
    <message>
        <source>Population &amp;source</source>
        <translation>Fon&amp;te della popolazione</translation>
    </message>
    <message>
        <source>Edit the city&apos;s identity</source>
        <translation>Modifica dell&apos;identità della città</translation>
    </message>
</context>
<context>
    <name>CitySummary</name>
    <message>
        <source>The file %1 could not be read for the comparison (%2). Check it with “passerelle-cli check” or ask its city for a new copy.</source>
        <translation>Non è stato possibile leggere il file %1 per il confronto (%2). Verificarlo con «passerelle-cli check» o chiedere una nuova copia alla sua città.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: passerelle-cli COMMAND [options]
Works on Passerelle city files without the desktop program.

Commands:
</source>
        <translation>Uso: passerelle-cli COMANDO [opzioni]
Lavora sui file delle città di Passerelle senza il programma desktop.

Comandi:
</translation>
    </message>
    <message>
        <source>Run “passerelle-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Eseguire «passerelle-cli COMANDO --help» per le opzioni di un comando.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Run “passerelle-cli %1 --help” for its options.</source>
        <translation>Eseguire «passerelle-cli %1 --help» per le sue opzioni.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando «%1» sconosciuto.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a city with partner cities (scores with coverage, priorities, plan), as JSON.</source>
        <translation>Confronta una città con le città partner (punteggi con copertura, priorità, piano), in formato JSON.</translation>
    </message>
    <message>
        <source>Your city file.</source>
        <translation>Il file della vostra città.</translation>
    </message>
    <message>
        <source>One or more partner cities&apos; files.</source>
        <translation>Uno o più file di città partner.</translation>
    </message>
    <message>
        <source>The day actions are late on (YYYY-MM-DD); today when not given.</source>
        <translation>Il giorno rispetto al quale le azioni sono in ritardo (AAAA-MM-GG); oggi se non indicato.</translation>
    </message>
    <message>
        <source>compare takes your FILE and at least one PARTNER file.</source>
        <translation>compare richiede il proprio FILE e almeno un file PARTNER.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today richiede una data nel formato AAAA-MM-GG.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Network median</source>
        <translation>Mediana della rete</translation>
    </message>
    <message>
        <source>Your city: %1</source>
        <translation>La vostra città: %1</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Ultimo ciclo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Nessun tema</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Tutte le priorità</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completate</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Ritardate</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non avviate</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullate</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1: previsto</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1: impegnato</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1: speso</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buone pratiche</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Proprie</translation>
    </message>
    <message>
        <source>From partners</source>
        <translation>Dai partner</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (su %n città)</numerusform>
            <numerusform>%1 (su %n città)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>nessun punteggio</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>ancora nessun ciclo</translation>
    </message>
    <message>
        <source>This city does not have this checklist.</source>
        <translation>Questa città non ha questa lista di controllo.</translation>
    </message>
    <message>
        <source>Another version than yours (%1): the questions may differ.</source>
        <translation>Una versione diversa dalla vostra (%1): le domande possono differire.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 con risposta)</translation>
    </message>
    <message>
        <source>no score (%1 answered)</source>
        <translation>nessun punteggio (%1 con risposta)</translation>
    </message>
    <message>
        <source>%1 of %2 items answered; the change is in points since the city&apos;s previous round.</source>
        <translation>%1 criteri su %2 con risposta; la variazione è in punti rispetto al ciclo precedente della città.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with partner cities</source>
        <translation>Confronta con le città partner</translation>
    </message>
    <message>
        <source>Your city’s file: %1</source>
        <translation>File della vostra città: %1</translation>
    </message>
    <message>
        <source>&amp;Add partner file…</source>
        <translation>&amp;Aggiungi file partner…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>Each score stands with its coverage (items answered of items asked); ▲ ▼ the change in points since the city’s previous round. Cities are not ranked.</source>
        <translation>Ogni punteggio è accompagnato dalla sua copertura (criteri con risposta sui criteri posti); ▲ ▼ la variazione in punti rispetto al ciclo precedente della città. Le città non sono messe in classifica.</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Accesso ai servizi</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Priorità per tema</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Open your city’s file first: the comparison puts partner cities beside it.</source>
        <translation>Aprire prima il file della vostra città: il confronto vi affianca le città partner.</translation>
    </message>
    <message>
        <source>Choose a partner city’s file</source>
        <translation>Scegli il file di una città partner</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>File delle città Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Escluso: %1</translation>
    </message>
    <message>
        <source>The chart shows the first %1 cities; the table below shows all %2.</source>
        <translation>Il grafico mostra le prime %1 città; la tabella sottostante le mostra tutte (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionDefences</name>
    <message>
        <source>The database engine could not be given its safety settings. Reinstall Passerelle; no file was changed.</source>
        <translation>Non è stato possibile applicare le impostazioni di sicurezza al motore di database. Reinstallare Passerelle; nessun file è stato modificato.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Add &amp;stakeholder</source>
        <translation>Aggiungi portatore di &amp;interesse</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nuova consultazione</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Modifica consultazione</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Group &amp;meeting:</source>
        <translation>&amp;Riunione del gruppo:</translation>
    </message>
    <message>
        <source>Stake&amp;holders:</source>
        <translation>Por&amp;tatori di interesse:</translation>
    </message>
    <message>
        <source>&amp;Participants (personal data):</source>
        <translation>&amp;Partecipanti (dati personali):</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Cosa hanno detto:</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La data</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Riunione del gruppo</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Portatori di interesse</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Cosa hanno detto</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>&amp;Add a consultation…</source>
        <translation>Aggiungi &amp;una consultazione…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Add a consultation</source>
        <translation>Aggiunta di una consultazione</translation>
    </message>
    <message>
        <source>Edit a consultation</source>
        <translation>Modifica di una consultazione</translation>
    </message>
    <message>
        <source>Remove a consultation</source>
        <translation>Rimozione di una consultazione</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Agreed</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non concesso</translation>
    </message>
    <message>
        <source>Whether the person agreed to be contacted; check it before any mailing.</source>
        <translation>Se la persona ha acconsentito a essere contattata; da verificare prima di qualsiasi invio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consenso a essere contattati</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Aggiunta del contatto «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Modifica del contatto «%1»</translation>
    </message>
    <message>
        <source>Remove contact “%1”</source>
        <translation>Rimozione del contatto «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Rimozione di %n contatto</numerusform>
            <numerusform>Rimozione di %n contatti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;Add a contact</source>
        <translation>Aggiu&amp;ngi un contatto</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rim&amp;uovi</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>Rimuovi i contatti selezionati</translation>
    </message>
    <message>
        <source>Contact persons (personal data)</source>
        <translation>Persone di contatto (dati personali)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>it holds no city</source>
        <translation>non contiene alcuna città</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>contiene %n città, mentre un file della città ne contiene una</numerusform>
            <numerusform>contiene %n città, mentre un file della città ne contiene una</numerusform>
        </translation>
    </message>
    <message>
        <source>its list of personal data is not the one Passerelle writes</source>
        <translation>il suo elenco dei dati personali non è quello che scrive Passerelle</translation>
    </message>
    <message>
        <source>a record in the table “%1” refers to a record of the table “%2” that does not exist</source>
        <translation>un record della tabella «%1» rimanda a un record della tabella «%2» che non esiste</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value larger than Passerelle accepts (%3 MB)</source>
        <translation>la colonna «%1» della tabella «%2» contiene un valore più grande di quanto Passerelle accetti (%3 MB)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value of the wrong kind</source>
        <translation>la colonna «%1» della tabella «%2» contiene un valore del tipo sbagliato</translation>
    </message>
    <message>
        <source>the table “%1” holds a value its rules forbid (for example a kind or a level Passerelle does not know)</source>
        <translation>la tabella «%1» contiene un valore che le sue regole vietano (per esempio un tipo o un livello che Passerelle non conosce)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is empty where a value is required</source>
        <translation>la colonna «%1» della tabella «%2» è vuota dove è richiesto un valore</translation>
    </message>
    <message>
        <source>two records share a value that must be unique (index “%1”)</source>
        <translation>due record condividono un valore che deve essere univoco (indice «%1»)</translation>
    </message>
    <message>
        <source>the index “%1” does not match its table</source>
        <translation>l&apos;indice «%1» non corrisponde alla sua tabella</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file</source>
        <translation>Il file CSV</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a stakeholder list may be. Split it into smaller files, then import each part.</source>
        <translation>«%1» supera i %2 MB consentiti per un elenco di portatori di interesse. Dividerlo in file più piccoli, poi importare ciascuna parte.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>Non è possibile leggere «%1»: %2. Verificare che il file esista e di avere il permesso di leggerlo.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. Split it into smaller files, or remove the columns and rows you do not need, then import each part.</source>
        <translation>«%1» pesa %2 MB, più dei %3 MB consentiti per un elenco di portatori di interesse. Dividerlo in file più piccoli, oppure rimuovere le colonne e le righe non necessarie, poi importare ciascuna parte.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV text file: it holds binary data (a spreadsheet workbook, an image or UTF-16 text). In your spreadsheet use “Save as” and choose CSV (UTF-8 or comma-separated), then import that file.</source>
        <translation>«%1» non è un file di testo CSV: contiene dati binari (una cartella di lavoro di un foglio di calcolo, un&apos;immagine o testo UTF-16). Nel foglio di calcolo usare «Salva con nome» e scegliere CSV (UTF-8 o separato da virgole), poi importare quel file.</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let Passerelle detect the encoding.</source>
        <translation>«%1» non è testo UTF-8 valido. Scegliere la codifica Windows-1252 oppure lasciare che Passerelle rilevi la codifica.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no stakeholder to import. Choose the file your spreadsheet saved, with a header line and one stakeholder per line.</source>
        <translation>«%1» è vuoto: non c&apos;è alcun portatore di interesse da importare. Scegliere il file salvato dal foglio di calcolo, con una riga di intestazione e un portatore di interesse per riga.</translation>
    </message>
    <message>
        <source>“%1” does not look like text: it is full of control characters. In your spreadsheet use “Save as” and choose CSV, then import that file.</source>
        <translation>«%1» non sembra testo: è pieno di caratteri di controllo. Nel foglio di calcolo usare «Salva con nome» e scegliere CSV, poi importare quel file.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” has more than %3 fields, more than a stakeholder list has columns. Remove the columns you do not need, or choose the separator the file uses, then import again.</source>
        <translation>La riga %1 di «%2» ha più di %3 campi, più delle colonne di un elenco di portatori di interesse. Rimuovere le colonne non necessarie, oppure scegliere il separatore usato dal file, poi importare di nuovo.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 lines of stakeholders, more than one import takes. Split it into files of at most %2 lines, each with the header line, then import each part.</source>
        <translation>«%1» ha più di %2 righe di portatori di interesse, più di quante ne accetti un&apos;importazione. Dividerlo in file di al massimo %2 righe, ciascuno con la riga di intestazione, poi importare ciascuna parte.</translation>
    </message>
    <message>
        <source>“%1” is not valid CSV near line %2: a quote is misplaced or a quoted field is never closed. Check the quotes on that line, or save the file again from your spreadsheet as CSV.</source>
        <translation>«%1» non è un CSV valido vicino alla riga %2: delle virgolette sono fuori posto o un campo tra virgolette non viene mai chiuso. Controllare le virgolette di quella riga, oppure salvare di nuovo il file in formato CSV dal foglio di calcolo.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo city needs the built-in checklist, which is missing.</source>
        <translation>La città dimostrativa richiede la lista di controllo predefinita, che manca.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a fictional demo city file (also network-sized, for benchmarks).</source>
        <translation>Crea il file di una città dimostrativa fittizia (anche in scala di rete, per i test di prestazioni).</translation>
    </message>
    <message>
        <source>The new file; it must not exist.</source>
        <translation>Il nuovo file; non deve esistere.</translation>
    </message>
    <message>
        <source>Language of the demo content: %1.</source>
        <translation>Lingua del contenuto dimostrativo: %1.</translation>
    </message>
    <message>
        <source>Make N stakeholders and everything else in proportion (benchmarks).</source>
        <translation>Crea N portatori di interesse e tutto il resto in proporzione (test di prestazioni).</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.</source>
        <translation>demo accetta esattamente un FILE.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not “%2”.</source>
        <translation>--lang deve essere uno di questi valori: %1; non «%2».</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale deve essere un numero intero da 1 a %1.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>%1 creato in %2 s.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo content for the language “%1” is missing from this build of Passerelle. Choose one of: %2.</source>
        <translation>Il contenuto dimostrativo per la lingua «%1» manca in questa versione di Passerelle. Scegliere una di queste lingue: %2.</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <source>Migrant population as a share of the district&apos;s population</source>
        <translation>Popolazione migrante come quota della popolazione del quartiere</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migranti</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type a whole number, like %1, or leave the cell empty when the figure is not known; “%2” is not a number.</source>
        <translation>Digitare un numero intero, come %1, oppure lasciare la cella vuota quando il dato non è noto; «%2» non è un numero.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Nuovo quartiere</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Aggiunta di un quartiere</translation>
    </message>
    <message>
        <source>Edit the district “%1”</source>
        <translation>Modifica del quartiere «%1»</translation>
    </message>
    <message>
        <source>Remove the district “%1”</source>
        <translation>Rimozione del quartiere «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>Rimozione di %n quartiere</numerusform>
            <numerusform>Rimozione di %n quartieri</numerusform>
        </translation>
    </message>
    <message>
        <source>No district yet. Add the city&apos;s districts to show where migrants live.</source>
        <translation>Ancora nessun quartiere. Aggiungere i quartieri della città per mostrare dove vivono i migranti.</translation>
    </message>
    <message>
        <source>Enter the population and the migrant population of a district to see the migrants&apos; share.</source>
        <translation>Inserire la popolazione e la popolazione migrante di un quartiere per vederne la quota di migranti.</translation>
    </message>
    <message>
        <source>In the districts with both figures: %1 residents, %2 of them migrants (%3).</source>
        <translation>Nei quartieri con entrambi i dati: %1 residenti, di cui %2 migranti (%3).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Parts of the city file</source>
        <translation>Parti del file della città</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The city file is open. Every change is stored in it as soon as you make it: there is nothing to save.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Il file della città è aperto. Ogni modifica vi viene registrata non appena viene fatta: non c&apos;è nulla da salvare.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultazione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>EngagementLogModel</name>
    <message>
        <source>Done (%1)</source>
        <translation>Fatto (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Scaduto dal %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Previsto il %1</translation>
    </message>
    <message>
        <source>The follow-up promised for %1 is still to be done.</source>
        <translation>Il richiamo promesso per il %1 è ancora da fare.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
</context>
<context>
    <name>EngagementLogPanel</name>
    <message>
        <source>Ne&amp;w engagement</source>
        <translation>&amp;Nuova interazione</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rim&amp;uovi</translation>
    </message>
    <message>
        <source>Follow-u&amp;p done</source>
        <translation>Richiam&amp;o fatto</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Annulla le modific&amp;he</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Remove the selected engagement from the log</source>
        <translation>Rimuovi dal registro l&apos;interazione selezionata</translation>
    </message>
    <message>
        <source>What was discussed, agreed or asked</source>
        <translation>Cosa è stato discusso, concordato o chiesto</translation>
    </message>
    <message>
        <source>When you promised to come back to them; leave empty when nothing is owed</source>
        <translation>Quando si è promesso di ricontattarli; lasciare vuoto se non si deve nulla</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>&amp;Sintesi:</translation>
    </message>
    <message>
        <source>Follow &amp;up by:</source>
        <translation>Richiamar&amp;e entro il:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>Aggiungi a&amp;l registro</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva le modifiche</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuova interazione</translation>
    </message>
    <message>
        <source>Selected engagement</source>
        <translation>Interazione selezionata</translation>
    </message>
    <message>
        <source>Choose a stakeholder to see its engagement log.</source>
        <translation>Scegliere un portatore di interesse per vederne il registro delle interazioni.</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Ancora nessuna interazione registrata.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>%n interazione registrata.</numerusform>
            <numerusform>%n interazioni registrate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n richiamo scaduto.</numerusform>
            <numerusform>%n richiami scaduti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La data</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La data del richiamo</translation>
    </message>
    <message>
        <source>Edit an engagement</source>
        <translation>Modifica di un&apos;interazione</translation>
    </message>
    <message>
        <source>Add an engagement</source>
        <translation>Aggiunta di un&apos;interazione</translation>
    </message>
    <message>
        <source>Remove an engagement</source>
        <translation>Rimozione di un&apos;interazione</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Profile figure</source>
        <translation>Dato del profilo</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Criterio della lista di controllo</translation>
    </message>
    <message>
        <source>Double-click to note why this evidence matters</source>
        <translation>Fare doppio clic per annotare perché questo riscontro è importante</translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation>Modifica della nota di un riscontro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Riscontro</translation>
    </message>
    <message>
        <source>Latest answer or value</source>
        <translation>Ultima risposta o valore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (ciclo %2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Ancora senza risposta</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 nel %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 nel %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>The checklist gaps and profile figures this priority rests on, with a note on each: double-click a note to write it.</source>
        <translation>Le lacune delle liste di controllo e i dati del profilo su cui si basa questa priorità, con una nota per ciascuno: fare doppio clic su una nota per scriverla.</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>A&amp;ggiungi riscontro…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Apr&amp;i</translation>
    </message>
    <message>
        <source>Show the checklist item or the figure where it lives</source>
        <translation>Mostra il criterio della lista di controllo o il dato nel punto in cui si trova</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Aggiunta di un riscontro</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Rimozione di un riscontro</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Aggiungi riscontro</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>Criterio della lista di controllo: %1</translation>
    </message>
    <message>
        <source>Profile figure: %1 (%2, %3)</source>
        <translation>Dato del profilo: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type part of an item or a figure</source>
        <translation>Digitare parte di un criterio o di un dato</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Study visit</source>
        <translation>Visita di studio</translation>
    </message>
    <message>
        <source>Peer-learning meeting</source>
        <translation>Riunione di apprendimento tra pari</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Accademia di formazione</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Riunione online</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>The partner city&apos;s name</source>
        <translation>Il nome della città partner</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier</source>
        <translation>L&apos;identificativo della città partner</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>La data di inizio del partenariato</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>La data di fine del partenariato</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La città partner</translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation>Il titolo dello scambio</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La data di inizio</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La data di fine</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Il tema</translation>
    </message>
    <message>
        <source>The good practice&apos;s title</source>
        <translation>Il titolo della buona pratica</translation>
    </message>
    <message>
        <source>“%1” is not a city identifier. Copy it from the partner&apos;s file properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or leave it empty.</source>
        <translation>«%1» non è un identificativo di città. Copiarlo dalle proprietà del file del partner (ha un aspetto simile a 1b4e28ba-2fa1-11d2-883f-0016d3cca427) oppure lasciarlo vuoto.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the contact&apos;s e-mail empty.</source>
        <translation>«%1» non sembra un indirizzo e-mail (nome@esempio.org). Correggerlo oppure lasciare vuota l&apos;e-mail del contatto.</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier is this city&apos;s own. Copy the identifier from the partner&apos;s file, or leave it empty.</source>
        <translation>L&apos;identificativo della città partner è quello di questa stessa città. Copiare l&apos;identificativo dal file del partner oppure lasciarlo vuoto.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <source>Exchange</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lezioni apprese</translation>
    </message>
    <message>
        <source>“%1” is not a kind of exchange. Choose a study visit, a peer-learning meeting, a training academy or an online meeting.</source>
        <translation>«%1» non è un tipo di scambio. Scegliere una visita di studio, una riunione di apprendimento tra pari, un&apos;accademia di formazione o una riunione online.</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La città partner</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Il tema</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nuovo scambio</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Aggiunta di uno scambio</translation>
    </message>
    <message>
        <source>Edit the exchange “%1”</source>
        <translation>Modifica dello scambio «%1»</translation>
    </message>
    <message>
        <source>Remove the exchange “%1”</source>
        <translation>Rimozione dello scambio «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>Rimozione di %n scambio</numerusform>
            <numerusform>Rimozione di %n scambi</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet. Add each visit, meeting or academy with what was learned.</source>
        <translation>Ancora nessuno scambio. Aggiungere ogni visita, riunione o accademia con ciò che se ne è appreso.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n scambio, </numerusform>
            <numerusform>%n scambi, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n con lezioni apprese.</numerusform>
            <numerusform>%n con lezioni apprese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n in programma.</numerusform>
            <numerusform>%n in programma.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the exchange “%1”</source>
        <translation>Duplicazione dello scambio «%1»</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>%1

File: %2
Folder: %3</source>
        <translation>%1

File: %2
Cartella: %3</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Apri il file</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Apri la &amp;cartella</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Scrive le tappe e le scadenze delle azioni del piano d&apos;azione in un file iCalendar.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Il file della città da leggere.</translation>
    </message>
    <message>
        <source>The calendar file to write (.ics).</source>
        <translation>Il file di calendario da scrivere (.ics).</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Sostituisce OUT se esiste già.</translation>
    </message>
    <message>
        <source>export-ics takes a FILE and -o OUT.ics.</source>
        <translation>export-ics richiede un FILE e -o OUT.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n evento scritto in %1.</numerusform>
            <numerusform>%n eventi scritti in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message>
        <source>Export the stakeholders to a CSV file or an Excel workbook (personal data only with --with-personal-data).</source>
        <translation>Esporta i portatori di interesse in un file CSV o in una cartella di lavoro Excel (dati personali solo con --with-personal-data).</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Il file della città da leggere.</translation>
    </message>
    <message>
        <source>The file to write, replaced if it exists: OUT.csv for CSV, OUT.xlsx for an Excel workbook.</source>
        <translation>Il file da scrivere, sostituito se esiste: OUT.csv per CSV, OUT.xlsx per una cartella di lavoro Excel.</translation>
    </message>
    <message>
        <source>export-stakeholders takes a FILE and an OUT file to write.</source>
        <translation>export-stakeholders richiede un FILE e un file OUT da scrivere.</translation>
    </message>
    <message>
        <source>The file to write must end in .csv or .xlsx, not “%1”: the ending chooses the format.</source>
        <translation>Il file da scrivere deve terminare con .csv o .xlsx, non «%1»: è l&apos;estensione a scegliere il formato.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n portatore di interesse in %1.</numerusform>
            <numerusform>Esportati %n portatori di interesse in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“%1” already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>«%1» esiste già. Scegliere un altro nome oppure confermare che può essere sostituito (--force dalla riga di comando).</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist: %2. Choose an existing folder.</source>
        <translation>La cartella di «%1» non esiste: %2. Scegliere una cartella esistente.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>Non è possibile scrivere «%1»: %2. Scegliere una cartella in cui si ha il permesso di salvare file.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>Non è stato possibile salvare «%1»: %2. Verificare lo spazio libero sul disco, poi esportare di nuovo.</translation>
    </message>
</context>
<context>
    <name>ExportTemplateCommand</name>
    <message>
        <source>Write a checklist of a city file as a template JSON.</source>
        <translation>Scrive una lista di controllo di un file della città come modello JSON.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Il file della città da leggere.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Il file JSON da scrivere.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key (the MC2CM basic services by default).</source>
        <translation>La chiave della lista di controllo (per impostazione predefinita, i servizi di base MC2CM).</translation>
    </message>
    <message>
        <source>export-template takes a FILE and an OUT file.</source>
        <translation>export-template richiede un FILE e un file OUT.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«%1» esiste già; scegliere un altro nome.</translation>
    </message>
    <message>
        <source>The file has no checklist “%1”.</source>
        <translation>Il file non ha la lista di controllo «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) written to %3.</source>
        <translation>Lista di controllo «%1» (versione %2) scritta in %3.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Needed</source>
        <comment>a key figure&apos;s value not given yet</comment>
        <translation>Da inserire</translation>
    </message>
    <message>
        <source>Not stored yet: the figure is stored once it has a value.</source>
        <translation>Non ancora registrato: il dato viene registrato quando ha un valore.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Il tema</translation>
    </message>
    <message>
        <source>The value must be a number, like %1; “%2” is not.</source>
        <translation>Il valore deve essere un numero, come %1; «%2» non lo è.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Il valore</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>L&apos;anno</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Nuovo dato</translation>
    </message>
    <message>
        <source>Add a key figure</source>
        <translation>Aggiunta di un dato chiave</translation>
    </message>
    <message>
        <source>Edit the figure “%1”</source>
        <translation>Modifica del dato «%1»</translation>
    </message>
    <message>
        <source>Remove the figure “%1”</source>
        <translation>Rimozione del dato «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>Rimozione di %n dato chiave</numerusform>
            <numerusform>Rimozione di %n dati chiave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Cannot open the partner’s file</source>
        <translation>Impossibile aprire il file del partner</translation>
    </message>
    <message>
        <source>Cannot create the city file</source>
        <translation>Impossibile creare il file della città</translation>
    </message>
    <message>
        <source>Cannot update the city file</source>
        <translation>Impossibile aggiornare il file della città</translation>
    </message>
    <message>
        <source>Cannot open the city file</source>
        <translation>Impossibile aprire il file della città</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open.</source>
        <translation>Il file «%1» non esiste. Potrebbe essere stato spostato, rinominato o eliminato; sceglierlo di nuovo con File &gt; Apri.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: you do not have permission to read it. Ask the owner of the file or your administrator for access, or open a copy.</source>
        <translation>Non è possibile leggere il file «%1»: non si dispone del permesso di lettura. Chiedere l&apos;accesso al proprietario del file o all&apos;amministratore di sistema, oppure aprirne una copia.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a city file. Choose a .passerelle file.</source>
        <translation>«%1» è una cartella o un dispositivo, non un file della città. Scegliere un file .passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Passerelle city file (it is not an SQLite database). Check that you chose the right file; the file was not changed.</source>
        <translation>Il file «%1» non è un file della città di Passerelle (non è un database SQLite). Verificare di aver scelto il file giusto; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Passerelle city file. Open it with the program that made it; Passerelle did not change it.</source>
        <translation>Il file «%1» è un database di un altro programma, non un file della città di Passerelle. Aprirlo con il programma che lo ha creato; Passerelle non lo ha modificato.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Passerelle (file format %2). Install the latest Passerelle to open it; the file was not changed.</source>
        <translation>Il file «%1» è stato creato da una versione più recente di Passerelle (formato di file %2). Installare l&apos;ultima versione di Passerelle per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened safely. Open your latest backup or copy of it; the damaged file was not changed, so a specialist can still try to recover it.</source>
        <translation>Il file «%1» è danneggiato e non può essere aperto in sicurezza. Aprire l&apos;ultimo backup o l&apos;ultima copia del file; il file danneggiato non è stato modificato, quindi uno specialista può ancora tentare di recuperarlo.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in another Passerelle window, on this computer or another one sharing the folder. Switch to that window, or close it and try again.</source>
        <translation>Il file «%1» è già aperto in un&apos;altra finestra di Passerelle, su questo computer o su un altro che condivide la cartella. Passare a quella finestra, oppure chiuderla e riprovare.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or delete the existing file first if you no longer need it.</source>
        <translation>Il file «%1» esiste già. Scegliere un altro nome, oppure eliminare prima il file esistente se non serve più.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder still exists and is reachable, or choose another folder.</source>
        <translation>Non è stato possibile scrivere il file «%1». Verificare che la cartella esista ancora e sia raggiungibile, oppure scegliere un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the file or its folder is read-only (or on a read-only disk). Choose a folder where you may write, or ask your administrator for write access.</source>
        <translation>Non è possibile scrivere il file «%1»: il file o la sua cartella è di sola lettura (o si trova su un disco di sola lettura). Scegliere una cartella in cui si può scrivere, oppure chiedere l&apos;accesso in scrittura all&apos;amministratore di sistema.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk is full. Free some space, or choose another disk, then try again.</source>
        <translation>Non è possibile scrivere il file «%1»: il disco è pieno. Liberare spazio o scegliere un altro disco, poi riprovare.</translation>
    </message>
    <message>
        <source>The path of the file “%1” is too long for Passerelle to open (%2 bytes; at most %3). Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>Il percorso del file «%1» è troppo lungo perché Passerelle possa aprirlo (%2 byte; al massimo %3). Spostare il file in una cartella con un percorso più breve, oppure dargli un nome più breve.</translation>
    </message>
    <message>
        <source>The name of the file “%1” contains characters that are not valid text, so Passerelle cannot open it reliably. Rename the file (for example in your file manager) and open it again; its content was not changed.</source>
        <translation>Il nome del file «%1» contiene caratteri che non sono testo valido, perciò Passerelle non può aprirlo in modo affidabile. Rinominare il file (per esempio nel gestore dei file) e aprirlo di nuovo; il suo contenuto non è stato modificato.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted (Passerelle or the computer stopped while it was being written). Open the file in Passerelle, which undoes the unfinished change; until then the file is left exactly as it is.</source>
        <translation>Il file «%1» contiene una modifica interrotta (Passerelle o il computer si è arrestato mentre veniva scritta). Aprire il file in Passerelle, che annulla la modifica incompleta; fino ad allora il file viene lasciato esattamente com&apos;è.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted, and it must be undone before the file can be opened, but the file or its folder is read-only. Copy the file together with the file beside it whose name ends in “-journal” (or “-wal”) to a folder where you may write, and open the copy.</source>
        <translation>Il file «%1» contiene una modifica interrotta che deve essere annullata prima di poter aprire il file, ma il file o la sua cartella è di sola lettura. Copiare il file, insieme al file accanto il cui nome termina con «-journal» (o «-wal»), in una cartella in cui si può scrivere, e aprire la copia.</translation>
    </message>
    <message>
        <source>The file “%1” has changes made by another program kept in a separate file beside it (ending in “-wal”). Open the file in Passerelle, which takes them in; until then the file is left exactly as it is.</source>
        <translation>Il file «%1» ha modifiche fatte da un altro programma conservate in un file separato accanto (che termina con «-wal»). Aprire il file in Passerelle, che le integra; fino ad allora il file viene lasciato esattamente com&apos;è.</translation>
    </message>
    <message>
        <source>The file “%1” is not built like a Passerelle city file: %2. Another program may have changed it, or it was made to look like a city file. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Il file «%1» non è strutturato come un file della città di Passerelle: %2. Un altro programma potrebbe averlo modificato, oppure è stato fatto in modo da sembrare un file della città. Non è stato aperto né modificato; aprire l&apos;ultimo backup, oppure chiedere al mittente una copia creata da Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” holds values that break the rules of a city file: %2. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Il file «%1» contiene valori che violano le regole di un file della città: %2. Non è stato aperto né modificato; aprire l&apos;ultimo backup, oppure chiedere al mittente una copia creata da Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” comes from an older Passerelle and could not be updated to the current format. It was left as it was; a backup copy is beside it.</source>
        <translation>Il file «%1» proviene da una versione precedente di Passerelle e non è stato possibile aggiornarlo al formato attuale. È stato lasciato com&apos;era; accanto si trova una copia di backup.</translation>
    </message>
    <message>
        <source>The file “%1” could not be used because of a database error. The file was not changed; try again, or open a copy of it.</source>
        <translation>Non è stato possibile usare il file «%1» a causa di un errore del database. Il file non è stato modificato; riprovare oppure aprirne una copia.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Dettagli: %1)</translation>
    </message>
    <message>
        <source>The partner’s file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open a partner’s file.</source>
        <translation>Il file del partner «%1» non esiste. Potrebbe essere stato spostato, rinominato o eliminato; sceglierlo di nuovo con File &gt; Apri il file di un partner.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” cannot be read: you do not have permission to read it. Copy it into your own documents folder and open the copy, or ask the partner city to share it again.</source>
        <translation>Non è possibile leggere il file del partner «%1»: non si dispone del permesso di lettura. Copiarlo nella propria cartella dei documenti e aprire la copia, oppure chiedere alla città partner di condividerlo di nuovo.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” could not be copied into a private temporary folder, where Passerelle reads it: %2. Free some disk space and try again; the partner’s file was not changed.</source>
        <translation>Non è stato possibile copiare il file del partner «%1» nella cartella temporanea privata da cui Passerelle lo legge: %2. Liberare spazio su disco e riprovare; il file del partner non è stato modificato.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>il disco potrebbe essere pieno</translation>
    </message>
    <message>
        <source>is not a Passerelle city file</source>
        <translation>non è un file della città di Passerelle</translation>
    </message>
    <message>
        <source>is a database of another program, not a Passerelle city file</source>
        <translation>è un database di un altro programma, non un file della città di Passerelle</translation>
    </message>
    <message>
        <source>is not built like a Passerelle city file (%1)</source>
        <translation>non è strutturato come un file della città di Passerelle (%1)</translation>
    </message>
    <message>
        <source>holds values that break the rules of a city file (%1)</source>
        <translation>contiene valori che violano le regole di un file della città (%1)</translation>
    </message>
    <message>
        <source>was copied while it was being changed: an unfinished change lies beside it, in the file ending in “-journal”, and Passerelle never reads the files beside a partner’s file</source>
        <translation>è stato copiato mentre veniva modificato: accanto si trova una modifica incompleta, nel file che termina con «-journal», e Passerelle non legge mai i file accanto al file di un partner</translation>
    </message>
    <message>
        <source>has changes kept in a separate file beside it (ending in “-wal”), and Passerelle never reads the files beside a partner’s file</source>
        <translation>ha modifiche conservate in un file separato accanto (che termina con «-wal»), e Passerelle non legge mai i file accanto al file di un partner</translation>
    </message>
    <message>
        <source>comes from an older Passerelle, and its private copy could not be updated to the current format</source>
        <translation>proviene da una versione precedente di Passerelle, e non è stato possibile aggiornare la sua copia privata al formato attuale</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>è danneggiato</translation>
    </message>
    <message>
        <source>could not be read because of a database error</source>
        <translation>non è stato possibile leggerlo a causa di un errore del database</translation>
    </message>
    <message>
        <source>The partner’s file “%1” %2. Passerelle did not open it and did not change it, and your own city file was not touched. Ask the partner city to share it again from Passerelle (File &gt; Share with a partner city).</source>
        <translation>Il file del partner «%1» %2. Passerelle non lo ha aperto né modificato, e il file della vostra città non è stato toccato. Chiedere alla città partner di condividerlo di nuovo da Passerelle (File &gt; Condividi con una città partner).</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Riscontro</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceModel</name>
    <message>
        <source>Mark %1 present</source>
        <translation>Segna %1 come presente</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Segna %1 come assente</translation>
    </message>
</context>
<context>
    <name>GroupDecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Modifica di una decisione</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Scegliere prima una riunione.</translation>
    </message>
    <message>
        <source>A decision needs its text. Type what the group decided, then add it.</source>
        <translation>Una decisione deve avere un testo. Digitare ciò che il gruppo ha deciso, poi aggiungerla.</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Aggiunta di una decisione</translation>
    </message>
    <message>
        <source>Select the decision to remove.</source>
        <translation>Selezionare la decisione da rimuovere.</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Rimozione di una decisione</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>%1 membro presente su %n</numerusform>
            <numerusform>%1 membri presenti su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Meetings of the group</source>
        <translation>Riunioni del gruppo</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>&amp;Nuova riunione</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Rimuovi la riunione</translation>
    </message>
    <message>
        <source>Town hall, a partner&apos;s premises, online…</source>
        <translation>Municipio, sede di un partner, online…</translation>
    </message>
    <message>
        <source>What was said, for those who were not there</source>
        <translation>Ciò che è stato detto, per chi non era presente</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordine del giorno:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>V&amp;erbale:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Tick the members who attended</source>
        <translation>Spuntare i membri presenti</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Double-click a decision to correct it</source>
        <translation>Fare doppio clic su una decisione per correggerla</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Ciò che il gruppo ha deciso</translation>
    </message>
    <message>
        <source>Add decisi&amp;on</source>
        <translation>Aggi&amp;ungi decisione</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Rimuovi la decisione</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>Presenti:</translation>
    </message>
    <message>
        <source>Decisions taken:</source>
        <translation>Decisioni prese:</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to tick who attended and to note what was decided.</source>
        <translation>Scegliere una riunione nell&apos;elenco per spuntare i presenti e annotare ciò che è stato deciso.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva le modifiche</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Aggiungi la riunione</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Riunione selezionata</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nuova riunione</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>La data della riunione</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Modifica di una riunione</translation>
    </message>
    <message>
        <source>Add a group meeting</source>
        <translation>Aggiunta di una riunione del gruppo</translation>
    </message>
    <message>
        <source>Remove a group meeting</source>
        <translation>Rimozione di una riunione del gruppo</translation>
    </message>
    <message>
        <source>Attendance and decisions</source>
        <translation>Presenze e decisioni</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Double-click to change the role in the group</source>
        <translation>Fare doppio clic per cambiare il ruolo nel gruppo</translation>
    </message>
    <message>
        <source>Double-click to change the date the member joined</source>
        <translation>Fare doppio clic per cambiare la data di ingresso del membro</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Portatore di interesse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Ruolo nel gruppo</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membro dal</translation>
    </message>
    <message>
        <source>Change a member&apos;s role</source>
        <translation>Modifica del ruolo di un membro</translation>
    </message>
    <message>
        <source>Change the date a member joined</source>
        <translation>Modifica della data di ingresso di un membro</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Rimozione di %1 dal gruppo</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>Rimozione di %n membro dal gruppo</numerusform>
            <numerusform>Rimozione di %n membri dal gruppo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The member&apos;s stakeholder</source>
        <translation>Il portatore di interesse del membro</translation>
    </message>
    <message>
        <source>The group member</source>
        <translation>Il membro del gruppo</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>La data della riunione</translation>
    </message>
    <message>
        <source>An attendee of the meeting</source>
        <translation>Un partecipante alla riunione</translation>
    </message>
</context>
<context>
    <name>ImportStakeholdersCommand</name>
    <message>
        <source>Import stakeholders and their contacts from a CSV file.</source>
        <translation>Importa portatori di interesse e i loro contatti da un file CSV.</translation>
    </message>
    <message>
        <source>The city file to import into.</source>
        <translation>Il file della città in cui importare.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Il file CSV da leggere.</translation>
    </message>
    <message>
        <source>Encoding of the CSV file: auto, utf-8 or windows-1252.</source>
        <translation>Codifica del file CSV: auto, utf-8 o windows-1252.</translation>
    </message>
    <message>
        <source>Field separator: auto, comma, semicolon or tab.</source>
        <translation>Separatore di campo: auto, comma (virgola), semicolon (punto e virgola) o tab (tabulazione).</translation>
    </message>
    <message>
        <source>What to do with a stakeholder already in the file: skip, update or new (added with a suffix such as “(2)”).</source>
        <translation>Cosa fare con un portatore di interesse già presente nel file: skip (ignorarlo), update (aggiornarlo) o new (aggiungerlo con un suffisso come «(2)»).</translation>
    </message>
    <message>
        <source>import-stakeholders takes a city FILE and a CSV file.</source>
        <translation>import-stakeholders richiede un FILE della città e un file CSV.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>--encoding deve essere auto, utf-8 o windows-1252, non «%1».</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
        <translation>--delimiter deve essere auto, comma, semicolon o tab, non «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or new, not “%1”.</source>
        <translation>--on-duplicate deve essere skip, update o new, non «%1».</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2.</source>
        <translation>Letto come %1, campi separati da %2.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importati: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aggiornati: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorati: %1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>Contatti aggiunti: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Righe rifiutate: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>Themes created: %1</source>
        <translation>Temi creati: %1</translation>
    </message>
    <message>
        <source>Theme values left out: %1 (an import creates at most %2 themes; map them with --map VALUE=theme:NAME)</source>
        <translation>Valori di tema esclusi: %1 (un&apos;importazione crea al massimo %2 temi; associarli con --map VALORE=theme:NOME)</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colonne non importate: %1</translation>
    </message>
</context>
<context>
    <name>ImportTemplateCommand</name>
    <message>
        <source>Install a checklist template JSON into a city file.</source>
        <translation>Installa un modello JSON di lista di controllo in un file della città.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Il file della città da modificare.</translation>
    </message>
    <message>
        <source>The template JSON to install.</source>
        <translation>Il modello JSON da installare.</translation>
    </message>
    <message>
        <source>import-template takes a FILE and an IN file.</source>
        <translation>import-template richiede un FILE e un file IN.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) installed.</source>
        <translation>Lista di controllo «%1» (versione %2) installata.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Each value is the total so far</source>
        <translation>Ogni valore è il totale fino a quel momento</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>I valori si sommano</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s values</source>
        <translation>Grafico dei valori dell&apos;indicatore</translation>
    </message>
    <message>
        <source>No value measured yet</source>
        <translation>Ancora nessun valore misurato</translation>
    </message>
    <message>
        <source>Select an indicator</source>
        <translation>Selezionare un indicatore</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message>
        <source>Measured on</source>
        <translation>Misurato il</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2.</source>
        <translation>«%1» non è un numero: digitarne uno come %2.</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Aggiunta di un valore misurato</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Modifica del valore del %1</translation>
    </message>
    <message>
        <source>Remove the value of %1</source>
        <translation>Rimozione del valore del %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>Rimozione di %n valore</numerusform>
            <numerusform>Rimozione di %n valori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fonte dei dati</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>I valori si sommano</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuovo indicatore</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2, or leave it empty while it is not known.</source>
        <translation>«%1» non è un numero: digitarne uno come %2, oppure lasciarlo vuoto finché non è noto.</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Aggiunta di un indicatore</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Modifica dell&apos;indicatore «%1»</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <translation>Rimozione dell&apos;indicatore «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>Rimozione di %n indicatore</numerusform>
            <numerusform>Rimozione di %n indicatori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>Influence and interest grid</source>
        <translation>Griglia influenza-interesse</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Show or hide what the colours mean</source>
        <translation>Mostra o nascondi il significato dei colori</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Esporta immagine…</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change its influence and interest, or move the selected ones with the arrow keys.</source>
        <translation>Trascinare un portatore di interesse in un&apos;altra casella per cambiarne l&apos;influenza e l&apos;interesse, oppure spostare quelli selezionati con i tasti freccia.</translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>Spostamento di «%1» sulla griglia</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>Spostamento di %n portatore di interesse sulla griglia</numerusform>
            <numerusform>Spostamento di %n portatori di interesse sulla griglia</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the influence and interest grid</source>
        <translation>Esporta la griglia influenza-interesse</translation>
    </message>
    <message>
        <source>influence-interest-grid.png</source>
        <translation>griglia-influenza-interesse.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Esporta la griglia</translation>
    </message>
    <message>
        <source>The influence and interest grid was written with its legend.</source>
        <translation>La griglia influenza-interesse è stata scritta con la sua legenda.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridExport</name>
    <message>
        <source>“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending in .png or .svg.</source>
        <translation>«%1» non è né un&apos;immagine PNG né un disegno SVG. Scegliere un nome di file che termini con .png o .svg.</translation>
    </message>
    <message>
        <source>Influence and interest of the stakeholders</source>
        <translation>Influenza e interesse dei portatori di interesse</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”. Check that the folder exists, that you may write in it and that the disk is not full, then export again.</source>
        <translation>Non è stato possibile scrivere la griglia in «%1». Verificare che la cartella esista, di avere il permesso di scriverci e che il disco non sia pieno, poi esportare di nuovo.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridLayout</name>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantenere soddisfatti</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gestire da vicino</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorare</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenere informati</translation>
    </message>
    <message>
        <source>Kinds of stakeholder</source>
        <translation>Tipi di portatori di interesse</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>A score of %1 counts as high: the lines run between %2 and %1.</source>
        <translation>Un punteggio di %1 conta come alto: le linee passano tra %2 e %1.</translation>
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
            <numerusform>%n portatore di interesse</numerusform>
            <numerusform>%n portatori di interesse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGridLegend</name>
    <message>
        <source>Fold the legend away</source>
        <translation>Chiudi la legenda</translation>
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
Influenza: %3 · Interesse: %4</translation>
    </message>
    <message>
        <source>%1
Influence: %2 · Interest: %3
Zoom in, or double-click, to see them.</source>
        <translation>%1
Influenza: %2 · Interesse: %3
Ingrandire, o fare doppio clic, per vederli.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print what a city file holds, as JSON.</source>
        <translation>Mostra il contenuto di un file della città, in formato JSON.</translation>
    </message>
    <message>
        <source>The city file to describe.</source>
        <translation>Il file della città da descrivere.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.</source>
        <translation>info accetta esattamente un FILE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unfinished change undone</source>
        <translation>Modifica incompleta annullata</translation>
    </message>
    <message>
        <source>Save the new city file</source>
        <translation>Salva il nuovo file della città</translation>
    </message>
    <message>
        <source>Open a city file read-only</source>
        <translation>Apri un file della città in sola lettura</translation>
    </message>
    <message>
        <source>Open a city file</source>
        <translation>Apri un file della città</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>file name of a copy</comment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Save a copy of the city file</source>
        <translation>Salva una copia del file della città</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>La copia non è stata scritta</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copia scritta in %1</translation>
    </message>
    <message>
        <source>Open the copy?</source>
        <translation>Aprire la copia?</translation>
    </message>
    <message>
        <source>The copy “%1” was written. Open it now to make changes?</source>
        <translation>La copia «%1» è stata scritta. Aprirla ora per apportare modifiche?</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>La modifica non è stata registrata</translation>
    </message>
    <message>
        <source>Checking the city file…</source>
        <translation>Verifica del file della città…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <comment>window title</comment>
        <translation>%1 (sola lettura)</translation>
    </message>
    <message>
        <source>%1 — Passerelle</source>
        <comment>window title</comment>
        <translation>%1 — Passerelle</translation>
    </message>
    <message>
        <source>Last written at %1</source>
        <translation>Ultima scrittura alle %1</translation>
    </message>
    <message>
        <source>Last written on %1</source>
        <translation>Ultima scrittura il %1</translation>
    </message>
    <message>
        <source>There is nothing to search in this part of the file.</source>
        <translation>Non c&apos;è nulla da cercare in questa parte del file.</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>File delle città Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New city file…</source>
        <translation>&amp;Nuovo file della città…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Apri in sola &amp;lettura…</translation>
    </message>
    <message>
        <source>Open a file without any risk of changing it, such as a partner city&apos;s file.</source>
        <translation>Apre un file senza alcun rischio di modificarlo, come il file di una città partner.</translation>
    </message>
    <message>
        <source>Open a p&amp;artner’s file…</source>
        <translation>Apri il file di un partne&amp;r…</translation>
    </message>
    <message>
        <source>Read a file a partner city shared, in a window of its own, from a private copy: nothing in it can change.</source>
        <translation>Legge il file condiviso da una città partner, in una finestra a parte, da una copia privata: nulla al suo interno può essere modificato.</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>Apri recen&amp;ti</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Salva una c&amp;opia con nome…</translation>
    </message>
    <message>
        <source>Write a copy of the file; this window stays on the original.</source>
        <translation>Scrive una copia del file; questa finestra resta sull&apos;originale.</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Esporta calen&amp;dario…</translation>
    </message>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Scrive le tappe e le scadenze delle azioni del piano d&apos;azione in un file iCalendar.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Esporta ra&amp;pporto…</translation>
    </message>
    <message>
        <source>Write a report for the council or a partner as a PDF or an editable document.</source>
        <translation>Scrive un rapporto per il consiglio comunale o per un partner, in PDF o come documento modificabile.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with partner cities…</source>
        <translation>Con&amp;fronta con le città partner…</translation>
    </message>
    <message>
        <source>Put partner cities&apos; scores, priorities and plans beside yours.</source>
        <translation>Affianca ai propri i punteggi, le priorità e i piani delle città partner.</translation>
    </message>
    <message>
        <source>&amp;Import from a partner city…</source>
        <translation>&amp;Importa da una città partner…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nessun file recente</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Cancella l&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annulla %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ripeti %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I&amp;ncolla</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tro&amp;va</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Mostra la &amp;navigazione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida per l&apos;utente</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>&amp;Informazioni su Passerelle</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Import good practices, checklists, exchanges and stakeholders from a partner city&apos;s file.</source>
        <translation>Importa buone pratiche, liste di controllo, scambi e portatori di interesse dal file di una città partner.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Il file della città da modificare.</translation>
    </message>
    <message>
        <source>The file a partner city shared.</source>
        <translation>Il file condiviso da una città partner.</translation>
    </message>
    <message>
        <source>What to take, separated by commas (all four when left out): %1.</source>
        <translation>Cosa prendere, separato da virgole (tutti e quattro se omesso): %1.</translation>
    </message>
    <message>
        <source>merge takes a FILE and a PARTNER file.</source>
        <translation>merge richiede un FILE e un file PARTNER.</translation>
    </message>
    <message>
        <source>--what takes a list of %1, separated by commas.</source>
        <translation>--what richiede un elenco tra %1, separati da virgole.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Importazione da %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import from a partner city</source>
        <translation>Importa da una città partner</translation>
    </message>
    <message>
        <source>The file a partner city shared with you</source>
        <translation>Il file che una città partner ha condiviso con voi</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Scegli il &amp;file…</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Cosa prendere</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Buone pratiche</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>&amp;Liste di controllo</translation>
    </message>
    <message>
        <source>&amp;Exchanges</source>
        <translation>&amp;Scambi</translation>
    </message>
    <message>
        <source>&amp;Stakeholders (without their contacts)</source>
        <translation>&amp;Portatori di interesse (senza i loro contatti)</translation>
    </message>
    <message>
        <source>Choose the file a partner city shared with you.</source>
        <translation>Scegliere il file che una città partner ha condiviso con voi.</translation>
    </message>
    <message>
        <source>Changed both here and by the partner: tick a record to take the partner’s version; unticked records keep yours.</source>
        <translation>Modificati sia qui sia dal partner: spuntare un record per prendere la versione del partner; i record non spuntati mantengono la vostra.</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Record e campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vostra</translation>
    </message>
    <message>
        <source>The partner’s</source>
        <translation>Quella del partner</translation>
    </message>
    <message>
        <source>Deleted by the partner: tick a record to remove it from your file too; unticked records stay.</source>
        <translation>Eliminati dal partner: spuntare un record per rimuoverlo anche dal vostro file; i record non spuntati restano.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle);;All files (*)</source>
        <translation>File delle città Passerelle (*.passerelle);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Da %1:</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Nuovi record: %1</translation>
    </message>
    <message>
        <source>Changed by the partner: %1</source>
        <translation>Modificati dal partner: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Invariati: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflitti: %1</translation>
    </message>
    <message>
        <source>Deleted by the partner: %1</source>
        <translation>Eliminati dal partner: %1</translation>
    </message>
    <message>
        <source>Not taken: %1 “%2”. %3</source>
        <translation>Non preso: %1 «%2». %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Ticked: take the partner’s version; unticked: keep yours.</source>
        <translation>Spuntato: prendere la versione del partner; non spuntato: mantenere la vostra.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>L&apos;intero record</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>eliminato qui</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>modificato dal partner</translation>
    </message>
    <message>
        <source>Nothing to import: your file already holds what %1 shared.</source>
        <translation>Niente da importare: il vostro file contiene già ciò che %1 ha condiviso.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>Importato da %1: %n record aggiunto, modificato o rimosso.</numerusform>
            <numerusform>Importato da %1: %n record aggiunti, modificati o rimossi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buona pratica</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Portatore di interesse</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lezioni apprese</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MergePlanner</name>
    <message>
        <source>This file is a copy of your own city’s file, not a partner’s: its records are already yours. Choose the file a partner city shared.</source>
        <translation>Questo file è una copia del file della vostra città, non quello di un partner: i suoi record sono già vostri. Scegliere il file condiviso da una città partner.</translation>
    </message>
    <message>
        <source>A stakeholder of the same name is already in your file.</source>
        <translation>Un portatore di interesse con lo stesso nome è già presente nel vostro file.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>The partner’s file could not be read (%1). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Non è stato possibile leggere il file del partner (%1). Non è stato importato nulla; chiedere alla città partner di condividere di nuovo il suo file.</translation>
    </message>
    <message>
        <source>The partner’s file does not name its city (it should hold exactly one city). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Il file del partner non indica la sua città (dovrebbe contenerne esattamente una). Non è stato importato nulla; chiedere alla città partner di condividere di nuovo il suo file.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Nuova tappa</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Raggiunta il:</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>Una tappa richiede un titolo e una data di scadenza.</translation>
    </message>
    <message>
        <source>Due outside its action&apos;s dates (%1 to %2): allowed, but check it.</source>
        <translation>Scadenza al di fuori delle date della sua azione (dal %1 al %2): consentito, ma da verificare.</translation>
    </message>
</context>
<context>
    <name>NarrativeWidget</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Sezioni del profilo</translation>
    </message>
    <message>
        <source>Not written yet. %1</source>
        <translation>Non ancora redatto. %1</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city file</source>
        <translation>Nuovo file della città</translation>
    </message>
    <message>
        <source>For example: Tangier</source>
        <translation>Per esempio: Tangeri</translation>
    </message>
    <message>
        <source>A city file holds everything about one city. You can change these details later in the city profile.</source>
        <translation>Un file della città contiene tutto ciò che riguarda una città. Questi dati possono essere modificati in seguito nel profilo della città.</translation>
    </message>
    <message>
        <source>City &amp;name:</source>
        <translation>&amp;Nome della città:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>File &amp;language:</source>
        <translation>&amp;Lingua del file:</translation>
    </message>
    <message>
        <source>The language of the built-in themes and profile sections in the file.</source>
        <translation>La lingua dei temi predefiniti e delle sezioni del profilo nel file.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Scegli dove salvare…</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>Not known</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Only a number can be typed here, like %1: “%2” is not part of one.</source>
        <translation>Qui si può digitare solo un numero, come %1: «%2» non ne fa parte.</translation>
    </message>
</context>
<context>
    <name>OdtReportWriter</name>
    <message>
        <source>“%1” could not be made: the report could not be turned into an OpenDocument text. Export it as a PDF instead.</source>
        <translation>Non è stato possibile creare «%1»: il rapporto non ha potuto essere convertito in testo OpenDocument. Esportarlo invece in PDF.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Scegli la data da un calendario</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Per esempio %1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Write it like %3, or pick it from the calendar.</source>
        <translation>%1 «%2» non è una data. Scriverla come %3, oppure sceglierla dal calendario.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Country of origin</source>
        <translation>Paese di origine</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migranti</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Il numero di migranti</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>L&apos;anno</translation>
    </message>
    <message>
        <source>%1 must be a whole number, like %2; “%3” is not.</source>
        <translation>%1 deve essere un numero intero, come %2; «%3» non lo è.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Nuovo paese</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Aggiunta di un&apos;origine</translation>
    </message>
    <message>
        <source>Edit the origin “%1”</source>
        <translation>Modifica dell&apos;origine «%1»</translation>
    </message>
    <message>
        <source>Remove the origin “%1”</source>
        <translation>Rimozione dell&apos;origine «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>Rimozione di %n origine</numerusform>
            <numerusform>Rimozione di %n origini</numerusform>
        </translation>
    </message>
    <message>
        <source>No origin yet. Add one row per country, with the year and the source of the figure.</source>
        <translation>Ancora nessuna origine. Aggiungere una riga per paese, con l&apos;anno e la fonte del dato.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>Totale delle origini elencate: %Ln migrante.</numerusform>
            <numerusform>Totale delle origini elencate: %Ln migranti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures date from %1 to %2: compare them with care.</source>
        <translation>I dati vanno dal %1 al %2: confrontarli con cautela.</translation>
    </message>
</context>
<context>
    <name>OutputFileQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is: nothing was written. Choose another name, or agree to replace it.</source>
        <translation>«%1» esiste già ed è stato lasciato com&apos;è: non è stato scritto nulla. Scegliere un altro nome, oppure accettare di sostituirlo.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsDialog</name>
    <message>
        <source>&amp;Open the stakeholder</source>
        <translation>&amp;Apri il portatore di interesse</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Richiami scaduti</translation>
    </message>
    <message>
        <source>No follow-up is overdue: every promise to come back to a stakeholder is kept or not due yet.</source>
        <translation>Nessun richiamo è scaduto: ogni promessa di ricontattare un portatore di interesse è stata mantenuta o non è ancora in scadenza.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n richiamo promesso per un giorno già passato e non registrato come fatto. Fare doppio clic per aprire le interazioni del suo portatore di interesse e registrarlo.</numerusform>
            <numerusform>%n richiami promessi per un giorno già passato e non registrati come fatti, dal più vecchio. Fare doppio clic su uno di essi per aprire le interazioni del suo portatore di interesse e registrarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Previsto il %1, %n giorno fa</numerusform>
            <numerusform>Previsto il %1, %n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Portatore di interesse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Oggetto</translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message>
        <source>Partner city</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona di contatto</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail del contatto</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Telefono del contatto</translation>
    </message>
    <message>
        <source>Partner&apos;s city identifier</source>
        <translation>Identificativo della città partner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>“%1” is not a role. Choose mentor, mentee or peer.</source>
        <translation>«%1» non è un ruolo. Scegliere mentore, mentee o pari.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>Nuova città partner</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Aggiunta di una città partner</translation>
    </message>
    <message>
        <source>Edit the partner city “%1”</source>
        <translation>Modifica della città partner «%1»</translation>
    </message>
    <message>
        <source>Remove the partner city “%1”</source>
        <translation>Rimozione della città partner «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>Rimozione di %n città partner</numerusform>
            <numerusform>Rimozione di %n città partner</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner city yet. Add the cities your city is twinned with, with their role and a contact person.</source>
        <translation>Ancora nessuna città partner. Aggiungere le città gemellate con la vostra, con il loro ruolo e una persona di contatto.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n città partner, </numerusform>
            <numerusform>%n città partner, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n gemellaggio in corso oggi.</numerusform>
            <numerusform>%n gemellaggi in corso oggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the partner city “%1”</source>
        <translation>Duplicazione della città partner «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerCity</name>
    <message>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pari</translation>
    </message>
</context>
<context>
    <name>PartnerFile</name>
    <message>
        <source>%1 is full</source>
        <translation>%1 è pieno</translation>
    </message>
</context>
<context>
    <name>PartnerOpening</name>
    <message>
        <source>Open a partner city’s file</source>
        <translation>Apri il file di una città partner</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>File delle città Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 (partner, date unknown)</source>
        <comment>window title</comment>
        <translation>%1 (partner, data sconosciuta)</translation>
    </message>
    <message>
        <source>%1 (partner, shared %2)</source>
        <comment>window title</comment>
        <translation>%1 (partner, condiviso il %2)</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>&amp;Scambi</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Buone pratiche</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Aggiungi una città partner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected partner cities</source>
        <translation>Rimuovi le città partner selezionate</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>La data di inizio del partenariato</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>La data di fine del partenariato</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Persona di contatto:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;city identifier:</source>
        <translation>Identificativo della &amp;città partner:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>The cities yours is twinned with in a network (IncluCities, MC2CM), as mentor, mentee or peer, with the twinning&apos;s dates. The contact person is personal data: it is left out when the file is shared.</source>
        <translation>Le città gemellate con la vostra in una rete (IncluCities, MC2CM), come mentore, mentee o pari, con le date del gemellaggio. La persona di contatto è un dato personale: viene esclusa quando il file è condiviso.</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Aggiungi uno scambio</translation>
    </message>
    <message>
        <source>Remove the selected exchanges</source>
        <translation>Rimuovi gli scambi selezionati</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La data di inizio</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La data di fine</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>Parte&amp;cipanti:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Lezioni apprese:</translation>
    </message>
    <message>
        <source>Study visits, peer-learning meetings, training academies and online meetings, with what was learned. Participants&apos; names are personal data: they are left out when the file is shared.</source>
        <translation>Visite di studio, riunioni di apprendimento tra pari, accademie di formazione e riunioni online, con ciò che se ne è appreso. I nomi dei partecipanti sono dati personali: vengono esclusi quando il file è condiviso.</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Aggiungi una buona pratica</translation>
    </message>
    <message>
        <source>Remove the selected good practices</source>
        <translation>Rimuovi le buone pratiche selezionate</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buone pratiche</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;zione:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;onte:</translation>
    </message>
    <message>
        <source>Words of the title, city, description, source or tags</source>
        <translation>Parole del titolo, della città, della descrizione, della fonte o delle parole chiave</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>What your city does well and what you learn from partner cities. “From” says where each practice came from: this city, or the partner whose file it was taken from.</source>
        <translation>Ciò che la vostra città fa bene e ciò che si apprende dalle città partner. «Provenienza» indica da dove viene ciascuna pratica: da questa città, o dal partner dal cui file è stata presa.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Add a copy of the selected record</source>
        <translation>Aggiungi una copia del record selezionato</translation>
    </message>
    <message>
        <source>No partner city</source>
        <translation>Nessuna città partner</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;esportazione è stata annullata; non è stato scritto alcun file.</translation>
    </message>
</context>
<context>
    <name>PersonalDataChoice</name>
    <message>
        <source>&amp;Include personal data (contact persons and private notes)</source>
        <translation>&amp;Includi i dati personali (persone di contatto e note riservate)</translation>
    </message>
    <message>
        <source>When this is not ticked, the export leaves out contact persons, notes marked private and everything else the city file marks as personal data. Tick it only if everyone who will receive the export may see them.</source>
        <translation>Se questa casella non è spuntata, l&apos;esportazione esclude le persone di contatto, le note contrassegnate come riservate e tutto ciò che il file della città contrassegna come dato personale. Spuntarla solo se tutti coloro che riceveranno l&apos;esportazione possono vederli.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Scegli il file…</translation>
    </message>
    <message>
        <source>Personal data: left out of exports unless you choose to include it.</source>
        <translation>Dati personali: esclusi dalle esportazioni, a meno che non si scelga di includerli.</translation>
    </message>
</context>
<context>
    <name>PersonalDataOption</name>
    <message>
        <source>Include personal data (contact persons, private notes and anything else the city file marks as personal). Without this option it is left out.</source>
        <translation>Includi i dati personali (persone di contatto, note riservate e tutto ciò che il file della città contrassegna come personale). Senza questa opzione vengono esclusi.</translation>
    </message>
    <message>
        <source>Personal data (contact persons and private notes) was left out; add --%1 to include it.</source>
        <translation>I dati personali (persone di contatto e note riservate) sono stati esclusi; aggiungere --%1 per includerli.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan of %1</source>
        <translation>Piano d&apos;azione di %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorità: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Azione: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>End of “%1”</source>
        <translation>Fine di «%1»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Completato il %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the action plan&apos;s progress, lateness and budget, as JSON.</source>
        <translation>Mostra l&apos;avanzamento, i ritardi e il bilancio del piano d&apos;azione, in formato JSON.</translation>
    </message>
    <message>
        <source>The city file whose plan to sum up.</source>
        <translation>Il file della città di cui riassumere il piano.</translation>
    </message>
    <message>
        <source>The day lateness is judged on (YYYY-MM-DD); today when not given.</source>
        <translation>Il giorno rispetto al quale si valutano i ritardi (AAAA-MM-GG); oggi se non indicato.</translation>
    </message>
    <message>
        <source>plan takes exactly one FILE.</source>
        <translation>plan accetta esattamente un FILE.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>«%1» non è una data: scriverla come AAAA-MM-GG, per esempio 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWidget</name>
    <message>
        <source>Record the council’s &amp;adoption…</source>
        <translation>&amp;Registra l&apos;adozione da parte del consiglio…</translation>
    </message>
    <message>
        <source>Priorities for the inclusion of migrants</source>
        <translation>Priorità per l&apos;inclusione dei migranti</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;olo:</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Introduzione</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>M&amp;etodo</translation>
    </message>
    <message>
        <source>Why the city sets priorities for migrant inclusion, and what this document is.</source>
        <translation>Perché la città si dà delle priorità per l&apos;inclusione dei migranti, e che cos&apos;è questo documento.</translation>
    </message>
    <message>
        <source>How the priorities were chosen: the profile, the checklists, who was consulted.</source>
        <translation>Come sono state scelte le priorità: il profilo, le liste di controllo, chi è stato consultato.</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Modifica dell&apos;introduzione</translation>
    </message>
    <message>
        <source>Edit the method</source>
        <translation>Modifica del metodo</translation>
    </message>
    <message>
        <source>Adopted by the council on %1.</source>
        <translation>Adottato dal consiglio comunale il %1.</translation>
    </message>
    <message>
        <source>Not adopted by the council yet.</source>
        <translation>Non ancora adottato dal consiglio comunale.</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Modifica del titolo</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; azione completata su %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; azioni completate su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in progress</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in corso</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n in ritardo&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n in ritardo&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none late</source>
        <translation>nessuna in ritardo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; spent of %2 planned (%3 committed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; spesi su %2 previsti (%3 impegnati)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 su %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>%n azione termina più tardi di quanto adottato dal consiglio comunale, di %1 giorni.</numerusform>
            <numerusform>%n azioni terminano più tardi di quanto adottato dal consiglio comunale, fino a %1 giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action ends as the council adopted.</source>
        <translation>Ogni azione termina come adottato dal consiglio comunale.</translation>
    </message>
</context>
<context>
    <name>PlanIndicatorFigure</name>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indicatori rispetto ai loro obiettivi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Now %1, target %2</source>
        <translation>Attuale %1, obiettivo %2</translation>
    </message>
    <message>
        <source>Now %1, no target</source>
        <translation>Attuale %1, nessun obiettivo</translation>
    </message>
    <message>
        <source>No indicator has been defined.</source>
        <translation>Non è stato definito alcun indicatore.</translation>
    </message>
    <message>
        <source>Now: the latest value, or the sum of the values for indicators counted per period. Reached: the share of the way from the baseline to the target.</source>
        <translation>Attuale: l&apos;ultimo valore, o la somma dei valori per gli indicatori conteggiati per periodo. Raggiunto: la quota del percorso dal valore di partenza all&apos;obiettivo.</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>Piccoli grafici</translation>
    </message>
    <message>
        <source>The measured values of each indicator over time, its target dashed.</source>
        <translation>I valori misurati di ciascun indicatore nel tempo, con l&apos;obiettivo tratteggiato.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The priority&apos;s title</source>
        <translation>Il titolo della priorità</translation>
    </message>
    <message>
        <source>The priority&apos;s theme</source>
        <translation>Il tema della priorità</translation>
    </message>
    <message>
        <source>The rank</source>
        <translation>La posizione</translation>
    </message>
    <message>
        <source>The date of validation by the stakeholder group</source>
        <translation>La data di convalida da parte del gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>The date of adoption by the council</source>
        <translation>La data di adozione da parte del consiglio comunale</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La priorità</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>Il criterio della lista di controllo</translation>
    </message>
    <message>
        <source>The profile figure</source>
        <translation>Il dato del profilo</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>La data della consultazione</translation>
    </message>
    <message>
        <source>A stakeholder consulted</source>
        <translation>Un portatore di interesse consultato</translation>
    </message>
    <message>
        <source>The stakeholder-group meeting</source>
        <translation>La riunione del gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>Evidence must point to exactly one checklist item or one profile figure. Choose one of the two and clear the other.</source>
        <translation>Un riscontro deve rimandare a un solo criterio della lista di controllo o a un solo dato del profilo. Sceglierne uno dei due e cancellare l&apos;altro.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineFigure</name>
    <message>
        <source>Action (colour: status; red: late)</source>
        <translation>Azione (colore: stato; rosso: in ritardo)</translation>
    </message>
    <message>
        <source>Dates adopted</source>
        <translation>Date adottate</translation>
    </message>
    <message>
        <source>Milestone (filled: done)</source>
        <translation>Tappa (piena: raggiunta)</translation>
    </message>
    <message>
        <source>Timeline, %1 to %2: rows %3 to %4 of %5.</source>
        <translation>Cronoprogramma, dal %1 al %2: righe da %3 a %4 su %5.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Priority, action, milestone</source>
        <translation>Priorità, azione, tappa</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End or due</source>
        <translation>Fine o scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Speso su previsto</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Raggiunta il %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (%n giorno più tardi di quanto adottato)</numerusform>
            <numerusform>%1 (%n giorni più tardi di quanto adottato)</numerusform>
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
        <translation>Questa città</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Un&apos;altra città</translation>
    </message>
    <message>
        <source>Where this practice came from: this city&apos;s own file, or the partner city&apos;s file it was taken from.</source>
        <translation>Da dove viene questa pratica: dal file di questa città, o dal file della città partner da cui è stata presa.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buona pratica</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Il tema</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La città partner</translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Nuova buona pratica</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Aggiunta di una buona pratica</translation>
    </message>
    <message>
        <source>Edit the good practice “%1”</source>
        <translation>Modifica della buona pratica «%1»</translation>
    </message>
    <message>
        <source>Remove the good practice “%1”</source>
        <translation>Rimozione della buona pratica «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>Rimozione di %n buona pratica</numerusform>
            <numerusform>Rimozione di %n buone pratiche</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice matches “%1”.</source>
        <translation>Nessuna buona pratica corrisponde a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n buona pratica corrisponde alla ricerca, </numerusform>
            <numerusform>%n buone pratiche corrispondono alla ricerca, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n proveniente da città partner.</numerusform>
            <numerusform>%n provenienti da città partner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice yet. Add what your city does well, and what you learn from partner cities.</source>
        <translation>Ancora nessuna buona pratica. Aggiungere ciò che la vostra città fa bene e ciò che si apprende dalle città partner.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n buona pratica, </numerusform>
            <numerusform>%n buone pratiche, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the good practice “%1”</source>
        <translation>Duplicazione della buona pratica «%1»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Passerelle.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di Passerelle.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>Spostamento di «%1»</translation>
    </message>
    <message>
        <source>Reorder the priorities</source>
        <translation>Riordino delle priorità</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>Record the council’s adoption…</source>
        <translation>Registra l&apos;adozione da parte del consiglio…</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>&amp;Priorità</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Ne&amp;w priority</source>
        <translation>&amp;Nuova priorità</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>The most important first. Drag a priority, or use Move up and Move down, to change its rank.</source>
        <translation>Le più importanti per prime. Trascinare una priorità, oppure usare Sposta su e Sposta giù, per cambiarne la posizione.</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Priori&amp;tà</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translation>Ris&amp;contri</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>Consulta&amp;zioni</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nuova priorità</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Aggiunta di una priorità</translation>
    </message>
    <message>
        <source>Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit &gt; Undo brings them back.</source>
        <translation>Rimuovere la priorità «%1» con ciò che ne dipende: %2, %3 e %4? Modifica &gt; Annulla li ripristina.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n riscontro</numerusform>
            <numerusform>%n riscontri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultazione</numerusform>
            <numerusform>%n consultazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Rimuovi la priorità</translation>
    </message>
    <message>
        <source>Remove the priority “%1”</source>
        <translation>Rimozione della priorità «%1»</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message>
        <source>Adopted by the council on %1</source>
        <translation>Adottata dal consiglio comunale il %1</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group on %1</source>
        <translation>Convalidata dal gruppo dei portatori di interesse il %1</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Metodo</translation>
    </message>
    <message>
        <source>The stakeholder group</source>
        <translation>Il gruppo dei portatori di interesse</translation>
    </message>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>Le priorità sono state preparate con il gruppo dei portatori di interesse della città, composto da %n membro, elencato nell&apos;allegato A.</numerusform>
            <numerusform>Le priorità sono state preparate con il gruppo dei portatori di interesse della città, composto da %n membri, elencati nell&apos;allegato A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>Il gruppo si è riunito %n volta.</numerusform>
            <numerusform>Il gruppo si è riunito %n volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>Il gruppo non si è ancora riunito.</translation>
    </message>
    <message>
        <source>The meetings of the stakeholder group.</source>
        <translation>Le riunioni del gruppo dei portatori di interesse.</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Chi è stato consultato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultati</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>No consultation has been recorded.</source>
        <translation>Non è stata registrata alcuna consultazione.</translation>
    </message>
    <message>
        <source>3. The priorities</source>
        <translation>3. Le priorità</translation>
    </message>
    <message>
        <source>No priority has been written yet.</source>
        <translation>Non è stata ancora redatta alcuna priorità.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Riscontri</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Risultato atteso</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <source>No action has been planned for this priority yet.</source>
        <translation>Non è stata ancora prevista alcuna azione per questa priorità.</translation>
    </message>
    <message>
        <source>Local integration priorities</source>
        <translation>Priorità locali per l&apos;integrazione</translation>
    </message>
    <message>
        <source>The priorities for the inclusion of newcomers in %1 and the actions that carry them out</source>
        <translation>Le priorità per l&apos;inclusione dei nuovi arrivati a %1 e le azioni che le attuano</translation>
    </message>
    <message>
        <source>Priorities and action plan</source>
        <translation>Priorità e piano d&apos;azione</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Versione del %1</translation>
    </message>
    <message>
        <source>Draft for consultation</source>
        <translation>Bozza per la consultazione</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>1. Context</source>
        <translation>1. Contesto</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Il profilo migratorio</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>A. The stakeholder group&apos;s members</source>
        <translation>A. I membri del gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>B. Access to services: scores by area</source>
        <translation>B. Accesso ai servizi: punteggi per ambito</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group</source>
        <translation>Convalidata dal gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>Adopted by the council</source>
        <translation>Adottata dal consiglio comunale</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Why this matters for the city: the gaps and figures it rests on.</source>
        <translation>Perché è importante per la città: le lacune e i dati su cui si basa.</translation>
    </message>
    <message>
        <source>What will have changed for migrants when it is done.</source>
        <translation>Cosa sarà cambiato per i migranti una volta realizzata.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tito&amp;lo:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>M&amp;otivazione:</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>&amp;Risultato atteso:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Validated by the group &amp;on:</source>
        <translation>Convalidata dal &amp;gruppo il:</translation>
    </message>
    <message>
        <source>&amp;Adopted by the council on:</source>
        <translation>Adottata dal consiglio comunale &amp;il:</translation>
    </message>
    <message>
        <source>The date of validation</source>
        <translation>La data di convalida</translation>
    </message>
    <message>
        <source>The date of adoption</source>
        <translation>La data di adozione</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Nessun tema</translation>
    </message>
    <message>
        <source>Edit the priority “%1”</source>
        <translation>Modifica della priorità «%1»</translation>
    </message>
</context>
<context>
    <name>PriorityFromGapCommand</name>
    <message>
        <source>Make a priority from a gap</source>
        <translation>Creazione di una priorità da una lacuna</translation>
    </message>
    <message>
        <source>The service-access checklist (round “%3”) found a gap: “%1” is answered “%2”.</source>
        <translation>La lista di controllo sull&apos;accesso ai servizi (ciclo «%3») ha rilevato una lacuna: «%1» ha la risposta «%2».</translation>
    </message>
    <message>
        <source>Answered “%1” in round “%2”.</source>
        <translation>Risposta «%1» nel ciclo «%2».</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>City and &amp;key figures</source>
        <translation>Città e &amp;dati chiave</translation>
    </message>
    <message>
        <source>&amp;Origins of migrants</source>
        <translation>Or&amp;igini dei migranti</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Quartieri</translation>
    </message>
    <message>
        <source>N&amp;arrative</source>
        <translation>Narra&amp;zione</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La città</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dati chiave</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Aggiungi un dato</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected figures</source>
        <translation>Rimuovi i dati selezionati</translation>
    </message>
    <message>
        <source>The few numbers that tell the city&apos;s migration story, each with its year and source so that a reader can check it.</source>
        <translation>I pochi numeri che raccontano la storia migratoria della città, ciascuno con il suo anno e la sua fonte perché il lettore possa verificarlo.</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Aggiungi un&apos;origine</translation>
    </message>
    <message>
        <source>Remove the selected origins</source>
        <translation>Rimuovi le origini selezionate</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Origini dei migranti</translation>
    </message>
    <message>
        <source>Migrants living in the city by country of origin. Give each figure its year and its source (census, register, survey).</source>
        <translation>I migranti che vivono in città per paese di origine. Indicare per ogni dato il suo anno e la sua fonte (censimento, anagrafe, indagine).</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Aggiungi un quartiere</translation>
    </message>
    <message>
        <source>Remove the selected districts</source>
        <translation>Rimuovi i quartieri selezionati</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartieri</translation>
    </message>
    <message>
        <source>Where migrants live in the city. Leave a figure empty when it is not known; the share is worked out from the two populations.</source>
        <translation>Dove vivono i migranti in città. Lasciare un dato vuoto quando non è noto; la quota è calcolata dalle due popolazioni.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Profilo della città</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Sources: </source>
        <translation>Fonti: </translation>
    </message>
    <message>
        <source>inhabitants (%1)</source>
        <translation>abitanti (%1)</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>abitanti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Population of the city</source>
        <translation>Popolazione della città</translation>
    </message>
    <message>
        <source>No key figure of the profile is recorded yet.</source>
        <translation>Non è ancora registrato alcun dato chiave del profilo.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Paese di origine</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migranti</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>All origins listed</source>
        <translation>Tutte le origini elencate</translation>
    </message>
    <message>
        <source>Share: of the migrants of all the origins listed.</source>
        <translation>Quota: sul totale dei migranti di tutte le origini elencate.</translation>
    </message>
    <message>
        <source>No country of origin is recorded yet.</source>
        <translation>Non è ancora registrato alcun paese di origine.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Share: migrants in the district’s population.</source>
        <translation>Quota: migranti sulla popolazione del quartiere.</translation>
    </message>
    <message>
        <source>No district is recorded yet.</source>
        <translation>Non è ancora registrato alcun quartiere.</translation>
    </message>
    <message>
        <source>The migration profile has no key figure yet: the city’s population and the figures on its migrants will appear here with their sources.</source>
        <translation>Il profilo migratorio non ha ancora dati chiave: la popolazione della città e i dati sui suoi migranti compariranno qui con le loro fonti.</translation>
    </message>
    <message>
        <source>The key figures of the migration profile and their sources.</source>
        <translation>I dati chiave del profilo migratorio e le loro fonti.</translation>
    </message>
    <message>
        <source>The largest groups by country of origin: %1.</source>
        <translation>I gruppi più numerosi per paese di origine: %1.</translation>
    </message>
    <message>
        <source>City migration profile</source>
        <translation>Profilo migratorio della città</translation>
    </message>
    <message>
        <source>Who the city’s migrants are, where they live, and what the city knows of their situation, with the sources of every figure</source>
        <translation>Chi sono i migranti della città, dove vivono e cosa sa la città della loro situazione, con le fonti di ogni dato</translation>
    </message>
    <message>
        <source>The knowledge on which the city’s priorities rest</source>
        <translation>Le conoscenze su cui si basano le priorità della città</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 abitanti</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dati chiave</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Origini dei migranti</translation>
    </message>
    <message>
        <source>Where migrants live</source>
        <translation>Dove vivono i migranti</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Il profilo migratorio</translation>
    </message>
    <message>
        <source>The sections of the profile are not written yet.</source>
        <translation>Le sezioni del profilo non sono ancora redatte.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The city&apos;s name</source>
        <translation>Il nome della città</translation>
    </message>
    <message>
        <source>The population year</source>
        <translation>L&apos;anno del dato sulla popolazione</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>La popolazione</translation>
    </message>
    <message>
        <source>The country of origin</source>
        <translation>Il paese di origine</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Il numero di migranti</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>L&apos;anno</translation>
    </message>
    <message>
        <source>The district&apos;s name</source>
        <translation>Il nome del quartiere</translation>
    </message>
    <message>
        <source>The migrant population</source>
        <translation>La popolazione migrante</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>L&apos;etichetta del dato</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Overview</source>
        <translation>Quadro generale</translation>
    </message>
    <message>
        <source>Legal framework for migration</source>
        <translation>Quadro giuridico della migrazione</translation>
    </message>
    <message>
        <source>Local expertise</source>
        <translation>Competenze locali</translation>
    </message>
    <message>
        <source>Migrants&apos; skills</source>
        <translation>Competenze dei migranti</translation>
    </message>
    <message>
        <source>Relations with the administration</source>
        <translation>Rapporti con l&apos;amministrazione</translation>
    </message>
    <message>
        <source>Relations with society</source>
        <translation>Rapporti con la società</translation>
    </message>
    <message>
        <source>The city&apos;s migration story in a few paragraphs: who arrives, who stays, what has changed recently.</source>
        <translation>La storia migratoria della città in pochi paragrafi: chi arriva, chi resta, cosa è cambiato di recente.</translation>
    </message>
    <message>
        <source>National and regional laws and the city&apos;s own powers over reception, residence, work and access to services.</source>
        <translation>Le leggi nazionali e regionali e le competenze proprie della città in materia di accoglienza, soggiorno, lavoro e accesso ai servizi.</translation>
    </message>
    <message>
        <source>Who in the city knows the subject: researchers, services, associations, earlier studies.</source>
        <translation>Chi conosce il tema in città: ricercatori, servizi, associazioni, studi precedenti.</translation>
    </message>
    <message>
        <source>Qualifications, trades and languages migrants bring, and how far they are recognised and used.</source>
        <translation>Qualifiche, mestieri e lingue che i migranti portano, e in che misura sono riconosciuti e valorizzati.</translation>
    </message>
    <message>
        <source>How migrants deal with the city&apos;s services: access, language, trust, obstacles.</source>
        <translation>Come i migranti si rapportano ai servizi della città: accesso, lingua, fiducia, ostacoli.</translation>
    </message>
    <message>
        <source>Relations with residents, neighbourhoods, employers and media: cohesion and tensions.</source>
        <translation>I rapporti con i residenti, i quartieri, i datori di lavoro e i media: coesione e tensioni.</translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message>
        <source>Who wrote it: personal data, left out of shared copies.</source>
        <translation>Chi l&apos;ha scritta: dato personale, escluso dalle copie condivise.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Scritta da</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nuova nota di avanzamento</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>Aggiunta di una nota di avanzamento</translation>
    </message>
    <message>
        <source>Edit the progress note of %1</source>
        <translation>Modifica della nota di avanzamento del %1</translation>
    </message>
    <message>
        <source>Remove the progress note of %1</source>
        <translation>Rimozione della nota di avanzamento del %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>Rimozione di %n nota di avanzamento</numerusform>
            <numerusform>Rimozione di %n note di avanzamento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Salva una copia con nome…</translation>
    </message>
    <message>
        <source>This file was opened read-only, as you asked.</source>
        <translation>Questo file è stato aperto in sola lettura, come richiesto.</translation>
    </message>
    <message>
        <source>This file is read-only: you do not have permission to change it.</source>
        <translation>Questo file è di sola lettura: non si dispone del permesso di modificarlo.</translation>
    </message>
    <message>
        <source>This file is in a read-only folder (a shared drive, a CD, a protected folder), so Passerelle cannot safely store changes there.</source>
        <translation>Questo file si trova in una cartella di sola lettura (un&apos;unità condivisa, un CD, una cartella protetta), perciò Passerelle non può registrarvi modifiche in sicurezza.</translation>
    </message>
    <message>
        <source>You can read everything but change nothing. To edit, use “Save a copy as…” and work on the copy.</source>
        <translation>È possibile leggere tutto ma non modificare nulla. Per apportare modifiche, usare «Salva una copia con nome…» e lavorare sulla copia.</translation>
    </message>
    <message>
        <source>This is the file of the partner city %1 (the date it was shared is unknown).</source>
        <translation>Questo è il file della città partner %1 (la data in cui è stato condiviso non è nota).</translation>
    </message>
    <message>
        <source>This is the file the partner city %1 shared on %2.</source>
        <translation>Questo è il file che la città partner %1 ha condiviso il %2.</translation>
    </message>
    <message>
        <source>It is open read-only, from a private copy: you can read every part but change nothing, and your own city file is not affected.</source>
        <translation>È aperto in sola lettura, da una copia privata: è possibile leggerne ogni parte ma non modificare nulla, e il file della vostra città non viene toccato.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The change could not be stored: the city file or its folder has become read-only (or the disk was removed). Nothing was changed; make the file writable again, or use File &gt; Save a copy as… to keep working on a copy.</source>
        <translation>Non è stato possibile registrare la modifica: il file della città o la sua cartella è diventato di sola lettura (oppure il disco è stato rimosso). Non è stato modificato nulla; rendere di nuovo scrivibile il file, oppure usare File &gt; Salva una copia con nome… per continuare a lavorare su una copia.</translation>
    </message>
    <message>
        <source>The change could not be stored: the disk is full. Nothing was changed; free some space on the disk, then try again.</source>
        <translation>Non è stato possibile registrare la modifica: il disco è pieno. Non è stato modificato nulla; liberare spazio sul disco, poi riprovare.</translation>
    </message>
    <message>
        <source>The change could not be stored: another program is using the city file. Nothing was changed; close the other program, then try again.</source>
        <translation>Non è stato possibile registrare la modifica: un altro programma sta usando il file della città. Non è stato modificato nulla; chiudere l&apos;altro programma, poi riprovare.</translation>
    </message>
    <message>
        <source>The change could not be stored in the city file (%1). Nothing was changed; check that the file is still reachable (a removed disk, a lost network folder), then try again.</source>
        <translation>Non è stato possibile registrare la modifica nel file della città (%1). Non è stato modificato nulla; verificare che il file sia ancora raggiungibile (un disco rimosso, una cartella di rete non più disponibile), poi riprovare.</translation>
    </message>
    <message>
        <source>Passerelle is still checking the city file, which takes a few seconds for a large file. Your change was not made; make it again in a moment.</source>
        <translation>Passerelle sta ancora verificando il file della città, il che richiede qualche secondo per un file di grandi dimensioni. La modifica non è stata apportata; ripeterla tra un momento.</translation>
    </message>
    <message>
        <source>The record no longer exists in the city file; it may have been deleted. Refresh the view and try again.</source>
        <translation>Il record non esiste più nel file della città; potrebbe essere stato eliminato. Aggiornare la vista e riprovare.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The last change to this file had not been finished when Passerelle or the computer stopped. That unfinished change was undone, as if it had never been started; everything stored before it is in the file. Check the last thing you were doing and do it again if it is missing.</source>
        <translation>L&apos;ultima modifica a questo file non era stata completata quando Passerelle o il computer si è arrestato. Quella modifica incompleta è stata annullata, come se non fosse mai iniziata; tutto ciò che era stato registrato prima si trova nel file. Controllare l&apos;ultima operazione che si stava facendo e ripeterla se manca.</translation>
    </message>
    <message>
        <source>Another program had left changes to this file in a separate file beside it (ending in “-wal”). They are now part of the city file.</source>
        <translation>Un altro programma aveva lasciato modifiche a questo file in un file separato accanto (che termina con «-wal»). Ora fanno parte del file della città.</translation>
    </message>
</context>
<context>
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>Spostamento di %n portatore di interesse nella rete</numerusform>
            <numerusform>Spostamento di %n portatori di interesse nella rete</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a stakeholder to move it, drag the background to pan, Ctrl+wheel to zoom, double-click to open.</source>
        <translation>Trascinare un portatore di interesse per spostarlo, trascinare lo sfondo per scorrere, Ctrl+rotellina per lo zoom, doppio clic per aprire.</translation>
    </message>
    <message>
        <source>%L1 stakeholders are shown: too many to draw a readable network (at most %L2). Narrow them with the network&apos;s kind and theme, or with the table&apos;s filters (level, group or text), to see the relations between them.</source>
        <translation>Sono visualizzati %L1 portatori di interesse: troppi per disegnare una rete leggibile (al massimo %L2). Restringerli con il tipo e il tema della rete, oppure con i filtri della tabella (livello, gruppo o testo), per vedere le relazioni tra di essi.</translation>
    </message>
    <message>
        <source>Placing the stakeholders on the network…</source>
        <translation>Posizionamento dei portatori di interesse nella rete…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n portatore di interesse</numerusform>
            <numerusform>%n portatori di interesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relazione</numerusform>
            <numerusform>%n relazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the network automatically</source>
        <translation>Disponi automaticamente la rete</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>Esporta la rete in PNG</translation>
    </message>
    <message>
        <source>Export the network as SVG</source>
        <translation>Esporta la rete in SVG</translation>
    </message>
    <message>
        <source>relations-network</source>
        <translation>rete-delle-relazioni</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Disegni SVG (*.svg)</translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relazioni tra portatori di interesse</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Esporta la rete</translation>
    </message>
    <message>
        <source>The network of relations was written, as shown.</source>
        <translation>La rete delle relazioni è stata scritta così come è visualizzata.</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>%n non posizionato: «Disponi automaticamente» lo posiziona</numerusform>
            <numerusform>%n non posizionati: «Disponi automaticamente» li posiziona</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkEdge</name>
    <message>
        <source>%1 — %2 (strength %3 of %4) — %5</source>
        <translation>%1 — %2 (intensità %3 su %4) — %5</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkExport</name>
    <message>
        <source>The network is too big to be saved as an image. Narrow it with the filters, or export it as SVG.</source>
        <translation>La rete è troppo grande per essere salvata come immagine. Restringerla con i filtri, oppure esportarla in SVG.</translation>
    </message>
    <message>
        <source>Relations between the stakeholders, made with Passerelle</source>
        <translation>Relazioni tra i portatori di interesse, realizzato con Passerelle</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and that you may write in it, or choose another place.</source>
        <translation>Impossibile scrivere «%1». Verificare che la cartella esista e di poterci scrivere, oppure scegliere un&apos;altra posizione.</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkLegend</name>
    <message>
        <source>Stakeholders</source>
        <translation>Portatori di interesse</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relazioni</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message>
        <source>Stop placing</source>
        <translation>Interrompi il posizionamento</translation>
    </message>
    <message>
        <source>Stop waiting: the stakeholders not placed yet stay off the network until you arrange it or narrow the list.</source>
        <translation>Smettere di attendere: i portatori di interesse non ancora posizionati restano fuori dalla rete finché non la si dispone o non si restringe l&apos;elenco.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>Posizionamento di %Ln portatore di interesse nella rete…</numerusform>
            <numerusform>Posizionamento di %Ln portatori di interesse nella rete…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n secondo finora</numerusform>
            <numerusform>%n secondi finora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkToolBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Ingrandisci (Ctrl+rotellina)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Riduci (Ctrl+rotellina)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Mostra l&apos;intera rete</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Disponi automaticamente</translation>
    </message>
    <message>
        <source>Place every stakeholder shown afresh (can be undone)</source>
        <translation>Riposiziona tutti i portatori di interesse visualizzati (si può annullare)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Esporta SVG…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Show or hide the legend, which floats over the network</source>
        <translation>Mostra o nascondi la legenda, che si sovrappone alla rete</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tutti i temi</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>&amp;With:</source>
        <translation>Co&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>Int&amp;ensità:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Type part of the other stakeholder’s name</source>
        <translation>Digitare parte del nome dell&apos;altro portatore di interesse</translation>
    </message>
    <message>
        <source>From %1 (a loose tie) to %2 (a close one)</source>
        <translation>Da %1 (legame debole) a %2 (legame stretto)</translation>
    </message>
    <message>
        <source>&amp;Add relation</source>
        <translation>Aggi&amp;ungi relazione</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>A&amp;pplica le modifiche</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>Rimuovi re&amp;lazione</translation>
    </message>
    <message>
        <source>Choose the other stakeholder: type part of its name.</source>
        <translation>Scegliere l&apos;altro portatore di interesse: digitare parte del suo nome.</translation>
    </message>
    <message>
        <source>No stakeholder is called “%1”. Choose one from the list, or add it to the stakeholders first.</source>
        <translation>Nessun portatore di interesse si chiama «%1». Sceglierne uno dall&apos;elenco, oppure aggiungerlo prima ai portatori di interesse.</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Aggiunta di una relazione</translation>
    </message>
    <message>
        <source>Change a relation</source>
        <translation>Modifica di una relazione</translation>
    </message>
    <message>
        <source>Remove a relation</source>
        <translation>Rimozione di una relazione</translation>
    </message>
</context>
<context>
    <name>RelationsPanelModel</name>
    <message>
        <source>Funds them</source>
        <translation>Finanzia l&apos;altro</translation>
    </message>
    <message>
        <source>Funded by them</source>
        <translation>Finanziato dall&apos;altro</translation>
    </message>
    <message>
        <source>Refers to them</source>
        <translation>Indirizza persone all&apos;altro</translation>
    </message>
    <message>
        <source>Referred by them</source>
        <translation>Riceve persone dall&apos;altro</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In entrambi i sensi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporto scritto in %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Priorities document</source>
        <translation>Documento delle priorità</translation>
    </message>
    <message>
        <source>Action plan status report</source>
        <translation>Rapporto sullo stato di avanzamento del piano d&apos;azione</translation>
    </message>
    <message>
        <source>Stakeholder map report</source>
        <translation>Rapporto sulla mappa dei portatori di interesse</translation>
    </message>
    <message>
        <source>Service-access report</source>
        <translation>Rapporto sull&apos;accesso ai servizi</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Profilo della città</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The language the report is written in, whatever the language of the program.</source>
        <translation>La lingua in cui è redatto il rapporto, qualunque sia la lingua del programma.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>The report lists what was done from this date on.</source>
        <translation>Il rapporto elenca ciò che è stato fatto a partire da questa data.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapporto:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Lingua del rapporto:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>C&amp;arta:</translation>
    </message>
    <message>
        <source>&amp;Done since:</source>
        <translation>&amp;Completato dal:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an office suite.</source>
        <translation>Scrive un rapporto per il consiglio comunale (%1) in PDF/A, oppure come testo OpenDocument da completare in una suite per ufficio.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Il rapporto: %1.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Il file della città da leggere.</translation>
    </message>
    <message>
        <source>The report to write: .pdf, or .odt for the priorities document and the action-plan report.</source>
        <translation>Il rapporto da scrivere: .pdf, oppure .odt per il documento delle priorità e il rapporto sul piano d&apos;azione.</translation>
    </message>
    <message>
        <source>The report&apos;s language (%1); by default the city&apos;s.</source>
        <translation>La lingua del rapporto (%1); per impostazione predefinita quella della città.</translation>
    </message>
    <message>
        <source>a4 or letter; by default the one of your region.</source>
        <translation>a4 o letter; per impostazione predefinita quello della propria area geografica.</translation>
    </message>
    <message>
        <source>For the action-plan report: what was done since this date (YYYY-MM-DD); by default the last 90 days.</source>
        <translation>Per il rapporto sul piano d&apos;azione: ciò che è stato fatto da questa data (AAAA-MM-GG); per impostazione predefinita gli ultimi 90 giorni.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Sostituisce OUT se esiste già.</translation>
    </message>
    <message>
        <source>report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.</source>
        <translation>report richiede un TIPO, un FILE e -o OUT.pdf o OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” is not a report. Choose one of: %2.</source>
        <translation>«%1» non è un rapporto. Scegliere tra: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or OUT.odt.</source>
        <translation>«%1» non è un nome di file né .pdf né .odt. Chiamare il file di output OUT.pdf o OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” (%2) is written as PDF only. Name the output OUT.pdf.</source>
        <translation>«%1» (%2) viene scritto solo in PDF. Chiamare il file di output OUT.pdf.</translation>
    </message>
    <message>
        <source>Reports are written in %1, not in “%2”.</source>
        <translation>I rapporti sono scritti in %1, non in «%2».</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not “%1”.</source>
        <translation>La carta è a4 o letter, non «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.</source>
        <translation>«%1» non è una data. Scriverla come AAAA-MM-GG, per esempio 2026-09-30.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 scritto.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n pagina scritta in %1.</numerusform>
            <numerusform>%n pagine scritte in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text (.odt)</source>
        <translation>Testo &amp;OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Esporta un rapporto</translation>
    </message>
    <message>
        <source>PDF to publish or print as it is; OpenDocument to finish the wording in LibreOffice or Word first.</source>
        <translation>PDF per pubblicare o stampare così com&apos;è; OpenDocument per completare prima il testo in LibreOffice o Word.</translation>
    </message>
    <message>
        <source>This report is written as PDF only.</source>
        <translation>Questo rapporto viene scritto solo in PDF.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>report file name: city file, report</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Testo OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il rapporto</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this report?</source>
        <translation>«%1» esiste già. Sostituirlo con questo rapporto?</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapporto esportato</translation>
    </message>
    <message>
        <source>%1 written as an OpenDocument text: open it in LibreOffice or Word to finish the wording.</source>
        <translation>%1 scritto come testo OpenDocument: aprirlo in LibreOffice o Word per completarne il testo.</translation>
    </message>
    <message>
        <source>%1 written as a PDF document.</source>
        <translation>%1 scritto come documento PDF.</translation>
    </message>
    <message>
        <source>Stop the export; no file is written.</source>
        <translation>Interrompe l&apos;esportazione; non viene scritto alcun file.</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 — local integration office</source>
        <translation>%1 — ufficio locale per l&apos;integrazione</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Larghezza pagina</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparazione dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>The report could not be made</source>
        <translation>Non è stato possibile preparare il rapporto</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Stampa un rapporto</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Il rapporto non è stato stampato</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready, then print again.</source>
        <translation>Non è stato possibile usare la stampante. Verificare che sia collegata e pronta, poi stampare di nuovo.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 inviato alla stampante.</translation>
    </message>
    <message>
        <source>Preview a report before printing</source>
        <translation>Anteprima di un rapporto prima della stampa</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Anteprima di stampa: %1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>H2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Sottotitolo</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Elenco</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Elenco</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Collegamento…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Trasforma il testo selezionato in un collegamento</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>Inserisci un collegamento</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Modifica il ciclo</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>Nuovo ciclo di valutazione</translation>
    </message>
    <message>
        <source>e.g. 2026, Baseline</source>
        <translation>es. 2026, Situazione iniziale</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list</source>
        <translation>Digitare parte di un nome per filtrare l&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etichetta:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Svolto il:</translation>
    </message>
    <message>
        <source>Nothing: start with no answers</source>
        <translation>Nulla: iniziare senza risposte</translation>
    </message>
    <message>
        <source>The answers of round “%1”</source>
        <translation>Le risposte del ciclo «%1»</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Parti da:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Lista di &amp;controllo:</translation>
    </message>
    <message>
        <source>&amp;Participants (the stakeholders who took part):</source>
        <translation>Pa&amp;rtecipanti (i portatori di interesse che vi hanno preso parte):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>Avvia il ciclo</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>it holds an extra table “%1” that Passerelle does not make</source>
        <translation>contiene una tabella in più «%1» che Passerelle non crea</translation>
    </message>
    <message>
        <source>it holds an extra index “%1” that Passerelle does not make</source>
        <translation>contiene un indice in più «%1» che Passerelle non crea</translation>
    </message>
    <message>
        <source>it holds a trigger “%1” that Passerelle does not make: code that would run when the file is changed</source>
        <translation>contiene un trigger «%1» che Passerelle non crea: codice che verrebbe eseguito a ogni modifica del file</translation>
    </message>
    <message>
        <source>it holds a view “%1” that Passerelle does not make: code that would run when the file is read</source>
        <translation>contiene una vista «%1» che Passerelle non crea: codice che verrebbe eseguito alla lettura del file</translation>
    </message>
    <message>
        <source>its table “%1” is not the one Passerelle makes (columns or rules differ)</source>
        <translation>la sua tabella «%1» non è quella che crea Passerelle (colonne o regole diverse)</translation>
    </message>
    <message>
        <source>its index “%1” is not the one Passerelle makes</source>
        <translation>il suo indice «%1» non è quello che crea Passerelle</translation>
    </message>
    <message>
        <source>its trigger “%1” is not the one Passerelle makes</source>
        <translation>il suo trigger «%1» non è quello che crea Passerelle</translation>
    </message>
    <message>
        <source>“%1” is a view where Passerelle makes a table</source>
        <translation>«%1» è una vista dove Passerelle crea una tabella</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>manca la sua tabella «%1»</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>manca il suo indice «%1»</translation>
    </message>
    <message>
        <source>its trigger “%1” is missing</source>
        <translation>manca il suo trigger «%1»</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>No round to show yet.</source>
        <translation>Ancora nessun ciclo da mostrare.</translation>
    </message>
    <message>
        <source>Dash: no score (no item answered met, partly met or not met)</source>
        <translation>Trattino: nessun punteggio (nessun criterio con risposta soddisfatto, parzialmente soddisfatto o non soddisfatto)</translation>
    </message>
    <message>
        <source>Bar height: the score of the items answered (met counts 1, partly met ½, not met 0)</source>
        <translation>Altezza della barra: il punteggio dei criteri con risposta (soddisfatto conta 1, parzialmente soddisfatto ½, non soddisfatto 0)</translation>
    </message>
    <message>
        <source>Grey gauge under a bar: how many of the area’s items were answered (“6/7”: 6 of 7)</source>
        <translation>Indicatore grigio sotto una barra: quanti criteri dell&apos;ambito hanno una risposta («6/7»: 6 su 7)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 su %2 con risposta</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 con risposta</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Print a round&apos;s checklist scores per area, as JSON.</source>
        <translation>Mostra i punteggi della lista di controllo di un ciclo per ambito, in formato JSON.</translation>
    </message>
    <message>
        <source>The city file whose round to score.</source>
        <translation>Il file della città di cui calcolare il punteggio del ciclo.</translation>
    </message>
    <message>
        <source>The round to score (its label); the latest one when not given.</source>
        <translation>Il ciclo di cui calcolare il punteggio (la sua etichetta); il più recente se non indicato.</translation>
    </message>
    <message>
        <source>scores takes exactly one FILE.</source>
        <translation>scores accetta esattamente un FILE.</translation>
    </message>
    <message>
        <source>The file has no assessment round “%1”.</source>
        <translation>Il file non ha il ciclo di valutazione «%1».</translation>
    </message>
    <message>
        <source>The file has no assessment round yet: there is nothing to score.</source>
        <translation>Il file non ha ancora alcun ciclo di valutazione: non c&apos;è nessun punteggio da calcolare.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Esporta il &amp;grafico…</translation>
    </message>
    <message>
        <source>Met counts 1, partly met ½, not met 0; unknown and not applicable are left out. Read every score with its coverage: the share of items answered.</source>
        <translation>Soddisfatto conta 1, parzialmente soddisfatto ½, non soddisfatto 0; sconosciuto e non applicabile sono esclusi. Leggere ogni punteggio con la sua copertura: la quota di criteri con risposta.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>Non è stato possibile scrivere il grafico in %1. Scegliere una cartella in cui si può scrivere.</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Punteggi per ambito</translation>
    </message>
    <message>
        <source>scores-%1.png</source>
        <translation>punteggi-%1.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart of the scores was written.</source>
        <translation>Il grafico dei punteggi è stato scritto.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>&amp;Sources</source>
        <translation>F&amp;onti</translation>
    </message>
    <message>
        <source>Where the facts above come from: laws, studies, statistics, interviews, each with its year.</source>
        <translation>Da dove provengono i fatti sopra riportati: leggi, studi, statistiche, interviste, ciascuno con il suo anno.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifica di «%1»</translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Scores per area, round by round, with the share of items answered under each bar.</source>
        <translation>Punteggi per ambito, ciclo per ciclo, con la quota di criteri con risposta sotto ogni barra.</translation>
    </message>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>Un grafico a barre dei punteggi per ambito per %n ciclo.</numerusform>
            <numerusform>Un grafico a barre dei punteggi per ambito per %n cicli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Criteri con risposta</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>Score: met counts 1, partly met ½, not met 0, over the items answered one of the three; unknown and not applicable are left out. A dash: no score yet.</source>
        <translation>Punteggio: soddisfatto conta 1, parzialmente soddisfatto ½, non soddisfatto 0, sui criteri che hanno ricevuto una di queste tre risposte; sconosciuto e non applicabile sono esclusi. Un trattino: ancora nessun punteggio.</translation>
    </message>
    <message>
        <source>No service-access assessment has been held yet: the scores will appear after the first round.</source>
        <translation>Non è stata ancora svolta alcuna valutazione dell&apos;accesso ai servizi: i punteggi compariranno dopo il primo ciclo.</translation>
    </message>
    <message>
        <source>Round “%1” of the checklist “%2”, held on %3: an overall score of %4, with %5 of the %6 items answered.</source>
        <translation>Ciclo «%1» della lista di controllo «%2», svolto il %3: un punteggio complessivo di %4, con %5 criteri con risposta su %6.</translation>
    </message>
    <message>
        <source>Access to basic services</source>
        <translation>Accesso ai servizi di base</translation>
    </message>
    <message>
        <source>How far migrants can reach the city’s basic services: scores per area, their change, the gaps and the priorities made from them</source>
        <translation>In che misura i migranti accedono ai servizi di base della città: punteggi per ambito, la loro variazione, le lacune e le priorità che ne derivano</translation>
    </message>
    <message>
        <source>The service-access checklist: where the city stands and what it will improve</source>
        <translation>La lista di controllo sull&apos;accesso ai servizi: a che punto è la città e cosa migliorerà</translation>
    </message>
    <message>
        <source>Round “%1”, %2</source>
        <translation>Ciclo «%1», %2</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Punteggi per ambito</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>punteggio complessivo</translation>
    </message>
    <message>
        <source>of the items answered</source>
        <translation>dei criteri con risposta</translation>
    </message>
    <message>
        <source>gaps: items not met or partly met</source>
        <translation>lacune: criteri non soddisfatti o parzialmente soddisfatti</translation>
    </message>
    <message>
        <source>priorities made from the gaps</source>
        <translation>priorità derivate dalle lacune</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Variazione rispetto al ciclo precedente</translation>
    </message>
    <message>
        <source>Round “%1” (%2) against round “%3” (%4), in percentage points.</source>
        <translation>Ciclo «%1» (%2) rispetto al ciclo «%3» (%4), in punti percentuali.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>There is no earlier round of this checklist to compare with yet.</source>
        <translation>Non c&apos;è ancora un ciclo precedente di questa lista di controllo con cui confrontare.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>The items of the latest round answered not met or partly met: the starting points of the city’s priorities.</source>
        <translation>I criteri dell&apos;ultimo ciclo con risposta non soddisfatto o parzialmente soddisfatto: i punti di partenza delle priorità della città.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Riscontro</translation>
    </message>
    <message>
        <source>Priority made from it</source>
        <translation>Priorità derivata</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Risposta data da</translation>
    </message>
    <message>
        <source>The latest round found no gap.</source>
        <translation>L&apos;ultimo ciclo non ha rilevato lacune.</translation>
    </message>
    <message>
        <source>No round has been held yet.</source>
        <translation>Non è stato ancora svolto alcun ciclo.</translation>
    </message>
    <message>
        <source>Priorities made from the gaps</source>
        <translation>Priorità derivate dalle lacune</translation>
    </message>
    <message>
        <source>No priority rests on a gap of the latest round yet.</source>
        <translation>Nessuna priorità si basa ancora su una lacuna dell&apos;ultimo ciclo.</translation>
    </message>
    <message>
        <source>Expected outcome: </source>
        <translation>Risultato atteso: </translation>
    </message>
    <message>
        <source>The gaps it answers:</source>
        <translation>Le lacune a cui risponde:</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>S&amp;hare with a partner city…</source>
        <translation>Condi&amp;vidi con una città partner…</translation>
    </message>
    <message>
        <source>Write a copy of the file for a partner city, without personal data unless you include it.</source>
        <translation>Scrive una copia del file per una città partner, senza dati personali a meno che non si scelga di includerli.</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Write a copy of a city file to share with a partner city, without personal data.</source>
        <translation>Scrive una copia di un file della città da condividere con una città partner, senza dati personali.</translation>
    </message>
    <message>
        <source>The city file to share.</source>
        <translation>Il file della città da condividere.</translation>
    </message>
    <message>
        <source>The shared copy to write.</source>
        <translation>La copia condivisa da scrivere.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Sostituisce OUT se esiste già.</translation>
    </message>
    <message>
        <source>share takes a FILE and -o OUT.</source>
        <translation>share richiede un FILE e -o OUT.</translation>
    </message>
    <message>
        <source>%1 shared in %2.</source>
        <translation>%1 condivisa in %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Escluso:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a partner city</source>
        <translation>Condividi con una città partner</translation>
    </message>
    <message>
        <source>Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they open as they open their own. What is left out is not hidden in it but absent from its bytes.</source>
        <translation>Scrive una copia di «%1» da inviare a una città partner: un normale file di Passerelle che essa apre come apre il proprio. Ciò che viene escluso non vi è nascosto, ma è assente dai suoi byte.</translation>
    </message>
    <message>
        <source>Left out of the copy:</source>
        <translation>Escluso dalla copia:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Condividi…</translation>
    </message>
    <message>
        <source>What the copy leaves out could not be counted: %1</source>
        <translation>Non è stato possibile contare ciò che la copia esclude: %1</translation>
    </message>
    <message>
        <source>Nothing: the copy holds everything in the file.</source>
        <translation>Nulla: la copia contiene tutto il file.</translation>
    </message>
    <message>
        <source>Nothing: the file holds no personal data.</source>
        <translation>Nulla: il file non contiene dati personali.</translation>
    </message>
    <message>
        <source>%1 - shared</source>
        <comment>file name of a copy for a partner city</comment>
        <translation>%1 - condiviso</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>File delle città Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the shared copy?</source>
        <translation>«%1» esiste già. Sostituirlo con la copia condivisa?</translation>
    </message>
    <message>
        <source>Shared with a partner city</source>
        <translation>Condiviso con una città partner</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, with personal data.</source>
        <translation>La copia per la città partner è stata scritta, con i dati personali.</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, without personal data.</source>
        <translation>La copia per la città partner è stata scritta, senza dati personali.</translation>
    </message>
    <message>
        <source>Stop sharing; no file is written.</source>
        <translation>Interrompe la condivisione; non viene scritto alcun file.</translation>
    </message>
</context>
<context>
    <name>ShareFiles</name>
    <message>
        <source>The shared copy “%1” could not be saved to the disk. Check the free space, then share again.</source>
        <translation>Non è stato possibile salvare sul disco la copia condivisa «%1». Verificare lo spazio libero, poi condividere di nuovo.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder.</source>
        <translation>Non è stato possibile scrivere la copia condivisa «%1»: %2. Scegliere un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>nome di %n persona di contatto</numerusform>
            <numerusform>nomi di %n persone di contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>ruolo di %n persona di contatto</numerusform>
            <numerusform>ruoli di %n persone di contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>indirizzo e-mail di %n persona di contatto</numerusform>
            <numerusform>indirizzi e-mail di %n persone di contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>numero di telefono di %n persona di contatto</numerusform>
            <numerusform>numeri di telefono di %n persone di contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>lingua preferita di %n persona di contatto</numerusform>
            <numerusform>lingue preferite di %n persone di contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n nota riservata sui portatori di interesse</numerusform>
            <numerusform>%n note riservate sui portatori di interesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>autore di %n risposta a una lista di controllo</numerusform>
            <numerusform>autori di %n risposte alle liste di controllo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>partecipanti a %n consultazione</numerusform>
            <numerusform>partecipanti a %n consultazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>autore di %n nota di avanzamento</numerusform>
            <numerusform>autori di %n note di avanzamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>partecipanti a %n scambio</numerusform>
            <numerusform>partecipanti a %n scambi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>persona di contatto di %n città partner</numerusform>
            <numerusform>persone di contatto di %n città partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>indirizzo e-mail di contatto di %n città partner</numerusform>
            <numerusform>indirizzi e-mail di contatto di %n città partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>numero di telefono di contatto di %n città partner</numerusform>
            <numerusform>numeri di telefono di contatto di %n città partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>lo storico delle importazioni da %n città partner</numerusform>
            <numerusform>lo storico delle importazioni da %n città partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>la base delle prossime unioni: %n record come i partner l&apos;hanno condiviso l&apos;ultima volta</numerusform>
            <numerusform>la base delle prossime unioni: %n record come i partner li hanno condivisi l&apos;ultima volta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n riga di %1</numerusform>
            <numerusform>%n righe di %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n valore di %1.%2</numerusform>
            <numerusform>%n valori di %1.%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWriter</name>
    <message>
        <source>Sharing was cancelled: no file was written.</source>
        <translation>La condivisione è stata annullata: non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>The shared copy cannot replace the city file itself. Choose another name.</source>
        <translation>La copia condivisa non può sostituire il file della città stesso. Scegliere un altro nome.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Passerelle. Open it in Passerelle once, which brings it up to date, then share it.</source>
        <translation>«%1» è stato scritto da una versione precedente di Passerelle. Aprirlo una volta in Passerelle, che lo aggiorna, poi condividerlo.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>Non è stato possibile scrivere la copia condivisa «%1»: %2. Scegliere un&apos;altra cartella o liberare spazio su disco.</translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Municipal department</source>
        <translation>Servizio comunale</translation>
    </message>
    <message>
        <source>National or regional agency</source>
        <translation>Ente nazionale o regionale</translation>
    </message>
    <message>
        <source>Public service provider</source>
        <translation>Fornitore di servizi pubblici</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ONG o società civile</translation>
    </message>
    <message>
        <source>Migrant or diaspora association</source>
        <translation>Associazione di migranti o della diaspora</translation>
    </message>
    <message>
        <source>Religious organisation</source>
        <translation>Organizzazione religiosa</translation>
    </message>
    <message>
        <source>Private sector or employer</source>
        <translation>Settore privato o datore di lavoro</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Mondo accademico</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizzazione internazionale</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regionale</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nazionale</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internazionale</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Favorevole</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutrale</translation>
    </message>
    <message>
        <source>Sceptical</source>
        <translation>Scettico</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Contrario</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non nota</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvColumns</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona di contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes are private</source>
        <translation>Note riservate</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvExport</name>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>Non è possibile scrivere «%1»: %2. Scegliere una cartella in cui si ha il permesso di salvare file.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>Non è stato possibile salvare «%1»: %2. Verificare lo spazio libero sul disco, poi esportare di nuovo.</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed in the city file. Import the CSV file again when you are ready.</source>
        <translation>L&apos;importazione è stata annullata: nel file della città non è stato modificato nulla. Importare di nuovo il file CSV quando si è pronti.</translation>
    </message>
    <message>
        <source>Two columns of the CSV file are imported as “%1”. Keep one of them and set the other to “Not imported”.</source>
        <translation>Due colonne del file CSV vengono importate come «%1». Mantenerne una e impostare l&apos;altra su «Non importata».</translation>
    </message>
    <message>
        <source>The first line of the CSV file (line %1) has no column of stakeholder names; it reads: %2. Name that column “name” or “nom”, then import again.</source>
        <translation>La prima riga del file CSV (riga %1) non ha una colonna con i nomi dei portatori di interesse; contiene: %2. Chiamare quella colonna «name» o «nom», poi importare di nuovo.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a value holding the separator must be put in double quotes. Correct the line, or save the file again from your spreadsheet.</source>
        <translation>Questa riga ha %1 campi mentre l&apos;intestazione ne ha %2: un valore che contiene il separatore deve essere racchiuso tra virgolette doppie. Correggere la riga, oppure salvare di nuovo il file dal foglio di calcolo.</translation>
    </message>
    <message>
        <source>The “%1” cell</source>
        <translation>La cella «%1»</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name is missing. Fill it in, or delete the line.</source>
        <translation>Manca il nome del portatore di interesse. Compilarlo, oppure eliminare la riga.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it means when you import.</source>
        <translation>«%1» non è un tipo di portatore di interesse. Usare uno tra: %2; oppure indicare a quale tipo corrisponde al momento dell&apos;importazione.</translation>
    </message>
    <message>
        <source>“%1” is not a level. Use one of: %2; or say which level it means when you import.</source>
        <translation>«%1» non è un livello. Usare uno tra: %2; oppure indicare a quale livello corrisponde al momento dell&apos;importazione.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or leave it empty to use %5.</source>
        <translation>%1 deve essere un numero intero da %2 a %3, non «%4». Correggere la cella, oppure lasciarla vuota per usare %5.</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>L&apos;influenza</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>L&apos;interesse</translation>
    </message>
    <message>
        <source>“%1” does not say whether the notes are private: write yes or no, or leave the cell empty for notes that are not private.</source>
        <translation>«%1» non indica se le note sono riservate: scrivere yes o no, oppure lasciare la cella vuota per note non riservate.</translation>
    </message>
    <message>
        <source>The contact person&apos;s name is missing while an e-mail or phone is given. Fill in the contact&apos;s name, or empty the e-mail and phone.</source>
        <translation>Manca il nome della persona di contatto, mentre sono indicati un&apos;e-mail o un telefono. Compilare il nome del contatto, oppure svuotare e-mail e telefono.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«%1» non sembra un indirizzo e-mail (nome@example.org). Correggerlo, oppure lasciare vuota l&apos;e-mail.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«%1» non sembra un numero di telefono: usare solo cifre, spazi e + - ( ) ., con almeno sei cifre. Correggerlo, oppure lasciare vuoto il telefono.</translation>
    </message>
    <message>
        <source>This contact person belongs to “%1” of line %2, which was not imported. Correct line %2, then import again.</source>
        <translation>Questa persona di contatto appartiene a «%1» della riga %2, che non è stato importato. Correggere la riga %2, poi importare di nuovo.</translation>
    </message>
    <message>
        <source>“%1” repeats the stakeholder of line %2. Keep one of the two lines, or leave only the contact columns filled on this one to add a further contact person.</source>
        <translation>«%1» ripete il portatore di interesse della riga %2. Mantenere una sola delle due righe, oppure, per aggiungere un&apos;altra persona di contatto, compilare in questa solo le colonne del contatto.</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailEditor</name>
    <message>
        <source>&amp;Private note</source>
        <translation>Nota ri&amp;servata</translation>
    </message>
    <message>
        <source>Select a stakeholder to see and edit its details.</source>
        <translation>Selezionare un portatore di interesse per vederne e modificarne i dettagli.</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>Da %1 (bassa) a %2 (alta)</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://esempio.it</translation>
    </message>
    <message>
        <source>A private note stays in this city file; exports leave it out unless you choose to include personal data.</source>
        <translation>Una nota riservata resta in questo file della città; le esportazioni la escludono, a meno che non si scelga di includere i dati personali.</translation>
    </message>
    <message>
        <source>Private notes are left out of exports unless you choose to include personal data.</source>
        <translation>Le note riservate sono escluse dalle esportazioni, a meno che non si scelga di includere i dati personali.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Nom&amp;e</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <source>Infl&amp;uence</source>
        <translation>Infl&amp;uenza</translation>
    </message>
    <message>
        <source>In&amp;terest</source>
        <translation>I&amp;nteresse</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sito &amp;web</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>%n portatore di interesse selezionato</numerusform>
            <numerusform>%n portatori di interesse selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the e&amp;xisting one</source>
        <translation>Apri quello e&amp;sistente</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Modifica del portatore di interesse «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderExporter</name>
    <message>
        <source>Export the stakeholders</source>
        <translation>Esporta i portatori di interesse</translation>
    </message>
    <message>
        <source>%1 stakeholders.xlsx</source>
        <translation>%1 portatori di interesse.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Stakeholders exported</source>
        <translation>Portatori di interesse esportati</translation>
    </message>
    <message>
        <source>The stakeholders were written with their contact persons and private notes: share the file only with those who may see them.</source>
        <translation>I portatori di interesse sono stati scritti con le loro persone di contatto e le note riservate: condividere il file solo con chi può vederli.</translation>
    </message>
    <message>
        <source>The stakeholders were written without personal data.</source>
        <translation>I portatori di interesse sono stati scritti senza dati personali.</translation>
    </message>
    <message>
        <source>“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending chooses the format. Export again with one of them.</source>
        <translation>«%1» non termina né con .xlsx (cartella di lavoro Excel) né con .csv: è l&apos;estensione a scegliere il formato. Esportare di nuovo con una delle due.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Richiamo &amp;scaduto</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Ca&amp;ncella i filtri</translation>
    </message>
    <message>
        <source>Only the stakeholders with a follow-up promised for a day already past and not logged as done</source>
        <translation>Solo i portatori di interesse con un richiamo promesso per un giorno già passato e non registrato come fatto</translation>
    </message>
    <message>
        <source>Search names, notes and contacts</source>
        <translation>Cerca in nomi, note e contatti</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Cerca portatori di interesse</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <source>In the group or not</source>
        <translation>Nel gruppo o no</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Membri del gruppo</translation>
    </message>
    <message>
        <source>Not in the group</source>
        <translation>Fuori dal gruppo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>City Stakeholder Group</source>
        <translation>Gruppo cittadino dei portatori di interesse</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tutti i temi</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 su %Ln portatore di interesse</numerusform>
            <numerusform>%L1 su %Ln portatori di interesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln portatore di interesse</numerusform>
            <numerusform>%Ln portatori di interesse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGroupView</name>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the city&apos;s lasting consultation body on migration: who sits in it, when it met, who came and what it decided.</source>
        <translation>Il Gruppo cittadino dei portatori di interesse è l&apos;organo di consultazione permanente della città sulla migrazione: chi ne fa parte, quando si è riunito, chi era presente e cosa ha deciso.</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membri del gruppo</translation>
    </message>
    <message>
        <source>Double-click a name to open the stakeholder; double-click a role or a date to change it</source>
        <translation>Fare doppio clic su un nome per aprire il portatore di interesse; su un ruolo o una data per modificarli</translation>
    </message>
    <message>
        <source>The date the member joined</source>
        <translation>La data di ingresso del membro</translation>
    </message>
    <message>
        <source>Chair, member, observer…</source>
        <translation>Presidente, membro, osservatore…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>Aggi&amp;ungi al gruppo</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Rimuovi dal gruppo</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>&amp;Portatore di interesse:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ru&amp;olo:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>M&amp;embro dal:</translation>
    </message>
    <message>
        <source>Choose the stakeholder to add by typing part of its name, then pick it from the list.</source>
        <translation>Scegliere il portatore di interesse da aggiungere digitando parte del suo nome, poi selezionarlo dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Aggiunta di un membro al gruppo</translation>
    </message>
</context>
<context>
    <name>StakeholderImportCommand</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importazione di portatori di interesse da CSV</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importa portatori di interesse da CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Scegliere prima un file CSV.</translation>
    </message>
    <message>
        <source>Importing stakeholders…</source>
        <translation>Importazione dei portatori di interesse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message>
        <source>Stakeholders already in the file</source>
        <translation>Portatori di interesse già presenti nel file</translation>
    </message>
    <message>
        <source>A row names a stakeholder already in the file when the names match, whatever the case and accents.</source>
        <translation>Una riga indica un portatore di interesse già presente nel file quando i nomi coincidono, indipendentemente da maiuscole e accenti.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stakeholders in the file as they are</source>
        <translation>I&amp;gnorarli: mantenere invariati i portatori di interesse del file</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing) and add their contacts</source>
        <translation>&amp;Aggiornarli con i valori del file (le celle vuote non cambiano nulla) e aggiungere i loro contatti</translation>
    </message>
    <message>
        <source>Import them as &amp;new stakeholders, named with a number: “Caritas (2)”</source>
        <translation>Importarli come &amp;nuovi portatori di interesse, con un numero nel nome: «Caritas (2)»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file names a stakeholder already in the file.</source>
        <translation>Nessuna riga del file indica un portatore di interesse già presente nel file della città.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n portatore di interesse del file è già presente nel file della città.</numerusform>
            <numerusform>%n portatori di interesse del file sono già presenti nel file della città.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>Scegli il file CSV</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV, then choose the file here or drop it on this window. The first line must name the columns.</source>
        <translation>Salvare l&apos;elenco in formato CSV dal foglio di calcolo, poi scegliere il file qui o trascinarlo su questa finestra. La prima riga deve contenere i nomi delle colonne.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <source>The city file is open read-only, so nothing can be imported into it. Open it for editing (File &gt; Open), then import again.</source>
        <translation>Il file della città è aperto in sola lettura, quindi non vi si può importare nulla. Aprirlo in modifica (File &gt; Apri), poi importare di nuovo.</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importa portatori di interesse da CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n riga sotto la riga di intestazione, letta come %1 con campi separati da %2. Se nei nomi compaiono lettere sbagliate o se le colonne sono errate nella pagina successiva, scegliere qui un&apos;altra codifica o un altro separatore.</numerusform>
            <numerusform>%n righe sotto la riga di intestazione, lette come %1 con campi separati da %2. Se nei nomi compaiono lettere sbagliate o se le colonne sono errate nella pagina successiva, scegliere qui un&apos;altra codifica o un altro separatore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Abbina le colonne</translation>
    </message>
    <message>
        <source>Each column of the file goes to the field chosen beside it. Columns were matched from their names; change any that are wrong.</source>
        <translation>Ogni colonna del file va nel campo scelto accanto. Le colonne sono state abbinate in base ai loro nomi; correggere quelle errate.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Per esempio</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importata come</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(colonna %1, senza nome)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Importa la colonna «%1» come</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importata</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>Le prime %1 righe su %2, come saranno importate; %n di esse sarà esclusa (vedere la colonna Importazione).</numerusform>
            <numerusform>Le prime %1 righe su %2, come saranno importate; %n di esse saranno escluse (vedere la colonna Importazione).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportPreviewModel</name>
    <message>
        <source>Left out: %1</source>
        <translation>Esclusa: %1</translation>
    </message>
    <message>
        <source>Already in the file</source>
        <translation>Già nel file</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuovo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
</context>
<context>
    <name>StakeholderImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Rapporto di importazione</translation>
    </message>
    <message>
        <source>The import is stored in the city file. Edit &gt; Undo takes all of it back in one step.</source>
        <translation>L&apos;importazione è registrata nel file della città. Modifica &gt; Annulla la annulla interamente in un solo passaggio.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copia il rapporto</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Salva il rapporto…</translation>
    </message>
    <message>
        <source>Import of %1, read as %2 with fields separated by %3.</source>
        <translation>Importazione di %1, letto come %2 con campi separati da %3.</translation>
    </message>
    <message>
        <source>New stakeholders: %1</source>
        <translation>Nuovi portatori di interesse: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aggiornati: %1</translation>
    </message>
    <message>
        <source>Already in the file, left as they were: %1</source>
        <translation>Già nel file, lasciati invariati: %1</translation>
    </message>
    <message>
        <source>Contact persons added: %1</source>
        <translation>Persone di contatto aggiunte: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Righe escluse: %1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colonne non importate: %1</translation>
    </message>
    <message>
        <source>New themes: %1</source>
        <translation>Nuovi temi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>%n valore di tema escluso: un&apos;importazione crea al massimo %1 temi. Scegliere il loro significato nel passaggio dei valori, oppure aggiungere prima i temi.</numerusform>
            <numerusform>%n valori di tema esclusi: un&apos;importazione crea al massimo %1 temi. Scegliere il loro significato nel passaggio dei valori, oppure aggiungere prima i temi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out (correct them in the file and import it again: the rows already imported will be found as duplicates):</source>
        <translation>Righe escluse (correggerle nel file e importarlo di nuovo: le righe già importate saranno riconosciute come duplicati):</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, skipped: %3, rows left out: %4.</source>
        <translation>Nuovi: %1, aggiornati: %2, ignorati: %3, righe escluse: %4.</translation>
    </message>
    <message>
        <source>import report %1.txt</source>
        <translation>rapporto di importazione %1.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Salva il rapporto di importazione</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in “%1”: %2. Choose another folder, or copy the report instead.</source>
        <translation>Non è stato possibile salvare il rapporto in «%1»: %2. Scegliere un&apos;altra cartella, oppure copiare il rapporto.</translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message>
        <source>Say what the values mean</source>
        <translation>Indica il significato dei valori</translation>
    </message>
    <message>
        <source>These kinds, levels and themes of the file are not among Passerelle’s. Choose what each one means; the city file remembers your choices for the next import.</source>
        <translation>Questi tipi, livelli e temi del file non sono tra quelli di Passerelle. Scegliere il significato di ciascuno; il file della città ricorda le scelte per la prossima importazione.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Prima volta alla riga %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Significato di «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>%n altro valore non è elencato: le righe con un tipo o un livello non elencato sono escluse, e un tema non elencato diventa un nuovo tema.</numerusform>
            <numerusform>Altri %n valori non sono elencati: le righe con un tipo o un livello non elencato sono escluse, e un tema non elencato diventa un nuovo tema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>Escludi quelle righe</translation>
    </message>
    <message>
        <source>A new theme “%1”</source>
        <translation>Un nuovo tema «%1»</translation>
    </message>
    <message>
        <source>No theme: leave it out</source>
        <translation>Nessun tema: escluderlo</translation>
    </message>
</context>
<context>
    <name>StakeholderPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Digitare parte di un nome</translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Aggiungi portatore di interesse</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>Aggiungi un portatore di interesse (Ins)</translation>
    </message>
    <message>
        <source>Copy the selected stakeholders with their themes, scores and notes (Ctrl+D)</source>
        <translation>Copia i portatori di interesse selezionati con i loro temi, punteggi e note (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>Elimina i portatori di interesse selezionati (Canc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>name and number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nuovo portatore di interesse</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Aggiunta del portatore di interesse «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>Duplicazione di %n portatore di interesse</numerusform>
            <numerusform>Duplicazione di %n portatori di interesse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicazione di «%1»</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Eliminazione di portatori di interesse</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminazione di «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Eliminazione di %n portatore di interesse</numerusform>
            <numerusform>Eliminazione di %n portatori di interesse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRelation</name>
    <message>
        <source>Partnership</source>
        <translation>Partenariato</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinamento</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensione</translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>la sua relazione</numerusform>
            <numerusform>le sue %n relazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>la loro relazione</numerusform>
            <numerusform>le loro %n relazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>la sua interazione</numerusform>
            <numerusform>le sue %n interazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>la loro interazione</numerusform>
            <numerusform>le loro %n interazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>its seat in the City Stakeholder Group</source>
        <translation>il suo posto nel Gruppo cittadino dei portatori di interesse</translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>il loro posto nel Gruppo cittadino dei portatori di interesse</numerusform>
            <numerusform>i loro %n posti nel Gruppo cittadino dei portatori di interesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>Eliminare %n portatore di interesse?</numerusform>
            <numerusform>Eliminare %n portatori di interesse?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be deleted too.</source>
        <translation>Verranno eliminati anche %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of things deleted</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two things deleted</comment>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>StakeholderRepository</name>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>Il nome del portatore di interesse</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Portatore di interesse</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>L&apos;influenza</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>L&apos;interesse</translation>
    </message>
    <message>
        <source>A theme of the stakeholder</source>
        <translation>Un tema del portatore di interesse</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>Il nome della persona di contatto</translation>
    </message>
    <message>
        <source>The contact person&apos;s stakeholder</source>
        <translation>Il portatore di interesse della persona di contatto</translation>
    </message>
    <message>
        <source>The relation&apos;s first stakeholder</source>
        <translation>Il primo portatore di interesse della relazione</translation>
    </message>
    <message>
        <source>The relation&apos;s second stakeholder</source>
        <translation>Il secondo portatore di interesse della relazione</translation>
    </message>
    <message>
        <source>The strength of the relation</source>
        <translation>L&apos;intensità della relazione</translation>
    </message>
    <message>
        <source>The relation between these two stakeholders</source>
        <translation>La relazione tra questi due portatori di interesse</translation>
    </message>
    <message>
        <source>The engagement&apos;s stakeholder</source>
        <translation>Il portatore di interesse dell&apos;interazione</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La data</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La data del richiamo</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«%1» non sembra un indirizzo e-mail (nome@example.org). Correggerlo, oppure lasciare vuota l&apos;e-mail.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«%1» non sembra un numero di telefono: usare solo cifre, spazi e + - ( ) ., con almeno sei cifre. Correggerlo, oppure lasciare vuoto il telefono.</translation>
    </message>
    <message>
        <source>A relation links two different stakeholders. Choose another stakeholder for one of its ends.</source>
        <translation>Una relazione collega due portatori di interesse diversi. Scegliere un altro portatore di interesse per una delle due estremità.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Nessun tema</translation>
    </message>
    <message>
        <source>Member of the City Stakeholder Group</source>
        <translation>Membro del Gruppo cittadino dei portatori di interesse</translation>
    </message>
    <message>
        <source>Not a member of the City Stakeholder Group</source>
        <translation>Non membro del Gruppo cittadino dei portatori di interesse</translation>
    </message>
    <message>
        <source>No engagement logged yet</source>
        <translation>Ancora nessuna interazione registrata</translation>
    </message>
    <message>
        <source>Last contact on %1; a follow-up is overdue</source>
        <translation>Ultimo contatto il %1; un richiamo è scaduto</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Ultimo contatto il %1</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>Da %1 (bassa) a %2 (alta)</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Richiamo scaduto dal %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1: %2</source>
        <translation>Richiamo scaduto dal %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>e %n altro richiamo scaduto</numerusform>
            <numerusform>e altri %n richiami scaduti</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Modifica del portatore di interesse «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderXlsxExport</name>
    <message>
        <source>Contacts (personal data)</source>
        <translation>Contatti (dati personali)</translation>
    </message>
    <message>
        <source>Personal data: share this sheet only with people who need it to contact these persons, and delete copies you no longer need.</source>
        <translation>Dati personali: condividere questo foglio solo con chi ne ha bisogno per contattare queste persone, ed eliminare le copie che non servono più.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Portatore di interesse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona di contatto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consenso a essere contattati</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: the temporary folder is not writable (%1). Free some space on the disk, then export again.</source>
        <translation>Non è stato possibile preparare la cartella di lavoro Excel: la cartella temporanea non è scrivibile (%1). Liberare spazio sul disco, poi esportare di nuovo.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: not enough memory. Close other programs, then export again.</source>
        <translation>Non è stato possibile preparare la cartella di lavoro Excel: memoria insufficiente. Chiudere altri programmi, poi esportare di nuovo.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Portatori di interesse</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>The Excel workbook could not be made (%1). Check the free space on the disk, then export again.</source>
        <translation>Non è stato possibile creare la cartella di lavoro Excel (%1). Verificare lo spazio libero sul disco, poi esportare di nuovo.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read back (%1). Check the free space on the disk, then export again.</source>
        <translation>Non è stato possibile rileggere la cartella di lavoro Excel (%1). Verificare lo spazio libero sul disco, poi esportare di nuovo.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPane</name>
    <message>
        <source>Stakeholders</source>
        <translation>Portatori di interesse</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Im&amp;porta da CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Overdue follow-ups…</source>
        <translation>Richiami scaduti…</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;bella</translation>
    </message>
    <message>
        <source>&amp;Influence and interest</source>
        <translation>&amp;Quadranti di influenza e interesse</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Rete</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contatti</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>Relaz&amp;ioni</translation>
    </message>
    <message>
        <source>Engage&amp;ments</source>
        <translation>Intera&amp;zioni</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>Aggiungi o aggiorna portatori di interesse da un foglio di calcolo salvato in CSV</translation>
    </message>
    <message>
        <source>Write every stakeholder with their contacts as CSV or Excel</source>
        <translation>Scrive tutti i portatori di interesse con i loro contatti in CSV o Excel</translation>
    </message>
    <message>
        <source>List every follow-up promised for a day already past and not logged as done, across stakeholders</source>
        <translation>Elenca tutti i richiami promessi per un giorno già passato e non registrati come fatti, per tutti i portatori di interesse</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected stakeholder; hidden, they leave their width to the view</source>
        <translation>Mostra o nascondi i dettagli del portatore di interesse selezionato; se nascosti, lasciano la loro larghezza alla vista</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi i dettagli</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostra i dettagli</translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message>
        <source>high influence and high interest: involve them in every step and consult them on each priority.</source>
        <translation>alta influenza e alto interesse: coinvolgerli in ogni fase e consultarli su ogni priorità.</translation>
    </message>
    <message>
        <source>high influence, lower interest: meet their expectations on what concerns them, without overloading them.</source>
        <translation>alta influenza, interesse minore: soddisfare le loro aspettative su ciò che li riguarda, senza sovraccaricarli.</translation>
    </message>
    <message>
        <source>lower influence, high interest: keep them informed and listen to them; they often know the field best.</source>
        <translation>influenza minore, alto interesse: tenerli informati e ascoltarli; spesso sono loro a conoscere meglio il territorio.</translation>
    </message>
    <message>
        <source>lower influence and interest: follow how their position changes, with little effort.</source>
        <translation>influenza e interesse minori: seguire l&apos;evoluzione della loro posizione, con poco sforzo.</translation>
    </message>
    <message>
        <source>Stakeholders by strategy</source>
        <translation>Portatori di interesse per strategia</translation>
    </message>
    <message>
        <source>Each quadrant of the grid calls for its own way of working with the stakeholders in it:</source>
        <translation>Ogni quadrante della griglia richiede un proprio modo di lavorare con i portatori di interesse che vi si trovano:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Portatore di interesse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Influence and interest are scored from 1 to 5; a score of 3 or more counts as high.</source>
        <translation>Influenza e interesse hanno un punteggio da 1 a 5; un punteggio di 3 o più conta come alto.</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet.</source>
        <translation>Non è ancora registrato alcun portatore di interesse.</translation>
    </message>
    <message>
        <source>Stakeholders by kind</source>
        <translation>Portatori di interesse per tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Persone di contatto</translation>
    </message>
    <message>
        <source>This report includes personal data at the officer’s request: share it only with those who need it.</source>
        <translation>Questo rapporto contiene dati personali su richiesta del referente: condividerlo solo con chi ne ha bisogno.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>No contact person is recorded yet.</source>
        <translation>Non è ancora registrata alcuna persona di contatto.</translation>
    </message>
    <message>
        <source>No relation between stakeholders is recorded yet.</source>
        <translation>Non è ancora registrata alcuna relazione tra portatori di interesse.</translation>
    </message>
    <message>
        <source>Partnerships, funding, referrals, coordination and tensions between the stakeholders that have any. A thicker line is a stronger tie; an arrow shows who funds or refers to whom.</source>
        <translation>Partenariati, finanziamenti, invii, coordinamento e tensioni tra i portatori di interesse che ne hanno. Una linea più spessa indica un legame più forte; una freccia mostra chi finanzia o chi indirizza persone a chi.</translation>
    </message>
    <message>
        <source>The relations network of the stakeholders.</source>
        <translation>La rete delle relazioni tra i portatori di interesse.</translation>
    </message>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>Una rete di %n relazione tra portatori di interesse.</numerusform>
            <numerusform>Una rete di %n relazioni tra portatori di interesse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>Le relazioni collegano %n portatore di interesse: troppi per disegnarli in modo leggibile su una pagina. La vista a rete del programma li mostra, filtrati per tipo o tema.</numerusform>
            <numerusform>Le relazioni collegano %n portatori di interesse: troppi per disegnarli in modo leggibile su una pagina. La vista a rete del programma li mostra, filtrati per tipo o tema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>Tutte le relazioni</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Mappa dei portatori di interesse</translation>
    </message>
    <message>
        <source>The actors of migrant inclusion in the city: their influence and interest, their relations, the stakeholder group</source>
        <translation>Gli attori dell&apos;inclusione dei migranti in città: la loro influenza e il loro interesse, le loro relazioni, il gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>Who works on migrant inclusion in the city, how much they weigh and how they work together</source>
        <translation>Chi si occupa dell&apos;inclusione dei migranti in città, quanto pesa ciascuno e come lavorano insieme</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n portatore di interesse</numerusform>
            <numerusform>%n portatori di interesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relazione</numerusform>
            <numerusform>%n relazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>The influence/interest grid</source>
        <translation>La griglia influenza-interesse</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>portatori di interesse</translation>
    </message>
    <message>
        <source>relations between them</source>
        <translation>relazioni tra di loro</translation>
    </message>
    <message>
        <source>members of the stakeholder group</source>
        <translation>membri del gruppo dei portatori di interesse</translation>
    </message>
    <message>
        <source>to manage closely</source>
        <translation>da gestire da vicino</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet: the grid will show them once the officer has entered and scored them.</source>
        <translation>Non è ancora registrato alcun portatore di interesse: la griglia li mostrerà una volta inseriti e valutati dal referente.</translation>
    </message>
    <message>
        <source>Each stakeholder is placed by the influence it has on migrant inclusion in the city (upwards) and by its interest in it (rightwards). The colour of a dot is its kind.</source>
        <translation>Ogni portatore di interesse è collocato in base all&apos;influenza che ha sull&apos;inclusione dei migranti in città (verso l&apos;alto) e al suo interesse per essa (verso destra). Il colore di un punto indica il suo tipo.</translation>
    </message>
    <message>
        <source>The stakeholders on the influence/interest grid.</source>
        <translation>I portatori di interesse sulla griglia influenza-interesse.</translation>
    </message>
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>Una griglia influenza-interesse di %n portatore di interesse.</numerusform>
            <numerusform>Una griglia influenza-interesse di %n portatori di interesse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relazioni tra portatori di interesse</translation>
    </message>
    <message>
        <source>The City Stakeholder Group</source>
        <translation>Il Gruppo cittadino dei portatori di interesse</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the standing consultation body of the city’s migrant-inclusion work.</source>
        <translation>Il Gruppo cittadino dei portatori di interesse è l&apos;organo di consultazione permanente del lavoro della città per l&apos;inclusione dei migranti.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>Ha %n membro.</numerusform>
            <numerusform>Ha %n membri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>Si è riunito %n volta, l&apos;ultima il %1.</numerusform>
            <numerusform>Si è riunito %n volte, l&apos;ultima il %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Ruolo nel gruppo</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membro dal</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona di contatto</translation>
    </message>
    <message>
        <source>The stakeholder group has no member yet.</source>
        <translation>Il gruppo dei portatori di interesse non ha ancora membri.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Add &amp;area…</source>
        <translation>Aggiungi &amp;ambito…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Aggiungi &amp;criterio…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Ritira…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Ripris&amp;tina</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>Esporta 1929	E&amp;sporta modello…modello…</translation>
    </message>
    <message>
        <source>I&amp;mport template…</source>
        <translation>Im&amp;porta modello…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Lista di contr&amp;ollo:</translation>
    </message>
    <message>
        <source>The areas and items the rounds ask. Double-click a cell to edit it. Retire an item that no longer applies: its answers in earlier rounds stay and still count in their scores.</source>
        <translation>Gli ambiti e i criteri su cui vertono i cicli. Fare doppio clic su una cella per modificarla. Ritirare un criterio che non si applica più: le sue risposte nei cicli precedenti restano e contano ancora nei loro punteggi.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versione %2)</translation>
    </message>
    <message>
        <source>Add the area “%1”</source>
        <translation>Aggiunta dell&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>Aggiunta del criterio «%1»</translation>
    </message>
    <message>
        <source>Move the item “%1”</source>
        <translation>Spostamento del criterio «%1»</translation>
    </message>
    <message>
        <source>Move the area “%1”</source>
        <translation>Spostamento dell&apos;ambito «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>Ritirare «%1»?

I cicli svolti da oggi in poi non porranno più questo criterio. La sua risposta nei cicli precedenti (%n) resta e conta ancora nei punteggi di quei cicli. Il criterio può essere ripristinato in seguito.</numerusform>
            <numerusform>Ritirare «%1»?

I cicli svolti da oggi in poi non porranno più questo criterio. Le sue %n risposte nei cicli precedenti restano e contano ancora nei punteggi di quei cicli. Il criterio può essere ripristinato in seguito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire an item</source>
        <translation>Ritira un criterio</translation>
    </message>
    <message>
        <source>Retire the item “%1”</source>
        <translation>Ritiro del criterio «%1»</translation>
    </message>
    <message>
        <source>Bring back the item “%1”</source>
        <translation>Ripristino del criterio «%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Only an area the city added and that holds no items can be deleted. Retire the items of “%1” instead.</source>
        <translation>Può essere eliminato solo un ambito aggiunto dalla città e privo di criteri. Ritirare invece i criteri di «%1».</translation>
    </message>
    <message>
        <source>Delete the area “%1”</source>
        <translation>Eliminazione dell&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>Delete the item “%1”</source>
        <translation>Eliminazione del criterio «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>«%1» ha %n risposta in un ciclo precedente, che l&apos;eliminazione farebbe perdere.</numerusform>
            <numerusform>«%1» ha %n risposte in cicli precedenti, che l&apos;eliminazione farebbe perdere.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to the built-in checklist: a later version may still reword it.</source>
        <translation>«%1» fa parte della lista di controllo predefinita: una versione successiva potrebbe ancora riformularlo.</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>È già ritirato.</translation>
    </message>
    <message>
        <source>Retire it instead? Rounds held from today on will no longer ask it; its answers stay and still count in the scores of earlier rounds.</source>
        <translation>Ritirarlo invece? I cicli svolti da oggi in poi non lo porranno più; le sue risposte restano e contano ancora nei punteggi dei cicli precedenti.</translation>
    </message>
</context>
<context>
    <name>TemplateEntryDialog</name>
    <message>
        <source>New area</source>
        <translation>Nuovo ambito</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuovo criterio</translation>
    </message>
    <message>
        <source>What the area covers, in a sentence or two.</source>
        <translation>Ciò che l&apos;ambito copre, in una o due frasi.</translation>
    </message>
    <message>
        <source>What shows that the city meets it: a document, a figure, a service to visit.</source>
        <translation>Ciò che dimostra che la città lo soddisfa: un documento, un dato, un servizio da visitare.</translation>
    </message>
    <message>
        <source>For example: Health</source>
        <translation>Per esempio: Salute</translation>
    </message>
    <message>
        <source>For example: A newly arrived child can enrol in a public school without a residence permit.</source>
        <translation>Per esempio: Un bambino appena arrivato può iscriversi a una scuola pubblica senza permesso di soggiorno.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Nessun tema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciato:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Guidance on evidence:</source>
        <translation>&amp;Riscontri attesi:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message>
        <source>“%1” could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation>Non è stato possibile leggere «%1»: %2. Verificare che il file esista e di avere il permesso di leggerlo.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>«%1» supera i %2 MB che un modello di lista di controllo può avere, quindi non lo è. Chiedere alla città che l&apos;ha inviato la lista di controllo così come la esporta Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is larger than the %1 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>Il file della lista di controllo supera i %1 MB che un modello di lista di controllo può avere, quindi non lo è. Chiedere alla città che l&apos;ha inviato la lista di controllo così come la esporta Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is not valid JSON: %1 at line %2 (character %3). Ask the sender for a new copy.</source>
        <translation>Il file della lista di controllo non è JSON valido: %1 alla riga %2 (carattere %3). Chiedere una nuova copia al mittente.</translation>
    </message>
    <message>
        <source>The file is not a Passerelle checklist: it has no “format” or no “areas”.</source>
        <translation>Il file non è una lista di controllo di Passerelle: manca «format» o «areas».</translation>
    </message>
    <message>
        <source>The checklist uses format %1, newer than this Passerelle reads (format %2). Update Passerelle to import it.</source>
        <translation>La lista di controllo usa il formato %1, più recente di quello che questa versione di Passerelle legge (formato %2). Aggiornare Passerelle per importarla.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, which this Passerelle does not read (format %2). Update Passerelle to import it.</source>
        <translation>La lista di controllo usa il formato %1, che questa versione di Passerelle non legge (formato %2). Aggiornare Passerelle per importarla.</translation>
    </message>
    <message>
        <source>The checklist has no key. Give it a “key” that names it.</source>
        <translation>La lista di controllo non ha una chiave. Assegnarle una «key» che la identifichi.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>La chiave della lista di controllo</translation>
    </message>
    <message>
        <source>The checklist “%1” has no valid version: it must be 1 or more.</source>
        <translation>La lista di controllo «%1» non ha una versione valida: deve essere 1 o più.</translation>
    </message>
    <message>
        <source>The checklist “%1” does not say which languages it is written in.</source>
        <translation>La lista di controllo «%1» non indica in quali lingue è redatta.</translation>
    </message>
    <message>
        <source>%1 has no “%2” translation. Add it, or remove “%2” from the template&apos;s languages.</source>
        <translation>%1 non ha la traduzione «%2». Aggiungerla, oppure rimuovere «%2» dalle lingue del modello.</translation>
    </message>
    <message>
        <source>%1 is empty in “%2”. Write it, or remove the record.</source>
        <translation>%1 è vuoto in «%2». Scriverlo, oppure rimuovere il record.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <comment>a text in a language</comment>
        <translation>%1 in «%2»</translation>
    </message>
    <message>
        <source>%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.</source>
        <translation>%1 ha il tema «%2», che Passerelle non conosce. Usare uno tra: %3.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>Il titolo della lista di controllo</translation>
    </message>
    <message>
        <source>The checklist&apos;s description</source>
        <translation>La descrizione della lista di controllo</translation>
    </message>
    <message>
        <source>The checklist “%1” has no areas.</source>
        <translation>La lista di controllo «%1» non ha ambiti.</translation>
    </message>
    <message>
        <source>The checklist “%1” has %2 items, more than the %3 a checklist may have. Split it into several checklists.</source>
        <translation>La lista di controllo «%1» ha %2 criteri, più dei %3 che una lista di controllo può avere. Suddividerla in più liste di controllo.</translation>
    </message>
    <message>
        <source>An area of the checklist has no key. Give every area a key.</source>
        <translation>Un ambito della lista di controllo non ha una chiave. Assegnare una chiave a ogni ambito.</translation>
    </message>
    <message>
        <source>The key of an area</source>
        <translation>La chiave di un ambito</translation>
    </message>
    <message>
        <source>The area key “%1” appears twice. Give each area its own key.</source>
        <translation>La chiave di ambito «%1» compare due volte. Assegnare a ogni ambito la propria chiave.</translation>
    </message>
    <message>
        <source>The area “%1”</source>
        <translation>L&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>The title of the area “%1”</source>
        <translation>Il titolo dell&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>The description of the area “%1”</source>
        <translation>La descrizione dell&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>An item of the area “%1” has no key. Give every item a key.</source>
        <translation>Un criterio dell&apos;ambito «%1» non ha una chiave. Assegnare una chiave a ogni criterio.</translation>
    </message>
    <message>
        <source>The key of an item of the area “%1”</source>
        <translation>La chiave di un criterio dell&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>The item key “%1” appears twice. Give each item its own key.</source>
        <translation>La chiave di criterio «%1» compare due volte. Assegnare a ogni criterio la propria chiave.</translation>
    </message>
    <message>
        <source>The item “%1”</source>
        <translation>Il criterio «%1»</translation>
    </message>
    <message>
        <source>The statement of the item “%1”</source>
        <translation>L&apos;enunciato del criterio «%1»</translation>
    </message>
    <message>
        <source>The guidance of the item “%1”</source>
        <translation>Le indicazioni del criterio «%1»</translation>
    </message>
    <message>
        <source>The item “%1” says it was added in version %2, but the checklist is at version %3.</source>
        <translation>Il criterio «%1» risulta aggiunto nella versione %2, ma la lista di controllo è alla versione %3.</translation>
    </message>
    <message>
        <source>Passerelle has no built-in checklist “%1”.</source>
        <translation>Passerelle non ha una lista di controllo predefinita «%1».</translation>
    </message>
</context>
<context>
    <name>TemplateInstaller</name>
    <message>
        <source>This file already has version %1 of the checklist “%2”; the one offered is version %3. Nothing was changed.</source>
        <translation>Questo file ha già la versione %1 della lista di controllo «%2»; quella proposta è la versione %3. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The checklist to upgrade is no longer in the file.</source>
        <translation>La lista di controllo da aggiornare non è più nel file.</translation>
    </message>
    <message>
        <source>The checklist to export is no longer in the file.</source>
        <translation>La lista di controllo da esportare non è più nel file.</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>Modelli di lista di controllo (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Esporta la lista di controllo</translation>
    </message>
    <message>
        <source>The checklist could not be written to “%1”: %2. Choose another folder or free some space, then export again.</source>
        <translation>Non è stato possibile scrivere la lista di controllo in «%1»: %2. Scegliere un&apos;altra cartella o liberare spazio, poi esportare di nuovo.</translation>
    </message>
    <message>
        <source>The checklist “%1” was written: a partner city imports it with Import a checklist.</source>
        <translation>La lista di controllo «%1» è stata scritta: una città partner la importa con Importa una lista di controllo.</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Importa una lista di controllo</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2

Nothing was changed. Ask the city that sent it for a file exported by Passerelle.</source>
        <translation>Non è possibile importare «%1»: %2

Non è stato modificato nulla. Chiedere alla città che l&apos;ha inviato un file esportato da Passerelle.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>areas and items</comment>
        <translation>%1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n ambito</numerusform>
            <numerusform>%n ambiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n criterio</numerusform>
            <numerusform>%n criteri</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds version %2 of the checklist “%3”, and this file already has version %4. Nothing was changed.</source>
        <translation>«%1» contiene la versione %2 della lista di controllo «%3», e questo file ha già la versione %4. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Upgrade the checklist “%1” from version %2 to version %3 (%4)?

Reworded items keep their answers; items the new version no longer has are retired, not deleted. Edit &gt; Undo puts the checklist back as it was.</source>
        <translation>Aggiornare la lista di controllo «%1» dalla versione %2 alla versione %3 (%4)?

I criteri riformulati mantengono le loro risposte; i criteri che la nuova versione non ha più vengono ritirati, non eliminati. Modifica &gt; Annulla ripristina la lista di controllo com&apos;era.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”, version %2 (%3)?

It is added beside the checklists of this file. Edit &gt; Undo takes it away again.</source>
        <translation>Importare la lista di controllo «%1», versione %2 (%3)?

Viene aggiunta accanto alle liste di controllo di questo file. Modifica &gt; Annulla la rimuove di nuovo.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”</source>
        <translation>Importazione della lista di controllo «%1»</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«%1» non è stato importato: %2</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n criterio in uso</numerusform>
            <numerusform>%n criteri in uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the city</source>
        <translation>Aggiunto dalla città</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Ritirato il %1</translation>
    </message>
    <message>
        <source>Built-in, version %1</source>
        <translation>Predefinito, versione %1</translation>
    </message>
    <message>
        <source>Area / statement</source>
        <translation>Ambito / enunciato</translation>
    </message>
    <message>
        <source>Guidance on evidence</source>
        <translation>Riscontri attesi</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Edit the area “%1”</source>
        <translation>Modifica dell&apos;ambito «%1»</translation>
    </message>
    <message>
        <source>Edit the item “%1”</source>
        <translation>Modifica del criterio «%1»</translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <source>No theme</source>
        <translation>Nessun tema</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>The theme&apos;s name</source>
        <translation>Il nome del tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
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
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>A quarter of a year in the timeline&apos;s header when there is no room for the year.</extracomment>
        <translation>T%1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Action plan timeline</source>
        <translation>Cronoprogramma del piano d&apos;azione</translation>
    </message>
    <message>
        <source>The actions and milestones of the plan by date, beside the tree of the plan. Drag a bar or a milestone to change its dates, or select it and press Left or Right to move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start).</source>
        <translation>Le azioni e le tappe del piano per data, accanto alla struttura ad albero del piano. Trascinare una barra o una tappa per cambiarne le date, oppure selezionarla e premere Sinistra o Destra per spostarla di un giorno (con Shift, di una settimana; con Ctrl, la sua fine; con Alt, il suo inizio).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan&apos;s actions as bars and milestones as diamonds, by date.&lt;/p&gt;&lt;p&gt;Drag a bar to move the action, or one of its ends to change its start or end date; drag a milestone to change its due date.&lt;/p&gt;&lt;p&gt;With an action or a milestone selected, Left and Right move it by a day, Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action&apos;s end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses in a row on the same bar are one undo step. With nothing selected, Left and Right scroll; + and - zoom in and out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le azioni del piano come barre e le tappe come rombi, per data.&lt;/p&gt;&lt;p&gt;Trascinare una barra per spostare l&apos;azione, oppure una delle sue estremità per cambiarne la data di inizio o di fine; trascinare una tappa per cambiarne la scadenza.&lt;/p&gt;&lt;p&gt;Con un&apos;azione o una tappa selezionata, Sinistra e Destra la spostano di un giorno, Shift+Sinistra e Shift+Destra di una settimana; Ctrl+Sinistra e Ctrl+Destra spostano la fine dell&apos;azione, Alt+Sinistra e Alt+Destra il suo inizio. Un&apos;estremità non supera mai l&apos;altra. Più pressioni di tasto consecutive sulla stessa barra costituiscono un solo passaggio di annullamento. Senza nulla di selezionato, Sinistra e Destra scorrono; + e - ingrandiscono e riducono.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Passerelle user guide</source>
        <translation>Guida per l&apos;utente di Passerelle</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Type a value, or cancel the change.</source>
        <translation>%1 è obbligatorio. Digitare un valore, oppure annullare la modifica.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, like %4.</source>
        <translation>%1 deve essere compreso tra %2 e %3, come %4.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter zero or a positive number.</source>
        <translation>%1 non può essere negativo. Inserire zero o un numero positivo.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 deve essere compreso tra %2 e %3.</translation>
    </message>
    <message>
        <source>%1 comes before %2. Correct one of the two dates.</source>
        <translation>%1 precede %2. Correggere una delle due date.</translation>
    </message>
    <message>
        <source>%1 is required. Pick a date, or cancel the change.</source>
        <translation>%1 è obbligatoria. Scegliere una data, oppure annullare la modifica.</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the years %2 to %3. Pick a date from the calendar.</source>
        <translation>%1 non è una data valida negli anni dal %2 al %3. Scegliere una data dal calendario.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have. Shorten it.</source>
        <translation>%1 ha %2 caratteri, più dei %3 consentiti. Abbreviarlo.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (it may have been deleted). Choose another one.</source>
        <translation>%1 rimanda a un record che non esiste (potrebbe essere stato eliminato). Sceglierne un altro.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists. Choose another one, or edit the existing record.</source>
        <translation>%1 «%2» esiste già. Sceglierne un altro, oppure modificare il record esistente.</translation>
    </message>
</context>
<context>
    <name>ValueMapOption</name>
    <message>
        <source>What a kind, level or theme value of the CSV file means when it is not recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a level (“Office=government_agency”, “Métropole=regional”), or theme:NAME for a theme of the city file (“Migration=theme:Refugees and asylum”). The city file remembers these choices for the next import.</source>
        <translation>Il significato di un valore di tipo, livello o tema del file CSV quando non viene riconosciuto, nella forma VALORE=SIGNIFICATO; ripetere per ogni valore. SIGNIFICATO è un tipo o un livello («Office=government_agency», «Métropole=regional»), oppure theme:NOME per un tema del file della città («Migration=theme:Rifugiati e asilo»). Il file della città ricorda queste scelte per la prossima importazione.</translation>
    </message>
    <message>
        <source>--map takes VALUE=MEANING, such as “Office=government_agency”, not “%1”.</source>
        <translation>--map richiede VALORE=SIGNIFICATO, come «Office=government_agency», non «%1».</translation>
    </message>
    <message>
        <source>--map “%1”: the city file has no theme “%2”. Give the name of one of its themes, as the Themes list shows it.</source>
        <translation>--map «%1»: il file della città non ha il tema «%2». Indicare il nome di uno dei suoi temi, come appare nell&apos;elenco dei temi.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: %4. For a theme, write theme:NAME.</source>
        <translation>--map «%1»: «%2» non è né un tipo né un livello. Tipi: %3. Livelli: %4. Per un tema, scrivere theme:NOME.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Benvenuti in Passerelle</translation>
    </message>
    <message>
        <source>Keep your city&apos;s knowledge and plan in one file: its migration profile, its stakeholders, access to services, priorities and actions. Every change is stored as soon as you make it.</source>
        <translation>Passerelle riunisce in un solo file le conoscenze e il piano della vostra città: il profilo migratorio, i portatori di interesse, l&apos;accesso ai servizi, le priorità e le azioni. Ogni modifica viene registrata non appena viene fatta.</translation>
    </message>
    <message>
        <source>New city file…</source>
        <translation>Nuovo file della città…</translation>
    </message>
    <message>
        <source>Start the file of your city. You give its name; the themes and profile sections are ready to fill.</source>
        <translation>Avviare il file della vostra città. Basta indicarne il nome: i temi e le sezioni del profilo sono pronti da compilare.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <source>Open a city file from your computer or a USB key.</source>
        <translation>Apri un file della città dal computer o da una chiavetta USB.</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>Apri la città dimostrativa</translation>
    </message>
    <message>
        <source>Explore a fictional city with a complete file before starting your own. Changes stay in the demo file.</source>
        <translation>Esplorare una città fittizia con un file completo prima di avviare il vostro. Le modifiche restano nel file dimostrativo.</translation>
    </message>
    <message>
        <source>Recent city files</source>
        <translation>File delle città recenti</translation>
    </message>
    <message>
        <source>The files you open will be listed here.</source>
        <translation>I file aperti compariranno qui.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle: the city integration officer&apos;s workbook.</source>
        <translation>Passerelle: il quaderno di lavoro del referente comunale per l&apos;integrazione.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>Open the demo city file, making it on first use.</source>
        <translation>Apre il file della città dimostrativa, creandolo al primo utilizzo.</translation>
    </message>
    <message>
        <source>City files to open.</source>
        <translation>File della città da aprire.</translation>
    </message>
</context>
</TS>
