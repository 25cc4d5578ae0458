<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The city integration officer&apos;s workbook: the city&apos;s migration profile, stakeholders, access to services, priorities and action plan, in one file.</source>
        <translation>Le cahier de travail de la personne chargée de l’intégration dans une ville&#xa0;: profil migratoire, parties prenantes, accès aux services, priorités et plan d’action, dans un seul fichier.</translation>
    </message>
    <message>
        <source>Passerelle is free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Passerelle est un logiciel libre&#xa0;: vous pouvez l’utiliser, l’étudier, le partager et le modifier selon les termes de la &lt;a href=&quot;%1&quot;&gt;licence publique générale GNU&lt;/a&gt;, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilé avec Qt %1.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected budget lines</source>
        <translation>Supprimer les lignes budgétaires choisies</translation>
    </message>
    <message>
        <source>Budget lines of the action</source>
        <translation>Lignes budgétaires de l’action</translation>
    </message>
    <message>
        <source>Remove the selected progress notes</source>
        <translation>Supprimer les notes de suivi choisies</translation>
    </message>
    <message>
        <source>Progress log of the action</source>
        <translation>Suivi de l’action</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Progress lo&amp;g</source>
        <translation>Sui&amp;vi</translation>
    </message>
    <message>
        <source>Add a bu&amp;dget line</source>
        <translation>Ajouter une ligne bud&amp;gétaire</translation>
    </message>
    <message>
        <source>Add a &amp;progress note</source>
        <translation>Ajouter une n&amp;ote de suivi</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>Indicat&amp;eurs</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove the selected indicators</source>
        <translation>Supprimer les indicateurs choisis</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Indicateurs de l’action</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Ajouter une valeur mesurée</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Supprimer les valeurs choisies</translation>
    </message>
    <message>
        <source>Values measured for the indicator</source>
        <translation>Valeurs mesurées de l’indicateur</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Donnez un titre à l’action.</translation>
    </message>
    <message>
        <source>The end date is before the start date: change one of them.</source>
        <translation>La date de fin précède la date de début&#xa0;: changez l’une des deux.</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Pa&amp;rtenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ActionPlanPane</name>
    <message>
        <source>Add action</source>
        <translation>Ajout d’une action</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajout d’un jalon</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modification d’une action</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Modification d’un jalon</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Action marquée réalisée</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Jalon marqué atteint</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Suppression d’une action</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» avec son jalon, ses lignes budgétaires, ses indicateurs et son suivi&#xa0;? Annuler les remet.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» avec ses %n jalons, ses lignes budgétaires, ses indicateurs et son suivi&#xa0;? Annuler les remet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Suppression d’un jalon</translation>
    </message>
    <message>
        <source>Move action dates</source>
        <translation>Déplacement des dates d’une action</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Déplacement d’un jalon</translation>
    </message>
    <message>
        <source>Timeline by &amp;month</source>
        <translation>Calendrier par &amp;mois</translation>
    </message>
    <message>
        <source>Timeline by &amp;quarter</source>
        <translation>Calendrier par &amp;trimestre</translation>
    </message>
    <message>
        <source>Timeline by &amp;year</source>
        <translation>Calendrier par &amp;année</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>Late &amp;only</source>
        <translation>En retard seu&amp;lement</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Ajouter une a&amp;ction…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>A&amp;ujourd’hui</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Tous les pilotes</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Any funding source</source>
        <translation>Tous les financements</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>Fi&amp;nancement&#xa0;:</translation>
    </message>
    <message>
        <source>Add milesto&amp;ne…</source>
        <translation>Ajouter un &amp;jalon…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Marquer &amp;réalisé</translation>
    </message>
    <message>
        <source>Sho&amp;w the lead on the map</source>
        <translation>Voir le pilote sur la carte</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>Where the plan stands</source>
        <translation>Où en est le plan</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>Au %1, le plan compte %n action</numerusform>
            <numerusform>Au %1, le plan compte %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>, adopted by the council on %1.</source>
        <translation>, adopté par le conseil le %1.</translation>
    </message>
    <message>
        <source>; it has not been adopted by the council yet.</source>
        <translation>; il n’a pas encore été adopté par le conseil.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>actions terminées</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>late: past their end or a milestone</source>
        <translation>en retard&#xa0;: échéance ou jalon dépassé</translation>
    </message>
    <message>
        <source>progress (the mean of the actions&apos;)</source>
        <translation>avancement (moyenne des actions)</translation>
    </message>
    <message>
        <source>milestones done</source>
        <translation>jalons atteints</translation>
    </message>
    <message>
        <source>actions ending later than adopted</source>
        <translation>actions finissant plus tard que prévu à l’adoption</translation>
    </message>
    <message>
        <source>spent of %1 planned</source>
        <translation>dépensés sur %1 prévus</translation>
    </message>
    <message>
        <source>committed, not yet paid</source>
        <translation>engagés, pas encore payés</translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>Aucune note d’avancement pour l’instant.</translation>
    </message>
    <message>
        <source>What is late and why</source>
        <translation>Ce qui est en retard, et pourquoi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Latest progress note</source>
        <translation>Dernière note d’avancement</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Aucune action n’est en retard.</translation>
    </message>
    <message>
        <source>Days late: since the end date, or since the oldest milestone not done.</source>
        <translation>Jours de retard&#xa0;: depuis la date de fin, ou depuis le plus ancien jalon non atteint.</translation>
    </message>
    <message>
        <source>Done since %1</source>
        <translation>Réalisé depuis le %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>Jalon atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Nothing was recorded as done in this period.</source>
        <translation>Rien n’a été enregistré comme réalisé sur cette période.</translation>
    </message>
    <message>
        <source>Slippage against the adopted plan</source>
        <translation>Glissements par rapport au plan adopté</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet: there are no adopted dates to compare with.</source>
        <translation>Le plan n’a pas encore été adopté&#xa0;: il n’y a pas de dates adoptées auxquelles comparer.</translation>
    </message>
    <message>
        <source>Adopted end</source>
        <translation>Fin adoptée</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>Fin actuelle</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Every action keeps the dates the council adopted.</source>
        <translation>Toutes les actions gardent les dates adoptées par le conseil.</translation>
    </message>
    <message>
        <source>Days: how much later (+) or earlier (−) than adopted the action ends.</source>
        <translation>Jours&#xa0;: de combien l’action finit plus tard (+) ou plus tôt (−) que prévu à l’adoption.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Budget par source de financement</translation>
    </message>
    <message>
        <source>No budget line has been entered.</source>
        <translation>Aucune ligne budgétaire n’a été saisie.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Part dépensée</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(source non indiquée)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Adopted: the planned amounts the council adopted with the plan.</source>
        <translation>Adopté&#xa0;: les montants prévus que le conseil a adoptés avec le plan.</translation>
    </message>
    <message>
        <source>Action plan: status report</source>
        <translation>Plan d’action&#xa0;: état d’avancement</translation>
    </message>
    <message>
        <source>Where the action plan of %1 stands on %2</source>
        <translation>Où en est le plan d’action de %1 au %2</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <source>Plan adopted by the council on %1</source>
        <translation>Plan adopté par le conseil le %1</translation>
    </message>
    <message>
        <source>Plan not yet adopted</source>
        <translation>Plan pas encore adopté</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>No action has dates yet.</source>
        <translation>Aucune action n’a encore de dates.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a progress note&apos;s date, then its text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>The action&apos;s priority</source>
        <translation>La priorité de l’action</translation>
    </message>
    <message>
        <source>The action&apos;s title</source>
        <translation>Le titre de l’action</translation>
    </message>
    <message>
        <source>The lead stakeholder</source>
        <translation>La partie prenante pilote</translation>
    </message>
    <message>
        <source>A partner stakeholder</source>
        <translation>Une partie prenante partenaire</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>L’action</translation>
    </message>
    <message>
        <source>The milestone&apos;s title</source>
        <translation>Le titre du jalon</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>La date d’échéance</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>Le nom de l’indicateur</translation>
    </message>
    <message>
        <source>The funding source</source>
        <translation>La source de financement</translation>
    </message>
    <message>
        <source>The planned amount</source>
        <translation>Le montant prévu</translation>
    </message>
    <message>
        <source>The amount spent</source>
        <translation>Le montant dépensé</translation>
    </message>
    <message>
        <source>The date of the progress entry</source>
        <translation>La date du point d’avancement</translation>
    </message>
    <message>
        <source>The progress entry&apos;s text</source>
        <translation>Le texte du point d’avancement</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code. Enter a code such as EUR, USD or MAD.</source>
        <translation>La devise «&#xa0;%1&#xa0;» n’est pas un code à trois lettres. Saisissez un code comme EUR, USD ou MAD.</translation>
    </message>
    <message>
        <source>The amount committed</source>
        <translation>Le montant engagé</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>L’indicateur</translation>
    </message>
    <message>
        <source>The date of the value</source>
        <translation>La date de la valeur</translation>
    </message>
</context>
<context>
    <name>ActionWarnings</name>
    <message>
        <source>The milestone is due outside its action&apos;s dates (%1 to %2).</source>
        <translation>Le jalon tombe en dehors des dates de son action (du %1 au %2).</translation>
    </message>
    <message>
        <source>More has been spent than was planned.</source>
        <translation>La dépense dépasse le montant prévu.</translation>
    </message>
    <message>
        <source>The target equals the baseline: the indicator cannot show a change.</source>
        <translation>La cible est égale à la valeur de départ&#xa0;: l’indicateur ne peut montrer aucun changement.</translation>
    </message>
</context>
<context>
    <name>AdoptPlanCommand</name>
    <message>
        <source>Adoption by the council</source>
        <translation>Adoption par le conseil</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the council’s adoption</source>
        <translation>Enregistrer l’adoption par le conseil municipal</translation>
    </message>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>%n priorité validée sera adoptée par le conseil municipal.</numerusform>
            <numerusform>%n priorités validées seront adoptées par le conseil municipal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>%n brouillon reste de côté&#xa0;: le conseil adopte ce que le groupe local des parties prenantes a validé.</numerusform>
            <numerusform>%n brouillons restent de côté&#xa0;: le conseil adopte ce que le groupe local des parties prenantes a validé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan’s dates and budgets as they are that day become the baseline that delays are measured against.</source>
        <translation>Les dates et les budgets du plan tels qu’ils sont ce jour-là deviennent la référence à laquelle les retards sont mesurés.</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Enregistrer l’adoption</translation>
    </message>
    <message>
        <source>Adopted by the council &amp;on:</source>
        <translation>Adopté par le conseil &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Give the day of the council’s vote.</source>
        <translation>Indiquez le jour du vote du conseil municipal.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partiellement satisfait</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Da&amp;ted:</source>
        <translation>Da&amp;té du&#xa0;:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>&amp;Justificatif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Answered &amp;by (personal data):</source>
        <translation>Réponse donnée &amp;par (donnée personnelle)&#xa0;:</translation>
    </message>
    <message>
        <source>What shows it:</source>
        <translation>Ce qui le démontre&#xa0;:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Key %1 in the list</source>
        <translation>Touche %1 dans la liste</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Choisissez un critère dans la liste.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; Enter edits the evidence</source>
        <translation>1 satisfait, 2 partiellement satisfait, 3 non satisfait, 4 inconnu, 5 sans objet&#xa0;; Entrée pour modifier le justificatif</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse donnée par</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Réponse au critère «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message>
        <source>No item of this area is answered met, partly met or not met yet.</source>
        <translation>Aucun critère de ce domaine n’a encore reçu la réponse satisfait, partiellement satisfait ou non satisfait.</translation>
    </message>
    <message>
        <source>No earlier round of this checklist.</source>
        <translation>Pas de campagne antérieure pour cette liste de contrôle.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1&#xa0;pts</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Taux de couverture</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>“%1” is not a file but a folder, a device or a pipe, which Passerelle does not read. Save what you want to import as a file, then choose that file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier mais un dossier, un périphérique ou un tube, que Passerelle ne lit pas. Enregistrez ce que vous voulez importer dans un fichier, puis choisissez ce fichier.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>What for</source>
        <translation>Pour quoi</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>%1 spent of %2 planned.</source>
        <translation>%1 dépensés sur %2 prévus.</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>Budget municipal</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant&#xa0;: tapez un nombre comme %2.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Ajout d’une ligne budgétaire</translation>
    </message>
    <message>
        <source>Edit budget line “%1”</source>
        <translation>Modification de la ligne budgétaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove budget line “%1”</source>
        <translation>Suppression de la ligne budgétaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Suppression de %n ligne budgétaire</numerusform>
            <numerusform>Suppression de %n lignes budgétaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>The action plan has no milestone and no action with an end date yet: there is nothing to put in a calendar.</source>
        <translation>Le plan d’action n’a encore ni jalon ni action datée d’une fin&#xa0;: il n’y a rien à mettre dans un agenda.</translation>
    </message>
    <message>
        <source>%1 action plan</source>
        <comment>calendar file name</comment>
        <translation>%1 plan d’action</translation>
    </message>
    <message>
        <source>Export the action plan&apos;s calendar</source>
        <translation>Exporter l’agenda du plan d’action</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>L’agenda n’a pas été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendrier exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>%n événement écrit&#xa0;: importez le fichier dans votre agenda&#x202f;; un export fait plus tard mettra à jour les mêmes événements.</numerusform>
            <numerusform>%n événements écrits&#xa0;: importez le fichier dans votre agenda&#x202f;; un export fait plus tard mettra à jour les mêmes événements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>The calendar for “%1” could not be made: the computer is out of memory. Close other programs, then export again.</source>
        <translation>Le calendrier pour «&#xa0;%1&#xa0;» n’a pas pu être préparé&#xa0;: l’ordinateur manque de mémoire. Fermez d’autres programmes, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a city file can be opened; never writes to it.</source>
        <translation>Vérifier qu’un fichier de ville peut être ouvert, sans jamais y écrire.</translation>
    </message>
    <message>
        <source>The city file to check.</source>
        <translation>Le fichier de ville à vérifier.</translation>
    </message>
    <message>
        <source>check takes exactly one FILE.</source>
        <translation>La commande check attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>%1: OK (format version %2)</source>
        <translation>%1&#xa0;: OK (version de format %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>Le titre de la liste de contrôle</translation>
    </message>
    <message>
        <source>The checklist&apos;s version</source>
        <translation>La version de la liste de contrôle</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>La liste de contrôle</translation>
    </message>
    <message>
        <source>The area&apos;s title</source>
        <translation>Le titre du domaine</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>Le domaine</translation>
    </message>
    <message>
        <source>The item&apos;s statement</source>
        <translation>L’énoncé du critère</translation>
    </message>
    <message>
        <source>The version that added the item</source>
        <translation>La version qui a ajouté le critère</translation>
    </message>
    <message>
        <source>The retirement date</source>
        <translation>La date de retrait</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Le critère</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>The round&apos;s label</source>
        <translation>Le libellé de la campagne d’évaluation</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>La campagne d’évaluation</translation>
    </message>
    <message>
        <source>The round&apos;s date</source>
        <translation>La date de la campagne d’évaluation</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>La campagne d’évaluation</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Un participant</translation>
    </message>
    <message>
        <source>The evidence date</source>
        <translation>La date du justificatif</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1 doit valoir au moins 1.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>La liste de contrôle «&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: %n campagne d’évaluation (%2) a été menée avec elle. Supprimez d’abord cette campagne, ou conservez la liste de contrôle.</numerusform>
            <numerusform>La liste de contrôle «&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: %n campagnes d’évaluation (%2) ont été menées avec elle. Supprimez d’abord ces campagnes, ou conservez la liste de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is not part of the checklist of round “%1”. Choose an item of that checklist.</source>
        <translation>Le critère ne fait pas partie de la liste de contrôle de la campagne «&#xa0;%1&#xa0;». Choisissez un critère de cette liste.</translation>
    </message>
    <message>
        <source>The item already has an answer in round “%1”. Edit that answer instead.</source>
        <translation>Le critère a déjà une réponse dans la campagne «&#xa0;%1&#xa0;». Modifiez plutôt cette réponse.</translation>
    </message>
    <message>
        <source>The checklist of round “%1” cannot change once the round has answers. Start a new round for the other checklist.</source>
        <translation>La liste de contrôle de la campagne «&#xa0;%1&#xa0;» ne peut plus changer une fois que la campagne a des réponses. Lancez une nouvelle campagne pour l’autre liste de contrôle.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>La clé de la liste de contrôle</translation>
    </message>
    <message>
        <source>The area&apos;s key</source>
        <translation>La clé du domaine</translation>
    </message>
    <message>
        <source>The item&apos;s key</source>
        <translation>La clé du critère</translation>
    </message>
    <message>
        <source>The areas of the checklist changed meanwhile; nothing was moved. Try again.</source>
        <translation>Les domaines de la liste de contrôle ont changé entre-temps&#xa0;; rien n’a été déplacé. Réessayez.</translation>
    </message>
    <message>
        <source>The items of the area changed meanwhile; nothing was moved. Try again.</source>
        <translation>Les critères du domaine ont changé entre-temps&#xa0;; rien n’a été déplacé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPane</name>
    <message>
        <source>&amp;Answering</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Sc&amp;ores</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Lacunes</translation>
    </message>
    <message>
        <source>Areas and &amp;items</source>
        <translation>Domaines et &amp;critères</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Accès aux services</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Campa&amp;gne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Edit ro&amp;und…</source>
        <translation>&amp;Modifier la campagne…</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>S&amp;upprimer la campagne…</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>Critère sui&amp;vant sans réponse</translation>
    </message>
    <message>
        <source>Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; the arrows move, Enter edits the evidence.</source>
        <translation>Touches&#xa0;: 1 satisfait, 2 partiellement satisfait, 3 non satisfait, 4 inconnu, 5 sans objet&#xa0;; les flèches déplacent, Entrée modifie le justificatif.</translation>
    </message>
    <message>
        <source>The items of the round answered not met or partly met: where the city&apos;s priorities can start. Double-click one to see it in the Answering tab.</source>
        <translation>Les critères de la campagne jugés non satisfaits ou partiellement satisfaits&#xa0;: c’est de là que peuvent partir les priorités de la ville. Double-cliquez sur l’un d’eux pour le retrouver dans l’onglet Réponses.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New round “%1”</source>
        <translation>Nouvelle campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit round “%1”</source>
        <translation>Modification de la campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the round “%1”? It has no answers yet.</source>
        <translation>Supprimer la campagne «&#xa0;%1&#xa0;»&#xa0;? Elle n’a encore aucune réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer la campagne «&#xa0;%1&#xa0;» et la réponse qui y a été donnée&#xa0;? Édition &gt; Annuler la rétablit.</numerusform>
            <numerusform>Supprimer la campagne «&#xa0;%1&#xa0;» et les %n réponses qui y ont été données&#xa0;? Édition &gt; Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete round “%1”</source>
        <translation>Suppression de la campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No assessment round yet: start one with New round.</source>
        <translation>Aucune campagne d’évaluation pour l’instant&#xa0;: lancez-en une avec Nouvelle campagne.</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 critères sur %2 ont une réponse</translation>
    </message>
    <message>
        <source>Make a &amp;priority from this gap</source>
        <translation>Faire une &amp;priorité de ce manque</translation>
    </message>
    <message>
        <source>A draft priority with the gap&apos;s theme, a rationale naming the item and its answer, and the item as its evidence</source>
        <translation>Une priorité en brouillon, avec le thème du manque, une justification citant le critère et sa réponse, et le critère comme justificatif</translation>
    </message>
</context>
<context>
    <name>CityComparison</name>
    <message>
        <source>%1 has no checklist “%2”: its areas are left empty.</source>
        <translation>%1 n’a pas de liste de contrôle «&#xa0;%2&#xa0;»&#xa0;: ses domaines restent vides.</translation>
    </message>
    <message>
        <source>%1 answered version %2 of “%3”, your city answered version %4: the questions may differ, compare these scores with care.</source>
        <translation>%1 a répondu à la version %2 de «&#xa0;%3&#xa0;», votre ville à la version %4&#xa0;: les questions peuvent différer, comparez ces scores avec prudence.</translation>
    </message>
</context>
<context>
    <name>CityFile</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself. Choose another name.</source>
        <translation>Une copie ne peut pas remplacer le fichier ouvert lui-même. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>La copie «&#xa0;%1&#xa0;» n’a pas pu être écrite&#xa0;: %2. Choisissez un autre dossier, ou libérez de l’espace disque.</translation>
    </message>
    <message>
        <source>The file “%1” could not be replaced. Close any program using it, or choose another name.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être remplacé. Fermez tout programme qui l’utilise, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written. Choose another folder.</source>
        <translation>La copie «&#xa0;%1&#xa0;» n’a pas pu être écrite. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>CityIdentityWidget</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Region, province or governorate</source>
        <translation>Région, province ou gouvernorat</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>&amp;en</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>Pop&amp;ulation</translation>
    </message>
    <message>
        <source>Population &amp;source</source>
        <translation>&amp;Source de la population</translation>
    </message>
    <message>
        <source>Edit the city&apos;s identity</source>
        <translation>Modification de l’identité de la ville</translation>
    </message>
    <message>
        <source>Census, municipal register, estimate…</source>
        <translation>Recensement, registre municipal, estimation…</translation>
    </message>
</context>
<context>
    <name>CitySummary</name>
    <message>
        <source>The file %1 could not be read for the comparison (%2). Check it with “passerelle-cli check” or ask its city for a new copy.</source>
        <translation>Le fichier %1 n’a pas pu être lu pour la comparaison (%2). Vérifiez-le avec «&#xa0;passerelle-cli check&#xa0;» ou demandez une nouvelle copie à sa ville.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: passerelle-cli COMMAND [options]
Works on Passerelle city files without the desktop program.

