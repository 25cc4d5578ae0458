<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Passerelle</source>
        <translation>Σχετικά με το Passerelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <source>The city integration officer&apos;s workbook: the city&apos;s migration profile, stakeholders, access to services, priorities and action plan, in one file.</source>
        <translation>Το βιβλίο εργασίας του υπεύθυνου ένταξης μεταναστών της πόλης: μεταναστευτικό προφίλ, φορείς, πρόσβαση στις υπηρεσίες, προτεραιότητες και σχέδιο δράσης, σε ένα μόνο αρχείο.</translation>
    </message>
    <message>
        <source>Passerelle is free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Το Passerelle είναι ελεύθερο λογισμικό: μπορείτε να το χρησιμοποιείτε, να το μελετάτε, να το διαμοιράζεστε και να το τροποποιείτε σύμφωνα με τους όρους της &lt;a href=&quot;%1&quot;&gt;Γενικής Άδειας Δημόσιας Χρήσης GNU&lt;/a&gt;, έκδοση 3 ή (κατ’ επιλογή σας) οποιαδήποτε νεότερη έκδοση (GPL-3.0-or-later). Παρέχεται χωρίς καμία εγγύηση.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Δημιουργήθηκε με Qt %1.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Planned</source>
        <translation>Προγραμματισμένη</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρωμένη</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Σε καθυστέρηση</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρωμένη</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Add a bu&amp;dget line</source>
        <translation>Προ&amp;σθήκη γραμμής προϋπολογισμού</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the selected budget lines</source>
        <translation>Αφαίρεση των επιλεγμένων γραμμών προϋπολογισμού</translation>
    </message>
    <message>
        <source>Budget lines of the action</source>
        <translation>Γραμμές προϋπολογισμού της δράσης</translation>
    </message>
    <message>
        <source>Add a &amp;progress note</source>
        <translation>Προσθήκη &amp;σημείωσης προόδου</translation>
    </message>
    <message>
        <source>Remove the selected progress notes</source>
        <translation>Αφαίρεση των επιλεγμένων σημειώσεων προόδου</translation>
    </message>
    <message>
        <source>Progress log of the action</source>
        <translation>Ημερολόγιο προόδου της δράσης</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Προϋπολογ&amp;ισμός</translation>
    </message>
    <message>
        <source>Progress lo&amp;g</source>
        <translation>&amp;Ημερολόγιο προόδου</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>Δείκ&amp;τες</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Προσθήκη δείκτη</translation>
    </message>
    <message>
        <source>Remove the selected indicators</source>
        <translation>Αφαίρεση των επιλεγμένων δεικτών</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Δείκτες της δράσης</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Προσθήκη μετρημένης τιμής</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Αφαίρεση των επιλεγμένων τιμών</translation>
    </message>
    <message>
        <source>Values measured for the indicator</source>
        <translation>Μετρημένες τιμές του δείκτη</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Νέα δράση</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Δράση</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Περιγραφή:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Υπεύθυνος:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Εταίροι:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Λήξη:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Δώστε τίτλο στη δράση.</translation>
    </message>
    <message>
        <source>The end date is before the start date: change one of them.</source>
        <translation>Η ημερομηνία λήξης είναι πριν από την ημερομηνία έναρξης: αλλάξτε μία από τις δύο.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>ActionPlanPane</name>
    <message>
        <source>Add action</source>
        <translation>Προσθήκη δράσης</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Προσθήκη οροσήμου</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Επεξεργασία δράσης</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Επεξεργασία οροσήμου</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Σήμανση δράσης ως ολοκληρωμένης</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Σήμανση οροσήμου ως επιτευχθέντος</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Διαγραφή δράσης</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>Διαγραφή της δράσης «%1» μαζί με το %n ορόσημό της, τις γραμμές προϋπολογισμού, τους δείκτες και το ημερολόγιο προόδου; Η Αναίρεση τα επαναφέρει.</numerusform>
            <numerusform>Διαγραφή της δράσης «%1» μαζί με τα %n ορόσημά της, τις γραμμές προϋπολογισμού, τους δείκτες και το ημερολόγιο προόδου; Η Αναίρεση τα επαναφέρει.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Διαγραφή οροσήμου</translation>
    </message>
    <message>
        <source>Move action dates</source>
        <translation>Μετακίνηση ημερομηνιών δράσης</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Μετακίνηση οροσήμου</translation>
    </message>
    <message>
        <source>Timeline by &amp;month</source>
        <translation>Χρονοδιάγραμμα ανά &amp;μήνα</translation>
    </message>
    <message>
        <source>Timeline by &amp;quarter</source>
        <translation>Χρονοδιάγραμμα ανά &amp;τρίμηνο</translation>
    </message>
    <message>
        <source>Timeline by &amp;year</source>
        <translation>Χρονοδιάγραμμα &amp;ανά έτος</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Υπεύθυνος:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Θεματική:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>&amp;Χρηματοδότηση:</translation>
    </message>
    <message>
        <source>Late &amp;only</source>
        <translation>&amp;Μόνο καθυστερημένες</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Προσθήκη &amp;δράσης…</translation>
    </message>
    <message>
        <source>Add milesto&amp;ne…</source>
        <translation>Προσθήκη &amp;οροσήμου…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Επεξερ&amp;γασία…</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Σήμανση ως ολοκ&amp;ληρωμένης</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Διαγρα&amp;φή</translation>
    </message>
    <message>
        <source>Sho&amp;w the lead on the map</source>
        <translation>Εμφάνιση του υπεύθυ&amp;νου στον χάρτη</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Σήμε&amp;ρα</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Όλοι οι υπεύθυνοι</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Όλες οι θεματικές</translation>
    </message>
    <message>
        <source>Any funding source</source>
        <translation>Όλες οι πηγές χρηματοδότησης</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Σχέδιο δράσης</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>Where the plan stands</source>
        <translation>Πού βρίσκεται το σχέδιο</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>Στις %1 το σχέδιο περιλαμβάνει %n δράση</numerusform>
            <numerusform>Στις %1 το σχέδιο περιλαμβάνει %n δράσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>, adopted by the council on %1.</source>
        <translation>, εγκεκριμένο από το δημοτικό συμβούλιο στις %1.</translation>
    </message>
    <message>
        <source>; it has not been adopted by the council yet.</source>
        <translation>· δεν έχει ακόμη εγκριθεί από το δημοτικό συμβούλιο.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>ολοκληρωμένες δράσεις</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>late: past their end or a milestone</source>
        <translation>σε καθυστέρηση: πέρασε η λήξη τους ή ένα ορόσημο</translation>
    </message>
    <message>
        <source>progress (the mean of the actions&apos;)</source>
        <translation>πρόοδος (μέσος όρος των δράσεων)</translation>
    </message>
    <message>
        <source>milestones done</source>
        <translation>ορόσημα που επιτεύχθηκαν</translation>
    </message>
    <message>
        <source>actions ending later than adopted</source>
        <translation>δράσεις που λήγουν αργότερα από ό,τι εγκρίθηκε</translation>
    </message>
    <message>
        <source>spent of %1 planned</source>
        <translation>δαπανήθηκαν από %1 προγραμματισμένα</translation>
    </message>
    <message>
        <source>committed, not yet paid</source>
        <translation>δεσμευμένα, δεν έχουν ακόμη πληρωθεί</translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>Καμία σημείωση προόδου ακόμη.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a progress note&apos;s date, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is late and why</source>
        <translation>Τι καθυστερεί και γιατί</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Δράση</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Ημέρες καθυστέρησης</translation>
    </message>
    <message>
        <source>Latest progress note</source>
        <translation>Τελευταία σημείωση προόδου</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Καμία δράση δεν καθυστερεί.</translation>
    </message>
    <message>
        <source>Days late: since the end date, or since the oldest milestone not done.</source>
        <translation>Ημέρες καθυστέρησης: από την ημερομηνία λήξης ή από το παλαιότερο ορόσημο που δεν έχει επιτευχθεί.</translation>
    </message>
    <message>
        <source>Done since %1</source>
        <translation>Ολοκληρώθηκε από τις %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>Ορόσημο που επιτεύχθηκε: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>Nothing was recorded as done in this period.</source>
        <translation>Τίποτα δεν καταγράφηκε ως ολοκληρωμένο σε αυτό το διάστημα.</translation>
    </message>
    <message>
        <source>Slippage against the adopted plan</source>
        <translation>Αποκλίσεις από το εγκεκριμένο σχέδιο</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet: there are no adopted dates to compare with.</source>
        <translation>Το σχέδιο δεν έχει ακόμη εγκριθεί: δεν υπάρχουν εγκεκριμένες ημερομηνίες για σύγκριση.</translation>
    </message>
    <message>
        <source>Adopted end</source>
        <translation>Εγκεκριμένη λήξη</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>Τρέχουσα λήξη</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ημέρες</translation>
    </message>
    <message>
        <source>Every action keeps the dates the council adopted.</source>
        <translation>Όλες οι δράσεις διατηρούν τις ημερομηνίες που ενέκρινε το δημοτικό συμβούλιο.</translation>
    </message>
    <message>
        <source>Days: how much later (+) or earlier (−) than adopted the action ends.</source>
        <translation>Ημέρες: πόσο αργότερα (+) ή νωρίτερα (−) από ό,τι εγκρίθηκε λήγει η δράση.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Προϋπολογισμός ανά πηγή χρηματοδότησης</translation>
    </message>
    <message>
        <source>No budget line has been entered.</source>
        <translation>Δεν έχει καταχωριστεί καμία γραμμή προϋπολογισμού.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Πηγή χρηματοδότησης</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Προγραμματισμένα</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Εγκεκριμένα</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Δεσμευμένα</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Δαπανηθέντα</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Ποσοστό δαπάνης</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(δεν δηλώθηκε πηγή)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Adopted: the planned amounts the council adopted with the plan.</source>
        <translation>Εγκεκριμένα: τα προγραμματισμένα ποσά που ενέκρινε το δημοτικό συμβούλιο μαζί με το σχέδιο.</translation>
    </message>
    <message>
        <source>Action plan: status report</source>
        <translation>Σχέδιο δράσης: έκθεση προόδου</translation>
    </message>
    <message>
        <source>Where the action plan of %1 stands on %2</source>
        <translation>Πού βρίσκεται το σχέδιο δράσης του δήμου %1 στις %2</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Κατάσταση στις %1</translation>
    </message>
    <message>
        <source>Plan adopted by the council on %1</source>
        <translation>Το σχέδιο εγκρίθηκε από το δημοτικό συμβούλιο στις %1</translation>
    </message>
    <message>
        <source>Plan not yet adopted</source>
        <translation>Το σχέδιο δεν έχει ακόμη εγκριθεί</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονοδιάγραμμα</translation>
    </message>
    <message>
        <source>No action has dates yet.</source>
        <translation>Καμία δράση δεν έχει ακόμη ημερομηνίες.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>The action&apos;s priority</source>
        <translation>Η προτεραιότητα της δράσης</translation>
    </message>
    <message>
        <source>The action&apos;s title</source>
        <translation>Ο τίτλος της δράσης</translation>
    </message>
    <message>
        <source>The lead stakeholder</source>
        <translation>Ο υπεύθυνος φορέας</translation>
    </message>
    <message>
        <source>A partner stakeholder</source>
        <translation>Ένας συνεργαζόμενος φορέας</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Η ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>Η ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Η δράση</translation>
    </message>
    <message>
        <source>The milestone&apos;s title</source>
        <translation>Ο τίτλος του οροσήμου</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>Η προθεσμία</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>Η ονομασία του δείκτη</translation>
    </message>
    <message>
        <source>The funding source</source>
        <translation>Η πηγή χρηματοδότησης</translation>
    </message>
    <message>
        <source>The planned amount</source>
        <translation>Το προγραμματισμένο ποσό</translation>
    </message>
    <message>
        <source>The amount spent</source>
        <translation>Το ποσό που δαπανήθηκε</translation>
    </message>
    <message>
        <source>The amount committed</source>
        <translation>Το δεσμευμένο ποσό</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>Ο δείκτης</translation>
    </message>
    <message>
        <source>The date of the value</source>
        <translation>Η ημερομηνία της τιμής</translation>
    </message>
    <message>
        <source>The date of the progress entry</source>
        <translation>Η ημερομηνία της καταχώρισης προόδου</translation>
    </message>
    <message>
        <source>The progress entry&apos;s text</source>
        <translation>Το κείμενο της καταχώρισης προόδου</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code. Enter a code such as EUR, USD or MAD.</source>
        <translation>Το νόμισμα «%1» δεν είναι κωδικός τριών γραμμάτων. Εισαγάγετε έναν κωδικό όπως EUR, USD ή MAD.</translation>
    </message>
</context>
<context>
    <name>ActionWarnings</name>
    <message>
        <source>The milestone is due outside its action&apos;s dates (%1 to %2).</source>
        <translation>Η προθεσμία του οροσήμου είναι εκτός των ημερομηνιών της δράσης του (%1 έως %2).</translation>
    </message>
    <message>
        <source>More has been spent than was planned.</source>
        <translation>Οι δαπάνες υπερβαίνουν το προγραμματισμένο ποσό.</translation>
    </message>
    <message>
        <source>The target equals the baseline: the indicator cannot show a change.</source>
        <translation>Η τιμή-στόχος ισούται με την τιμή αναφοράς: ο δείκτης δεν μπορεί να δείξει καμία μεταβολή.</translation>
    </message>
</context>
<context>
    <name>AdoptPlanCommand</name>
    <message>
        <source>Adoption by the council</source>
        <translation>Έγκριση από το δημοτικό συμβούλιο</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the council’s adoption</source>
        <translation>Καταχώριση της έγκρισης από το δημοτικό συμβούλιο</translation>
    </message>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>%n επικυρωμένη προτεραιότητα θα καταχωριστεί ως εγκεκριμένη από το δημοτικό συμβούλιο.</numerusform>
            <numerusform>%n επικυρωμένες προτεραιότητες θα καταχωριστούν ως εγκεκριμένες από το δημοτικό συμβούλιο.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>%n προσχέδιο μένει εκτός: το συμβούλιο εγκρίνει ό,τι επικύρωσε η ομάδα φορέων.</numerusform>
            <numerusform>%n προσχέδια μένουν εκτός: το συμβούλιο εγκρίνει ό,τι επικύρωσε η ομάδα φορέων.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan’s dates and budgets as they are that day become the baseline that delays are measured against.</source>
        <translation>Οι ημερομηνίες και οι προϋπολογισμοί του σχεδίου, όπως είναι εκείνη την ημέρα, γίνονται η βάση αναφοράς με την οποία μετρώνται οι καθυστερήσεις.</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Καταχώριση της έγκρισης</translation>
    </message>
    <message>
        <source>Adopted by the council &amp;on:</source>
        <translation>Εγκρίθηκε από το δημοτικό συμβούλιο &amp;στις:</translation>
    </message>
    <message>
        <source>Give the day of the council’s vote.</source>
        <translation>Δηλώστε την ημέρα της ψηφοφορίας του δημοτικού συμβουλίου.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Η ημερομηνία</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Met</source>
        <translation>Πληρούται</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Πληρούται εν μέρει</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Δεν πληρούται</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Δεν εφαρμόζεται</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Da&amp;ted:</source>
        <translation>&amp;Ημερομηνία:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>&amp;Τεκμήριο:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Πη&amp;γή:</translation>
    </message>
    <message>
        <source>Answered &amp;by (personal data):</source>
        <translation>Απάντη&amp;ση από (προσωπικά δεδομένα):</translation>
    </message>
    <message>
        <source>What shows it:</source>
        <translation>Τι το αποδεικνύει:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Key %1 in the list</source>
        <translation>Πλήκτρο %1 στη λίστα</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Επιλέξτε ένα κριτήριο από τη λίστα.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; Enter edits the evidence</source>
        <translation>1 πληρούται, 2 πληρούται εν μέρει, 3 δεν πληρούται, 4 άγνωστο, 5 δεν εφαρμόζεται· το Enter επεξεργάζεται το τεκμήριο</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Not answered</source>
        <translation>Χωρίς απάντηση</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήριο</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Απάντηση από</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Απάντηση στο κριτήριο «%1»</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message>
        <source>No item of this area is answered met, partly met or not met yet.</source>
        <translation>Κανένα κριτήριο αυτού του τομέα δεν έχει ακόμη απάντηση «πληρούται», «πληρούται εν μέρει» ή «δεν πληρούται».</translation>
    </message>
    <message>
        <source>No earlier round of this checklist.</source>
        <translation>Δεν υπάρχει προηγούμενος γύρος αυτής της λίστας ελέγχου.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Συνολικά</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 μον.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Κάλυψη</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Χωρίς απάντηση</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>“%1” is not a file but a folder, a device or a pipe, which Passerelle does not read. Save what you want to import as a file, then choose that file.</source>
        <translation>Το «%1» δεν είναι αρχείο αλλά φάκελος, συσκευή ή διοχέτευση, που το Passerelle δεν διαβάζει. Αποθηκεύστε σε αρχείο ό,τι θέλετε να εισαγάγετε και, στη συνέχεια, επιλέξτε αυτό το αρχείο.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>What for</source>
        <translation>Για ποιο σκοπό</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Προγραμματισμένα</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Δεσμευμένα</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Δαπανηθέντα</translation>
    </message>
    <message>
        <source>%1 spent of %2 planned.</source>
        <translation>Δαπανήθηκαν %1 από %2 προγραμματισμένα.</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>Δημοτικός προϋπολογισμός</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as %2.</source>
        <translation>Το «%1» δεν είναι ποσό: πληκτρολογήστε έναν αριθμό όπως %2.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Προσθήκη γραμμής προϋπολογισμού</translation>
    </message>
    <message>
        <source>Edit budget line “%1”</source>
        <translation>Επεξεργασία της γραμμής προϋπολογισμού «%1»</translation>
    </message>
    <message>
        <source>Remove budget line “%1”</source>
        <translation>Διαγραφή της γραμμής προϋπολογισμού «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Διαγραφή %n γραμμής προϋπολογισμού</numerusform>
            <numerusform>Διαγραφή %n γραμμών προϋπολογισμού</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>Τίποτα για εξαγωγή</translation>
    </message>
    <message>
        <source>The action plan has no milestone and no action with an end date yet: there is nothing to put in a calendar.</source>
        <translation>Το σχέδιο δράσης δεν έχει ακόμη ούτε ορόσημο ούτε δράση με ημερομηνία λήξης: δεν υπάρχει τίποτα για να μπει σε ημερολόγιο.</translation>
    </message>
    <message>
        <source>%1 action plan</source>
        <comment>calendar file name</comment>
        <translation>%1 σχέδιο δράσης</translation>
    </message>
    <message>
        <source>Export the action plan&apos;s calendar</source>
        <translation>Εξαγωγή του ημερολογίου του σχεδίου δράσης</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Αρχεία iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Το ημερολόγιο δεν γράφτηκε</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Το ημερολόγιο εξήχθη</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>%n συμβάν γράφτηκε: εισαγάγετε το αρχείο στο πρόγραμμα ημερολογίου σας· μια μεταγενέστερη εξαγωγή θα ενημερώσει τα ίδια συμβάντα.</numerusform>
            <numerusform>%n συμβάντα γράφτηκαν: εισαγάγετε το αρχείο στο πρόγραμμα ημερολογίου σας· μια μεταγενέστερη εξαγωγή θα ενημερώσει τα ίδια συμβάντα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n συμβάν γράφτηκε στο %1</numerusform>
            <numerusform>%n συμβάντα γράφτηκαν στο %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>The calendar for “%1” could not be made: the computer is out of memory. Close other programs, then export again.</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία του ημερολογίου για το «%1»: ο υπολογιστής δεν έχει αρκετή μνήμη. Κλείστε άλλα προγράμματα και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a city file can be opened; never writes to it.</source>
        <translation>Έλεγχος ότι ένα αρχείο πόλης μπορεί να ανοίξει· δεν γράφει ποτέ σε αυτό.</translation>
    </message>
    <message>
        <source>The city file to check.</source>
        <translation>Το αρχείο πόλης προς έλεγχο.</translation>
    </message>
    <message>
        <source>check takes exactly one FILE.</source>
        <translation>Η εντολή check δέχεται ακριβώς ένα FILE.</translation>
    </message>
    <message>
        <source>%1: OK (format version %2)</source>
        <translation>%1: OK (έκδοση μορφής %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The areas of the checklist changed meanwhile; nothing was moved. Try again.</source>
        <translation>Οι τομείς της λίστας ελέγχου άλλαξαν στο μεταξύ· δεν μετακινήθηκε τίποτα. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The items of the area changed meanwhile; nothing was moved. Try again.</source>
        <translation>Τα κριτήρια του τομέα άλλαξαν στο μεταξύ· δεν μετακινήθηκε τίποτα. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>Ο τίτλος της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist&apos;s version</source>
        <translation>Η έκδοση της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>Το κλειδί της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>Η λίστα ελέγχου</translation>
    </message>
    <message>
        <source>The area&apos;s title</source>
        <translation>Ο τίτλος του τομέα</translation>
    </message>
    <message>
        <source>The area&apos;s key</source>
        <translation>Το κλειδί του τομέα</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>Ο τομέας</translation>
    </message>
    <message>
        <source>The item&apos;s statement</source>
        <translation>Η διατύπωση του κριτηρίου</translation>
    </message>
    <message>
        <source>The item&apos;s key</source>
        <translation>Το κλειδί του κριτηρίου</translation>
    </message>
    <message>
        <source>The version that added the item</source>
        <translation>Η έκδοση που πρόσθεσε το κριτήριο</translation>
    </message>
    <message>
        <source>The retirement date</source>
        <translation>Η ημερομηνία απόσυρσης</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Το κριτήριο</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Η θεματική</translation>
    </message>
    <message>
        <source>The round&apos;s label</source>
        <translation>Η ονομασία του γύρου αξιολόγησης</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Γύρος αξιολόγησης</translation>
    </message>
    <message>
        <source>The round&apos;s date</source>
        <translation>Η ημερομηνία του γύρου αξιολόγησης</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>Ο γύρος αξιολόγησης</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Ένας συμμετέχων</translation>
    </message>
    <message>
        <source>The evidence date</source>
        <translation>Η ημερομηνία του τεκμηρίου</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1: η τιμή πρέπει να είναι 1 ή μεγαλύτερη.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>Η λίστα ελέγχου «%1» δεν μπορεί να διαγραφεί: με αυτήν διεξήχθη %n γύρος αξιολόγησης (%2). Διαγράψτε πρώτα αυτόν τον γύρο ή κρατήστε τη λίστα ελέγχου.</numerusform>
            <numerusform>Η λίστα ελέγχου «%1» δεν μπορεί να διαγραφεί: με αυτήν διεξήχθησαν %n γύροι αξιολόγησης (%2). Διαγράψτε πρώτα αυτούς τους γύρους ή κρατήστε τη λίστα ελέγχου.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is not part of the checklist of round “%1”. Choose an item of that checklist.</source>
        <translation>Το κριτήριο δεν ανήκει στη λίστα ελέγχου του γύρου «%1». Επιλέξτε ένα κριτήριο αυτής της λίστας.</translation>
    </message>
    <message>
        <source>The item already has an answer in round “%1”. Edit that answer instead.</source>
        <translation>Το κριτήριο έχει ήδη απάντηση στον γύρο «%1». Επεξεργαστείτε καλύτερα αυτή την απάντηση.</translation>
    </message>
    <message>
        <source>The checklist of round “%1” cannot change once the round has answers. Start a new round for the other checklist.</source>
        <translation>Η λίστα ελέγχου του γύρου «%1» δεν μπορεί πλέον να αλλάξει, αφού ο γύρος έχει απαντήσεις. Ξεκινήστε νέο γύρο για την άλλη λίστα ελέγχου.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPane</name>
    <message>
        <source>&amp;Answering</source>
        <translation>Απαντήσε&amp;ις</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Βα&amp;θμολογίες</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Κενά</translation>
    </message>
    <message>
        <source>Areas and &amp;items</source>
        <translation>Το&amp;μείς και κριτήρια</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Γύρ&amp;ος:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Νέος γύρος…</translation>
    </message>
    <message>
        <source>Edit ro&amp;und…</source>
        <translation>Επεξεργασία γύ&amp;ρου…</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>&amp;Διαγραφή γύρου…</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>Επόμενο κριτήριο &amp;χωρίς απάντηση</translation>
    </message>
    <message>
        <source>Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; the arrows move, Enter edits the evidence.</source>
        <translation>Πλήκτρα: 1 πληρούται, 2 πληρούται εν μέρει, 3 δεν πληρούται, 4 άγνωστο, 5 δεν εφαρμόζεται· τα βέλη μετακινούν, το Enter επεξεργάζεται το τεκμήριο.</translation>
    </message>
    <message>
        <source>The items of the round answered not met or partly met: where the city&apos;s priorities can start. Double-click one to see it in the Answering tab.</source>
        <translation>Τα κριτήρια του γύρου με απάντηση «δεν πληρούται» ή «πληρούται εν μέρει»: από εδώ μπορούν να ξεκινήσουν οι προτεραιότητες της πόλης. Κάντε διπλό κλικ σε ένα για να το δείτε στην καρτέλα Απαντήσεις.</translation>
    </message>
    <message>
        <source>Make a &amp;priority from this gap</source>
        <translation>Δημιουργία προτεραιότητας από αυτό &amp;το κενό</translation>
    </message>
    <message>
        <source>A draft priority with the gap&apos;s theme, a rationale naming the item and its answer, and the item as its evidence</source>
        <translation>Μια προτεραιότητα σε προσχέδιο, με τη θεματική του κενού, αιτιολόγηση που αναφέρει το κριτήριο και την απάντησή του, και το κριτήριο ως τεκμήριο</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New round “%1”</source>
        <translation>Νέος γύρος «%1»</translation>
    </message>
    <message>
        <source>Edit round “%1”</source>
        <translation>Επεξεργασία του γύρου «%1»</translation>
    </message>
    <message>
        <source>Delete the round “%1”? It has no answers yet.</source>
        <translation>Διαγραφή του γύρου «%1»; Δεν έχει ακόμη απαντήσεις.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Διαγραφή του γύρου «%1» και της %n απάντησης που δόθηκε σε αυτόν; Η εντολή Επεξεργασία &gt; Αναίρεση την επαναφέρει.</numerusform>
            <numerusform>Διαγραφή του γύρου «%1» και των %n απαντήσεων που δόθηκαν σε αυτόν; Η εντολή Επεξεργασία &gt; Αναίρεση τις επαναφέρει.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Διαγραφή του γύρου</translation>
    </message>
    <message>
        <source>Delete round “%1”</source>
        <translation>Διαγραφή του γύρου «%1»</translation>
    </message>
    <message>
        <source>No assessment round yet: start one with New round.</source>
        <translation>Δεν υπάρχει ακόμη γύρος αξιολόγησης: ξεκινήστε έναν με την εντολή Νέος γύρος.</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 από %2 κριτήρια έχουν απάντηση</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Πρόσβαση στις υπηρεσίες</translation>
    </message>
</context>
<context>
    <name>CityComparison</name>
    <message>
        <source>%1 has no checklist “%2”: its areas are left empty.</source>
        <translation>Η πόλη %1 δεν έχει λίστα ελέγχου «%2»: οι τομείς της μένουν κενοί.</translation>
    </message>
    <message>
        <source>%1 answered version %2 of “%3”, your city answered version %4: the questions may differ, compare these scores with care.</source>
        <translation>Η πόλη %1 απάντησε στην έκδοση %2 της λίστας «%3», η πόλη σας στην έκδοση %4: οι ερωτήσεις μπορεί να διαφέρουν, συγκρίνετε αυτές τις βαθμολογίες με προσοχή.</translation>
    </message>
</context>
<context>
    <name>CityFile</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>το αρχείο ή ο φάκελός του είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself. Choose another name.</source>
        <translation>Ένα αντίγραφο δεν μπορεί να αντικαταστήσει το ίδιο το ανοιχτό αρχείο. Επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>Το αντίγραφο «%1» δεν ήταν δυνατό να γραφτεί: %2. Επιλέξτε άλλον φάκελο ή ελευθερώστε χώρο στον δίσκο.</translation>
    </message>
    <message>
        <source>The file “%1” could not be replaced. Close any program using it, or choose another name.</source>
        <translation>Το αρχείο «%1» δεν ήταν δυνατό να αντικατασταθεί. Κλείστε κάθε πρόγραμμα που το χρησιμοποιεί ή επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written. Choose another folder.</source>
        <translation>Το αντίγραφο «%1» δεν ήταν δυνατό να γραφτεί. Επιλέξτε άλλον φάκελο.</translation>
    </message>
</context>
<context>
    <name>CityIdentityWidget</name>
    <message>
        <source>Not known</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>Region, province or governorate</source>
        <translation>Περιφέρεια, επαρχία ή νομός</translation>
    </message>
    <message>
        <source>Census, municipal register, estimate…</source>
        <translation>Απογραφή, δημοτολόγιο, εκτίμηση…</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>το έ&amp;τος</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Χώρα</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Περ&amp;ιφέρεια</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>Πλη&amp;θυσμός</translation>
    </message>
    <message>
        <source>Population &amp;source</source>
        <translation>Πη&amp;γή πληθυσμού</translation>
    </message>
    <message>
        <source>Edit the city&apos;s identity</source>
        <translation>Επεξεργασία της ταυτότητας της πόλης</translation>
    </message>
</context>
<context>
    <name>CitySummary</name>
    <message>
        <source>The file %1 could not be read for the comparison (%2). Check it with “passerelle-cli check” or ask its city for a new copy.</source>
        <translation>Το αρχείο %1 δεν ήταν δυνατό να διαβαστεί για τη σύγκριση (%2). Ελέγξτε το με «passerelle-cli check» ή ζητήστε από την πόλη του ένα νέο αντίγραφο.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: passerelle-cli COMMAND [options]
Works on Passerelle city files without the desktop program.

Commands:
</source>
        <translation>Χρήση: passerelle-cli ΕΝΤΟΛΗ [επιλογές]
Επεξεργάζεται αρχεία πόλεων του Passerelle χωρίς το πρόγραμμα επιφάνειας εργασίας.

Εντολές:
</translation>
    </message>
    <message>
        <source>Run “passerelle-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Εκτελέστε «passerelle-cli ΕΝΤΟΛΗ --help» για τις επιλογές μιας εντολής.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Εμφάνιση αυτής της βοήθειας.</translation>
    </message>
    <message>
        <source>Run “passerelle-cli %1 --help” for its options.</source>
        <translation>Εκτελέστε «passerelle-cli %1 --help» για τις επιλογές της.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Άγνωστη εντολή «%1».</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a city with partner cities (scores with coverage, priorities, plan), as JSON.</source>
        <translation>Σύγκριση μιας πόλης με πόλεις-εταίρους (βαθμολογίες με κάλυψη, προτεραιότητες, σχέδιο), σε μορφή JSON.</translation>
    </message>
    <message>
        <source>Your city file.</source>
        <translation>Το αρχείο της πόλης σας.</translation>
    </message>
    <message>
        <source>One or more partner cities&apos; files.</source>
        <translation>Ένα ή περισσότερα αρχεία πόλεων-εταίρων.</translation>
    </message>
    <message>
        <source>The day actions are late on (YYYY-MM-DD); today when not given.</source>
        <translation>Η ημέρα ως προς την οποία οι δράσεις θεωρούνται καθυστερημένες (ΕΕΕΕ-ΜΜ-ΗΗ)· σήμερα, αν δεν δοθεί.</translation>
    </message>
    <message>
        <source>compare takes your FILE and at least one PARTNER file.</source>
        <translation>Η εντολή compare δέχεται το δικό σας FILE και τουλάχιστον ένα αρχείο PARTNER.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>Η επιλογή --today δέχεται ημερομηνία στη μορφή ΕΕΕΕ-ΜΜ-ΗΗ.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Network median</source>
        <translation>Διάμεσος του δικτύου</translation>
    </message>
    <message>
        <source>Your city: %1</source>
        <translation>Η πόλη σας: %1</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Τελευταίος γύρος</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Χωρίς θεματική</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Όλες οι προτεραιότητες</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Δράσεις</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρωμένες</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Σε καθυστέρηση</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Δεν ξεκίνησαν</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Εκπρόθεσμες</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρωμένες</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1: προγραμματισμένα</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1: δεσμευμένα</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1: δαπανηθέντα</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Καλές πρακτικές</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Δικές της</translation>
    </message>
    <message>
        <source>From partners</source>
        <translation>Από εταίρους</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (από %n πόλη)</numerusform>
            <numerusform>%1 (από %n πόλεις)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>κανένας γύρος ακόμη</translation>
    </message>
    <message>
        <source>This city does not have this checklist.</source>
        <translation>Αυτή η πόλη δεν έχει αυτή τη λίστα ελέγχου.</translation>
    </message>
    <message>
        <source>Another version than yours (%1): the questions may differ.</source>
        <translation>Διαφορετική έκδοση από τη δική σας (%1): οι ερωτήσεις μπορεί να διαφέρουν.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 με απάντηση)</translation>
    </message>
    <message>
        <source>no score (%1 answered)</source>
        <translation>χωρίς βαθμολογία (%1 με απάντηση)</translation>
    </message>
    <message>
        <source>%1 of %2 items answered; the change is in points since the city&apos;s previous round.</source>
        <translation>%1 από %2 κριτήρια έχουν απάντηση· η μεταβολή είναι σε μονάδες από τον προηγούμενο γύρο της πόλης.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with partner cities</source>
        <translation>Σύγκριση με πόλεις-εταίρους</translation>
    </message>
    <message>
        <source>Your city’s file: %1</source>
        <translation>Αρχείο της πόλης σας: %1</translation>
    </message>
    <message>
        <source>&amp;Add partner file…</source>
        <translation>&amp;Προσθήκη αρχείου εταίρου…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Σύγκριση</translation>
    </message>
    <message>
        <source>Each score stands with its coverage (items answered of items asked); ▲ ▼ the change in points since the city’s previous round. Cities are not ranked.</source>
        <translation>Κάθε βαθμολογία συνοδεύεται από την κάλυψή της (κριτήρια με απάντηση επί των κριτηρίων που τέθηκαν)· ▲ ▼ η μεταβολή σε μονάδες από τον προηγούμενο γύρο της πόλης. Οι πόλεις δεν κατατάσσονται.</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Πρόσβαση στις υπηρεσίες</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Προτεραιότητες ανά θεματική</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Σχέδιο δράσης</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Πρακτικές</translation>
    </message>
    <message>
        <source>Open your city’s file first: the comparison puts partner cities beside it.</source>
        <translation>Ανοίξτε πρώτα το αρχείο της πόλης σας: η σύγκριση τοποθετεί τις πόλεις-εταίρους δίπλα της.</translation>
    </message>
    <message>
        <source>Choose a partner city’s file</source>
        <translation>Επιλογή αρχείου πόλης-εταίρου</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Αρχεία πόλεων Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Παραλείφθηκε: %1</translation>
    </message>
    <message>
        <source>The chart shows the first %1 cities; the table below shows all %2.</source>
        <translation>Το γράφημα δείχνει τις πρώτες %1 πόλεις· ο πίνακας από κάτω τις δείχνει όλες (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionDefences</name>
    <message>
        <source>The database engine could not be given its safety settings. Reinstall Passerelle; no file was changed.</source>
        <translation>Δεν ήταν δυνατό να εφαρμοστούν οι ρυθμίσεις ασφαλείας στη μηχανή βάσης δεδομένων. Εγκαταστήστε ξανά το Passerelle· κανένα αρχείο δεν τροποποιήθηκε.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Add &amp;stakeholder</source>
        <translation>Προσθήκη &amp;φορέα</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Νέα διαβούλευση</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Επεξεργασία διαβούλευσης</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Καμία</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ημερομηνία:</translation>
    </message>
    <message>
        <source>Group &amp;meeting:</source>
        <translation>Συνεδρίαση &amp;ομάδας:</translation>
    </message>
    <message>
        <source>Stake&amp;holders:</source>
        <translation>Φο&amp;ρείς:</translation>
    </message>
    <message>
        <source>&amp;Participants (personal data):</source>
        <translation>&amp;Συμμετέχοντες (προσωπικά δεδομένα):</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Τι είπαν:</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Η ημερομηνία</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Συνεδρίαση ομάδας</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Φορείς</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Τι είπαν</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>&amp;Add a consultation…</source>
        <translation>Προσ&amp;θήκη διαβούλευσης…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Επεξερ&amp;γασία…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Add a consultation</source>
        <translation>Προσθήκη διαβούλευσης</translation>
    </message>
    <message>
        <source>Edit a consultation</source>
        <translation>Επεξεργασία διαβούλευσης</translation>
    </message>
    <message>
        <source>Remove a consultation</source>
        <translation>Διαγραφή διαβούλευσης</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Agreed</source>
        <translation>Δόθηκε</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Δεν δόθηκε</translation>
    </message>
    <message>
        <source>Whether the person agreed to be contacted; check it before any mailing.</source>
        <translation>Αν το πρόσωπο συναίνεσε να επικοινωνήσουμε μαζί του· ελέγξτε το πριν από κάθε αποστολή.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ιδιότητα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Προτιμώμενη γλώσσα</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Συναίνεση για επικοινωνία</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Νέο πρόσωπο επικοινωνίας</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Προσθήκη του προσώπου επικοινωνίας «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Επεξεργασία του προσώπου επικοινωνίας «%1»</translation>
    </message>
    <message>
        <source>Remove contact “%1”</source>
        <translation>Διαγραφή του προσώπου επικοινωνίας «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Διαγραφή %n προσώπου επικοινωνίας</numerusform>
            <numerusform>Διαγραφή %n προσώπων επικοινωνίας</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;Add a contact</source>
        <translation>Προσθήκ&amp;η προσώπου επικοινωνίας</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>Διαγραφή των επιλεγμένων προσώπων επικοινωνίας</translation>
    </message>
    <message>
        <source>Contact persons (personal data)</source>
        <translation>Πρόσωπα επικοινωνίας (προσωπικά δεδομένα)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>it holds no city</source>
        <translation>δεν περιέχει καμία πόλη</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>περιέχει %n πόλη, ενώ ένα αρχείο πόλης περιέχει μία</numerusform>
            <numerusform>περιέχει %n πόλεις, ενώ ένα αρχείο πόλης περιέχει μία</numerusform>
        </translation>
    </message>
    <message>
        <source>its list of personal data is not the one Passerelle writes</source>
        <translation>η λίστα προσωπικών δεδομένων του δεν είναι αυτή που γράφει το Passerelle</translation>
    </message>
    <message>
        <source>a record in the table “%1” refers to a record of the table “%2” that does not exist</source>
        <translation>μια εγγραφή του πίνακα «%1» παραπέμπει σε εγγραφή του πίνακα «%2» που δεν υπάρχει</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value larger than Passerelle accepts (%3 MB)</source>
        <translation>η στήλη «%1» του πίνακα «%2» περιέχει τιμή μεγαλύτερη από όση δέχεται το Passerelle (%3 MB)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value of the wrong kind</source>
        <translation>η στήλη «%1» του πίνακα «%2» περιέχει τιμή λάθος τύπου</translation>
    </message>
    <message>
        <source>the table “%1” holds a value its rules forbid (for example a kind or a level Passerelle does not know)</source>
        <translation>ο πίνακας «%1» περιέχει τιμή που απαγορεύουν οι κανόνες του (για παράδειγμα έναν τύπο ή ένα επίπεδο που το Passerelle δεν γνωρίζει)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is empty where a value is required</source>
        <translation>η στήλη «%1» του πίνακα «%2» είναι κενή, ενώ απαιτείται τιμή</translation>
    </message>
    <message>
        <source>two records share a value that must be unique (index “%1”)</source>
        <translation>δύο εγγραφές έχουν την ίδια τιμή, η οποία πρέπει να είναι μοναδική (ευρετήριο «%1»)</translation>
    </message>
    <message>
        <source>the index “%1” does not match its table</source>
        <translation>το ευρετήριο «%1» δεν αντιστοιχεί στον πίνακά του</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file</source>
        <translation>Το αρχείο CSV</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a stakeholder list may be. Split it into smaller files, then import each part.</source>
        <translation>Το «%1» υπερβαίνει τα %2 MB που επιτρέπονται για μια λίστα φορέων. Χωρίστε το σε μικρότερα αρχεία και, στη συνέχεια, εισαγάγετε κάθε τμήμα.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>αυτόματα</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>κόμμα</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ερωτηματικό</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>στηλοθέτης</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>Το «%1» δεν μπορεί να διαβαστεί: %2. Ελέγξτε ότι το αρχείο υπάρχει και ότι έχετε δικαίωμα ανάγνωσής του.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. Split it into smaller files, or remove the columns and rows you do not need, then import each part.</source>
        <translation>Το «%1» έχει μέγεθος %2 MB, μεγαλύτερο από τα %3 MB που επιτρέπονται για μια λίστα φορέων. Χωρίστε το σε μικρότερα αρχεία ή αφαιρέστε τις στήλες και τις γραμμές που δεν χρειάζεστε και, στη συνέχεια, εισαγάγετε κάθε τμήμα.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV text file: it holds binary data (a spreadsheet workbook, an image or UTF-16 text). In your spreadsheet use “Save as” and choose CSV (UTF-8 or comma-separated), then import that file.</source>
        <translation>Το «%1» δεν είναι αρχείο κειμένου CSV: περιέχει δυαδικά δεδομένα (βιβλίο εργασίας υπολογιστικού φύλλου, εικόνα ή κείμενο UTF-16). Στο υπολογιστικό σας φύλλο χρησιμοποιήστε την «Αποθήκευση ως» και επιλέξτε CSV (UTF-8 ή διαχωρισμένο με κόμματα) και, στη συνέχεια, εισαγάγετε αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let Passerelle detect the encoding.</source>
        <translation>Το «%1» δεν είναι έγκυρο κείμενο UTF-8. Επιλέξτε την κωδικοποίηση Windows-1252 ή αφήστε το Passerelle να εντοπίσει την κωδικοποίηση.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no stakeholder to import. Choose the file your spreadsheet saved, with a header line and one stakeholder per line.</source>
        <translation>Το «%1» είναι κενό: δεν υπάρχει κανένας φορέας για εισαγωγή. Επιλέξτε το αρχείο που αποθήκευσε το υπολογιστικό σας φύλλο, με μια γραμμή κεφαλίδας και έναν φορέα ανά γραμμή.</translation>
    </message>
    <message>
        <source>“%1” does not look like text: it is full of control characters. In your spreadsheet use “Save as” and choose CSV, then import that file.</source>
        <translation>Το «%1» δεν μοιάζει με κείμενο: είναι γεμάτο χαρακτήρες ελέγχου. Στο υπολογιστικό σας φύλλο χρησιμοποιήστε την «Αποθήκευση ως» και επιλέξτε CSV και, στη συνέχεια, εισαγάγετε αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” has more than %3 fields, more than a stakeholder list has columns. Remove the columns you do not need, or choose the separator the file uses, then import again.</source>
        <translation>Η γραμμή %1 του «%2» έχει περισσότερα από %3 πεδία, περισσότερα από τις στήλες μιας λίστας φορέων. Αφαιρέστε τις στήλες που δεν χρειάζεστε ή επιλέξτε το διαχωριστικό που χρησιμοποιεί το αρχείο και, στη συνέχεια, κάντε ξανά την εισαγωγή.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 lines of stakeholders, more than one import takes. Split it into files of at most %2 lines, each with the header line, then import each part.</source>
        <translation>Το «%1» έχει περισσότερες από %2 γραμμές φορέων, περισσότερες από όσες δέχεται μία εισαγωγή. Χωρίστε το σε αρχεία με το πολύ %2 γραμμές, το καθένα με τη γραμμή κεφαλίδας, και, στη συνέχεια, εισαγάγετε κάθε τμήμα.</translation>
    </message>
    <message>
        <source>“%1” is not valid CSV near line %2: a quote is misplaced or a quoted field is never closed. Check the quotes on that line, or save the file again from your spreadsheet as CSV.</source>
        <translation>Το «%1» δεν είναι έγκυρο CSV κοντά στη γραμμή %2: ένα εισαγωγικό είναι σε λάθος θέση ή ένα πεδίο σε εισαγωγικά δεν κλείνει ποτέ. Ελέγξτε τα εισαγωγικά σε εκείνη τη γραμμή ή αποθηκεύστε ξανά το αρχείο ως CSV από το υπολογιστικό σας φύλλο.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo city needs the built-in checklist, which is missing.</source>
        <translation>Η πόλη επίδειξης χρειάζεται την ενσωματωμένη λίστα ελέγχου, η οποία λείπει από αυτή την έκδοση του Passerelle.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a fictional demo city file (also network-sized, for benchmarks).</source>
        <translation>Δημιουργία αρχείου φανταστικής πόλης επίδειξης (και σε κλίμακα δικτύου, για δοκιμές επιδόσεων).</translation>
    </message>
    <message>
        <source>The new file; it must not exist.</source>
        <translation>Το νέο αρχείο· δεν πρέπει να υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>Language of the demo content: %1.</source>
        <translation>Γλώσσα του περιεχομένου επίδειξης: %1.</translation>
    </message>
    <message>
        <source>Make N stakeholders and everything else in proportion (benchmarks).</source>
        <translation>Δημιουργία N φορέων και όλων των υπόλοιπων αναλογικά (δοκιμές επιδόσεων).</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.</source>
        <translation>Η εντολή demo δέχεται ακριβώς ένα FILE.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not “%2”.</source>
        <translation>Η επιλογή --lang πρέπει να είναι μία από τις τιμές %1, όχι «%2».</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>Η επιλογή --scale πρέπει να είναι ακέραιος αριθμός από 1 έως %1.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>Το %1 δημιουργήθηκε σε %2 s.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo content for the language “%1” is missing from this build of Passerelle. Choose one of: %2.</source>
        <translation>Το περιεχόμενο επίδειξης για τη γλώσσα «%1» λείπει από αυτή την έκδοση του Passerelle. Επιλέξτε μία από τις γλώσσες: %2.</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <source>Migrant population as a share of the district&apos;s population</source>
        <translation>Ποσοστό του μεταναστευτικού πληθυσμού στον πληθυσμό της συνοικίας</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Συνοικία</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Πληθυσμός</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Μετανάστες</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Type a whole number, like %1, or leave the cell empty when the figure is not known; “%2” is not a number.</source>
        <translation>Πληκτρολογήστε έναν ακέραιο αριθμό, όπως %1, ή αφήστε το κελί κενό αν το μέγεθος δεν είναι γνωστό· το «%2» δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Νέα συνοικία</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Προσθήκη συνοικίας</translation>
    </message>
    <message>
        <source>Edit the district “%1”</source>
        <translation>Επεξεργασία της συνοικίας «%1»</translation>
    </message>
    <message>
        <source>Remove the district “%1”</source>
        <translation>Διαγραφή της συνοικίας «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>Διαγραφή %n συνοικίας</numerusform>
            <numerusform>Διαγραφή %n συνοικιών</numerusform>
        </translation>
    </message>
    <message>
        <source>No district yet. Add the city&apos;s districts to show where migrants live.</source>
        <translation>Καμία συνοικία ακόμη. Προσθέστε τις συνοικίες της πόλης για να φανεί πού ζουν οι μετανάστες.</translation>
    </message>
    <message>
        <source>Enter the population and the migrant population of a district to see the migrants&apos; share.</source>
        <translation>Εισαγάγετε τον πληθυσμό και τον μεταναστευτικό πληθυσμό μιας συνοικίας για να δείτε το ποσοστό των μεταναστών.</translation>
    </message>
    <message>
        <source>In the districts with both figures: %1 residents, %2 of them migrants (%3).</source>
        <translation>Στις συνοικίες με γνωστά και τα δύο μεγέθη: %1 κάτοικοι, εκ των οποίων %2 μετανάστες (%3).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Parts of the city file</source>
        <translation>Τμήματα του αρχείου πόλης</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The city file is open. Every change is stored in it as soon as you make it: there is nothing to save.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Το αρχείο πόλης είναι ανοιχτό. Κάθε αλλαγή αποθηκεύεται σε αυτό μόλις την κάνετε: δεν χρειάζεται αποθήκευση.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Τηλεφωνική κλήση</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Διαβούλευση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
</context>
<context>
    <name>EngagementLogModel</name>
    <message>
        <source>Done (%1)</source>
        <translation>Έγινε (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Εκπρόθεσμη από τις %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Έως τις %1</translation>
    </message>
    <message>
        <source>The follow-up promised for %1 is still to be done.</source>
        <translation>Η επανεπικοινωνία που υποσχεθήκατε για τις %1 δεν έχει γίνει ακόμη.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Σύνοψη</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Επανεπικοινωνία</translation>
    </message>
</context>
<context>
    <name>EngagementLogPanel</name>
    <message>
        <source>Ne&amp;w engagement</source>
        <translation>&amp;Νέα επαφή</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Δια&amp;γραφή</translation>
    </message>
    <message>
        <source>Follow-u&amp;p done</source>
        <translation>Επανεπικ&amp;οινωνία έγινε</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Απόρριψη α&amp;λλαγών</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Remove the selected engagement from the log</source>
        <translation>Διαγραφή της επιλεγμένης επαφής από το ημερολόγιο</translation>
    </message>
    <message>
        <source>What was discussed, agreed or asked</source>
        <translation>Τι συζητήθηκε, συμφωνήθηκε ή ζητήθηκε</translation>
    </message>
    <message>
        <source>When you promised to come back to them; leave empty when nothing is owed</source>
        <translation>Πότε υποσχεθήκατε να επανέλθετε σε αυτούς· αφήστε το κενό αν δεν εκκρεμεί τίποτα</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Ημερομηνία:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Εί&amp;δος:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Σύνο&amp;ψη:</translation>
    </message>
    <message>
        <source>Follow &amp;up by:</source>
        <translation>Επανεπ&amp;ικοινωνία έως:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>Προσθήκη στο η&amp;μερολόγιο</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>Selected engagement</source>
        <translation>Επιλεγμένη επαφή</translation>
    </message>
    <message>
        <source>Choose a stakeholder to see its engagement log.</source>
        <translation>Επιλέξτε έναν φορέα για να δείτε το ημερολόγιο επαφών του.</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία επαφή.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>%n επαφή καταγεγραμμένη.</numerusform>
            <numerusform>%n επαφές καταγεγραμμένες.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n εκπρόθεσμη επανεπικοινωνία.</numerusform>
            <numerusform>%n εκπρόθεσμες επανεπικοινωνίες.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Η ημερομηνία</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>Η ημερομηνία επανεπικοινωνίας</translation>
    </message>
    <message>
        <source>Edit an engagement</source>
        <translation>Επεξεργασία επαφής</translation>
    </message>
    <message>
        <source>Add an engagement</source>
        <translation>Προσθήκη επαφής</translation>
    </message>
    <message>
        <source>Remove an engagement</source>
        <translation>Διαγραφή επαφής</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Profile figure</source>
        <translation>Μέγεθος του προφίλ</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Κριτήριο λίστας ελέγχου</translation>
    </message>
    <message>
        <source>Double-click to note why this evidence matters</source>
        <translation>Κάντε διπλό κλικ για να σημειώσετε γιατί μετράει αυτό το τεκμήριο</translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation>Επεξεργασία σημείωσης τεκμηρίου</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήριο</translation>
    </message>
    <message>
        <source>Latest answer or value</source>
        <translation>Τελευταία απάντηση ή τιμή</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (γύρος %2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Χωρίς απάντηση ακόμη</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 το %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 το %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>The checklist gaps and profile figures this priority rests on, with a note on each: double-click a note to write it.</source>
        <translation>Τα κενά των λιστών ελέγχου και τα μεγέθη του προφίλ στα οποία στηρίζεται αυτή η προτεραιότητα, με μια σημείωση για το καθένα: κάντε διπλό κλικ σε μια σημείωση για να τη γράψετε.</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>Προσθήκη &amp;τεκμηρίου…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Αφαίρε&amp;ση</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Show the checklist item or the figure where it lives</source>
        <translation>Εμφάνιση του κριτηρίου ή του μεγέθους εκεί όπου βρίσκεται</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Προσθήκη τεκμηρίου</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Αφαίρεση τεκμηρίου</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Προσθήκη τεκμηρίου</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>Κριτήριο λίστας ελέγχου: %1</translation>
    </message>
    <message>
        <source>Profile figure: %1 (%2, %3)</source>
        <translation>Μέγεθος του προφίλ: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type part of an item or a figure</source>
        <translation>Πληκτρολογήστε μέρος ενός κριτηρίου ή ενός μεγέθους</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Αναζήτηση:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Study visit</source>
        <translation>Επίσκεψη μελέτης</translation>
    </message>
    <message>
        <source>Peer-learning meeting</source>
        <translation>Συνάντηση αμοιβαίας μάθησης</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Ακαδημία κατάρτισης</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Διαδικτυακή συνάντηση</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>The partner city&apos;s name</source>
        <translation>Το όνομα της πόλης-εταίρου</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier</source>
        <translation>Το αναγνωριστικό πόλης του εταίρου</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>Η ημερομηνία έναρξης της συνεργασίας</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>Η ημερομηνία λήξης της συνεργασίας</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>Η πόλη-εταίρος</translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation>Ο τίτλος της ανταλλαγής</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Η ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>Η ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Η θεματική</translation>
    </message>
    <message>
        <source>The good practice&apos;s title</source>
        <translation>Ο τίτλος της καλής πρακτικής</translation>
    </message>
    <message>
        <source>“%1” is not a city identifier. Copy it from the partner&apos;s file properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or leave it empty.</source>
        <translation>Το «%1» δεν είναι αναγνωριστικό πόλης. Αντιγράψτε το από τις ιδιότητες του αρχείου του εταίρου (μοιάζει με 1b4e28ba-2fa1-11d2-883f-0016d3cca427) ή αφήστε το πεδίο κενό.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the contact&apos;s e-mail empty.</source>
        <translation>Το «%1» δεν μοιάζει με διεύθυνση email (name@example.org). Διορθώστε τη ή αφήστε κενό το email του προσώπου επικοινωνίας.</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier is this city&apos;s own. Copy the identifier from the partner&apos;s file, or leave it empty.</source>
        <translation>Το αναγνωριστικό πόλης του εταίρου είναι αυτό της δικής σας πόλης. Αντιγράψτε το αναγνωριστικό από το αρχείο του εταίρου ή αφήστε το πεδίο κενό.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <source>Exchange</source>
        <translation>Ανταλλαγή</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Πόλη-εταίρος</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τόπος</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Διδάγματα</translation>
    </message>
    <message>
        <source>“%1” is not a kind of exchange. Choose a study visit, a peer-learning meeting, a training academy or an online meeting.</source>
        <translation>Το «%1» δεν είναι είδος ανταλλαγής. Επιλέξτε επίσκεψη μελέτης, συνάντηση αμοιβαίας μάθησης, ακαδημία κατάρτισης ή διαδικτυακή συνάντηση.</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>Η πόλη-εταίρος</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Η θεματική</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Νέα ανταλλαγή</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Προσθήκη ανταλλαγής</translation>
    </message>
    <message>
        <source>Edit the exchange “%1”</source>
        <translation>Επεξεργασία της ανταλλαγής «%1»</translation>
    </message>
    <message>
        <source>Remove the exchange “%1”</source>
        <translation>Διαγραφή της ανταλλαγής «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>Διαγραφή %n ανταλλαγής</numerusform>
            <numerusform>Διαγραφή %n ανταλλαγών</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet. Add each visit, meeting or academy with what was learned.</source>
        <translation>Καμία ανταλλαγή ακόμη. Προσθέστε κάθε επίσκεψη, συνάντηση ή ακαδημία μαζί με όσα διδαχθήκατε.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n ανταλλαγή, </numerusform>
            <numerusform>%n ανταλλαγές, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n με διδάγματα.</numerusform>
            <numerusform>%n με διδάγματα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n προσεχής.</numerusform>
            <numerusform>%n προσεχείς.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Duplicate the exchange “%1”</source>
        <translation>Αντιγραφή της ανταλλαγής «%1»</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>%1

File: %2
Folder: %3</source>
        <translation>%1

Αρχείο: %2
Φάκελος: %3</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Ά&amp;νοιγμα του αρχείου</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Άνοιγμα του &amp;φακέλου του</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Γράφει τα ορόσημα και τις λήξεις των δράσεων του σχεδίου δράσης σε αρχείο iCalendar.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Το αρχείο πόλης προς ανάγνωση.</translation>
    </message>
    <message>
        <source>The calendar file to write (.ics).</source>
        <translation>Το αρχείο ημερολογίου προς εγγραφή (.ics).</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Αντικατάσταση του OUT αν υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>export-ics takes a FILE and -o OUT.ics.</source>
        <translation>Η εντολή export-ics δέχεται ένα FILE και -o OUT.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n συμβάν γράφτηκε στο %1.</numerusform>
            <numerusform>%n συμβάντα γράφτηκαν στο %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message>
        <source>Export the stakeholders to a CSV file or an Excel workbook (personal data only with --with-personal-data).</source>
        <translation>Εξαγωγή των φορέων σε αρχείο CSV ή βιβλίο εργασίας Excel (προσωπικά δεδομένα μόνο με --with-personal-data).</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Το αρχείο πόλης προς ανάγνωση.</translation>
    </message>
    <message>
        <source>The file to write, replaced if it exists: OUT.csv for CSV, OUT.xlsx for an Excel workbook.</source>
        <translation>Το αρχείο προς εγγραφή, που αντικαθίσταται αν υπάρχει: OUT.csv για CSV, OUT.xlsx για βιβλίο εργασίας Excel.</translation>
    </message>
    <message>
        <source>export-stakeholders takes a FILE and an OUT file to write.</source>
        <translation>Η εντολή export-stakeholders δέχεται ένα FILE και ένα αρχείο OUT προς εγγραφή.</translation>
    </message>
    <message>
        <source>The file to write must end in .csv or .xlsx, not “%1”: the ending chooses the format.</source>
        <translation>Το αρχείο προς εγγραφή πρέπει να τελειώνει σε .csv ή .xlsx, όχι «%1»: η κατάληξη καθορίζει τη μορφή.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>Εξήχθη %n φορέας στο %1.</numerusform>
            <numerusform>Εξήχθησαν %n φορείς στο %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“%1” already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>Το «%1» υπάρχει ήδη. Επιλέξτε άλλο όνομα ή επιβεβαιώστε ότι μπορεί να αντικατασταθεί (--force στη γραμμή εντολών).</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist: %2. Choose an existing folder.</source>
        <translation>Ο φάκελος του «%1» δεν υπάρχει: %2. Επιλέξτε έναν υπάρχοντα φάκελο.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>Το «%1» δεν μπορεί να γραφτεί: %2. Επιλέξτε έναν φάκελο όπου έχετε δικαίωμα να αποθηκεύετε αρχεία.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>Το «%1» δεν ήταν δυνατό να αποθηκευτεί: %2. Ελέγξτε τον ελεύθερο χώρο στον δίσκο και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
</context>
<context>
    <name>ExportTemplateCommand</name>
    <message>
        <source>Write a checklist of a city file as a template JSON.</source>
        <translation>Εγγραφή μιας λίστας ελέγχου ενός αρχείου πόλης ως προτύπου JSON.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Το αρχείο πόλης προς ανάγνωση.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Το αρχείο JSON προς εγγραφή.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key (the MC2CM basic services by default).</source>
        <translation>Το κλειδί της λίστας ελέγχου (εξ ορισμού οι βασικές υπηρεσίες MC2CM).</translation>
    </message>
    <message>
        <source>export-template takes a FILE and an OUT file.</source>
        <translation>Η εντολή export-template δέχεται ένα FILE και ένα αρχείο OUT.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>Το «%1» υπάρχει ήδη· επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>The file has no checklist “%1”.</source>
        <translation>Το αρχείο δεν έχει λίστα ελέγχου «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του «%1»: %2</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) written to %3.</source>
        <translation>Η λίστα ελέγχου «%1» (έκδοση %2) γράφτηκε στο %3.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Needed</source>
        <comment>a key figure&apos;s value not given yet</comment>
        <translation>Προς συμπλήρωση</translation>
    </message>
    <message>
        <source>Not stored yet: the figure is stored once it has a value.</source>
        <translation>Δεν έχει αποθηκευτεί ακόμη: το μέγεθος αποθηκεύεται μόλις αποκτήσει τιμή.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Η θεματική</translation>
    </message>
    <message>
        <source>The value must be a number, like %1; “%2” is not.</source>
        <translation>Η τιμή πρέπει να είναι αριθμός, όπως %1· το «%2» δεν είναι.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Η τιμή</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Το έτος</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Νέο μέγεθος</translation>
    </message>
    <message>
        <source>Add a key figure</source>
        <translation>Προσθήκη βασικού μεγέθους</translation>
    </message>
    <message>
        <source>Edit the figure “%1”</source>
        <translation>Επεξεργασία του μεγέθους «%1»</translation>
    </message>
    <message>
        <source>Remove the figure “%1”</source>
        <translation>Διαγραφή του μεγέθους «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>Διαγραφή %n βασικού μεγέθους</numerusform>
            <numerusform>Διαγραφή %n βασικών μεγεθών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Cannot open the partner’s file</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του αρχείου της πόλης-εταίρου</translation>
    </message>
    <message>
        <source>Cannot create the city file</source>
        <translation>Δεν είναι δυνατή η δημιουργία του αρχείου πόλης</translation>
    </message>
    <message>
        <source>Cannot update the city file</source>
        <translation>Δεν είναι δυνατή η ενημέρωση του αρχείου πόλης</translation>
    </message>
    <message>
        <source>Cannot open the city file</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του αρχείου πόλης</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open.</source>
        <translation>Το αρχείο «%1» δεν υπάρχει. Μπορεί να μετακινήθηκε, να μετονομάστηκε ή να διαγράφηκε· επιλέξτε το ξανά με Αρχείο &gt; Άνοιγμα.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: you do not have permission to read it. Ask the owner of the file or your administrator for access, or open a copy.</source>
        <translation>Το αρχείο «%1» δεν μπορεί να διαβαστεί: δεν έχετε δικαίωμα ανάγνωσης. Ζητήστε πρόσβαση από τον κάτοχο του αρχείου ή από τον διαχειριστή σας ή ανοίξτε ένα αντίγραφο.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a city file. Choose a .passerelle file.</source>
        <translation>Το «%1» είναι φάκελος ή συσκευή, όχι αρχείο πόλης. Επιλέξτε ένα αρχείο .passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Passerelle city file (it is not an SQLite database). Check that you chose the right file; the file was not changed.</source>
        <translation>Το αρχείο «%1» δεν είναι αρχείο πόλης του Passerelle (δεν είναι βάση δεδομένων SQLite). Ελέγξτε ότι επιλέξατε το σωστό αρχείο· το αρχείο δεν τροποποιήθηκε.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Passerelle city file. Open it with the program that made it; Passerelle did not change it.</source>
        <translation>Το αρχείο «%1» είναι βάση δεδομένων άλλου προγράμματος, όχι αρχείο πόλης του Passerelle. Ανοίξτε το με το πρόγραμμα που το δημιούργησε· το Passerelle δεν το τροποποίησε.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Passerelle (file format %2). Install the latest Passerelle to open it; the file was not changed.</source>
        <translation>Το αρχείο «%1» δημιουργήθηκε από νεότερη έκδοση του Passerelle (μορφή αρχείου %2). Εγκαταστήστε την τελευταία έκδοση του Passerelle για να το ανοίξετε· το αρχείο δεν τροποποιήθηκε.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened safely. Open your latest backup or copy of it; the damaged file was not changed, so a specialist can still try to recover it.</source>
        <translation>Το αρχείο «%1» είναι κατεστραμμένο και δεν μπορεί να ανοίξει με ασφάλεια. Ανοίξτε το πιο πρόσφατο αντίγραφο ασφαλείας ή αντίγραφό του· το κατεστραμμένο αρχείο δεν τροποποιήθηκε, οπότε ένας ειδικός μπορεί ακόμη να επιχειρήσει να το ανακτήσει.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in another Passerelle window, on this computer or another one sharing the folder. Switch to that window, or close it and try again.</source>
        <translation>Το αρχείο «%1» είναι ήδη ανοιχτό σε άλλο παράθυρο του Passerelle, σε αυτόν τον υπολογιστή ή σε άλλον που μοιράζεται τον φάκελο. Μεταβείτε σε εκείνο το παράθυρο ή κλείστε το και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or delete the existing file first if you no longer need it.</source>
        <translation>Το αρχείο «%1» υπάρχει ήδη. Επιλέξτε άλλο όνομα ή διαγράψτε πρώτα το υπάρχον αρχείο, αν δεν το χρειάζεστε πια.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder still exists and is reachable, or choose another folder.</source>
        <translation>Το αρχείο «%1» δεν ήταν δυνατό να γραφτεί. Ελέγξτε ότι ο φάκελος υπάρχει ακόμη και είναι προσβάσιμος ή επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the file or its folder is read-only (or on a read-only disk). Choose a folder where you may write, or ask your administrator for write access.</source>
        <translation>Το αρχείο «%1» δεν μπορεί να γραφτεί: το αρχείο ή ο φάκελός του είναι μόνο για ανάγνωση (ή βρίσκεται σε δίσκο μόνο για ανάγνωση). Επιλέξτε έναν φάκελο όπου μπορείτε να γράψετε ή ζητήστε δικαίωμα εγγραφής από τον διαχειριστή σας.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk is full. Free some space, or choose another disk, then try again.</source>
        <translation>Το αρχείο «%1» δεν μπορεί να γραφτεί: ο δίσκος είναι πλήρης. Ελευθερώστε χώρο ή επιλέξτε άλλον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The path of the file “%1” is too long for Passerelle to open (%2 bytes; at most %3). Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>Η διαδρομή του αρχείου «%1» είναι πολύ μεγάλη για να το ανοίξει το Passerelle (%2 byte· το πολύ %3). Μετακινήστε το αρχείο σε φάκελο με συντομότερη διαδρομή ή δώστε του συντομότερο όνομα.</translation>
    </message>
    <message>
        <source>The name of the file “%1” contains characters that are not valid text, so Passerelle cannot open it reliably. Rename the file (for example in your file manager) and open it again; its content was not changed.</source>
        <translation>Το όνομα του αρχείου «%1» περιέχει χαρακτήρες που δεν αποτελούν έγκυρο κείμενο, γι’ αυτό το Passerelle δεν μπορεί να το ανοίξει με αξιοπιστία. Μετονομάστε το αρχείο (για παράδειγμα στη διαχείριση αρχείων) και ανοίξτε το ξανά· το περιεχόμενό του δεν τροποποιήθηκε.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted (Passerelle or the computer stopped while it was being written). Open the file in Passerelle, which undoes the unfinished change; until then the file is left exactly as it is.</source>
        <translation>Το αρχείο «%1» περιέχει μια αλλαγή που διακόπηκε (το Passerelle ή ο υπολογιστής σταμάτησε ενώ γραφόταν). Ανοίξτε το αρχείο στο Passerelle, το οποίο αναιρεί την ημιτελή αλλαγή· μέχρι τότε το αρχείο μένει ακριβώς όπως είναι.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted, and it must be undone before the file can be opened, but the file or its folder is read-only. Copy the file together with the file beside it whose name ends in “-journal” (or “-wal”) to a folder where you may write, and open the copy.</source>
        <translation>Το αρχείο «%1» περιέχει μια αλλαγή που διακόπηκε και πρέπει να αναιρεθεί πριν ανοίξει το αρχείο, αλλά το αρχείο ή ο φάκελός του είναι μόνο για ανάγνωση. Αντιγράψτε το αρχείο μαζί με το διπλανό αρχείο του οποίου το όνομα τελειώνει σε «-journal» (ή «-wal») σε έναν φάκελο όπου μπορείτε να γράψετε και ανοίξτε το αντίγραφο.</translation>
    </message>
    <message>
        <source>The file “%1” has changes made by another program kept in a separate file beside it (ending in “-wal”). Open the file in Passerelle, which takes them in; until then the file is left exactly as it is.</source>
        <translation>Το αρχείο «%1» έχει αλλαγές από άλλο πρόγραμμα, που φυλάσσονται σε ξεχωριστό αρχείο δίπλα του (με κατάληξη «-wal»). Ανοίξτε το αρχείο στο Passerelle, το οποίο τις ενσωματώνει· μέχρι τότε το αρχείο μένει ακριβώς όπως είναι.</translation>
    </message>
    <message>
        <source>The file “%1” is not built like a Passerelle city file: %2. Another program may have changed it, or it was made to look like a city file. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Το αρχείο «%1» δεν έχει τη δομή αρχείου πόλης του Passerelle: %2. Ίσως το τροποποίησε άλλο πρόγραμμα ή κατασκευάστηκε ώστε να μοιάζει με αρχείο πόλης. Δεν ανοίχτηκε ούτε τροποποιήθηκε· ανοίξτε το πιο πρόσφατο αντίγραφο ασφαλείας σας ή ζητήστε από τον αποστολέα ένα αντίγραφο που δημιουργήθηκε με το Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” holds values that break the rules of a city file: %2. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Το αρχείο «%1» περιέχει τιμές που παραβιάζουν τους κανόνες ενός αρχείου πόλης: %2. Δεν ανοίχτηκε ούτε τροποποιήθηκε· ανοίξτε το πιο πρόσφατο αντίγραφο ασφαλείας σας ή ζητήστε από τον αποστολέα ένα αντίγραφο που δημιουργήθηκε με το Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” comes from an older Passerelle and could not be updated to the current format. It was left as it was; a backup copy is beside it.</source>
        <translation>Το αρχείο «%1» προέρχεται από παλαιότερη έκδοση του Passerelle και δεν ήταν δυνατό να ενημερωθεί στην τρέχουσα μορφή. Παρέμεινε ως είχε· ένα αντίγραφο ασφαλείας βρίσκεται δίπλα του.</translation>
    </message>
    <message>
        <source>The file “%1” could not be used because of a database error. The file was not changed; try again, or open a copy of it.</source>
        <translation>Το αρχείο «%1» δεν ήταν δυνατό να χρησιμοποιηθεί λόγω σφάλματος της βάσης δεδομένων. Το αρχείο δεν τροποποιήθηκε· δοκιμάστε ξανά ή ανοίξτε ένα αντίγραφό του.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Λεπτομέρειες: %1)</translation>
    </message>
    <message>
        <source>The partner’s file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open a partner’s file.</source>
        <translation>Το αρχείο της πόλης-εταίρου «%1» δεν υπάρχει. Μπορεί να μετακινήθηκε, να μετονομάστηκε ή να διαγράφηκε· επιλέξτε το ξανά με Αρχείο &gt; Άνοιγμα αρχείου πόλης-εταίρου.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” cannot be read: you do not have permission to read it. Copy it into your own documents folder and open the copy, or ask the partner city to share it again.</source>
        <translation>Το αρχείο της πόλης-εταίρου «%1» δεν μπορεί να διαβαστεί: δεν έχετε δικαίωμα ανάγνωσης. Αντιγράψτε το στον δικό σας φάκελο εγγράφων και ανοίξτε το αντίγραφο ή ζητήστε από την πόλη-εταίρο να το κοινοποιήσει ξανά.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” could not be copied into a private temporary folder, where Passerelle reads it: %2. Free some disk space and try again; the partner’s file was not changed.</source>
        <translation>Το αρχείο της πόλης-εταίρου «%1» δεν ήταν δυνατό να αντιγραφεί στον ιδιωτικό προσωρινό φάκελο όπου το διαβάζει το Passerelle: %2. Ελευθερώστε χώρο στον δίσκο και δοκιμάστε ξανά· το αρχείο της πόλης-εταίρου δεν τροποποιήθηκε.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>ο δίσκος ίσως είναι πλήρης</translation>
    </message>
    <message>
        <source>is not a Passerelle city file</source>
        <translation>δεν είναι αρχείο πόλης του Passerelle</translation>
    </message>
    <message>
        <source>is a database of another program, not a Passerelle city file</source>
        <translation>είναι βάση δεδομένων άλλου προγράμματος, όχι αρχείο πόλης του Passerelle</translation>
    </message>
    <message>
        <source>is not built like a Passerelle city file (%1)</source>
        <translation>δεν έχει τη δομή αρχείου πόλης του Passerelle (%1)</translation>
    </message>
    <message>
        <source>holds values that break the rules of a city file (%1)</source>
        <translation>περιέχει τιμές που παραβιάζουν τους κανόνες ενός αρχείου πόλης (%1)</translation>
    </message>
    <message>
        <source>was copied while it was being changed: an unfinished change lies beside it, in the file ending in “-journal”, and Passerelle never reads the files beside a partner’s file</source>
        <translation>αντιγράφηκε ενώ τροποποιούνταν: μια ημιτελής αλλαγή βρίσκεται δίπλα του, στο αρχείο με κατάληξη «-journal», και το Passerelle δεν διαβάζει ποτέ τα αρχεία που βρίσκονται δίπλα σε αρχείο πόλης-εταίρου</translation>
    </message>
    <message>
        <source>has changes kept in a separate file beside it (ending in “-wal”), and Passerelle never reads the files beside a partner’s file</source>
        <translation>έχει αλλαγές που φυλάσσονται σε ξεχωριστό αρχείο δίπλα του (με κατάληξη «-wal»), και το Passerelle δεν διαβάζει ποτέ τα αρχεία που βρίσκονται δίπλα σε αρχείο πόλης-εταίρου</translation>
    </message>
    <message>
        <source>comes from an older Passerelle, and its private copy could not be updated to the current format</source>
        <translation>προέρχεται από παλαιότερη έκδοση του Passerelle και το ιδιωτικό αντίγραφό του δεν ήταν δυνατό να ενημερωθεί στην τρέχουσα μορφή</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>είναι κατεστραμμένο</translation>
    </message>
    <message>
        <source>could not be read because of a database error</source>
        <translation>δεν ήταν δυνατό να διαβαστεί λόγω σφάλματος της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The partner’s file “%1” %2. Passerelle did not open it and did not change it, and your own city file was not touched. Ask the partner city to share it again from Passerelle (File &gt; Share with a partner city).</source>
        <translation>Το αρχείο της πόλης-εταίρου «%1» %2. Το Passerelle δεν το άνοιξε ούτε το τροποποίησε και το δικό σας αρχείο πόλης δεν επηρεάστηκε. Ζητήστε από την πόλη-εταίρο να το κοινοποιήσει ξανά από το Passerelle (Αρχείο &gt; Κοινοποίηση σε πόλη-εταίρο).</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Area</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήριο</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceModel</name>
    <message>
        <source>Mark %1 present</source>
        <translation>Σήμανση παρουσίας: %1</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Σήμανση απουσίας: %1</translation>
    </message>
</context>
<context>
    <name>GroupDecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Απόφαση</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Επεξεργασία απόφασης</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Επιλέξτε πρώτα μια συνεδρίαση.</translation>
    </message>
    <message>
        <source>A decision needs its text. Type what the group decided, then add it.</source>
        <translation>Μια απόφαση χρειάζεται κείμενο. Πληκτρολογήστε τι αποφάσισε η ομάδα και, στη συνέχεια, προσθέστε την.</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Προσθήκη απόφασης</translation>
    </message>
    <message>
        <source>Select the decision to remove.</source>
        <translation>Επιλέξτε την απόφαση που θα διαγραφεί.</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Διαγραφή απόφασης</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>Παρόντα μέλη: %1 από %n</numerusform>
            <numerusform>Παρόντα μέλη: %1 από %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τόπος</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ημερήσια διάταξη</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Παρουσίες</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Meetings of the group</source>
        <translation>Συνεδριάσεις της ομάδας</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>&amp;Νέα συνεδρίαση</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Διαγραφή συνεδρίασης</translation>
    </message>
    <message>
        <source>Town hall, a partner&apos;s premises, online…</source>
        <translation>Δημαρχείο, χώροι ενός εταίρου, διαδικτυακά…</translation>
    </message>
    <message>
        <source>What was said, for those who were not there</source>
        <translation>Τι ειπώθηκε, για όσους δεν ήταν παρόντες</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Τόπ&amp;ος:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Ημερομηνία:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Ημερήσια &amp;διάταξη:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Πρακτ&amp;ικά:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Παρουσίες</translation>
    </message>
    <message>
        <source>Tick the members who attended</source>
        <translation>Επιλέξτε τα μέλη που παρευρέθηκαν</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Αποφάσεις</translation>
    </message>
    <message>
        <source>Double-click a decision to correct it</source>
        <translation>Κάντε διπλό κλικ σε μια απόφαση για να τη διορθώσετε</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Τι αποφάσισε η ομάδα</translation>
    </message>
    <message>
        <source>Add decisi&amp;on</source>
        <translation>Προσ&amp;θήκη απόφασης</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Διαγραφή απόφασης</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>Παρόντες:</translation>
    </message>
    <message>
        <source>Decisions taken:</source>
        <translation>Αποφάσεις που ελήφθησαν:</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to tick who attended and to note what was decided.</source>
        <translation>Επιλέξτε μια συνεδρίαση από τη λίστα για να σημειώσετε ποιοι παρευρέθηκαν και τι αποφασίστηκε.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Αποθήκευση αλλα&amp;γών</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Προσθήκη συνεδρίασης</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Επιλεγμένη συνεδρίαση</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Νέα συνεδρίαση</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>Η ημερομηνία της συνεδρίασης</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Επεξεργασία συνεδρίασης</translation>
    </message>
    <message>
        <source>Add a group meeting</source>
        <translation>Προσθήκη συνεδρίασης της ομάδας</translation>
    </message>
    <message>
        <source>Remove a group meeting</source>
        <translation>Διαγραφή συνεδρίασης της ομάδας</translation>
    </message>
    <message>
        <source>Attendance and decisions</source>
        <translation>Παρουσίες και αποφάσεις</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Double-click to change the role in the group</source>
        <translation>Κάντε διπλό κλικ για να αλλάξετε τον ρόλο στην ομάδα</translation>
    </message>
    <message>
        <source>Double-click to change the date the member joined</source>
        <translation>Κάντε διπλό κλικ για να αλλάξετε την ημερομηνία ένταξης του μέλους</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Φορέας</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Ρόλος στην ομάδα</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Μέλος από</translation>
    </message>
    <message>
        <source>Change a member&apos;s role</source>
        <translation>Αλλαγή ρόλου μέλους</translation>
    </message>
    <message>
        <source>Change the date a member joined</source>
        <translation>Αλλαγή ημερομηνίας ένταξης μέλους</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Αφαίρεση του %1 από την ομάδα</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>Αφαίρεση %n μέλους από την ομάδα</numerusform>
            <numerusform>Αφαίρεση %n μελών από την ομάδα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The member&apos;s stakeholder</source>
        <translation>Ο φορέας του μέλους</translation>
    </message>
    <message>
        <source>The group member</source>
        <translation>Το μέλος της ομάδας</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>Η ημερομηνία της συνεδρίασης</translation>
    </message>
    <message>
        <source>An attendee of the meeting</source>
        <translation>Ένας συμμετέχων στη συνεδρίαση</translation>
    </message>
</context>
<context>
    <name>ImportStakeholdersCommand</name>
    <message>
        <source>Import stakeholders and their contacts from a CSV file.</source>
        <translation>Εισαγωγή φορέων και των προσώπων επικοινωνίας τους από αρχείο CSV.</translation>
    </message>
    <message>
        <source>The city file to import into.</source>
        <translation>Το αρχείο πόλης στο οποίο γίνεται η εισαγωγή.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Το αρχείο CSV προς ανάγνωση.</translation>
    </message>
    <message>
        <source>Encoding of the CSV file: auto, utf-8 or windows-1252.</source>
        <translation>Κωδικοποίηση του αρχείου CSV: auto, utf-8 ή windows-1252.</translation>
    </message>
    <message>
        <source>Field separator: auto, comma, semicolon or tab.</source>
        <translation>Διαχωριστικό πεδίων: auto, comma (κόμμα), semicolon (ερωτηματικό) ή tab (στηλοθέτης).</translation>
    </message>
    <message>
        <source>What to do with a stakeholder already in the file: skip, update or new (added with a suffix such as “(2)”).</source>
        <translation>Τι γίνεται με έναν φορέα που υπάρχει ήδη στο αρχείο: skip (παράλειψη), update (ενημέρωση) ή new (προσθήκη με επίθημα όπως «(2)»).</translation>
    </message>
    <message>
        <source>import-stakeholders takes a city FILE and a CSV file.</source>
        <translation>Η εντολή import-stakeholders δέχεται ένα FILE πόλης και ένα αρχείο CSV.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>Η επιλογή --encoding πρέπει να είναι auto, utf-8 ή windows-1252, όχι «%1».</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
        <translation>Η επιλογή --delimiter πρέπει να είναι auto, comma, semicolon ή tab, όχι «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or new, not “%1”.</source>
        <translation>Η επιλογή --on-duplicate πρέπει να είναι skip, update ή new, όχι «%1».</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2.</source>
        <translation>Ανάγνωση ως %1, πεδία διαχωρισμένα με %2.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Εισήχθησαν: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Ενημερώθηκαν: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Παραλείφθηκαν: %1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>Πρόσωπα επικοινωνίας που προστέθηκαν: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Απορρίφθηκαν: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
    <message>
        <source>Themes created: %1</source>
        <translation>Θεματικές που δημιουργήθηκαν: %1</translation>
    </message>
    <message>
        <source>Theme values left out: %1 (an import creates at most %2 themes; map them with --map VALUE=theme:NAME)</source>
        <translation>Τιμές θεματικής που παραλείφθηκαν: %1 (μια εισαγωγή δημιουργεί το πολύ %2 θεματικές· αντιστοιχίστε τις με --map VALUE=theme:NAME)</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Στήλες που δεν εισήχθησαν: %1</translation>
    </message>
</context>
<context>
    <name>ImportTemplateCommand</name>
    <message>
        <source>Install a checklist template JSON into a city file.</source>
        <translation>Εγκατάσταση προτύπου λίστας ελέγχου JSON σε αρχείο πόλης.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Το αρχείο πόλης προς τροποποίηση.</translation>
    </message>
    <message>
        <source>The template JSON to install.</source>
        <translation>Το πρότυπο JSON προς εγκατάσταση.</translation>
    </message>
    <message>
        <source>import-template takes a FILE and an IN file.</source>
        <translation>Η εντολή import-template δέχεται ένα FILE και ένα αρχείο IN.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) installed.</source>
        <translation>Η λίστα ελέγχου «%1» (έκδοση %2) εγκαταστάθηκε.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Each value is the total so far</source>
        <translation>Κάθε τιμή είναι το σύνολο μέχρι στιγμής</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Οι τιμές αθροίζονται</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s values</source>
        <translation>Γράφημα των τιμών του δείκτη</translation>
    </message>
    <message>
        <source>No value measured yet</source>
        <translation>Δεν έχει μετρηθεί ακόμη καμία τιμή</translation>
    </message>
    <message>
        <source>Select an indicator</source>
        <translation>Επιλέξτε έναν δείκτη</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message>
        <source>Measured on</source>
        <translation>Ημερομηνία μέτρησης</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2.</source>
        <translation>Το «%1» δεν είναι αριθμός: πληκτρολογήστε έναν αριθμό όπως %2.</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Προσθήκη μετρημένης τιμής</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Επεξεργασία της τιμής της %1</translation>
    </message>
    <message>
        <source>Remove the value of %1</source>
        <translation>Διαγραφή της τιμής της %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>Διαγραφή %n τιμής</numerusform>
            <numerusform>Διαγραφή %n τιμών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Τιμή αναφοράς</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Συχνότητα</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Πηγή δεδομένων</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Οι τιμές αθροίζονται</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Νέος δείκτης</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2, or leave it empty while it is not known.</source>
        <translation>Το «%1» δεν είναι αριθμός: πληκτρολογήστε έναν αριθμό όπως %2 ή αφήστε το κενό όσο δεν είναι γνωστό.</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Προσθήκη δείκτη</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Επεξεργασία του δείκτη «%1»</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <translation>Διαγραφή του δείκτη «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>Διαγραφή %n δείκτη</numerusform>
            <numerusform>Διαγραφή %n δεικτών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>Influence and interest grid</source>
        <translation>Πλέγμα επιρροής και ενδιαφέροντος</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Προσαρμογή</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>Show or hide what the colours mean</source>
        <translation>Εμφάνιση ή απόκρυψη της σημασίας των χρωμάτων</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Εξαγωγή εικόνας…</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change its influence and interest, or move the selected ones with the arrow keys.</source>
        <translation>Σύρετε έναν φορέα σε άλλο κελί για να αλλάξετε την επιρροή και το ενδιαφέρον του ή μετακινήστε τους επιλεγμένους με τα πλήκτρα βέλους.</translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>Μετακίνηση του «%1» στο πλέγμα</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>Μετακίνηση %n φορέα στο πλέγμα</numerusform>
            <numerusform>Μετακίνηση %n φορέων στο πλέγμα</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the influence and interest grid</source>
        <translation>Εξαγωγή του πλέγματος επιρροής και ενδιαφέροντος</translation>
    </message>
    <message>
        <source>influence-interest-grid.png</source>
        <translation>πλέγμα-επιρροής-ενδιαφέροντος.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Εικόνα PNG (*.png);;Σχέδιο SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Εξαγωγή του πλέγματος</translation>
    </message>
    <message>
        <source>The influence and interest grid was written with its legend.</source>
        <translation>Το πλέγμα επιρροής και ενδιαφέροντος γράφτηκε μαζί με το υπόμνημά του.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridExport</name>
    <message>
        <source>“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending in .png or .svg.</source>
        <translation>Το «%1» δεν είναι ούτε εικόνα PNG ούτε σχέδιο SVG. Επιλέξτε όνομα αρχείου που τελειώνει σε .png ή .svg.</translation>
    </message>
    <message>
        <source>Influence and interest of the stakeholders</source>
        <translation>Επιρροή και ενδιαφέρον των φορέων</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”. Check that the folder exists, that you may write in it and that the disk is not full, then export again.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του πλέγματος στο «%1». Ελέγξτε ότι ο φάκελος υπάρχει, ότι έχετε δικαίωμα εγγραφής σε αυτόν και ότι ο δίσκος δεν είναι πλήρης και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridLayout</name>
    <message>
        <source>Keep satisfied</source>
        <translation>Διατήρηση ικανοποίησης</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Στενή διαχείριση</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Διαρκής ενημέρωση</translation>
    </message>
    <message>
        <source>Kinds of stakeholder</source>
        <translation>Είδη φορέων</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ενδιαφέρον</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Επιρροή</translation>
    </message>
    <message>
        <source>A score of %1 counts as high: the lines run between %2 and %1.</source>
        <translation>Βαθμός %1 θεωρείται υψηλός: οι γραμμές περνούν μεταξύ %2 και %1.</translation>
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
            <numerusform>%n φορέας</numerusform>
            <numerusform>%n φορείς</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGridLegend</name>
    <message>
        <source>Fold the legend away</source>
        <translation>Σύμπτυξη του υπομνήματος</translation>
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
Επιρροή: %3 · Ενδιαφέρον: %4</translation>
    </message>
    <message>
        <source>%1