Commands:
</source>
        <translation>Utilisation&#xa0;: passerelle-cli COMMANDE [options]
Travaille sur les fichiers de ville Passerelle sans le programme de bureau.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Run “passerelle-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;passerelle-cli COMMANDE --help&#xa0;» pour connaître les options d’une commande.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run “passerelle-cli %1 --help” for its options.</source>
        <translation>Lancez «&#xa0;passerelle-cli %1 --help&#xa0;» pour connaître ses options.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a city with partner cities (scores with coverage, priorities, plan), as JSON.</source>
        <translation>Comparer une ville avec des villes partenaires (scores avec leur couverture, priorités, plan), en JSON.</translation>
    </message>
    <message>
        <source>Your city file.</source>
        <translation>Le fichier de votre ville.</translation>
    </message>
    <message>
        <source>One or more partner cities&apos; files.</source>
        <translation>Un ou plusieurs fichiers de villes partenaires.</translation>
    </message>
    <message>
        <source>The day actions are late on (YYYY-MM-DD); today when not given.</source>
        <translation>Le jour par rapport auquel les actions sont en retard (AAAA-MM-JJ)&#xa0;; aujourd’hui s’il n’est pas donné.</translation>
    </message>
    <message>
        <source>compare takes your FILE and at least one PARTNER file.</source>
        <translation>compare prend votre FILE et au moins un fichier PARTNER.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today prend une date au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Network median</source>
        <translation>Médiane du réseau</translation>
    </message>
    <message>
        <source>Your city: %1</source>
        <translation>Votre ville&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Dernière campagne</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retardées</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1&#xa0;: prévu</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1&#xa0;: engagé</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1&#xa0;: dépensé</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Les siennes</translation>
    </message>
    <message>
        <source>From partners</source>
        <translation>De partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (sur %n ville)</numerusform>
            <numerusform>%1 (sur %n villes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>pas encore de campagne</translation>
    </message>
    <message>
        <source>This city does not have this checklist.</source>
        <translation>Cette ville n’a pas cette liste de contrôle.</translation>
    </message>
    <message>
        <source>Another version than yours (%1): the questions may differ.</source>
        <translation>Une autre version que la vôtre (%1)&#xa0;: les questions peuvent différer.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 renseignés)</translation>
    </message>
    <message>
        <source>no score (%1 answered)</source>
        <translation>pas de score (%1 renseignés)</translation>
    </message>
    <message>
        <source>%1 of %2 items answered; the change is in points since the city&apos;s previous round.</source>
        <translation>%1 critères renseignés sur %2&#xa0;; l’évolution est en points depuis la campagne précédente de la ville.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with partner cities</source>
        <translation>Comparer avec des villes partenaires</translation>
    </message>
    <message>
        <source>Your city’s file: %1</source>
        <translation>Fichier de votre ville&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Add partner file…</source>
        <translation>&amp;Ajouter un fichier partenaire…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Each score stands with its coverage (items answered of items asked); ▲ ▼ the change in points since the city’s previous round. Cities are not ranked.</source>
        <translation>Chaque score est accompagné de sa couverture (critères renseignés sur critères posés)&#xa0;; ▲ ▼ l’évolution en points depuis la campagne précédente de la ville. Les villes ne sont pas classées.</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Accès aux services</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Priorités par thème</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Open your city’s file first: the comparison puts partner cities beside it.</source>
        <translation>Ouvrez d’abord le fichier de votre ville&#xa0;: la comparaison place les villes partenaires à côté.</translation>
    </message>
    <message>
        <source>Choose a partner city’s file</source>
        <translation>Choisir le fichier d’une ville partenaire</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Fichiers de ville Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissé de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The chart shows the first %1 cities; the table below shows all %2.</source>
        <translation>Le graphique montre les %1 premières villes&#xa0;; le tableau en dessous les montre toutes (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionDefences</name>
    <message>
        <source>The database engine could not be given its safety settings. Reinstall Passerelle; no file was changed.</source>
        <translation>Le moteur de base de données n’a pas pu recevoir ses réglages de sécurité. Réinstallez Passerelle&#xa0;; aucun fichier n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Add &amp;stakeholder</source>
        <translation>Ajouter la &amp;partie prenante</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nouvelle consultation</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Modifier la consultation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Group &amp;meeting:</source>
        <translation>Réunion du &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Stake&amp;holders:</source>
        <translation>Parties pre&amp;nantes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participants (personal data):</source>
        <translation>Parti&amp;cipants (données personnelles)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Ce qu’ils ont dit&#xa0;:</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Réunion du groupe</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ce qu’ils ont dit</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>&amp;Add a consultation…</source>
        <translation>Ajouter une c&amp;onsultation…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a consultation</source>
        <translation>Ajout d’une consultation</translation>
    </message>
    <message>
        <source>Edit a consultation</source>
        <translation>Modification d’une consultation</translation>
    </message>
    <message>
        <source>Remove a consultation</source>
        <translation>Suppression d’une consultation</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Agreed</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non donné</translation>
    </message>
    <message>
        <source>Whether the person agreed to be contacted; check it before any mailing.</source>
        <translation>Si la personne a accepté d’être contactée&#xa0;; à vérifier avant tout envoi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Accord pour être contacté</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Modification du contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Ajout du contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove contact “%1”</source>
        <translation>Suppression du contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Suppression de %n contact</numerusform>
            <numerusform>Suppression de %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;Add a contact</source>
        <translation>A&amp;jouter un contact</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>Supprimer les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Contact persons (personal data)</source>
        <translation>Personnes à contacter (données personnelles)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>it holds no city</source>
        <translation>il ne contient aucune ville</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>il contient %n ville là où un fichier de ville en contient une</numerusform>
            <numerusform>il contient %n villes là où un fichier de ville en contient une</numerusform>
        </translation>
    </message>
    <message>
        <source>its list of personal data is not the one Passerelle writes</source>
        <translation>sa liste des données personnelles n’est pas celle qu’écrit Passerelle</translation>
    </message>
    <message>
        <source>a record in the table “%1” refers to a record of the table “%2” that does not exist</source>
        <translation>un enregistrement de la table «&#xa0;%1&#xa0;» renvoie à un enregistrement de la table «&#xa0;%2&#xa0;» qui n’existe pas</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value larger than Passerelle accepts (%3 MB)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» de la table «&#xa0;%2&#xa0;» contient une valeur plus grande que ce qu’accepte Passerelle (%3 Mo)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value of the wrong kind</source>
        <translation>la colonne «&#xa0;%1&#xa0;» de la table «&#xa0;%2&#xa0;» contient une valeur du mauvais type</translation>
    </message>
    <message>
        <source>the table “%1” holds a value its rules forbid (for example a kind or a level Passerelle does not know)</source>
        <translation>la table «&#xa0;%1&#xa0;» contient une valeur que ses règles interdisent (par exemple un type ou un niveau que Passerelle ne connaît pas)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is empty where a value is required</source>
        <translation>la colonne «&#xa0;%1&#xa0;» de la table «&#xa0;%2&#xa0;» est vide alors qu’une valeur est obligatoire</translation>
    </message>
    <message>
        <source>two records share a value that must be unique (index “%1”)</source>
        <translation>deux enregistrements partagent une valeur qui doit être unique (index «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the index “%1” does not match its table</source>
        <translation>l’index «&#xa0;%1&#xa0;» ne correspond pas à sa table</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file</source>
        <translation>Le fichier CSV</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. Split it into smaller files, or remove the columns and rows you do not need, then import each part.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo, plus que les %3 Mo autorisés pour une liste de parties prenantes. Divisez-le en fichiers plus petits, ou supprimez les colonnes et les lignes dont vous n’avez pas besoin, puis importez chaque partie.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a stakeholder list may be. Split it into smaller files, then import each part.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse les %2 Mo autorisés pour une liste de parties prenantes. Divisez-le en fichiers plus petits, puis importez chaque partie.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV text file: it holds binary data (a spreadsheet workbook, an image or UTF-16 text). In your spreadsheet use “Save as” and choose CSV (UTF-8 or comma-separated), then import that file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier texte CSV&#xa0;: il contient des données binaires (un classeur de tableur, une image ou du texte UTF-16). Dans votre tableur, utilisez «&#xa0;Enregistrer sous&#xa0;» et choisissez le format CSV (UTF-8 ou séparateur virgule), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let Passerelle detect the encoding.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un texte UTF-8 valide. Choisissez l’encodage Windows-1252, ou laissez Passerelle détecter l’encodage.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no stakeholder to import. Choose the file your spreadsheet saved, with a header line and one stakeholder per line.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n’y a aucune partie prenante à importer. Choisissez le fichier enregistré par votre tableur, avec une ligne d’en-tête et une partie prenante par ligne.</translation>
    </message>
    <message>
        <source>“%1” does not look like text: it is full of control characters. In your spreadsheet use “Save as” and choose CSV, then import that file.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à du texte&#xa0;: il est rempli de caractères de contrôle. Dans votre tableur, utilisez «&#xa0;Enregistrer sous&#xa0;» et choisissez le format CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is not valid CSV near line %2: a quote is misplaced or a quoted field is never closed. Check the quotes on that line, or save the file again from your spreadsheet as CSV.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un CSV valide vers la ligne %2&#xa0;: un guillemet est mal placé ou un champ entre guillemets n’est jamais fermé. Vérifiez les guillemets de cette ligne, ou enregistrez de nouveau le fichier au format CSV depuis votre tableur.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” has more than %3 fields, more than a stakeholder list has columns. Remove the columns you do not need, or choose the separator the file uses, then import again.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» a plus de %3 champs, plus qu’une liste de parties prenantes n’a de colonnes. Supprimez les colonnes inutiles, ou choisissez le séparateur qu’utilise le fichier, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 lines of stakeholders, more than one import takes. Split it into files of at most %2 lines, each with the header line, then import each part.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 lignes de parties prenantes, plus qu’un import n’en accepte. Découpez-le en fichiers d’au plus %2 lignes, chacun avec la ligne d’en-tête, puis importez chaque partie.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo city needs the built-in checklist, which is missing.</source>
        <translation>La ville de démonstration a besoin de la liste de contrôle prédéfinie, qui est absente de cette version de Passerelle.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a fictional demo city file (also network-sized, for benchmarks).</source>
        <translation>Créer le fichier d’une ville de démonstration fictive (aussi à l’échelle d’un réseau, pour les tests de performance).</translation>
    </message>
    <message>
        <source>The new file; it must not exist.</source>
        <translation>Le nouveau fichier&#xa0;; il ne doit pas déjà exister.</translation>
    </message>
    <message>
        <source>Make N stakeholders and everything else in proportion (benchmarks).</source>
        <translation>Créer N parties prenantes et tout le reste en proportion (tests de performance).</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.</source>
        <translation>La commande demo attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>%1 créé en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Language of the demo content: %1.</source>
        <translation>Langue du contenu de démonstration : %1.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not “%2”.</source>
        <translation>--lang doit valoir l’une de ces langues : %1, et non « %2 ».</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo content for the language “%1” is missing from this build of Passerelle. Choose one of: %2.</source>
        <translation>Le contenu de démonstration pour la langue « %1 » est absent de cette version de Passerelle. Choisissez l’une de ces langues : %2.</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <source>Migrant population as a share of the district&apos;s population</source>
        <translation>Part de la population migrante dans la population du quartier</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrants</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type a whole number, like %1, or leave the cell empty when the figure is not known; “%2” is not a number.</source>
        <translation>Saisissez un nombre entier, par exemple %1, ou laissez la cellule vide si le chiffre n’est pas connu&#xa0;; «&#xa0;%2&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Edit the district “%1”</source>
        <translation>Modification du quartier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Nouveau quartier</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Ajout d’un quartier</translation>
    </message>
    <message>
        <source>Remove the district “%1”</source>
        <translation>Suppression du quartier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>Suppression de %n quartier</numerusform>
            <numerusform>Suppression de %n quartiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No district yet. Add the city&apos;s districts to show where migrants live.</source>
        <translation>Aucun quartier pour l’instant. Ajoutez les quartiers de la ville pour montrer où vivent les migrants.</translation>
    </message>
    <message>
        <source>Enter the population and the migrant population of a district to see the migrants&apos; share.</source>
        <translation>Saisissez la population et la population migrante d’un quartier pour voir la part des migrants.</translation>
    </message>
    <message>
        <source>In the districts with both figures: %1 residents, %2 of them migrants (%3).</source>
        <translation>Dans les quartiers où les deux chiffres sont connus&#xa0;: %1 habitants, dont %2 migrants (%3).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Parts of the city file</source>
        <translation>Parties du fichier de ville</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The city file is open. Every change is stored in it as soon as you make it: there is nothing to save.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Le fichier de ville est ouvert. Chaque modification y est enregistrée dès que vous la faites&#xa0;: il n’y a rien à enregistrer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>EngagementLogModel</name>
    <message>
        <source>Done (%1)</source>
        <translation>Faite (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prévue le %1</translation>
    </message>
    <message>
        <source>The follow-up promised for %1 is still to be done.</source>
        <translation>La relance promise pour le %1 reste à faire.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>EngagementLogPanel</name>
    <message>
        <source>Ne&amp;w engagement</source>
        <translation>No&amp;uvel échange</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Follow-u&amp;p done</source>
        <translation>R&amp;elance faite</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Remove the selected engagement from the log</source>
        <translation>Supprimer du journal l’échange sélectionné</translation>
    </message>
    <message>
        <source>What was discussed, agreed or asked</source>
        <translation>Ce qui a été discuté, convenu ou demandé</translation>
    </message>
    <message>
        <source>When you promised to come back to them; leave empty when nothing is owed</source>
        <translation>La date à laquelle vous avez promis de revenir vers eux&#xa0;; laissez vide si rien n’est dû</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>Follow &amp;up by:</source>
        <translation>Relancer a&amp;vant le&#xa0;:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>A&amp;jouter au journal</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enregi&amp;strer les modifications</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Selected engagement</source>
        <translation>Échange sélectionné</translation>
    </message>
    <message>
        <source>Choose a stakeholder to see its engagement log.</source>
        <translation>Choisissez une partie prenante pour voir son journal des échanges.</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Aucun échange consigné pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>%n échange consigné.</numerusform>
            <numerusform>%n échanges consignés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n relance en retard.</numerusform>
            <numerusform>%n relances en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La date de relance</translation>
    </message>
    <message>
        <source>Edit an engagement</source>
        <translation>Modifier un échange</translation>
    </message>
    <message>
        <source>Add an engagement</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Remove an engagement</source>
        <translation>Supprimer un échange</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Profile figure</source>
        <translation>Chiffre du profil</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Critère de la grille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Latest answer or value</source>
        <translation>Dernière réponse ou valeur</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (campagne %2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Double-click to note why this evidence matters</source>
        <translation>Double-cliquez pour noter pourquoi ce justificatif compte</translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation>Modifier la note d’un justificatif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>Ajou&amp;ter un justificatif…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the checklist item or the figure where it lives</source>
        <translation>Afficher le critère ou le chiffre là où il se trouve</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajout d’un justificatif</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Suppression d’un justificatif</translation>
    </message>
    <message>
        <source>The checklist gaps and profile figures this priority rests on, with a note on each: double-click a note to write it.</source>
        <translation>Les manques relevés par les grilles et les chiffres du profil sur lesquels repose cette priorité, avec une note pour chacun&#xa0;: double-cliquez sur une note pour l’écrire.</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter un justificatif</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>Critère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile figure: %1 (%2, %3)</source>
        <translation>Chiffre du profil&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type part of an item or a figure</source>
        <translation>Tapez une partie d’un critère ou d’un chiffre</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Study visit</source>
        <translation>Visite d’étude</translation>
    </message>
    <message>
        <source>Peer-learning meeting</source>
        <translation>Réunion d’apprentissage entre pairs</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Académie de formation</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Réunion en ligne</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>The partner city&apos;s name</source>
        <translation>Le nom de la ville partenaire</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier</source>
        <translation>L’identifiant de ville du partenaire</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>La date de début du partenariat</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La ville partenaire</translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation>Le titre de l’échange</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>The good practice&apos;s title</source>
        <translation>Le titre de la bonne pratique</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier is this city&apos;s own. Copy the identifier from the partner&apos;s file, or leave it empty.</source>
        <translation>L’identifiant de ville du partenaire est celui de votre propre ville. Copiez l’identifiant depuis le fichier du partenaire, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>“%1” is not a city identifier. Copy it from the partner&apos;s file properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or leave it empty.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de ville. Copiez-le depuis les propriétés du fichier du partenaire (il ressemble à 1b4e28ba-2fa1-11d2-883f-0016d3cca427), ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>La date de fin du partenariat</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the contact&apos;s e-mail empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse électronique (nom@exemple.org). Corrigez-la, ou laissez vide le courriel du contact.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Leçons tirées</translation>
    </message>
    <message>
        <source>“%1” is not a kind of exchange. Choose a study visit, a peer-learning meeting, a training academy or an online meeting.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’échange. Choisissez une visite d’étude, une rencontre d’apprentissage entre pairs, une académie de formation ou une réunion en ligne.</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La ville partenaire</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Edit the exchange “%1”</source>
        <translation>Modifier l’échange «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the exchange “%1”</source>
        <translation>Supprimer l’échange «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>Supprimer %n échange</numerusform>
            <numerusform>Supprimer %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet. Add each visit, meeting or academy with what was learned.</source>
        <translation>Aucun échange pour l’instant. Ajoutez chaque visite, rencontre ou académie avec ce que vous en avez appris.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n échange, </numerusform>
            <numerusform>%n échanges, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n avec des leçons tirées.</numerusform>
            <numerusform>%n avec des leçons tirées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n à venir.</numerusform>
            <numerusform>%n à venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate the exchange “%1”</source>
        <translation>Dupliquer l’échange «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>%1

File: %2
Folder: %3</source>
        <translation>%1

Fichier&#xa0;: %2
Dossier&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son &amp;dossier</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Écrit les jalons et les fins d’action du plan d’action dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Le fichier de la ville à lire.</translation>
    </message>
    <message>
        <source>The calendar file to write (.ics).</source>
        <translation>Le fichier d’agenda à écrire (.ics).</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Remplacer SORTIE s’il existe déjà.</translation>
    </message>
    <message>
        <source>export-ics takes a FILE and -o OUT.ics.</source>
        <translation>export-ics prend un FICHIER et -o SORTIE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message>
        <source>The city file to read.</source>
        <translation>Le fichier de ville à lire.</translation>
    </message>
    <message>
        <source>export-stakeholders takes a FILE and an OUT file to write.</source>
        <translation>La commande export-stakeholders attend un argument FILE et un fichier OUT à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>%n partie prenante exportée vers %1.</numerusform>
            <numerusform>%n parties prenantes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write, replaced if it exists: OUT.csv for CSV, OUT.xlsx for an Excel workbook.</source>
        <translation>Le fichier à écrire, remplacé s’il existe&#xa0;: OUT.csv pour du CSV, OUT.xlsx pour un classeur Excel.</translation>
    </message>
    <message>
        <source>The file to write must end in .csv or .xlsx, not “%1”: the ending chooses the format.</source>
        <translation>Le nom du fichier à écrire doit se terminer par .csv ou .xlsx, et non «&#xa0;%1&#xa0;»&#xa0;: c’est l’extension qui choisit le format.</translation>
    </message>
    <message>
        <source>Export the stakeholders to a CSV file or an Excel workbook (personal data only with --with-personal-data).</source>
        <translation>Exporter les parties prenantes vers un fichier CSV ou un classeur Excel (données personnelles seulement avec --with-personal-data).</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“%1” already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou confirmez qu’il peut être remplacé (--force en ligne de commande).</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist: %2. Choose an existing folder.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n’existe pas&#xa0;: %2. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2. Choisissez un dossier dans lequel vous avez le droit d’enregistrer des fichiers.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2. Vérifiez l’espace libre sur le disque, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ExportTemplateCommand</name>
    <message>
        <source>Write a checklist of a city file as a template JSON.</source>
        <translation>Exporter une liste de contrôle d’un fichier de ville sous forme de modèle de liste de contrôle JSON.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Le fichier de ville à lire.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Le fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key (the MC2CM basic services by default).</source>
        <translation>La clé de la liste de contrôle (par défaut, celle des services de base MC2CM).</translation>
    </message>
    <message>
        <source>export-template takes a FILE and an OUT file.</source>
        <translation>La commande export-template attend un argument FILE et un argument OUT.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file has no checklist “%1”.</source>
        <translation>Le fichier ne contient pas de liste de contrôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) written to %3.</source>
        <translation>Liste de contrôle «&#xa0;%1&#xa0;» (version %2) écrite dans %3.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>The value must be a number, like %1; “%2” is not.</source>
        <translation>La valeur doit être un nombre, par exemple %1&#xa0;; «&#xa0;%2&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>La valeur</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>L’année</translation>
    </message>
    <message>
        <source>Edit the figure “%1”</source>
        <translation>Modification du chiffre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Nouveau chiffre</translation>
    </message>
    <message>
        <source>Add a key figure</source>
        <translation>Ajout d’un chiffre clé</translation>
    </message>
    <message>
        <source>Remove the figure “%1”</source>
        <translation>Suppression du chiffre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>Suppression de %n chiffre clé</numerusform>
            <numerusform>Suppression de %n chiffres clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored yet: the figure is stored once it has a value.</source>
        <translation>Pas encore enregistré&#xa0;: le chiffre est enregistré dès qu’il a une valeur.</translation>
    </message>
    <message>
        <source>Needed</source>
        <comment>a key figure&apos;s value not given yet</comment>
        <translation>À saisir</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Cannot create the city file</source>
        <translation>Impossible de créer le fichier de ville</translation>
    </message>
    <message>
        <source>Cannot update the city file</source>
        <translation>Impossible de mettre à jour le fichier de ville</translation>
    </message>
    <message>
        <source>Cannot open the city file</source>
        <translation>Impossible d’ouvrir le fichier de ville</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas. Il a peut-être été déplacé, renommé ou supprimé&#xa0;; choisissez-le à nouveau avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: you do not have permission to read it. Ask the owner of the file or your administrator for access, or open a copy.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vous n’avez pas l’autorisation de le lire. Demandez l’accès au propriétaire du fichier ou à votre administrateur, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a city file. Choose a .passerelle file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier ou un périphérique, pas un fichier de ville. Choisissez un fichier .passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Passerelle city file (it is not an SQLite database). Check that you chose the right file; the file was not changed.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas un fichier de ville Passerelle (ce n’est pas une base de données SQLite). Vérifiez que vous avez choisi le bon fichier&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Passerelle city file. Open it with the program that made it; Passerelle did not change it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est une base de données d’un autre programme, pas un fichier de ville Passerelle. Ouvrez-le avec le programme qui l’a créé&#xa0;; Passerelle ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Passerelle (file format %2). Install the latest Passerelle to open it; the file was not changed.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a été créé par une version plus récente de Passerelle (format de fichier %2). Installez la dernière version de Passerelle pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened safely. Open your latest backup or copy of it; the damaged file was not changed, so a specialist can still try to recover it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque. Ouvrez votre dernière sauvegarde ou copie de ce fichier&#xa0;; le fichier endommagé n’a pas été modifié, un spécialiste peut donc encore tenter de le récupérer.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in another Passerelle window, on this computer or another one sharing the folder. Switch to that window, or close it and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre de Passerelle, sur cet ordinateur ou sur un autre qui partage le dossier. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or delete the existing file first if you no longer need it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou supprimez d’abord le fichier existant si vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>The file “%1” comes from an older Passerelle and could not be updated to the current format. It was left as it was; a backup copy is beside it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» provient d’une version antérieure de Passerelle et n’a pas pu être mis à jour vers le format actuel. Il a été laissé tel quel&#xa0;; une copie de sauvegarde se trouve à côté.</translation>
    </message>
    <message>
        <source>The file “%1” could not be used because of a database error. The file was not changed; try again, or open a copy of it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être utilisé à cause d’une erreur de base de données. Le fichier n’a pas été modifié&#xa0;; réessayez, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Détails&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder still exists and is reachable, or choose another folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être écrit. Vérifiez que le dossier existe encore et reste accessible, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the file or its folder is read-only (or on a read-only disk). Choose a folder where you may write, or ask your administrator for write access.</source>
        <translation>Impossible d’écrire le fichier «&#xa0;%1&#xa0;»&#xa0;: le fichier ou son dossier est en lecture seule (ou sur un disque en lecture seule). Choisissez un dossier où vous pouvez écrire, ou demandez l’accès en écriture à votre administrateur.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk is full. Free some space, or choose another disk, then try again.</source>
        <translation>Impossible d’écrire le fichier «&#xa0;%1&#xa0;»&#xa0;: le disque est plein. Libérez de la place ou choisissez un autre disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The path of the file “%1” is too long for Passerelle to open (%2 bytes; at most %3). Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>Le chemin du fichier «&#xa0;%1&#xa0;» est trop long pour que Passerelle l’ouvre (%2 octets&#xa0;; %3 au plus). Déplacez le fichier dans un dossier au chemin plus court, ou donnez-lui un nom plus court.</translation>
    </message>
    <message>
        <source>The name of the file “%1” contains characters that are not valid text, so Passerelle cannot open it reliably. Rename the file (for example in your file manager) and open it again; its content was not changed.</source>
        <translation>Le nom du fichier «&#xa0;%1&#xa0;» contient des caractères qui ne forment pas un texte valide&#xa0;: Passerelle ne peut pas l’ouvrir de façon sûre. Renommez le fichier (par exemple dans votre gestionnaire de fichiers) et ouvrez-le de nouveau&#xa0;; son contenu n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted (Passerelle or the computer stopped while it was being written). Open the file in Passerelle, which undoes the unfinished change; until then the file is left exactly as it is.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient une modification interrompue (Passerelle ou l’ordinateur s’est arrêté pendant son écriture). Ouvrez le fichier dans Passerelle, qui annule la modification inachevée&#xa0;; d’ici là, le fichier est laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted, and it must be undone before the file can be opened, but the file or its folder is read-only. Copy the file together with the file beside it whose name ends in “-journal” (or “-wal”) to a folder where you may write, and open the copy.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient une modification interrompue qui doit être annulée avant de pouvoir l’ouvrir, mais le fichier ou son dossier est en lecture seule. Copiez le fichier, avec le fichier voisin dont le nom se termine par «&#xa0;-journal&#xa0;» (ou «&#xa0;-wal&#xa0;»), dans un dossier où vous pouvez écrire, et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The file “%1” has changes made by another program kept in a separate file beside it (ending in “-wal”). Open the file in Passerelle, which takes them in; until then the file is left exactly as it is.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a des modifications faites par un autre programme, conservées dans un fichier séparé à côté de lui (se terminant par «&#xa0;-wal&#xa0;»). Ouvrez le fichier dans Passerelle, qui les intègre&#xa0;; d’ici là, le fichier est laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>The file “%1” is not built like a Passerelle city file: %2. Another program may have changed it, or it was made to look like a city file. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas construit comme un fichier de ville Passerelle&#xa0;: %2. Un autre programme l’a peut-être modifié, ou il a été fabriqué pour ressembler à un fichier de ville. Il n’a été ni ouvert ni modifié&#xa0;; ouvrez votre dernière sauvegarde, ou demandez à l’expéditeur une copie faite par Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” holds values that break the rules of a city file: %2. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» contient des valeurs qui enfreignent les règles d’un fichier de ville&#xa0;: %2. Il n’a été ni ouvert ni modifié&#xa0;; ouvrez votre dernière sauvegarde, ou demandez à l’expéditeur une copie faite par Passerelle.</translation>
    </message>
    <message>
        <source>Cannot open the partner’s file</source>
        <translation>Impossible d’ouvrir le fichier de la ville partenaire</translation>
    </message>
    <message>
        <source>The partner’s file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open a partner’s file.</source>
        <translation>Le fichier de la ville partenaire «&#xa0;%1&#xa0;» n’existe pas. Il a peut-être été déplacé, renommé ou supprimé&#xa0;; choisissez-le de nouveau avec Fichier &gt; Ouvrir le fichier d’une ville partenaire.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” cannot be read: you do not have permission to read it. Copy it into your own documents folder and open the copy, or ask the partner city to share it again.</source>
        <translation>Le fichier de la ville partenaire «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vous n’avez pas le droit de le lire. Copiez-le dans votre propre dossier de documents et ouvrez la copie, ou demandez à la ville partenaire de le partager de nouveau.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” could not be copied into a private temporary folder, where Passerelle reads it: %2. Free some disk space and try again; the partner’s file was not changed.</source>
        <translation>Le fichier de la ville partenaire «&#xa0;%1&#xa0;» n’a pas pu être copié dans le dossier temporaire privé où Passerelle le lit&#xa0;: %2. Libérez de l’espace disque et réessayez&#xa0;; le fichier de la ville partenaire n’a pas été modifié.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>le disque est peut-être plein</translation>
    </message>
    <message>
        <source>is not a Passerelle city file</source>
        <translation>n’est pas un fichier de ville Passerelle</translation>
    </message>
    <message>
        <source>is a database of another program, not a Passerelle city file</source>
        <translation>est une base de données d’un autre programme, pas un fichier de ville Passerelle</translation>
    </message>
    <message>
        <source>is not built like a Passerelle city file (%1)</source>
        <translation>n’est pas construit comme un fichier de ville Passerelle (%1)</translation>
    </message>
    <message>
        <source>holds values that break the rules of a city file (%1)</source>
        <translation>contient des valeurs qui enfreignent les règles d’un fichier de ville (%1)</translation>
    </message>
    <message>
        <source>was copied while it was being changed: an unfinished change lies beside it, in the file ending in “-journal”, and Passerelle never reads the files beside a partner’s file</source>
        <translation>a été copié pendant qu’il était modifié&#xa0;: une modification inachevée se trouve à côté, dans le fichier dont le nom se termine par «&#xa0;-journal&#xa0;», et Passerelle ne lit jamais les fichiers placés à côté du fichier d’une ville partenaire</translation>
    </message>
    <message>
        <source>has changes kept in a separate file beside it (ending in “-wal”), and Passerelle never reads the files beside a partner’s file</source>
        <translation>a des modifications conservées dans un fichier séparé placé à côté (se terminant par «&#xa0;-wal&#xa0;»), et Passerelle ne lit jamais les fichiers placés à côté du fichier d’une ville partenaire</translation>
    </message>
    <message>
        <source>comes from an older Passerelle, and its private copy could not be updated to the current format</source>
        <translation>provient d’une version plus ancienne de Passerelle, et sa copie privée n’a pas pu être mise à jour au format actuel</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>est endommagé</translation>
    </message>
    <message>
        <source>could not be read because of a database error</source>
        <translation>n’a pas pu être lu à cause d’une erreur de base de données</translation>
    </message>
    <message>
        <source>The partner’s file “%1” %2. Passerelle did not open it and did not change it, and your own city file was not touched. Ask the partner city to share it again from Passerelle (File &gt; Share with a partner city).</source>
        <translation>Le fichier de la ville partenaire «&#xa0;%1&#xa0;» %2. Passerelle ne l’a ni ouvert ni modifié, et votre propre fichier de ville n’a pas été touché. Demandez à la ville partenaire de le partager de nouveau depuis Passerelle (Fichier &gt; Partager avec une ville partenaire).</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceModel</name>
    <message>
        <source>Mark %1 present</source>
        <translation>Noter la présence de %1</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Noter l’absence de %1</translation>
    </message>
</context>
<context>
    <name>GroupDecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Modifier une décision</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choisissez d’abord une réunion.</translation>
    </message>
    <message>
        <source>A decision needs its text. Type what the group decided, then add it.</source>
        <translation>Une décision doit avoir un texte. Saisissez ce que le groupe a décidé, puis ajoutez-la.</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Select the decision to remove.</source>
        <translation>Sélectionnez la décision à supprimer.</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Supprimer une décision</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>%1 membre présent sur %n</numerusform>
            <numerusform>%1 membres présents sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Meetings of the group</source>
        <translation>Réunions du groupe</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>Nou&amp;velle réunion</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Town hall, a partner&apos;s premises, online…</source>
        <translation>Mairie, locaux d’un partenaire, en ligne…</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Ordre du &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Tick the members who attended</source>
        <translation>Cochez les membres présents</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Double-click a decision to correct it</source>
        <translation>Double-cliquez sur une décision pour la corriger</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Ce que le groupe a décidé</translation>
    </message>
    <message>
        <source>Add decisi&amp;on</source>
        <translation>Ajouter la déci&amp;sion</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>Présents&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions taken:</source>
        <translation>Décisions prises&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Ajouter la réunion</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Réunion sélectionnée</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>La date de la réunion</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Modifier une réunion</translation>
    </message>
    <message>
        <source>Add a group meeting</source>
        <translation>Ajouter une réunion du groupe</translation>
    </message>
    <message>
        <source>Remove a group meeting</source>
        <translation>Supprimer une réunion du groupe</translation>
    </message>
    <message>
        <source>What was said, for those who were not there</source>
        <translation>Ce qui a été dit, pour celles et ceux qui n’étaient pas là</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Co&amp;mpte rendu&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to tick who attended and to note what was decided.</source>
        <translation>Choisissez une réunion dans la liste pour cocher les présents et noter ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Attendance and decisions</source>
        <translation>Présence et décisions</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Double-click to change the role in the group</source>
        <translation>Double-cliquez pour changer le rôle dans le groupe</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Rôle dans le groupe</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Change a member&apos;s role</source>
        <translation>Changer le rôle d’un membre</translation>
    </message>
    <message>
        <source>Double-click to change the date the member joined</source>
        <translation>Double-cliquez pour changer la date d’entrée du membre</translation>
    </message>
    <message>
        <source>Change the date a member joined</source>
        <translation>Changer la date d’entrée d’un membre</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Retirer %1 du groupe</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>Retirer %n membre du groupe</numerusform>
            <numerusform>Retirer %n membres du groupe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The member&apos;s stakeholder</source>
        <translation>La partie prenante du membre</translation>
    </message>
    <message>
        <source>The group member</source>
        <translation>Le membre du groupe</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>La date de la réunion</translation>
    </message>
    <message>
        <source>An attendee of the meeting</source>
        <translation>Un participant à la réunion</translation>
    </message>
</context>
<context>
    <name>ImportStakeholdersCommand</name>
    <message>
        <source>Import stakeholders and their contacts from a CSV file.</source>
        <translation>Importer des parties prenantes et leurs contacts depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>The city file to import into.</source>
        <translation>Le fichier de ville dans lequel importer.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>Encoding of the CSV file: auto, utf-8 or windows-1252.</source>
        <translation>Encodage du fichier CSV&#xa0;: auto, utf-8 ou windows-1252.</translation>
    </message>
    <message>
        <source>Field separator: auto, comma, semicolon or tab.</source>
        <translation>Séparateur de champs&#xa0;: auto, comma (virgule), semicolon (point-virgule) ou tab (tabulation).</translation>
    </message>
    <message>
        <source>What to do with a stakeholder already in the file: skip, update or new (added with a suffix such as “(2)”).</source>
        <translation>Que faire d’une partie prenante déjà présente dans le fichier&#xa0;: skip (l’ignorer), update (la mettre à jour) ou new (l’ajouter avec un suffixe tel que «&#xa0;(2)&#xa0;»).</translation>
    </message>
    <message>
        <source>import-stakeholders takes a city FILE and a CSV file.</source>
        <translation>La commande import-stakeholders attend un argument FILE (le fichier de ville) et un fichier CSV.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>--encoding doit valoir auto, utf-8 ou windows-1252, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
        <translation>--delimiter doit valoir auto, comma, semicolon ou tab, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or new, not “%1”.</source>
        <translation>--on-duplicate doit valoir skip, update ou new, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2.</source>
        <translation>Encodage lu&#xa0;: %1&#xa0;; séparateur de champs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Parties prenantes importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Parties prenantes mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Parties prenantes ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>Contacts ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colonnes non importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Themes created: %1</source>
        <translation>Thèmes créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Theme values left out: %1 (an import creates at most %2 themes; map them with --map VALUE=theme:NAME)</source>
        <translation>Valeurs de thème écartées&#xa0;: %1 (une importation crée au plus %2 thèmes&#xa0;; indiquez leur sens avec --map VALEUR=theme:NOM)</translation>
    </message>
</context>
<context>
    <name>ImportTemplateCommand</name>
    <message>
        <source>Install a checklist template JSON into a city file.</source>
        <translation>Installer un modèle de liste de contrôle JSON dans un fichier de ville.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Le fichier de ville à modifier.</translation>
    </message>
    <message>
        <source>The template JSON to install.</source>
        <translation>Le modèle de liste de contrôle JSON à installer.</translation>
    </message>
    <message>
        <source>import-template takes a FILE and an IN file.</source>
        <translation>La commande import-template attend un argument FILE et un argument IN.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) installed.</source>
        <translation>Liste de contrôle «&#xa0;%1&#xa0;» (version %2) installée.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Each value is the total so far</source>
        <translation>Chaque valeur est le total à ce jour</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Les valeurs s’additionnent</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s values</source>
        <translation>Graphique des valeurs de l’indicateur</translation>
    </message>
    <message>
        <source>No value measured yet</source>
        <translation>Aucune valeur mesurée pour l’instant</translation>
    </message>
    <message>
        <source>Select an indicator</source>
        <translation>Choisissez un indicateur</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message>
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: tapez-en un comme %2.</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Ajout d’une valeur mesurée</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Modification de la valeur du %1</translation>
    </message>
    <message>
        <source>Remove the value of %1</source>
        <translation>Suppression de la valeur du %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>Suppression de %n valeur</numerusform>
            <numerusform>Suppression de %n valeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Les valeurs s’additionnent</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2, or leave it empty while it is not known.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: tapez-en un comme %2, ou laissez vide tant qu’il n’est pas connu.</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajout d’un indicateur</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Modification de l’indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <translation>Suppression de l’indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>Suppression de %n indicateur</numerusform>
            <numerusform>Suppression de %n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>Influence and interest grid</source>
        <translation>Grille influence-intérêt</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exporter l’image…</translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>Déplacer « %1 » sur la grille</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>Déplacer %n acteur sur la grille</numerusform>
            <numerusform>Déplacer %n acteurs sur la grille</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the influence and interest grid</source>
        <translation>Exporter la grille influence-intérêt</translation>
    </message>
    <message>
        <source>influence-interest-grid.png</source>
        <translation>grille-influence-interet.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Exporter la grille</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change its influence and interest, or move the selected ones with the arrow keys.</source>
        <translation>Faites glisser une partie prenante vers une autre case pour changer son influence et son intérêt, ou déplacez celles qui sont sélectionnées avec les flèches du clavier.</translation>
    </message>
    <message>
        <source>The influence and interest grid was written with its legend.</source>
        <translation>La grille influence-intérêt a été écrite avec sa légende.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide what the colours mean</source>
        <translation>Afficher ou masquer ce que signifient les couleurs</translation>
    </message>
</context>
<context>
    <name>InfluenceGridExport</name>
    <message>
        <source>“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending in .png or .svg.</source>
        <translation>« %1 » n’est ni une image PNG ni un dessin SVG. Choisissez un nom de fichier se terminant par .png ou .svg.</translation>
    </message>
    <message>
        <source>Influence and interest of the stakeholders</source>
        <translation>Influence et intérêt des acteurs</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”. Check that the folder exists, that you may write in it and that the disk is not full, then export again.</source>
        <translation>La grille n’a pas pu être enregistrée dans « %1 ». Vérifiez que le dossier existe, que vous avez le droit d’y écrire et que le disque n’est pas plein, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridLayout</name>
    <message>
        <source>Keep satisfied</source>
        <translation>Maintenir satisfait</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Kinds of stakeholder</source>
        <translation>Types d’acteurs</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A score of %1 counts as high: the lines run between %2 and %1.</source>
        <translation>Une note de %1 compte comme élevée&#xa0;: les lignes passent entre %2 et %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante</numerusform>
            <numerusform>%n parties prenantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGridLegend</name>
    <message>
        <source>Fold the legend away</source>
        <translation>Replier la légende</translation>
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
Influence : %3 · Intérêt : %4</translation>
    </message>
    <message>
        <source>%1
Influence: %2 · Interest: %3
Zoom in, or double-click, to see them.</source>
        <translation>%1
Influence&#xa0;: %2 · Intérêt&#xa0;: %3
Zoomez, ou double-cliquez, pour les voir.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print what a city file holds, as JSON.</source>
        <translation>Afficher le contenu d’un fichier de ville, au format JSON.</translation>
    </message>
    <message>
        <source>The city file to describe.</source>
        <translation>Le fichier de ville à décrire.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.</source>
        <translation>La commande info attend exactement un argument FILE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save the new city file</source>
        <translation>Enregistrer le nouveau fichier de ville</translation>
    </message>
    <message>
        <source>Open a city file read-only</source>
        <translation>Ouvrir un fichier de ville en lecture seule</translation>
    </message>
    <message>
        <source>Open a city file</source>
        <translation>Ouvrir un fichier de ville</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>file name of a copy</comment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Save a copy of the city file</source>
        <translation>Enregistrer une copie du fichier de ville</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>La copie n’a pas été écrite</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copie écrite dans %1</translation>
    </message>
    <message>
        <source>Open the copy?</source>
        <translation>Ouvrir la copie&#xa0;?</translation>
    </message>
    <message>
        <source>The copy “%1” was written. Open it now to make changes?</source>
        <translation>La copie «&#xa0;%1&#xa0;» a été écrite. L’ouvrir maintenant pour la modifier&#xa0;?</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <comment>window title</comment>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — Passerelle</source>
        <comment>window title</comment>
        <translation>%1 — Passerelle</translation>
    </message>
    <message>
        <source>Last written at %1</source>
        <translation>Dernière écriture à %1</translation>
    </message>
    <message>
        <source>Last written on %1</source>
        <translation>Dernière écriture le %1</translation>
    </message>
    <message>
        <source>There is nothing to search in this part of the file.</source>
        <translation>Il n’y a rien à rechercher dans cette partie du fichier.</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Fichiers de ville Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unfinished change undone</source>
        <translation>Modification inachevée annulée</translation>
    </message>
    <message>
        <source>Checking the city file…</source>
        <translation>Vérification du fichier de ville…</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New city file…</source>
        <translation>&amp;Nouveau fichier de ville…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Open a file without any risk of changing it, such as a partner city&apos;s file.</source>
        <translation>Ouvrir un fichier sans aucun risque de le modifier, par exemple celui d’une ville partenaire.</translation>
    </message>
    <message>
        <source>Write a copy of the file; this window stays on the original.</source>
        <translation>Écrire une copie du fichier&#xa0;; cette fenêtre reste sur l’original.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Afficher la &amp;navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>À &amp;propos de Passerelle</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Exporter l’a&amp;genda…</translation>
    </message>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Écrire les jalons et les fins d’action du plan d’action dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Exporter un rappor&amp;t…</translation>
    </message>
    <message>
        <source>Write a report for the council or a partner as a PDF or an editable document.</source>
        <translation>Écrire un rapport pour le conseil municipal ou un partenaire, en PDF ou en document modifiable.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Open a p&amp;artner’s file…</source>
        <translation>Ouvrir le fichier d’une ville p&amp;artenaire…</translation>
    </message>
    <message>
        <source>Read a file a partner city shared, in a window of its own, from a private copy: nothing in it can change.</source>
        <translation>Lire le fichier partagé par une ville partenaire, dans une fenêtre à part, depuis une copie privée&#xa0;: rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with partner cities…</source>
        <translation>Co&amp;mparer avec des villes partenaires…</translation>
    </message>
    <message>
        <source>Put partner cities&apos; scores, priorities and plans beside yours.</source>
        <translation>Placer les scores, priorités et plans des villes partenaires à côté des vôtres.</translation>
    </message>
    <message>
        <source>&amp;Import from a partner city…</source>
        <translation>&amp;Importer depuis une ville partenaire…</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Import good practices, checklists, exchanges and stakeholders from a partner city&apos;s file.</source>
        <translation>Importer les bonnes pratiques, listes de contrôle, échanges et parties prenantes du fichier d’une ville partenaire.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>Le fichier de la ville à modifier.</translation>
    </message>
    <message>
        <source>The file a partner city shared.</source>
        <translation>Le fichier partagé par une ville partenaire.</translation>
    </message>
    <message>
        <source>What to take, separated by commas (all four when left out): %1.</source>
        <translation>Ce qu’il faut reprendre, séparé par des virgules (les quatre si l’option est omise)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>merge takes a FILE and a PARTNER file.</source>
        <translation>merge prend un FICHIER et un fichier PARTENAIRE.</translation>
    </message>
    <message>
        <source>--what takes a list of %1, separated by commas.</source>
        <translation>--what prend une liste parmi %1, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Import depuis %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import from a partner city</source>
        <translation>Importer depuis une ville partenaire</translation>
    </message>
    <message>
        <source>The file a partner city shared with you</source>
        <translation>Le fichier qu’une ville partenaire a partagé avec vous</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir le &amp;fichier…</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Ce qu’il faut reprendre</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Bonnes pratiques</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>&amp;Listes de contrôle</translation>
    </message>
    <message>
        <source>&amp;Exchanges</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>&amp;Stakeholders (without their contacts)</source>
        <translation>&amp;Parties prenantes (sans leurs contacts)</translation>
    </message>
    <message>
        <source>Choose the file a partner city shared with you.</source>
        <translation>Choisissez le fichier qu’une ville partenaire a partagé avec vous.</translation>
    </message>
    <message>
        <source>Changed both here and by the partner: tick a record to take the partner’s version; unticked records keep yours.</source>
        <translation>Modifiées ici et par le partenaire&#xa0;: cochez une fiche pour prendre la version du partenaire&#xa0;; les fiches non cochées gardent la vôtre.</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Fiche et champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>The partner’s</source>
        <translation>Celle du partenaire</translation>
    </message>
    <message>
        <source>Deleted by the partner: tick a record to remove it from your file too; unticked records stay.</source>
        <translation>Supprimées par le partenaire&#xa0;: cochez une fiche pour la supprimer aussi de votre fichier&#xa0;; les fiches non cochées restent.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle);;All files (*)</source>
        <translation>Fichiers de ville Passerelle (*.passerelle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Nouvelles fiches&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed by the partner: %1</source>
        <translation>Modifiées par le partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted by the partner: %1</source>
        <translation>Supprimées par le partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not taken: %1 “%2”. %3</source>
        <translation>Non reprise&#xa0;: %1 «&#xa0;%2&#xa0;». %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Ticked: take the partner’s version; unticked: keep yours.</source>
        <translation>Cochée&#xa0;: prendre la version du partenaire&#xa0;; non cochée&#xa0;: garder la vôtre.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>La fiche entière</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>supprimée ici</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>modifiée par le partenaire</translation>
    </message>
    <message>
        <source>Nothing to import: your file already holds what %1 shared.</source>
        <translation>Rien à importer&#xa0;: votre fichier contient déjà ce que %1 a partagé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>Importé depuis %1&#xa0;: %n fiche ajoutée, modifiée ou supprimée.</numerusform>
            <numerusform>Importé depuis %1&#xa0;: %n fiches ajoutées, modifiées ou supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MergePlanner</name>
    <message>
        <source>This file is a copy of your own city’s file, not a partner’s: its records are already yours. Choose the file a partner city shared.</source>
        <translation>Ce fichier est une copie du fichier de votre propre ville, pas celui d’un partenaire&#xa0;: ses fiches sont déjà les vôtres. Choisissez le fichier qu’une ville partenaire a partagé.</translation>
    </message>
    <message>
        <source>A stakeholder of the same name is already in your file.</source>
        <translation>Une partie prenante du même nom figure déjà dans votre fichier.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>The partner’s file could not be read (%1). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Le fichier du partenaire n’a pas pu être lu (%1). Rien n’a été importé&#xa0;; demandez à la ville partenaire de partager de nouveau son fichier.</translation>
    </message>
    <message>
        <source>The partner’s file does not name its city (it should hold exactly one city). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>Le fichier du partenaire ne nomme pas sa ville (il devrait en contenir exactement une). Rien n’a été importé&#xa0;; demandez à la ville partenaire de partager de nouveau son fichier.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Atteint le&#xa0;:</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>Un jalon a besoin d’un titre et d’une échéance.</translation>
    </message>
    <message>
        <source>Due outside its action&apos;s dates (%1 to %2): allowed, but check it.</source>
        <translation>Échéance hors des dates de son action (du %1 au %2)&#xa0;: c’est permis, mais vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>NarrativeWidget</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Sections du profil</translation>
    </message>
    <message>
        <source>Not written yet. %1</source>
        <translation>Rien n’est encore rédigé. %1</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city file</source>
        <translation>Nouveau fichier de ville</translation>
    </message>
    <message>
        <source>For example: Tangier</source>
        <translation>Par exemple&#xa0;: Tanger</translation>
    </message>
    <message>
        <source>A city file holds everything about one city. You can change these details later in the city profile.</source>
        <translation>Un fichier de ville réunit tout ce qui concerne une ville. Vous pourrez modifier ces informations plus tard dans le profil de la ville.</translation>
    </message>
    <message>
        <source>City &amp;name:</source>
        <translation>&amp;Nom de la ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;language:</source>
        <translation>&amp;Langue du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the built-in themes and profile sections in the file.</source>
        <translation>La langue des thèmes prédéfinis et des sections du profil dans le fichier.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir où l’enregistrer…</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Only a number can be typed here, like %1: “%2” is not part of one.</source>
        <translation>Seul un nombre peut être saisi ici, comme %1&#xa0;: «&#xa0;%2&#xa0;» n’en fait pas partie.</translation>
    </message>
</context>
<context>
    <name>OdtReportWriter</name>
    <message>
        <source>“%1” could not be made: the report could not be turned into an OpenDocument text. Export it as a PDF instead.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créé&#xa0;: le rapport n’a pas pu être converti en texte OpenDocument. Exportez-le plutôt en PDF.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>For example %1</source>
        <translation>Par exemple %1</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Write it like %3, or pick it from the calendar.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date. Écrivez-la comme %3, ou choisissez-la dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Country of origin</source>
        <translation>Pays d’origine</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrants</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Le nombre de migrants</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>L’année</translation>
    </message>
    <message>
        <source>%1 must be a whole number, like %2; “%3” is not.</source>
        <translation>%1 doit être un nombre entier, par exemple %2&#xa0;; «&#xa0;%3&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>Edit the origin “%1”</source>
        <translation>Modification de l’origine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Nouveau pays</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Ajout d’une origine</translation>
    </message>
    <message>
        <source>Remove the origin “%1”</source>
        <translation>Suppression de l’origine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>Suppression de %n origine</numerusform>
            <numerusform>Suppression de %n origines</numerusform>
        </translation>
    </message>
    <message>
        <source>No origin yet. Add one row per country, with the year and the source of the figure.</source>
        <translation>Aucune origine pour l’instant. Ajoutez une ligne par pays, avec l’année et la source du chiffre.</translation>
    </message>
    <message>
        <source>The figures date from %1 to %2: compare them with care.</source>
        <translation>Les chiffres datent de %1 à %2&#xa0;: comparez-les avec prudence.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>Total des origines indiquées&#xa0;: %Ln migrant.</numerusform>
            <numerusform>Total des origines indiquées&#xa0;: %Ln migrants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputFileQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is: nothing was written. Choose another name, or agree to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n’a pas été touché&#xa0;: rien n’a été écrit. Choisissez un autre nom, ou acceptez de le remplacer.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsDialog</name>
    <message>
        <source>&amp;Open the stakeholder</source>
        <translation>&amp;Ouvrir la partie prenante</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>No follow-up is overdue: every promise to come back to a stakeholder is kept or not due yet.</source>
        <translation>Aucune relance n’est en retard&#xa0;: chaque promesse de revenir vers une partie prenante est tenue ou pas encore échue.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n relance promise pour un jour déjà passé et pas encore marquée faite. Double-cliquez dessus pour ouvrir les échanges de sa partie prenante et la consigner.</numerusform>
            <numerusform>%n relances promises pour un jour déjà passé et pas encore marquées faites, la plus ancienne d’abord. Double-cliquez sur l’une d’elles pour ouvrir les échanges de sa partie prenante et la consigner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Prévue le %1, il y a %n jour</numerusform>
            <numerusform>Prévue le %1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Partner&apos;s city identifier</source>
        <translation>Identifiant de la ville partenaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>“%1” is not a role. Choose mentor, mentee or peer.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle. Choisissez ville mentor, ville mentorée ou ville homologue.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>Nouvelle ville partenaire</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Ajouter une ville partenaire</translation>
    </message>
    <message>
        <source>Edit the partner city “%1”</source>
        <translation>Modifier la ville partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the partner city “%1”</source>
        <translation>Supprimer la ville partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>Supprimer %n ville partenaire</numerusform>
            <numerusform>Supprimer %n villes partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner city yet. Add the cities your city is twinned with, with their role and a contact person.</source>
        <translation>Aucune ville partenaire pour l’instant. Ajoutez les villes avec lesquelles votre ville est jumelée, avec leur rôle et une personne de contact.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n ville partenaire, </numerusform>
            <numerusform>%n villes partenaires, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n jumelage en cours aujourd’hui.</numerusform>
            <numerusform>%n jumelages en cours aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate the partner city “%1”</source>
        <translation>Dupliquer la ville partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PartnerCity</name>
    <message>
        <source>Mentor</source>
        <translation>Ville mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Ville mentorée</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Ville homologue</translation>
    </message>
</context>
<context>
    <name>PartnerFile</name>
    <message>
        <source>%1 is full</source>
        <translation>%1 est plein</translation>
    </message>
</context>
<context>
    <name>PartnerOpening</name>
    <message>
        <source>Open a partner city’s file</source>
        <translation>Ouvrir le fichier d’une ville partenaire</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Fichiers de ville Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (partner, date unknown)</source>
        <comment>window title</comment>
        <translation>%1 (ville partenaire, date de partage inconnue)</translation>
    </message>
    <message>
        <source>%1 (partner, shared %2)</source>
        <comment>window title</comment>
        <translation>%1 (ville partenaire, partagé le %2)</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Bonnes pratiques</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Ajouter une ville partenaire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected partner cities</source>
        <translation>Supprimer les villes partenaires sélectionnées</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Villes partenaires</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>La date de début du partenariat</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>La date de fin du partenariat</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Personne de contact&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;city identifier:</source>
        <translation>Identifiant de la &amp;ville partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>The cities yours is twinned with in a network (IncluCities, MC2CM), as mentor, mentee or peer, with the twinning&apos;s dates. The contact person is personal data: it is left out when the file is shared.</source>
        <translation>Les villes auxquelles la vôtre est jumelée dans un réseau (IncluCities, MC2CM), comme ville mentor, mentorée ou homologue, avec les dates du jumelage. La personne de contact est une donnée personnelle&#xa0;: elle est retirée quand le fichier est partagé.</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Remove the selected exchanges</source>
        <translation>Supprimer les échanges sélectionnés</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>Partici&amp;pants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Leçons tirées&#xa0;:</translation>
    </message>
    <message>
        <source>Study visits, peer-learning meetings, training academies and online meetings, with what was learned. Participants&apos; names are personal data: they are left out when the file is shared.</source>
        <translation>Visites d’étude, rencontres d’apprentissage entre pairs, académies de formation et réunions en ligne, avec ce que vous en avez appris. Les noms des participants sont des données personnelles&#xa0;: ils sont retirés quand le fichier est partagé.</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Ajouter une bonne pratique</translation>
    </message>
    <message>
        <source>Remove the selected good practices</source>
        <translation>Supprimer les bonnes pratiques sélectionnées</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Words of the title, city, description, source or tags</source>
        <translation>Mots du titre, de la ville, de la description, de la source ou des mots-clés</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>What your city does well and what you learn from partner cities. “From” says where each practice came from: this city, or the partner whose file it was taken from.</source>
        <translation>Ce que votre ville fait bien et ce que vous apprenez des villes partenaires. «&#xa0;Origine&#xa0;» indique d’où vient chaque pratique&#xa0;: cette ville, ou le partenaire dont le fichier l’a fournie.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Add a copy of the selected record</source>
        <translation>Ajouter une copie de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>No partner city</source>
        <translation>Aucune ville partenaire</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>PersonalDataChoice</name>
    <message>
        <source>&amp;Include personal data (contact persons and private notes)</source>
        <translation>&amp;Inclure les données personnelles (personnes de contact et notes privées)</translation>
    </message>
    <message>
        <source>When this is not ticked, the export leaves out contact persons, notes marked private and everything else the city file marks as personal data. Tick it only if everyone who will receive the export may see them.</source>
        <translation>Si cette case n’est pas cochée, l’export laisse de côté les personnes de contact, les notes marquées privées et tout ce que le fichier de ville marque comme données personnelles. Ne la cochez que si toutes les personnes qui recevront l’export peuvent les voir.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Personal data: left out of exports unless you choose to include it.</source>
        <translation>Données personnelles&#xa0;: laissées de côté dans les exports, sauf si vous choisissez de les inclure.</translation>
    </message>
</context>
<context>
    <name>PersonalDataOption</name>
    <message>
        <source>Include personal data (contact persons, private notes and anything else the city file marks as personal). Without this option it is left out.</source>
        <translation>Inclure les données personnelles (personnes de contact, notes privées et tout ce que le fichier de ville marque comme personnel). Sans cette option, elles sont laissées de côté.</translation>
    </message>
    <message>
        <source>Personal data (contact persons and private notes) was left out; add --%1 to include it.</source>
        <translation>Les données personnelles (personnes de contact et notes privées) ont été laissées de côté&#xa0;; ajoutez --%1 pour les inclure.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan of %1</source>
        <translation>Plan d’action de %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>End of “%1”</source>
        <translation>Fin de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Réalisé le %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the action plan&apos;s progress, lateness and budget, as JSON.</source>
        <translation>Affiche l’avancement, les retards et le budget du plan d’action, en JSON.</translation>
    </message>
    <message>
        <source>The city file whose plan to sum up.</source>
        <translation>Le fichier de la ville dont résumer le plan.</translation>
    </message>
    <message>
        <source>The day lateness is judged on (YYYY-MM-DD); today when not given.</source>
        <translation>Le jour où juger les retards (AAAA-MM-JJ)&#xa0;; aujourd’hui s’il n’est pas donné.</translation>
    </message>
    <message>
        <source>plan takes exactly one FILE.</source>
        <translation>plan prend exactement un FICHIER.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ, par exemple 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWidget</name>
    <message>
        <source>Record the council’s &amp;adoption…</source>
        <translation>&amp;Enregistrer l’adoption par le conseil…</translation>
    </message>
    <message>
        <source>Priorities for the inclusion of migrants</source>
        <translation>Priorités pour l’inclusion des personnes migrantes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>I&amp;ntroduction</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>Why the city sets priorities for migrant inclusion, and what this document is.</source>
        <translation>Pourquoi la ville se donne des priorités pour l’inclusion des personnes migrantes, et ce qu’est ce document.</translation>
    </message>
    <message>
        <source>How the priorities were chosen: the profile, the checklists, who was consulted.</source>
        <translation>Comment les priorités ont été choisies&#xa0;: le profil, les grilles, qui a été consulté.</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Modification de l’introduction</translation>
    </message>
    <message>
        <source>Edit the method</source>
        <translation>Modification de la méthode</translation>
    </message>
    <message>
        <source>Adopted by the council on %1.</source>
        <translation>Adopté par le conseil municipal le %1.</translation>
    </message>
    <message>
        <source>Not adopted by the council yet.</source>
        <translation>Pas encore adopté par le conseil municipal.</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Modification du titre</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; action réalisée sur %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; actions réalisées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in progress</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en cours</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n en retard&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n en retard&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none late</source>
        <translation>aucune en retard</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; spent of %2 planned (%3 committed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dépensés sur %2 prévus (%3 engagés)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>%n action finit plus tard que ce que le conseil a adopté, de %1 jours.</numerusform>
            <numerusform>%n actions finissent plus tard que ce que le conseil a adopté, jusqu’à %1 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action ends as the council adopted.</source>
        <translation>Chaque action finit comme le conseil l’a adopté.</translation>
    </message>
</context>
<context>
    <name>PlanIndicatorFigure</name>
    <message>
        <source>Indicators against their targets</source>
        <translation>Les indicateurs au regard de leurs cibles</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Now %1, target %2</source>
        <translation>Actuel %1, cible %2</translation>
    </message>
    <message>
        <source>Now %1, no target</source>
        <translation>Actuel %1, sans cible</translation>
    </message>
    <message>
        <source>No indicator has been defined.</source>
        <translation>Aucun indicateur n’a été défini.</translation>
    </message>
    <message>
        <source>Now: the latest value, or the sum of the values for indicators counted per period. Reached: the share of the way from the baseline to the target.</source>
        <translation>Actuel&#xa0;: la dernière valeur, ou la somme des valeurs pour les indicateurs comptés par période. Atteint&#xa0;: la part du chemin parcouru de la valeur de départ à la cible.</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>Petits graphiques</translation>
    </message>
    <message>
        <source>The measured values of each indicator over time, its target dashed.</source>
        <translation>Les valeurs mesurées de chaque indicateur au fil du temps, sa cible en pointillés.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The priority&apos;s title</source>
        <translation>Le titre de la priorité</translation>
    </message>
    <message>
        <source>The priority&apos;s theme</source>
        <translation>Le thème de la priorité</translation>
    </message>
    <message>
        <source>The rank</source>
        <translation>Le rang</translation>
    </message>
    <message>
        <source>The date of validation by the stakeholder group</source>
        <translation>La date de validation par le groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>The date of adoption by the council</source>
        <translation>La date d’adoption par le conseil municipal</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La priorité</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>Le critère de la liste de contrôle</translation>
    </message>
    <message>
        <source>The profile figure</source>
        <translation>Le chiffre du profil</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>La date de la consultation</translation>
    </message>
    <message>
        <source>Evidence must point to exactly one checklist item or one profile figure. Choose one of the two and clear the other.</source>
        <translation>Un justificatif doit renvoyer soit à un seul critère de liste de contrôle, soit à un seul chiffre du profil. Choisissez l’un des deux et effacez l’autre.</translation>
    </message>
    <message>
        <source>A stakeholder consulted</source>
        <translation>Une partie prenante consultée</translation>
    </message>
    <message>
        <source>The stakeholder-group meeting</source>
        <translation>La réunion du groupe local des parties prenantes</translation>
    </message>
</context>
<context>
    <name>PlanTimelineFigure</name>
    <message>
        <source>Action (colour: status; red: late)</source>
        <translation>Action (couleur&#xa0;: statut&#x202f;; rouge&#xa0;: en retard)</translation>
    </message>
    <message>
        <source>Dates adopted</source>
        <translation>Dates adoptées</translation>
    </message>
    <message>
        <source>Milestone (filled: done)</source>
        <translation>Jalon (plein&#xa0;: atteint)</translation>
    </message>
    <message>
        <source>Timeline, %1 to %2: rows %3 to %4 of %5.</source>
        <translation>Calendrier, de %1 à %2&#xa0;: lignes %3 à %4 sur %5.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Priority, action, milestone</source>
        <translation>Priorité, action, jalon</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End or due</source>
        <translation>Fin ou échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Dépensé sur prévu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Atteint le %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (%n jour plus tard qu’adopté)</numerusform>
            <numerusform>%1 (%n jours plus tard qu’adopté)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticesModel</name>
    <message>
        <source>This city</source>
        <translation>Cette ville</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Une autre ville</translation>
    </message>
    <message>
        <source>Where this practice came from: this city&apos;s own file, or the partner city&apos;s file it was taken from.</source>
        <translation>D’où vient cette pratique&#xa0;: le fichier de cette ville, ou celui de la ville partenaire qui l’a fournie.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>Le thème</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La ville partenaire</translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Nouvelle bonne pratique</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Ajouter une bonne pratique</translation>
    </message>
    <message>
        <source>Edit the good practice “%1”</source>
        <translation>Modifier la bonne pratique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the good practice “%1”</source>
        <translation>Supprimer la bonne pratique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>Supprimer %n bonne pratique</numerusform>
            <numerusform>Supprimer %n bonnes pratiques</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice matches “%1”.</source>
        <translation>Aucune bonne pratique ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n bonne pratique correspond à la recherche, </numerusform>
            <numerusform>%n bonnes pratiques correspondent à la recherche, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n venue de villes partenaires.</numerusform>
            <numerusform>%n venues de villes partenaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice yet. Add what your city does well, and what you learn from partner cities.</source>
        <translation>Aucune bonne pratique pour l’instant. Ajoutez ce que votre ville fait bien, et ce que vous apprenez des villes partenaires.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n bonne pratique, </numerusform>
            <numerusform>%n bonnes pratiques, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate the good practice “%1”</source>
        <translation>Dupliquer la bonne pratique «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Passerelle.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Passerelle.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder the priorities</source>
        <translation>Nouvel ordre des priorités</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>Record the council’s adoption…</source>
        <translation>Enregistrer l’adoption par le conseil…</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>&amp;Priorités</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Do&amp;cument</translation>
    </message>
    <message>
        <source>Ne&amp;w priority</source>
        <translation>&amp;Nouvelle priorité</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>The most important first. Drag a priority, or use Move up and Move down, to change its rank.</source>
        <translation>La plus importante d’abord. Faites glisser une priorité, ou utilisez Monter et Descendre, pour changer son rang.</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translation>&amp;Justificatifs</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>Cons&amp;ultations</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Ajout d’une priorité</translation>
    </message>
    <message>
        <source>Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit &gt; Undo brings them back.</source>
        <translation>Supprimer la priorité «&#xa0;%1&#xa0;» avec ce qui en dépend&#xa0;: %2, %3 et %4&#xa0;? Édition &gt; Annuler les rétablit.</translation>
    </message>
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
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Supprimer la priorité</translation>
    </message>
    <message>
        <source>Remove the priority “%1”</source>
        <translation>Suppression de la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message>
        <source>Adopted by the council on %1</source>
        <translation>Adoptée par le conseil le %1</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group on %1</source>
        <translation>Validée par le groupe des parties prenantes le %1</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Méthode</translation>
    </message>
    <message>
        <source>The stakeholder group</source>
        <translation>Le groupe des parties prenantes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>Le groupe ne s’est pas encore réuni.</translation>
    </message>
    <message>
        <source>The meetings of the stakeholder group.</source>
        <translation>Les réunions du groupe des parties prenantes.</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Qui a été consulté</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultés</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>No consultation has been recorded.</source>
        <translation>Aucune consultation n’a été enregistrée.</translation>
    </message>
    <message>
        <source>3. The priorities</source>
        <translation>3. Les priorités</translation>
    </message>
    <message>
        <source>No priority has been written yet.</source>
        <translation>Aucune priorité n’a encore été rédigée.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No action has been planned for this priority yet.</source>
        <translation>Aucune action n’a encore été prévue pour cette priorité.</translation>
    </message>
    <message>
        <source>Local integration priorities</source>
        <translation>Priorités locales d’intégration</translation>
    </message>
    <message>
        <source>The priorities for the inclusion of newcomers in %1 and the actions that carry them out</source>
        <translation>Les priorités pour l’inclusion des nouveaux arrivants à %1 et les actions qui les mettent en œuvre</translation>
    </message>
    <message>
        <source>Priorities and action plan</source>
        <translation>Priorités et plan d’action</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Version du %1</translation>
    </message>
    <message>
        <source>Draft for consultation</source>
        <translation>Projet soumis à consultation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>1. Context</source>
        <translation>1. Contexte</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Le profil migratoire</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>A. The stakeholder group&apos;s members</source>
        <translation>A. Les membres du groupe des parties prenantes</translation>
    </message>
    <message>
        <source>B. Access to services: scores by area</source>
        <translation>B. Accès aux services&#xa0;: scores par domaine</translation>
    </message>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>Les priorités ont été préparées avec le groupe des parties prenantes de la ville, qui compte %n membre, cité en annexe A.</numerusform>
            <numerusform>Les priorités ont été préparées avec le groupe des parties prenantes de la ville, qui compte %n membres, cités en annexe A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>Le groupe s’est réuni %n fois.</numerusform>
            <numerusform>Le groupe s’est réuni %n fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group</source>
        <translation>Validée par le groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>Adopted by the council</source>
        <translation>Adoptée par le conseil municipal</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Why this matters for the city: the gaps and figures it rests on.</source>
        <translation>Pourquoi c’est important pour la ville&#xa0;: les manques et les chiffres sur lesquels elle repose.</translation>
    </message>
    <message>
        <source>What will have changed for migrants when it is done.</source>
        <translation>Ce qui aura changé pour les personnes migrantes une fois qu’elle sera réalisée.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>Justificati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>Résu&amp;ltat attendu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Validated by the group &amp;on:</source>
        <translation>&amp;Validée par le groupe le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Adopted by the council on:</source>
        <translation>Adoptée par le cons&amp;eil le&#xa0;:</translation>
    </message>
    <message>
        <source>The date of validation</source>
        <translation>La date de validation</translation>
    </message>
    <message>
        <source>The date of adoption</source>
        <translation>La date d’adoption</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Aucun thème</translation>
    </message>
    <message>
        <source>Edit the priority “%1”</source>
        <translation>Modification de la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PriorityFromGapCommand</name>
    <message>
        <source>Make a priority from a gap</source>
        <translation>Faire une priorité d’un manque</translation>
    </message>
    <message>
        <source>The service-access checklist (round “%3”) found a gap: “%1” is answered “%2”.</source>
        <translation>La grille d’accès aux services (campagne «&#xa0;%3&#xa0;») a relevé un manque&#xa0;: «&#xa0;%1&#xa0;» a pour réponse «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Answered “%1” in round “%2”.</source>
        <translation>Réponse «&#xa0;%1&#xa0;» lors de la campagne «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>&amp;Origins of migrants</source>
        <translation>&amp;Origines des migrants</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Quartiers</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Profil de la ville</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Ajouter un chiffre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected figures</source>
        <translation>Supprimer les chiffres sélectionnés</translation>
    </message>
    <message>
        <source>The few numbers that tell the city&apos;s migration story, each with its year and source so that a reader can check it.</source>
        <translation>Les quelques chiffres qui racontent l’histoire migratoire de la ville, chacun avec son année et sa source, pour que le lecteur puisse le vérifier.</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Ajouter une origine</translation>
    </message>
    <message>
        <source>Remove the selected origins</source>
        <translation>Supprimer les origines sélectionnées</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Origines des migrants</translation>
    </message>
    <message>
        <source>Migrants living in the city by country of origin. Give each figure its year and its source (census, register, survey).</source>
        <translation>Les migrants vivant dans la ville, par pays d’origine. Indiquez pour chaque chiffre son année et sa source (recensement, registre, enquête).</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Ajouter un quartier</translation>
    </message>
    <message>
        <source>Remove the selected districts</source>
        <translation>Supprimer les quartiers sélectionnés</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>Where migrants live in the city. Leave a figure empty when it is not known; the share is worked out from the two populations.</source>
        <translation>Où vivent les migrants dans la ville. Laissez un chiffre vide s’il n’est pas connu&#xa0;; la part est calculée à partir des deux populations.</translation>
    </message>
    <message>
        <source>City and &amp;key figures</source>
        <translation>Ville et &amp;chiffres clés</translation>
    </message>
    <message>
        <source>N&amp;arrative</source>
        <translation>&amp;Récit</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Sources: </source>
        <translation>Sources&#xa0;: </translation>
    </message>
    <message>
        <source>inhabitants (%1)</source>
        <translation>habitants (%1)</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Population of the city</source>
        <translation>Population de la ville</translation>
    </message>
    <message>
        <source>No key figure of the profile is recorded yet.</source>
        <translation>Aucun chiffre clé du profil n’est encore enregistré.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d’origine</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrants</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>All origins listed</source>
        <translation>Toutes les origines recensées</translation>
    </message>
    <message>
        <source>Share: of the migrants of all the origins listed.</source>
        <translation>Part&#xa0;: parmi les migrants de toutes les origines recensées.</translation>
    </message>
    <message>
        <source>No country of origin is recorded yet.</source>
        <translation>Aucun pays d’origine n’est encore enregistré.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Share: migrants in the district’s population.</source>
        <translation>Part&#xa0;: migrants dans la population du quartier.</translation>
    </message>
    <message>
        <source>No district is recorded yet.</source>
        <translation>Aucun quartier n’est encore enregistré.</translation>
    </message>
    <message>
        <source>The migration profile has no key figure yet: the city’s population and the figures on its migrants will appear here with their sources.</source>
        <translation>Le profil migratoire n’a pas encore de chiffre clé&#xa0;: la population de la ville et les chiffres sur ses migrants apparaîtront ici avec leurs sources.</translation>
    </message>
    <message>
        <source>The key figures of the migration profile and their sources.</source>
        <translation>Les chiffres clés du profil migratoire et leurs sources.</translation>
    </message>
    <message>
        <source>The largest groups by country of origin: %1.</source>
        <translation>Les groupes les plus nombreux par pays d’origine&#xa0;: %1.</translation>
    </message>
    <message>
        <source>City migration profile</source>
        <translation>Profil migratoire de la ville</translation>
    </message>
    <message>
        <source>Who the city’s migrants are, where they live, and what the city knows of their situation, with the sources of every figure</source>
        <translation>Qui sont les migrants de la ville, où ils vivent et ce que la ville sait de leur situation, avec la source de chaque chiffre</translation>
    </message>
    <message>
        <source>The knowledge on which the city’s priorities rest</source>
        <translation>Les connaissances sur lesquelles reposent les priorités de la ville</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 habitants</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Origines des migrants</translation>
    </message>
    <message>
        <source>Where migrants live</source>
        <translation>Où vivent les migrants</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>Le profil migratoire</translation>
    </message>
    <message>
        <source>The sections of the profile are not written yet.</source>
        <translation>Les sections du profil ne sont pas encore rédigées.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The city&apos;s name</source>
        <translation>Le nom de la ville</translation>
    </message>
    <message>
        <source>The population year</source>
        <translation>L’année du chiffre de population</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>La population</translation>
    </message>
    <message>
        <source>The country of origin</source>
        <translation>Le pays d’origine</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>Le nombre de migrants</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>L’année</translation>
    </message>
    <message>
        <source>The district&apos;s name</source>
        <translation>Le nom du quartier</translation>
    </message>
    <message>
        <source>The migrant population</source>
        <translation>La population migrante</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>Le libellé du chiffre</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Legal framework for migration</source>
        <translation>Cadre juridique de la migration</translation>
    </message>
    <message>
        <source>Local expertise</source>
        <translation>Expertise locale</translation>
    </message>
    <message>
        <source>Migrants&apos; skills</source>
        <translation>Compétences des migrants</translation>
    </message>
    <message>
        <source>Relations with the administration</source>
        <translation>Relations avec l’administration</translation>
    </message>
    <message>
        <source>Relations with society</source>
        <translation>Relations avec la société</translation>
    </message>
    <message>
        <source>The city&apos;s migration story in a few paragraphs: who arrives, who stays, what has changed recently.</source>
        <translation>L’histoire migratoire de la ville en quelques paragraphes&#xa0;: qui arrive, qui reste, ce qui a changé récemment.</translation>
    </message>
    <message>
        <source>National and regional laws and the city&apos;s own powers over reception, residence, work and access to services.</source>
        <translation>Les lois nationales et régionales, et les compétences propres de la ville en matière d’accueil, de séjour, de travail et d’accès aux services.</translation>
    </message>
    <message>
        <source>Who in the city knows the subject: researchers, services, associations, earlier studies.</source>
        <translation>Qui connaît le sujet dans la ville&#xa0;: chercheurs, services, associations, études antérieures.</translation>
    </message>
    <message>
        <source>Qualifications, trades and languages migrants bring, and how far they are recognised and used.</source>
        <translation>Les qualifications, les métiers et les langues qu’apportent les migrants, et dans quelle mesure ils sont reconnus et mis à profit.</translation>
    </message>
    <message>
        <source>How migrants deal with the city&apos;s services: access, language, trust, obstacles.</source>
        <translation>Les rapports des migrants avec les services de la ville&#xa0;: accès, langue, confiance, obstacles.</translation>
    </message>
    <message>
        <source>Relations with residents, neighbourhoods, employers and media: cohesion and tensions.</source>
        <translation>Les relations avec les habitants, les quartiers, les employeurs et les médias&#xa0;: cohésion et tensions.</translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message>
        <source>Who wrote it: personal data, left out of shared copies.</source>
        <translation>Qui l’a écrit&#xa0;: donnée personnelle, retirée des copies partagées.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nouvelle note de suivi</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>Ajout d’une note de suivi</translation>
    </message>
    <message>
        <source>Edit the progress note of %1</source>
        <translation>Modification de la note de suivi du %1</translation>
    </message>
    <message>
        <source>Remove the progress note of %1</source>
        <translation>Suppression de la note de suivi du %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>Suppression de %n note de suivi</numerusform>
            <numerusform>Suppression de %n notes de suivi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>This file was opened read-only, as you asked.</source>
        <translation>Ce fichier a été ouvert en lecture seule, comme vous l’avez demandé.</translation>
    </message>
    <message>
        <source>This file is read-only: you do not have permission to change it.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: vous n’avez pas le droit de le modifier.</translation>
    </message>
    <message>
        <source>This file is in a read-only folder (a shared drive, a CD, a protected folder), so Passerelle cannot safely store changes there.</source>
        <translation>Ce fichier se trouve dans un dossier en lecture seule (lecteur partagé, CD, dossier protégé)&#xa0;: Passerelle ne peut pas y enregistrer de modifications sans risque.</translation>
    </message>
    <message>
        <source>You can read everything but change nothing. To edit, use “Save a copy as…” and work on the copy.</source>
        <translation>Vous pouvez tout lire, mais ne rien modifier. Pour travailler sur ce fichier, utilisez «&#xa0;Enregistrer une copie sous…&#xa0;» et modifiez la copie.</translation>
    </message>
    <message>
        <source>This is the file of the partner city %1 (the date it was shared is unknown).</source>
        <translation>Ceci est le fichier de la ville partenaire %1 (la date de son partage est inconnue).</translation>
    </message>
    <message>
        <source>This is the file the partner city %1 shared on %2.</source>
        <translation>Ceci est le fichier que la ville partenaire %1 a partagé le %2.</translation>
    </message>
    <message>
        <source>It is open read-only, from a private copy: you can read every part but change nothing, and your own city file is not affected.</source>
        <translation>Il est ouvert en lecture seule, depuis une copie privée&#xa0;: vous pouvez tout lire mais rien modifier, et votre propre fichier de ville n’est pas touché.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The record no longer exists in the city file; it may have been deleted. Refresh the view and try again.</source>
        <translation>L’élément n’existe plus dans le fichier de ville&#xa0;; il a peut-être été supprimé. Actualisez l’affichage et réessayez.</translation>
    </message>
    <message>
        <source>The change could not be stored: the city file or its folder has become read-only (or the disk was removed). Nothing was changed; make the file writable again, or use File &gt; Save a copy as… to keep working on a copy.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: le fichier de ville ou son dossier est passé en lecture seule (ou le disque a été retiré). Rien n’a été modifié&#xa0;; rendez le fichier de nouveau modifiable, ou utilisez Fichier &gt; Enregistrer une copie sous… pour continuer sur une copie.</translation>
    </message>
    <message>
        <source>The change could not be stored: the disk is full. Nothing was changed; free some space on the disk, then try again.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: le disque est plein. Rien n’a été modifié&#xa0;; libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The change could not be stored: another program is using the city file. Nothing was changed; close the other program, then try again.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: un autre programme utilise le fichier de ville. Rien n’a été modifié&#xa0;; fermez l’autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The change could not be stored in the city file (%1). Nothing was changed; check that the file is still reachable (a removed disk, a lost network folder), then try again.</source>
        <translation>La modification n’a pas pu être enregistrée dans le fichier de ville (%1). Rien n’a été modifié&#xa0;; vérifiez que le fichier reste accessible (disque retiré, dossier réseau perdu), puis réessayez.</translation>
    </message>
    <message>
        <source>Passerelle is still checking the city file, which takes a few seconds for a large file. Your change was not made; make it again in a moment.</source>
        <translation>Passerelle vérifie encore le fichier de ville, ce qui prend quelques secondes pour un gros fichier. Votre modification n’a pas été faite&#xa0;; refaites-la dans un instant.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The last change to this file had not been finished when Passerelle or the computer stopped. That unfinished change was undone, as if it had never been started; everything stored before it is in the file. Check the last thing you were doing and do it again if it is missing.</source>
        <translation>La dernière modification de ce fichier n’était pas terminée quand Passerelle ou l’ordinateur s’est arrêté. Cette modification inachevée a été annulée, comme si elle n’avait jamais commencé&#xa0;; tout ce qui avait été enregistré avant est dans le fichier. Vérifiez la dernière chose que vous faisiez et refaites-la si elle manque.</translation>
    </message>
    <message>
        <source>Another program had left changes to this file in a separate file beside it (ending in “-wal”). They are now part of the city file.</source>
        <translation>Un autre programme avait laissé des modifications de ce fichier dans un fichier séparé à côté de lui (se terminant par «&#xa0;-wal&#xa0;»). Elles font maintenant partie du fichier de ville.</translation>
    </message>
</context>
<context>
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>Déplacement de %n partie prenante sur le réseau</numerusform>
            <numerusform>Déplacement de %n parties prenantes sur le réseau</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a stakeholder to move it, drag the background to pan, Ctrl+wheel to zoom, double-click to open.</source>
        <translation>Faites glisser une partie prenante pour la déplacer, le fond pour parcourir le réseau, Ctrl+molette pour zoomer, double-cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Placing the stakeholders on the network…</source>
        <translation>Placement des parties prenantes sur le réseau…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante</numerusform>
            <numerusform>%n parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the network automatically</source>
        <translation>Disposition automatique du réseau</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>Exporter le réseau en PNG</translation>
    </message>
    <message>
        <source>Export the network as SVG</source>
        <translation>Exporter le réseau en SVG</translation>
    </message>
    <message>
        <source>relations-network</source>
        <translation>reseau-des-relations</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relations entre parties prenantes</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Exporter le réseau</translation>
    </message>
    <message>
        <source>The network of relations was written, as shown.</source>
        <translation>Le réseau des relations a été écrit, tel qu’il est affiché.</translation>
    </message>
    <message>
        <source>%L1 stakeholders are shown: too many to draw a readable network (at most %L2). Narrow them with the network&apos;s kind and theme, or with the table&apos;s filters (level, group or text), to see the relations between them.</source>
        <translation>%L1 parties prenantes sont affichées&#xa0;: trop pour dessiner un réseau lisible (%L2 au plus). Réduisez-les avec le type et le thème du réseau, ou avec les filtres du tableau (niveau, groupe ou texte), pour voir les relations entre elles.</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>%n non placée : « Disposer automatiquement » la place</numerusform>
            <numerusform>%n non placées : « Disposer automatiquement » les place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkEdge</name>
    <message>
        <source>%1 — %2 (strength %3 of %4) — %5</source>
        <translation>%1 — %2 (intensité %3 sur %4) — %5</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkExport</name>
    <message>
        <source>The network is too big to be saved as an image. Narrow it with the filters, or export it as SVG.</source>
        <translation>Le réseau est trop grand pour être enregistré en image. Réduisez-le avec les filtres, ou exportez-le en SVG.</translation>
    </message>
    <message>
        <source>Relations between the stakeholders, made with Passerelle</source>
        <translation>Relations entre les parties prenantes, réalisé avec Passerelle</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and that you may write in it, or choose another place.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkLegend</name>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message>
        <source>Stop placing</source>
        <translation>Arrêter le placement</translation>
    </message>
    <message>
        <source>Stop waiting: the stakeholders not placed yet stay off the network until you arrange it or narrow the list.</source>
        <translation>Ne plus attendre : les parties prenantes pas encore placées restent hors du réseau jusqu’à ce que vous le disposiez ou que vous restreigniez la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>Placement de %Ln partie prenante sur le réseau…</numerusform>
            <numerusform>Placement de %Ln parties prenantes sur le réseau…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n seconde jusqu’ici</numerusform>
            <numerusform>%n secondes jusqu’ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkToolBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Afficher le réseau en entier</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Disposer automatiquement</translation>
    </message>
    <message>
        <source>Place every stakeholder shown afresh (can be undone)</source>
        <translation>Replacer toutes les parties prenantes affichées (peut être annulé)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Show or hide the legend, which floats over the network</source>
        <translation>Afficher ou masquer la légende, qui flotte au-dessus du réseau</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>&amp;With:</source>
        <translation>A&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>Inten&amp;sité&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of the other stakeholder’s name</source>
        <translation>Tapez une partie du nom de l’autre partie prenante</translation>
    </message>
    <message>
        <source>From %1 (a loose tie) to %2 (a close one)</source>
        <translation>De %1 (un lien lâche) à %2 (un lien étroit)</translation>
    </message>
    <message>
        <source>&amp;Add relation</source>
        <translation>A&amp;jouter la relation</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>A&amp;ppliquer les modifications</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>S&amp;upprimer la relation</translation>
    </message>
    <message>
        <source>Choose the other stakeholder: type part of its name.</source>
        <translation>Choisissez l’autre partie prenante&#xa0;: tapez une partie de son nom.</translation>
    </message>
    <message>
        <source>No stakeholder is called “%1”. Choose one from the list, or add it to the stakeholders first.</source>
        <translation>Aucune partie prenante ne s’appelle «&#xa0;%1&#xa0;». Choisissez-en une dans la liste, ou ajoutez-la d’abord aux parties prenantes.</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Ajout d’une relation</translation>
    </message>
    <message>
        <source>Change a relation</source>
        <translation>Modification d’une relation</translation>
    </message>
    <message>
        <source>Remove a relation</source>
        <translation>Suppression d’une relation</translation>
    </message>
</context>
<context>
    <name>RelationsPanelModel</name>
    <message>
        <source>Funds them</source>
        <translation>Finance l’autre partie</translation>
    </message>
    <message>
        <source>Funded by them</source>
        <translation>Financée par l’autre partie</translation>
    </message>
    <message>
        <source>Refers to them</source>
        <translation>Oriente vers l’autre partie</translation>
    </message>
    <message>
        <source>Referred by them</source>
        <translation>Reçoit les orientations de l’autre partie</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Priorities document</source>
        <translation>Document des priorités</translation>
    </message>
    <message>
        <source>Action plan status report</source>
        <translation>État d’avancement du plan d’action</translation>
    </message>
    <message>
        <source>Stakeholder map report</source>
        <translation>Rapport sur la cartographie des parties prenantes</translation>
    </message>
    <message>
        <source>Service-access report</source>
        <translation>Rapport sur l’accès aux services</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Profil de la ville</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The language the report is written in, whatever the language of the program.</source>
        <translation>La langue dans laquelle le rapport est rédigé, quelle que soit celle du programme.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>The report lists what was done from this date on.</source>
        <translation>Le rapport liste ce qui a été réalisé à partir de cette date.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Done since:</source>
        <translation>Réalisé &amp;depuis le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The report: %1.</source>
        <translation>Le rapport&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>Le fichier de ville à lire.</translation>
    </message>
    <message>
        <source>The report&apos;s language (%1); by default the city&apos;s.</source>
        <translation>La langue du rapport (%1)&#x202f;; par défaut, celle de la ville.</translation>
    </message>
    <message>
        <source>a4 or letter; by default the one of your region.</source>
        <translation>a4 ou letter&#x202f;; par défaut, celui de votre région.</translation>
    </message>
    <message>
        <source>For the action-plan report: what was done since this date (YYYY-MM-DD); by default the last 90 days.</source>
        <translation>Pour le rapport du plan d’action&#xa0;: ce qui a été fait depuis cette date (AAAA-MM-JJ)&#x202f;; par défaut, les 90 derniers jours.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Remplacer OUT s’il existe déjà.</translation>
    </message>
    <message>
        <source>“%1” is not a report. Choose one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rapport. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reports are written in %1, not in “%2”.</source>
        <translation>Les rapports s’écrivent en %1, pas en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not “%1”.</source>
        <translation>Le papier est a4 ou letter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-09-30.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page écrite dans %1.</numerusform>
            <numerusform>%n pages écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an office suite.</source>
        <translation>Écrire un rapport pour le conseil (%1) en PDF/A, ou en texte OpenDocument à finir dans une suite bureautique.</translation>
    </message>
    <message>
        <source>The report to write: .pdf, or .odt for the priorities document and the action-plan report.</source>
        <translation>Le rapport à écrire&#xa0;: .pdf, ou .odt pour le document des priorités et le rapport du plan d’action.</translation>
    </message>
    <message>
        <source>report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.</source>
        <translation>report prend un TYPE, un FICHIER et -o OUT.pdf ou OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or OUT.odt.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un nom de fichier .pdf ni un nom de fichier .odt. Nommez la sortie OUT.pdf ou OUT.odt.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>“%1” (%2) is written as PDF only. Name the output OUT.pdf.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) ne s’écrit qu’en PDF. Nommez la sortie OUT.pdf.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text (.odt)</source>
        <translation>Texte &amp;OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>PDF to publish or print as it is; OpenDocument to finish the wording in LibreOffice or Word first.</source>
        <translation>Le PDF pour publier ou imprimer tel quel&#xa0;; l’OpenDocument pour achever d’abord la rédaction dans LibreOffice ou Word.</translation>
    </message>
    <message>
        <source>This report is written as PDF only.</source>
        <translation>Ce rapport ne s’écrit qu’en PDF.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>report file name: city file, report</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this report?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer par ce rapport&#xa0;?</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>%1 written as an OpenDocument text: open it in LibreOffice or Word to finish the wording.</source>
        <translation>%1 écrit en texte OpenDocument&#xa0;: ouvrez-le dans LibreOffice ou Word pour en achever la rédaction.</translation>
    </message>
    <message>
        <source>%1 written as a PDF document.</source>
        <translation>%1 écrit en document PDF.</translation>
    </message>
    <message>
        <source>Stop the export; no file is written.</source>
        <translation>Arrêter l’export&#xa0;; aucun fichier n’est écrit.</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 — local integration office</source>
        <translation>%1 — service local de l’intégration</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largeur de la page</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>The report could not be made</source>
        <translation>Le rapport n’a pas pu être établi</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Imprimer un rapport</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Le rapport n’a pas été imprimé</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready, then print again.</source>
        <translation>L’imprimante n’a pas pu être utilisée. Vérifiez qu’elle est branchée et prête, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Preview a report before printing</source>
        <translation>Prévisualiser un rapport avant de l’imprimer</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Faire du texte sélectionné un lien</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adre&amp;sse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>Nouvelle campagne d’évaluation</translation>
    </message>
    <message>
        <source>e.g. 2026, Baseline</source>
        <translation>p. ex. 2026, État initial</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list</source>
        <translation>Tapez une partie d’un nom pour filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing: start with no answers</source>
        <translation>Rien&#xa0;: commencer sans réponses</translation>
    </message>
    <message>
        <source>The answers of round “%1”</source>
        <translation>Les réponses de la campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Liste de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participants (the stakeholders who took part):</source>
        <translation>&amp;Participants (les acteurs qui y ont pris part)&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>Lancer la campagne</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>it holds an extra table “%1” that Passerelle does not make</source>
        <translation>il contient une table «&#xa0;%1&#xa0;» en trop, que Passerelle ne crée pas</translation>
    </message>
    <message>
        <source>it holds an extra index “%1” that Passerelle does not make</source>
        <translation>il contient un index «&#xa0;%1&#xa0;» en trop, que Passerelle ne crée pas</translation>
    </message>
    <message>
        <source>it holds a trigger “%1” that Passerelle does not make: code that would run when the file is changed</source>
        <translation>il contient un déclencheur «&#xa0;%1&#xa0;» que Passerelle ne crée pas&#xa0;: du code qui s’exécuterait à chaque modification du fichier</translation>
    </message>
    <message>
        <source>it holds a view “%1” that Passerelle does not make: code that would run when the file is read</source>
        <translation>il contient une vue «&#xa0;%1&#xa0;» que Passerelle ne crée pas&#xa0;: du code qui s’exécuterait à la lecture du fichier</translation>
    </message>
    <message>
        <source>its table “%1” is not the one Passerelle makes (columns or rules differ)</source>
        <translation>sa table «&#xa0;%1&#xa0;» n’est pas celle que crée Passerelle (colonnes ou règles différentes)</translation>
    </message>
    <message>
        <source>its index “%1” is not the one Passerelle makes</source>
        <translation>son index «&#xa0;%1&#xa0;» n’est pas celui que crée Passerelle</translation>
    </message>
    <message>
        <source>its trigger “%1” is not the one Passerelle makes</source>
        <translation>son déclencheur «&#xa0;%1&#xa0;» n’est pas celui que crée Passerelle</translation>
    </message>
    <message>
        <source>“%1” is a view where Passerelle makes a table</source>
        <translation>«&#xa0;%1&#xa0;» est une vue là où Passerelle crée une table</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>sa table «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>son index «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>its trigger “%1” is missing</source>
        <translation>son déclencheur «&#xa0;%1&#xa0;» manque</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>No round to show yet.</source>
        <translation>Aucune campagne à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Bar height: the score of the items answered (met counts 1, partly met ½, not met 0)</source>
        <translation>Hauteur de la barre&#xa0;: le score des critères renseignés (satisfait compte 1, partiellement satisfait ½, non satisfait 0)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Réponses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dash: no score (no item answered met, partly met or not met)</source>
        <translation>Tiret&#xa0;: pas de score (aucun critère jugé satisfait, partiellement satisfait ou non satisfait)</translation>
    </message>
    <message>
        <source>Grey gauge under a bar: how many of the area’s items were answered (“6/7”: 6 of 7)</source>
        <translation>Jauge grise sous une barre&#xa0;: combien de critères du domaine ont une réponse («&#xa0;6/7&#xa0;»&#xa0;: 6 sur 7)</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Print a round&apos;s checklist scores per area, as JSON.</source>
        <translation>Afficher les scores de la liste de contrôle d’une campagne d’évaluation, par domaine, au format JSON.</translation>
    </message>
    <message>
        <source>The city file whose round to score.</source>
        <translation>Le fichier de ville dont la campagne est à évaluer.</translation>
    </message>
    <message>
        <source>The round to score (its label); the latest one when not given.</source>
        <translation>La campagne d’évaluation à prendre en compte (son libellé)&#xa0;; la plus récente si elle n’est pas indiquée.</translation>
    </message>
    <message>
        <source>scores takes exactly one FILE.</source>
        <translation>La commande scores attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>The file has no assessment round “%1”.</source>
        <translation>Le fichier ne contient pas de campagne d’évaluation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file has no assessment round yet: there is nothing to score.</source>
        <translation>Le fichier ne contient encore aucune campagne d’évaluation&#xa0;: il n’y a aucun score à calculer.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>Met counts 1, partly met ½, not met 0; unknown and not applicable are left out. Read every score with its coverage: the share of items answered.</source>
        <translation>Satisfait compte 1, partiellement satisfait ½, non satisfait 0&#xa0;; inconnu et sans objet ne comptent pas. Lisez chaque score avec son taux de couverture&#xa0;: la part des critères qui ont une réponse.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>scores-%1.png</source>
        <translation>scores-%1.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart of the scores was written.</source>
        <translation>Le graphique des scores a été écrit.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Where the facts above come from: laws, studies, statistics, interviews, each with its year.</source>
        <translation>D’où viennent les faits ci-dessus&#xa0;: lois, études, statistiques, entretiens, chacun avec son année.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Scores per area, round by round, with the share of items answered under each bar.</source>
        <translation>Scores par domaine, campagne par campagne, avec la part des critères renseignés sous chaque barre.</translation>
    </message>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>Un diagramme en barres des scores par domaine pour %n campagne.</numerusform>
            <numerusform>Un diagramme en barres des scores par domaine pour %n campagnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Critères renseignés</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Score: met counts 1, partly met ½, not met 0, over the items answered one of the three; unknown and not applicable are left out. A dash: no score yet.</source>
        <translation>Score&#xa0;: satisfait compte 1, partiellement satisfait ½, non satisfait 0, sur les critères ayant reçu l’une de ces trois réponses&#xa0;; inconnu et sans objet ne sont pas comptés. Un tiret&#xa0;: pas encore de score.</translation>
    </message>
    <message>
        <source>No service-access assessment has been held yet: the scores will appear after the first round.</source>
        <translation>Aucune évaluation de l’accès aux services n’a encore eu lieu&#xa0;: les scores apparaîtront après la première campagne.</translation>
    </message>
    <message>
        <source>Round “%1” of the checklist “%2”, held on %3: an overall score of %4, with %5 of the %6 items answered.</source>
        <translation>Campagne «&#xa0;%1&#xa0;» de la liste de contrôle «&#xa0;%2&#xa0;», tenue le %3&#xa0;: un score global de %4, avec %5 critères renseignés sur %6.</translation>
    </message>
    <message>
        <source>Access to basic services</source>
        <translation>Accès aux services de base</translation>
    </message>
    <message>
        <source>How far migrants can reach the city’s basic services: scores per area, their change, the gaps and the priorities made from them</source>
        <translation>Dans quelle mesure les migrants accèdent aux services de base de la ville&#xa0;: scores par domaine, leur évolution, les lacunes et les priorités qui en découlent</translation>
    </message>
    <message>
        <source>The service-access checklist: where the city stands and what it will improve</source>
        <translation>La liste de contrôle de l’accès aux services&#xa0;: où en est la ville et ce qu’elle va améliorer</translation>
    </message>
    <message>
        <source>Round “%1”, %2</source>
        <translation>Campagne «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>score global</translation>
    </message>
    <message>
        <source>of the items answered</source>
        <translation>des critères renseignés</translation>
    </message>
    <message>
        <source>gaps: items not met or partly met</source>
        <translation>lacunes&#xa0;: critères non satisfaits ou partiellement satisfaits</translation>
    </message>
    <message>
        <source>priorities made from the gaps</source>
        <translation>priorités issues des lacunes</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Évolution depuis la campagne précédente</translation>
    </message>
    <message>
        <source>Round “%1” (%2) against round “%3” (%4), in percentage points.</source>
        <translation>Campagne «&#xa0;%1&#xa0;» (%2) comparée à la campagne «&#xa0;%3&#xa0;» (%4), en points de pourcentage.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>There is no earlier round of this checklist to compare with yet.</source>
        <translation>Il n’y a pas encore de campagne antérieure de cette liste de contrôle à laquelle comparer.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>The items of the latest round answered not met or partly met: the starting points of the city’s priorities.</source>
        <translation>Les critères de la dernière campagne jugés non satisfaits ou partiellement satisfaits&#xa0;: les points de départ des priorités de la ville.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Priority made from it</source>
        <translation>Priorité qui en découle</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse donnée par</translation>
    </message>
    <message>
        <source>The latest round found no gap.</source>
        <translation>La dernière campagne n’a relevé aucune lacune.</translation>
    </message>
    <message>
        <source>No round has been held yet.</source>
        <translation>Aucune campagne n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>Priorities made from the gaps</source>
        <translation>Priorités issues des lacunes</translation>
    </message>
    <message>
        <source>No priority rests on a gap of the latest round yet.</source>
        <translation>Aucune priorité ne repose encore sur une lacune de la dernière campagne.</translation>
    </message>
    <message>
        <source>Expected outcome: </source>
        <translation>Résultat attendu&#xa0;: </translation>
    </message>
    <message>
        <source>The gaps it answers:</source>
        <translation>Les lacunes auxquelles elle répond&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>S&amp;hare with a partner city…</source>
        <translation>Partag&amp;er avec une ville partenaire…</translation>
    </message>
    <message>
        <source>Write a copy of the file for a partner city, without personal data unless you include it.</source>
        <translation>Écrire une copie du fichier pour une ville partenaire, sans données personnelles sauf si vous les incluez.</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Write a copy of a city file to share with a partner city, without personal data.</source>
        <translation>Écrire une copie d’un fichier de ville à partager avec une ville partenaire, sans données personnelles.</translation>
    </message>
    <message>
        <source>The city file to share.</source>
        <translation>Le fichier de ville à partager.</translation>
    </message>
    <message>
        <source>The shared copy to write.</source>
        <translation>La copie partagée à écrire.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Remplacer OUT s’il existe déjà.</translation>
    </message>
    <message>
        <source>share takes a FILE and -o OUT.</source>
        <translation>share attend un FICHIER et -o OUT.</translation>
    </message>
    <message>
        <source>%1 shared in %2.</source>
        <translation>%1 partagée dans %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissé de côté&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a partner city</source>
        <translation>Partager avec une ville partenaire</translation>
    </message>
    <message>
        <source>Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they open as they open their own. What is left out is not hidden in it but absent from its bytes.</source>
        <translation>Écrit une copie de «&#xa0;%1&#xa0;» à envoyer à une ville partenaire&#xa0;: un fichier Passerelle ordinaire, qu’elle ouvre comme le sien. Ce qui est laissé de côté n’y est pas masqué mais absent de ses octets.</translation>
    </message>
    <message>
        <source>Left out of the copy:</source>
        <translation>Laissé de côté dans la copie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>What the copy leaves out could not be counted: %1</source>
        <translation>Ce que la copie laisse de côté n’a pas pu être compté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing: the copy holds everything in the file.</source>
        <translation>Rien&#xa0;: la copie contient tout le fichier.</translation>
    </message>
    <message>
        <source>Nothing: the file holds no personal data.</source>
        <translation>Rien&#xa0;: le fichier ne contient aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>%1 - shared</source>
        <comment>file name of a copy for a partner city</comment>
        <translation>%1 - partagé</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Fichiers de ville Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the shared copy?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer par la copie partagée&#xa0;?</translation>
    </message>
    <message>
        <source>Shared with a partner city</source>
        <translation>Partagé avec une ville partenaire</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, with personal data.</source>
        <translation>La copie pour la ville partenaire a été écrite, avec les données personnelles.</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, without personal data.</source>
        <translation>La copie pour la ville partenaire a été écrite, sans données personnelles.</translation>
    </message>
    <message>
        <source>Stop sharing; no file is written.</source>
        <translation>Arrêter le partage&#xa0;; aucun fichier n’est écrit.</translation>
    </message>
</context>
<context>
    <name>ShareFiles</name>
    <message>
        <source>The shared copy “%1” could not be saved to the disk. Check the free space, then share again.</source>
        <translation>La copie partagée «&#xa0;%1&#xa0;» n’a pas pu être enregistrée sur le disque. Vérifiez l’espace libre, puis partagez à nouveau.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder.</source>
        <translation>La copie partagée «&#xa0;%1&#xa0;» n’a pas pu être écrite&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>nom de %n personne de contact</numerusform>
            <numerusform>noms de %n personnes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>fonction de %n personne de contact</numerusform>
            <numerusform>fonctions de %n personnes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>adresse électronique de %n personne de contact</numerusform>
            <numerusform>adresses électroniques de %n personnes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>numéro de téléphone de %n personne de contact</numerusform>
            <numerusform>numéros de téléphone de %n personnes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>langue préférée de %n personne de contact</numerusform>
            <numerusform>langues préférées de %n personnes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n note privée sur les parties prenantes</numerusform>
            <numerusform>%n notes privées sur les parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>auteur de %n réponse à une liste de contrôle</numerusform>
            <numerusform>auteurs de %n réponses aux listes de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>participants de %n consultation</numerusform>
            <numerusform>participants de %n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>auteur de %n point d’avancement</numerusform>
            <numerusform>auteurs de %n points d’avancement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>participants de %n échange</numerusform>
            <numerusform>participants de %n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>personne de contact de %n ville partenaire</numerusform>
            <numerusform>personnes de contact de %n villes partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>adresse électronique de contact de %n ville partenaire</numerusform>
            <numerusform>adresses électroniques de contact de %n villes partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>numéro de téléphone de contact de %n ville partenaire</numerusform>
            <numerusform>numéros de téléphone de contact de %n villes partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>votre historique des imports depuis %n ville partenaire</numerusform>
            <numerusform>votre historique des imports depuis %n villes partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>la base de vos prochaines fusions&#xa0;: %n enregistrement tel que les partenaires l’ont partagé en dernier</numerusform>
            <numerusform>la base de vos prochaines fusions&#xa0;: %n enregistrements tels que les partenaires les ont partagés en dernier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n ligne de %1</numerusform>
            <numerusform>%n lignes de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n valeur de %1.%2</numerusform>
            <numerusform>%n valeurs de %1.%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWriter</name>
    <message>
        <source>Sharing was cancelled: no file was written.</source>
        <translation>Le partage a été annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The shared copy cannot replace the city file itself. Choose another name.</source>
        <translation>La copie partagée ne peut pas remplacer le fichier de ville lui-même. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Passerelle. Open it in Passerelle once, which brings it up to date, then share it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Passerelle. Ouvrez-le une fois dans Passerelle, qui le met à jour, puis partagez-le.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>La copie partagée «&#xa0;%1&#xa0;» n’a pas pu être écrite&#xa0;: %2. Choisissez un autre dossier ou libérez de l’espace disque.</translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Municipal department</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>National or regional agency</source>
        <translation>Agence nationale ou régionale</translation>
    </message>
    <message>
        <source>Public service provider</source>
        <translation>Prestataire de services publics</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ONG ou société civile</translation>
    </message>
    <message>
        <source>Migrant or diaspora association</source>
        <translation>Association de migrants ou de la diaspora</translation>
    </message>
    <message>
        <source>Religious organisation</source>
        <translation>Organisation religieuse</translation>
    </message>
    <message>
        <source>Private sector or employer</source>
        <translation>Secteur privé ou employeur</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Monde universitaire</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Sceptical</source>
        <translation>Sceptique</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Défavorable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes are private</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvExport</name>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2. Choisissez un dossier dans lequel vous avez le droit d’enregistrer des fichiers.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2. Vérifiez l’espace libre sur le disque, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed in the city file. Import the CSV file again when you are ready.</source>
        <translation>L’importation a été annulée&#xa0;: rien n’a été modifié dans le fichier de ville. Importez de nouveau le fichier CSV quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>The first line of the CSV file (line %1) has no column of stakeholder names; it reads: %2. Name that column “name” or “nom”, then import again.</source>
        <translation>La première ligne du fichier CSV (ligne %1) ne contient pas de colonne de noms de parties prenantes&#xa0;; elle contient&#xa0;: %2. Nommez cette colonne «&#xa0;name&#xa0;» ou «&#xa0;nom&#xa0;», puis importez de nouveau.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a value holding the separator must be put in double quotes. Correct the line, or save the file again from your spreadsheet.</source>
        <translation>Cette ligne compte %1 champs alors que la ligne d’en-tête en compte %2&#xa0;: une valeur qui contient le séparateur doit être placée entre guillemets doubles (&quot;). Corrigez la ligne, ou enregistrez de nouveau le fichier depuis votre tableur.</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name is missing. Fill it in, or delete the line.</source>
        <translation>Le nom de la partie prenante est manquant. Renseignez-le, ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or leave it empty to use %5.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;». Corrigez la cellule, ou laissez-la vide pour utiliser %5.</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>L’influence</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>L’intérêt</translation>
    </message>
    <message>
        <source>The contact person&apos;s name is missing while an e-mail or phone is given. Fill in the contact&apos;s name, or empty the e-mail and phone.</source>
        <translation>Le nom de la personne de contact est manquant alors qu’un courriel ou un téléphone est indiqué. Renseignez le nom de la personne de contact, ou videz le courriel et le téléphone.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse électronique (nom@example.org). Corrigez-la, ou laissez l’adresse vide.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et les signes + - ( ) ., avec au moins six chiffres. Corrigez-le, ou laissez le numéro vide.</translation>
    </message>
    <message>
        <source>This contact person belongs to “%1” of line %2, which was not imported. Correct line %2, then import again.</source>
        <translation>Cette personne de contact appartient à «&#xa0;%1&#xa0;» (ligne %2), qui n’a pas été importée. Corrigez la ligne %2, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>“%1” repeats the stakeholder of line %2. Keep one of the two lines, or leave only the contact columns filled on this one to add a further contact person.</source>
        <translation>«&#xa0;%1&#xa0;» reprend la partie prenante de la ligne %2. Gardez une seule des deux lignes, ou, pour ajouter une autre personne de contact, ne remplissez sur celle-ci que les colonnes de contact.</translation>
    </message>
    <message>
        <source>Two columns of the CSV file are imported as “%1”. Keep one of them and set the other to “Not imported”.</source>
        <translation>Deux colonnes du fichier CSV sont importées comme «&#xa0;%1&#xa0;». Gardez-en une et réglez l’autre sur «&#xa0;Non importée&#xa0;».</translation>
    </message>
    <message>
        <source>The “%1” cell</source>
        <translation>La cellule «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” does not say whether the notes are private: write yes or no, or leave the cell empty for notes that are not private.</source>
        <translation>«&#xa0;%1&#xa0;» n’indique pas si les notes sont privées&#xa0;: écrivez yes ou no, ou laissez la cellule vide pour des notes qui ne sont pas privées.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it means when you import.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de partie prenante. Utilisez l’un de ceux-ci&#xa0;: %2&#xa0;; ou indiquez à l’importation quel type il désigne.</translation>
    </message>
    <message>
        <source>“%1” is not a level. Use one of: %2; or say which level it means when you import.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un niveau. Utilisez l’un de ceux-ci&#xa0;: %2&#xa0;; ou indiquez à l’importation quel niveau il désigne.</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailEditor</name>
    <message>
        <source>&amp;Private note</source>
        <translation>Note &amp;privée</translation>
    </message>
    <message>
        <source>Select a stakeholder to see and edit its details.</source>
        <translation>Sélectionnez une partie prenante pour voir et modifier sa fiche.</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>De %1 (faible) à %2 (fort)</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://exemple.fr</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <source>Infl&amp;uence</source>
        <translation>Infl&amp;uence</translation>
    </message>
    <message>
        <source>In&amp;terest</source>
        <translation>In&amp;térêt</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>Po&amp;sition</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;es</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>%n partie prenante sélectionnée</numerusform>
            <numerusform>%n parties prenantes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the e&amp;xisting one</source>
        <translation>Ouvrir la fiche e&amp;xistante</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Modification de la partie prenante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A private note stays in this city file; exports leave it out unless you choose to include personal data.</source>
        <translation>Une note privée reste dans ce fichier de ville&#xa0;; les exports la laissent de côté, sauf si vous choisissez d’inclure les données personnelles.</translation>
    </message>
    <message>
        <source>Private notes are left out of exports unless you choose to include personal data.</source>
        <translation>Les notes privées sont laissées de côté dans les exports, sauf si vous choisissez d’inclure les données personnelles.</translation>
    </message>
</context>
<context>
    <name>StakeholderExporter</name>
    <message>
        <source>%1 stakeholders.xlsx</source>
        <translation>%1 parties prenantes.xlsx</translation>
    </message>
    <message>
        <source>Export the stakeholders</source>
        <translation>Exporter les parties prenantes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending chooses the format. Export again with one of them.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine ni par .xlsx (classeur Excel) ni par .csv&#xa0;: c’est l’extension qui choisit le format. Exportez de nouveau avec l’une des deux.</translation>
    </message>
    <message>
        <source>Stakeholders exported</source>
        <translation>Parties prenantes exportées</translation>
    </message>
    <message>
        <source>The stakeholders were written with their contact persons and private notes: share the file only with those who may see them.</source>
        <translation>Les parties prenantes ont été écrites avec leurs personnes de contact et leurs notes privées&#xa0;: ne partagez le fichier qu’avec ceux qui peuvent les voir.</translation>
    </message>
    <message>
        <source>The stakeholders were written without personal data.</source>
        <translation>Les parties prenantes ont été écrites sans données personnelles.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Search names, notes and contacts</source>
        <translation>Chercher dans les noms, les notes et les contacts</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Chercher des parties prenantes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>In the group or not</source>
        <translation>Membres ou non</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>Not in the group</source>
        <translation>Hors du groupe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>City Stakeholder Group</source>
        <translation>Groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln partie prenante</numerusform>
            <numerusform>%L1 sur %Ln parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln partie prenante</numerusform>
            <numerusform>%Ln parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Relance en re&amp;tard</translation>
    </message>
    <message>
        <source>Only the stakeholders with a follow-up promised for a day already past and not logged as done</source>
        <translation>Seulement les parties prenantes avec une relance promise pour un jour déjà passé et pas encore marquée faite</translation>
    </message>
</context>
<context>
    <name>StakeholderGroupView</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the city&apos;s lasting consultation body on migration: who sits in it, when it met, who came and what it decided.</source>
        <translation>Le groupe local des parties prenantes est l’instance de concertation durable de la ville sur les migrations&#xa0;: qui y siège, quand il s’est réuni, qui était présent et ce qu’il a décidé.</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>Chair, member, observer…</source>
        <translation>Président, membre, observateur…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>A&amp;jouter au groupe</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>&amp;Partie prenante&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rôl&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>&amp;Membre depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the stakeholder to add by typing part of its name, then pick it from the list.</source>
        <translation>Choisissez la partie prenante à ajouter en tapant une partie de son nom, puis sélectionnez-la dans la liste.</translation>
    </message>
    <message>
        <source>The date the member joined</source>
        <translation>La date d’entrée du membre</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Ajouter un membre au groupe</translation>
    </message>
    <message>
        <source>Double-click a name to open the stakeholder; double-click a role or a date to change it</source>
        <translation>Double-cliquez sur un nom pour ouvrir la partie prenante&#xa0;; sur un rôle ou une date pour le changer</translation>
    </message>
</context>
<context>
    <name>StakeholderImportCommand</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importer des parties prenantes depuis un fichier CSV</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importer des parties prenantes depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Choisissez d’abord un fichier CSV.</translation>
    </message>
    <message>
        <source>Importing stakeholders…</source>
        <translation>Importation des parties prenantes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message>
        <source>Stakeholders already in the file</source>
        <translation>Parties prenantes déjà présentes dans le fichier</translation>
    </message>
    <message>
        <source>A row names a stakeholder already in the file when the names match, whatever the case and accents.</source>
        <translation>Une ligne désigne une partie prenante déjà présente dans le fichier quand les noms sont identiques, sans tenir compte des majuscules ni des accents.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stakeholders in the file as they are</source>
        <translation>Les i&amp;gnorer&#xa0;: garder les parties prenantes du fichier telles quelles</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing) and add their contacts</source>
        <translation>Les mettre à &amp;jour avec les valeurs du fichier CSV (une cellule vide ne change rien) et ajouter leurs contacts</translation>
    </message>
    <message>
        <source>Import them as &amp;new stakeholders, named with a number: “Caritas (2)”</source>
        <translation>Les importer comme &amp;nouvelles parties prenantes, nommées avec un numéro&#xa0;: «&#xa0;Caritas (2)&#xa0;»</translation>
    </message>
    <message>
        <source>No row of the file names a stakeholder already in the file.</source>
        <translation>Aucune ligne du fichier CSV ne désigne une partie prenante déjà présente dans le fichier de ville.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n partie prenante du fichier CSV est déjà dans le fichier de ville.</numerusform>
            <numerusform>%n parties prenantes du fichier CSV sont déjà dans le fichier de ville.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV, then choose the file here or drop it on this window. The first line must name the columns.</source>
        <translation>Enregistrez la liste au format CSV depuis votre tableur, puis choisissez le fichier ici ou déposez-le sur cette fenêtre. La première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>The city file is open read-only, so nothing can be imported into it. Open it for editing (File &gt; Open), then import again.</source>
        <translation>Le fichier de ville est ouvert en lecture seule&#xa0;: rien ne peut y être importé. Ouvrez-le en modification (Fichier &gt; Ouvrir), puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importer des parties prenantes depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n ligne sous la ligne d’en-tête, lue en %1 avec des champs séparés par %2. Si des noms affichent de mauvaises lettres ou si les colonnes sont fausses à l’étape suivante, choisissez ici un autre encodage ou un autre séparateur.</numerusform>
            <numerusform>%n lignes sous la ligne d’en-tête, lues en %1 avec des champs séparés par %2. Si des noms affichent de mauvaises lettres ou si les colonnes sont fausses à l’étape suivante, choisissez ici un autre encodage ou un autre séparateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file goes to the field chosen beside it. Columns were matched from their names; change any that are wrong.</source>
        <translation>Chaque colonne du fichier va dans le champ choisi à côté d’elle. Les colonnes ont été reconnues d’après leur nom&#xa0;; corrigez celles qui sont fausses.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(colonne %1, sans nom)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Importer la colonne «&#xa0;%1&#xa0;» comme</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>Les %1 premières lignes sur %2, telles qu’elles seront importées&#xa0;; %n d’entre elles sera écartée (voir la colonne Importation).</numerusform>
            <numerusform>Les %1 premières lignes sur %2, telles qu’elles seront importées&#xa0;; %n d’entre elles seront écartées (voir la colonne Importation).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportPreviewModel</name>
    <message>
        <source>Left out: %1</source>
        <translation>Écartée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the file</source>
        <translation>Déjà dans le fichier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
</context>
<context>
    <name>StakeholderImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>The import is stored in the city file. Edit &gt; Undo takes all of it back in one step.</source>
        <translation>L’importation est enregistrée dans le fichier de ville. Édition &gt; Annuler l’annule entièrement en une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Import of %1, read as %2 with fields separated by %3.</source>
        <translation>Importation de %1, lu en %2 avec des champs séparés par %3.</translation>
    </message>
    <message>
        <source>New stakeholders: %1</source>
        <translation>Nouvelles parties prenantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the file, left as they were: %1</source>
        <translation>Déjà dans le fichier, laissées telles quelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact persons added: %1</source>
        <translation>Personnes de contact ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Lignes écartées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colonnes non importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows left out (correct them in the file and import it again: the rows already imported will be found as duplicates):</source>
        <translation>Lignes écartées (corrigez-les dans le fichier CSV et importez-le de nouveau&#xa0;: les lignes déjà importées seront reconnues comme doublons)&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, skipped: %3, rows left out: %4.</source>
        <translation>Nouvelles&#xa0;: %1, mises à jour&#xa0;: %2, ignorées&#xa0;: %3, lignes écartées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>import report %1.txt</source>
        <translation>rapport d’importation %1.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in “%1”: %2. Choose another folder, or copy the report instead.</source>
        <translation>Le rapport n’a pas pu être enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier, ou copiez plutôt le rapport.</translation>
    </message>
    <message>
        <source>New themes: %1</source>
        <translation>Nouveaux thèmes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>%n valeur de thème écartée&#xa0;: une importation crée au plus %1 thèmes. Choisissez ce qu’elles signifient à l’étape des valeurs, ou ajoutez d’abord les thèmes.</numerusform>
            <numerusform>%n valeurs de thème écartées&#xa0;: une importation crée au plus %1 thèmes. Choisissez ce qu’elles signifient à l’étape des valeurs, ou ajoutez d’abord les thèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message>
        <source>Say what the values mean</source>
        <translation>Dire ce que signifient les valeurs</translation>
    </message>
    <message>
        <source>These kinds, levels and themes of the file are not among Passerelle’s. Choose what each one means; the city file remembers your choices for the next import.</source>
        <translation>Ces types, niveaux et thèmes du fichier ne sont pas ceux de Passerelle. Choisissez ce que chacun signifie&#xa0;; le fichier de ville retient vos choix pour la prochaine importation.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Apparaît d’abord à la ligne %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Ce que signifie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>%n autre valeur n’est pas listée&#xa0;: les lignes dont le type ou le niveau n’est pas listé sont écartées, et un thème non listé devient un nouveau thème.</numerusform>
            <numerusform>%n autres valeurs ne sont pas listées&#xa0;: les lignes dont le type ou le niveau n’est pas listé sont écartées, et un thème non listé devient un nouveau thème.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>Écarter ces lignes</translation>
    </message>
    <message>
        <source>A new theme “%1”</source>
        <translation>Un nouveau thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No theme: leave it out</source>
        <translation>Aucun thème&#xa0;: l’ignorer</translation>
    </message>
</context>
<context>
    <name>StakeholderPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Saisissez une partie du nom</translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>Ajouter une partie prenante (Inser)</translation>
    </message>
    <message>
        <source>Copy the selected stakeholders with their themes, scores and notes (Ctrl+D)</source>
        <translation>Copier les parties prenantes sélectionnées avec leurs thèmes, leurs notes d’évaluation et leurs notes (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>Supprimer les parties prenantes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>name and number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nouvelle partie prenante</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Ajout de la partie prenante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>Duplication de %n partie prenante</numerusform>
            <numerusform>Duplication de %n parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplication de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Supprimer des parties prenantes</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Suppression de %n partie prenante</numerusform>
            <numerusform>Suppression de %n parties prenantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRelation</name>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>sa relation</numerusform>
            <numerusform>ses %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>leur relation</numerusform>
            <numerusform>leurs %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>son interaction</numerusform>
            <numerusform>ses %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>leur interaction</numerusform>
            <numerusform>leurs %n interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>its seat in the City Stakeholder Group</source>
        <translation>sa place dans le groupe local des parties prenantes</translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>leur place dans le groupe local des parties prenantes</numerusform>
            <numerusform>leurs %n places dans le groupe local des parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>Supprimer %n partie prenante&#xa0;?</numerusform>
            <numerusform>Supprimer %n parties prenantes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be deleted too.</source>
        <translation>Cela supprimera aussi %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of things deleted</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two things deleted</comment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>StakeholderRepository</name>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>Le nom de la partie prenante</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>La partie prenante</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>L’influence</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>L’intérêt</translation>
    </message>
    <message>
        <source>A theme of the stakeholder</source>
        <translation>Un thème de la partie prenante</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>Le nom de la personne de contact</translation>
    </message>
    <message>
        <source>The contact person&apos;s stakeholder</source>
        <translation>La partie prenante de la personne de contact</translation>
    </message>
    <message>
        <source>The relation&apos;s first stakeholder</source>
        <translation>La première partie prenante de la relation</translation>
    </message>
    <message>
        <source>The relation&apos;s second stakeholder</source>
        <translation>La seconde partie prenante de la relation</translation>
    </message>
    <message>
        <source>The strength of the relation</source>
        <translation>L’intensité de la relation</translation>
    </message>
    <message>
        <source>The relation between these two stakeholders</source>
        <translation>La relation entre ces deux parties prenantes</translation>
    </message>
    <message>
        <source>The engagement&apos;s stakeholder</source>
        <translation>La partie prenante de l’interaction</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La date de suivi</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse électronique (nom@example.org). Corrigez-la, ou laissez l’adresse vide.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et les signes + - ( ) ., avec au moins six chiffres. Corrigez-le, ou laissez le numéro vide.</translation>
    </message>
    <message>
        <source>A relation links two different stakeholders. Choose another stakeholder for one of its ends.</source>
        <translation>Une relation relie deux parties prenantes différentes. Choisissez une autre partie prenante pour l’une de ses deux extrémités.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Aucun thème</translation>
    </message>
    <message>
        <source>Member of the City Stakeholder Group</source>
        <translation>Membre du groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>Not a member of the City Stakeholder Group</source>
        <translation>Ne fait pas partie du groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>No engagement logged yet</source>
        <translation>Aucune interaction enregistrée pour l’instant</translation>
    </message>
    <message>
        <source>Last contact on %1; a follow-up is overdue</source>
        <translation>Dernier contact le %1&#xa0;; un suivi est en retard</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Dernier contact le %1</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>De %1 (faible) à %2 (fort)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Modification de la partie prenante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Relance en retard depuis le %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1: %2</source>
        <translation>Relance en retard depuis le %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>et %n autre relance en retard</numerusform>
            <numerusform>et %n autres relances en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderXlsxExport</name>
    <message>
        <source>The Excel workbook could not be prepared: the temporary folder is not writable (%1). Free some space on the disk, then export again.</source>
        <translation>Le classeur Excel n’a pas pu être préparé&#xa0;: le dossier temporaire n’est pas accessible en écriture (%1). Libérez de la place sur le disque, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: not enough memory. Close other programs, then export again.</source>
        <translation>Le classeur Excel n’a pas pu être préparé&#xa0;: mémoire insuffisante. Fermez d’autres programmes, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The Excel workbook could not be made (%1). Check the free space on the disk, then export again.</source>
        <translation>Le classeur Excel n’a pas pu être créé (%1). Vérifiez la place libre sur le disque, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read back (%1). Check the free space on the disk, then export again.</source>
        <translation>Le classeur Excel n’a pas pu être relu (%1). Vérifiez la place libre sur le disque, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Contacts (personal data)</source>
        <translation>Contacts (données personnelles)</translation>
    </message>
    <message>
        <source>Personal data: share this sheet only with people who need it to contact these persons, and delete copies you no longer need.</source>
        <translation>Données personnelles&#xa0;: ne partagez cette feuille qu’avec les personnes qui en ont besoin pour contacter ces personnes, et supprimez les copies dont vous n’avez plus besoin.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consentement au contact</translation>
    </message>
</context>
<context>
    <name>StakeholdersPane</name>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Fic&amp;he</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Im&amp;porter depuis un fichier CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Groupe des parties prenantes</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>Re&amp;lations</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>Ajouter ou mettre à jour des parties prenantes depuis un tableur enregistré en CSV</translation>
    </message>
    <message>
        <source>Write every stakeholder with their contacts as CSV or Excel</source>
        <translation>Enregistrer toutes les parties prenantes avec leurs contacts en CSV ou en Excel</translation>
    </message>
    <message>
        <source>&amp;Influence and interest</source>
        <translation>I&amp;nfluence et intérêt</translation>
    </message>
    <message>
        <source>Engage&amp;ments</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>Overdue follow-ups…</source>
        <translation>Relances en retard…</translation>
    </message>
    <message>
        <source>List every follow-up promised for a day already past and not logged as done, across stakeholders</source>
        <translation>Lister toutes les relances promises pour un jour déjà passé et pas encore marquées faites, toutes parties prenantes confondues</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected stakeholder; hidden, they leave their width to the view</source>
        <translation>Afficher ou masquer les détails de la partie prenante sélectionnée&#xa0;; masqués, ils laissent leur largeur à la vue</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message>
        <source>high influence and high interest: involve them in every step and consult them on each priority.</source>
        <translation>forte influence et fort intérêt&#xa0;: les associer à chaque étape et les consulter sur chaque priorité.</translation>
    </message>
    <message>
        <source>high influence, lower interest: meet their expectations on what concerns them, without overloading them.</source>
        <translation>forte influence, intérêt moindre&#xa0;: répondre à leurs attentes sur ce qui les concerne, sans les surcharger.</translation>
    </message>
    <message>
        <source>lower influence, high interest: keep them informed and listen to them; they often know the field best.</source>
        <translation>influence moindre, fort intérêt&#xa0;: les tenir informées et les écouter&#xa0;; ce sont souvent elles qui connaissent le mieux le terrain.</translation>
    </message>
    <message>
        <source>lower influence and interest: follow how their position changes, with little effort.</source>
        <translation>influence et intérêt moindres&#xa0;: suivre l’évolution de leur position, sans y consacrer beaucoup d’efforts.</translation>
    </message>
    <message>
        <source>Stakeholders by strategy</source>
        <translation>Parties prenantes par stratégie</translation>
    </message>
    <message>
        <source>Each quadrant of the grid calls for its own way of working with the stakeholders in it:</source>
        <translation>Chaque quadrant de la grille influence-intérêt appelle sa propre façon de travailler avec les parties prenantes qui s’y trouvent&#xa0;:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Influence and interest are scored from 1 to 5; a score of 3 or more counts as high.</source>
        <translation>L’influence et l’intérêt sont notés de 1 à 5&#xa0;; une note de 3 ou plus compte comme élevée.</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet.</source>
        <translation>Aucune partie prenante n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Stakeholders by kind</source>
        <translation>Parties prenantes par type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <source>This report includes personal data at the officer’s request: share it only with those who need it.</source>
        <translation>Ce rapport contient des données personnelles, incluses à dessein&#xa0;: ne le transmettez qu’aux personnes qui en ont besoin.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No contact person is recorded yet.</source>
        <translation>Aucune personne de contact n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>No relation between stakeholders is recorded yet.</source>
        <translation>Aucune relation entre parties prenantes n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Partnerships, funding, referrals, coordination and tensions between the stakeholders that have any. A thicker line is a stronger tie; an arrow shows who funds or refers to whom.</source>
        <translation>Partenariats, financements, orientations, coordination et tensions entre les parties prenantes qui en ont. Un trait plus épais indique un lien plus fort&#xa0;; une flèche montre qui finance qui ou qui oriente vers qui.</translation>
    </message>
    <message>
        <source>The relations network of the stakeholders.</source>
        <translation>Le réseau des relations entre parties prenantes.</translation>
    </message>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>Un réseau de %n relation entre parties prenantes.</numerusform>
            <numerusform>Un réseau de %n relations entre parties prenantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>Les relations relient %n partie prenante&#xa0;: trop pour les dessiner lisiblement sur une page. La vue en réseau du programme les montre, filtrées par type ou par thème.</numerusform>
            <numerusform>Les relations relient %n parties prenantes&#xa0;: trop pour les dessiner lisiblement sur une page. La vue en réseau du programme les montre, filtrées par type ou par thème.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Cartographie des parties prenantes</translation>
    </message>
    <message>
        <source>The actors of migrant inclusion in the city: their influence and interest, their relations, the stakeholder group</source>
        <translation>Les acteurs de l’inclusion des migrants dans la ville&#xa0;: leur influence et leur intérêt, leurs relations, le groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>Who works on migrant inclusion in the city, how much they weigh and how they work together</source>
        <translation>Qui agit pour l’inclusion des migrants dans la ville, quel poids chacun pèse et comment tous travaillent ensemble</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante</numerusform>
            <numerusform>%n parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>The influence/interest grid</source>
        <translation>La grille influence-intérêt</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>parties prenantes</translation>
    </message>
    <message>
        <source>relations between them</source>
        <translation>relations entre elles</translation>
    </message>
    <message>
        <source>members of the stakeholder group</source>
        <translation>membres du groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>to manage closely</source>
        <translation>à gérer de près</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet: the grid will show them once the officer has entered and scored them.</source>
        <translation>Aucune partie prenante n’est encore enregistrée&#xa0;: la grille influence-intérêt les montrera une fois saisies et notées.</translation>
    </message>
    <message>
        <source>Each stakeholder is placed by the influence it has on migrant inclusion in the city (upwards) and by its interest in it (rightwards). The colour of a dot is its kind.</source>
        <translation>Chaque partie prenante est placée selon son influence sur l’inclusion des migrants dans la ville (vers le haut) et selon son intérêt pour celle-ci (vers la droite). La couleur d’un point indique son type.</translation>
    </message>
    <message>
        <source>The stakeholders on the influence/interest grid.</source>
        <translation>Les parties prenantes sur la grille influence-intérêt.</translation>
    </message>
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>Une grille influence-intérêt de %n partie prenante.</numerusform>
            <numerusform>Une grille influence-intérêt de %n parties prenantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relations entre parties prenantes</translation>
    </message>
    <message>
        <source>The City Stakeholder Group</source>
        <translation>Le groupe local des parties prenantes</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the standing consultation body of the city’s migrant-inclusion work.</source>
        <translation>Le groupe local des parties prenantes est l’instance permanente de concertation de la ville pour l’inclusion des migrants.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>Il compte %n membre.</numerusform>
            <numerusform>Il compte %n membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>Il s’est réuni %n fois, la dernière le %1.</numerusform>
            <numerusform>Il s’est réuni %n fois, la dernière le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Rôle dans le groupe</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>The stakeholder group has no member yet.</source>
        <translation>Le groupe local des parties prenantes n’a pas encore de membre.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Add &amp;area…</source>
        <translation>Ajouter un &amp;domaine…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Ajouter un &amp;critère…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Remettre en &amp;usage</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>E&amp;xporter le modèle…</translation>
    </message>
    <message>
        <source>I&amp;mport template…</source>
        <translation>I&amp;mporter un modèle…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Li&amp;ste de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>The areas and items the rounds ask. Double-click a cell to edit it. Retire an item that no longer applies: its answers in earlier rounds stay and still count in their scores.</source>
        <translation>Les domaines et les critères sur lesquels portent les campagnes. Double-cliquez sur une cellule pour la modifier. Retirez un critère qui ne s’applique plus&#xa0;: ses réponses des campagnes précédentes sont conservées et comptent toujours dans leurs scores.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Add the area “%1”</source>
        <translation>Ajouter le domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>Ajouter le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the item “%1”</source>
        <translation>Déplacer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the area “%1”</source>
        <translation>Déplacer le domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>Retirer «&#xa0;%1&#xa0;»&#xa0;?

Les campagnes menées à partir d’aujourd’hui ne poseront plus ce critère. Ses réponses des campagnes précédentes (%n) sont conservées et comptent toujours dans les scores de ces campagnes. Vous pourrez le remettre en usage plus tard.</numerusform>
            <numerusform>Retirer «&#xa0;%1&#xa0;»&#xa0;?

Les campagnes menées à partir d’aujourd’hui ne poseront plus ce critère. Ses %n réponses des campagnes précédentes sont conservées et comptent toujours dans les scores de ces campagnes. Vous pourrez le remettre en usage plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire an item</source>
        <translation>Retirer un critère</translation>
    </message>
    <message>
        <source>Retire the item “%1”</source>
        <translation>Retirer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Bring back the item “%1”</source>
        <translation>Remettre en usage le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Only an area the city added and that holds no items can be deleted. Retire the items of “%1” instead.</source>
        <translation>Seul un domaine ajouté par la ville et sans aucun critère peut être supprimé. Retirez plutôt les critères de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Delete the area “%1”</source>
        <translation>Supprimer le domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the item “%1”</source>
        <translation>Supprimer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n réponse dans une campagne précédente, que la suppression ferait perdre.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n réponses dans des campagnes précédentes, que la suppression ferait perdre.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to the built-in checklist: a later version may still reword it.</source>
        <translation>«&#xa0;%1&#xa0;» fait partie de la liste de contrôle intégrée&#xa0;: une version ultérieure pourra encore le reformuler.</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>Il est déjà retiré.</translation>
    </message>
    <message>
        <source>Retire it instead? Rounds held from today on will no longer ask it; its answers stay and still count in the scores of earlier rounds.</source>
        <translation>Le retirer plutôt&#xa0;? Les campagnes menées à partir d’aujourd’hui ne le poseront plus&#xa0;; ses réponses sont conservées et comptent toujours dans les scores des campagnes précédentes.</translation>
    </message>
</context>
<context>
    <name>TemplateEntryDialog</name>
    <message>
        <source>New area</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>What the area covers, in a sentence or two.</source>
        <translation>Ce que couvre le domaine, en une ou deux phrases.</translation>
    </message>
    <message>
        <source>What shows that the city meets it: a document, a figure, a service to visit.</source>
        <translation>Ce qui montre que la ville le remplit&#xa0;: un document, un chiffre, un service à visiter.</translation>
    </message>
    <message>
        <source>For example: Health</source>
        <translation>Par exemple&#xa0;: Santé</translation>
    </message>
    <message>
        <source>For example: A newly arrived child can enrol in a public school without a residence permit.</source>
        <translation>Par exemple&#xa0;: Un enfant nouvellement arrivé peut s’inscrire dans une école publique sans titre de séjour.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Aucun thème</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Guidance on evidence:</source>
        <translation>&amp;Justificatifs attendus&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message>
        <source>The checklist file is not valid JSON: %1 at line %2 (character %3). Ask the sender for a new copy.</source>
        <translation>Le fichier de liste de contrôle n’est pas un JSON valide&#xa0;: %1 à la ligne %2 (caractère %3). Demandez-en une nouvelle copie à l’expéditeur.</translation>
    </message>
    <message>
        <source>The file is not a Passerelle checklist: it has no “format” or no “areas”.</source>
        <translation>Le fichier n’est pas une liste de contrôle Passerelle&#xa0;: il lui manque le champ «&#xa0;format&#xa0;» ou le champ «&#xa0;areas&#xa0;».</translation>
    </message>
    <message>
        <source>The checklist uses format %1, newer than this Passerelle reads (format %2). Update Passerelle to import it.</source>
        <translation>La liste de contrôle utilise le format %1, plus récent que celui que lit cette version de Passerelle (format %2). Mettez Passerelle à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, which this Passerelle does not read (format %2). Update Passerelle to import it.</source>
        <translation>La liste de contrôle utilise le format %1, que cette version de Passerelle ne sait pas lire (format %2). Mettez Passerelle à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The checklist has no key. Give it a “key” that names it.</source>
        <translation>La liste de contrôle n’a pas de clé. Ajoutez-lui un champ «&#xa0;key&#xa0;» qui l’identifie.</translation>
    </message>
    <message>
        <source>The checklist “%1” has no valid version: it must be 1 or more.</source>
        <translation>La liste de contrôle «&#xa0;%1&#xa0;» n’a pas de version valide&#xa0;: la version doit être égale ou supérieure à 1.</translation>
    </message>
    <message>
        <source>The checklist “%1” does not say which languages it is written in.</source>
        <translation>La liste de contrôle «&#xa0;%1&#xa0;» n’indique pas dans quelles langues elle est rédigée.</translation>
    </message>
    <message>
        <source>%1 has no “%2” translation. Add it, or remove “%2” from the template&apos;s languages.</source>
        <translation>%1 n’a pas de traduction «&#xa0;%2&#xa0;». Ajoutez-la, ou retirez «&#xa0;%2&#xa0;» des langues du modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>%1 is empty in “%2”. Write it, or remove the record.</source>
        <translation>%1 est vide en «&#xa0;%2&#xa0;». Rédigez ce texte, ou supprimez l’élément.</translation>
    </message>
    <message>
        <source>%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.</source>
        <translation>%1 porte le thème «&#xa0;%2&#xa0;», que Passerelle ne connaît pas. Utilisez l’un de ceux-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>Le titre de la liste de contrôle</translation>
    </message>
    <message>
        <source>The checklist&apos;s description</source>
        <translation>La description de la liste de contrôle</translation>
    </message>
    <message>
        <source>The checklist “%1” has no areas.</source>
        <translation>La liste de contrôle «&#xa0;%1&#xa0;» n’a aucun domaine.</translation>
    </message>
    <message>
        <source>An area of the checklist has no key. Give every area a key.</source>
        <translation>Un domaine de la liste de contrôle n’a pas de clé. Donnez une clé à chaque domaine.</translation>
    </message>
    <message>
        <source>The area key “%1” appears twice. Give each area its own key.</source>
        <translation>La clé de domaine «&#xa0;%1&#xa0;» apparaît deux fois. Donnez à chaque domaine sa propre clé.</translation>
    </message>
    <message>
        <source>The area “%1”</source>
        <translation>Le domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The title of the area “%1”</source>
        <translation>Le titre du domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The description of the area “%1”</source>
        <translation>La description du domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>An item of the area “%1” has no key. Give every item a key.</source>
        <translation>Un critère du domaine «&#xa0;%1&#xa0;» n’a pas de clé. Donnez une clé à chaque critère.</translation>
    </message>
    <message>
        <source>The item key “%1” appears twice. Give each item its own key.</source>
        <translation>La clé de critère «&#xa0;%1&#xa0;» apparaît deux fois. Donnez à chaque critère sa propre clé.</translation>
    </message>
    <message>
        <source>The item “%1”</source>
        <translation>Le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The statement of the item “%1”</source>
        <translation>L’énoncé du critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The guidance of the item “%1”</source>
        <translation>Le texte d’aide du critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The item “%1” says it was added in version %2, but the checklist is at version %3.</source>
        <translation>Le critère «&#xa0;%1&#xa0;» indique avoir été ajouté dans la version %2, mais la liste de contrôle n’en est qu’à la version %3.</translation>
    </message>
    <message>
        <source>Passerelle has no built-in checklist “%1”.</source>
        <translation>Passerelle ne comporte pas de liste de contrôle prédéfinie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2. Vérifiez que le fichier existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse les %2 Mo que peut faire un modèle de liste de contrôle&#xa0;: ce n’en est donc pas un. Demandez à la ville qui l’a envoyé la liste de contrôle telle que Passerelle l’exporte.</translation>
    </message>
    <message>
        <source>The checklist file is larger than the %1 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>Le fichier de liste de contrôle dépasse les %1 Mo que peut faire un modèle&#xa0;: ce n’en est donc pas un. Demandez à la ville qui l’a envoyé la liste de contrôle telle que Passerelle l’exporte.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>La clé de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <comment>a text in a language</comment>
        <translation>%1 (langue «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The checklist “%1” has %2 items, more than the %3 a checklist may have. Split it into several checklists.</source>
        <translation>La liste de contrôle «&#xa0;%1&#xa0;» a %2 critères, plus que les %3 qu’une liste peut avoir. Répartissez-la en plusieurs listes.</translation>
    </message>
    <message>
        <source>The key of an area</source>
        <translation>La clé d’un domaine</translation>
    </message>
    <message>
        <source>The key of an item of the area “%1”</source>
        <translation>La clé d’un critère du domaine «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TemplateInstaller</name>
    <message>
        <source>This file already has version %1 of the checklist “%2”; the one offered is version %3. Nothing was changed.</source>
        <translation>Ce fichier contient déjà la version %1 de la liste de contrôle «&#xa0;%2&#xa0;»&#xa0;; celle proposée est la version %3. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The checklist to upgrade is no longer in the file.</source>
        <translation>La liste de contrôle à mettre à jour ne se trouve plus dans le fichier.</translation>
    </message>
    <message>
        <source>The checklist to export is no longer in the file.</source>
        <translation>La liste de contrôle à exporter ne se trouve plus dans le fichier.</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>Modèles de liste de contrôle (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Exporter la liste de contrôle</translation>
    </message>
    <message>
        <source>The checklist could not be written to “%1”: %2. Choose another folder or free some space, then export again.</source>
        <translation>La liste de contrôle n’a pas pu être enregistrée dans «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier ou libérez de la place, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Importer une liste de contrôle</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2

Nothing was changed. Ask the city that sent it for a file exported by Passerelle.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé&#xa0;: %2

Rien n’a été modifié. Demandez à la ville qui vous l’a envoyé un fichier exporté par Passerelle.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>areas and items</comment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds version %2 of the checklist “%3”, and this file already has version %4. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» contient la version %2 de la liste de contrôle «&#xa0;%3&#xa0;», et ce fichier a déjà la version %4. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Upgrade the checklist “%1” from version %2 to version %3 (%4)?

Reworded items keep their answers; items the new version no longer has are retired, not deleted. Edit &gt; Undo puts the checklist back as it was.</source>
        <translation>Mettre à jour la liste de contrôle «&#xa0;%1&#xa0;» de la version %2 à la version %3 (%4)&#xa0;?

Les critères reformulés gardent leurs réponses&#xa0;; les critères que la nouvelle version n’a plus sont retirés, pas supprimés. Édition &gt; Annuler remet la liste de contrôle comme elle était.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”, version %2 (%3)?

It is added beside the checklists of this file. Edit &gt; Undo takes it away again.</source>
        <translation>Importer la liste de contrôle «&#xa0;%1&#xa0;», version %2 (%3)&#xa0;?

Elle s’ajoute aux listes de contrôle de ce fichier. Édition &gt; Annuler la retire de nouveau.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”</source>
        <translation>Importer la liste de contrôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The checklist “%1” was written: a partner city imports it with Import a checklist.</source>
        <translation>La liste de contrôle «&#xa0;%1&#xa0;» a été écrite&#xa0;: une ville partenaire l’importe avec Importer une liste de contrôle.</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n critère en usage</numerusform>
            <numerusform>%n critères en usage</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the city</source>
        <translation>Ajouté par la ville</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Built-in, version %1</source>
        <translation>Intégré, version %1</translation>
    </message>
    <message>
        <source>Area / statement</source>
        <translation>Domaine / énoncé</translation>
    </message>
    <message>
        <source>Guidance on evidence</source>
        <translation>Justificatifs attendus</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Edit the area “%1”</source>
        <translation>Modifier le domaine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the item “%1”</source>
        <translation>Modifier le critère «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <source>No theme</source>
        <translation>Aucun thème</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>The theme&apos;s name</source>
        <translation>Le nom du thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Le thème</translation>
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
        <translation>Chronologie du plan d’action</translation>
    </message>
    <message>
        <source>The actions and milestones of the plan by date, beside the tree of the plan. Drag a bar or a milestone to change its dates, or select it and press Left or Right to move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start).</source>
        <translation>Les actions et les jalons du plan par date, à côté de l’arborescence du plan. Faites glisser une barre ou un jalon pour en changer les dates, ou choisissez-le et appuyez sur Gauche ou Droite pour le déplacer d’un jour (avec Maj, d’une semaine&#x202f;; avec Ctrl, sa fin&#x202f;; avec Alt, son début).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan&apos;s actions as bars and milestones as diamonds, by date.&lt;/p&gt;&lt;p&gt;Drag a bar to move the action, or one of its ends to change its start or end date; drag a milestone to change its due date.&lt;/p&gt;&lt;p&gt;With an action or a milestone selected, Left and Right move it by a day, Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action&apos;s end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses in a row on the same bar are one undo step. With nothing selected, Left and Right scroll; + and - zoom in and out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les actions du plan en barres et les jalons en losanges, par date.&lt;/p&gt;&lt;p&gt;Faites glisser une barre pour déplacer l’action, ou l’une de ses extrémités pour changer sa date de début ou de fin&#x202f;; faites glisser un jalon pour changer son échéance.&lt;/p&gt;&lt;p&gt;Une action ou un jalon choisi, Gauche et Droite le déplacent d’un jour, Maj+Gauche et Maj+Droite d’une semaine&#x202f;; Ctrl+Gauche et Ctrl+Droite déplacent la fin de l’action, Alt+Gauche et Alt+Droite son début. Une extrémité ne dépasse jamais l’autre. Des appuis à la suite sur la même barre sont une seule étape d’annulation. Sans rien de choisi, Gauche et Droite font défiler&#x202f;; + et - changent l’échelle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Passerelle user guide</source>
        <translation>Guide de l’utilisateur de Passerelle</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Type a value, or cancel the change.</source>
        <translation>%1 est obligatoire. Saisissez une valeur, ou annulez la modification.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter zero or a positive number.</source>
        <translation>%1 ne peut pas avoir une valeur négative. Saisissez zéro ou un nombre positif.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit se situer entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (it may have been deleted). Choose another one.</source>
        <translation>%1 renvoie à un élément qui n’existe pas (il a peut-être été supprimé). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists. Choose another one, or edit the existing record.</source>
        <translation>%1 «&#xa0;%2&#xa0;» existe déjà. Choisissez une autre valeur, ou modifiez l’élément existant.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, like %4.</source>
        <translation>%1 doit se situer entre %2 et %3, par exemple %4.</translation>
    </message>
    <message>
        <source>%1 comes before %2. Correct one of the two dates.</source>
        <translation>%1 précède %2. Corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>%1 is required. Pick a date, or cancel the change.</source>
        <translation>%1 est obligatoire. Choisissez une date, ou annulez la modification.</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the years %2 to %3. Pick a date from the calendar.</source>
        <translation>%1 n’est pas une date valide entre les années %2 et %3. Choisissez une date dans le calendrier.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have. Shorten it.</source>
        <translation>%1 compte %2 caractères, plus que les %3 permis. Raccourcissez ce texte.</translation>
    </message>
</context>
<context>
    <name>ValueMapOption</name>
    <message>
        <source>--map “%1”: the city file has no theme “%2”. Give the name of one of its themes, as the Themes list shows it.</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: le fichier de ville n’a pas de thème «&#xa0;%2&#xa0;». Donnez le nom de l’un de ses thèmes, tel que la liste des thèmes l’affiche.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: %4. For a theme, write theme:NAME.</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est ni un type ni un niveau. Types&#xa0;: %3. Niveaux&#xa0;: %4. Pour un thème, écrivez theme:NOM.</translation>
    </message>
    <message>
        <source>What a kind, level or theme value of the CSV file means when it is not recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a level (“Office=government_agency”, “Métropole=regional”), or theme:NAME for a theme of the city file (“Migration=theme:Refugees and asylum”). The city file remembers these choices for the next import.</source>
        <translation>Ce que signifie une valeur de type, de niveau ou de thème du fichier CSV quand elle n’est pas reconnue, sous la forme VALEUR=SENS&#xa0;; à répéter pour chaque valeur. SENS est un type ou un niveau («&#xa0;Office=government_agency&#xa0;», «&#xa0;Métropole=regional&#xa0;»), ou theme:NOM pour un thème du fichier de ville («&#xa0;Migration=theme:Réfugiés et asile&#xa0;»). Le fichier de ville retient ces choix pour la prochaine importation.</translation>
    </message>
    <message>
        <source>--map takes VALUE=MEANING, such as “Office=government_agency”, not “%1”.</source>
        <translation>--map attend VALEUR=SENS, par exemple «&#xa0;Office=government_agency&#xa0;», et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Bienvenue dans Passerelle</translation>
    </message>
    <message>
        <source>Keep your city&apos;s knowledge and plan in one file: its migration profile, its stakeholders, access to services, priorities and actions. Every change is stored as soon as you make it.</source>
        <translation>Réunissez les connaissances et le plan de votre ville dans un seul fichier&#xa0;: son profil migratoire, ses parties prenantes, l’accès aux services, les priorités et les actions. Chaque modification est enregistrée dès que vous la faites.</translation>
    </message>
    <message>
        <source>New city file…</source>
        <translation>Nouveau fichier de ville…</translation>
    </message>
    <message>
        <source>Start the file of your city. You give its name; the themes and profile sections are ready to fill.</source>
        <translation>Commencez le fichier de votre ville. Vous donnez son nom&#xa0;; les thèmes et les sections du profil sont prêts à remplir.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a city file from your computer or a USB key.</source>
        <translation>Ouvrir un fichier de ville depuis votre ordinateur ou une clé USB.</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>Ouvrir la ville de démonstration</translation>
    </message>
    <message>
        <source>Explore a fictional city with a complete file before starting your own. Changes stay in the demo file.</source>
        <translation>Découvrez une ville fictive au dossier complet avant de commencer le vôtre. Vos modifications restent dans le fichier de démonstration.</translation>
    </message>
    <message>
        <source>Recent city files</source>
        <translation>Fichiers de ville récents</translation>
    </message>
    <message>
        <source>The files you open will be listed here.</source>
        <translation>Les fichiers que vous ouvrez apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle: the city integration officer&apos;s workbook.</source>
        <translation>Passerelle&#xa0;: le cahier de travail de la personne chargée de l’intégration dans une ville.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Open the demo city file, making it on first use.</source>
        <translation>Ouvrir le fichier de la ville de démonstration, en le créant à la première utilisation.</translation>
    </message>
    <message>
        <source>City files to open.</source>
        <translation>Fichiers de ville à ouvrir.</translation>
    </message>
</context>
</TS>