Influence: %2 · Interest: %3
Zoom in, or double-click, to see them.</source>
        <translation>%1
Επιρροή: %2 · Ενδιαφέρον: %3
Μεγεθύνετε ή κάντε διπλό κλικ για να τους δείτε.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print what a city file holds, as JSON.</source>
        <translation>Εμφάνιση του περιεχομένου ενός αρχείου πόλης, σε μορφή JSON.</translation>
    </message>
    <message>
        <source>The city file to describe.</source>
        <translation>Το αρχείο πόλης προς περιγραφή.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.</source>
        <translation>Η εντολή info δέχεται ακριβώς ένα FILE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unfinished change undone</source>
        <translation>Η ημιτελής αλλαγή αναιρέθηκε</translation>
    </message>
    <message>
        <source>Save the new city file</source>
        <translation>Αποθήκευση του νέου αρχείου πόλης</translation>
    </message>
    <message>
        <source>Open a city file read-only</source>
        <translation>Άνοιγμα αρχείου πόλης μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Open a city file</source>
        <translation>Άνοιγμα αρχείου πόλης</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>file name of a copy</comment>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Save a copy of the city file</source>
        <translation>Αποθήκευση αντιγράφου του αρχείου πόλης</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>Το αντίγραφο δεν γράφτηκε</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Το αντίγραφο γράφτηκε στο %1</translation>
    </message>
    <message>
        <source>Open the copy?</source>
        <translation>Άνοιγμα του αντιγράφου;</translation>
    </message>
    <message>
        <source>The copy “%1” was written. Open it now to make changes?</source>
        <translation>Το αντίγραφο «%1» γράφτηκε. Να ανοίξει τώρα για να κάνετε αλλαγές;</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>Η αλλαγή δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Checking the city file…</source>
        <translation>Έλεγχος του αρχείου πόλης…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <comment>window title</comment>
        <translation>%1 (μόνο για ανάγνωση)</translation>
    </message>
    <message>
        <source>%1 — Passerelle</source>
        <comment>window title</comment>
        <translation>%1 — Passerelle</translation>
    </message>
    <message>
        <source>Last written at %1</source>
        <translation>Τελευταία εγγραφή στις %1</translation>
    </message>
    <message>
        <source>Last written on %1</source>
        <translation>Τελευταία εγγραφή στις %1</translation>
    </message>
    <message>
        <source>There is nothing to search in this part of the file.</source>
        <translation>Δεν υπάρχει τίποτα για αναζήτηση σε αυτό το τμήμα του αρχείου.</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Αρχεία πόλεων Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;New city file…</source>
        <translation>&amp;Νέο αρχείο πόλης…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Άνοι&amp;γμα…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Άνοιγμα μόνο για &amp;ανάγνωση…</translation>
    </message>
    <message>
        <source>Open a file without any risk of changing it, such as a partner city&apos;s file.</source>
        <translation>Άνοιγμα ενός αρχείου χωρίς κανέναν κίνδυνο τροποποίησής του, όπως το αρχείο μιας πόλης-εταίρου.</translation>
    </message>
    <message>
        <source>Open a p&amp;artner’s file…</source>
        <translation>Άνοιγμα αρχείου πόλης-&amp;εταίρου…</translation>
    </message>
    <message>
        <source>Read a file a partner city shared, in a window of its own, from a private copy: nothing in it can change.</source>
        <translation>Ανάγνωση ενός αρχείου που κοινοποίησε μια πόλη-εταίρος, σε δικό του παράθυρο, από ιδιωτικό αντίγραφο: τίποτα σε αυτό δεν μπορεί να αλλάξει.</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>Πρόσ&amp;φατα αρχεία</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Αποθήκευση αντιγράφου &amp;ως…</translation>
    </message>
    <message>
        <source>Write a copy of the file; this window stays on the original.</source>
        <translation>Εγγραφή αντιγράφου του αρχείου· αυτό το παράθυρο παραμένει στο πρωτότυπο.</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Εξαγωγή &amp;ημερολογίου…</translation>
    </message>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Εγγραφή των οροσήμων και των λήξεων των δράσεων του σχεδίου δράσης σε αρχείο iCalendar.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Εξαγωγή έκ&amp;θεσης…</translation>
    </message>
    <message>
        <source>Write a report for the council or a partner as a PDF or an editable document.</source>
        <translation>Σύνταξη έκθεσης για το δημοτικό συμβούλιο ή για έναν εταίρο, σε PDF ή σε επεξεργάσιμο έγγραφο.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with partner cities…</source>
        <translation>&amp;Σύγκριση με πόλεις-εταίρους…</translation>
    </message>
    <message>
        <source>Put partner cities&apos; scores, priorities and plans beside yours.</source>
        <translation>Τοποθέτηση των βαθμολογιών, των προτεραιοτήτων και των σχεδίων των πόλεων-εταίρων δίπλα στα δικά σας.</translation>
    </message>
    <message>
        <source>&amp;Import from a partner city…</source>
        <translation>Εισαγωγή από πόλη-εταί&amp;ρο…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Προεπισκόπηση εκτύπωσης…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Εκ&amp;τύπωση…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Δεν υπάρχουν πρόσφατα αρχεία</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Εκκαθάριση λίστας</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Αναίρεση: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Επανάληψη: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ε&amp;πικόλληση</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Αναζήτηση</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Προτι&amp;μήσεις…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Εμφάνιση &amp;πλοήγησης</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>&amp;Σχετικά με το Passerelle</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Import good practices, checklists, exchanges and stakeholders from a partner city&apos;s file.</source>
        <translation>Εισαγωγή καλών πρακτικών, λιστών ελέγχου, ανταλλαγών και φορέων από το αρχείο μιας πόλης-εταίρου.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Το αρχείο πόλης προς τροποποίηση.</translation>
    </message>
    <message>
        <source>The file a partner city shared.</source>
        <translation>Το αρχείο που κοινοποίησε μια πόλη-εταίρος.</translation>
    </message>
    <message>
        <source>What to take, separated by commas (all four when left out): %1.</source>
        <translation>Τι θα ληφθεί, χωρισμένο με κόμματα (και τα τέσσερα, αν παραλειφθεί): %1.</translation>
    </message>
    <message>
        <source>merge takes a FILE and a PARTNER file.</source>
        <translation>Η εντολή merge δέχεται ένα FILE και ένα αρχείο PARTNER.</translation>
    </message>
    <message>
        <source>--what takes a list of %1, separated by commas.</source>
        <translation>Η επιλογή --what δέχεται μια λίστα από %1, χωρισμένα με κόμματα.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Εισαγωγή από %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import from a partner city</source>
        <translation>Εισαγωγή από πόλη-εταίρο</translation>
    </message>
    <message>
        <source>The file a partner city shared with you</source>
        <translation>Το αρχείο που σας κοινοποίησε μια πόλη-εταίρος</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Επιλογή &amp;αρχείου…</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Τι θα ληφθεί</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Καλές πρακτικές</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>&amp;Λίστες ελέγχου</translation>
    </message>
    <message>
        <source>&amp;Exchanges</source>
        <translation>Ανταλλα&amp;γές</translation>
    </message>
    <message>
        <source>&amp;Stakeholders (without their contacts)</source>
        <translation>&amp;Φορείς (χωρίς τα πρόσωπα επικοινωνίας τους)</translation>
    </message>
    <message>
        <source>Choose the file a partner city shared with you.</source>
        <translation>Επιλέξτε το αρχείο που σας κοινοποίησε μια πόλη-εταίρος.</translation>
    </message>
    <message>
        <source>Changed both here and by the partner: tick a record to take the partner’s version; unticked records keep yours.</source>
        <translation>Τροποποιήθηκαν και εδώ και από τον εταίρο: επιλέξτε μια εγγραφή για να λάβετε την έκδοση του εταίρου· οι εγγραφές χωρίς σημάδι κρατούν τη δική σας.</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Εγγραφή και πεδίο</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Δική σας</translation>
    </message>
    <message>
        <source>The partner’s</source>
        <translation>Του εταίρου</translation>
    </message>
    <message>
        <source>Deleted by the partner: tick a record to remove it from your file too; unticked records stay.</source>
        <translation>Διαγράφηκαν από τον εταίρο: επιλέξτε μια εγγραφή για να τη διαγράψετε και από το δικό σας αρχείο· οι εγγραφές χωρίς σημάδι παραμένουν.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle);;All files (*)</source>
        <translation>Αρχεία πόλεων Passerelle (*.passerelle);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Από %1:</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Νέες εγγραφές: %1</translation>
    </message>
    <message>
        <source>Changed by the partner: %1</source>
        <translation>Τροποποιήθηκαν από τον εταίρο: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Αμετάβλητες: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Συγκρούσεις: %1</translation>
    </message>
    <message>
        <source>Deleted by the partner: %1</source>
        <translation>Διαγράφηκαν από τον εταίρο: %1</translation>
    </message>
    <message>
        <source>Not taken: %1 “%2”. %3</source>
        <translation>Δεν ελήφθη: %1 «%2». %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Ticked: take the partner’s version; unticked: keep yours.</source>
        <translation>Με σημάδι: λήψη της έκδοσης του εταίρου· χωρίς σημάδι: διατήρηση της δικής σας.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Ολόκληρη η εγγραφή</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>διαγράφηκε εδώ</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>τροποποιήθηκε από τον εταίρο</translation>
    </message>
    <message>
        <source>Nothing to import: your file already holds what %1 shared.</source>
        <translation>Τίποτα για εισαγωγή: το αρχείο σας περιέχει ήδη όσα κοινοποίησε η πόλη %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>Εισαγωγή από %1: %n εγγραφή προστέθηκε, τροποποιήθηκε ή διαγράφηκε.</numerusform>
            <numerusform>Εισαγωγή από %1: %n εγγραφές προστέθηκαν, τροποποιήθηκαν ή διαγράφηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Καλή πρακτική</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Ανταλλαγή</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Φορέας</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Λίστα ελέγχου</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τόπος</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Διδάγματα</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Επιρροή</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ενδιαφέρον</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Στάση</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>MergePlanner</name>
    <message>
        <source>This file is a copy of your own city’s file, not a partner’s: its records are already yours. Choose the file a partner city shared.</source>
        <translation>Αυτό το αρχείο είναι αντίγραφο του αρχείου της δικής σας πόλης, όχι ενός εταίρου: οι εγγραφές του είναι ήδη δικές σας. Επιλέξτε το αρχείο που κοινοποίησε μια πόλη-εταίρος.</translation>
    </message>
    <message>
        <source>A stakeholder of the same name is already in your file.</source>
        <translation>Ένας φορέας με το ίδιο όνομα υπάρχει ήδη στο αρχείο σας.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>The partner’s file could not be read (%1). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Το αρχείο του εταίρου δεν ήταν δυνατό να διαβαστεί (%1). Δεν εισήχθη τίποτα· ζητήστε από την πόλη-εταίρο να κοινοποιήσει ξανά το αρχείο της.</translation>
    </message>
    <message>
        <source>The partner’s file does not name its city (it should hold exactly one city). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Το αρχείο του εταίρου δεν κατονομάζει την πόλη του (θα έπρεπε να περιέχει ακριβώς μία πόλη). Δεν εισήχθη τίποτα· ζητήστε από την πόλη-εταίρο να κοινοποιήσει ξανά το αρχείο της.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Απόρριψη αυτού του μηνύματος</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Νέο ορόσημο</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Ορόσημο</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Προθεσμία:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Επιτεύχθηκε στις:</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>Ένα ορόσημο χρειάζεται τίτλο και προθεσμία.</translation>
    </message>
    <message>
        <source>Due outside its action&apos;s dates (%1 to %2): allowed, but check it.</source>
        <translation>Προθεσμία εκτός των ημερομηνιών της δράσης του (%1 έως %2): επιτρέπεται, αλλά ελέγξτε την.</translation>
    </message>
</context>
<context>
    <name>NarrativeWidget</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Ενότητες του προφίλ</translation>
    </message>
    <message>
        <source>Not written yet. %1</source>
        <translation>Δεν έχει γραφτεί τίποτα ακόμη. %1</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city file</source>
        <translation>Νέο αρχείο πόλης</translation>
    </message>
    <message>
        <source>For example: Tangier</source>
        <translation>Για παράδειγμα: Λιβαδειά</translation>
    </message>
    <message>
        <source>A city file holds everything about one city. You can change these details later in the city profile.</source>
        <translation>Ένα αρχείο πόλης περιέχει όλα όσα αφορούν μία πόλη. Μπορείτε να αλλάξετε αυτά τα στοιχεία αργότερα στο προφίλ της πόλης.</translation>
    </message>
    <message>
        <source>City &amp;name:</source>
        <translation>Όνομα &amp;πόλης:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>File &amp;language:</source>
        <translation>&amp;Γλώσσα αρχείου:</translation>
    </message>
    <message>
        <source>The language of the built-in themes and profile sections in the file.</source>
        <translation>Η γλώσσα των ενσωματωμένων θεματικών και των ενοτήτων του προφίλ στο αρχείο.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Επιλογή θέσης αποθήκευσης…</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>Not known</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>Only a number can be typed here, like %1: “%2” is not part of one.</source>
        <translation>Εδώ μπορεί να πληκτρολογηθεί μόνο αριθμός, όπως %1: το «%2» δεν αποτελεί μέρος αριθμού.</translation>
    </message>
</context>
<context>
    <name>OdtReportWriter</name>
    <message>
        <source>“%1” could not be made: the report could not be turned into an OpenDocument text. Export it as a PDF instead.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του «%1»: η έκθεση δεν μπόρεσε να μετατραπεί σε κείμενο OpenDocument. Εξαγάγετέ την καλύτερα σε PDF.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>Ημερολόγιο…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Επιλογή της ημερομηνίας από ημερολόγιο</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Για παράδειγμα %1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Write it like %3, or pick it from the calendar.</source>
        <translation>%1: το «%2» δεν είναι ημερομηνία. Γράψτε τη όπως %3 ή επιλέξτε τη από το ημερολόγιο.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Country of origin</source>
        <translation>Χώρα προέλευσης</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Μετανάστες</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Ο αριθμός των μεταναστών</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Το έτος</translation>
    </message>
    <message>
        <source>%1 must be a whole number, like %2; “%3” is not.</source>
        <translation>%1: η τιμή πρέπει να είναι ακέραιος αριθμός, όπως %2· το «%3» δεν είναι.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Νέα χώρα</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Προσθήκη προέλευσης</translation>
    </message>
    <message>
        <source>Edit the origin “%1”</source>
        <translation>Επεξεργασία της προέλευσης «%1»</translation>
    </message>
    <message>
        <source>Remove the origin “%1”</source>
        <translation>Διαγραφή της προέλευσης «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>Διαγραφή %n προέλευσης</numerusform>
            <numerusform>Διαγραφή %n προελεύσεων</numerusform>
        </translation>
    </message>
    <message>
        <source>No origin yet. Add one row per country, with the year and the source of the figure.</source>
        <translation>Καμία χώρα προέλευσης ακόμη. Προσθέστε μία γραμμή ανά χώρα, με το έτος και την πηγή του μεγέθους.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>Σύνολο των καταγεγραμμένων χωρών προέλευσης: %Ln μετανάστης.</numerusform>
            <numerusform>Σύνολο των καταγεγραμμένων χωρών προέλευσης: %Ln μετανάστες.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures date from %1 to %2: compare them with care.</source>
        <translation>Τα μεγέθη χρονολογούνται από το %1 έως το %2: συγκρίνετέ τα με προσοχή.</translation>
    </message>
</context>
<context>
    <name>OutputFileQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>Αντικατάσταση του αρχείου;</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is: nothing was written. Choose another name, or agree to replace it.</source>
        <translation>Το «%1» υπάρχει ήδη και παρέμεινε ως είχε: δεν γράφτηκε τίποτα. Επιλέξτε άλλο όνομα ή αποδεχτείτε την αντικατάστασή του.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsDialog</name>
    <message>
        <source>&amp;Open the stakeholder</source>
        <translation>Ά&amp;νοιγμα του φορέα</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Εκπρόθεσμες επανεπικοινωνίες</translation>
    </message>
    <message>
        <source>No follow-up is overdue: every promise to come back to a stakeholder is kept or not due yet.</source>
        <translation>Καμία επανεπικοινωνία δεν είναι εκπρόθεσμη: κάθε υπόσχεση να επανέλθετε σε έναν φορέα έχει τηρηθεί ή δεν έχει λήξει ακόμη.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n επανεπικοινωνία υποσχέθηκε για ημέρα που έχει ήδη περάσει και δεν έχει καταγραφεί ως πραγματοποιημένη. Κάντε διπλό κλικ σε αυτήν για να ανοίξετε τις επαφές του φορέα της και να την καταγράψετε.</numerusform>
            <numerusform>%n επανεπικοινωνίες υποσχέθηκαν για ημέρα που έχει ήδη περάσει και δεν έχουν καταγραφεί ως πραγματοποιημένες, με πρώτη την παλαιότερη. Κάντε διπλό κλικ σε μία για να ανοίξετε τις επαφές του φορέα της και να την καταγράψετε.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Προθεσμία %1, πριν από %n ημέρα</numerusform>
            <numerusform>Προθεσμία %1, πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Φορέας</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Θέμα</translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message>
        <source>Partner city</source>
        <translation>Πόλη-εταίρος</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Πρόσωπο επικοινωνίας</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Email προσώπου επικοινωνίας</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Τηλέφωνο προσώπου επικοινωνίας</translation>
    </message>
    <message>
        <source>Partner&apos;s city identifier</source>
        <translation>Αναγνωριστικό πόλης του εταίρου</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>“%1” is not a role. Choose mentor, mentee or peer.</source>
        <translation>Το «%1» δεν είναι ρόλος. Επιλέξτε πόλη-μέντορα, καθοδηγούμενη πόλη ή ομότιμη πόλη.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>Νέα πόλη-εταίρος</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Προσθήκη πόλης-εταίρου</translation>
    </message>
    <message>
        <source>Edit the partner city “%1”</source>
        <translation>Επεξεργασία της πόλης-εταίρου «%1»</translation>
    </message>
    <message>
        <source>Remove the partner city “%1”</source>
        <translation>Διαγραφή της πόλης-εταίρου «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>Διαγραφή %n πόλης-εταίρου</numerusform>
            <numerusform>Διαγραφή %n πόλεων-εταίρων</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner city yet. Add the cities your city is twinned with, with their role and a contact person.</source>
        <translation>Καμία πόλη-εταίρος ακόμη. Προσθέστε τις πόλεις με τις οποίες είναι αδελφοποιημένη η πόλη σας, με τον ρόλο τους και ένα πρόσωπο επικοινωνίας.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n πόλη-εταίρος, </numerusform>
            <numerusform>%n πόλεις-εταίροι, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n αδελφοποίηση σε εξέλιξη σήμερα.</numerusform>
            <numerusform>%n αδελφοποιήσεις σε εξέλιξη σήμερα.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Duplicate the partner city “%1”</source>
        <translation>Αντιγραφή της πόλης-εταίρου «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerCity</name>
    <message>
        <source>Mentor</source>
        <translation>Πόλη-μέντορας</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Καθοδηγούμενη πόλη</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Ομότιμη πόλη</translation>
    </message>
</context>
<context>
    <name>PartnerFile</name>
    <message>
        <source>%1 is full</source>
        <translation>Το %1 είναι πλήρες</translation>
    </message>
</context>
<context>
    <name>PartnerOpening</name>
    <message>
        <source>Open a partner city’s file</source>
        <translation>Άνοιγμα αρχείου πόλης-εταίρου</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Αρχεία πόλεων Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>%1 (partner, date unknown)</source>
        <comment>window title</comment>
        <translation>%1 (εταίρος, άγνωστη ημερομηνία)</translation>
    </message>
    <message>
        <source>%1 (partner, shared %2)</source>
        <comment>window title</comment>
        <translation>%1 (εταίρος, κοινοποιήθηκε στις %2)</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Εταίρο&amp;ι</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>Α&amp;νταλλαγές</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Καλές πρακτικές</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Προσθήκη πόλης-εταίρου</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Remove the selected partner cities</source>
        <translation>Διαγραφή των επιλεγμένων πόλεων-εταίρων</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Πόλεις-εταίροι</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>Η ημερομηνία έναρξης της συνεργασίας</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>Η ημερομηνία λήξης της συνεργασίας</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Πρόσωπ&amp;ο επικοινωνίας:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Τηλέφωνο:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;city identifier:</source>
        <translation>Αναγνωριστικό πό&amp;λης του εταίρου:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Σημειώσεις:</translation>
    </message>
    <message>
        <source>The cities yours is twinned with in a network (IncluCities, MC2CM), as mentor, mentee or peer, with the twinning&apos;s dates. The contact person is personal data: it is left out when the file is shared.</source>
        <translation>Οι πόλεις με τις οποίες είναι αδελφοποιημένη η δική σας σε ένα δίκτυο (IncluCities, MC2CM), ως πόλη-μέντορας, καθοδηγούμενη ή ομότιμη πόλη, με τις ημερομηνίες της αδελφοποίησης. Το πρόσωπο επικοινωνίας είναι προσωπικό δεδομένο: αφαιρείται όταν κοινοποιείται το αρχείο.</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Προσθήκη ανταλλαγής</translation>
    </message>
    <message>
        <source>Remove the selected exchanges</source>
        <translation>Διαγραφή των επιλεγμένων ανταλλαγών</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Ανταλλαγές</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Η ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>Η ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>Συμ&amp;μετέχοντες:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Διδάγματα:</translation>
    </message>
    <message>
        <source>Study visits, peer-learning meetings, training academies and online meetings, with what was learned. Participants&apos; names are personal data: they are left out when the file is shared.</source>
        <translation>Επισκέψεις μελέτης, συναντήσεις αμοιβαίας μάθησης, ακαδημίες κατάρτισης και διαδικτυακές συναντήσεις, μαζί με όσα διδαχθήκατε. Τα ονόματα των συμμετεχόντων είναι προσωπικά δεδομένα: αφαιρούνται όταν κοινοποιείται το αρχείο.</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Προσθήκη καλής πρακτικής</translation>
    </message>
    <message>
        <source>Remove the selected good practices</source>
        <translation>Διαγραφή των επιλεγμένων καλών πρακτικών</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Καλές πρακτικές</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Περι&amp;γραφή:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Π&amp;ηγή:</translation>
    </message>
    <message>
        <source>Words of the title, city, description, source or tags</source>
        <translation>Λέξεις του τίτλου, της πόλης, της περιγραφής, της πηγής ή των ετικετών</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ανα&amp;ζήτηση:</translation>
    </message>
    <message>
        <source>What your city does well and what you learn from partner cities. “From” says where each practice came from: this city, or the partner whose file it was taken from.</source>
        <translation>Τι κάνει καλά η πόλη σας και τι μαθαίνετε από τις πόλεις-εταίρους. Η στήλη «Προέλευση» δείχνει από πού προέρχεται κάθε πρακτική: από αυτή την πόλη ή από τον εταίρο από το αρχείο του οποίου ελήφθη.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Add a copy of the selected record</source>
        <translation>Προσθήκη αντιγράφου της επιλεγμένης εγγραφής</translation>
    </message>
    <message>
        <source>No partner city</source>
        <translation>Καμία πόλη-εταίρος</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
</context>
<context>
    <name>PersonalDataChoice</name>
    <message>
        <source>&amp;Include personal data (contact persons and private notes)</source>
        <translation>&amp;Συμπερίληψη προσωπικών δεδομένων (πρόσωπα επικοινωνίας και ιδιωτικές σημειώσεις)</translation>
    </message>
    <message>
        <source>When this is not ticked, the export leaves out contact persons, notes marked private and everything else the city file marks as personal data. Tick it only if everyone who will receive the export may see them.</source>
        <translation>Όταν δεν είναι επιλεγμένο, η εξαγωγή παραλείπει τα πρόσωπα επικοινωνίας, τις σημειώσεις που έχουν σημανθεί ως ιδιωτικές και οτιδήποτε άλλο το αρχείο πόλης σημαίνει ως προσωπικά δεδομένα. Επιλέξτε το μόνο αν όλοι όσοι θα λάβουν την εξαγωγή επιτρέπεται να τα δουν.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Επιλογή του αρχείου…</translation>
    </message>
    <message>
        <source>Personal data: left out of exports unless you choose to include it.</source>
        <translation>Προσωπικά δεδομένα: παραλείπονται από τις εξαγωγές, εκτός αν επιλέξετε να τα συμπεριλάβετε.</translation>
    </message>
</context>
<context>
    <name>PersonalDataOption</name>
    <message>
        <source>Include personal data (contact persons, private notes and anything else the city file marks as personal). Without this option it is left out.</source>
        <translation>Συμπερίληψη προσωπικών δεδομένων (πρόσωπα επικοινωνίας, ιδιωτικές σημειώσεις και οτιδήποτε άλλο το αρχείο πόλης σημαίνει ως προσωπικό). Χωρίς αυτή την επιλογή παραλείπονται.</translation>
    </message>
    <message>
        <source>Personal data (contact persons and private notes) was left out; add --%1 to include it.</source>
        <translation>Τα προσωπικά δεδομένα (πρόσωπα επικοινωνίας και ιδιωτικές σημειώσεις) παραλείφθηκαν· προσθέστε --%1 για να τα συμπεριλάβετε.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan of %1</source>
        <translation>Σχέδιο δράσης: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Προτεραιότητα: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Δράση: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Κατάσταση: %1</translation>
    </message>
    <message>
        <source>End of “%1”</source>
        <translation>Λήξη της δράσης «%1»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Σχέδιο δράσης</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Ολοκληρώθηκε στις %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the action plan&apos;s progress, lateness and budget, as JSON.</source>
        <translation>Εμφάνιση της προόδου, των καθυστερήσεων και του προϋπολογισμού του σχεδίου δράσης, σε μορφή JSON.</translation>
    </message>
    <message>
        <source>The city file whose plan to sum up.</source>
        <translation>Το αρχείο πόλης του οποίου το σχέδιο θα συνοψιστεί.</translation>
    </message>
    <message>
        <source>The day lateness is judged on (YYYY-MM-DD); today when not given.</source>
        <translation>Η ημέρα ως προς την οποία κρίνονται οι καθυστερήσεις (ΕΕΕΕ-ΜΜ-ΗΗ)· σήμερα, αν δεν δοθεί.</translation>
    </message>
    <message>
        <source>plan takes exactly one FILE.</source>
        <translation>Η εντολή plan δέχεται ακριβώς ένα FILE.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>Το «%1» δεν είναι ημερομηνία: γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ, για παράδειγμα 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWidget</name>
    <message>
        <source>Record the council’s &amp;adoption…</source>
        <translation>Καταχώριση της έγκρισης από το &amp;συμβούλιο…</translation>
    </message>
    <message>
        <source>Priorities for the inclusion of migrants</source>
        <translation>Προτεραιότητες για την ένταξη των μεταναστών</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>Εισα&amp;γωγή</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Μεθοδολογία</translation>
    </message>
    <message>
        <source>Why the city sets priorities for migrant inclusion, and what this document is.</source>
        <translation>Γιατί η πόλη θέτει προτεραιότητες για την ένταξη των μεταναστών και τι είναι αυτό το έγγραφο.</translation>
    </message>
    <message>
        <source>How the priorities were chosen: the profile, the checklists, who was consulted.</source>
        <translation>Πώς επιλέχθηκαν οι προτεραιότητες: το προφίλ, οι λίστες ελέγχου, ποιοι ρωτήθηκαν.</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Επεξεργασία της εισαγωγής</translation>
    </message>
    <message>
        <source>Edit the method</source>
        <translation>Επεξεργασία της μεθοδολογίας</translation>
    </message>
    <message>
        <source>Adopted by the council on %1.</source>
        <translation>Εγκρίθηκε από το δημοτικό συμβούλιο στις %1.</translation>
    </message>
    <message>
        <source>Not adopted by the council yet.</source>
        <translation>Δεν έχει ακόμη εγκριθεί από το δημοτικό συμβούλιο.</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Επεξεργασία του τίτλου</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; από %n δράση ολοκληρωμένη</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; από %n δράσεις ολοκληρωμένες</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in progress</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; σε εξέλιξη</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n σε καθυστέρηση&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n σε καθυστέρηση&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none late</source>
        <translation>καμία σε καθυστέρηση</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; spent of %2 planned (%3 committed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; δαπανήθηκαν από %2 προγραμματισμένα (%3 δεσμευμένα)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 από %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>%n δράση λήγει αργότερα από ό,τι ενέκρινε το δημοτικό συμβούλιο, κατά έως %1 ημέρες.</numerusform>
            <numerusform>%n δράσεις λήγουν αργότερα από ό,τι ενέκρινε το δημοτικό συμβούλιο, κατά έως %1 ημέρες.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action ends as the council adopted.</source>
        <translation>Όλες οι δράσεις λήγουν όπως ενέκρινε το δημοτικό συμβούλιο.</translation>
    </message>
</context>
<context>
    <name>PlanIndicatorFigure</name>
    <message>
        <source>Indicators against their targets</source>
        <translation>Οι δείκτες σε σχέση με τους στόχους τους</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Δράση</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Τιμή αναφοράς</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Επίτευξη</translation>
    </message>
    <message>
        <source>Now %1, target %2</source>
        <translation>Τώρα %1, στόχος %2</translation>
    </message>
    <message>
        <source>Now %1, no target</source>
        <translation>Τώρα %1, χωρίς στόχο</translation>
    </message>
    <message>
        <source>No indicator has been defined.</source>
        <translation>Δεν έχει οριστεί κανένας δείκτης.</translation>
    </message>
    <message>
        <source>Now: the latest value, or the sum of the values for indicators counted per period. Reached: the share of the way from the baseline to the target.</source>
        <translation>Τώρα: η πιο πρόσφατη τιμή ή το άθροισμα των τιμών για τους δείκτες που μετρώνται ανά περίοδο. Επίτευξη: το ποσοστό της απόστασης από την τιμή αναφοράς έως τον στόχο που έχει καλυφθεί.</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>Μικρά γραφήματα</translation>
    </message>
    <message>
        <source>The measured values of each indicator over time, its target dashed.</source>
        <translation>Οι μετρημένες τιμές κάθε δείκτη στον χρόνο, με τον στόχο του σε διακεκομμένη γραμμή.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The priority&apos;s title</source>
        <translation>Ο τίτλος της προτεραιότητας</translation>
    </message>
    <message>
        <source>The priority&apos;s theme</source>
        <translation>Η θεματική της προτεραιότητας</translation>
    </message>
    <message>
        <source>The rank</source>
        <translation>Η σειρά κατάταξης</translation>
    </message>
    <message>
        <source>The date of validation by the stakeholder group</source>
        <translation>Η ημερομηνία επικύρωσης από την ομάδα φορέων</translation>
    </message>
    <message>
        <source>The date of adoption by the council</source>
        <translation>Η ημερομηνία έγκρισης από το δημοτικό συμβούλιο</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>Η προτεραιότητα</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>Το κριτήριο της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The profile figure</source>
        <translation>Το μέγεθος του προφίλ</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>Η ημερομηνία της διαβούλευσης</translation>
    </message>
    <message>
        <source>A stakeholder consulted</source>
        <translation>Ένας φορέας που ρωτήθηκε</translation>
    </message>
    <message>
        <source>The stakeholder-group meeting</source>
        <translation>Η συνεδρίαση της ομάδας φορέων</translation>
    </message>
    <message>
        <source>Evidence must point to exactly one checklist item or one profile figure. Choose one of the two and clear the other.</source>
        <translation>Ένα τεκμήριο πρέπει να παραπέμπει σε ακριβώς ένα κριτήριο λίστας ελέγχου ή σε ένα μέγεθος του προφίλ. Επιλέξτε ένα από τα δύο και καθαρίστε το άλλο.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineFigure</name>
    <message>
        <source>Action (colour: status; red: late)</source>
        <translation>Δράση (χρώμα: κατάσταση· κόκκινο: σε καθυστέρηση)</translation>
    </message>
    <message>
        <source>Dates adopted</source>
        <translation>Εγκεκριμένες ημερομηνίες</translation>
    </message>
    <message>
        <source>Milestone (filled: done)</source>
        <translation>Ορόσημο (γεμάτο: επιτεύχθηκε)</translation>
    </message>
    <message>
        <source>Timeline, %1 to %2: rows %3 to %4 of %5.</source>
        <translation>Χρονοδιάγραμμα, %1 έως %2: γραμμές %3 έως %4 από %5.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n σε καθυστέρηση</numerusform>
            <numerusform>%n σε καθυστέρηση</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Priority, action, milestone</source>
        <translation>Προτεραιότητα, δράση, ορόσημο</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End or due</source>
        <translation>Λήξη ή προθεσμία</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Δαπάνη επί προγραμματισμένων</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Σε καθυστέρηση</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Επιτεύχθηκε στις %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Προς υλοποίηση</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (%n ημέρα αργότερα από ό,τι εγκρίθηκε)</numerusform>
            <numerusform>%1 (%n ημέρες αργότερα από ό,τι εγκρίθηκε)</numerusform>
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
        <translation>Αυτή η πόλη</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Άλλη πόλη</translation>
    </message>
    <message>
        <source>Where this practice came from: this city&apos;s own file, or the partner city&apos;s file it was taken from.</source>
        <translation>Από πού προέρχεται αυτή η πρακτική: από το αρχείο αυτής της πόλης ή από το αρχείο της πόλης-εταίρου από το οποίο ελήφθη.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Καλή πρακτική</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Πόλη-εταίρος</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Η θεματική</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>Η πόλη-εταίρος</translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Νέα καλή πρακτική</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Προσθήκη καλής πρακτικής</translation>
    </message>
    <message>
        <source>Edit the good practice “%1”</source>
        <translation>Επεξεργασία της καλής πρακτικής «%1»</translation>
    </message>
    <message>
        <source>Remove the good practice “%1”</source>
        <translation>Διαγραφή της καλής πρακτικής «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>Διαγραφή %n καλής πρακτικής</numerusform>
            <numerusform>Διαγραφή %n καλών πρακτικών</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice matches “%1”.</source>
        <translation>Καμία καλή πρακτική δεν αντιστοιχεί στο «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n καλή πρακτική αντιστοιχεί στην αναζήτηση, </numerusform>
            <numerusform>%n καλές πρακτικές αντιστοιχούν στην αναζήτηση, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n από πόλεις-εταίρους.</numerusform>
            <numerusform>%n από πόλεις-εταίρους.</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice yet. Add what your city does well, and what you learn from partner cities.</source>
        <translation>Καμία καλή πρακτική ακόμη. Προσθέστε ό,τι κάνει καλά η πόλη σας και ό,τι μαθαίνετε από τις πόλεις-εταίρους.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n καλή πρακτική, </numerusform>
            <numerusform>%n καλές πρακτικές, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Duplicate the good practice “%1”</source>
        <translation>Αντιγραφή της καλής πρακτικής «%1»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Passerelle.</source>
        <translation>Η νέα γλώσσα θα χρησιμοποιηθεί την επόμενη φορά που θα ξεκινήσετε το Passerelle.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Γλώσσα περιβάλλοντος:</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>Μετακίνηση της προτεραιότητας «%1»</translation>
    </message>
    <message>
        <source>Reorder the priorities</source>
        <translation>Αναδιάταξη των προτεραιοτήτων</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Σειρά</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>Record the council’s adoption…</source>
        <translation>Καταχώριση της έγκρισης από το συμβούλιο…</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>Προτεραιότ&amp;ητες</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Έγγρα&amp;φο</translation>
    </message>
    <message>
        <source>Ne&amp;w priority</source>
        <translation>&amp;Νέα προτεραιότητα</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Διαγραφή…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Μετακίνηση πάν&amp;ω</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Μετακίνηση &amp;κάτω</translation>
    </message>
    <message>
        <source>The most important first. Drag a priority, or use Move up and Move down, to change its rank.</source>
        <translation>Η σημαντικότερη πρώτη. Σύρετε μια προτεραιότητα ή χρησιμοποιήστε τα κουμπιά Μετακίνηση πάνω και Μετακίνηση κάτω για να αλλάξετε τη σειρά της.</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Προτε&amp;ραιότητα</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translation>Τεκμήρ&amp;ια</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>Διαβου&amp;λεύσεις</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Νέα προτεραιότητα</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Προσθήκη προτεραιότητας</translation>
    </message>
    <message>
        <source>Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit &gt; Undo brings them back.</source>
        <translation>Διαγραφή της προτεραιότητας «%1» μαζί με ό,τι εξαρτάται από αυτήν: %2, %3 και %4; Η εντολή Επεξεργασία &gt; Αναίρεση τα επαναφέρει.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n δράση</numerusform>
            <numerusform>%n δράσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n τεκμήριο</numerusform>
            <numerusform>%n τεκμήρια</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n διαβούλευση</numerusform>
            <numerusform>%n διαβουλεύσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Διαγραφή της προτεραιότητας</translation>
    </message>
    <message>
        <source>Remove the priority “%1”</source>
        <translation>Διαγραφή της προτεραιότητας «%1»</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Προτεραιότητες</translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message>
        <source>Adopted by the council on %1</source>
        <translation>Εγκρίθηκε από το δημοτικό συμβούλιο στις %1</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group on %1</source>
        <translation>Επικυρώθηκε από την ομάδα φορέων στις %1</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Μεθοδολογία</translation>
    </message>
    <message>
        <source>The stakeholder group</source>
        <translation>Η ομάδα φορέων</translation>
    </message>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>Οι προτεραιότητες καταρτίστηκαν με την ομάδα φορέων της πόλης, που αποτελείται από %n μέλος, το οποίο αναφέρεται στο Παράρτημα Α.</numerusform>
            <numerusform>Οι προτεραιότητες καταρτίστηκαν με την ομάδα φορέων της πόλης, που αποτελείται από %n μέλη, τα οποία αναφέρονται στο Παράρτημα Α.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>Η ομάδα συνεδρίασε %n φορά.</numerusform>
            <numerusform>Η ομάδα συνεδρίασε %n φορές.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τόπος</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ημερήσια διάταξη</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Παρόντες</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>Η ομάδα δεν έχει συνεδριάσει ακόμη.</translation>
    </message>
    <message>
        <source>The meetings of the stakeholder group.</source>
        <translation>Οι συνεδριάσεις της ομάδας φορέων.</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Ποιοι ρωτήθηκαν</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Φορείς που ρωτήθηκαν</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Τι ειπώθηκε</translation>
    </message>
    <message>
        <source>No consultation has been recorded.</source>
        <translation>Δεν έχει καταγραφεί καμία διαβούλευση.</translation>
    </message>
    <message>
        <source>3. The priorities</source>
        <translation>3. Οι προτεραιότητες</translation>
    </message>
    <message>
        <source>No priority has been written yet.</source>
        <translation>Δεν έχει γραφτεί ακόμη καμία προτεραιότητα.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήρια</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Αναμενόμενο αποτέλεσμα</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Δράσεις</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Δράση</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Προϋπολογισμός</translation>
    </message>
    <message>
        <source>No action has been planned for this priority yet.</source>
        <translation>Δεν έχει προγραμματιστεί ακόμη καμία δράση για αυτή την προτεραιότητα.</translation>
    </message>
    <message>
        <source>Local integration priorities</source>
        <translation>Τοπικές προτεραιότητες ένταξης</translation>
    </message>
    <message>
        <source>The priorities for the inclusion of newcomers in %1 and the actions that carry them out</source>
        <translation>Οι προτεραιότητες για την ένταξη των νεοεισερχομένων στην πόλη %1 και οι δράσεις που τις υλοποιούν</translation>
    </message>
    <message>
        <source>Priorities and action plan</source>
        <translation>Προτεραιότητες και σχέδιο δράσης</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Έκδοση της %1</translation>
    </message>
    <message>
        <source>Draft for consultation</source>
        <translation>Σχέδιο προς διαβούλευση</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Περιεχόμενα</translation>
    </message>
    <message>
        <source>1. Context</source>
        <translation>1. Πλαίσιο</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Το μεταναστευτικό προφίλ</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Παραρτήματα</translation>
    </message>
    <message>
        <source>A. The stakeholder group&apos;s members</source>
        <translation>Α. Τα μέλη της ομάδας φορέων</translation>
    </message>
    <message>
        <source>B. Access to services: scores by area</source>
        <translation>Β. Πρόσβαση στις υπηρεσίες: βαθμολογίες ανά τομέα</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Draft</source>
        <translation>Προσχέδιο</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group</source>
        <translation>Επικυρωμένη από την ομάδα φορέων</translation>
    </message>
    <message>
        <source>Adopted by the council</source>
        <translation>Εγκεκριμένη από το δημοτικό συμβούλιο</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Why this matters for the city: the gaps and figures it rests on.</source>
        <translation>Γιατί έχει σημασία για την πόλη: τα κενά και τα μεγέθη στα οποία στηρίζεται.</translation>
    </message>
    <message>
        <source>What will have changed for migrants when it is done.</source>
        <translation>Τι θα έχει αλλάξει για τους μετανάστες όταν υλοποιηθεί.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Θεματική:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>Αιτιολό&amp;γηση:</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>Ανα&amp;μενόμενο αποτέλεσμα:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Validated by the group &amp;on:</source>
        <translation>Επικυρώθηκε από την ομάδα &amp;στις:</translation>
    </message>
    <message>
        <source>&amp;Adopted by the council on:</source>
        <translation>Εγκρίθηκε από τ&amp;ο συμβούλιο στις:</translation>
    </message>
    <message>
        <source>The date of validation</source>
        <translation>Η ημερομηνία επικύρωσης</translation>
    </message>
    <message>
        <source>The date of adoption</source>
        <translation>Η ημερομηνία έγκρισης</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Χωρίς θεματική</translation>
    </message>
    <message>
        <source>Edit the priority “%1”</source>
        <translation>Επεξεργασία της προτεραιότητας «%1»</translation>
    </message>
</context>
<context>
    <name>PriorityFromGapCommand</name>
    <message>
        <source>Make a priority from a gap</source>
        <translation>Δημιουργία προτεραιότητας από κενό</translation>
    </message>
    <message>
        <source>The service-access checklist (round “%3”) found a gap: “%1” is answered “%2”.</source>
        <translation>Η λίστα ελέγχου πρόσβασης στις υπηρεσίες (γύρος «%3») εντόπισε ένα κενό: το κριτήριο «%1» έχει απάντηση «%2».</translation>
    </message>
    <message>
        <source>Answered “%1” in round “%2”.</source>
        <translation>Απάντηση «%1» στον γύρο «%2».</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>City and &amp;key figures</source>
        <translation>Πόλη &amp;και βασικά μεγέθη</translation>
    </message>
    <message>
        <source>&amp;Origins of migrants</source>
        <translation>Προέλευση &amp;μεταναστών</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Συνοικίες</translation>
    </message>
    <message>
        <source>N&amp;arrative</source>
        <translation>Αφήγ&amp;ηση</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Η πόλη</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Βασικά μεγέθη</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Προσθήκη μεγέθους</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Remove the selected figures</source>
        <translation>Διαγραφή των επιλεγμένων μεγεθών</translation>
    </message>
    <message>
        <source>The few numbers that tell the city&apos;s migration story, each with its year and source so that a reader can check it.</source>
        <translation>Οι λίγοι αριθμοί που αφηγούνται τη μεταναστευτική ιστορία της πόλης, ο καθένας με το έτος και την πηγή του, ώστε ο αναγνώστης να μπορεί να τον ελέγξει.</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Προσθήκη χώρας προέλευσης</translation>
    </message>
    <message>
        <source>Remove the selected origins</source>
        <translation>Διαγραφή των επιλεγμένων χωρών προέλευσης</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Προέλευση μεταναστών</translation>
    </message>
    <message>
        <source>Migrants living in the city by country of origin. Give each figure its year and its source (census, register, survey).</source>
        <translation>Οι μετανάστες που ζουν στην πόλη, ανά χώρα προέλευσης. Δώστε για κάθε μέγεθος το έτος και την πηγή του (απογραφή, μητρώο, έρευνα).</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Προσθήκη συνοικίας</translation>
    </message>
    <message>
        <source>Remove the selected districts</source>
        <translation>Διαγραφή των επιλεγμένων συνοικιών</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Συνοικίες</translation>
    </message>
    <message>
        <source>Where migrants live in the city. Leave a figure empty when it is not known; the share is worked out from the two populations.</source>
        <translation>Πού ζουν οι μετανάστες στην πόλη. Αφήστε ένα μέγεθος κενό αν δεν είναι γνωστό· το ποσοστό υπολογίζεται από τους δύο πληθυσμούς.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Προφίλ της πόλης</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Sources: </source>
        <translation>Πηγές: </translation>
    </message>
    <message>
        <source>inhabitants (%1)</source>
        <translation>κάτοικοι (%1)</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>κάτοικοι</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Population of the city</source>
        <translation>Πληθυσμός της πόλης</translation>
    </message>
    <message>
        <source>No key figure of the profile is recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη κανένα βασικό μέγεθος του προφίλ.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 και %2</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Χώρα προέλευσης</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Μετανάστες</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>All origins listed</source>
        <translation>Όλες οι καταγεγραμμένες χώρες προέλευσης</translation>
    </message>
    <message>
        <source>Share: of the migrants of all the origins listed.</source>
        <translation>Ποσοστό: επί των μεταναστών από όλες τις καταγεγραμμένες χώρες προέλευσης.</translation>
    </message>
    <message>
        <source>No country of origin is recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία χώρα προέλευσης.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Συνοικία</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Πληθυσμός</translation>
    </message>
    <message>
        <source>Share: migrants in the district’s population.</source>
        <translation>Ποσοστό: μετανάστες στον πληθυσμό της συνοικίας.</translation>
    </message>
    <message>
        <source>No district is recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία συνοικία.</translation>
    </message>
    <message>
        <source>The migration profile has no key figure yet: the city’s population and the figures on its migrants will appear here with their sources.</source>
        <translation>Το μεταναστευτικό προφίλ δεν έχει ακόμη βασικά μεγέθη: ο πληθυσμός της πόλης και τα μεγέθη για τους μετανάστες της θα εμφανιστούν εδώ με τις πηγές τους.</translation>
    </message>
    <message>
        <source>The key figures of the migration profile and their sources.</source>
        <translation>Τα βασικά μεγέθη του μεταναστευτικού προφίλ και οι πηγές τους.</translation>
    </message>
    <message>
        <source>The largest groups by country of origin: %1.</source>
        <translation>Οι μεγαλύτερες ομάδες ανά χώρα προέλευσης: %1.</translation>
    </message>
    <message>
        <source>City migration profile</source>
        <translation>Μεταναστευτικό προφίλ της πόλης</translation>
    </message>
    <message>
        <source>Who the city’s migrants are, where they live, and what the city knows of their situation, with the sources of every figure</source>
        <translation>Ποιοι είναι οι μετανάστες της πόλης, πού ζουν και τι γνωρίζει η πόλη για την κατάστασή τους, με την πηγή κάθε μεγέθους</translation>
    </message>
    <message>
        <source>The knowledge on which the city’s priorities rest</source>
        <translation>Η γνώση στην οποία στηρίζονται οι προτεραιότητες της πόλης</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 κάτοικοι</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Βασικά μεγέθη</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Προέλευση μεταναστών</translation>
    </message>
    <message>
        <source>Where migrants live</source>
        <translation>Πού ζουν οι μετανάστες</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Το μεταναστευτικό προφίλ</translation>
    </message>
    <message>
        <source>The sections of the profile are not written yet.</source>
        <translation>Οι ενότητες του προφίλ δεν έχουν γραφτεί ακόμη.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The city&apos;s name</source>
        <translation>Το όνομα της πόλης</translation>
    </message>
    <message>
        <source>The population year</source>
        <translation>Το έτος του πληθυσμού</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>Ο πληθυσμός</translation>
    </message>
    <message>
        <source>The country of origin</source>
        <translation>Η χώρα προέλευσης</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Ο αριθμός των μεταναστών</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>Το έτος</translation>
    </message>
    <message>
        <source>The district&apos;s name</source>
        <translation>Το όνομα της συνοικίας</translation>
    </message>
    <message>
        <source>The migrant population</source>
        <translation>Ο μεταναστευτικός πληθυσμός</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>Η ονομασία του μεγέθους</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Overview</source>
        <translation>Επισκόπηση</translation>
    </message>
    <message>
        <source>Legal framework for migration</source>
        <translation>Νομικό πλαίσιο για τη μετανάστευση</translation>
    </message>
    <message>
        <source>Local expertise</source>
        <translation>Τοπική τεχνογνωσία</translation>
    </message>
    <message>
        <source>Migrants&apos; skills</source>
        <translation>Δεξιότητες των μεταναστών</translation>
    </message>
    <message>
        <source>Relations with the administration</source>
        <translation>Σχέσεις με τη διοίκηση</translation>
    </message>
    <message>
        <source>Relations with society</source>
        <translation>Σχέσεις με την κοινωνία</translation>
    </message>
    <message>
        <source>The city&apos;s migration story in a few paragraphs: who arrives, who stays, what has changed recently.</source>
        <translation>Η μεταναστευτική ιστορία της πόλης σε λίγες παραγράφους: ποιοι φτάνουν, ποιοι μένουν, τι έχει αλλάξει πρόσφατα.</translation>
    </message>
    <message>
        <source>National and regional laws and the city&apos;s own powers over reception, residence, work and access to services.</source>
        <translation>Η εθνική και περιφερειακή νομοθεσία και οι αρμοδιότητες της ίδιας της πόλης για την υποδοχή, τη διαμονή, την εργασία και την πρόσβαση στις υπηρεσίες.</translation>
    </message>
    <message>
        <source>Who in the city knows the subject: researchers, services, associations, earlier studies.</source>
        <translation>Ποιος γνωρίζει το θέμα στην πόλη: ερευνητές, υπηρεσίες, σύλλογοι, προηγούμενες μελέτες.</translation>
    </message>
    <message>
        <source>Qualifications, trades and languages migrants bring, and how far they are recognised and used.</source>
        <translation>Τα προσόντα, τα επαγγέλματα και οι γλώσσες που φέρνουν οι μετανάστες και σε ποιο βαθμό αναγνωρίζονται και αξιοποιούνται.</translation>
    </message>
    <message>
        <source>How migrants deal with the city&apos;s services: access, language, trust, obstacles.</source>
        <translation>Πώς συναλλάσσονται οι μετανάστες με τις υπηρεσίες της πόλης: πρόσβαση, γλώσσα, εμπιστοσύνη, εμπόδια.</translation>
    </message>
    <message>
        <source>Relations with residents, neighbourhoods, employers and media: cohesion and tensions.</source>
        <translation>Σχέσεις με τους κατοίκους, τις γειτονιές, τους εργοδότες και τα μέσα ενημέρωσης: συνοχή και εντάσεις.</translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message>
        <source>Who wrote it: personal data, left out of shared copies.</source>
        <translation>Ποιος το έγραψε: προσωπικό δεδομένο, παραλείπεται από τα κοινοποιούμενα αντίγραφα.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Νέα σημείωση προόδου</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>Προσθήκη σημείωσης προόδου</translation>
    </message>
    <message>
        <source>Edit the progress note of %1</source>
        <translation>Επεξεργασία της σημείωσης προόδου της %1</translation>
    </message>
    <message>
        <source>Remove the progress note of %1</source>
        <translation>Διαγραφή της σημείωσης προόδου της %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>Διαγραφή %n σημείωσης προόδου</numerusform>
            <numerusform>Διαγραφή %n σημειώσεων προόδου</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Αποθήκευση αντιγράφου ως…</translation>
    </message>
    <message>
        <source>This file was opened read-only, as you asked.</source>
        <translation>Αυτό το αρχείο ανοίχτηκε μόνο για ανάγνωση, όπως ζητήσατε.</translation>
    </message>
    <message>
        <source>This file is read-only: you do not have permission to change it.</source>
        <translation>Αυτό το αρχείο είναι μόνο για ανάγνωση: δεν έχετε δικαίωμα να το τροποποιήσετε.</translation>
    </message>
    <message>
        <source>This file is in a read-only folder (a shared drive, a CD, a protected folder), so Passerelle cannot safely store changes there.</source>
        <translation>Αυτό το αρχείο βρίσκεται σε φάκελο μόνο για ανάγνωση (κοινόχρηστη μονάδα δίσκου, CD, προστατευμένος φάκελος), επομένως το Passerelle δεν μπορεί να αποθηκεύσει με ασφάλεια αλλαγές εκεί.</translation>
    </message>
    <message>
        <source>You can read everything but change nothing. To edit, use “Save a copy as…” and work on the copy.</source>
        <translation>Μπορείτε να διαβάσετε τα πάντα, αλλά όχι να αλλάξετε τίποτα. Για να κάνετε αλλαγές, χρησιμοποιήστε την «Αποθήκευση αντιγράφου ως…» και εργαστείτε στο αντίγραφο.</translation>
    </message>
    <message>
        <source>This is the file of the partner city %1 (the date it was shared is unknown).</source>
        <translation>Αυτό είναι το αρχείο της πόλης-εταίρου %1 (η ημερομηνία κοινοποίησής του είναι άγνωστη).</translation>
    </message>
    <message>
        <source>This is the file the partner city %1 shared on %2.</source>
        <translation>Αυτό είναι το αρχείο που κοινοποίησε η πόλη-εταίρος %1 στις %2.</translation>
    </message>
    <message>
        <source>It is open read-only, from a private copy: you can read every part but change nothing, and your own city file is not affected.</source>
        <translation>Είναι ανοιχτό μόνο για ανάγνωση, από ιδιωτικό αντίγραφο: μπορείτε να διαβάσετε κάθε τμήμα του αλλά όχι να αλλάξετε τίποτα, και το δικό σας αρχείο πόλης δεν επηρεάζεται.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The change could not be stored: the city file or its folder has become read-only (or the disk was removed). Nothing was changed; make the file writable again, or use File &gt; Save a copy as… to keep working on a copy.</source>
        <translation>Η αλλαγή δεν ήταν δυνατό να αποθηκευτεί: το αρχείο πόλης ή ο φάκελός του έγινε μόνο για ανάγνωση (ή ο δίσκος αφαιρέθηκε). Δεν άλλαξε τίποτα· κάντε ξανά το αρχείο εγγράψιμο ή χρησιμοποιήστε Αρχείο &gt; Αποθήκευση αντιγράφου ως… για να συνεχίσετε σε ένα αντίγραφο.</translation>
    </message>
    <message>
        <source>The change could not be stored: the disk is full. Nothing was changed; free some space on the disk, then try again.</source>
        <translation>Η αλλαγή δεν ήταν δυνατό να αποθηκευτεί: ο δίσκος είναι πλήρης. Δεν άλλαξε τίποτα· ελευθερώστε χώρο στον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The change could not be stored: another program is using the city file. Nothing was changed; close the other program, then try again.</source>
        <translation>Η αλλαγή δεν ήταν δυνατό να αποθηκευτεί: ένα άλλο πρόγραμμα χρησιμοποιεί το αρχείο πόλης. Δεν άλλαξε τίποτα· κλείστε το άλλο πρόγραμμα και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The change could not be stored in the city file (%1). Nothing was changed; check that the file is still reachable (a removed disk, a lost network folder), then try again.</source>
        <translation>Η αλλαγή δεν ήταν δυνατό να αποθηκευτεί στο αρχείο πόλης (%1). Δεν άλλαξε τίποτα· ελέγξτε ότι το αρχείο είναι ακόμη προσβάσιμο (αφαιρεμένος δίσκος, χαμένος φάκελος δικτύου) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Passerelle is still checking the city file, which takes a few seconds for a large file. Your change was not made; make it again in a moment.</source>
        <translation>Το Passerelle ελέγχει ακόμη το αρχείο πόλης, κάτι που διαρκεί λίγα δευτερόλεπτα για ένα μεγάλο αρχείο. Η αλλαγή σας δεν έγινε· επαναλάβετέ την σε λίγο.</translation>
    </message>
    <message>
        <source>The record no longer exists in the city file; it may have been deleted. Refresh the view and try again.</source>
        <translation>Η εγγραφή δεν υπάρχει πλέον στο αρχείο πόλης· ίσως διαγράφηκε. Ανανεώστε την προβολή και δοκιμάστε ξανά.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The last change to this file had not been finished when Passerelle or the computer stopped. That unfinished change was undone, as if it had never been started; everything stored before it is in the file. Check the last thing you were doing and do it again if it is missing.</source>
        <translation>Η τελευταία αλλαγή σε αυτό το αρχείο δεν είχε ολοκληρωθεί όταν σταμάτησε το Passerelle ή ο υπολογιστής. Αυτή η ημιτελής αλλαγή αναιρέθηκε, σαν να μην είχε ξεκινήσει ποτέ· ό,τι είχε αποθηκευτεί πριν από αυτήν βρίσκεται στο αρχείο. Ελέγξτε το τελευταίο πράγμα που κάνατε και επαναλάβετέ το αν λείπει.</translation>
    </message>
    <message>
        <source>Another program had left changes to this file in a separate file beside it (ending in “-wal”). They are now part of the city file.</source>
        <translation>Ένα άλλο πρόγραμμα είχε αφήσει αλλαγές σε αυτό το αρχείο σε ξεχωριστό αρχείο δίπλα του (με κατάληξη «-wal»). Αποτελούν πλέον μέρος του αρχείου πόλης.</translation>
    </message>
</context>
<context>
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>Μετακίνηση %n φορέα στο δίκτυο</numerusform>
            <numerusform>Μετακίνηση %n φορέων στο δίκτυο</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a stakeholder to move it, drag the background to pan, Ctrl+wheel to zoom, double-click to open.</source>
        <translation>Σύρετε έναν φορέα για να τον μετακινήσετε, σύρετε το φόντο για να μετακινήσετε την προβολή, Ctrl+ροδέλα για εστίαση, διπλό κλικ για άνοιγμα.</translation>
    </message>
    <message>
        <source>%L1 stakeholders are shown: too many to draw a readable network (at most %L2). Narrow them with the network&apos;s kind and theme, or with the table&apos;s filters (level, group or text), to see the relations between them.</source>
        <translation>Εμφανίζονται %L1 φορείς: υπερβολικά πολλοί για να σχεδιαστεί ευανάγνωστο δίκτυο (το πολύ %L2). Περιορίστε τους με το είδος και τη θεματική του δικτύου ή με τα φίλτρα του πίνακα (επίπεδο, ομάδα ή κείμενο) για να δείτε τις σχέσεις μεταξύ τους.</translation>
    </message>
    <message>
        <source>Placing the stakeholders on the network…</source>
        <translation>Τοποθέτηση των φορέων στο δίκτυο…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n φορέας</numerusform>
            <numerusform>%n φορείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n σχέση</numerusform>
            <numerusform>%n σχέσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the network automatically</source>
        <translation>Αυτόματη διάταξη του δικτύου</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>Εξαγωγή του δικτύου ως PNG</translation>
    </message>
    <message>
        <source>Export the network as SVG</source>
        <translation>Εξαγωγή του δικτύου ως SVG</translation>
    </message>
    <message>
        <source>relations-network</source>
        <translation>δίκτυο-σχέσεων</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Εικόνες PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Σχέδια SVG (*.svg)</translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Σχέσεις μεταξύ φορέων</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Εξαγωγή του δικτύου</translation>
    </message>
    <message>
        <source>The network of relations was written, as shown.</source>
        <translation>Το δίκτυο σχέσεων γράφτηκε, όπως εμφανίζεται.</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>%n χωρίς θέση: η «Αυτόματη διάταξη» τον τοποθετεί</numerusform>
            <numerusform>%n χωρίς θέση: η «Αυτόματη διάταξη» τους τοποθετεί</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkEdge</name>
    <message>
        <source>%1 — %2 (strength %3 of %4) — %5</source>
        <translation>%1 — %2 (ένταση %3 από %4) — %5</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkExport</name>
    <message>
        <source>The network is too big to be saved as an image. Narrow it with the filters, or export it as SVG.</source>
        <translation>Το δίκτυο είναι πολύ μεγάλο για να αποθηκευτεί ως εικόνα. Περιορίστε το με τα φίλτρα ή εξαγάγετέ το ως SVG.</translation>
    </message>
    <message>
        <source>Relations between the stakeholders, made with Passerelle</source>
        <translation>Σχέσεις μεταξύ των φορέων, δημιουργήθηκε με το Passerelle</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and that you may write in it, or choose another place.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του «%1». Ελέγξτε ότι ο φάκελος υπάρχει και ότι μπορείτε να γράψετε σε αυτόν ή επιλέξτε άλλη θέση.</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkLegend</name>
    <message>
        <source>Stakeholders</source>
        <translation>Φορείς</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Σχέσεις</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message>
        <source>Stop placing</source>
        <translation>Διακοπή τοποθέτησης</translation>
    </message>
    <message>
        <source>Stop waiting: the stakeholders not placed yet stay off the network until you arrange it or narrow the list.</source>
        <translation>Τέλος αναμονής: οι φορείς που δεν έχουν τοποθετηθεί ακόμη μένουν εκτός δικτύου μέχρι να το διατάξετε ή να περιορίσετε τη λίστα.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>Τοποθέτηση %Ln φορέα στο δίκτυο…</numerusform>
            <numerusform>Τοποθέτηση %Ln φορέων στο δίκτυο…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n δευτερόλεπτο μέχρι τώρα</numerusform>
            <numerusform>%n δευτερόλεπτα μέχρι τώρα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkToolBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>Εί&amp;δος:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Θεματική:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Μεγέθυνση (Ctrl+ροδέλα)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Σμίκρυνση (Ctrl+ροδέλα)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Προσαρμογή</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Εμφάνιση ολόκληρου του δικτύου</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Αυτόματη διάταξη</translation>
    </message>
    <message>
        <source>Place every stakeholder shown afresh (can be undone)</source>
        <translation>Νέα τοποθέτηση όλων των φορέων που εμφανίζονται (μπορεί να αναιρεθεί)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Εξαγωγή PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Εξαγωγή SVG…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>Show or hide the legend, which floats over the network</source>
        <translation>Εμφάνιση ή απόκρυψη του υπομνήματος, που επιπλέει πάνω από το δίκτυο</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Όλα τα είδη</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Όλες οι θεματικές</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Με:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Είδ&amp;ος:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>Έ&amp;νταση:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Σ&amp;ημειώσεις:</translation>
    </message>
    <message>
        <source>Type part of the other stakeholder’s name</source>
        <translation>Πληκτρολογήστε μέρος του ονόματος του άλλου φορέα</translation>
    </message>
    <message>
        <source>From %1 (a loose tie) to %2 (a close one)</source>
        <translation>Από %1 (χαλαρή σχέση) έως %2 (στενή σχέση)</translation>
    </message>
    <message>
        <source>&amp;Add relation</source>
        <translation>Προσ&amp;θήκη σχέσης</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>Εφαρμο&amp;γή αλλαγών</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>&amp;Διαγραφή σχέσης</translation>
    </message>
    <message>
        <source>Choose the other stakeholder: type part of its name.</source>
        <translation>Επιλέξτε τον άλλο φορέα: πληκτρολογήστε μέρος του ονόματός του.</translation>
    </message>
    <message>
        <source>No stakeholder is called “%1”. Choose one from the list, or add it to the stakeholders first.</source>
        <translation>Κανένας φορέας δεν ονομάζεται «%1». Επιλέξτε έναν από τη λίστα ή προσθέστε τον πρώτα στους φορείς.</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Προσθήκη σχέσης</translation>
    </message>
    <message>
        <source>Change a relation</source>
        <translation>Αλλαγή σχέσης</translation>
    </message>
    <message>
        <source>Remove a relation</source>
        <translation>Διαγραφή σχέσης</translation>
    </message>
</context>
<context>
    <name>RelationsPanelModel</name>
    <message>
        <source>Funds them</source>
        <translation>Τον χρηματοδοτεί</translation>
    </message>
    <message>
        <source>Funded by them</source>
        <translation>Χρηματοδοτείται από αυτόν</translation>
    </message>
    <message>
        <source>Refers to them</source>
        <translation>Παραπέμπει σε αυτόν</translation>
    </message>
    <message>
        <source>Referred by them</source>
        <translation>Δέχεται παραπομπές από αυτόν</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Αμφίδρομα</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Με</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Ένταση</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report written to %1</source>
        <translation>Η έκθεση γράφτηκε στο %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Priorities document</source>
        <translation>Έγγραφο προτεραιοτήτων</translation>
    </message>
    <message>
        <source>Action plan status report</source>
        <translation>Έκθεση προόδου του σχεδίου δράσης</translation>
    </message>
    <message>
        <source>Stakeholder map report</source>
        <translation>Έκθεση για τον χάρτη φορέων</translation>
    </message>
    <message>
        <source>Service-access report</source>
        <translation>Έκθεση για την πρόσβαση στις υπηρεσίες</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Προφίλ της πόλης</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The language the report is written in, whatever the language of the program.</source>
        <translation>Η γλώσσα στην οποία συντάσσεται η έκθεση, ανεξάρτητα από τη γλώσσα του προγράμματος.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (ΗΠΑ)</translation>
    </message>
    <message>
        <source>The report lists what was done from this date on.</source>
        <translation>Η έκθεση παραθέτει ό,τι έγινε από αυτή την ημερομηνία και μετά.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Έκ&amp;θεση:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Γλώσσα της έκθεσης:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Χαρτί:</translation>
    </message>
    <message>
        <source>&amp;Done since:</source>
        <translation>Ολοκληρώθηκαν &amp;από:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an office suite.</source>
        <translation>Σύνταξη έκθεσης για το δημοτικό συμβούλιο (%1) σε PDF/A ή σε κείμενο OpenDocument για ολοκλήρωση σε πρόγραμμα γραφείου.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Η έκθεση: %1.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Το αρχείο πόλης προς ανάγνωση.</translation>
    </message>
    <message>
        <source>The report to write: .pdf, or .odt for the priorities document and the action-plan report.</source>
        <translation>Η έκθεση προς εγγραφή: .pdf ή .odt για το έγγραφο προτεραιοτήτων και την έκθεση του σχεδίου δράσης.</translation>
    </message>
    <message>
        <source>The report&apos;s language (%1); by default the city&apos;s.</source>
        <translation>Η γλώσσα της έκθεσης (%1)· εξ ορισμού η γλώσσα της πόλης.</translation>
    </message>
    <message>
        <source>a4 or letter; by default the one of your region.</source>
        <translation>a4 ή letter· εξ ορισμού αυτό της περιοχής σας.</translation>
    </message>
    <message>
        <source>For the action-plan report: what was done since this date (YYYY-MM-DD); by default the last 90 days.</source>
        <translation>Για την έκθεση του σχεδίου δράσης: ό,τι έγινε από αυτή την ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)· εξ ορισμού οι τελευταίες 90 ημέρες.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Αντικατάσταση του OUT αν υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.</source>
        <translation>Η εντολή report δέχεται ένα KIND, ένα FILE και -o OUT.pdf ή OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” is not a report. Choose one of: %2.</source>
        <translation>Το «%1» δεν είναι έκθεση. Επιλέξτε ένα από: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or OUT.odt.</source>
        <translation>Το «%1» δεν είναι ούτε όνομα αρχείου .pdf ούτε .odt. Ονομάστε την έξοδο OUT.pdf ή OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” (%2) is written as PDF only. Name the output OUT.pdf.</source>
        <translation>Το «%1» (%2) γράφεται μόνο σε PDF. Ονομάστε την έξοδο OUT.pdf.</translation>
    </message>
    <message>
        <source>Reports are written in %1, not in “%2”.</source>
        <translation>Οι εκθέσεις συντάσσονται σε %1, όχι σε «%2».</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not “%1”.</source>
        <translation>Το χαρτί είναι a4 ή letter, όχι «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.</source>
        <translation>Το «%1» δεν είναι ημερομηνία. Γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ, για παράδειγμα 2026-09-30.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>Το %1 γράφτηκε.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n σελίδα γράφτηκε στο %1.</numerusform>
            <numerusform>%n σελίδες γράφτηκαν στο %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text (.odt)</source>
        <translation>Κείμενο &amp;OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Εξαγωγή…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Εξαγωγή έκθεσης</translation>
    </message>
    <message>
        <source>PDF to publish or print as it is; OpenDocument to finish the wording in LibreOffice or Word first.</source>
        <translation>PDF για δημοσίευση ή εκτύπωση ως έχει· OpenDocument για να ολοκληρώσετε πρώτα τη διατύπωση στο LibreOffice ή στο Word.</translation>
    </message>
    <message>
        <source>This report is written as PDF only.</source>
        <translation>Αυτή η έκθεση γράφεται μόνο σε PDF.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>report file name: city file, report</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Κείμενο OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Εξαγωγή της έκθεσης</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this report?</source>
        <translation>Το «%1» υπάρχει ήδη. Να αντικατασταθεί με αυτή την έκθεση;</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Η έκθεση εξήχθη</translation>
    </message>
    <message>
        <source>%1 written as an OpenDocument text: open it in LibreOffice or Word to finish the wording.</source>
        <translation>Το %1 γράφτηκε ως κείμενο OpenDocument: ανοίξτε το στο LibreOffice ή στο Word για να ολοκληρώσετε τη διατύπωση.</translation>
    </message>
    <message>
        <source>%1 written as a PDF document.</source>
        <translation>Το %1 γράφτηκε ως έγγραφο PDF.</translation>
    </message>
    <message>
        <source>Stop the export; no file is written.</source>
        <translation>Διακοπή της εξαγωγής· δεν γράφεται κανένα αρχείο.</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 — local integration office</source>
        <translation>%1 — τοπική υπηρεσία ένταξης</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Προηγούμενη σελίδα</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Επόμενη σελίδα</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Εστίαση</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ολόκληρη η σελίδα</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Πλάτος σελίδας</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Προετοιμασία της προεπισκόπησης…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>The report could not be made</source>
        <translation>Η έκθεση δεν ήταν δυνατό να δημιουργηθεί</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Εκτύπωση έκθεσης</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Εκ&amp;τύπωση…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Εκτύπωση: %1</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Η έκθεση δεν εκτυπώθηκε</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready, then print again.</source>
        <translation>Δεν ήταν δυνατή η χρήση του εκτυπωτή. Ελέγξτε ότι είναι συνδεδεμένος και έτοιμος και, στη συνέχεια, εκτυπώστε ξανά.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>Το %1 στάλθηκε στον εκτυπωτή.</translation>
    </message>
    <message>
        <source>Preview a report before printing</source>
        <translation>Προεπισκόπηση έκθεσης πριν από την εκτύπωση</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Προεπισκόπηση…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Προεπισκόπηση εκτύπωσης: %1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>H2</source>
        <translation>Ε2</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Επικεφαλίδα</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>Ε3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Υποεπικεφαλίδα</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Λίστα</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Λίστα με κουκκίδες</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Λίστα</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Αριθμημένη λίστα</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Έντονα</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Πλάγια</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Σύνδεσμος…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Μετατροπή του επιλεγμένου κειμένου σε σύνδεσμο</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>Εισαγωγή συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Κείμενο:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Επεξεργασία του γύρου</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>Νέος γύρος αξιολόγησης</translation>
    </message>
    <message>
        <source>e.g. 2026, Baseline</source>
        <translation>π.χ. 2026, Αρχική κατάσταση</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list</source>
        <translation>Πληκτρολογήστε μέρος ενός ονόματος για να φιλτράρετε τη λίστα</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Ονομασία:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Διεξήχθη στις:</translation>
    </message>
    <message>
        <source>Nothing: start with no answers</source>
        <translation>Τίποτα: έναρξη χωρίς απαντήσεις</translation>
    </message>
    <message>
        <source>The answers of round “%1”</source>
        <translation>Οι απαντήσεις του γύρου «%1»</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Έναρξη &amp;από:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Λίστα ελέγχου:</translation>
    </message>
    <message>
        <source>&amp;Participants (the stakeholders who took part):</source>
        <translation>&amp;Συμμετέχοντες (οι φορείς που συμμετείχαν):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>Έναρξη του γύρου</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>it holds an extra table “%1” that Passerelle does not make</source>
        <translation>περιέχει έναν επιπλέον πίνακα «%1» που δεν δημιουργεί το Passerelle</translation>
    </message>
    <message>
        <source>it holds an extra index “%1” that Passerelle does not make</source>
        <translation>περιέχει ένα επιπλέον ευρετήριο «%1» που δεν δημιουργεί το Passerelle</translation>
    </message>
    <message>
        <source>it holds a trigger “%1” that Passerelle does not make: code that would run when the file is changed</source>
        <translation>περιέχει ένα έναυσμα (trigger) «%1» που δεν δημιουργεί το Passerelle: κώδικα που θα εκτελούνταν κάθε φορά που τροποποιείται το αρχείο</translation>
    </message>
    <message>
        <source>it holds a view “%1” that Passerelle does not make: code that would run when the file is read</source>
        <translation>περιέχει μια όψη (view) «%1» που δεν δημιουργεί το Passerelle: κώδικα που θα εκτελούνταν κατά την ανάγνωση του αρχείου</translation>
    </message>
    <message>
        <source>its table “%1” is not the one Passerelle makes (columns or rules differ)</source>
        <translation>ο πίνακάς του «%1» δεν είναι αυτός που δημιουργεί το Passerelle (διαφέρουν οι στήλες ή οι κανόνες)</translation>
    </message>
    <message>
        <source>its index “%1” is not the one Passerelle makes</source>
        <translation>το ευρετήριό του «%1» δεν είναι αυτό που δημιουργεί το Passerelle</translation>
    </message>
    <message>
        <source>its trigger “%1” is not the one Passerelle makes</source>
        <translation>το έναυσμά του «%1» δεν είναι αυτό που δημιουργεί το Passerelle</translation>
    </message>
    <message>
        <source>“%1” is a view where Passerelle makes a table</source>
        <translation>το «%1» είναι όψη, ενώ το Passerelle δημιουργεί πίνακα</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>λείπει ο πίνακάς του «%1»</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>λείπει το ευρετήριό του «%1»</translation>
    </message>
    <message>
        <source>its trigger “%1” is missing</source>
        <translation>λείπει το έναυσμά του «%1»</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>No round to show yet.</source>
        <translation>Δεν υπάρχει ακόμη γύρος για εμφάνιση.</translation>
    </message>
    <message>
        <source>Dash: no score (no item answered met, partly met or not met)</source>
        <translation>Παύλα: χωρίς βαθμολογία (κανένα κριτήριο με απάντηση «πληρούται», «πληρούται εν μέρει» ή «δεν πληρούται»)</translation>
    </message>
    <message>
        <source>Bar height: the score of the items answered (met counts 1, partly met ½, not met 0)</source>
        <translation>Ύψος ράβδου: η βαθμολογία των κριτηρίων με απάντηση (το «πληρούται» μετράει 1, το «πληρούται εν μέρει» ½, το «δεν πληρούται» 0)</translation>
    </message>
    <message>
        <source>Grey gauge under a bar: how many of the area’s items were answered (“6/7”: 6 of 7)</source>
        <translation>Γκρι δείκτης κάτω από μια ράβδο: πόσα κριτήρια του τομέα έχουν απάντηση («6/7»: 6 από 7)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Απαντήσεις: %1 από %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Απαντήσεις: %1</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Print a round&apos;s checklist scores per area, as JSON.</source>
        <translation>Εμφάνιση των βαθμολογιών της λίστας ελέγχου ενός γύρου ανά τομέα, σε μορφή JSON.</translation>
    </message>
    <message>
        <source>The city file whose round to score.</source>
        <translation>Το αρχείο πόλης του οποίου ο γύρος θα βαθμολογηθεί.</translation>
    </message>
    <message>
        <source>The round to score (its label); the latest one when not given.</source>
        <translation>Ο γύρος προς βαθμολόγηση (η ονομασία του)· ο πιο πρόσφατος, αν δεν δοθεί.</translation>
    </message>
    <message>
        <source>scores takes exactly one FILE.</source>
        <translation>Η εντολή scores δέχεται ακριβώς ένα FILE.</translation>
    </message>
    <message>
        <source>The file has no assessment round “%1”.</source>
        <translation>Το αρχείο δεν έχει γύρο αξιολόγησης «%1».</translation>
    </message>
    <message>
        <source>The file has no assessment round yet: there is nothing to score.</source>
        <translation>Το αρχείο δεν έχει ακόμη γύρο αξιολόγησης: δεν υπάρχει τίποτα για βαθμολόγηση.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Εξαγωγή &amp;γραφήματος…</translation>
    </message>
    <message>
        <source>Met counts 1, partly met ½, not met 0; unknown and not applicable are left out. Read every score with its coverage: the share of items answered.</source>
        <translation>Το «πληρούται» μετράει 1, το «πληρούται εν μέρει» ½, το «δεν πληρούται» 0· το «άγνωστο» και το «δεν εφαρμόζεται» δεν υπολογίζονται. Διαβάζετε κάθε βαθμολογία μαζί με την κάλυψή της: το ποσοστό των κριτηρίων με απάντηση.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του γραφήματος στο %1. Επιλέξτε έναν φάκελο όπου μπορείτε να γράψετε.</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Βαθμολογίες ανά τομέα</translation>
    </message>
    <message>
        <source>scores-%1.png</source>
        <translation>βαθμολογίες-%1.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Εξαγωγή του γραφήματος</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Εικόνα PNG (*.png);;Σχέδιο SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart of the scores was written.</source>
        <translation>Το γράφημα των βαθμολογιών γράφτηκε.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>&amp;Sources</source>
        <translation>Πη&amp;γές</translation>
    </message>
    <message>
        <source>Where the facts above come from: laws, studies, statistics, interviews, each with its year.</source>
        <translation>Από πού προέρχονται τα παραπάνω στοιχεία: νόμοι, μελέτες, στατιστικές, συνεντεύξεις, το καθένα με το έτος του.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Επεξεργασία της ενότητας «%1»</translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Scores per area, round by round, with the share of items answered under each bar.</source>
        <translation>Βαθμολογίες ανά τομέα, γύρο προς γύρο, με το ποσοστό των κριτηρίων με απάντηση κάτω από κάθε ράβδο.</translation>
    </message>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>Ραβδόγραμμα των βαθμολογιών ανά τομέα για %n γύρο.</numerusform>
            <numerusform>Ραβδόγραμμα των βαθμολογιών ανά τομέα για %n γύρους.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Κριτήρια με απάντηση</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Όλοι οι τομείς</translation>
    </message>
    <message>
        <source>Score: met counts 1, partly met ½, not met 0, over the items answered one of the three; unknown and not applicable are left out. A dash: no score yet.</source>
        <translation>Βαθμολογία: το «πληρούται» μετράει 1, το «πληρούται εν μέρει» ½, το «δεν πληρούται» 0, επί των κριτηρίων που έλαβαν μία από τις τρεις απαντήσεις· το «άγνωστο» και το «δεν εφαρμόζεται» δεν υπολογίζονται. Παύλα: δεν υπάρχει ακόμη βαθμολογία.</translation>
    </message>
    <message>
        <source>No service-access assessment has been held yet: the scores will appear after the first round.</source>
        <translation>Δεν έχει γίνει ακόμη καμία αξιολόγηση της πρόσβασης στις υπηρεσίες: οι βαθμολογίες θα εμφανιστούν μετά τον πρώτο γύρο.</translation>
    </message>
    <message>
        <source>Round “%1” of the checklist “%2”, held on %3: an overall score of %4, with %5 of the %6 items answered.</source>
        <translation>Γύρος «%1» της λίστας ελέγχου «%2», που διεξήχθη στις %3: συνολική βαθμολογία %4, με %5 από τα %6 κριτήρια να έχουν απάντηση.</translation>
    </message>
    <message>
        <source>Access to basic services</source>
        <translation>Πρόσβαση στις βασικές υπηρεσίες</translation>
    </message>
    <message>
        <source>How far migrants can reach the city’s basic services: scores per area, their change, the gaps and the priorities made from them</source>
        <translation>Σε ποιο βαθμό οι μετανάστες έχουν πρόσβαση στις βασικές υπηρεσίες της πόλης: βαθμολογίες ανά τομέα, η μεταβολή τους, τα κενά και οι προτεραιότητες που προέκυψαν από αυτά</translation>
    </message>
    <message>
        <source>The service-access checklist: where the city stands and what it will improve</source>
        <translation>Η λίστα ελέγχου της πρόσβασης στις υπηρεσίες: πού βρίσκεται η πόλη και τι θα βελτιώσει</translation>
    </message>
    <message>
        <source>Round “%1”, %2</source>
        <translation>Γύρος «%1», %2</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Βαθμολογίες ανά τομέα</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>συνολική βαθμολογία</translation>
    </message>
    <message>
        <source>of the items answered</source>
        <translation>των κριτηρίων με απάντηση</translation>
    </message>
    <message>
        <source>gaps: items not met or partly met</source>
        <translation>κενά: κριτήρια που δεν πληρούνται ή πληρούνται εν μέρει</translation>
    </message>
    <message>
        <source>priorities made from the gaps</source>
        <translation>προτεραιότητες που προέκυψαν από τα κενά</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Μεταβολή από τον προηγούμενο γύρο</translation>
    </message>
    <message>
        <source>Round “%1” (%2) against round “%3” (%4), in percentage points.</source>
        <translation>Γύρος «%1» (%2) σε σύγκριση με τον γύρο «%3» (%4), σε ποσοστιαίες μονάδες.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>There is no earlier round of this checklist to compare with yet.</source>
        <translation>Δεν υπάρχει ακόμη προηγούμενος γύρος αυτής της λίστας ελέγχου για σύγκριση.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Κενά</translation>
    </message>
    <message>
        <source>The items of the latest round answered not met or partly met: the starting points of the city’s priorities.</source>
        <translation>Τα κριτήρια του τελευταίου γύρου με απάντηση «δεν πληρούται» ή «πληρούται εν μέρει»: τα σημεία εκκίνησης των προτεραιοτήτων της πόλης.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήριο</translation>
    </message>
    <message>
        <source>Priority made from it</source>
        <translation>Προτεραιότητα που προέκυψε</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Απάντηση από</translation>
    </message>
    <message>
        <source>The latest round found no gap.</source>
        <translation>Ο τελευταίος γύρος δεν εντόπισε κανένα κενό.</translation>
    </message>
    <message>
        <source>No round has been held yet.</source>
        <translation>Δεν έχει διεξαχθεί ακόμη κανένας γύρος.</translation>
    </message>
    <message>
        <source>Priorities made from the gaps</source>
        <translation>Προτεραιότητες που προέκυψαν από τα κενά</translation>
    </message>
    <message>
        <source>No priority rests on a gap of the latest round yet.</source>
        <translation>Καμία προτεραιότητα δεν στηρίζεται ακόμη σε κενό του τελευταίου γύρου.</translation>
    </message>
    <message>
        <source>Expected outcome: </source>
        <translation>Αναμενόμενο αποτέλεσμα: </translation>
    </message>
    <message>
        <source>The gaps it answers:</source>
        <translation>Τα κενά στα οποία απαντά:</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>S&amp;hare with a partner city…</source>
        <translation>Κ&amp;οινοποίηση σε πόλη-εταίρο…</translation>
    </message>
    <message>
        <source>Write a copy of the file for a partner city, without personal data unless you include it.</source>
        <translation>Εγγραφή αντιγράφου του αρχείου για μια πόλη-εταίρο, χωρίς προσωπικά δεδομένα, εκτός αν τα συμπεριλάβετε.</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Write a copy of a city file to share with a partner city, without personal data.</source>
        <translation>Εγγραφή αντιγράφου ενός αρχείου πόλης για κοινοποίηση σε πόλη-εταίρο, χωρίς προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>The city file to share.</source>
        <translation>Το αρχείο πόλης προς κοινοποίηση.</translation>
    </message>
    <message>
        <source>The shared copy to write.</source>
        <translation>Το κοινοποιούμενο αντίγραφο προς εγγραφή.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Αντικατάσταση του OUT αν υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>share takes a FILE and -o OUT.</source>
        <translation>Η εντολή share δέχεται ένα FILE και -o OUT.</translation>
    </message>
    <message>
        <source>%1 shared in %2.</source>
        <translation>Η πόλη %1 κοινοποιήθηκε στο %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Παραλείφθηκαν:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a partner city</source>
        <translation>Κοινοποίηση σε πόλη-εταίρο</translation>
    </message>
    <message>
        <source>Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they open as they open their own. What is left out is not hidden in it but absent from its bytes.</source>
        <translation>Γράφει ένα αντίγραφο του «%1» για αποστολή σε μια πόλη-εταίρο: ένα κανονικό αρχείο Passerelle που ανοίγει όπως ανοίγει και το δικό της. Ό,τι παραλείπεται δεν είναι κρυμμένο μέσα του αλλά απουσιάζει εντελώς από τα byte του.</translation>
    </message>
    <message>
        <source>Left out of the copy:</source>
        <translation>Παραλείπονται από το αντίγραφο:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Κοινοποίηση…</translation>
    </message>
    <message>
        <source>What the copy leaves out could not be counted: %1</source>
        <translation>Δεν ήταν δυνατή η καταμέτρηση όσων παραλείπει το αντίγραφο: %1</translation>
    </message>
    <message>
        <source>Nothing: the copy holds everything in the file.</source>
        <translation>Τίποτα: το αντίγραφο περιέχει ολόκληρο το αρχείο.</translation>
    </message>
    <message>
        <source>Nothing: the file holds no personal data.</source>
        <translation>Τίποτα: το αρχείο δεν περιέχει προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>%1 - shared</source>
        <comment>file name of a copy for a partner city</comment>
        <translation>%1 - κοινοποίηση</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Αρχεία πόλεων Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the shared copy?</source>
        <translation>Το «%1» υπάρχει ήδη. Να αντικατασταθεί με το κοινοποιούμενο αντίγραφο;</translation>
    </message>
    <message>
        <source>Shared with a partner city</source>
        <translation>Κοινοποιήθηκε σε πόλη-εταίρο</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, with personal data.</source>
        <translation>Το αντίγραφο για την πόλη-εταίρο γράφτηκε, με τα προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, without personal data.</source>
        <translation>Το αντίγραφο για την πόλη-εταίρο γράφτηκε, χωρίς προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>Stop sharing; no file is written.</source>
        <translation>Διακοπή της κοινοποίησης· δεν γράφεται κανένα αρχείο.</translation>
    </message>
</context>
<context>
    <name>ShareFiles</name>
    <message>
        <source>The shared copy “%1” could not be saved to the disk. Check the free space, then share again.</source>
        <translation>Το κοινοποιούμενο αντίγραφο «%1» δεν ήταν δυνατό να αποθηκευτεί στον δίσκο. Ελέγξτε τον ελεύθερο χώρο και κάντε ξανά την κοινοποίηση.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder.</source>
        <translation>Το κοινοποιούμενο αντίγραφο «%1» δεν ήταν δυνατό να γραφτεί: %2. Επιλέξτε άλλον φάκελο.</translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>όνομα %n προσώπου επικοινωνίας</numerusform>
            <numerusform>ονόματα %n προσώπων επικοινωνίας</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>ιδιότητα %n προσώπου επικοινωνίας</numerusform>
            <numerusform>ιδιότητες %n προσώπων επικοινωνίας</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>διεύθυνση email %n προσώπου επικοινωνίας</numerusform>
            <numerusform>διευθύνσεις email %n προσώπων επικοινωνίας</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>αριθμός τηλεφώνου %n προσώπου επικοινωνίας</numerusform>
            <numerusform>αριθμοί τηλεφώνου %n προσώπων επικοινωνίας</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>προτιμώμενη γλώσσα %n προσώπου επικοινωνίας</numerusform>
            <numerusform>προτιμώμενες γλώσσες %n προσώπων επικοινωνίας</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n ιδιωτική σημείωση για φορείς</numerusform>
            <numerusform>%n ιδιωτικές σημειώσεις για φορείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>ποιος έδωσε %n απάντηση σε λίστα ελέγχου</numerusform>
            <numerusform>ποιοι έδωσαν %n απαντήσεις σε λίστες ελέγχου</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>συμμετέχοντες %n διαβούλευσης</numerusform>
            <numerusform>συμμετέχοντες %n διαβουλεύσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>συντάκτης %n καταχώρισης προόδου</numerusform>
            <numerusform>συντάκτες %n καταχωρίσεων προόδου</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>συμμετέχοντες %n ανταλλαγής</numerusform>
            <numerusform>συμμετέχοντες %n ανταλλαγών</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>πρόσωπο επικοινωνίας %n πόλης-εταίρου</numerusform>
            <numerusform>πρόσωπα επικοινωνίας %n πόλεων-εταίρων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>διεύθυνση email επικοινωνίας %n πόλης-εταίρου</numerusform>
            <numerusform>διευθύνσεις email επικοινωνίας %n πόλεων-εταίρων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>τηλέφωνο επικοινωνίας %n πόλης-εταίρου</numerusform>
            <numerusform>τηλέφωνα επικοινωνίας %n πόλεων-εταίρων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>το ιστορικό σας των εισαγωγών από %n πόλη-εταίρο</numerusform>
            <numerusform>το ιστορικό σας των εισαγωγών από %n πόλεις-εταίρους</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>η βάση των επόμενων συγχωνεύσεών σας: %n εγγραφή όπως την κοινοποίησαν τελευταία οι εταίροι</numerusform>
            <numerusform>η βάση των επόμενων συγχωνεύσεών σας: %n εγγραφές όπως τις κοινοποίησαν τελευταία οι εταίροι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n γραμμή του %1</numerusform>
            <numerusform>%n γραμμές του %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n τιμή του %1.%2</numerusform>
            <numerusform>%n τιμές του %1.%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWriter</name>
    <message>
        <source>Sharing was cancelled: no file was written.</source>
        <translation>Η κοινοποίηση ακυρώθηκε: δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>The shared copy cannot replace the city file itself. Choose another name.</source>
        <translation>Το κοινοποιούμενο αντίγραφο δεν μπορεί να αντικαταστήσει το ίδιο το αρχείο πόλης. Επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Passerelle. Open it in Passerelle once, which brings it up to date, then share it.</source>
        <translation>Το «%1» γράφτηκε από παλαιότερη έκδοση του Passerelle. Ανοίξτε το μία φορά στο Passerelle, που θα το ενημερώσει, και έπειτα κοινοποιήστε το.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>Το κοινοποιούμενο αντίγραφο «%1» δεν ήταν δυνατό να γραφτεί: %2. Επιλέξτε άλλον φάκελο ή ελευθερώστε χώρο στον δίσκο.</translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Municipal department</source>
        <translation>Δημοτική υπηρεσία</translation>
    </message>
    <message>
        <source>National or regional agency</source>
        <translation>Εθνικός ή περιφερειακός φορέας</translation>
    </message>
    <message>
        <source>Public service provider</source>
        <translation>Πάροχος δημόσιων υπηρεσιών</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ΜΚΟ ή κοινωνία των πολιτών</translation>
    </message>
    <message>
        <source>Migrant or diaspora association</source>
        <translation>Σύλλογος μεταναστών ή διασποράς</translation>
    </message>
    <message>
        <source>Religious organisation</source>
        <translation>Θρησκευτική οργάνωση</translation>
    </message>
    <message>
        <source>Private sector or employer</source>
        <translation>Ιδιωτικός τομέας ή εργοδότης</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Ακαδημαϊκή κοινότητα</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Διεθνής οργανισμός</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Τοπικό</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Περιφερειακό</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Εθνικό</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Διεθνές</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Πρωτοπόρος</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Υποστηρικτικός</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Ουδέτερος</translation>
    </message>
    <message>
        <source>Sceptical</source>
        <translation>Επιφυλακτικός</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Αντίθετος</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστη</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvColumns</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θεματικές</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Επιρροή</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ενδιαφέρον</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Πρόσωπο επικοινωνίας</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Notes are private</source>
        <translation>Ιδιωτικές σημειώσεις</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvExport</name>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>Το «%1» δεν μπορεί να γραφτεί: %2. Επιλέξτε έναν φάκελο όπου έχετε δικαίωμα να αποθηκεύετε αρχεία.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>Το «%1» δεν ήταν δυνατό να αποθηκευτεί: %2. Ελέγξτε τον ελεύθερο χώρο στον δίσκο και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed in the city file. Import the CSV file again when you are ready.</source>
        <translation>Η εισαγωγή ακυρώθηκε: δεν άλλαξε τίποτα στο αρχείο πόλης. Εισαγάγετε ξανά το αρχείο CSV όταν είστε έτοιμοι.</translation>
    </message>
    <message>
        <source>Two columns of the CSV file are imported as “%1”. Keep one of them and set the other to “Not imported”.</source>
        <translation>Δύο στήλες του αρχείου CSV εισάγονται ως «%1». Κρατήστε τη μία και ορίστε την άλλη σε «Δεν εισάγεται».</translation>
    </message>
    <message>
        <source>The first line of the CSV file (line %1) has no column of stakeholder names; it reads: %2. Name that column “name” or “nom”, then import again.</source>
        <translation>Η πρώτη γραμμή του αρχείου CSV (γραμμή %1) δεν έχει στήλη με ονόματα φορέων· περιέχει: %2. Ονομάστε αυτή τη στήλη «name» ή «nom» και, στη συνέχεια, κάντε ξανά την εισαγωγή.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a value holding the separator must be put in double quotes. Correct the line, or save the file again from your spreadsheet.</source>
        <translation>Αυτή η γραμμή έχει %1 πεδία, ενώ η κεφαλίδα έχει %2: μια τιμή που περιέχει το διαχωριστικό πρέπει να μπαίνει σε διπλά εισαγωγικά (&quot;). Διορθώστε τη γραμμή ή αποθηκεύστε ξανά το αρχείο από το υπολογιστικό σας φύλλο.</translation>
    </message>
    <message>
        <source>The “%1” cell</source>
        <translation>Το κελί «%1»</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name is missing. Fill it in, or delete the line.</source>
        <translation>Λείπει το όνομα του φορέα. Συμπληρώστε το ή διαγράψτε τη γραμμή.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it means when you import.</source>
        <translation>Το «%1» δεν είναι είδος φορέα. Χρησιμοποιήστε ένα από τα εξής: %2· ή δηλώστε κατά την εισαγωγή ποιο είδος σημαίνει.</translation>
    </message>
    <message>
        <source>“%1” is not a level. Use one of: %2; or say which level it means when you import.</source>
        <translation>Το «%1» δεν είναι επίπεδο. Χρησιμοποιήστε ένα από τα εξής: %2· ή δηλώστε κατά την εισαγωγή ποιο επίπεδο σημαίνει.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or leave it empty to use %5.</source>
        <translation>%1: η τιμή πρέπει να είναι ακέραιος αριθμός από %2 έως %3, όχι «%4». Διορθώστε το κελί ή αφήστε το κενό για να χρησιμοποιηθεί το %5.</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>Η επιρροή</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>Το ενδιαφέρον</translation>
    </message>
    <message>
        <source>“%1” does not say whether the notes are private: write yes or no, or leave the cell empty for notes that are not private.</source>
        <translation>Το «%1» δεν δηλώνει αν οι σημειώσεις είναι ιδιωτικές: γράψτε yes ή no ή αφήστε το κελί κενό για σημειώσεις που δεν είναι ιδιωτικές.</translation>
    </message>
    <message>
        <source>The contact person&apos;s name is missing while an e-mail or phone is given. Fill in the contact&apos;s name, or empty the e-mail and phone.</source>
        <translation>Λείπει το όνομα του προσώπου επικοινωνίας, ενώ έχει δοθεί email ή τηλέφωνο. Συμπληρώστε το όνομα του προσώπου επικοινωνίας ή αδειάστε το email και το τηλέφωνο.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>Το «%1» δεν μοιάζει με διεύθυνση email (name@example.org). Διορθώστε τη ή αφήστε το email κενό.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>Το «%1» δεν μοιάζει με αριθμό τηλεφώνου: χρησιμοποιήστε μόνο ψηφία, κενά και τα σύμβολα + - ( ) ., με τουλάχιστον έξι ψηφία. Διορθώστε τον ή αφήστε το τηλέφωνο κενό.</translation>
    </message>
    <message>
        <source>This contact person belongs to “%1” of line %2, which was not imported. Correct line %2, then import again.</source>
        <translation>Αυτό το πρόσωπο επικοινωνίας ανήκει στον φορέα «%1» της γραμμής %2, ο οποίος δεν εισήχθη. Διορθώστε τη γραμμή %2 και, στη συνέχεια, κάντε ξανά την εισαγωγή.</translation>
    </message>
    <message>
        <source>“%1” repeats the stakeholder of line %2. Keep one of the two lines, or leave only the contact columns filled on this one to add a further contact person.</source>
        <translation>Το «%1» επαναλαμβάνει τον φορέα της γραμμής %2. Κρατήστε μία από τις δύο γραμμές ή, για να προσθέσετε ένα ακόμη πρόσωπο επικοινωνίας, συμπληρώστε σε αυτήν μόνο τις στήλες επικοινωνίας.</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailEditor</name>
    <message>
        <source>&amp;Private note</source>
        <translation>Ιδιωτική ση&amp;μείωση</translation>
    </message>
    <message>
        <source>Select a stakeholder to see and edit its details.</source>
        <translation>Επιλέξτε έναν φορέα για να δείτε και να επεξεργαστείτε τα στοιχεία του.</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>Από %1 (χαμηλή) έως %2 (υψηλή)</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>A private note stays in this city file; exports leave it out unless you choose to include personal data.</source>
        <translation>Μια ιδιωτική σημείωση παραμένει σε αυτό το αρχείο πόλης· οι εξαγωγές την παραλείπουν, εκτός αν επιλέξετε να συμπεριλάβετε τα προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>Private notes are left out of exports unless you choose to include personal data.</source>
        <translation>Οι ιδιωτικές σημειώσεις παραλείπονται από τις εξαγωγές, εκτός αν επιλέξετε να συμπεριλάβετε τα προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Π&amp;λήρες όνομα</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Εί&amp;δος</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Επίπεδ&amp;ο</translation>
    </message>
    <message>
        <source>Infl&amp;uence</source>
        <translation>Επ&amp;ιρροή</translation>
    </message>
    <message>
        <source>In&amp;terest</source>
        <translation>Ε&amp;νδιαφέρον</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>Στάσ&amp;η</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Διεύ&amp;θυνση ιστότοπου</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θεματικές</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Γενικές σημειώσεις</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>%n επιλεγμένος φορέας</numerusform>
            <numerusform>%n επιλεγμένοι φορείς</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the e&amp;xisting one</source>
        <translation>Άνοιγμα του υπάρ&amp;χοντος</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Επεξεργασία του φορέα «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderExporter</name>
    <message>
        <source>Export the stakeholders</source>
        <translation>Εξαγωγή των φορέων</translation>
    </message>
    <message>
        <source>%1 stakeholders.xlsx</source>
        <translation>%1 φορείς.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Βιβλίο εργασίας Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Stakeholders exported</source>
        <translation>Οι φορείς εξήχθησαν</translation>
    </message>
    <message>
        <source>The stakeholders were written with their contact persons and private notes: share the file only with those who may see them.</source>
        <translation>Οι φορείς γράφτηκαν μαζί με τα πρόσωπα επικοινωνίας και τις ιδιωτικές σημειώσεις τους: κοινοποιήστε το αρχείο μόνο σε όσους επιτρέπεται να τα δουν.</translation>
    </message>
    <message>
        <source>The stakeholders were written without personal data.</source>
        <translation>Οι φορείς γράφτηκαν χωρίς προσωπικά δεδομένα.</translation>
    </message>
    <message>
        <source>“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending chooses the format. Export again with one of them.</source>
        <translation>Το «%1» δεν τελειώνει ούτε σε .xlsx (βιβλίο εργασίας Excel) ούτε σε .csv: η κατάληξη καθορίζει τη μορφή. Κάντε ξανά την εξαγωγή με μία από τις δύο.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Εκπρόθεσμ&amp;η επανεπικοινωνία</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Κα&amp;θαρισμός φίλτρων</translation>
    </message>
    <message>
        <source>Only the stakeholders with a follow-up promised for a day already past and not logged as done</source>
        <translation>Μόνο οι φορείς με επανεπικοινωνία που υποσχεθήκατε για ημέρα που έχει ήδη περάσει και δεν έχει καταγραφεί ως πραγματοποιημένη</translation>
    </message>
    <message>
        <source>Search names, notes and contacts</source>
        <translation>Αναζήτηση σε ονόματα, σημειώσεις και πρόσωπα επικοινωνίας</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Αναζήτηση φορέων</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Όλα τα είδη</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Όλα τα επίπεδα</translation>
    </message>
    <message>
        <source>In the group or not</source>
        <translation>Μέλη ή μη</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Μέλη της ομάδας</translation>
    </message>
    <message>
        <source>Not in the group</source>
        <translation>Εκτός ομάδας</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>City Stakeholder Group</source>
        <translation>Τοπική Ομάδα Φορέων</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Όλες οι θεματικές</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 από %Ln φορέα</numerusform>
            <numerusform>%L1 από %Ln φορείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln φορέας</numerusform>
            <numerusform>%Ln φορείς</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGroupView</name>
    <message>
        <source>Members</source>
        <translation>Μέλη</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Συνεδριάσεις</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the city&apos;s lasting consultation body on migration: who sits in it, when it met, who came and what it decided.</source>
        <translation>Η Τοπική Ομάδα Φορέων είναι το μόνιμο συμβουλευτικό όργανο της πόλης για τη μετανάστευση: ποιοι συμμετέχουν, πότε συνεδρίασε, ποιοι ήταν παρόντες και τι αποφάσισε.</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Μέλη της ομάδας</translation>
    </message>
    <message>
        <source>Double-click a name to open the stakeholder; double-click a role or a date to change it</source>
        <translation>Κάντε διπλό κλικ σε ένα όνομα για να ανοίξετε τον φορέα· διπλό κλικ σε έναν ρόλο ή μια ημερομηνία για να τα αλλάξετε</translation>
    </message>
    <message>
        <source>The date the member joined</source>
        <translation>Η ημερομηνία ένταξης του μέλους</translation>
    </message>
    <message>
        <source>Chair, member, observer…</source>
        <translation>Πρόεδρος, μέλος, παρατηρητής…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>Προσθήκη στην ομά&amp;δα</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Αφαίρεση από την ομάδα</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>Φ&amp;ορέας:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ρό&amp;λος:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>&amp;Μέλος από:</translation>
    </message>
    <message>
        <source>Choose the stakeholder to add by typing part of its name, then pick it from the list.</source>
        <translation>Επιλέξτε τον φορέα προς προσθήκη πληκτρολογώντας μέρος του ονόματός του και, στη συνέχεια, επιλέξτε τον από τη λίστα.</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Προσθήκη μέλους στην ομάδα</translation>
    </message>
</context>
<context>
    <name>StakeholderImportCommand</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Εισαγωγή φορέων από CSV</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Εισαγωγή φορέων από CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Επιλέξτε πρώτα ένα αρχείο CSV.</translation>
    </message>
    <message>
        <source>Importing stakeholders…</source>
        <translation>Εισαγωγή φορέων…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message>
        <source>Stakeholders already in the file</source>
        <translation>Φορείς που υπάρχουν ήδη στο αρχείο</translation>
    </message>
    <message>
        <source>A row names a stakeholder already in the file when the names match, whatever the case and accents.</source>
        <translation>Μια γραμμή αντιστοιχεί σε φορέα που υπάρχει ήδη στο αρχείο όταν τα ονόματα ταυτίζονται, ανεξάρτητα από πεζά-κεφαλαία και τόνους.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stakeholders in the file as they are</source>
        <translation>&amp;Παράλειψή τους: οι φορείς του αρχείου παραμένουν ως έχουν</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing) and add their contacts</source>
        <translation>Ε&amp;νημέρωσή τους με τις τιμές του αρχείου CSV (τα κενά κελιά δεν αλλάζουν τίποτα) και προσθήκη των προσώπων επικοινωνίας τους</translation>
    </message>
    <message>
        <source>Import them as &amp;new stakeholders, named with a number: “Caritas (2)”</source>
        <translation>Εισαγωγή τους ως νέων φορέων, με &amp;αριθμό στο όνομα: «Caritas (2)»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file names a stakeholder already in the file.</source>
        <translation>Καμία γραμμή του αρχείου CSV δεν αντιστοιχεί σε φορέα που υπάρχει ήδη στο αρχείο πόλης.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n φορέας του αρχείου CSV υπάρχει ήδη στο αρχείο πόλης.</numerusform>
            <numerusform>%n φορείς του αρχείου CSV υπάρχουν ήδη στο αρχείο πόλης.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>Επιλογή του αρχείου CSV</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV, then choose the file here or drop it on this window. The first line must name the columns.</source>
        <translation>Αποθηκεύστε τη λίστα από το υπολογιστικό σας φύλλο ως CSV και, στη συνέχεια, επιλέξτε το αρχείο εδώ ή αφήστε το σε αυτό το παράθυρο. Η πρώτη γραμμή πρέπει να ονομάζει τις στήλες.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Δεν επιλέχθηκε αρχείο</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Διαχωριστικό:</translation>
    </message>
    <message>
        <source>The city file is open read-only, so nothing can be imported into it. Open it for editing (File &gt; Open), then import again.</source>
        <translation>Το αρχείο πόλης είναι ανοιχτό μόνο για ανάγνωση, επομένως δεν μπορεί να εισαχθεί τίποτα σε αυτό. Ανοίξτε το για επεξεργασία (Αρχείο &gt; Άνοιγμα) και κάντε ξανά την εισαγωγή.</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Εισαγωγή φορέων από CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n γραμμή κάτω από τη γραμμή κεφαλίδας, που διαβάστηκε ως %1 με πεδία διαχωρισμένα με %2. Αν τα ονόματα εμφανίζουν λάθος γράμματα ή οι στήλες είναι λάθος στην επόμενη σελίδα, επιλέξτε εδώ άλλη κωδικοποίηση ή άλλο διαχωριστικό.</numerusform>
            <numerusform>%n γραμμές κάτω από τη γραμμή κεφαλίδας, που διαβάστηκαν ως %1 με πεδία διαχωρισμένα με %2. Αν τα ονόματα εμφανίζουν λάθος γράμματα ή οι στήλες είναι λάθος στην επόμενη σελίδα, επιλέξτε εδώ άλλη κωδικοποίηση ή άλλο διαχωριστικό.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Αντιστοίχιση των στηλών</translation>
    </message>
    <message>
        <source>Each column of the file goes to the field chosen beside it. Columns were matched from their names; change any that are wrong.</source>
        <translation>Κάθε στήλη του αρχείου πηγαίνει στο πεδίο που έχει επιλεγεί δίπλα της. Οι στήλες αντιστοιχίστηκαν με βάση τα ονόματά τους· αλλάξτε όσες είναι λάθος.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Στήλη στο αρχείο</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Για παράδειγμα</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Εισάγεται ως</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(στήλη %1, χωρίς όνομα)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Εισαγωγή της στήλης «%1» ως</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Δεν εισάγεται</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>Οι πρώτες %1 από %2 γραμμές, όπως θα εισαχθούν· %n από αυτές θα παραλειφθεί (βλ. στήλη Εισαγωγή).</numerusform>
            <numerusform>Οι πρώτες %1 από %2 γραμμές, όπως θα εισαχθούν· %n από αυτές θα παραλειφθούν (βλ. στήλη Εισαγωγή).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportPreviewModel</name>
    <message>
        <source>Left out: %1</source>
        <translation>Παραλείπεται: %1</translation>
    </message>
    <message>
        <source>Already in the file</source>
        <translation>Υπάρχει ήδη στο αρχείο</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέος</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (νέα)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
</context>
<context>
    <name>StakeholderImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Αναφορά εισαγωγής</translation>
    </message>
    <message>
        <source>The import is stored in the city file. Edit &gt; Undo takes all of it back in one step.</source>
        <translation>Η εισαγωγή αποθηκεύτηκε στο αρχείο πόλης. Η εντολή Επεξεργασία &gt; Αναίρεση την αναιρεί ολόκληρη με ένα βήμα.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Αντιγραφή της αναφοράς</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Αποθήκευ&amp;ση της αναφοράς…</translation>
    </message>
    <message>
        <source>Import of %1, read as %2 with fields separated by %3.</source>
        <translation>Εισαγωγή του %1, που διαβάστηκε ως %2 με πεδία διαχωρισμένα με %3.</translation>
    </message>
    <message>
        <source>New stakeholders: %1</source>
        <translation>Νέοι φορείς: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Ενημερώθηκαν: %1</translation>
    </message>
    <message>
        <source>Already in the file, left as they were: %1</source>
        <translation>Υπήρχαν ήδη στο αρχείο, έμειναν ως είχαν: %1</translation>
    </message>
    <message>
        <source>Contact persons added: %1</source>
        <translation>Πρόσωπα επικοινωνίας που προστέθηκαν: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Γραμμές που παραλείφθηκαν: %1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Στήλες που δεν εισήχθησαν: %1</translation>
    </message>
    <message>
        <source>New themes: %1</source>
        <translation>Νέες θεματικές: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>%n τιμή θεματικής παραλείφθηκε: μια εισαγωγή δημιουργεί το πολύ %1 θεματικές. Επιλέξτε τι σημαίνει στο βήμα των τιμών ή προσθέστε πρώτα τις θεματικές.</numerusform>
            <numerusform>%n τιμές θεματικής παραλείφθηκαν: μια εισαγωγή δημιουργεί το πολύ %1 θεματικές. Επιλέξτε τι σημαίνουν στο βήμα των τιμών ή προσθέστε πρώτα τις θεματικές.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out (correct them in the file and import it again: the rows already imported will be found as duplicates):</source>
        <translation>Γραμμές που παραλείφθηκαν (διορθώστε τες στο αρχείο CSV και εισαγάγετέ το ξανά: οι γραμμές που έχουν ήδη εισαχθεί θα αναγνωριστούν ως διπλότυπα):</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, skipped: %3, rows left out: %4.</source>
        <translation>Νέοι: %1, ενημερώθηκαν: %2, παραλείφθηκαν: %3, γραμμές που παραλείφθηκαν: %4.</translation>
    </message>
    <message>
        <source>import report %1.txt</source>
        <translation>αναφορά εισαγωγής %1.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Αποθήκευση της αναφοράς εισαγωγής</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Αρχεία κειμένου (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in “%1”: %2. Choose another folder, or copy the report instead.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της αναφοράς στο «%1»: %2. Επιλέξτε άλλον φάκελο ή αντιγράψτε καλύτερα την αναφορά.</translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message>
        <source>Say what the values mean</source>
        <translation>Δηλώστε τι σημαίνουν οι τιμές</translation>
    </message>
    <message>
        <source>These kinds, levels and themes of the file are not among Passerelle’s. Choose what each one means; the city file remembers your choices for the next import.</source>
        <translation>Αυτά τα είδη, επίπεδα και θεματικές του αρχείου δεν περιλαμβάνονται σε εκείνα του Passerelle. Επιλέξτε τι σημαίνει το καθένα· το αρχείο πόλης θυμάται τις επιλογές σας για την επόμενη εισαγωγή.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Στο αρχείο</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Γραμμές</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Σημαίνει</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Πρώτη εμφάνιση στη γραμμή %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Τι σημαίνει το «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>%n ακόμη τιμή δεν εμφανίζεται στη λίστα: οι γραμμές με είδος ή επίπεδο εκτός λίστας παραλείπονται και μια θεματική εκτός λίστας γίνεται νέα θεματική.</numerusform>
            <numerusform>%n ακόμη τιμές δεν εμφανίζονται στη λίστα: οι γραμμές με είδος ή επίπεδο εκτός λίστας παραλείπονται και μια θεματική εκτός λίστας γίνεται νέα θεματική.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>Παράλειψη αυτών των γραμμών</translation>
    </message>
    <message>
        <source>A new theme “%1”</source>
        <translation>Νέα θεματική «%1»</translation>
    </message>
    <message>
        <source>No theme: leave it out</source>
        <translation>Χωρίς θεματική: παράλειψη</translation>
    </message>
</context>
<context>
    <name>StakeholderPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Πληκτρολογήστε μέρος ενός ονόματος</translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Προσθήκη φορέα</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>Προσθήκη φορέα (Insert)</translation>
    </message>
    <message>
        <source>Copy the selected stakeholders with their themes, scores and notes (Ctrl+D)</source>
        <translation>Αντιγραφή των επιλεγμένων φορέων με τις θεματικές, τις βαθμολογίες και τις σημειώσεις τους (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>Διαγραφή των επιλεγμένων φορέων (Delete)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>name and number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Νέος φορέας</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Προσθήκη του φορέα «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>Αντιγραφή %n φορέα</numerusform>
            <numerusform>Αντιγραφή %n φορέων</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Αντιγραφή του «%1»</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Διαγραφή φορέων</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Διαγραφή του «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Διαγραφή %n φορέα</numerusform>
            <numerusform>Διαγραφή %n φορέων</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRelation</name>
    <message>
        <source>Partnership</source>
        <translation>Συνεργασία</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Παραπομπή</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Συντονισμός</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Ένταση</translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>η %n σχέση του</numerusform>
            <numerusform>οι %n σχέσεις του</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>η %n σχέση τους</numerusform>
            <numerusform>οι %n σχέσεις τους</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>η %n επαφή του</numerusform>
            <numerusform>οι %n επαφές του</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>η %n επαφή τους</numerusform>
            <numerusform>οι %n επαφές τους</numerusform>
        </translation>
    </message>
    <message>
        <source>its seat in the City Stakeholder Group</source>
        <translation>η θέση του στην Τοπική Ομάδα Φορέων</translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>η %n θέση τους στην Τοπική Ομάδα Φορέων</numerusform>
            <numerusform>οι %n θέσεις τους στην Τοπική Ομάδα Φορέων</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Διαγραφή του «%1»;</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>Διαγραφή %n φορέα;</numerusform>
            <numerusform>Διαγραφή %n φορέων;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be deleted too.</source>
        <translation>Θα διαγραφούν επίσης: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of things deleted</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two things deleted</comment>
        <translation>%1 και %2</translation>
    </message>
</context>
<context>
    <name>StakeholderRepository</name>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>Το όνομα του φορέα</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Ο φορέας</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>Η επιρροή</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>Το ενδιαφέρον</translation>
    </message>
    <message>
        <source>A theme of the stakeholder</source>
        <translation>Μια θεματική του φορέα</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>Το όνομα του προσώπου επικοινωνίας</translation>
    </message>
    <message>
        <source>The contact person&apos;s stakeholder</source>
        <translation>Ο φορέας του προσώπου επικοινωνίας</translation>
    </message>
    <message>
        <source>The relation&apos;s first stakeholder</source>
        <translation>Ο πρώτος φορέας της σχέσης</translation>
    </message>
    <message>
        <source>The relation&apos;s second stakeholder</source>
        <translation>Ο δεύτερος φορέας της σχέσης</translation>
    </message>
    <message>
        <source>The strength of the relation</source>
        <translation>Η ένταση της σχέσης</translation>
    </message>
    <message>
        <source>The relation between these two stakeholders</source>
        <translation>Η σχέση μεταξύ αυτών των δύο φορέων</translation>
    </message>
    <message>
        <source>The engagement&apos;s stakeholder</source>
        <translation>Ο φορέας της επαφής</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Η ημερομηνία</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>Η ημερομηνία επανεπικοινωνίας</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>Το «%1» δεν μοιάζει με διεύθυνση email (name@example.org). Διορθώστε τη ή αφήστε το email κενό.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>Το «%1» δεν μοιάζει με αριθμό τηλεφώνου: χρησιμοποιήστε μόνο ψηφία, κενά και τα σύμβολα + - ( ) ., με τουλάχιστον έξι ψηφία. Διορθώστε τον ή αφήστε το τηλέφωνο κενό.</translation>
    </message>
    <message>
        <source>A relation links two different stakeholders. Choose another stakeholder for one of its ends.</source>
        <translation>Μια σχέση συνδέει δύο διαφορετικούς φορείς. Επιλέξτε άλλον φορέα για ένα από τα δύο άκρα της.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Member</source>
        <translation>Μέλος</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Χωρίς θεματική</translation>
    </message>
    <message>
        <source>Member of the City Stakeholder Group</source>
        <translation>Μέλος της Τοπικής Ομάδας Φορέων</translation>
    </message>
    <message>
        <source>Not a member of the City Stakeholder Group</source>
        <translation>Δεν είναι μέλος της Τοπικής Ομάδας Φορέων</translation>
    </message>
    <message>
        <source>No engagement logged yet</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία επαφή</translation>
    </message>
    <message>
        <source>Last contact on %1; a follow-up is overdue</source>
        <translation>Τελευταία επαφή στις %1· μια επανεπικοινωνία είναι εκπρόθεσμη</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Τελευταία επαφή στις %1</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>Από %1 (χαμηλή) έως %2 (υψηλή)</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Εκπρόθεσμη επανεπικοινωνία από τις %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1: %2</source>
        <translation>Εκπρόθεσμη επανεπικοινωνία από τις %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>και %n ακόμη εκπρόθεσμη επανεπικοινωνία</numerusform>
            <numerusform>και %n ακόμη εκπρόθεσμες επανεπικοινωνίες</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θεματικές</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Επιρροή</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ενδιαφέρον</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Στάση</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Τελευταία επαφή</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Επεξεργασία του φορέα «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderXlsxExport</name>
    <message>
        <source>Contacts (personal data)</source>
        <translation>Πρόσωπα επικοινωνίας (προσωπικά δεδομένα)</translation>
    </message>
    <message>
        <source>Personal data: share this sheet only with people who need it to contact these persons, and delete copies you no longer need.</source>
        <translation>Προσωπικά δεδομένα: κοινοποιήστε αυτό το φύλλο μόνο σε όσους το χρειάζονται για να επικοινωνήσουν με αυτά τα πρόσωπα και διαγράψτε τα αντίγραφα που δεν χρειάζεστε πια.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Φορέας</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Πρόσωπο επικοινωνίας</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ιδιότητα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Προτιμώμενη γλώσσα</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Συναίνεση για επικοινωνία</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: the temporary folder is not writable (%1). Free some space on the disk, then export again.</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία του βιβλίου εργασίας Excel: δεν είναι δυνατή η εγγραφή στον προσωρινό φάκελο (%1). Ελευθερώστε χώρο στον δίσκο και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: not enough memory. Close other programs, then export again.</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία του βιβλίου εργασίας Excel: δεν υπάρχει αρκετή μνήμη. Κλείστε άλλα προγράμματα και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Φορείς</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Τελευταία επαφή</translation>
    </message>
    <message>
        <source>The Excel workbook could not be made (%1). Check the free space on the disk, then export again.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του βιβλίου εργασίας Excel (%1). Ελέγξτε τον ελεύθερο χώρο στον δίσκο και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read back (%1). Check the free space on the disk, then export again.</source>
        <translation>Δεν ήταν δυνατή η επανανάγνωση του βιβλίου εργασίας Excel (%1). Ελέγξτε τον ελεύθερο χώρο στον δίσκο και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPane</name>
    <message>
        <source>Stakeholders</source>
        <translation>Φορείς</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Εισα&amp;γωγή από CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ε&amp;ξαγωγή…</translation>
    </message>
    <message>
        <source>Overdue follow-ups…</source>
        <translation>Εκπρόθεσμες επανεπικοινωνίες…</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Πίνα&amp;κας</translation>
    </message>
    <message>
        <source>&amp;Influence and interest</source>
        <translation>Επι&amp;ρροή και ενδιαφέρον</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Δίκτ&amp;υο</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>Ομάδα φορέ&amp;ων</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Σ&amp;τοιχεία</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Πρό&amp;σωπα επικοινωνίας</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>Σ&amp;χέσεις</translation>
    </message>
    <message>
        <source>Engage&amp;ments</source>
        <translation>Επα&amp;φές</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>Προσθήκη ή ενημέρωση φορέων από υπολογιστικό φύλλο αποθηκευμένο ως CSV</translation>
    </message>
    <message>
        <source>Write every stakeholder with their contacts as CSV or Excel</source>
        <translation>Εγγραφή όλων των φορέων με τα πρόσωπα επικοινωνίας τους σε CSV ή Excel</translation>
    </message>
    <message>
        <source>List every follow-up promised for a day already past and not logged as done, across stakeholders</source>
        <translation>Λίστα όλων των επανεπικοινωνιών που υποσχεθήκατε για ημέρα που έχει ήδη περάσει και δεν έχουν καταγραφεί ως πραγματοποιημένες, για όλους τους φορείς</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected stakeholder; hidden, they leave their width to the view</source>
        <translation>Εμφάνιση ή απόκρυψη των στοιχείων του επιλεγμένου φορέα· όταν είναι κρυμμένα, αφήνουν το πλάτος τους στην προβολή</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Απόκρυψη στοιχείων</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Εμφάνιση στοιχείων</translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message>
        <source>high influence and high interest: involve them in every step and consult them on each priority.</source>
        <translation>υψηλή επιρροή και υψηλό ενδιαφέρον: εμπλέξτε τους σε κάθε βήμα και ζητήστε τη γνώμη τους για κάθε προτεραιότητα.</translation>
    </message>
    <message>
        <source>high influence, lower interest: meet their expectations on what concerns them, without overloading them.</source>
        <translation>υψηλή επιρροή, χαμηλότερο ενδιαφέρον: ανταποκριθείτε στις προσδοκίες τους σε ό,τι τους αφορά, χωρίς να τους επιβαρύνετε.</translation>
    </message>
    <message>
        <source>lower influence, high interest: keep them informed and listen to them; they often know the field best.</source>
        <translation>χαμηλότερη επιρροή, υψηλό ενδιαφέρον: κρατήστε τους ενήμερους και ακούστε τους· συχνά γνωρίζουν καλύτερα το πεδίο.</translation>
    </message>
    <message>
        <source>lower influence and interest: follow how their position changes, with little effort.</source>
        <translation>χαμηλότερη επιρροή και ενδιαφέρον: παρακολουθήστε πώς εξελίσσεται η στάση τους, με μικρή προσπάθεια.</translation>
    </message>
    <message>
        <source>Stakeholders by strategy</source>
        <translation>Φορείς ανά στρατηγική</translation>
    </message>
    <message>
        <source>Each quadrant of the grid calls for its own way of working with the stakeholders in it:</source>
        <translation>Κάθε τεταρτημόριο του πλέγματος απαιτεί τον δικό του τρόπο συνεργασίας με τους φορείς που βρίσκονται σε αυτό:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Φορέας</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Επιρροή</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ενδιαφέρον</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Στάση</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Influence and interest are scored from 1 to 5; a score of 3 or more counts as high.</source>
        <translation>Η επιρροή και το ενδιαφέρον βαθμολογούνται από 1 έως 5· βαθμός 3 ή μεγαλύτερος θεωρείται υψηλός.</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη κανένας φορέας.</translation>
    </message>
    <message>
        <source>Stakeholders by kind</source>
        <translation>Φορείς ανά είδος</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Στρατηγική</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Πρόσωπα επικοινωνίας</translation>
    </message>
    <message>
        <source>This report includes personal data at the officer’s request: share it only with those who need it.</source>
        <translation>Αυτή η έκθεση περιλαμβάνει προσωπικά δεδομένα κατόπιν επιλογής του υπαλλήλου: κοινοποιήστε τη μόνο σε όσους τη χρειάζονται.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ιδιότητα</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>No contact person is recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη κανένα πρόσωπο επικοινωνίας.</translation>
    </message>
    <message>
        <source>No relation between stakeholders is recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία σχέση μεταξύ φορέων.</translation>
    </message>
    <message>
        <source>Partnerships, funding, referrals, coordination and tensions between the stakeholders that have any. A thicker line is a stronger tie; an arrow shows who funds or refers to whom.</source>
        <translation>Συνεργασίες, χρηματοδοτήσεις, παραπομπές, συντονισμός και εντάσεις μεταξύ των φορέων που έχουν τέτοιες σχέσεις. Μια παχύτερη γραμμή σημαίνει ισχυρότερο δεσμό· ένα βέλος δείχνει ποιος χρηματοδοτεί ή παραπέμπει σε ποιον.</translation>
    </message>
    <message>
        <source>The relations network of the stakeholders.</source>
        <translation>Το δίκτυο σχέσεων των φορέων.</translation>
    </message>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>Δίκτυο %n σχέσης μεταξύ φορέων.</numerusform>
            <numerusform>Δίκτυο %n σχέσεων μεταξύ φορέων.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>Οι σχέσεις συνδέουν %n φορέα: υπερβολικά πολλούς για να σχεδιαστούν ευανάγνωστα σε μία σελίδα. Η προβολή δικτύου του προγράμματος τους δείχνει, φιλτραρισμένους κατά είδος ή θεματική.</numerusform>
            <numerusform>Οι σχέσεις συνδέουν %n φορείς: υπερβολικά πολλούς για να σχεδιαστούν ευανάγνωστα σε μία σελίδα. Η προβολή δικτύου του προγράμματος τους δείχνει, φιλτραρισμένους κατά είδος ή θεματική.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Σχέση</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>Όλες οι σχέσεις</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Χάρτης φορέων</translation>
    </message>
    <message>
        <source>The actors of migrant inclusion in the city: their influence and interest, their relations, the stakeholder group</source>
        <translation>Οι φορείς της ένταξης των μεταναστών στην πόλη: η επιρροή και το ενδιαφέρον τους, οι σχέσεις τους, η Τοπική Ομάδα Φορέων</translation>
    </message>
    <message>
        <source>Who works on migrant inclusion in the city, how much they weigh and how they work together</source>
        <translation>Ποιοι εργάζονται για την ένταξη των μεταναστών στην πόλη, πόσο βαραίνουν και πώς συνεργάζονται</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n φορέας</numerusform>
            <numerusform>%n φορείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n σχέση</numerusform>
            <numerusform>%n σχέσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>The influence/interest grid</source>
        <translation>Το πλέγμα επιρροής/ενδιαφέροντος</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>φορείς</translation>
    </message>
    <message>
        <source>relations between them</source>
        <translation>σχέσεις μεταξύ τους</translation>
    </message>
    <message>
        <source>members of the stakeholder group</source>
        <translation>μέλη της Τοπικής Ομάδας Φορέων</translation>
    </message>
    <message>
        <source>to manage closely</source>
        <translation>για στενή διαχείριση</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet: the grid will show them once the officer has entered and scored them.</source>
        <translation>Δεν έχει καταγραφεί ακόμη κανένας φορέας: το πλέγμα θα τους δείξει μόλις ο υπάλληλος τους καταχωρίσει και τους βαθμολογήσει.</translation>
    </message>
    <message>
        <source>Each stakeholder is placed by the influence it has on migrant inclusion in the city (upwards) and by its interest in it (rightwards). The colour of a dot is its kind.</source>
        <translation>Κάθε φορέας τοποθετείται ανάλογα με την επιρροή που έχει στην ένταξη των μεταναστών στην πόλη (προς τα πάνω) και το ενδιαφέρον του για αυτήν (προς τα δεξιά). Το χρώμα μιας κουκκίδας δείχνει το είδος του.</translation>
    </message>
    <message>
        <source>The stakeholders on the influence/interest grid.</source>
        <translation>Οι φορείς στο πλέγμα επιρροής/ενδιαφέροντος.</translation>
    </message>
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>Πλέγμα επιρροής/ενδιαφέροντος %n φορέα.</numerusform>
            <numerusform>Πλέγμα επιρροής/ενδιαφέροντος %n φορέων.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Σχέσεις μεταξύ φορέων</translation>
    </message>
    <message>
        <source>The City Stakeholder Group</source>
        <translation>Η Τοπική Ομάδα Φορέων</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the standing consultation body of the city’s migrant-inclusion work.</source>
        <translation>Η Τοπική Ομάδα Φορέων είναι το μόνιμο συμβουλευτικό όργανο της πόλης για το έργο της ένταξης των μεταναστών.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>Έχει %n μέλος.</numerusform>
            <numerusform>Έχει %n μέλη.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>Έχει συνεδριάσει %n φορά, τελευταία στις %1.</numerusform>
            <numerusform>Έχει συνεδριάσει %n φορές, τελευταία στις %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Μέλος</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Ρόλος στην ομάδα</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Μέλος από</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Πρόσωπο επικοινωνίας</translation>
    </message>
    <message>
        <source>The stakeholder group has no member yet.</source>
        <translation>Η Τοπική Ομάδα Φορέων δεν έχει ακόμη μέλη.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Add &amp;area…</source>
        <translation>Προσθήκη &amp;τομέα…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Προσθήκη &amp;κριτηρίου…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Μετακίνηση &amp;πάνω</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Μετακίνηση κάτ&amp;ω</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Απόσυρση…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Επανα&amp;φορά</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>Ε&amp;ξαγωγή προτύπου…</translation>
    </message>
    <message>
        <source>I&amp;mport template…</source>
        <translation>Ει&amp;σαγωγή προτύπου…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Λίστα ελέγχου:</translation>
    </message>
    <message>
        <source>The areas and items the rounds ask. Double-click a cell to edit it. Retire an item that no longer applies: its answers in earlier rounds stay and still count in their scores.</source>
        <translation>Οι τομείς και τα κριτήρια στα οποία αφορούν οι γύροι. Κάντε διπλό κλικ σε ένα κελί για να το επεξεργαστείτε. Αποσύρετε ένα κριτήριο που δεν ισχύει πλέον: οι απαντήσεις του σε προηγούμενους γύρους παραμένουν και εξακολουθούν να μετρούν στις βαθμολογίες τους.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (έκδοση %2)</translation>
    </message>
    <message>
        <source>Add the area “%1”</source>
        <translation>Προσθήκη του τομέα «%1»</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>Προσθήκη του κριτηρίου «%1»</translation>
    </message>
    <message>
        <source>Move the item “%1”</source>
        <translation>Μετακίνηση του κριτηρίου «%1»</translation>
    </message>
    <message>
        <source>Move the area “%1”</source>
        <translation>Μετακίνηση του τομέα «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>Απόσυρση του «%1»;

Οι γύροι που θα διεξαχθούν από σήμερα και μετά δεν θα το περιλαμβάνουν. Η %n απάντησή του σε προηγούμενους γύρους παραμένει και εξακολουθεί να μετρά στις βαθμολογίες εκείνων των γύρων. Μπορείτε να επαναφέρετε το κριτήριο αργότερα.</numerusform>
            <numerusform>Απόσυρση του «%1»;

Οι γύροι που θα διεξαχθούν από σήμερα και μετά δεν θα το περιλαμβάνουν. Οι %n απαντήσεις του σε προηγούμενους γύρους παραμένουν και εξακολουθούν να μετρούν στις βαθμολογίες εκείνων των γύρων. Μπορείτε να επαναφέρετε το κριτήριο αργότερα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire an item</source>
        <translation>Απόσυρση κριτηρίου</translation>
    </message>
    <message>
        <source>Retire the item “%1”</source>
        <translation>Απόσυρση του κριτηρίου «%1»</translation>
    </message>
    <message>
        <source>Bring back the item “%1”</source>
        <translation>Επαναφορά του κριτηρίου «%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Only an area the city added and that holds no items can be deleted. Retire the items of “%1” instead.</source>
        <translation>Μόνο ένας τομέας που πρόσθεσε η πόλη και δεν περιέχει κριτήρια μπορεί να διαγραφεί. Αποσύρετε καλύτερα τα κριτήρια του «%1».</translation>
    </message>
    <message>
        <source>Delete the area “%1”</source>
        <translation>Διαγραφή του τομέα «%1»</translation>
    </message>
    <message>
        <source>Delete the item “%1”</source>
        <translation>Διαγραφή του κριτηρίου «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>Το «%1» έχει %n απάντηση σε προηγούμενους γύρους, η οποία θα χανόταν με τη διαγραφή.</numerusform>
            <numerusform>Το «%1» έχει %n απαντήσεις σε προηγούμενους γύρους, οι οποίες θα χάνονταν με τη διαγραφή.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to the built-in checklist: a later version may still reword it.</source>
        <translation>Το «%1» ανήκει στην ενσωματωμένη λίστα ελέγχου: μια μεταγενέστερη έκδοση μπορεί ακόμη να το αναδιατυπώσει.</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>Έχει ήδη αποσυρθεί.</translation>
    </message>
    <message>
        <source>Retire it instead? Rounds held from today on will no longer ask it; its answers stay and still count in the scores of earlier rounds.</source>
        <translation>Να αποσυρθεί καλύτερα; Οι γύροι που θα διεξαχθούν από σήμερα και μετά δεν θα το περιλαμβάνουν· οι απαντήσεις του παραμένουν και εξακολουθούν να μετρούν στις βαθμολογίες των προηγούμενων γύρων.</translation>
    </message>
</context>
<context>
    <name>TemplateEntryDialog</name>
    <message>
        <source>New area</source>
        <translation>Νέος τομέας</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Νέο κριτήριο</translation>
    </message>
    <message>
        <source>What the area covers, in a sentence or two.</source>
        <translation>Τι καλύπτει ο τομέας, σε μία ή δύο προτάσεις.</translation>
    </message>
    <message>
        <source>What shows that the city meets it: a document, a figure, a service to visit.</source>
        <translation>Τι δείχνει ότι η πόλη το πληροί: ένα έγγραφο, ένα μέγεθος, μια υπηρεσία προς επίσκεψη.</translation>
    </message>
    <message>
        <source>For example: Health</source>
        <translation>Για παράδειγμα: Υγεία</translation>
    </message>
    <message>
        <source>For example: A newly arrived child can enrol in a public school without a residence permit.</source>
        <translation>Για παράδειγμα: Ένα παιδί που μόλις έφτασε μπορεί να εγγραφεί σε δημόσιο σχολείο χωρίς άδεια διαμονής.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Χωρίς θεματική</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Διατύπωση:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Περιγραφή:</translation>
    </message>
    <message>
        <source>&amp;Guidance on evidence:</source>
        <translation>&amp;Καθοδήγηση για τα τεκμήρια:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Θεματική:</translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message>
        <source>“%1” could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του «%1»: %2. Ελέγξτε ότι το αρχείο υπάρχει και ότι έχετε δικαίωμα ανάγνωσής του.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>Το «%1» υπερβαίνει τα %2 MB που μπορεί να έχει ένα πρότυπο λίστας ελέγχου, επομένως δεν είναι πρότυπο. Ζητήστε από την πόλη που το έστειλε τη λίστα ελέγχου όπως την εξάγει το Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is larger than the %1 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>Το αρχείο λίστας ελέγχου υπερβαίνει τα %1 MB που μπορεί να έχει ένα πρότυπο λίστας ελέγχου, επομένως δεν είναι πρότυπο. Ζητήστε από την πόλη που το έστειλε τη λίστα ελέγχου όπως την εξάγει το Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is not valid JSON: %1 at line %2 (character %3). Ask the sender for a new copy.</source>
        <translation>Το αρχείο λίστας ελέγχου δεν είναι έγκυρο JSON: %1 στη γραμμή %2 (χαρακτήρας %3). Ζητήστε ένα νέο αντίγραφο από τον αποστολέα.</translation>
    </message>
    <message>
        <source>The file is not a Passerelle checklist: it has no “format” or no “areas”.</source>
        <translation>Το αρχείο δεν είναι λίστα ελέγχου του Passerelle: δεν έχει «format» ή δεν έχει «areas».</translation>
    </message>
    <message>
        <source>The checklist uses format %1, newer than this Passerelle reads (format %2). Update Passerelle to import it.</source>
        <translation>Η λίστα ελέγχου χρησιμοποιεί τη μορφή %1, νεότερη από αυτή που διαβάζει αυτή η έκδοση του Passerelle (μορφή %2). Ενημερώστε το Passerelle για να την εισαγάγετε.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, which this Passerelle does not read (format %2). Update Passerelle to import it.</source>
        <translation>Η λίστα ελέγχου χρησιμοποιεί τη μορφή %1, την οποία δεν διαβάζει αυτή η έκδοση του Passerelle (μορφή %2). Ενημερώστε το Passerelle για να την εισαγάγετε.</translation>
    </message>
    <message>
        <source>The checklist has no key. Give it a “key” that names it.</source>
        <translation>Η λίστα ελέγχου δεν έχει κλειδί. Δώστε της ένα «key» που την ονομάζει.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>Το κλειδί της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist “%1” has no valid version: it must be 1 or more.</source>
        <translation>Η λίστα ελέγχου «%1» δεν έχει έγκυρη έκδοση: πρέπει να είναι 1 ή μεγαλύτερη.</translation>
    </message>
    <message>
        <source>The checklist “%1” does not say which languages it is written in.</source>
        <translation>Η λίστα ελέγχου «%1» δεν δηλώνει σε ποιες γλώσσες είναι γραμμένη.</translation>
    </message>
    <message>
        <source>%1 has no “%2” translation. Add it, or remove “%2” from the template&apos;s languages.</source>
        <translation>%1: δεν υπάρχει μετάφραση «%2». Προσθέστε τη ή αφαιρέστε το «%2» από τις γλώσσες του προτύπου.</translation>
    </message>
    <message>
        <source>%1 is empty in “%2”. Write it, or remove the record.</source>
        <translation>%1: κενό στη γλώσσα «%2». Γράψτε το κείμενο ή διαγράψτε την εγγραφή.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <comment>a text in a language</comment>
        <translation>%1 (γλώσσα «%2»)</translation>
    </message>
    <message>
        <source>%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.</source>
        <translation>%1: έχει τη θεματική «%2», την οποία το Passerelle δεν γνωρίζει. Χρησιμοποιήστε μία από τις εξής: %3.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>Ο τίτλος της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist&apos;s description</source>
        <translation>Η περιγραφή της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist “%1” has no areas.</source>
        <translation>Η λίστα ελέγχου «%1» δεν έχει τομείς.</translation>
    </message>
    <message>
        <source>The checklist “%1” has %2 items, more than the %3 a checklist may have. Split it into several checklists.</source>
        <translation>Η λίστα ελέγχου «%1» έχει %2 κριτήρια, περισσότερα από τα %3 που μπορεί να έχει μια λίστα. Χωρίστε τη σε περισσότερες λίστες ελέγχου.</translation>
    </message>
    <message>
        <source>An area of the checklist has no key. Give every area a key.</source>
        <translation>Ένας τομέας της λίστας ελέγχου δεν έχει κλειδί. Δώστε κλειδί σε κάθε τομέα.</translation>
    </message>
    <message>
        <source>The key of an area</source>
        <translation>Το κλειδί ενός τομέα</translation>
    </message>
    <message>
        <source>The area key “%1” appears twice. Give each area its own key.</source>
        <translation>Το κλειδί τομέα «%1» εμφανίζεται δύο φορές. Δώστε σε κάθε τομέα το δικό του κλειδί.</translation>
    </message>
    <message>
        <source>The area “%1”</source>
        <translation>Ο τομέας «%1»</translation>
    </message>
    <message>
        <source>The title of the area “%1”</source>
        <translation>Ο τίτλος του τομέα «%1»</translation>
    </message>
    <message>
        <source>The description of the area “%1”</source>
        <translation>Η περιγραφή του τομέα «%1»</translation>
    </message>
    <message>
        <source>An item of the area “%1” has no key. Give every item a key.</source>
        <translation>Ένα κριτήριο του τομέα «%1» δεν έχει κλειδί. Δώστε κλειδί σε κάθε κριτήριο.</translation>
    </message>
    <message>
        <source>The key of an item of the area “%1”</source>
        <translation>Το κλειδί ενός κριτηρίου του τομέα «%1»</translation>
    </message>
    <message>
        <source>The item key “%1” appears twice. Give each item its own key.</source>
        <translation>Το κλειδί κριτηρίου «%1» εμφανίζεται δύο φορές. Δώστε σε κάθε κριτήριο το δικό του κλειδί.</translation>
    </message>
    <message>
        <source>The item “%1”</source>
        <translation>Το κριτήριο «%1»</translation>
    </message>
    <message>
        <source>The statement of the item “%1”</source>
        <translation>Η διατύπωση του κριτηρίου «%1»</translation>
    </message>
    <message>
        <source>The guidance of the item “%1”</source>
        <translation>Η καθοδήγηση του κριτηρίου «%1»</translation>
    </message>
    <message>
        <source>The item “%1” says it was added in version %2, but the checklist is at version %3.</source>
        <translation>Το κριτήριο «%1» δηλώνει ότι προστέθηκε στην έκδοση %2, αλλά η λίστα ελέγχου βρίσκεται στην έκδοση %3.</translation>
    </message>
    <message>
        <source>Passerelle has no built-in checklist “%1”.</source>
        <translation>Το Passerelle δεν έχει ενσωματωμένη λίστα ελέγχου «%1».</translation>
    </message>
</context>
<context>
    <name>TemplateInstaller</name>
    <message>
        <source>This file already has version %1 of the checklist “%2”; the one offered is version %3. Nothing was changed.</source>
        <translation>Αυτό το αρχείο έχει ήδη την έκδοση %1 της λίστας ελέγχου «%2»· η προτεινόμενη είναι η έκδοση %3. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The checklist to upgrade is no longer in the file.</source>
        <translation>Η λίστα ελέγχου προς αναβάθμιση δεν υπάρχει πλέον στο αρχείο.</translation>
    </message>
    <message>
        <source>The checklist to export is no longer in the file.</source>
        <translation>Η λίστα ελέγχου προς εξαγωγή δεν υπάρχει πλέον στο αρχείο.</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>Πρότυπα λιστών ελέγχου (*.json);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Εξαγωγή της λίστας ελέγχου</translation>
    </message>
    <message>
        <source>The checklist could not be written to “%1”: %2. Choose another folder or free some space, then export again.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της λίστας ελέγχου στο «%1»: %2. Επιλέξτε άλλον φάκελο ή ελευθερώστε χώρο και, στη συνέχεια, κάντε ξανά την εξαγωγή.</translation>
    </message>
    <message>
        <source>The checklist “%1” was written: a partner city imports it with Import a checklist.</source>
        <translation>Η λίστα ελέγχου «%1» γράφτηκε: μια πόλη-εταίρος την εισάγει με την εντολή Εισαγωγή λίστας ελέγχου.</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Εισαγωγή λίστας ελέγχου</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2

Nothing was changed. Ask the city that sent it for a file exported by Passerelle.</source>
        <translation>Το «%1» δεν μπορεί να εισαχθεί: %2

Δεν άλλαξε τίποτα. Ζητήστε από την πόλη που το έστειλε ένα αρχείο που εξήχθη από το Passerelle.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>areas and items</comment>
        <translation>%1 και %2</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n τομέας</numerusform>
            <numerusform>%n τομείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n κριτήριο</numerusform>
            <numerusform>%n κριτήρια</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds version %2 of the checklist “%3”, and this file already has version %4. Nothing was changed.</source>
        <translation>Το «%1» περιέχει την έκδοση %2 της λίστας ελέγχου «%3» και αυτό το αρχείο έχει ήδη την έκδοση %4. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Upgrade the checklist “%1” from version %2 to version %3 (%4)?

Reworded items keep their answers; items the new version no longer has are retired, not deleted. Edit &gt; Undo puts the checklist back as it was.</source>
        <translation>Αναβάθμιση της λίστας ελέγχου «%1» από την έκδοση %2 στην έκδοση %3 (%4);

Τα κριτήρια που αναδιατυπώθηκαν διατηρούν τις απαντήσεις τους· τα κριτήρια που δεν υπάρχουν πια στη νέα έκδοση αποσύρονται, δεν διαγράφονται. Η εντολή Επεξεργασία &gt; Αναίρεση επαναφέρει τη λίστα ελέγχου όπως ήταν.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”, version %2 (%3)?

It is added beside the checklists of this file. Edit &gt; Undo takes it away again.</source>
        <translation>Εισαγωγή της λίστας ελέγχου «%1», έκδοση %2 (%3);

Προστίθεται δίπλα στις λίστες ελέγχου αυτού του αρχείου. Η εντολή Επεξεργασία &gt; Αναίρεση την αφαιρεί ξανά.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”</source>
        <translation>Εισαγωγή της λίστας ελέγχου «%1»</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>Το «%1» δεν εισήχθη: %2</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n κριτήριο σε χρήση</numerusform>
            <numerusform>%n κριτήρια σε χρήση</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the city</source>
        <translation>Προστέθηκε από την πόλη</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Ενσωματωμένο</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Σε χρήση</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Αποσύρθηκε στις %1</translation>
    </message>
    <message>
        <source>Built-in, version %1</source>
        <translation>Ενσωματωμένο, έκδοση %1</translation>
    </message>
    <message>
        <source>Area / statement</source>
        <translation>Τομέας / διατύπωση</translation>
    </message>
    <message>
        <source>Guidance on evidence</source>
        <translation>Καθοδήγηση για τα τεκμήρια</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θεματική</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Edit the area “%1”</source>
        <translation>Επεξεργασία του τομέα «%1»</translation>
    </message>
    <message>
        <source>Edit the item “%1”</source>
        <translation>Επεξεργασία του κριτηρίου «%1»</translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <source>No theme</source>
        <translation>Χωρίς θεματική</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>The theme&apos;s name</source>
        <translation>Το όνομα της θεματικής</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Η θεματική</translation>
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
        <translation>Τ%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>A quarter of a year in the timeline&apos;s header when there is no room for the year.</extracomment>
        <translation>Τ%1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Action plan timeline</source>
        <translation>Χρονοδιάγραμμα του σχεδίου δράσης</translation>
    </message>
    <message>
        <source>The actions and milestones of the plan by date, beside the tree of the plan. Drag a bar or a milestone to change its dates, or select it and press Left or Right to move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start).</source>
        <translation>Οι δράσεις και τα ορόσημα του σχεδίου ανά ημερομηνία, δίπλα στο δέντρο του σχεδίου. Σύρετε μια ράβδο ή ένα ορόσημο για να αλλάξετε τις ημερομηνίες του ή επιλέξτε το και πατήστε Αριστερά ή Δεξιά για να το μετακινήσετε κατά μία ημέρα (με Shift, κατά μία εβδομάδα· με Ctrl, τη λήξη του· με Alt, την έναρξή του).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan&apos;s actions as bars and milestones as diamonds, by date.&lt;/p&gt;&lt;p&gt;Drag a bar to move the action, or one of its ends to change its start or end date; drag a milestone to change its due date.&lt;/p&gt;&lt;p&gt;With an action or a milestone selected, Left and Right move it by a day, Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action&apos;s end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses in a row on the same bar are one undo step. With nothing selected, Left and Right scroll; + and - zoom in and out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Οι δράσεις του σχεδίου ως ράβδοι και τα ορόσημα ως ρόμβοι, ανά ημερομηνία.&lt;/p&gt;&lt;p&gt;Σύρετε μια ράβδο για να μετακινήσετε τη δράση ή ένα από τα άκρα της για να αλλάξετε την ημερομηνία έναρξης ή λήξης της· σύρετε ένα ορόσημο για να αλλάξετε την προθεσμία του.&lt;/p&gt;&lt;p&gt;Με επιλεγμένη μια δράση ή ένα ορόσημο, τα πλήκτρα Αριστερά και Δεξιά το μετακινούν κατά μία ημέρα, τα Shift+Αριστερά και Shift+Δεξιά κατά μία εβδομάδα· τα Ctrl+Αριστερά και Ctrl+Δεξιά μετακινούν τη λήξη της δράσης, τα Alt+Αριστερά και Alt+Δεξιά την έναρξή της. Το ένα άκρο δεν ξεπερνά ποτέ το άλλο. Διαδοχικά πατήματα στην ίδια ράβδο αποτελούν ένα βήμα αναίρεσης. Χωρίς επιλογή, τα Αριστερά και Δεξιά κάνουν κύλιση· τα + και - μεγεθύνουν και σμικρύνουν.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Passerelle user guide</source>
        <translation>Οδηγός χρήσης του Passerelle</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Type a value, or cancel the change.</source>
        <translation>%1: το πεδίο είναι υποχρεωτικό. Πληκτρολογήστε μια τιμή ή ακυρώστε την αλλαγή.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, like %4.</source>
        <translation>%1: η τιμή πρέπει να είναι μεταξύ %2 και %3, όπως %4.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter zero or a positive number.</source>
        <translation>%1: η τιμή δεν μπορεί να είναι αρνητική. Εισαγάγετε μηδέν ή θετικό αριθμό.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1: η τιμή πρέπει να είναι μεταξύ %2 και %3.</translation>
    </message>
    <message>
        <source>%1 comes before %2. Correct one of the two dates.</source>
        <translation>%1: είναι πριν από την τιμή «%2». Διορθώστε μία από τις δύο ημερομηνίες.</translation>
    </message>
    <message>
        <source>%1 is required. Pick a date, or cancel the change.</source>
        <translation>%1: το πεδίο είναι υποχρεωτικό. Επιλέξτε μια ημερομηνία ή ακυρώστε την αλλαγή.</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the years %2 to %3. Pick a date from the calendar.</source>
        <translation>%1: δεν είναι έγκυρη ημερομηνία μεταξύ των ετών %2 και %3. Επιλέξτε ημερομηνία από το ημερολόγιο.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have. Shorten it.</source>
        <translation>%1: το κείμενο έχει %2 χαρακτήρες, περισσότερους από τους %3 που επιτρέπονται. Συντομεύστε το.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (it may have been deleted). Choose another one.</source>
        <translation>%1: παραπέμπει σε εγγραφή που δεν υπάρχει (ίσως διαγράφηκε). Επιλέξτε άλλη.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists. Choose another one, or edit the existing record.</source>
        <translation>%1 «%2» υπάρχει ήδη. Επιλέξτε άλλη τιμή ή επεξεργαστείτε την υπάρχουσα εγγραφή.</translation>
    </message>
</context>
<context>
    <name>ValueMapOption</name>
    <message>
        <source>What a kind, level or theme value of the CSV file means when it is not recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a level (“Office=government_agency”, “Métropole=regional”), or theme:NAME for a theme of the city file (“Migration=theme:Refugees and asylum”). The city file remembers these choices for the next import.</source>
        <translation>Τι σημαίνει μια τιμή είδους, επιπέδου ή θεματικής του αρχείου CSV όταν δεν αναγνωρίζεται, στη μορφή VALUE=MEANING· επαναλάβετε για κάθε τιμή. MEANING είναι ένα είδος ή ένα επίπεδο («Office=government_agency», «Περιφέρεια=regional») ή theme:NAME για μια θεματική του αρχείου πόλης («Migration=theme:Πρόσφυγες και άσυλο»). Το αρχείο πόλης θυμάται αυτές τις επιλογές για την επόμενη εισαγωγή.</translation>
    </message>
    <message>
        <source>--map takes VALUE=MEANING, such as “Office=government_agency”, not “%1”.</source>
        <translation>Η επιλογή --map δέχεται VALUE=MEANING, όπως «Office=government_agency», όχι «%1».</translation>
    </message>
    <message>
        <source>--map “%1”: the city file has no theme “%2”. Give the name of one of its themes, as the Themes list shows it.</source>
        <translation>--map «%1»: το αρχείο πόλης δεν έχει θεματική «%2». Δώστε το όνομα μιας από τις θεματικές του, όπως εμφανίζεται στη λίστα Θεματικές.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: %4. For a theme, write theme:NAME.</source>
        <translation>--map «%1»: το «%2» δεν είναι ούτε είδος ούτε επίπεδο. Είδη: %3. Επίπεδα: %4. Για θεματική, γράψτε theme:NAME.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Καλώς ήρθατε στο Passerelle</translation>
    </message>
    <message>
        <source>Keep your city&apos;s knowledge and plan in one file: its migration profile, its stakeholders, access to services, priorities and actions. Every change is stored as soon as you make it.</source>
        <translation>Συγκεντρώστε τη γνώση και το σχέδιο της πόλης σας σε ένα αρχείο: το μεταναστευτικό προφίλ, τους φορείς, την πρόσβαση στις υπηρεσίες, τις προτεραιότητες και τις δράσεις. Κάθε αλλαγή αποθηκεύεται μόλις την κάνετε.</translation>
    </message>
    <message>
        <source>New city file…</source>
        <translation>Νέο αρχείο πόλης…</translation>
    </message>
    <message>
        <source>Start the file of your city. You give its name; the themes and profile sections are ready to fill.</source>
        <translation>Ξεκινήστε το αρχείο της πόλης σας. Δίνετε το όνομά της· οι θεματικές και οι ενότητες του προφίλ είναι έτοιμες για συμπλήρωση.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Άνοιγμα…</translation>
    </message>
    <message>
        <source>Open a city file from your computer or a USB key.</source>
        <translation>Άνοιγμα αρχείου πόλης από τον υπολογιστή σας ή από ένα USB stick.</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>Άνοιγμα της πόλης επίδειξης</translation>
    </message>
    <message>
        <source>Explore a fictional city with a complete file before starting your own. Changes stay in the demo file.</source>
        <translation>Εξερευνήστε μια φανταστική πόλη με πλήρες αρχείο πριν ξεκινήσετε το δικό σας. Οι αλλαγές παραμένουν στο αρχείο επίδειξης.</translation>
    </message>
    <message>
        <source>Recent city files</source>
        <translation>Πρόσφατα αρχεία πόλεων</translation>
    </message>
    <message>
        <source>The files you open will be listed here.</source>
        <translation>Τα αρχεία που ανοίγετε θα εμφανίζονται εδώ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle: the city integration officer&apos;s workbook.</source>
        <translation>Passerelle: το βιβλίο εργασίας του υπεύθυνου ένταξης μεταναστών της πόλης.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Εμφάνιση της έκδοσης και έξοδος.</translation>
    </message>
    <message>
        <source>Open the demo city file, making it on first use.</source>
        <translation>Άνοιγμα του αρχείου της πόλης επίδειξης, με δημιουργία του κατά την πρώτη χρήση.</translation>
    </message>
    <message>
        <source>City files to open.</source>
        <translation>Αρχεία πόλεων προς άνοιγμα.</translation>
    </message>
</context>
</TS>
