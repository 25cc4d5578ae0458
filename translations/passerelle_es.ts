<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Passerelle</source>
        <translation>Acerca de Passerelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>The city integration officer&apos;s workbook: the city&apos;s migration profile, stakeholders, access to services, priorities and action plan, in one file.</source>
        <translation>El cuaderno de trabajo de la persona responsable de integración de una ciudad: perfil migratorio, actores, acceso a los servicios, prioridades y plan de acción, en un solo archivo.</translation>
    </message>
    <message>
        <source>Passerelle is free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Passerelle es software libre: puede usarlo, estudiarlo, compartirlo y modificarlo según los términos de la &lt;a href=&quot;%1&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilado con Qt %1.</translation>
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
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Add a bu&amp;dget line</source>
        <translation>Añadir una parti&amp;da presupuestaria</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected budget lines</source>
        <translation>Eliminar las partidas presupuestarias seleccionadas</translation>
    </message>
    <message>
        <source>Budget lines of the action</source>
        <translation>Partidas presupuestarias de la acción</translation>
    </message>
    <message>
        <source>Add a &amp;progress note</source>
        <translation>Aña&amp;dir una nota de avance</translation>
    </message>
    <message>
        <source>Remove the selected progress notes</source>
        <translation>Eliminar las notas de avance seleccionadas</translation>
    </message>
    <message>
        <source>Progress log of the action</source>
        <translation>Registro de avance de la acción</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Presupuesto</translation>
    </message>
    <message>
        <source>Progress lo&amp;g</source>
        <translation>Re&amp;gistro de avance</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>I&amp;ndicadores</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Añadir un indicador</translation>
    </message>
    <message>
        <source>Remove the selected indicators</source>
        <translation>Eliminar los indicadores seleccionados</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Indicadores de la acción</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Añadir un valor medido</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Eliminar los valores seleccionados</translation>
    </message>
    <message>
        <source>Values measured for the indicator</source>
        <translation>Valores medidos del indicador</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Socios:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>Indique un título para la acción.</translation>
    </message>
    <message>
        <source>The end date is before the start date: change one of them.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio: cambie una de las dos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ActionPlanPane</name>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Marcar acción como realizada</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Marcar hito como alcanzado</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>¿Eliminar «%1» junto con %n hito, sus partidas presupuestarias, sus indicadores y su registro de avance? Deshacer los restituye.</numerusform>
            <numerusform>¿Eliminar «%1» junto con sus %n hitos, sus partidas presupuestarias, sus indicadores y su registro de avance? Deshacer los restituye.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message>
        <source>Move action dates</source>
        <translation>Mover las fechas de una acción</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>Mover hito</translation>
    </message>
    <message>
        <source>Timeline by &amp;month</source>
        <translation>Cronograma por &amp;mes</translation>
    </message>
    <message>
        <source>Timeline by &amp;quarter</source>
        <translation>Cronograma por &amp;trimestre</translation>
    </message>
    <message>
        <source>Timeline by &amp;year</source>
        <translation>Cronograma por &amp;año</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>&amp;Financiación:</translation>
    </message>
    <message>
        <source>Late &amp;only</source>
        <translation>S&amp;olo retrasadas</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Añadir a&amp;cción…</translation>
    </message>
    <message>
        <source>Add milesto&amp;ne…</source>
        <translation>Añadir h&amp;ito…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Marcar como reali&amp;zada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Sho&amp;w the lead on the map</source>
        <translation>Ver el responsa&amp;ble en el mapa</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Any funding source</source>
        <translation>Todas las fuentes de financiación</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>Where the plan stands</source>
        <translation>Situación del plan</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>A %1, el plan cuenta con %n acción</numerusform>
            <numerusform>A %1, el plan cuenta con %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>, adopted by the council on %1.</source>
        <translation>, aprobado por el pleno el %1.</translation>
    </message>
    <message>
        <source>; it has not been adopted by the council yet.</source>
        <translation>; todavía no ha sido aprobado por el pleno.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>acciones realizadas</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>late: past their end or a milestone</source>
        <translation>retrasadas: fecha de fin o hito superados</translation>
    </message>
    <message>
        <source>progress (the mean of the actions&apos;)</source>
        <translation>avance (media de las acciones)</translation>
    </message>
    <message>
        <source>milestones done</source>
        <translation>hitos alcanzados</translation>
    </message>
    <message>
        <source>actions ending later than adopted</source>
        <translation>acciones que terminan más tarde de lo aprobado</translation>
    </message>
    <message>
        <source>spent of %1 planned</source>
        <translation>gastado de %1 previstos</translation>
    </message>
    <message>
        <source>committed, not yet paid</source>
        <translation>comprometido, aún no pagado</translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>Todavía no hay ninguna nota de avance.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a progress note&apos;s date, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is late and why</source>
        <translation>Qué está retrasado y por qué</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Latest progress note</source>
        <translation>Última nota de avance</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Ninguna acción está retrasada.</translation>
    </message>
    <message>
        <source>Days late: since the end date, or since the oldest milestone not done.</source>
        <translation>Días de retraso: desde la fecha de fin o desde el hito no alcanzado más antiguo.</translation>
    </message>
    <message>
        <source>Done since %1</source>
        <translation>Realizado desde el %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>Hito alcanzado: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se ha hecho</translation>
    </message>
    <message>
        <source>Nothing was recorded as done in this period.</source>
        <translation>No se ha registrado nada como realizado en este periodo.</translation>
    </message>
    <message>
        <source>Slippage against the adopted plan</source>
        <translation>Desviaciones respecto al plan aprobado</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet: there are no adopted dates to compare with.</source>
        <translation>El plan todavía no ha sido aprobado: no hay fechas aprobadas con las que comparar.</translation>
    </message>
    <message>
        <source>Adopted end</source>
        <translation>Fin aprobado</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>Fin actual</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Every action keeps the dates the council adopted.</source>
        <translation>Todas las acciones mantienen las fechas aprobadas por el pleno.</translation>
    </message>
    <message>
        <source>Days: how much later (+) or earlier (−) than adopted the action ends.</source>
        <translation>Días: cuánto más tarde (+) o más temprano (−) de lo aprobado termina la acción.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Presupuesto por fuente de financiación</translation>
    </message>
    <message>
        <source>No budget line has been entered.</source>
        <translation>No se ha introducido ninguna partida presupuestaria.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>% gastado</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(fuente no indicada)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Adopted: the planned amounts the council adopted with the plan.</source>
        <translation>Aprobado: los importes previstos que el pleno aprobó junto con el plan.</translation>
    </message>
    <message>
        <source>Action plan: status report</source>
        <translation>Plan de acción: informe de situación</translation>
    </message>
    <message>
        <source>Where the action plan of %1 stands on %2</source>
        <translation>Situación del plan de acción de %1 a %2</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situación a %1</translation>
    </message>
    <message>
        <source>Plan adopted by the council on %1</source>
        <translation>Plan aprobado por el pleno el %1</translation>
    </message>
    <message>
        <source>Plan not yet adopted</source>
        <translation>Plan aún no aprobado</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>No action has dates yet.</source>
        <translation>Ninguna acción tiene fechas todavía.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>The action&apos;s priority</source>
        <translation>La prioridad de la acción</translation>
    </message>
    <message>
        <source>The action&apos;s title</source>
        <translation>El título de la acción</translation>
    </message>
    <message>
        <source>The lead stakeholder</source>
        <translation>El actor responsable</translation>
    </message>
    <message>
        <source>A partner stakeholder</source>
        <translation>Un actor socio</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>La acción</translation>
    </message>
    <message>
        <source>The milestone&apos;s title</source>
        <translation>El título del hito</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>La fecha de vencimiento</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>El nombre del indicador</translation>
    </message>
    <message>
        <source>The funding source</source>
        <translation>La fuente de financiación</translation>
    </message>
    <message>
        <source>The planned amount</source>
        <translation>El importe previsto</translation>
    </message>
    <message>
        <source>The amount spent</source>
        <translation>El importe gastado</translation>
    </message>
    <message>
        <source>The amount committed</source>
        <translation>El importe comprometido</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>El indicador</translation>
    </message>
    <message>
        <source>The date of the value</source>
        <translation>La fecha del valor</translation>
    </message>
    <message>
        <source>The date of the progress entry</source>
        <translation>La fecha de la entrada de avance</translation>
    </message>
    <message>
        <source>The progress entry&apos;s text</source>
        <translation>El texto de la entrada de avance</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code. Enter a code such as EUR, USD or MAD.</source>
        <translation>La moneda «%1» no es un código de tres letras. Introduzca un código como EUR, USD o MAD.</translation>
    </message>
</context>
<context>
    <name>ActionWarnings</name>
    <message>
        <source>The milestone is due outside its action&apos;s dates (%1 to %2).</source>
        <translation>El hito vence fuera de las fechas de su acción (del %1 al %2).</translation>
    </message>
    <message>
        <source>More has been spent than was planned.</source>
        <translation>Se ha gastado más de lo previsto.</translation>
    </message>
    <message>
        <source>The target equals the baseline: the indicator cannot show a change.</source>
        <translation>La meta es igual al valor de referencia: el indicador no puede mostrar ningún cambio.</translation>
    </message>
</context>
<context>
    <name>AdoptPlanCommand</name>
    <message>
        <source>Adoption by the council</source>
        <translation>Aprobación por el pleno</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the council’s adoption</source>
        <translation>Registrar la aprobación por el pleno</translation>
    </message>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>%n prioridad validada pasará a estar aprobada por el pleno.</numerusform>
            <numerusform>%n prioridades validadas pasarán a estar aprobadas por el pleno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>%n borrador queda fuera: el pleno aprueba lo que el grupo de actores ha validado.</numerusform>
            <numerusform>%n borradores quedan fuera: el pleno aprueba lo que el grupo de actores ha validado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan’s dates and budgets as they are that day become the baseline that delays are measured against.</source>
        <translation>Las fechas y los presupuestos del plan tal como estén ese día pasan a ser la referencia con la que se miden los retrasos.</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Registrar la aprobación</translation>
    </message>
    <message>
        <source>Adopted by the council &amp;on:</source>
        <translation>Aprobado por el pleno &amp;el:</translation>
    </message>
    <message>
        <source>Give the day of the council’s vote.</source>
        <translation>Indique el día de la votación del pleno.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Da&amp;ted:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>Evi&amp;dencia:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Answered &amp;by (personal data):</source>
        <translation>Respondido &amp;por (dato personal):</translation>
    </message>
    <message>
        <source>What shows it:</source>
        <translation>Qué lo demuestra:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Key %1 in the list</source>
        <translation>Tecla %1 en la lista</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Elija un criterio de la lista.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; Enter edits the evidence</source>
        <translation>1 cumplido, 2 cumplido en parte, 3 no cumplido, 4 desconocido, 5 no aplicable; Intro edita la evidencia</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Responder «%1»</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message>
        <source>No item of this area is answered met, partly met or not met yet.</source>
        <translation>Ningún criterio de este ámbito tiene todavía la respuesta cumplido, cumplido en parte o no cumplido.</translation>
    </message>
    <message>
        <source>No earlier round of this checklist.</source>
        <translation>No hay ninguna ronda anterior de esta lista de verificación.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 ptos.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>“%1” is not a file but a folder, a device or a pipe, which Passerelle does not read. Save what you want to import as a file, then choose that file.</source>
        <translation>«%1» no es un archivo sino una carpeta, un dispositivo o una tubería, que Passerelle no lee. Guarde lo que desea importar en un archivo y elija ese archivo.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>What for</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>%1 spent of %2 planned.</source>
        <translation>%1 gastados de %2 previstos.</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>Presupuesto municipal</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as %2.</source>
        <translation>«%1» no es un importe: escriba un número como %2.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Añadir una partida presupuestaria</translation>
    </message>
    <message>
        <source>Edit budget line “%1”</source>
        <translation>Editar la partida presupuestaria «%1»</translation>
    </message>
    <message>
        <source>Remove budget line “%1”</source>
        <translation>Eliminar la partida presupuestaria «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Eliminar %n partida presupuestaria</numerusform>
            <numerusform>Eliminar %n partidas presupuestarias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>The action plan has no milestone and no action with an end date yet: there is nothing to put in a calendar.</source>
        <translation>El plan de acción todavía no tiene ningún hito ni ninguna acción con fecha de fin: no hay nada que poner en un calendario.</translation>
    </message>
    <message>
        <source>%1 action plan</source>
        <comment>calendar file name</comment>
        <translation>%1 plan de acción</translation>
    </message>
    <message>
        <source>Export the action plan&apos;s calendar</source>
        <translation>Exportar el calendario del plan de acción</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>No se ha escrito el calendario</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendario exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>%n evento escrito: importe el archivo en su programa de calendario; una exportación posterior actualizará los mismos eventos.</numerusform>
            <numerusform>%n eventos escritos: importe el archivo en su programa de calendario; una exportación posterior actualizará los mismos eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n evento escrito en %1</numerusform>
            <numerusform>%n eventos escritos en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>The calendar for “%1” could not be made: the computer is out of memory. Close other programs, then export again.</source>
        <translation>No se ha podido preparar el calendario de «%1»: el equipo no tiene memoria suficiente. Cierre otros programas y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a city file can be opened; never writes to it.</source>
        <translation>Comprobar que un archivo de ciudad puede abrirse, sin escribir nunca en él.</translation>
    </message>
    <message>
        <source>The city file to check.</source>
        <translation>El archivo de ciudad que se va a comprobar.</translation>
    </message>
    <message>
        <source>check takes exactly one FILE.</source>
        <translation>check requiere exactamente un FILE.</translation>
    </message>
    <message>
        <source>%1: OK (format version %2)</source>
        <translation>%1: OK (versión de formato %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The areas of the checklist changed meanwhile; nothing was moved. Try again.</source>
        <translation>Los ámbitos de la lista de verificación han cambiado entretanto; no se ha movido nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The items of the area changed meanwhile; nothing was moved. Try again.</source>
        <translation>Los criterios del ámbito han cambiado entretanto; no se ha movido nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>El título de la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist&apos;s version</source>
        <translation>La versión de la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>La clave de la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>La lista de verificación</translation>
    </message>
    <message>
        <source>The area&apos;s title</source>
        <translation>El título del ámbito</translation>
    </message>
    <message>
        <source>The area&apos;s key</source>
        <translation>La clave del ámbito</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>El ámbito</translation>
    </message>
    <message>
        <source>The item&apos;s statement</source>
        <translation>El enunciado del criterio</translation>
    </message>
    <message>
        <source>The item&apos;s key</source>
        <translation>La clave del criterio</translation>
    </message>
    <message>
        <source>The version that added the item</source>
        <translation>La versión que añadió el criterio</translation>
    </message>
    <message>
        <source>The retirement date</source>
        <translation>La fecha de retirada</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>El criterio</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>El tema</translation>
    </message>
    <message>
        <source>The round&apos;s label</source>
        <translation>La etiqueta de la ronda</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Ronda de evaluación</translation>
    </message>
    <message>
        <source>The round&apos;s date</source>
        <translation>La fecha de la ronda</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>La ronda</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Un participante</translation>
    </message>
    <message>
        <source>The evidence date</source>
        <translation>La fecha de la evidencia</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1 debe ser 1 o más.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>No se puede eliminar la lista de verificación «%1»: se ha realizado con ella %n ronda de evaluación (%2). Elimine primero esa ronda o conserve la lista de verificación.</numerusform>
            <numerusform>No se puede eliminar la lista de verificación «%1»: se han realizado con ella %n rondas de evaluación (%2). Elimine primero esas rondas o conserve la lista de verificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is not part of the checklist of round “%1”. Choose an item of that checklist.</source>
        <translation>El criterio no forma parte de la lista de verificación de la ronda «%1». Elija un criterio de esa lista.</translation>
    </message>
    <message>
        <source>The item already has an answer in round “%1”. Edit that answer instead.</source>
        <translation>El criterio ya tiene una respuesta en la ronda «%1». Edite esa respuesta.</translation>
    </message>
    <message>
        <source>The checklist of round “%1” cannot change once the round has answers. Start a new round for the other checklist.</source>
        <translation>La lista de verificación de la ronda «%1» no puede cambiar una vez que la ronda tiene respuestas. Inicie una nueva ronda para la otra lista de verificación.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPane</name>
    <message>
        <source>&amp;Answering</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>P&amp;untuaciones</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Carencias</translation>
    </message>
    <message>
        <source>Areas and &amp;items</source>
        <translation>Ámbitos y cr&amp;iterios</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>R&amp;onda:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>Edit ro&amp;und…</source>
        <translation>Edi&amp;tar la ronda…</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>E&amp;liminar la ronda…</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>Criterio si&amp;guiente sin respuesta</translation>
    </message>
    <message>
        <source>Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; the arrows move, Enter edits the evidence.</source>
        <translation>Teclas: 1 cumplido, 2 cumplido en parte, 3 no cumplido, 4 desconocido, 5 no aplicable; las flechas desplazan, Intro edita la evidencia.</translation>
    </message>
    <message>
        <source>The items of the round answered not met or partly met: where the city&apos;s priorities can start. Double-click one to see it in the Answering tab.</source>
        <translation>Los criterios de la ronda con respuesta no cumplido o cumplido en parte: de ahí pueden partir las prioridades de la ciudad. Haga doble clic en uno para verlo en la pestaña Respuestas.</translation>
    </message>
    <message>
        <source>Make a &amp;priority from this gap</source>
        <translation>Convertir esta carencia en &amp;prioridad</translation>
    </message>
    <message>
        <source>A draft priority with the gap&apos;s theme, a rationale naming the item and its answer, and the item as its evidence</source>
        <translation>Una prioridad en borrador con el tema de la carencia, una justificación que cita el criterio y su respuesta, y el criterio como evidencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New round “%1”</source>
        <translation>Nueva ronda «%1»</translation>
    </message>
    <message>
        <source>Edit round “%1”</source>
        <translation>Editar la ronda «%1»</translation>
    </message>
    <message>
        <source>Delete the round “%1”? It has no answers yet.</source>
        <translation>¿Eliminar la ronda «%1»? Todavía no tiene respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar la ronda «%1» y %n respuesta dada en ella? Edición &gt; Deshacer la restituye.</numerusform>
            <numerusform>¿Eliminar la ronda «%1» y las %n respuestas dadas en ella? Edición &gt; Deshacer las restituye.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Eliminar la ronda</translation>
    </message>
    <message>
        <source>Delete round “%1”</source>
        <translation>Eliminar la ronda «%1»</translation>
    </message>
    <message>
        <source>No assessment round yet: start one with New round.</source>
        <translation>Todavía no hay ninguna ronda de evaluación: inicie una con Nueva ronda.</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 de %2 criterios respondidos</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Acceso a los servicios</translation>
    </message>
</context>
<context>
    <name>CityComparison</name>
    <message>
        <source>%1 has no checklist “%2”: its areas are left empty.</source>
        <translation>%1 no tiene la lista de verificación «%2»: sus ámbitos quedan vacíos.</translation>
    </message>
    <message>
        <source>%1 answered version %2 of “%3”, your city answered version %4: the questions may differ, compare these scores with care.</source>
        <translation>%1 respondió a la versión %2 de «%3» y su ciudad a la versión %4: las preguntas pueden diferir, compare estas puntuaciones con cautela.</translation>
    </message>
</context>
<context>
    <name>CityFile</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself. Choose another name.</source>
        <translation>Una copia no puede sustituir al propio archivo abierto. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>No se ha podido escribir la copia «%1»: %2. Elija otra carpeta o libere espacio en el disco.</translation>
    </message>
    <message>
        <source>The file “%1” could not be replaced. Close any program using it, or choose another name.</source>
        <translation>No se ha podido sustituir el archivo «%1». Cierre cualquier programa que lo esté usando o elija otro nombre.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written. Choose another folder.</source>
        <translation>No se ha podido escribir la copia «%1». Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>CityIdentityWidget</name>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Region, province or governorate</source>
        <translation>Región, provincia o gobernación</translation>
    </message>
    <message>
        <source>Census, municipal register, estimate…</source>
        <translation>Censo, padrón municipal, estimación…</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>e&amp;n</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>Pob&amp;lación</translation>
    </message>
    <message>
        <source>Population &amp;source</source>
        <translation>&amp;Fuente de la población</translation>
    </message>
    <message>
        <source>Edit the city&apos;s identity</source>
        <translation>Editar la identidad de la ciudad</translation>
    </message>
</context>
<context>
    <name>CitySummary</name>
    <message>
        <source>The file %1 could not be read for the comparison (%2). Check it with “passerelle-cli check” or ask its city for a new copy.</source>
        <translation>No se ha podido leer el archivo %1 para la comparación (%2). Compruébelo con «passerelle-cli check» o pida a su ciudad una copia nueva.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: passerelle-cli COMMAND [options]
Works on Passerelle city files without the desktop program.

Commands:
</source>
        <translation>Uso: passerelle-cli ORDEN [opciones]
Trabaja con archivos de ciudad de Passerelle sin el programa de escritorio.

Órdenes:
</translation>
    </message>
    <message>
        <source>Run “passerelle-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Ejecute «passerelle-cli ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Run “passerelle-cli %1 --help” for its options.</source>
        <translation>Ejecute «passerelle-cli %1 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Orden «%1» desconocida.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a city with partner cities (scores with coverage, priorities, plan), as JSON.</source>
        <translation>Comparar una ciudad con ciudades socias (puntuaciones con su cobertura, prioridades, plan), en JSON.</translation>
    </message>
    <message>
        <source>Your city file.</source>
        <translation>El archivo de su ciudad.</translation>
    </message>
    <message>
        <source>One or more partner cities&apos; files.</source>
        <translation>Uno o varios archivos de ciudades socias.</translation>
    </message>
    <message>
        <source>The day actions are late on (YYYY-MM-DD); today when not given.</source>
        <translation>El día respecto al cual las acciones están retrasadas (AAAA-MM-DD); hoy si no se indica.</translation>
    </message>
    <message>
        <source>compare takes your FILE and at least one PARTNER file.</source>
        <translation>compare requiere su FILE y al menos un archivo PARTNER.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today requiere una fecha con el formato AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Network median</source>
        <translation>Mediana de la red</translation>
    </message>
    <message>
        <source>Your city: %1</source>
        <translation>Su ciudad: %1</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Última ronda</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasadas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1: previsto</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1: comprometido</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1: gastado</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Propias</translation>
    </message>
    <message>
        <source>From partners</source>
        <translation>De socias</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (de %n ciudad)</numerusform>
            <numerusform>%1 (de %n ciudades)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>aún sin ronda</translation>
    </message>
    <message>
        <source>This city does not have this checklist.</source>
        <translation>Esta ciudad no tiene esta lista de verificación.</translation>
    </message>
    <message>
        <source>Another version than yours (%1): the questions may differ.</source>
        <translation>Una versión distinta de la suya (%1): las preguntas pueden diferir.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 respondidos)</translation>
    </message>
    <message>
        <source>no score (%1 answered)</source>
        <translation>sin puntuación (%1 respondidos)</translation>
    </message>
    <message>
        <source>%1 of %2 items answered; the change is in points since the city&apos;s previous round.</source>
        <translation>%1 de %2 criterios respondidos; la variación se expresa en puntos desde la ronda anterior de la ciudad.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with partner cities</source>
        <translation>Comparar con ciudades socias</translation>
    </message>
    <message>
        <source>Your city’s file: %1</source>
        <translation>Archivo de su ciudad: %1</translation>
    </message>
    <message>
        <source>&amp;Add partner file…</source>
        <translation>&amp;Añadir archivo de ciudad socia…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Each score stands with its coverage (items answered of items asked); ▲ ▼ the change in points since the city’s previous round. Cities are not ranked.</source>
        <translation>Cada puntuación va acompañada de su cobertura (criterios respondidos sobre criterios planteados); ▲ ▼ la variación en puntos desde la ronda anterior de la ciudad. Las ciudades no se clasifican.</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>Acceso a los servicios</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Prioridades por tema</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Open your city’s file first: the comparison puts partner cities beside it.</source>
        <translation>Abra primero el archivo de su ciudad: la comparación sitúa las ciudades socias a su lado.</translation>
    </message>
    <message>
        <source>Choose a partner city’s file</source>
        <translation>Elegir el archivo de una ciudad socia</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Archivos de ciudad de Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Excluido: %1</translation>
    </message>
    <message>
        <source>The chart shows the first %1 cities; the table below shows all %2.</source>
        <translation>El gráfico muestra las %1 primeras ciudades; la tabla de abajo las muestra todas (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionDefences</name>
    <message>
        <source>The database engine could not be given its safety settings. Reinstall Passerelle; no file was changed.</source>
        <translation>No se ha podido aplicar la configuración de seguridad al motor de base de datos. Reinstale Passerelle; no se ha modificado ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Add &amp;stakeholder</source>
        <translation>Añadir &amp;actor</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Editar la consulta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Group &amp;meeting:</source>
        <translation>&amp;Reunión del grupo:</translation>
    </message>
    <message>
        <source>Stake&amp;holders:</source>
        <translation>Ac&amp;tores:</translation>
    </message>
    <message>
        <source>&amp;Participants (personal data):</source>
        <translation>&amp;Participantes (datos personales):</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>Qué &amp;dijeron:</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Reunión del grupo</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Qué dijeron</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>&amp;Add a consultation…</source>
        <translation>Añadi&amp;r una consulta…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Add a consultation</source>
        <translation>Añadir una consulta</translation>
    </message>
    <message>
        <source>Edit a consultation</source>
        <translation>Editar una consulta</translation>
    </message>
    <message>
        <source>Remove a consultation</source>
        <translation>Eliminar una consulta</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Agreed</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No otorgado</translation>
    </message>
    <message>
        <source>Whether the person agreed to be contacted; check it before any mailing.</source>
        <translation>Si la persona ha aceptado ser contactada; compruébelo antes de cualquier envío.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consentimiento para ser contactado</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Añadir el contacto «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Editar el contacto «%1»</translation>
    </message>
    <message>
        <source>Remove contact “%1”</source>
        <translation>Eliminar el contacto «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Eliminar %n contacto</numerusform>
            <numerusform>Eliminar %n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;Add a contact</source>
        <translation>Añadi&amp;r un contacto</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>El&amp;iminar</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>Eliminar los contactos seleccionados</translation>
    </message>
    <message>
        <source>Contact persons (personal data)</source>
        <translation>Personas de contacto (datos personales)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>it holds no city</source>
        <translation>no contiene ninguna ciudad</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>contiene %n ciudad cuando un archivo de ciudad contiene una</numerusform>
            <numerusform>contiene %n ciudades cuando un archivo de ciudad contiene una</numerusform>
        </translation>
    </message>
    <message>
        <source>its list of personal data is not the one Passerelle writes</source>
        <translation>su lista de datos personales no es la que escribe Passerelle</translation>
    </message>
    <message>
        <source>a record in the table “%1” refers to a record of the table “%2” that does not exist</source>
        <translation>un registro de la tabla «%1» remite a un registro de la tabla «%2» que no existe</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value larger than Passerelle accepts (%3 MB)</source>
        <translation>la columna «%1» de la tabla «%2» contiene un valor mayor de lo que acepta Passerelle (%3 MB)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value of the wrong kind</source>
        <translation>la columna «%1» de la tabla «%2» contiene un valor de tipo incorrecto</translation>
    </message>
    <message>
        <source>the table “%1” holds a value its rules forbid (for example a kind or a level Passerelle does not know)</source>
        <translation>la tabla «%1» contiene un valor que sus reglas prohíben (por ejemplo, un tipo o un nivel que Passerelle no conoce)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is empty where a value is required</source>
        <translation>la columna «%1» de la tabla «%2» está vacía cuando se requiere un valor</translation>
    </message>
    <message>
        <source>two records share a value that must be unique (index “%1”)</source>
        <translation>dos registros comparten un valor que debe ser único (índice «%1»)</translation>
    </message>
    <message>
        <source>the index “%1” does not match its table</source>
        <translation>el índice «%1» no corresponde a su tabla</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file</source>
        <translation>El archivo CSV</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a stakeholder list may be. Split it into smaller files, then import each part.</source>
        <translation>«%1» supera los %2 MB que puede ocupar una lista de actores. Divídalo en archivos más pequeños y, después, importe cada parte.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>No se puede leer «%1»: %2. Compruebe que el archivo existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. Split it into smaller files, or remove the columns and rows you do not need, then import each part.</source>
        <translation>«%1» ocupa %2 MB, más de los %3 MB que puede ocupar una lista de actores. Divídalo en archivos más pequeños o elimine las columnas y filas que no necesite y, después, importe cada parte.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV text file: it holds binary data (a spreadsheet workbook, an image or UTF-16 text). In your spreadsheet use “Save as” and choose CSV (UTF-8 or comma-separated), then import that file.</source>
        <translation>«%1» no es un archivo de texto CSV: contiene datos binarios (un libro de hoja de cálculo, una imagen o texto UTF-16). En su hoja de cálculo, use «Guardar como», elija CSV (UTF-8 o delimitado por comas) e importe ese archivo.</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let Passerelle detect the encoding.</source>
        <translation>«%1» no es un texto UTF-8 válido. Elija la codificación Windows-1252 o deje que Passerelle detecte la codificación.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no stakeholder to import. Choose the file your spreadsheet saved, with a header line and one stakeholder per line.</source>
        <translation>«%1» está vacío: no hay ningún actor que importar. Elija el archivo que guardó su hoja de cálculo, con una línea de encabezado y un actor por línea.</translation>
    </message>
    <message>
        <source>“%1” does not look like text: it is full of control characters. In your spreadsheet use “Save as” and choose CSV, then import that file.</source>
        <translation>«%1» no parece texto: está lleno de caracteres de control. En su hoja de cálculo, use «Guardar como», elija CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” has more than %3 fields, more than a stakeholder list has columns. Remove the columns you do not need, or choose the separator the file uses, then import again.</source>
        <translation>La línea %1 de «%2» tiene más de %3 campos, más columnas de las que tiene una lista de actores. Elimine las columnas que no necesite o elija el separador que usa el archivo y vuelva a importar.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 lines of stakeholders, more than one import takes. Split it into files of at most %2 lines, each with the header line, then import each part.</source>
        <translation>«%1» tiene más de %2 líneas de actores, más de las que admite una importación. Divídalo en archivos de %2 líneas como máximo, cada uno con la línea de encabezado, e importe cada parte.</translation>
    </message>
    <message>
        <source>“%1” is not valid CSV near line %2: a quote is misplaced or a quoted field is never closed. Check the quotes on that line, or save the file again from your spreadsheet as CSV.</source>
        <translation>«%1» no es un CSV válido cerca de la línea %2: hay unas comillas mal colocadas o un campo entre comillas que no se cierra. Revise las comillas de esa línea o vuelva a guardar el archivo como CSV desde su hoja de cálculo.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo city needs the built-in checklist, which is missing.</source>
        <translation>La ciudad de demostración necesita la lista de verificación integrada, que falta en esta versión de Passerelle.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a fictional demo city file (also network-sized, for benchmarks).</source>
        <translation>Crear el archivo de una ciudad de demostración ficticia (también a escala de red, para pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>The new file; it must not exist.</source>
        <translation>El archivo nuevo; no debe existir.</translation>
    </message>
    <message>
        <source>Language of the demo content: %1.</source>
        <translation>Idioma del contenido de demostración: %1.</translation>
    </message>
    <message>
        <source>Make N stakeholders and everything else in proportion (benchmarks).</source>
        <translation>Crear N actores y todo lo demás en proporción (pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.</source>
        <translation>demo requiere exactamente un FILE.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not “%2”.</source>
        <translation>--lang debe ser uno de estos valores: %1; no «%2».</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>%1 creado en %2 s.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo content for the language “%1” is missing from this build of Passerelle. Choose one of: %2.</source>
        <translation>El contenido de demostración para el idioma «%1» falta en esta versión de Passerelle. Elija uno de estos idiomas: %2.</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <source>Migrant population as a share of the district&apos;s population</source>
        <translation>Porcentaje de población migrante en la población del distrito</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type a whole number, like %1, or leave the cell empty when the figure is not known; “%2” is not a number.</source>
        <translation>Escriba un número entero, como %1, o deje la celda vacía si no se conoce la cifra; «%2» no es un número.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Nuevo distrito</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Añadir un distrito</translation>
    </message>
    <message>
        <source>Edit the district “%1”</source>
        <translation>Editar el distrito «%1»</translation>
    </message>
    <message>
        <source>Remove the district “%1”</source>
        <translation>Eliminar el distrito «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>Eliminar %n distrito</numerusform>
            <numerusform>Eliminar %n distritos</numerusform>
        </translation>
    </message>
    <message>
        <source>No district yet. Add the city&apos;s districts to show where migrants live.</source>
        <translation>Todavía no hay ningún distrito. Añada los distritos de la ciudad para mostrar dónde viven los migrantes.</translation>
    </message>
    <message>
        <source>Enter the population and the migrant population of a district to see the migrants&apos; share.</source>
        <translation>Introduzca la población y la población migrante de un distrito para ver el porcentaje de migrantes.</translation>
    </message>
    <message>
        <source>In the districts with both figures: %1 residents, %2 of them migrants (%3).</source>
        <translation>En los distritos con ambas cifras: %1 habitantes, de los cuales %2 migrantes (%3).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Parts of the city file</source>
        <translation>Partes del archivo de la ciudad</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The city file is open. Every change is stored in it as soon as you make it: there is nothing to save.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;El archivo de la ciudad está abierto. Cada cambio se guarda en él en cuanto se hace: no hay nada que guardar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Realizado (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Previsto el %1</translation>
    </message>
    <message>
        <source>The follow-up promised for %1 is still to be done.</source>
        <translation>El seguimiento prometido para el %1 sigue pendiente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>EngagementLogPanel</name>
    <message>
        <source>Ne&amp;w engagement</source>
        <translation>Nueva &amp;interacción</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Follow-u&amp;p done</source>
        <translation>Seguimient&amp;o hecho</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Descar&amp;tar cambios</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Remove the selected engagement from the log</source>
        <translation>Eliminar del registro la interacción seleccionada</translation>
    </message>
    <message>
        <source>What was discussed, agreed or asked</source>
        <translation>Qué se trató, acordó o pidió</translation>
    </message>
    <message>
        <source>When you promised to come back to them; leave empty when nothing is owed</source>
        <translation>Cuándo prometió volver a ponerse en contacto; déjelo vacío si no hay nada pendiente</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Resu&amp;men:</translation>
    </message>
    <message>
        <source>Follow &amp;up by:</source>
        <translation>&amp;Seguimiento antes del:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>Añadir al &amp;registro</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nueva interacción</translation>
    </message>
    <message>
        <source>Selected engagement</source>
        <translation>Interacción seleccionada</translation>
    </message>
    <message>
        <source>Choose a stakeholder to see its engagement log.</source>
        <translation>Elija un actor para ver su registro de interacciones.</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Todavía no hay ninguna interacción registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>%n interacción registrada.</numerusform>
            <numerusform>%n interacciones registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n seguimiento vencido.</numerusform>
            <numerusform>%n seguimientos vencidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La fecha de seguimiento</translation>
    </message>
    <message>
        <source>Edit an engagement</source>
        <translation>Editar una interacción</translation>
    </message>
    <message>
        <source>Add an engagement</source>
        <translation>Añadir una interacción</translation>
    </message>
    <message>
        <source>Remove an engagement</source>
        <translation>Eliminar una interacción</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Profile figure</source>
        <translation>Cifra del perfil</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Criterio de la lista</translation>
    </message>
    <message>
        <source>Double-click to note why this evidence matters</source>
        <translation>Haga doble clic para anotar por qué importa esta evidencia</translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation>Editar la nota de una evidencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Latest answer or value</source>
        <translation>Última respuesta o valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (ronda %2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>The checklist gaps and profile figures this priority rests on, with a note on each: double-click a note to write it.</source>
        <translation>Las carencias de las listas de verificación y las cifras del perfil en las que se basa esta prioridad, con una nota para cada una: haga doble clic en una nota para escribirla.</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>Añadi&amp;r evidencia…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Show the checklist item or the figure where it lives</source>
        <translation>Mostrar el criterio o la cifra en su ubicación</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Eliminar evidencia</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>Criterio: %1</translation>
    </message>
    <message>
        <source>Profile figure: %1 (%2, %3)</source>
        <translation>Cifra del perfil: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type part of an item or a figure</source>
        <translation>Escriba parte de un criterio o de una cifra</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudio</translation>
    </message>
    <message>
        <source>Peer-learning meeting</source>
        <translation>Reunión de aprendizaje entre pares</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Academia de formación</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Reunión en línea</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>The partner city&apos;s name</source>
        <translation>El nombre de la ciudad socia</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier</source>
        <translation>El identificador de ciudad de la socia</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>La fecha de inicio de la colaboración</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>La fecha de fin de la colaboración</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La ciudad socia</translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation>El título del intercambio</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>El tema</translation>
    </message>
    <message>
        <source>The good practice&apos;s title</source>
        <translation>El título de la buena práctica</translation>
    </message>
    <message>
        <source>“%1” is not a city identifier. Copy it from the partner&apos;s file properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or leave it empty.</source>
        <translation>«%1» no es un identificador de ciudad. Cópielo de las propiedades del archivo de la ciudad socia (tiene un aspecto como 1b4e28ba-2fa1-11d2-883f-0016d3cca427) o déjelo vacío.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the contact&apos;s e-mail empty.</source>
        <translation>«%1» no parece una dirección de correo electrónico (nombre@ejemplo.org). Corríjala o deje vacío el correo del contacto.</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier is this city&apos;s own. Copy the identifier from the partner&apos;s file, or leave it empty.</source>
        <translation>El identificador de ciudad de la socia es el de su propia ciudad. Copie el identificador del archivo de la ciudad socia o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ciudad socia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>“%1” is not a kind of exchange. Choose a study visit, a peer-learning meeting, a training academy or an online meeting.</source>
        <translation>«%1» no es un tipo de intercambio. Elija una visita de estudio, una reunión de aprendizaje entre pares, una academia de formación o una reunión en línea.</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La ciudad socia</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>El tema</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nuevo intercambio</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Añadir un intercambio</translation>
    </message>
    <message>
        <source>Edit the exchange “%1”</source>
        <translation>Editar el intercambio «%1»</translation>
    </message>
    <message>
        <source>Remove the exchange “%1”</source>
        <translation>Eliminar el intercambio «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>Eliminar %n intercambio</numerusform>
            <numerusform>Eliminar %n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet. Add each visit, meeting or academy with what was learned.</source>
        <translation>Todavía no hay ningún intercambio. Añada cada visita, reunión o academia con lo aprendido.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n intercambio, </numerusform>
            <numerusform>%n intercambios, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n con lecciones aprendidas.</numerusform>
            <numerusform>%n con lecciones aprendidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n por venir.</numerusform>
            <numerusform>%n por venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the exchange “%1”</source>
        <translation>Duplicar el intercambio «%1»</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>%1

File: %2
Folder: %3</source>
        <translation>%1

Archivo: %2
Carpeta: %3</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Abrir el archivo</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Escribe los hitos y los finales de acción del plan de acción en un archivo iCalendar.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>El archivo de ciudad que se va a leer.</translation>
    </message>
    <message>
        <source>The calendar file to write (.ics).</source>
        <translation>El archivo de calendario que se va a escribir (.ics).</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Sustituir OUT si ya existe.</translation>
    </message>
    <message>
        <source>export-ics takes a FILE and -o OUT.ics.</source>
        <translation>export-ics requiere un FILE y -o OUT.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n evento escrito en %1.</numerusform>
            <numerusform>%n eventos escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message>
        <source>Export the stakeholders to a CSV file or an Excel workbook (personal data only with --with-personal-data).</source>
        <translation>Exportar los actores a un archivo CSV o a un libro de Excel (datos personales solo con --with-personal-data).</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>El archivo de ciudad que se va a leer.</translation>
    </message>
    <message>
        <source>The file to write, replaced if it exists: OUT.csv for CSV, OUT.xlsx for an Excel workbook.</source>
        <translation>El archivo que se va a escribir, sustituido si existe: OUT.csv para CSV, OUT.xlsx para un libro de Excel.</translation>
    </message>
    <message>
        <source>export-stakeholders takes a FILE and an OUT file to write.</source>
        <translation>export-stakeholders requiere un FILE y un archivo OUT que escribir.</translation>
    </message>
    <message>
        <source>The file to write must end in .csv or .xlsx, not “%1”: the ending chooses the format.</source>
        <translation>El archivo que se va a escribir debe terminar en .csv o .xlsx, no «%1»: la extensión determina el formato.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>%n actor exportado a %1.</numerusform>
            <numerusform>%n actores exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“%1” already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>«%1» ya existe. Elija otro nombre o confirme que puede sustituirse (--force en la línea de órdenes).</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist: %2. Choose an existing folder.</source>
        <translation>La carpeta de «%1» no existe: %2. Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>No se puede escribir «%1»: %2. Elija una carpeta en la que tenga permiso para guardar archivos.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>No se ha podido guardar «%1»: %2. Compruebe el espacio libre en el disco y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>ExportTemplateCommand</name>
    <message>
        <source>Write a checklist of a city file as a template JSON.</source>
        <translation>Escribir una lista de verificación de un archivo de ciudad como plantilla JSON.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>El archivo de ciudad que se va a leer.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>El archivo JSON que se va a escribir.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key (the MC2CM basic services by default).</source>
        <translation>La clave de la lista de verificación (por defecto, la de servicios básicos de MC2CM).</translation>
    </message>
    <message>
        <source>export-template takes a FILE and an OUT file.</source>
        <translation>export-template requiere un FILE y un archivo OUT.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«%1» ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>The file has no checklist “%1”.</source>
        <translation>El archivo no tiene la lista de verificación «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) written to %3.</source>
        <translation>Lista de verificación «%1» (versión %2) escrita en %3.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Needed</source>
        <comment>a key figure&apos;s value not given yet</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not stored yet: the figure is stored once it has a value.</source>
        <translation>Aún no guardada: la cifra se guarda en cuanto tiene un valor.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>El tema</translation>
    </message>
    <message>
        <source>The value must be a number, like %1; “%2” is not.</source>
        <translation>El valor debe ser un número, como %1; «%2» no lo es.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>El valor</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>El año</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Nueva cifra</translation>
    </message>
    <message>
        <source>Add a key figure</source>
        <translation>Añadir una cifra clave</translation>
    </message>
    <message>
        <source>Edit the figure “%1”</source>
        <translation>Editar la cifra «%1»</translation>
    </message>
    <message>
        <source>Remove the figure “%1”</source>
        <translation>Eliminar la cifra «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>Eliminar %n cifra clave</numerusform>
            <numerusform>Eliminar %n cifras clave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Cannot open the partner’s file</source>
        <translation>No se puede abrir el archivo de la ciudad socia</translation>
    </message>
    <message>
        <source>Cannot create the city file</source>
        <translation>No se puede crear el archivo de la ciudad</translation>
    </message>
    <message>
        <source>Cannot update the city file</source>
        <translation>No se puede actualizar el archivo de la ciudad</translation>
    </message>
    <message>
        <source>Cannot open the city file</source>
        <translation>No se puede abrir el archivo de la ciudad</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open.</source>
        <translation>El archivo «%1» no existe. Puede que se haya movido, cambiado de nombre o eliminado; vuelva a elegirlo con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: you do not have permission to read it. Ask the owner of the file or your administrator for access, or open a copy.</source>
        <translation>No se puede leer el archivo «%1»: no tiene permiso para leerlo. Pida acceso al propietario del archivo o a su administrador, o abra una copia.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a city file. Choose a .passerelle file.</source>
        <translation>«%1» es una carpeta o un dispositivo, no un archivo de ciudad. Elija un archivo .passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Passerelle city file (it is not an SQLite database). Check that you chose the right file; the file was not changed.</source>
        <translation>El archivo «%1» no es un archivo de ciudad de Passerelle (no es una base de datos SQLite). Compruebe que ha elegido el archivo correcto; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Passerelle city file. Open it with the program that made it; Passerelle did not change it.</source>
        <translation>El archivo «%1» es una base de datos de otro programa, no un archivo de ciudad de Passerelle. Ábralo con el programa que lo creó; Passerelle no lo ha modificado.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Passerelle (file format %2). Install the latest Passerelle to open it; the file was not changed.</source>
        <translation>El archivo «%1» lo creó una versión más reciente de Passerelle (formato de archivo %2). Instale la última versión de Passerelle para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened safely. Open your latest backup or copy of it; the damaged file was not changed, so a specialist can still try to recover it.</source>
        <translation>El archivo «%1» está dañado y no puede abrirse con seguridad. Abra su última copia de seguridad o una copia del archivo; el archivo dañado no se ha modificado, por lo que un especialista aún puede intentar recuperarlo.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in another Passerelle window, on this computer or another one sharing the folder. Switch to that window, or close it and try again.</source>
        <translation>El archivo «%1» ya está abierto en otra ventana de Passerelle, en este equipo o en otro que comparte la carpeta. Cambie a esa ventana o ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or delete the existing file first if you no longer need it.</source>
        <translation>El archivo «%1» ya existe. Elija otro nombre o, si ya no lo necesita, elimine primero el archivo existente.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder still exists and is reachable, or choose another folder.</source>
        <translation>No se ha podido escribir el archivo «%1». Compruebe que la carpeta sigue existiendo y es accesible o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the file or its folder is read-only (or on a read-only disk). Choose a folder where you may write, or ask your administrator for write access.</source>
        <translation>No se puede escribir el archivo «%1»: el archivo o su carpeta son de solo lectura (o están en un disco de solo lectura). Elija una carpeta en la que pueda escribir o pida permiso de escritura a su administrador.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk is full. Free some space, or choose another disk, then try again.</source>
        <translation>No se puede escribir el archivo «%1»: el disco está lleno. Libere espacio o elija otro disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The path of the file “%1” is too long for Passerelle to open (%2 bytes; at most %3). Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>La ruta del archivo «%1» es demasiado larga para que Passerelle lo abra (%2 bytes; como máximo %3). Mueva el archivo a una carpeta con una ruta más corta o dele un nombre más corto.</translation>
    </message>
    <message>
        <source>The name of the file “%1” contains characters that are not valid text, so Passerelle cannot open it reliably. Rename the file (for example in your file manager) and open it again; its content was not changed.</source>
        <translation>El nombre del archivo «%1» contiene caracteres que no son texto válido, por lo que Passerelle no puede abrirlo de forma fiable. Cambie el nombre del archivo (por ejemplo, en su gestor de archivos) y vuelva a abrirlo; su contenido no se ha modificado.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted (Passerelle or the computer stopped while it was being written). Open the file in Passerelle, which undoes the unfinished change; until then the file is left exactly as it is.</source>
        <translation>El archivo «%1» contiene un cambio interrumpido (Passerelle o el equipo se detuvo mientras se escribía). Abra el archivo en Passerelle, que deshará el cambio inacabado; hasta entonces, el archivo se deja exactamente como está.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted, and it must be undone before the file can be opened, but the file or its folder is read-only. Copy the file together with the file beside it whose name ends in “-journal” (or “-wal”) to a folder where you may write, and open the copy.</source>
        <translation>El archivo «%1» contiene un cambio interrumpido que debe deshacerse antes de poder abrirlo, pero el archivo o su carpeta son de solo lectura. Copie el archivo junto con el archivo contiguo cuyo nombre termina en «-journal» (o «-wal») a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>The file “%1” has changes made by another program kept in a separate file beside it (ending in “-wal”). Open the file in Passerelle, which takes them in; until then the file is left exactly as it is.</source>
        <translation>El archivo «%1» tiene cambios hechos por otro programa guardados en un archivo aparte junto a él (terminado en «-wal»). Abra el archivo en Passerelle, que los incorporará; hasta entonces, el archivo se deja exactamente como está.</translation>
    </message>
    <message>
        <source>The file “%1” is not built like a Passerelle city file: %2. Another program may have changed it, or it was made to look like a city file. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>El archivo «%1» no tiene la estructura de un archivo de ciudad de Passerelle: %2. Puede que otro programa lo haya modificado o que se haya fabricado para parecer un archivo de ciudad. No se ha abierto ni modificado; abra su última copia de seguridad o pida al remitente una copia hecha con Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” holds values that break the rules of a city file: %2. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>El archivo «%1» contiene valores que infringen las reglas de un archivo de ciudad: %2. No se ha abierto ni modificado; abra su última copia de seguridad o pida al remitente una copia hecha con Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” comes from an older Passerelle and could not be updated to the current format. It was left as it was; a backup copy is beside it.</source>
        <translation>El archivo «%1» procede de una versión anterior de Passerelle y no se ha podido actualizar al formato actual. Se ha dejado tal como estaba; a su lado hay una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file “%1” could not be used because of a database error. The file was not changed; try again, or open a copy of it.</source>
        <translation>No se ha podido usar el archivo «%1» debido a un error de la base de datos. El archivo no se ha modificado; vuelva a intentarlo o abra una copia.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Detalles: %1)</translation>
    </message>
    <message>
        <source>The partner’s file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open a partner’s file.</source>
        <translation>El archivo de la ciudad socia «%1» no existe. Puede que se haya movido, cambiado de nombre o eliminado; vuelva a elegirlo con Archivo &gt; Abrir el archivo de una ciudad socia.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” cannot be read: you do not have permission to read it. Copy it into your own documents folder and open the copy, or ask the partner city to share it again.</source>
        <translation>No se puede leer el archivo de la ciudad socia «%1»: no tiene permiso para leerlo. Cópielo en su propia carpeta de documentos y abra la copia, o pida a la ciudad socia que vuelva a compartirlo.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” could not be copied into a private temporary folder, where Passerelle reads it: %2. Free some disk space and try again; the partner’s file was not changed.</source>
        <translation>No se ha podido copiar el archivo de la ciudad socia «%1» en la carpeta temporal privada donde Passerelle lo lee: %2. Libere espacio en el disco y vuelva a intentarlo; el archivo de la ciudad socia no se ha modificado.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>puede que el disco esté lleno</translation>
    </message>
    <message>
        <source>is not a Passerelle city file</source>
        <translation>no es un archivo de ciudad de Passerelle</translation>
    </message>
    <message>
        <source>is a database of another program, not a Passerelle city file</source>
        <translation>es una base de datos de otro programa, no un archivo de ciudad de Passerelle</translation>
    </message>
    <message>
        <source>is not built like a Passerelle city file (%1)</source>
        <translation>no tiene la estructura de un archivo de ciudad de Passerelle (%1)</translation>
    </message>
    <message>
        <source>holds values that break the rules of a city file (%1)</source>
        <translation>contiene valores que infringen las reglas de un archivo de ciudad (%1)</translation>
    </message>
    <message>
        <source>was copied while it was being changed: an unfinished change lies beside it, in the file ending in “-journal”, and Passerelle never reads the files beside a partner’s file</source>
        <translation>se copió mientras se estaba modificando: hay un cambio inacabado junto a él, en el archivo terminado en «-journal», y Passerelle nunca lee los archivos situados junto al archivo de una ciudad socia</translation>
    </message>
    <message>
        <source>has changes kept in a separate file beside it (ending in “-wal”), and Passerelle never reads the files beside a partner’s file</source>
        <translation>tiene cambios guardados en un archivo aparte junto a él (terminado en «-wal»), y Passerelle nunca lee los archivos situados junto al archivo de una ciudad socia</translation>
    </message>
    <message>
        <source>comes from an older Passerelle, and its private copy could not be updated to the current format</source>
        <translation>procede de una versión anterior de Passerelle y su copia privada no se ha podido actualizar al formato actual</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>could not be read because of a database error</source>
        <translation>no se ha podido leer debido a un error de la base de datos</translation>
    </message>
    <message>
        <source>The partner’s file “%1” %2. Passerelle did not open it and did not change it, and your own city file was not touched. Ask the partner city to share it again from Passerelle (File &gt; Share with a partner city).</source>
        <translation>El archivo de la ciudad socia «%1» %2. Passerelle no lo ha abierto ni modificado, y su propio archivo de ciudad no se ha tocado. Pida a la ciudad socia que vuelva a compartirlo desde Passerelle (Archivo &gt; Compartir con una ciudad socia).</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceModel</name>
    <message>
        <source>Mark %1 present</source>
        <translation>Marcar a %1 como presente</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Marcar a %1 como ausente</translation>
    </message>
</context>
<context>
    <name>GroupDecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Editar una decisión</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Elija primero una reunión.</translation>
    </message>
    <message>
        <source>A decision needs its text. Type what the group decided, then add it.</source>
        <translation>Una decisión necesita un texto. Escriba lo que decidió el grupo y añádala.</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Añadir una decisión</translation>
    </message>
    <message>
        <source>Select the decision to remove.</source>
        <translation>Seleccione la decisión que desea eliminar.</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Eliminar una decisión</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>%1 de %n miembro asistió</numerusform>
            <numerusform>%1 de %n miembros asistieron</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Meetings of the group</source>
        <translation>Reuniones del grupo</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>Nueva reun&amp;ión</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>Town hall, a partner&apos;s premises, online…</source>
        <translation>Ayuntamiento, sede de un socio, en línea…</translation>
    </message>
    <message>
        <source>What was said, for those who were not there</source>
        <translation>Lo que se dijo, para quienes no estuvieron</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Luga&amp;r:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Orden del día:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Ac&amp;ta:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Tick the members who attended</source>
        <translation>Marque los miembros que asistieron</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Double-click a decision to correct it</source>
        <translation>Haga doble clic en una decisión para corregirla</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Lo que decidió el grupo</translation>
    </message>
    <message>
        <source>Add decisi&amp;on</source>
        <translation>Añadir deci&amp;sión</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Eliminar la decisión</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>Asistentes:</translation>
    </message>
    <message>
        <source>Decisions taken:</source>
        <translation>Decisiones adoptadas:</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to tick who attended and to note what was decided.</source>
        <translation>Elija una reunión de la lista para marcar quién asistió y anotar lo que se decidió.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Guardar ca&amp;mbios</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Añadir la reunión</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Reunión seleccionada</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>La fecha de la reunión</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Editar una reunión</translation>
    </message>
    <message>
        <source>Add a group meeting</source>
        <translation>Añadir una reunión del grupo</translation>
    </message>
    <message>
        <source>Remove a group meeting</source>
        <translation>Eliminar una reunión del grupo</translation>
    </message>
    <message>
        <source>Attendance and decisions</source>
        <translation>Asistencia y decisiones</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Double-click to change the role in the group</source>
        <translation>Haga doble clic para cambiar el papel en el grupo</translation>
    </message>
    <message>
        <source>Double-click to change the date the member joined</source>
        <translation>Haga doble clic para cambiar la fecha de incorporación del miembro</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Papel en el grupo</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <source>Change a member&apos;s role</source>
        <translation>Cambiar el papel de un miembro</translation>
    </message>
    <message>
        <source>Change the date a member joined</source>
        <translation>Cambiar la fecha de incorporación de un miembro</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Retirar a %1 del grupo</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>Retirar %n miembro del grupo</numerusform>
            <numerusform>Retirar %n miembros del grupo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The member&apos;s stakeholder</source>
        <translation>El actor del miembro</translation>
    </message>
    <message>
        <source>The group member</source>
        <translation>El miembro del grupo</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>La fecha de la reunión</translation>
    </message>
    <message>
        <source>An attendee of the meeting</source>
        <translation>Un asistente a la reunión</translation>
    </message>
</context>
<context>
    <name>ImportStakeholdersCommand</name>
    <message>
        <source>Import stakeholders and their contacts from a CSV file.</source>
        <translation>Importar actores y sus contactos desde un archivo CSV.</translation>
    </message>
    <message>
        <source>The city file to import into.</source>
        <translation>El archivo de ciudad en el que se importa.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>El archivo CSV que se va a leer.</translation>
    </message>
    <message>
        <source>Encoding of the CSV file: auto, utf-8 or windows-1252.</source>
        <translation>Codificación del archivo CSV: auto, utf-8 o windows-1252.</translation>
    </message>
    <message>
        <source>Field separator: auto, comma, semicolon or tab.</source>
        <translation>Separador de campos: auto, comma (coma), semicolon (punto y coma) o tab (tabulador).</translation>
    </message>
    <message>
        <source>What to do with a stakeholder already in the file: skip, update or new (added with a suffix such as “(2)”).</source>
        <translation>Qué hacer con un actor que ya está en el archivo: skip (omitirlo), update (actualizarlo) o new (añadirlo con un sufijo como «(2)»).</translation>
    </message>
    <message>
        <source>import-stakeholders takes a city FILE and a CSV file.</source>
        <translation>import-stakeholders requiere un FILE de ciudad y un archivo CSV.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>--encoding debe ser auto, utf-8 o windows-1252, no «%1».</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
        <translation>--delimiter debe ser auto, comma, semicolon o tab, no «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or new, not “%1”.</source>
        <translation>--on-duplicate debe ser skip, update o new, no «%1».</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2.</source>
        <translation>Leído como %1, campos separados por %2.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importados: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizados: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidos: %1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>Contactos añadidos: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazados: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Themes created: %1</source>
        <translation>Temas creados: %1</translation>
    </message>
    <message>
        <source>Theme values left out: %1 (an import creates at most %2 themes; map them with --map VALUE=theme:NAME)</source>
        <translation>Valores de tema descartados: %1 (una importación crea como máximo %2 temas; asígnelos con --map VALOR=theme:NOMBRE)</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columnas no importadas: %1</translation>
    </message>
</context>
<context>
    <name>ImportTemplateCommand</name>
    <message>
        <source>Install a checklist template JSON into a city file.</source>
        <translation>Instalar una plantilla JSON de lista de verificación en un archivo de ciudad.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>El archivo de ciudad que se va a modificar.</translation>
    </message>
    <message>
        <source>The template JSON to install.</source>
        <translation>La plantilla JSON que se va a instalar.</translation>
    </message>
    <message>
        <source>import-template takes a FILE and an IN file.</source>
        <translation>import-template requiere un FILE y un archivo IN.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) installed.</source>
        <translation>Lista de verificación «%1» (versión %2) instalada.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Each value is the total so far</source>
        <translation>Cada valor es el total acumulado</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Los valores se suman</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s values</source>
        <translation>Gráfico de los valores del indicador</translation>
    </message>
    <message>
        <source>No value measured yet</source>
        <translation>Aún no hay ningún valor medido</translation>
    </message>
    <message>
        <source>Select an indicator</source>
        <translation>Seleccione un indicador</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2.</source>
        <translation>«%1» no es un número: escriba uno como %2.</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>Añadir un valor medido</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Editar el valor del %1</translation>
    </message>
    <message>
        <source>Remove the value of %1</source>
        <translation>Eliminar el valor del %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>Eliminar %n valor</numerusform>
            <numerusform>Eliminar %n valores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>Los valores se suman</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2, or leave it empty while it is not known.</source>
        <translation>«%1» no es un número: escriba uno como %2 o déjelo vacío mientras no se conozca.</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Añadir un indicador</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Editar el indicador «%1»</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <translation>Eliminar el indicador «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>Eliminar %n indicador</numerusform>
            <numerusform>Eliminar %n indicadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>Influence and interest grid</source>
        <translation>Matriz de influencia e interés</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Show or hide what the colours mean</source>
        <translation>Mostrar u ocultar el significado de los colores</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change its influence and interest, or move the selected ones with the arrow keys.</source>
        <translation>Arrastre un actor a otra casilla para cambiar su influencia y su interés, o mueva los seleccionados con las teclas de flecha.</translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>Mover «%1» en la matriz</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>Mover %n actor en la matriz</numerusform>
            <numerusform>Mover %n actores en la matriz</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the influence and interest grid</source>
        <translation>Exportar la matriz de influencia e interés</translation>
    </message>
    <message>
        <source>influence-interest-grid.png</source>
        <translation>matriz-influencia-interes.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>Exportar la matriz</translation>
    </message>
    <message>
        <source>The influence and interest grid was written with its legend.</source>
        <translation>La matriz de influencia e interés se ha escrito con su leyenda.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridExport</name>
    <message>
        <source>“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending in .png or .svg.</source>
        <translation>«%1» no es ni una imagen PNG ni un dibujo SVG. Elija un nombre de archivo terminado en .png o .svg.</translation>
    </message>
    <message>
        <source>Influence and interest of the stakeholders</source>
        <translation>Influencia e interés de los actores</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”. Check that the folder exists, that you may write in it and that the disk is not full, then export again.</source>
        <translation>No se ha podido escribir la matriz en «%1». Compruebe que la carpeta existe, que tiene permiso para escribir en ella y que el disco no está lleno, y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridLayout</name>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantener satisfecho</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Mantener informado</translation>
    </message>
    <message>
        <source>Kinds of stakeholder</source>
        <translation>Tipos de actor</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>A score of %1 counts as high: the lines run between %2 and %1.</source>
        <translation>Una puntuación de %1 cuenta como alta: las líneas pasan entre %2 y %1.</translation>
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
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGridLegend</name>
    <message>
        <source>Fold the legend away</source>
        <translation>Plegar la leyenda</translation>
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
Influencia: %3 · Interés: %4</translation>
    </message>
    <message>
        <source>%1
Influence: %2 · Interest: %3
Zoom in, or double-click, to see them.</source>
        <translation>%1
Influencia: %2 · Interés: %3
Acerque la vista o haga doble clic para verlos.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print what a city file holds, as JSON.</source>
        <translation>Mostrar el contenido de un archivo de ciudad, en JSON.</translation>
    </message>
    <message>
        <source>The city file to describe.</source>
        <translation>El archivo de ciudad que se va a describir.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.</source>
        <translation>info requiere exactamente un FILE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unfinished change undone</source>
        <translation>Cambio inacabado deshecho</translation>
    </message>
    <message>
        <source>Save the new city file</source>
        <translation>Guardar el nuevo archivo de ciudad</translation>
    </message>
    <message>
        <source>Open a city file read-only</source>
        <translation>Abrir un archivo de ciudad en modo de solo lectura</translation>
    </message>
    <message>
        <source>Open a city file</source>
        <translation>Abrir un archivo de ciudad</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>file name of a copy</comment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Save a copy of the city file</source>
        <translation>Guardar una copia del archivo de la ciudad</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>No se ha escrito la copia</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copia escrita en %1</translation>
    </message>
    <message>
        <source>Open the copy?</source>
        <translation>¿Abrir la copia?</translation>
    </message>
    <message>
        <source>The copy “%1” was written. Open it now to make changes?</source>
        <translation>Se ha escrito la copia «%1». ¿Abrirla ahora para hacer cambios?</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>No se ha guardado el cambio</translation>
    </message>
    <message>
        <source>Checking the city file…</source>
        <translation>Comprobando el archivo de la ciudad…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <comment>window title</comment>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 — Passerelle</source>
        <comment>window title</comment>
        <translation>%1 — Passerelle</translation>
    </message>
    <message>
        <source>Last written at %1</source>
        <translation>Última escritura a las %1</translation>
    </message>
    <message>
        <source>Last written on %1</source>
        <translation>Última escritura el %1</translation>
    </message>
    <message>
        <source>There is nothing to search in this part of the file.</source>
        <translation>No hay nada que buscar en esta parte del archivo.</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Archivos de ciudad de Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New city file…</source>
        <translation>&amp;Nuevo archivo de ciudad…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Abrir en solo &amp;lectura…</translation>
    </message>
    <message>
        <source>Open a file without any risk of changing it, such as a partner city&apos;s file.</source>
        <translation>Abrir un archivo sin ningún riesgo de modificarlo, como el de una ciudad socia.</translation>
    </message>
    <message>
        <source>Open a p&amp;artner’s file…</source>
        <translation>Abrir el arc&amp;hivo de una ciudad socia…</translation>
    </message>
    <message>
        <source>Read a file a partner city shared, in a window of its own, from a private copy: nothing in it can change.</source>
        <translation>Leer en una ventana aparte el archivo que ha compartido una ciudad socia, a partir de una copia privada: no se puede modificar nada en él.</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>&amp;Guardar una copia como…</translation>
    </message>
    <message>
        <source>Write a copy of the file; this window stays on the original.</source>
        <translation>Escribir una copia del archivo; esta ventana sigue en el original.</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Exportar calen&amp;dario…</translation>
    </message>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>Escribir los hitos y los finales de acción del plan de acción en un archivo iCalendar.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <source>Write a report for the council or a partner as a PDF or an editable document.</source>
        <translation>Escribir un informe para el pleno o una ciudad socia en PDF o como documento editable.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with partner cities…</source>
        <translation>Co&amp;mparar con ciudades socias…</translation>
    </message>
    <message>
        <source>Put partner cities&apos; scores, priorities and plans beside yours.</source>
        <translation>Situar las puntuaciones, prioridades y planes de las ciudades socias junto a los suyos.</translation>
    </message>
    <message>
        <source>&amp;Import from a partner city…</source>
        <translation>&amp;Importar desde una ciudad socia…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Mostrar la &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>&amp;Acerca de Passerelle</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Import good practices, checklists, exchanges and stakeholders from a partner city&apos;s file.</source>
        <translation>Importar buenas prácticas, listas de verificación, intercambios y actores del archivo de una ciudad socia.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>El archivo de ciudad que se va a modificar.</translation>
    </message>
    <message>
        <source>The file a partner city shared.</source>
        <translation>El archivo que ha compartido una ciudad socia.</translation>
    </message>
    <message>
        <source>What to take, separated by commas (all four when left out): %1.</source>
        <translation>Qué se toma, separado por comas (los cuatro si se omite): %1.</translation>
    </message>
    <message>
        <source>merge takes a FILE and a PARTNER file.</source>
        <translation>merge requiere un FILE y un archivo PARTNER.</translation>
    </message>
    <message>
        <source>--what takes a list of %1, separated by commas.</source>
        <translation>--what requiere una lista de %1, separados por comas.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Importar desde %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import from a partner city</source>
        <translation>Importar desde una ciudad socia</translation>
    </message>
    <message>
        <source>The file a partner city shared with you</source>
        <translation>El archivo que una ciudad socia ha compartido con usted</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Qué se toma</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Buenas prácticas</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>&amp;Listas de verificación</translation>
    </message>
    <message>
        <source>&amp;Exchanges</source>
        <translation>&amp;Intercambios</translation>
    </message>
    <message>
        <source>&amp;Stakeholders (without their contacts)</source>
        <translation>Ac&amp;tores (sin sus contactos)</translation>
    </message>
    <message>
        <source>Choose the file a partner city shared with you.</source>
        <translation>Elija el archivo que una ciudad socia ha compartido con usted.</translation>
    </message>
    <message>
        <source>Changed both here and by the partner: tick a record to take the partner’s version; unticked records keep yours.</source>
        <translation>Modificados aquí y por la ciudad socia: marque un registro para tomar la versión de la socia; los registros sin marcar conservan la suya.</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Registro y campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>The partner’s</source>
        <translation>La de la socia</translation>
    </message>
    <message>
        <source>Deleted by the partner: tick a record to remove it from your file too; unticked records stay.</source>
        <translation>Eliminados por la ciudad socia: marque un registro para eliminarlo también de su archivo; los registros sin marcar se mantienen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle);;All files (*)</source>
        <translation>Archivos de ciudad de Passerelle (*.passerelle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Registros nuevos: %1</translation>
    </message>
    <message>
        <source>Changed by the partner: %1</source>
        <translation>Modificados por la ciudad socia: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflictos: %1</translation>
    </message>
    <message>
        <source>Deleted by the partner: %1</source>
        <translation>Eliminados por la ciudad socia: %1</translation>
    </message>
    <message>
        <source>Not taken: %1 “%2”. %3</source>
        <translation>No tomado: %1 «%2». %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Ticked: take the partner’s version; unticked: keep yours.</source>
        <translation>Marcado: tomar la versión de la socia; sin marcar: conservar la suya.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>El registro completo</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>eliminado aquí</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>modificado por la ciudad socia</translation>
    </message>
    <message>
        <source>Nothing to import: your file already holds what %1 shared.</source>
        <translation>Nada que importar: su archivo ya contiene lo que %1 compartió.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>Importado desde %1: %n registro añadido, modificado o eliminado.</numerusform>
            <numerusform>Importado desde %1: %n registros añadidos, modificados o eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>MergePlanner</name>
    <message>
        <source>This file is a copy of your own city’s file, not a partner’s: its records are already yours. Choose the file a partner city shared.</source>
        <translation>Este archivo es una copia del archivo de su propia ciudad, no de una ciudad socia: sus registros ya son suyos. Elija el archivo que ha compartido una ciudad socia.</translation>
    </message>
    <message>
        <source>A stakeholder of the same name is already in your file.</source>
        <translation>Ya hay en su archivo un actor con el mismo nombre.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>The partner’s file could not be read (%1). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>No se ha podido leer el archivo de la ciudad socia (%1). No se ha importado nada; pida a la ciudad socia que vuelva a compartir su archivo.</translation>
    </message>
    <message>
        <source>The partner’s file does not name its city (it should hold exactly one city). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>El archivo de la ciudad socia no indica el nombre de su ciudad (debería contener exactamente una). No se ha importado nada; pida a la ciudad socia que vuelva a compartir su archivo.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Alcanzado el:</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>Un hito necesita un título y una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Due outside its action&apos;s dates (%1 to %2): allowed, but check it.</source>
        <translation>Vence fuera de las fechas de su acción (del %1 al %2): está permitido, pero compruébelo.</translation>
    </message>
</context>
<context>
    <name>NarrativeWidget</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Secciones del perfil</translation>
    </message>
    <message>
        <source>Not written yet. %1</source>
        <translation>Aún no se ha redactado nada. %1</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city file</source>
        <translation>Nuevo archivo de ciudad</translation>
    </message>
    <message>
        <source>For example: Tangier</source>
        <translation>Por ejemplo: Tánger</translation>
    </message>
    <message>
        <source>A city file holds everything about one city. You can change these details later in the city profile.</source>
        <translation>Un archivo de ciudad reúne todo lo relativo a una ciudad. Podrá modificar estos datos más adelante en el perfil de la ciudad.</translation>
    </message>
    <message>
        <source>City &amp;name:</source>
        <translation>&amp;Nombre de la ciudad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>File &amp;language:</source>
        <translation>&amp;Idioma del archivo:</translation>
    </message>
    <message>
        <source>The language of the built-in themes and profile sections in the file.</source>
        <translation>El idioma de los temas integrados y de las secciones del perfil en el archivo.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Only a number can be typed here, like %1: “%2” is not part of one.</source>
        <translation>Aquí solo se puede escribir un número, como %1: «%2» no forma parte de uno.</translation>
    </message>
</context>
<context>
    <name>OdtReportWriter</name>
    <message>
        <source>“%1” could not be made: the report could not be turned into an OpenDocument text. Export it as a PDF instead.</source>
        <translation>No se ha podido crear «%1»: el informe no se ha podido convertir en texto OpenDocument. Expórtelo en PDF.</translation>
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
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Write it like %3, or pick it from the calendar.</source>
        <translation>%1 «%2» no es una fecha. Escríbala como %3 o elíjala en el calendario.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>El número de migrantes</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>El año</translation>
    </message>
    <message>
        <source>%1 must be a whole number, like %2; “%3” is not.</source>
        <translation>%1 debe ser un número entero, como %2; «%3» no lo es.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Nuevo país</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Añadir un origen</translation>
    </message>
    <message>
        <source>Edit the origin “%1”</source>
        <translation>Editar el origen «%1»</translation>
    </message>
    <message>
        <source>Remove the origin “%1”</source>
        <translation>Eliminar el origen «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>Eliminar %n origen</numerusform>
            <numerusform>Eliminar %n orígenes</numerusform>
        </translation>
    </message>
    <message>
        <source>No origin yet. Add one row per country, with the year and the source of the figure.</source>
        <translation>Todavía no hay ningún origen. Añada una fila por país, con el año y la fuente de la cifra.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>Total de los orígenes indicados: %Ln migrante.</numerusform>
            <numerusform>Total de los orígenes indicados: %Ln migrantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures date from %1 to %2: compare them with care.</source>
        <translation>Las cifras son de %1 a %2: compárelas con cautela.</translation>
    </message>
</context>
<context>
    <name>OutputFileQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is: nothing was written. Choose another name, or agree to replace it.</source>
        <translation>«%1» ya existe y se ha dejado como estaba: no se ha escrito nada. Elija otro nombre o acepte sustituirlo.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsDialog</name>
    <message>
        <source>&amp;Open the stakeholder</source>
        <translation>&amp;Abrir el actor</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>No follow-up is overdue: every promise to come back to a stakeholder is kept or not due yet.</source>
        <translation>No hay ningún seguimiento vencido: todos los compromisos de volver a contactar con un actor se han cumplido o aún no han vencido.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n seguimiento prometido para un día ya pasado y no registrado como hecho. Haga doble clic en él para abrir las interacciones de su actor y registrarlo.</numerusform>
            <numerusform>%n seguimientos prometidos para un día ya pasado y no registrados como hechos, del más antiguo al más reciente. Haga doble clic en uno para abrir las interacciones de su actor y registrarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Vencía el %1, hace %n día</numerusform>
            <numerusform>Vencía el %1, hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message>
        <source>Partner city</source>
        <translation>Ciudad socia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Partner&apos;s city identifier</source>
        <translation>Identificador de la ciudad socia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>“%1” is not a role. Choose mentor, mentee or peer.</source>
        <translation>«%1» no es un papel válido. Elija ciudad mentora, ciudad tutelada o ciudad homóloga.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>Nueva ciudad socia</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Añadir una ciudad socia</translation>
    </message>
    <message>
        <source>Edit the partner city “%1”</source>
        <translation>Editar la ciudad socia «%1»</translation>
    </message>
    <message>
        <source>Remove the partner city “%1”</source>
        <translation>Eliminar la ciudad socia «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>Eliminar %n ciudad socia</numerusform>
            <numerusform>Eliminar %n ciudades socias</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner city yet. Add the cities your city is twinned with, with their role and a contact person.</source>
        <translation>Todavía no hay ninguna ciudad socia. Añada las ciudades con las que está hermanada su ciudad, con su papel y una persona de contacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n ciudad socia, </numerusform>
            <numerusform>%n ciudades socias, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n hermanamiento en curso hoy.</numerusform>
            <numerusform>%n hermanamientos en curso hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the partner city “%1”</source>
        <translation>Duplicar la ciudad socia «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerCity</name>
    <message>
        <source>Mentor</source>
        <translation>Ciudad mentora</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Ciudad tutelada</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Ciudad homóloga</translation>
    </message>
</context>
<context>
    <name>PartnerFile</name>
    <message>
        <source>%1 is full</source>
        <translation>%1 está lleno</translation>
    </message>
</context>
<context>
    <name>PartnerOpening</name>
    <message>
        <source>Open a partner city’s file</source>
        <translation>Abrir el archivo de una ciudad socia</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Archivos de ciudad de Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (partner, date unknown)</source>
        <comment>window title</comment>
        <translation>%1 (ciudad socia, fecha desconocida)</translation>
    </message>
    <message>
        <source>%1 (partner, shared %2)</source>
        <comment>window title</comment>
        <translation>%1 (ciudad socia, compartido el %2)</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>&amp;Socias</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>&amp;Intercambios</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>&amp;Buenas prácticas</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>Añadir una ciudad socia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected partner cities</source>
        <translation>Eliminar las ciudades socias seleccionadas</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Ciudades socias</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>La fecha de inicio de la colaboración</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>La fecha de fin de la colaboración</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Persona de contacto:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;city identifier:</source>
        <translation>I&amp;dentificador de la ciudad socia:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The cities yours is twinned with in a network (IncluCities, MC2CM), as mentor, mentee or peer, with the twinning&apos;s dates. The contact person is personal data: it is left out when the file is shared.</source>
        <translation>Las ciudades con las que está hermanada la suya en una red (IncluCities, MC2CM), como ciudad mentora, tutelada u homóloga, con las fechas del hermanamiento. La persona de contacto es un dato personal: se excluye cuando se comparte el archivo.</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Añadir un intercambio</translation>
    </message>
    <message>
        <source>Remove the selected exchanges</source>
        <translation>Eliminar los intercambios seleccionados</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>Partici&amp;pantes:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Lecciones aprendidas:</translation>
    </message>
    <message>
        <source>Study visits, peer-learning meetings, training academies and online meetings, with what was learned. Participants&apos; names are personal data: they are left out when the file is shared.</source>
        <translation>Visitas de estudio, reuniones de aprendizaje entre pares, academias de formación y reuniones en línea, con lo aprendido. Los nombres de los participantes son datos personales: se excluyen cuando se comparte el archivo.</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Añadir una buena práctica</translation>
    </message>
    <message>
        <source>Remove the selected good practices</source>
        <translation>Eliminar las buenas prácticas seleccionadas</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Words of the title, city, description, source or tags</source>
        <translation>Palabras del título, ciudad, descripción, fuente o etiquetas</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Busca&amp;r:</translation>
    </message>
    <message>
        <source>What your city does well and what you learn from partner cities. “From” says where each practice came from: this city, or the partner whose file it was taken from.</source>
        <translation>Lo que su ciudad hace bien y lo que aprende de las ciudades socias. «Procedencia» indica de dónde viene cada práctica: de esta ciudad o de la ciudad socia de cuyo archivo se tomó.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Add a copy of the selected record</source>
        <translation>Añadir una copia del registro seleccionado</translation>
    </message>
    <message>
        <source>No partner city</source>
        <translation>Ninguna ciudad socia</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>PersonalDataChoice</name>
    <message>
        <source>&amp;Include personal data (contact persons and private notes)</source>
        <translation>&amp;Incluir los datos personales (personas de contacto y notas privadas)</translation>
    </message>
    <message>
        <source>When this is not ticked, the export leaves out contact persons, notes marked private and everything else the city file marks as personal data. Tick it only if everyone who will receive the export may see them.</source>
        <translation>Si no se marca esta casilla, la exportación excluye las personas de contacto, las notas marcadas como privadas y todo lo que el archivo de la ciudad marca como dato personal. Márquela solo si todas las personas que recibirán la exportación pueden verlos.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Personal data: left out of exports unless you choose to include it.</source>
        <translation>Datos personales: se excluyen de las exportaciones salvo que decida incluirlos.</translation>
    </message>
</context>
<context>
    <name>PersonalDataOption</name>
    <message>
        <source>Include personal data (contact persons, private notes and anything else the city file marks as personal). Without this option it is left out.</source>
        <translation>Incluir los datos personales (personas de contacto, notas privadas y todo lo demás que el archivo de la ciudad marca como personal). Sin esta opción, se excluyen.</translation>
    </message>
    <message>
        <source>Personal data (contact persons and private notes) was left out; add --%1 to include it.</source>
        <translation>Se han excluido los datos personales (personas de contacto y notas privadas); añada --%1 para incluirlos.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan of %1</source>
        <translation>Plan de acción de %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>End of “%1”</source>
        <translation>Fin de «%1»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Realizado el %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the action plan&apos;s progress, lateness and budget, as JSON.</source>
        <translation>Mostrar el avance, los retrasos y el presupuesto del plan de acción, en JSON.</translation>
    </message>
    <message>
        <source>The city file whose plan to sum up.</source>
        <translation>El archivo de ciudad cuyo plan se va a resumir.</translation>
    </message>
    <message>
        <source>The day lateness is judged on (YYYY-MM-DD); today when not given.</source>
        <translation>El día respecto al cual se juzgan los retrasos (AAAA-MM-DD); hoy si no se indica.</translation>
    </message>
    <message>
        <source>plan takes exactly one FILE.</source>
        <translation>plan requiere exactamente un FILE.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>«%1» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWidget</name>
    <message>
        <source>Record the council’s &amp;adoption…</source>
        <translation>&amp;Registrar la aprobación por el pleno…</translation>
    </message>
    <message>
        <source>Priorities for the inclusion of migrants</source>
        <translation>Prioridades para la inclusión de las personas migrantes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>I&amp;ntroducción</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metodología</translation>
    </message>
    <message>
        <source>Why the city sets priorities for migrant inclusion, and what this document is.</source>
        <translation>Por qué la ciudad se fija prioridades para la inclusión de las personas migrantes y qué es este documento.</translation>
    </message>
    <message>
        <source>How the priorities were chosen: the profile, the checklists, who was consulted.</source>
        <translation>Cómo se eligieron las prioridades: el perfil, las listas de verificación, a quién se consultó.</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Editar la introducción</translation>
    </message>
    <message>
        <source>Edit the method</source>
        <translation>Editar la metodología</translation>
    </message>
    <message>
        <source>Adopted by the council on %1.</source>
        <translation>Aprobado por el pleno el %1.</translation>
    </message>
    <message>
        <source>Not adopted by the council yet.</source>
        <translation>Aún no aprobado por el pleno.</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Editar el título</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; de %n acción realizada</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; de %n acciones realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in progress</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en curso</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n retrasada&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n retrasadas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none late</source>
        <translation>ninguna retrasada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; spent of %2 planned (%3 committed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gastados de %2 previstos (%3 comprometidos)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>%n acción termina más tarde de lo que aprobó el pleno, %1 días.</numerusform>
            <numerusform>%n acciones terminan más tarde de lo que aprobó el pleno, hasta %1 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action ends as the council adopted.</source>
        <translation>Todas las acciones terminan según lo aprobado por el pleno.</translation>
    </message>
</context>
<context>
    <name>PlanIndicatorFigure</name>
    <message>
        <source>Indicators against their targets</source>
        <translation>Los indicadores respecto a sus metas</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Now %1, target %2</source>
        <translation>Actual %1, meta %2</translation>
    </message>
    <message>
        <source>Now %1, no target</source>
        <translation>Actual %1, sin meta</translation>
    </message>
    <message>
        <source>No indicator has been defined.</source>
        <translation>No se ha definido ningún indicador.</translation>
    </message>
    <message>
        <source>Now: the latest value, or the sum of the values for indicators counted per period. Reached: the share of the way from the baseline to the target.</source>
        <translation>Actual: el último valor, o la suma de los valores en los indicadores que se cuentan por periodo. Alcanzado: la parte del camino recorrida desde el valor de referencia hasta la meta.</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>Gráficos pequeños</translation>
    </message>
    <message>
        <source>The measured values of each indicator over time, its target dashed.</source>
        <translation>Los valores medidos de cada indicador a lo largo del tiempo, con su meta en línea discontinua.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The priority&apos;s title</source>
        <translation>El título de la prioridad</translation>
    </message>
    <message>
        <source>The priority&apos;s theme</source>
        <translation>El tema de la prioridad</translation>
    </message>
    <message>
        <source>The rank</source>
        <translation>El orden</translation>
    </message>
    <message>
        <source>The date of validation by the stakeholder group</source>
        <translation>La fecha de validación por el grupo de actores</translation>
    </message>
    <message>
        <source>The date of adoption by the council</source>
        <translation>La fecha de aprobación por el pleno</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>La prioridad</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>El criterio de la lista de verificación</translation>
    </message>
    <message>
        <source>The profile figure</source>
        <translation>La cifra del perfil</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>La fecha de la consulta</translation>
    </message>
    <message>
        <source>A stakeholder consulted</source>
        <translation>Un actor consultado</translation>
    </message>
    <message>
        <source>The stakeholder-group meeting</source>
        <translation>La reunión del grupo de actores</translation>
    </message>
    <message>
        <source>Evidence must point to exactly one checklist item or one profile figure. Choose one of the two and clear the other.</source>
        <translation>Una evidencia debe remitir exactamente a un criterio de una lista de verificación o a una cifra del perfil. Elija uno de los dos y borre el otro.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineFigure</name>
    <message>
        <source>Action (colour: status; red: late)</source>
        <translation>Acción (color: estado; rojo: retrasada)</translation>
    </message>
    <message>
        <source>Dates adopted</source>
        <translation>Fechas aprobadas</translation>
    </message>
    <message>
        <source>Milestone (filled: done)</source>
        <translation>Hito (relleno: alcanzado)</translation>
    </message>
    <message>
        <source>Timeline, %1 to %2: rows %3 to %4 of %5.</source>
        <translation>Cronograma, de %1 a %2: filas %3 a %4 de %5.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n retrasada</numerusform>
            <numerusform>%n retrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Priority, action, milestone</source>
        <translation>Prioridad, acción, hito</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End or due</source>
        <translation>Fin o vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Gastado de lo previsto</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Alcanzado el %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (%n día más tarde de lo aprobado)</numerusform>
            <numerusform>%1 (%n días más tarde de lo aprobado)</numerusform>
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
        <translation>Esta ciudad</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Otra ciudad</translation>
    </message>
    <message>
        <source>Where this practice came from: this city&apos;s own file, or the partner city&apos;s file it was taken from.</source>
        <translation>De dónde viene esta práctica: del propio archivo de esta ciudad o del archivo de la ciudad socia del que se tomó.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ciudad socia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>El tema</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>La ciudad socia</translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Nueva buena práctica</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>Añadir una buena práctica</translation>
    </message>
    <message>
        <source>Edit the good practice “%1”</source>
        <translation>Editar la buena práctica «%1»</translation>
    </message>
    <message>
        <source>Remove the good practice “%1”</source>
        <translation>Eliminar la buena práctica «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>Eliminar %n buena práctica</numerusform>
            <numerusform>Eliminar %n buenas prácticas</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice matches “%1”.</source>
        <translation>Ninguna buena práctica coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n buena práctica coincide con la búsqueda, </numerusform>
            <numerusform>%n buenas prácticas coinciden con la búsqueda, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n procedente de ciudades socias.</numerusform>
            <numerusform>%n procedentes de ciudades socias.</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice yet. Add what your city does well, and what you learn from partner cities.</source>
        <translation>Todavía no hay ninguna buena práctica. Añada lo que su ciudad hace bien y lo que aprende de las ciudades socias.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n buena práctica, </numerusform>
            <numerusform>%n buenas prácticas, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the good practice “%1”</source>
        <translation>Duplicar la buena práctica «%1»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Passerelle.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie Passerelle.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>Mover «%1»</translation>
    </message>
    <message>
        <source>Reorder the priorities</source>
        <translation>Reordenar las prioridades</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>Record the council’s adoption…</source>
        <translation>Registrar la aprobación por el pleno…</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>&amp;Prioridades</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Ne&amp;w priority</source>
        <translation>&amp;Nueva prioridad</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>The most important first. Drag a priority, or use Move up and Move down, to change its rank.</source>
        <translation>La más importante primero. Arrastre una prioridad, o use Subir y Bajar, para cambiar su orden.</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Pri&amp;oridad</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translation>Ev&amp;idencias</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>&amp;Consultas</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nueva prioridad</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Añadir una prioridad</translation>
    </message>
    <message>
        <source>Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit &gt; Undo brings them back.</source>
        <translation>¿Eliminar la prioridad «%1» con lo que depende de ella: %2, %3 y %4? Edición &gt; Deshacer los restituye.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consulta</numerusform>
            <numerusform>%n consultas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Eliminar la prioridad</translation>
    </message>
    <message>
        <source>Remove the priority “%1”</source>
        <translation>Eliminar la prioridad «%1»</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message>
        <source>Adopted by the council on %1</source>
        <translation>Aprobada por el pleno el %1</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group on %1</source>
        <translation>Validada por el grupo de actores el %1</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Metodología</translation>
    </message>
    <message>
        <source>The stakeholder group</source>
        <translation>El grupo de actores</translation>
    </message>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>Las prioridades se prepararon con el grupo de actores de la ciudad, de %n miembro, que figura en el anexo A.</numerusform>
            <numerusform>Las prioridades se prepararon con el grupo de actores de la ciudad, de %n miembros, que figuran en el anexo A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>El grupo se reunió %n vez.</numerusform>
            <numerusform>El grupo se reunió %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>El grupo todavía no se ha reunido.</translation>
    </message>
    <message>
        <source>The meetings of the stakeholder group.</source>
        <translation>Las reuniones del grupo de actores.</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>A quién se consultó</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultados</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>No consultation has been recorded.</source>
        <translation>No se ha registrado ninguna consulta.</translation>
    </message>
    <message>
        <source>3. The priorities</source>
        <translation>3. Las prioridades</translation>
    </message>
    <message>
        <source>No priority has been written yet.</source>
        <translation>Todavía no se ha redactado ninguna prioridad.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>No action has been planned for this priority yet.</source>
        <translation>Todavía no se ha previsto ninguna acción para esta prioridad.</translation>
    </message>
    <message>
        <source>Local integration priorities</source>
        <translation>Prioridades locales de integración</translation>
    </message>
    <message>
        <source>The priorities for the inclusion of newcomers in %1 and the actions that carry them out</source>
        <translation>Las prioridades para la inclusión de las personas recién llegadas a %1 y las acciones que las llevan a cabo</translation>
    </message>
    <message>
        <source>Priorities and action plan</source>
        <translation>Prioridades y plan de acción</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Versión del %1</translation>
    </message>
    <message>
        <source>Draft for consultation</source>
        <translation>Borrador para consulta</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>1. Context</source>
        <translation>1. Contexto</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>El perfil migratorio</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>A. The stakeholder group&apos;s members</source>
        <translation>A. Los miembros del grupo de actores</translation>
    </message>
    <message>
        <source>B. Access to services: scores by area</source>
        <translation>B. Acceso a los servicios: puntuaciones por ámbito</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group</source>
        <translation>Validada por el grupo de actores</translation>
    </message>
    <message>
        <source>Adopted by the council</source>
        <translation>Aprobada por el pleno</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Why this matters for the city: the gaps and figures it rests on.</source>
        <translation>Por qué es importante para la ciudad: las carencias y las cifras en las que se basa.</translation>
    </message>
    <message>
        <source>What will have changed for migrants when it is done.</source>
        <translation>Qué habrá cambiado para las personas migrantes cuando se haya realizado.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>&amp;Resultado esperado:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Validated by the group &amp;on:</source>
        <translation>Validada por el &amp;grupo el:</translation>
    </message>
    <message>
        <source>&amp;Adopted by the council on:</source>
        <translation>Apro&amp;bada por el pleno el:</translation>
    </message>
    <message>
        <source>The date of validation</source>
        <translation>La fecha de validación</translation>
    </message>
    <message>
        <source>The date of adoption</source>
        <translation>La fecha de aprobación</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Edit the priority “%1”</source>
        <translation>Editar la prioridad «%1»</translation>
    </message>
</context>
<context>
    <name>PriorityFromGapCommand</name>
    <message>
        <source>Make a priority from a gap</source>
        <translation>Convertir una carencia en prioridad</translation>
    </message>
    <message>
        <source>The service-access checklist (round “%3”) found a gap: “%1” is answered “%2”.</source>
        <translation>La lista de verificación de acceso a los servicios (ronda «%3») ha detectado una carencia: «%1» tiene la respuesta «%2».</translation>
    </message>
    <message>
        <source>Answered “%1” in round “%2”.</source>
        <translation>Respuesta «%1» en la ronda «%2».</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>City and &amp;key figures</source>
        <translation>Ciudad y &amp;cifras clave</translation>
    </message>
    <message>
        <source>&amp;Origins of migrants</source>
        <translation>&amp;Orígenes de los migrantes</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Distritos</translation>
    </message>
    <message>
        <source>N&amp;arrative</source>
        <translation>Narra&amp;tiva</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Añadir una cifra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected figures</source>
        <translation>Eliminar las cifras seleccionadas</translation>
    </message>
    <message>
        <source>The few numbers that tell the city&apos;s migration story, each with its year and source so that a reader can check it.</source>
        <translation>Las pocas cifras que cuentan la historia migratoria de la ciudad, cada una con su año y su fuente para que quien lea pueda comprobarla.</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>Añadir un origen</translation>
    </message>
    <message>
        <source>Remove the selected origins</source>
        <translation>Eliminar los orígenes seleccionados</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Orígenes de los migrantes</translation>
    </message>
    <message>
        <source>Migrants living in the city by country of origin. Give each figure its year and its source (census, register, survey).</source>
        <translation>Migrantes que viven en la ciudad por país de origen. Indique para cada cifra su año y su fuente (censo, padrón, encuesta).</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Añadir un distrito</translation>
    </message>
    <message>
        <source>Remove the selected districts</source>
        <translation>Eliminar los distritos seleccionados</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Where migrants live in the city. Leave a figure empty when it is not known; the share is worked out from the two populations.</source>
        <translation>Dónde viven los migrantes en la ciudad. Deje una cifra vacía si no se conoce; el porcentaje se calcula a partir de las dos poblaciones.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Perfil de la ciudad</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Sources: </source>
        <translation>Fuentes: </translation>
    </message>
    <message>
        <source>inhabitants (%1)</source>
        <translation>habitantes (%1)</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitantes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Population of the city</source>
        <translation>Población de la ciudad</translation>
    </message>
    <message>
        <source>No key figure of the profile is recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna cifra clave del perfil.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>All origins listed</source>
        <translation>Todos los orígenes indicados</translation>
    </message>
    <message>
        <source>Share: of the migrants of all the origins listed.</source>
        <translation>Porcentaje: sobre los migrantes de todos los orígenes indicados.</translation>
    </message>
    <message>
        <source>No country of origin is recorded yet.</source>
        <translation>Todavía no se ha registrado ningún país de origen.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Share: migrants in the district’s population.</source>
        <translation>Porcentaje: migrantes en la población del distrito.</translation>
    </message>
    <message>
        <source>No district is recorded yet.</source>
        <translation>Todavía no se ha registrado ningún distrito.</translation>
    </message>
    <message>
        <source>The migration profile has no key figure yet: the city’s population and the figures on its migrants will appear here with their sources.</source>
        <translation>El perfil migratorio todavía no tiene ninguna cifra clave: la población de la ciudad y las cifras sobre sus migrantes aparecerán aquí con sus fuentes.</translation>
    </message>
    <message>
        <source>The key figures of the migration profile and their sources.</source>
        <translation>Las cifras clave del perfil migratorio y sus fuentes.</translation>
    </message>
    <message>
        <source>The largest groups by country of origin: %1.</source>
        <translation>Los grupos más numerosos por país de origen: %1.</translation>
    </message>
    <message>
        <source>City migration profile</source>
        <translation>Perfil migratorio de la ciudad</translation>
    </message>
    <message>
        <source>Who the city’s migrants are, where they live, and what the city knows of their situation, with the sources of every figure</source>
        <translation>Quiénes son los migrantes de la ciudad, dónde viven y qué sabe la ciudad de su situación, con la fuente de cada cifra</translation>
    </message>
    <message>
        <source>The knowledge on which the city’s priorities rest</source>
        <translation>El conocimiento en el que se basan las prioridades de la ciudad</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 habitantes</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>Orígenes de los migrantes</translation>
    </message>
    <message>
        <source>Where migrants live</source>
        <translation>Dónde viven los migrantes</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>El perfil migratorio</translation>
    </message>
    <message>
        <source>The sections of the profile are not written yet.</source>
        <translation>Las secciones del perfil todavía no se han redactado.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The city&apos;s name</source>
        <translation>El nombre de la ciudad</translation>
    </message>
    <message>
        <source>The population year</source>
        <translation>El año de la cifra de población</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>La población</translation>
    </message>
    <message>
        <source>The country of origin</source>
        <translation>El país de origen</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>El número de migrantes</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>El año</translation>
    </message>
    <message>
        <source>The district&apos;s name</source>
        <translation>El nombre del distrito</translation>
    </message>
    <message>
        <source>The migrant population</source>
        <translation>La población migrante</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>La etiqueta de la cifra</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Overview</source>
        <translation>Panorama general</translation>
    </message>
    <message>
        <source>Legal framework for migration</source>
        <translation>Marco jurídico de la migración</translation>
    </message>
    <message>
        <source>Local expertise</source>
        <translation>Conocimiento experto local</translation>
    </message>
    <message>
        <source>Migrants&apos; skills</source>
        <translation>Competencias de los migrantes</translation>
    </message>
    <message>
        <source>Relations with the administration</source>
        <translation>Relaciones con la administración</translation>
    </message>
    <message>
        <source>Relations with society</source>
        <translation>Relaciones con la sociedad</translation>
    </message>
    <message>
        <source>The city&apos;s migration story in a few paragraphs: who arrives, who stays, what has changed recently.</source>
        <translation>La historia migratoria de la ciudad en pocos párrafos: quién llega, quién se queda, qué ha cambiado recientemente.</translation>
    </message>
    <message>
        <source>National and regional laws and the city&apos;s own powers over reception, residence, work and access to services.</source>
        <translation>Las leyes nacionales y autonómicas y las competencias propias de la ciudad en materia de acogida, residencia, trabajo y acceso a los servicios.</translation>
    </message>
    <message>
        <source>Who in the city knows the subject: researchers, services, associations, earlier studies.</source>
        <translation>Quién conoce el tema en la ciudad: personal investigador, servicios, asociaciones, estudios anteriores.</translation>
    </message>
    <message>
        <source>Qualifications, trades and languages migrants bring, and how far they are recognised and used.</source>
        <translation>Las titulaciones, oficios e idiomas que aportan los migrantes, y en qué medida se reconocen y aprovechan.</translation>
    </message>
    <message>
        <source>How migrants deal with the city&apos;s services: access, language, trust, obstacles.</source>
        <translation>Cómo se relacionan los migrantes con los servicios de la ciudad: acceso, idioma, confianza, obstáculos.</translation>
    </message>
    <message>
        <source>Relations with residents, neighbourhoods, employers and media: cohesion and tensions.</source>
        <translation>Relaciones con los vecinos, los barrios, los empleadores y los medios de comunicación: cohesión y tensiones.</translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message>
        <source>Who wrote it: personal data, left out of shared copies.</source>
        <translation>Quién la escribió: dato personal, excluido de las copias compartidas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nueva nota de avance</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>Añadir una nota de avance</translation>
    </message>
    <message>
        <source>Edit the progress note of %1</source>
        <translation>Editar la nota de avance del %1</translation>
    </message>
    <message>
        <source>Remove the progress note of %1</source>
        <translation>Eliminar la nota de avance del %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>Eliminar %n nota de avance</numerusform>
            <numerusform>Eliminar %n notas de avance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Guardar una copia como…</translation>
    </message>
    <message>
        <source>This file was opened read-only, as you asked.</source>
        <translation>Este archivo se ha abierto en modo de solo lectura, como ha solicitado.</translation>
    </message>
    <message>
        <source>This file is read-only: you do not have permission to change it.</source>
        <translation>Este archivo es de solo lectura: no tiene permiso para modificarlo.</translation>
    </message>
    <message>
        <source>This file is in a read-only folder (a shared drive, a CD, a protected folder), so Passerelle cannot safely store changes there.</source>
        <translation>Este archivo está en una carpeta de solo lectura (una unidad compartida, un CD, una carpeta protegida), por lo que Passerelle no puede guardar cambios en ella con seguridad.</translation>
    </message>
    <message>
        <source>You can read everything but change nothing. To edit, use “Save a copy as…” and work on the copy.</source>
        <translation>Puede leerlo todo, pero no modificar nada. Para editar, use «Guardar una copia como…» y trabaje con la copia.</translation>
    </message>
    <message>
        <source>This is the file of the partner city %1 (the date it was shared is unknown).</source>
        <translation>Este es el archivo de la ciudad socia %1 (se desconoce la fecha en que se compartió).</translation>
    </message>
    <message>
        <source>This is the file the partner city %1 shared on %2.</source>
        <translation>Este es el archivo que la ciudad socia %1 compartió el %2.</translation>
    </message>
    <message>
        <source>It is open read-only, from a private copy: you can read every part but change nothing, and your own city file is not affected.</source>
        <translation>Está abierto en modo de solo lectura, a partir de una copia privada: puede leer todas las partes pero no modificar nada, y su propio archivo de ciudad no se ve afectado.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The change could not be stored: the city file or its folder has become read-only (or the disk was removed). Nothing was changed; make the file writable again, or use File &gt; Save a copy as… to keep working on a copy.</source>
        <translation>No se ha podido guardar el cambio: el archivo de la ciudad o su carpeta han pasado a ser de solo lectura (o se ha extraído el disco). No se ha modificado nada; vuelva a permitir la escritura en el archivo o use Archivo &gt; Guardar una copia como… para seguir trabajando con una copia.</translation>
    </message>
    <message>
        <source>The change could not be stored: the disk is full. Nothing was changed; free some space on the disk, then try again.</source>
        <translation>No se ha podido guardar el cambio: el disco está lleno. No se ha modificado nada; libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change could not be stored: another program is using the city file. Nothing was changed; close the other program, then try again.</source>
        <translation>No se ha podido guardar el cambio: otro programa está usando el archivo de la ciudad. No se ha modificado nada; cierre el otro programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change could not be stored in the city file (%1). Nothing was changed; check that the file is still reachable (a removed disk, a lost network folder), then try again.</source>
        <translation>No se ha podido guardar el cambio en el archivo de la ciudad (%1). No se ha modificado nada; compruebe que el archivo sigue accesible (un disco extraído, una carpeta de red perdida) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Passerelle is still checking the city file, which takes a few seconds for a large file. Your change was not made; make it again in a moment.</source>
        <translation>Passerelle todavía está comprobando el archivo de la ciudad, lo que tarda unos segundos en un archivo grande. Su cambio no se ha hecho; vuelva a hacerlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The record no longer exists in the city file; it may have been deleted. Refresh the view and try again.</source>
        <translation>El registro ya no existe en el archivo de la ciudad; puede que se haya eliminado. Actualice la vista y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The last change to this file had not been finished when Passerelle or the computer stopped. That unfinished change was undone, as if it had never been started; everything stored before it is in the file. Check the last thing you were doing and do it again if it is missing.</source>
        <translation>El último cambio en este archivo no había terminado cuando Passerelle o el equipo se detuvo. Ese cambio inacabado se ha deshecho, como si nunca se hubiera iniciado; todo lo guardado antes está en el archivo. Compruebe lo último que estaba haciendo y vuelva a hacerlo si falta.</translation>
    </message>
    <message>
        <source>Another program had left changes to this file in a separate file beside it (ending in “-wal”). They are now part of the city file.</source>
        <translation>Otro programa había dejado cambios en este archivo en un archivo aparte junto a él (terminado en «-wal»). Ahora forman parte del archivo de la ciudad.</translation>
    </message>
</context>
<context>
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>Mover %n actor en la red</numerusform>
            <numerusform>Mover %n actores en la red</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a stakeholder to move it, drag the background to pan, Ctrl+wheel to zoom, double-click to open.</source>
        <translation>Arrastre un actor para moverlo, arrastre el fondo para desplazarse, Ctrl+rueda para ampliar o reducir, doble clic para abrir.</translation>
    </message>
    <message>
        <source>%L1 stakeholders are shown: too many to draw a readable network (at most %L2). Narrow them with the network&apos;s kind and theme, or with the table&apos;s filters (level, group or text), to see the relations between them.</source>
        <translation>Se muestran %L1 actores: demasiados para dibujar una red legible (como máximo %L2). Redúzcalos con el tipo y el tema de la red, o con los filtros de la tabla (nivel, grupo o texto), para ver las relaciones entre ellos.</translation>
    </message>
    <message>
        <source>Placing the stakeholders on the network…</source>
        <translation>Situando los actores en la red…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relación</numerusform>
            <numerusform>%n relaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the network automatically</source>
        <translation>Disponer la red automáticamente</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>Exportar la red como PNG</translation>
    </message>
    <message>
        <source>Export the network as SVG</source>
        <translation>Exportar la red como SVG</translation>
    </message>
    <message>
        <source>relations-network</source>
        <translation>red-de-relaciones</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relaciones entre actores</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Exportar la red</translation>
    </message>
    <message>
        <source>The network of relations was written, as shown.</source>
        <translation>Se ha escrito la red de relaciones tal como se muestra.</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>%n sin situar: «Disponer automáticamente» lo sitúa</numerusform>
            <numerusform>%n sin situar: «Disponer automáticamente» los sitúa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkEdge</name>
    <message>
        <source>%1 — %2 (strength %3 of %4) — %5</source>
        <translation>%1 — %2 (intensidad %3 de %4) — %5</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkExport</name>
    <message>
        <source>The network is too big to be saved as an image. Narrow it with the filters, or export it as SVG.</source>
        <translation>La red es demasiado grande para guardarla como imagen. Redúzcala con los filtros o expórtela como SVG.</translation>
    </message>
    <message>
        <source>Relations between the stakeholders, made with Passerelle</source>
        <translation>Relaciones entre los actores, elaborado con Passerelle</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and that you may write in it, or choose another place.</source>
        <translation>No se ha podido escribir «%1». Compruebe que la carpeta existe y que tiene permiso para escribir en ella, o elija otra ubicación.</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkLegend</name>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message>
        <source>Stop placing</source>
        <translation>Detener la colocación</translation>
    </message>
    <message>
        <source>Stop waiting: the stakeholders not placed yet stay off the network until you arrange it or narrow the list.</source>
        <translation>Dejar de esperar: los actores aún sin situar quedan fuera de la red hasta que la disponga o acote la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>Situando %Ln actor en la red…</numerusform>
            <numerusform>Situando %Ln actores en la red…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n segundo hasta ahora</numerusform>
            <numerusform>%n segundos hasta ahora</numerusform>
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
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Mostrar toda la red</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Disponer automáticamente</translation>
    </message>
    <message>
        <source>Place every stakeholder shown afresh (can be undone)</source>
        <translation>Volver a situar todos los actores mostrados (se puede deshacer)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Show or hide the legend, which floats over the network</source>
        <translation>Mostrar u ocultar la leyenda, que flota sobre la red</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>&amp;With:</source>
        <translation>C&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Intensidad:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Type part of the other stakeholder’s name</source>
        <translation>Escriba parte del nombre del otro actor</translation>
    </message>
    <message>
        <source>From %1 (a loose tie) to %2 (a close one)</source>
        <translation>De %1 (un vínculo débil) a %2 (uno estrecho)</translation>
    </message>
    <message>
        <source>&amp;Add relation</source>
        <translation>Añadir &amp;relación</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>A&amp;plicar cambios</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>Eli&amp;minar relación</translation>
    </message>
    <message>
        <source>Choose the other stakeholder: type part of its name.</source>
        <translation>Elija el otro actor: escriba parte de su nombre.</translation>
    </message>
    <message>
        <source>No stakeholder is called “%1”. Choose one from the list, or add it to the stakeholders first.</source>
        <translation>Ningún actor se llama «%1». Elija uno de la lista o añádalo primero a los actores.</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Añadir una relación</translation>
    </message>
    <message>
        <source>Change a relation</source>
        <translation>Cambiar una relación</translation>
    </message>
    <message>
        <source>Remove a relation</source>
        <translation>Eliminar una relación</translation>
    </message>
</context>
<context>
    <name>RelationsPanelModel</name>
    <message>
        <source>Funds them</source>
        <translation>Financia al otro</translation>
    </message>
    <message>
        <source>Funded by them</source>
        <translation>Financiado por el otro</translation>
    </message>
    <message>
        <source>Refers to them</source>
        <translation>Deriva al otro</translation>
    </message>
    <message>
        <source>Referred by them</source>
        <translation>Recibe derivaciones del otro</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Priorities document</source>
        <translation>Documento de prioridades</translation>
    </message>
    <message>
        <source>Action plan status report</source>
        <translation>Informe de situación del plan de acción</translation>
    </message>
    <message>
        <source>Stakeholder map report</source>
        <translation>Informe del mapa de actores</translation>
    </message>
    <message>
        <source>Service-access report</source>
        <translation>Informe de acceso a los servicios</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Perfil de la ciudad</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The language the report is written in, whatever the language of the program.</source>
        <translation>El idioma en que se redacta el informe, sea cual sea el idioma del programa.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>The report lists what was done from this date on.</source>
        <translation>El informe enumera lo realizado a partir de esta fecha.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>I&amp;dioma del informe:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Done since:</source>
        <translation>&amp;Realizado desde:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an office suite.</source>
        <translation>Escribir un informe para el pleno (%1) en PDF/A o como texto OpenDocument para terminarlo en un paquete ofimático.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>El informe: %1.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>El archivo de ciudad que se va a leer.</translation>
    </message>
    <message>
        <source>The report to write: .pdf, or .odt for the priorities document and the action-plan report.</source>
        <translation>El informe que se va a escribir: .pdf, o .odt para el documento de prioridades y el informe del plan de acción.</translation>
    </message>
    <message>
        <source>The report&apos;s language (%1); by default the city&apos;s.</source>
        <translation>El idioma del informe (%1); por defecto, el de la ciudad.</translation>
    </message>
    <message>
        <source>a4 or letter; by default the one of your region.</source>
        <translation>a4 o letter; por defecto, el de su región.</translation>
    </message>
    <message>
        <source>For the action-plan report: what was done since this date (YYYY-MM-DD); by default the last 90 days.</source>
        <translation>Para el informe del plan de acción: lo realizado desde esta fecha (AAAA-MM-DD); por defecto, los últimos 90 días.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Sustituir OUT si ya existe.</translation>
    </message>
    <message>
        <source>report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.</source>
        <translation>report requiere un KIND, un FILE y -o OUT.pdf u OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” is not a report. Choose one of: %2.</source>
        <translation>«%1» no es un informe. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or OUT.odt.</source>
        <translation>«%1» no es un nombre de archivo .pdf ni .odt. Llame a la salida OUT.pdf u OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” (%2) is written as PDF only. Name the output OUT.pdf.</source>
        <translation>«%1» (%2) solo se escribe en PDF. Llame a la salida OUT.pdf.</translation>
    </message>
    <message>
        <source>Reports are written in %1, not in “%2”.</source>
        <translation>Los informes se redactan en %1, no en «%2».</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not “%1”.</source>
        <translation>El papel es a4 o letter, no «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.</source>
        <translation>«%1» no es una fecha. Escríbala como AAAA-MM-DD, por ejemplo 2026-09-30.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 escrito.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n página escrita en %1.</numerusform>
            <numerusform>%n páginas escritas en %1.</numerusform>
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
        <translation>Texto &amp;OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <source>PDF to publish or print as it is; OpenDocument to finish the wording in LibreOffice or Word first.</source>
        <translation>PDF para publicar o imprimir tal cual; OpenDocument para terminar antes la redacción en LibreOffice o Word.</translation>
    </message>
    <message>
        <source>This report is written as PDF only.</source>
        <translation>Este informe solo se escribe en PDF.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>report file name: city file, report</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this report?</source>
        <translation>«%1» ya existe. ¿Sustituirlo por este informe?</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>%1 written as an OpenDocument text: open it in LibreOffice or Word to finish the wording.</source>
        <translation>%1 escrito como texto OpenDocument: ábralo en LibreOffice o Word para terminar la redacción.</translation>
    </message>
    <message>
        <source>%1 written as a PDF document.</source>
        <translation>%1 escrito como documento PDF.</translation>
    </message>
    <message>
        <source>Stop the export; no file is written.</source>
        <translation>Detener la exportación; no se escribe ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 — local integration office</source>
        <translation>%1 — oficina local de integración</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>The report could not be made</source>
        <translation>No se ha podido elaborar el informe</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Imprimir un informe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>No se ha impreso el informe</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready, then print again.</source>
        <translation>No se ha podido usar la impresora. Compruebe que está conectada y preparada y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 enviado a la impresora.</translation>
    </message>
    <message>
        <source>Preview a report before printing</source>
        <translation>Ver la vista previa de un informe antes de imprimirlo</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Convertir el texto seleccionado en un enlace</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>Insertar un enlace</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Editar la ronda</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>Nueva ronda de evaluación</translation>
    </message>
    <message>
        <source>e.g. 2026, Baseline</source>
        <translation>p. ej., 2026, Situación inicial</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list</source>
        <translation>Escriba parte de un nombre para filtrar la lista</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Realizada el:</translation>
    </message>
    <message>
        <source>Nothing: start with no answers</source>
        <translation>Nada: empezar sin respuestas</translation>
    </message>
    <message>
        <source>The answers of round “%1”</source>
        <translation>Las respuestas de la ronda «%1»</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <source>&amp;Participants (the stakeholders who took part):</source>
        <translation>P&amp;articipantes (los actores que tomaron parte):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>Iniciar la ronda</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>it holds an extra table “%1” that Passerelle does not make</source>
        <translation>contiene una tabla adicional «%1» que Passerelle no crea</translation>
    </message>
    <message>
        <source>it holds an extra index “%1” that Passerelle does not make</source>
        <translation>contiene un índice adicional «%1» que Passerelle no crea</translation>
    </message>
    <message>
        <source>it holds a trigger “%1” that Passerelle does not make: code that would run when the file is changed</source>
        <translation>contiene un disparador «%1» que Passerelle no crea: código que se ejecutaría al modificar el archivo</translation>
    </message>
    <message>
        <source>it holds a view “%1” that Passerelle does not make: code that would run when the file is read</source>
        <translation>contiene una vista «%1» que Passerelle no crea: código que se ejecutaría al leer el archivo</translation>
    </message>
    <message>
        <source>its table “%1” is not the one Passerelle makes (columns or rules differ)</source>
        <translation>su tabla «%1» no es la que crea Passerelle (las columnas o las reglas difieren)</translation>
    </message>
    <message>
        <source>its index “%1” is not the one Passerelle makes</source>
        <translation>su índice «%1» no es el que crea Passerelle</translation>
    </message>
    <message>
        <source>its trigger “%1” is not the one Passerelle makes</source>
        <translation>su disparador «%1» no es el que crea Passerelle</translation>
    </message>
    <message>
        <source>“%1” is a view where Passerelle makes a table</source>
        <translation>«%1» es una vista donde Passerelle crea una tabla</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>falta su tabla «%1»</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>falta su índice «%1»</translation>
    </message>
    <message>
        <source>its trigger “%1” is missing</source>
        <translation>falta su disparador «%1»</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>No round to show yet.</source>
        <translation>Todavía no hay ninguna ronda que mostrar.</translation>
    </message>
    <message>
        <source>Dash: no score (no item answered met, partly met or not met)</source>
        <translation>Guion: sin puntuación (ningún criterio con respuesta cumplido, cumplido en parte o no cumplido)</translation>
    </message>
    <message>
        <source>Bar height: the score of the items answered (met counts 1, partly met ½, not met 0)</source>
        <translation>Altura de la barra: la puntuación de los criterios respondidos (cumplido cuenta 1, cumplido en parte ½, no cumplido 0)</translation>
    </message>
    <message>
        <source>Grey gauge under a bar: how many of the area’s items were answered (“6/7”: 6 of 7)</source>
        <translation>Indicador gris bajo una barra: cuántos criterios del ámbito se han respondido («6/7»: 6 de 7)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 respondidos</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Print a round&apos;s checklist scores per area, as JSON.</source>
        <translation>Mostrar las puntuaciones de la lista de verificación de una ronda por ámbito, en JSON.</translation>
    </message>
    <message>
        <source>The city file whose round to score.</source>
        <translation>El archivo de ciudad cuya ronda se va a puntuar.</translation>
    </message>
    <message>
        <source>The round to score (its label); the latest one when not given.</source>
        <translation>La ronda que se va a puntuar (su etiqueta); la más reciente si no se indica.</translation>
    </message>
    <message>
        <source>scores takes exactly one FILE.</source>
        <translation>scores requiere exactamente un FILE.</translation>
    </message>
    <message>
        <source>The file has no assessment round “%1”.</source>
        <translation>El archivo no tiene la ronda de evaluación «%1».</translation>
    </message>
    <message>
        <source>The file has no assessment round yet: there is nothing to score.</source>
        <translation>El archivo todavía no tiene ninguna ronda de evaluación: no hay nada que puntuar.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <source>Met counts 1, partly met ½, not met 0; unknown and not applicable are left out. Read every score with its coverage: the share of items answered.</source>
        <translation>Cumplido cuenta 1, cumplido en parte ½, no cumplido 0; desconocido y no aplicable no se cuentan. Lea cada puntuación junto con su cobertura: la proporción de criterios respondidos.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>No se ha podido escribir el gráfico en %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Puntuaciones por ámbito</translation>
    </message>
    <message>
        <source>scores-%1.png</source>
        <translation>puntuaciones-%1.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart of the scores was written.</source>
        <translation>Se ha escrito el gráfico de las puntuaciones.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>Where the facts above come from: laws, studies, statistics, interviews, each with its year.</source>
        <translation>De dónde proceden los datos anteriores: leyes, estudios, estadísticas, entrevistas, cada uno con su año.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Scores per area, round by round, with the share of items answered under each bar.</source>
        <translation>Puntuaciones por ámbito, ronda a ronda, con la proporción de criterios respondidos bajo cada barra.</translation>
    </message>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>Un gráfico de barras de las puntuaciones por ámbito para %n ronda.</numerusform>
            <numerusform>Un gráfico de barras de las puntuaciones por ámbito para %n rondas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Criterios respondidos</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todos los ámbitos</translation>
    </message>
    <message>
        <source>Score: met counts 1, partly met ½, not met 0, over the items answered one of the three; unknown and not applicable are left out. A dash: no score yet.</source>
        <translation>Puntuación: cumplido cuenta 1, cumplido en parte ½, no cumplido 0, sobre los criterios con una de estas tres respuestas; desconocido y no aplicable no se cuentan. Un guion: todavía sin puntuación.</translation>
    </message>
    <message>
        <source>No service-access assessment has been held yet: the scores will appear after the first round.</source>
        <translation>Todavía no se ha realizado ninguna evaluación del acceso a los servicios: las puntuaciones aparecerán tras la primera ronda.</translation>
    </message>
    <message>
        <source>Round “%1” of the checklist “%2”, held on %3: an overall score of %4, with %5 of the %6 items answered.</source>
        <translation>Ronda «%1» de la lista de verificación «%2», realizada el %3: una puntuación global de %4, con %5 de los %6 criterios respondidos.</translation>
    </message>
    <message>
        <source>Access to basic services</source>
        <translation>Acceso a los servicios básicos</translation>
    </message>
    <message>
        <source>How far migrants can reach the city’s basic services: scores per area, their change, the gaps and the priorities made from them</source>
        <translation>En qué medida los migrantes pueden acceder a los servicios básicos de la ciudad: puntuaciones por ámbito, su variación, las carencias y las prioridades derivadas de ellas</translation>
    </message>
    <message>
        <source>The service-access checklist: where the city stands and what it will improve</source>
        <translation>La lista de verificación de acceso a los servicios: situación de la ciudad y qué va a mejorar</translation>
    </message>
    <message>
        <source>Round “%1”, %2</source>
        <translation>Ronda «%1», %2</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Puntuaciones por ámbito</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>puntuación global</translation>
    </message>
    <message>
        <source>of the items answered</source>
        <translation>de los criterios respondidos</translation>
    </message>
    <message>
        <source>gaps: items not met or partly met</source>
        <translation>carencias: criterios no cumplidos o cumplidos en parte</translation>
    </message>
    <message>
        <source>priorities made from the gaps</source>
        <translation>prioridades derivadas de las carencias</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Variación desde la ronda anterior</translation>
    </message>
    <message>
        <source>Round “%1” (%2) against round “%3” (%4), in percentage points.</source>
        <translation>Ronda «%1» (%2) frente a la ronda «%3» (%4), en puntos porcentuales.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>There is no earlier round of this checklist to compare with yet.</source>
        <translation>Todavía no hay ninguna ronda anterior de esta lista de verificación con la que comparar.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>The items of the latest round answered not met or partly met: the starting points of the city’s priorities.</source>
        <translation>Los criterios de la última ronda con respuesta no cumplido o cumplido en parte: los puntos de partida de las prioridades de la ciudad.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Priority made from it</source>
        <translation>Prioridad derivada</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>The latest round found no gap.</source>
        <translation>La última ronda no ha detectado ninguna carencia.</translation>
    </message>
    <message>
        <source>No round has been held yet.</source>
        <translation>Todavía no se ha realizado ninguna ronda.</translation>
    </message>
    <message>
        <source>Priorities made from the gaps</source>
        <translation>Prioridades derivadas de las carencias</translation>
    </message>
    <message>
        <source>No priority rests on a gap of the latest round yet.</source>
        <translation>Todavía ninguna prioridad se basa en una carencia de la última ronda.</translation>
    </message>
    <message>
        <source>Expected outcome: </source>
        <translation>Resultado esperado: </translation>
    </message>
    <message>
        <source>The gaps it answers:</source>
        <translation>Las carencias a las que responde:</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>S&amp;hare with a partner city…</source>
        <translation>Compar&amp;tir con una ciudad socia…</translation>
    </message>
    <message>
        <source>Write a copy of the file for a partner city, without personal data unless you include it.</source>
        <translation>Escribir una copia del archivo para una ciudad socia, sin datos personales salvo que decida incluirlos.</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Write a copy of a city file to share with a partner city, without personal data.</source>
        <translation>Escribir una copia de un archivo de ciudad para compartirla con una ciudad socia, sin datos personales.</translation>
    </message>
    <message>
        <source>The city file to share.</source>
        <translation>El archivo de ciudad que se va a compartir.</translation>
    </message>
    <message>
        <source>The shared copy to write.</source>
        <translation>La copia compartida que se va a escribir.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Sustituir OUT si ya existe.</translation>
    </message>
    <message>
        <source>share takes a FILE and -o OUT.</source>
        <translation>share requiere un FILE y -o OUT.</translation>
    </message>
    <message>
        <source>%1 shared in %2.</source>
        <translation>%1 compartido en %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Excluido:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a partner city</source>
        <translation>Compartir con una ciudad socia</translation>
    </message>
    <message>
        <source>Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they open as they open their own. What is left out is not hidden in it but absent from its bytes.</source>
        <translation>Escribe una copia de «%1» para enviarla a una ciudad socia: un archivo de Passerelle normal que esta abre como abre el suyo. Lo que se excluye no queda oculto en él, sino que no figura en sus bytes.</translation>
    </message>
    <message>
        <source>Left out of the copy:</source>
        <translation>Excluido de la copia:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>What the copy leaves out could not be counted: %1</source>
        <translation>No se ha podido contar lo que excluye la copia: %1</translation>
    </message>
    <message>
        <source>Nothing: the copy holds everything in the file.</source>
        <translation>Nada: la copia contiene todo el archivo.</translation>
    </message>
    <message>
        <source>Nothing: the file holds no personal data.</source>
        <translation>Nada: el archivo no contiene datos personales.</translation>
    </message>
    <message>
        <source>%1 - shared</source>
        <comment>file name of a copy for a partner city</comment>
        <translation>%1 - compartido</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>Archivos de ciudad de Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the shared copy?</source>
        <translation>«%1» ya existe. ¿Sustituirlo por la copia compartida?</translation>
    </message>
    <message>
        <source>Shared with a partner city</source>
        <translation>Compartido con una ciudad socia</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, with personal data.</source>
        <translation>Se ha escrito la copia para la ciudad socia, con los datos personales.</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, without personal data.</source>
        <translation>Se ha escrito la copia para la ciudad socia, sin datos personales.</translation>
    </message>
    <message>
        <source>Stop sharing; no file is written.</source>
        <translation>Detener el proceso; no se escribe ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ShareFiles</name>
    <message>
        <source>The shared copy “%1” could not be saved to the disk. Check the free space, then share again.</source>
        <translation>No se ha podido guardar en el disco la copia compartida «%1». Compruebe el espacio libre y vuelva a compartir.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder.</source>
        <translation>No se ha podido escribir la copia compartida «%1»: %2. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>nombre de %n persona de contacto</numerusform>
            <numerusform>nombres de %n personas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>cargo de %n persona de contacto</numerusform>
            <numerusform>cargos de %n personas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>dirección de correo electrónico de %n persona de contacto</numerusform>
            <numerusform>direcciones de correo electrónico de %n personas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>número de teléfono de %n persona de contacto</numerusform>
            <numerusform>números de teléfono de %n personas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>idioma preferido de %n persona de contacto</numerusform>
            <numerusform>idiomas preferidos de %n personas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n nota privada sobre actores</numerusform>
            <numerusform>%n notas privadas sobre actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>autor de %n respuesta a una lista de verificación</numerusform>
            <numerusform>autores de %n respuestas a listas de verificación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>participantes de %n consulta</numerusform>
            <numerusform>participantes de %n consultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>autor de %n entrada de avance</numerusform>
            <numerusform>autores de %n entradas de avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>participantes de %n intercambio</numerusform>
            <numerusform>participantes de %n intercambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>persona de contacto de %n ciudad socia</numerusform>
            <numerusform>personas de contacto de %n ciudades socias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>dirección de correo electrónico de contacto de %n ciudad socia</numerusform>
            <numerusform>direcciones de correo electrónico de contacto de %n ciudades socias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>número de teléfono de contacto de %n ciudad socia</numerusform>
            <numerusform>números de teléfono de contacto de %n ciudades socias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>su historial de importaciones desde %n ciudad socia</numerusform>
            <numerusform>su historial de importaciones desde %n ciudades socias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>la base de sus próximas fusiones: %n registro tal como lo compartieron por última vez las ciudades socias</numerusform>
            <numerusform>la base de sus próximas fusiones: %n registros tal como los compartieron por última vez las ciudades socias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n fila de %1</numerusform>
            <numerusform>%n filas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n valor de %1.%2</numerusform>
            <numerusform>%n valores de %1.%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWriter</name>
    <message>
        <source>Sharing was cancelled: no file was written.</source>
        <translation>Se ha cancelado el proceso de compartir: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The shared copy cannot replace the city file itself. Choose another name.</source>
        <translation>La copia compartida no puede sustituir al propio archivo de la ciudad. Elija otro nombre.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Passerelle. Open it in Passerelle once, which brings it up to date, then share it.</source>
        <translation>«%1» lo escribió una versión anterior de Passerelle. Ábralo una vez en Passerelle, que lo actualizará, y después compártalo.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>No se ha podido escribir la copia compartida «%1»: %2. Elija otra carpeta o libere espacio en el disco.</translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Municipal department</source>
        <translation>Servicio municipal</translation>
    </message>
    <message>
        <source>National or regional agency</source>
        <translation>Organismo nacional o autonómico</translation>
    </message>
    <message>
        <source>Public service provider</source>
        <translation>Proveedor de servicios públicos</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ONG o sociedad civil</translation>
    </message>
    <message>
        <source>Migrant or diaspora association</source>
        <translation>Asociación de migrantes o de la diáspora</translation>
    </message>
    <message>
        <source>Religious organisation</source>
        <translation>Organización religiosa</translation>
    </message>
    <message>
        <source>Private sector or employer</source>
        <translation>Sector privado o empleador</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Ámbito académico</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Impulsora</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sceptical</source>
        <translation>Escéptica</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Contraria</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes are private</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>No se puede escribir «%1»: %2. Elija una carpeta en la que tenga permiso para guardar archivos.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>No se ha podido guardar «%1»: %2. Compruebe el espacio libre en el disco y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed in the city file. Import the CSV file again when you are ready.</source>
        <translation>Se ha cancelado la importación: no se ha modificado nada en el archivo de la ciudad. Vuelva a importar el archivo CSV cuando lo desee.</translation>
    </message>
    <message>
        <source>Two columns of the CSV file are imported as “%1”. Keep one of them and set the other to “Not imported”.</source>
        <translation>Dos columnas del archivo CSV se importan como «%1». Conserve una y ajuste la otra a «No importada».</translation>
    </message>
    <message>
        <source>The first line of the CSV file (line %1) has no column of stakeholder names; it reads: %2. Name that column “name” or “nom”, then import again.</source>
        <translation>La primera línea del archivo CSV (línea %1) no tiene ninguna columna de nombres de actores; contiene: %2. Llame a esa columna «name» o «nombre» y vuelva a importar.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a value holding the separator must be put in double quotes. Correct the line, or save the file again from your spreadsheet.</source>
        <translation>Esta línea tiene %1 campos, mientras que el encabezado tiene %2: un valor que contiene el separador debe ir entre comillas dobles. Corrija la línea o vuelva a guardar el archivo desde su hoja de cálculo.</translation>
    </message>
    <message>
        <source>The “%1” cell</source>
        <translation>La celda «%1»</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name is missing. Fill it in, or delete the line.</source>
        <translation>Falta el nombre del actor. Rellénelo o elimine la línea.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it means when you import.</source>
        <translation>«%1» no es un tipo de actor. Use uno de estos: %2; o indique al importar a qué tipo corresponde.</translation>
    </message>
    <message>
        <source>“%1” is not a level. Use one of: %2; or say which level it means when you import.</source>
        <translation>«%1» no es un nivel. Use uno de estos: %2; o indique al importar a qué nivel corresponde.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or leave it empty to use %5.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no «%4». Corrija la celda o déjela vacía para usar %5.</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>La influencia</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>El interés</translation>
    </message>
    <message>
        <source>“%1” does not say whether the notes are private: write yes or no, or leave the cell empty for notes that are not private.</source>
        <translation>«%1» no indica si las notas son privadas: escriba yes o no, o deje la celda vacía para notas que no son privadas.</translation>
    </message>
    <message>
        <source>The contact person&apos;s name is missing while an e-mail or phone is given. Fill in the contact&apos;s name, or empty the e-mail and phone.</source>
        <translation>Falta el nombre de la persona de contacto y, sin embargo, se indica un correo electrónico o un teléfono. Rellene el nombre del contacto o vacíe el correo y el teléfono.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«%1» no parece una dirección de correo electrónico (nombre@example.org). Corríjala o deje vacío el correo.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«%1» no parece un número de teléfono: use solo cifras, espacios y + - ( ) ., con al menos seis cifras. Corríjalo o deje vacío el teléfono.</translation>
    </message>
    <message>
        <source>This contact person belongs to “%1” of line %2, which was not imported. Correct line %2, then import again.</source>
        <translation>Esta persona de contacto pertenece a «%1», de la línea %2, que no se ha importado. Corrija la línea %2 y vuelva a importar.</translation>
    </message>
    <message>
        <source>“%1” repeats the stakeholder of line %2. Keep one of the two lines, or leave only the contact columns filled on this one to add a further contact person.</source>
        <translation>«%1» repite el actor de la línea %2. Conserve una de las dos líneas o, para añadir otra persona de contacto, rellene en esta solo las columnas de contacto.</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailEditor</name>
    <message>
        <source>&amp;Private note</source>
        <translation>Nota &amp;privada</translation>
    </message>
    <message>
        <source>Select a stakeholder to see and edit its details.</source>
        <translation>Seleccione un actor para ver y editar sus datos.</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>De %1 (baja) a %2 (alta)</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://ejemplo.es</translation>
    </message>
    <message>
        <source>A private note stays in this city file; exports leave it out unless you choose to include personal data.</source>
        <translation>Una nota privada permanece en este archivo de ciudad; las exportaciones la excluyen salvo que decida incluir los datos personales.</translation>
    </message>
    <message>
        <source>Private notes are left out of exports unless you choose to include personal data.</source>
        <translation>Las notas privadas se excluyen de las exportaciones salvo que decida incluir los datos personales.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>N&amp;ivel</translation>
    </message>
    <message>
        <source>Infl&amp;uence</source>
        <translation>In&amp;fluencia</translation>
    </message>
    <message>
        <source>In&amp;terest</source>
        <translation>Inte&amp;rés</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>Po&amp;stura</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>%n actor seleccionado</numerusform>
            <numerusform>%n actores seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the e&amp;xisting one</source>
        <translation>Abrir el e&amp;xistente</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Editar el actor «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderExporter</name>
    <message>
        <source>Export the stakeholders</source>
        <translation>Exportar los actores</translation>
    </message>
    <message>
        <source>%1 stakeholders.xlsx</source>
        <translation>%1 actores.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Stakeholders exported</source>
        <translation>Actores exportados</translation>
    </message>
    <message>
        <source>The stakeholders were written with their contact persons and private notes: share the file only with those who may see them.</source>
        <translation>Los actores se han escrito con sus personas de contacto y sus notas privadas: comparta el archivo solo con quienes puedan verlas.</translation>
    </message>
    <message>
        <source>The stakeholders were written without personal data.</source>
        <translation>Los actores se han escrito sin datos personales.</translation>
    </message>
    <message>
        <source>“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending chooses the format. Export again with one of them.</source>
        <translation>«%1» no termina ni en .xlsx (libro de Excel) ni en .csv: la extensión determina el formato. Vuelva a exportar con una de las dos.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>&amp;Seguimiento vencido</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
        <source>Only the stakeholders with a follow-up promised for a day already past and not logged as done</source>
        <translation>Solo los actores con un seguimiento prometido para un día ya pasado y no registrado como hecho</translation>
    </message>
    <message>
        <source>Search names, notes and contacts</source>
        <translation>Buscar en nombres, notas y contactos</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Buscar actores</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>In the group or not</source>
        <translation>En el grupo o no</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>Not in the group</source>
        <translation>Fuera del grupo</translation>
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
        <translation>Nivel</translation>
    </message>
    <message>
        <source>City Stakeholder Group</source>
        <translation>Grupo de Actores de la Ciudad</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 de %Ln actor</numerusform>
            <numerusform>%L1 de %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGroupView</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the city&apos;s lasting consultation body on migration: who sits in it, when it met, who came and what it decided.</source>
        <translation>El Grupo de Actores de la Ciudad es el órgano de consulta permanente de la ciudad en materia de migración: quién forma parte de él, cuándo se reunió, quién asistió y qué decidió.</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>Double-click a name to open the stakeholder; double-click a role or a date to change it</source>
        <translation>Haga doble clic en un nombre para abrir el actor; en un papel o una fecha para cambiarlos</translation>
    </message>
    <message>
        <source>The date the member joined</source>
        <translation>La fecha de incorporación del miembro</translation>
    </message>
    <message>
        <source>Chair, member, observer…</source>
        <translation>Presidencia, miembro, observador…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>Añad&amp;ir al grupo</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Retirar del grupo</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>Ac&amp;tor:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>&amp;Miembro desde:</translation>
    </message>
    <message>
        <source>Choose the stakeholder to add by typing part of its name, then pick it from the list.</source>
        <translation>Elija el actor que desea añadir escribiendo parte de su nombre y selecciónelo en la lista.</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Añadir un miembro al grupo</translation>
    </message>
</context>
<context>
    <name>StakeholderImportCommand</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importar actores desde CSV</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importar actores desde CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Elija primero un archivo CSV.</translation>
    </message>
    <message>
        <source>Importing stakeholders…</source>
        <translation>Importando actores…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message>
        <source>Stakeholders already in the file</source>
        <translation>Actores que ya están en el archivo</translation>
    </message>
    <message>
        <source>A row names a stakeholder already in the file when the names match, whatever the case and accents.</source>
        <translation>Una fila designa un actor que ya está en el archivo cuando los nombres coinciden, sin tener en cuenta mayúsculas ni tildes.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stakeholders in the file as they are</source>
        <translation>&amp;Omitirlos: conservar los actores del archivo tal como están</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing) and add their contacts</source>
        <translation>Act&amp;ualizarlos con los valores del archivo (las celdas vacías no cambian nada) y añadir sus contactos</translation>
    </message>
    <message>
        <source>Import them as &amp;new stakeholders, named with a number: “Caritas (2)”</source>
        <translation>Importarlos como actores &amp;nuevos, con un número en el nombre: «Caritas (2)»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file names a stakeholder already in the file.</source>
        <translation>Ninguna fila del archivo designa un actor que ya esté en el archivo de la ciudad.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n actor del archivo ya está en el archivo de la ciudad.</numerusform>
            <numerusform>%n actores del archivo ya están en el archivo de la ciudad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV, then choose the file here or drop it on this window. The first line must name the columns.</source>
        <translation>Guarde la lista desde su hoja de cálculo como CSV y elija aquí el archivo o arrástrelo a esta ventana. La primera línea debe indicar los nombres de las columnas.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <source>The city file is open read-only, so nothing can be imported into it. Open it for editing (File &gt; Open), then import again.</source>
        <translation>El archivo de la ciudad está abierto en modo de solo lectura, por lo que no se puede importar nada en él. Ábralo para editarlo (Archivo &gt; Abrir) y vuelva a importar.</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>Importar actores desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n fila bajo la línea de encabezado, leída como %1 con campos separados por %2. Si en la página siguiente los nombres muestran letras erróneas o las columnas no son correctas, elija aquí otra codificación u otro separador.</numerusform>
            <numerusform>%n filas bajo la línea de encabezado, leídas como %1 con campos separados por %2. Si en la página siguiente los nombres muestran letras erróneas o las columnas no son correctas, elija aquí otra codificación u otro separador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Each column of the file goes to the field chosen beside it. Columns were matched from their names; change any that are wrong.</source>
        <translation>Cada columna del archivo va al campo elegido a su lado. Las columnas se han asignado a partir de sus nombres; cambie las que sean incorrectas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(columna %1, sin nombre)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Importar la columna «%1» como</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importada</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>Las %1 primeras filas de %2, tal como se importarán; %n de ellas se excluirá (véase la columna Importar).</numerusform>
            <numerusform>Las %1 primeras filas de %2, tal como se importarán; %n de ellas se excluirán (véase la columna Importar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportPreviewModel</name>
    <message>
        <source>Left out: %1</source>
        <translation>Excluida: %1</translation>
    </message>
    <message>
        <source>Already in the file</source>
        <translation>Ya está en el archivo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuevo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>StakeholderImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>The import is stored in the city file. Edit &gt; Undo takes all of it back in one step.</source>
        <translation>La importación se ha guardado en el archivo de la ciudad. Edición &gt; Deshacer la revierte entera en un solo paso.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>Import of %1, read as %2 with fields separated by %3.</source>
        <translation>Importación de %1, leído como %2 con campos separados por %3.</translation>
    </message>
    <message>
        <source>New stakeholders: %1</source>
        <translation>Actores nuevos: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizados: %1</translation>
    </message>
    <message>
        <source>Already in the file, left as they were: %1</source>
        <translation>Ya en el archivo, sin cambios: %1</translation>
    </message>
    <message>
        <source>Contact persons added: %1</source>
        <translation>Personas de contacto añadidas: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Filas excluidas: %1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columnas no importadas: %1</translation>
    </message>
    <message>
        <source>New themes: %1</source>
        <translation>Temas nuevos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>%n valor de tema excluido: una importación crea como máximo %1 temas. Elija su significado en el paso de valores o añada antes los temas.</numerusform>
            <numerusform>%n valores de tema excluidos: una importación crea como máximo %1 temas. Elija su significado en el paso de valores o añada antes los temas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out (correct them in the file and import it again: the rows already imported will be found as duplicates):</source>
        <translation>Filas excluidas (corríjalas en el archivo y vuelva a importarlo: las filas ya importadas se detectarán como duplicadas):</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, skipped: %3, rows left out: %4.</source>
        <translation>Nuevos: %1, actualizados: %2, omitidos: %3, filas excluidas: %4.</translation>
    </message>
    <message>
        <source>import report %1.txt</source>
        <translation>informe de importación %1.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in “%1”: %2. Choose another folder, or copy the report instead.</source>
        <translation>No se ha podido guardar el informe en «%1»: %2. Elija otra carpeta o copie el informe.</translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message>
        <source>Say what the values mean</source>
        <translation>Indicar el significado de los valores</translation>
    </message>
    <message>
        <source>These kinds, levels and themes of the file are not among Passerelle’s. Choose what each one means; the city file remembers your choices for the next import.</source>
        <translation>Estos tipos, niveles y temas del archivo no figuran entre los de Passerelle. Elija qué significa cada uno; el archivo de la ciudad recordará sus elecciones para la próxima importación.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Aparece primero en la línea %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Qué significa «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>%n valor más no figura en la lista: las filas con un tipo o un nivel no listado se excluyen, y un tema no listado se convierte en un tema nuevo.</numerusform>
            <numerusform>%n valores más no figuran en la lista: las filas con un tipo o un nivel no listado se excluyen, y un tema no listado se convierte en un tema nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>Excluir esas filas</translation>
    </message>
    <message>
        <source>A new theme “%1”</source>
        <translation>Un tema nuevo «%1»</translation>
    </message>
    <message>
        <source>No theme: leave it out</source>
        <translation>Sin tema: excluirlo</translation>
    </message>
</context>
<context>
    <name>StakeholderPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Añadir actor</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>Añadir un actor (Insert)</translation>
    </message>
    <message>
        <source>Copy the selected stakeholders with their themes, scores and notes (Ctrl+D)</source>
        <translation>Copiar los actores seleccionados con sus temas, puntuaciones y notas (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>Eliminar los actores seleccionados (Supr)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>name and number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Añadir el actor «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>Duplicar %n actor</numerusform>
            <numerusform>Duplicar %n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicar «%1»</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Eliminar actores</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Eliminar %n actor</numerusform>
            <numerusform>Eliminar %n actores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRelation</name>
    <message>
        <source>Partnership</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>su relación</numerusform>
            <numerusform>sus %n relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>su relación</numerusform>
            <numerusform>sus %n relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>su interacción</numerusform>
            <numerusform>sus %n interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>su interacción</numerusform>
            <numerusform>sus %n interacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>its seat in the City Stakeholder Group</source>
        <translation>su puesto en el Grupo de Actores de la Ciudad</translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>su puesto en el Grupo de Actores de la Ciudad</numerusform>
            <numerusform>sus %n puestos en el Grupo de Actores de la Ciudad</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n actor?</numerusform>
            <numerusform>¿Eliminar %n actores?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be deleted too.</source>
        <translation>También se eliminará %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of things deleted</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two things deleted</comment>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>StakeholderRepository</name>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>El nombre del actor</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>La influencia</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>El interés</translation>
    </message>
    <message>
        <source>A theme of the stakeholder</source>
        <translation>Un tema del actor</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>El nombre de la persona de contacto</translation>
    </message>
    <message>
        <source>The contact person&apos;s stakeholder</source>
        <translation>El actor de la persona de contacto</translation>
    </message>
    <message>
        <source>The relation&apos;s first stakeholder</source>
        <translation>El primer actor de la relación</translation>
    </message>
    <message>
        <source>The relation&apos;s second stakeholder</source>
        <translation>El segundo actor de la relación</translation>
    </message>
    <message>
        <source>The strength of the relation</source>
        <translation>La intensidad de la relación</translation>
    </message>
    <message>
        <source>The relation between these two stakeholders</source>
        <translation>La relación entre estos dos actores</translation>
    </message>
    <message>
        <source>The engagement&apos;s stakeholder</source>
        <translation>El actor de la interacción</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>La fecha de seguimiento</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«%1» no parece una dirección de correo electrónico (nombre@example.org). Corríjala o deje vacío el correo.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«%1» no parece un número de teléfono: use solo cifras, espacios y + - ( ) ., con al menos seis cifras. Corríjalo o deje vacío el teléfono.</translation>
    </message>
    <message>
        <source>A relation links two different stakeholders. Choose another stakeholder for one of its ends.</source>
        <translation>Una relación une a dos actores distintos. Elija otro actor para uno de sus extremos.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Member of the City Stakeholder Group</source>
        <translation>Miembro del Grupo de Actores de la Ciudad</translation>
    </message>
    <message>
        <source>Not a member of the City Stakeholder Group</source>
        <translation>No es miembro del Grupo de Actores de la Ciudad</translation>
    </message>
    <message>
        <source>No engagement logged yet</source>
        <translation>Todavía no hay ninguna interacción registrada</translation>
    </message>
    <message>
        <source>Last contact on %1; a follow-up is overdue</source>
        <translation>Último contacto el %1; hay un seguimiento vencido</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Último contacto el %1</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>De %1 (baja) a %2 (alta)</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Seguimiento vencido desde el %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1: %2</source>
        <translation>Seguimiento vencido desde el %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>y %n seguimiento vencido más</numerusform>
            <numerusform>y %n seguimientos vencidos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Editar el actor «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderXlsxExport</name>
    <message>
        <source>Contacts (personal data)</source>
        <translation>Contactos (datos personales)</translation>
    </message>
    <message>
        <source>Personal data: share this sheet only with people who need it to contact these persons, and delete copies you no longer need.</source>
        <translation>Datos personales: comparta esta hoja solo con quienes la necesiten para contactar con estas personas y elimine las copias que ya no necesite.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consentimiento para ser contactado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: the temporary folder is not writable (%1). Free some space on the disk, then export again.</source>
        <translation>No se ha podido preparar el libro de Excel: no se puede escribir en la carpeta temporal (%1). Libere espacio en el disco y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: not enough memory. Close other programs, then export again.</source>
        <translation>No se ha podido preparar el libro de Excel: no hay memoria suficiente. Cierre otros programas y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>The Excel workbook could not be made (%1). Check the free space on the disk, then export again.</source>
        <translation>No se ha podido crear el libro de Excel (%1). Compruebe el espacio libre en el disco y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read back (%1). Check the free space on the disk, then export again.</source>
        <translation>No se ha podido volver a leer el libro de Excel (%1). Compruebe el espacio libre en el disco y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPane</name>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Im&amp;portar desde CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Overdue follow-ups…</source>
        <translation>Seguimientos vencidos…</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;bla</translation>
    </message>
    <message>
        <source>&amp;Influence and interest</source>
        <translation>Infl&amp;uencia e interés</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Re&amp;d</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Grupo de actores</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Fic&amp;ha</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>Re&amp;laciones</translation>
    </message>
    <message>
        <source>Engage&amp;ments</source>
        <translation>Interaccio&amp;nes</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>Añadir o actualizar actores desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>Write every stakeholder with their contacts as CSV or Excel</source>
        <translation>Escribir todos los actores con sus contactos en CSV o Excel</translation>
    </message>
    <message>
        <source>List every follow-up promised for a day already past and not logged as done, across stakeholders</source>
        <translation>Enumerar todos los seguimientos prometidos para un día ya pasado y no registrados como hechos, de todos los actores</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected stakeholder; hidden, they leave their width to the view</source>
        <translation>Mostrar u ocultar los detalles del actor seleccionado; si se ocultan, dejan su anchura a la vista</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message>
        <source>high influence and high interest: involve them in every step and consult them on each priority.</source>
        <translation>influencia alta e interés alto: implicarlos en cada paso y consultarlos sobre cada prioridad.</translation>
    </message>
    <message>
        <source>high influence, lower interest: meet their expectations on what concerns them, without overloading them.</source>
        <translation>influencia alta, interés menor: responder a sus expectativas en lo que les concierne, sin sobrecargarlos.</translation>
    </message>
    <message>
        <source>lower influence, high interest: keep them informed and listen to them; they often know the field best.</source>
        <translation>influencia menor, interés alto: mantenerlos informados y escucharlos; a menudo son quienes mejor conocen el terreno.</translation>
    </message>
    <message>
        <source>lower influence and interest: follow how their position changes, with little effort.</source>
        <translation>influencia e interés menores: seguir la evolución de su postura, con poco esfuerzo.</translation>
    </message>
    <message>
        <source>Stakeholders by strategy</source>
        <translation>Actores por estrategia</translation>
    </message>
    <message>
        <source>Each quadrant of the grid calls for its own way of working with the stakeholders in it:</source>
        <translation>Cada cuadrante de la matriz requiere su propia forma de trabajar con los actores que contiene:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Influence and interest are scored from 1 to 5; a score of 3 or more counts as high.</source>
        <translation>La influencia y el interés se puntúan de 1 a 5; una puntuación de 3 o más se considera alta.</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet.</source>
        <translation>Todavía no se ha registrado ningún actor.</translation>
    </message>
    <message>
        <source>Stakeholders by kind</source>
        <translation>Actores por tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>This report includes personal data at the officer’s request: share it only with those who need it.</source>
        <translation>Este informe incluye datos personales a petición de la persona responsable: compártalo solo con quienes lo necesiten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>No contact person is recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna persona de contacto.</translation>
    </message>
    <message>
        <source>No relation between stakeholders is recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna relación entre actores.</translation>
    </message>
    <message>
        <source>Partnerships, funding, referrals, coordination and tensions between the stakeholders that have any. A thicker line is a stronger tie; an arrow shows who funds or refers to whom.</source>
        <translation>Colaboraciones, financiación, derivaciones, coordinación y tensiones entre los actores que las tienen. Una línea más gruesa indica un vínculo más fuerte; una flecha muestra quién financia o deriva a quién.</translation>
    </message>
    <message>
        <source>The relations network of the stakeholders.</source>
        <translation>La red de relaciones de los actores.</translation>
    </message>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>Una red de %n relación entre actores.</numerusform>
            <numerusform>Una red de %n relaciones entre actores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>Las relaciones unen a %n actor: demasiados para dibujarlos de forma legible en una página. La vista de red del programa los muestra, filtrados por tipo o tema.</numerusform>
            <numerusform>Las relaciones unen a %n actores: demasiados para dibujarlos de forma legible en una página. La vista de red del programa los muestra, filtrados por tipo o tema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>Todas las relaciones</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Mapa de actores</translation>
    </message>
    <message>
        <source>The actors of migrant inclusion in the city: their influence and interest, their relations, the stakeholder group</source>
        <translation>Los actores de la inclusión de los migrantes en la ciudad: su influencia y su interés, sus relaciones, el grupo de actores</translation>
    </message>
    <message>
        <source>Who works on migrant inclusion in the city, how much they weigh and how they work together</source>
        <translation>Quién trabaja por la inclusión de los migrantes en la ciudad, qué peso tiene cada uno y cómo colaboran</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relación</numerusform>
            <numerusform>%n relaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The influence/interest grid</source>
        <translation>La matriz de influencia e interés</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>actores</translation>
    </message>
    <message>
        <source>relations between them</source>
        <translation>relaciones entre ellos</translation>
    </message>
    <message>
        <source>members of the stakeholder group</source>
        <translation>miembros del grupo de actores</translation>
    </message>
    <message>
        <source>to manage closely</source>
        <translation>que gestionar de cerca</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet: the grid will show them once the officer has entered and scored them.</source>
        <translation>Todavía no se ha registrado ningún actor: la matriz los mostrará cuando se hayan introducido y puntuado.</translation>
    </message>
    <message>
        <source>Each stakeholder is placed by the influence it has on migrant inclusion in the city (upwards) and by its interest in it (rightwards). The colour of a dot is its kind.</source>
        <translation>Cada actor se sitúa según la influencia que tiene en la inclusión de los migrantes en la ciudad (hacia arriba) y según su interés en ella (hacia la derecha). El color de un punto indica su tipo.</translation>
    </message>
    <message>
        <source>The stakeholders on the influence/interest grid.</source>
        <translation>Los actores en la matriz de influencia e interés.</translation>
    </message>
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>Una matriz de influencia e interés de %n actor.</numerusform>
            <numerusform>Una matriz de influencia e interés de %n actores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>Relaciones entre actores</translation>
    </message>
    <message>
        <source>The City Stakeholder Group</source>
        <translation>El Grupo de Actores de la Ciudad</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the standing consultation body of the city’s migrant-inclusion work.</source>
        <translation>El Grupo de Actores de la Ciudad es el órgano de consulta permanente del trabajo de la ciudad por la inclusión de los migrantes.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>Cuenta con %n miembro.</numerusform>
            <numerusform>Cuenta con %n miembros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>Se ha reunido %n vez, la última el %1.</numerusform>
            <numerusform>Se ha reunido %n veces, la última el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Papel en el grupo</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>The stakeholder group has no member yet.</source>
        <translation>El grupo de actores todavía no tiene ningún miembro.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Add &amp;area…</source>
        <translation>Añadir á&amp;mbito…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Añadir c&amp;riterio…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Reincorp&amp;orar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>E&amp;xportar plantilla…</translation>
    </message>
    <message>
        <source>I&amp;mport template…</source>
        <translation>&amp;Importar plantilla…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>Li&amp;sta de verificación:</translation>
    </message>
    <message>
        <source>The areas and items the rounds ask. Double-click a cell to edit it. Retire an item that no longer applies: its answers in earlier rounds stay and still count in their scores.</source>
        <translation>Los ámbitos y criterios sobre los que preguntan las rondas. Haga doble clic en una celda para editarla. Retire un criterio que ya no proceda: sus respuestas en rondas anteriores se conservan y siguen contando en sus puntuaciones.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Add the area “%1”</source>
        <translation>Añadir el ámbito «%1»</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>Añadir el criterio «%1»</translation>
    </message>
    <message>
        <source>Move the item “%1”</source>
        <translation>Mover el criterio «%1»</translation>
    </message>
    <message>
        <source>Move the area “%1”</source>
        <translation>Mover el ámbito «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>¿Retirar «%1»?

Las rondas que se realicen a partir de hoy ya no lo preguntarán. Tiene %n respuesta en rondas anteriores, que se conserva y sigue contando en las puntuaciones de esas rondas. Podrá reincorporar el criterio más adelante.</numerusform>
            <numerusform>¿Retirar «%1»?

Las rondas que se realicen a partir de hoy ya no lo preguntarán. Sus %n respuestas en rondas anteriores se conservan y siguen contando en las puntuaciones de esas rondas. Podrá reincorporar el criterio más adelante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire an item</source>
        <translation>Retirar un criterio</translation>
    </message>
    <message>
        <source>Retire the item “%1”</source>
        <translation>Retirar el criterio «%1»</translation>
    </message>
    <message>
        <source>Bring back the item “%1”</source>
        <translation>Reincorporar el criterio «%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Only an area the city added and that holds no items can be deleted. Retire the items of “%1” instead.</source>
        <translation>Solo se puede eliminar un ámbito añadido por la ciudad que no contenga criterios. Retire en su lugar los criterios de «%1».</translation>
    </message>
    <message>
        <source>Delete the area “%1”</source>
        <translation>Eliminar el ámbito «%1»</translation>
    </message>
    <message>
        <source>Delete the item “%1”</source>
        <translation>Eliminar el criterio «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>«%1» tiene %n respuesta en rondas anteriores, que se perdería al eliminarlo.</numerusform>
            <numerusform>«%1» tiene %n respuestas en rondas anteriores, que se perderían al eliminarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to the built-in checklist: a later version may still reword it.</source>
        <translation>«%1» forma parte de la lista de verificación integrada: una versión posterior aún puede reformularlo.</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>Ya está retirado.</translation>
    </message>
    <message>
        <source>Retire it instead? Rounds held from today on will no longer ask it; its answers stay and still count in the scores of earlier rounds.</source>
        <translation>¿Retirarlo en su lugar? Las rondas que se realicen a partir de hoy ya no lo preguntarán; sus respuestas se conservan y siguen contando en las puntuaciones de las rondas anteriores.</translation>
    </message>
</context>
<context>
    <name>TemplateEntryDialog</name>
    <message>
        <source>New area</source>
        <translation>Nuevo ámbito</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>What the area covers, in a sentence or two.</source>
        <translation>Qué abarca el ámbito, en una o dos frases.</translation>
    </message>
    <message>
        <source>What shows that the city meets it: a document, a figure, a service to visit.</source>
        <translation>Qué demuestra que la ciudad lo cumple: un documento, una cifra, un servicio que visitar.</translation>
    </message>
    <message>
        <source>For example: Health</source>
        <translation>Por ejemplo: Salud</translation>
    </message>
    <message>
        <source>For example: A newly arrived child can enrol in a public school without a residence permit.</source>
        <translation>Por ejemplo: Un niño o una niña recién llegados pueden matricularse en un colegio público sin permiso de residencia.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Guidance on evidence:</source>
        <translation>&amp;Orientación sobre la evidencia:</translation>
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
        <translation>No se ha podido leer «%1»: %2. Compruebe que el archivo existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>«%1» supera los %2 MB que puede ocupar una plantilla de lista de verificación, así que no lo es. Pida a la ciudad que lo envió la lista de verificación tal como la exporta Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is larger than the %1 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>El archivo de la lista de verificación supera los %1 MB que puede ocupar una plantilla, así que no lo es. Pida a la ciudad que lo envió la lista de verificación tal como la exporta Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is not valid JSON: %1 at line %2 (character %3). Ask the sender for a new copy.</source>
        <translation>El archivo de la lista de verificación no es un JSON válido: %1 en la línea %2 (carácter %3). Pida una copia nueva al remitente.</translation>
    </message>
    <message>
        <source>The file is not a Passerelle checklist: it has no “format” or no “areas”.</source>
        <translation>El archivo no es una lista de verificación de Passerelle: le falta «format» o «areas».</translation>
    </message>
    <message>
        <source>The checklist uses format %1, newer than this Passerelle reads (format %2). Update Passerelle to import it.</source>
        <translation>La lista de verificación usa el formato %1, más reciente que el que lee esta versión de Passerelle (formato %2). Actualice Passerelle para importarla.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, which this Passerelle does not read (format %2). Update Passerelle to import it.</source>
        <translation>La lista de verificación usa el formato %1, que esta versión de Passerelle no lee (formato %2). Actualice Passerelle para importarla.</translation>
    </message>
    <message>
        <source>The checklist has no key. Give it a “key” that names it.</source>
        <translation>La lista de verificación no tiene clave. Añádale una «key» que la identifique.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>La clave de la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist “%1” has no valid version: it must be 1 or more.</source>
        <translation>La lista de verificación «%1» no tiene una versión válida: debe ser 1 o más.</translation>
    </message>
    <message>
        <source>The checklist “%1” does not say which languages it is written in.</source>
        <translation>La lista de verificación «%1» no indica en qué idiomas está redactada.</translation>
    </message>
    <message>
        <source>%1 has no “%2” translation. Add it, or remove “%2” from the template&apos;s languages.</source>
        <translation>%1 no tiene traducción «%2». Añádala o quite «%2» de los idiomas de la plantilla.</translation>
    </message>
    <message>
        <source>%1 is empty in “%2”. Write it, or remove the record.</source>
        <translation>%1 está vacío en «%2». Redáctelo o elimine el registro.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <comment>a text in a language</comment>
        <translation>%1 en «%2»</translation>
    </message>
    <message>
        <source>%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.</source>
        <translation>%1 tiene el tema «%2», que Passerelle no conoce. Use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>El título de la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist&apos;s description</source>
        <translation>La descripción de la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist “%1” has no areas.</source>
        <translation>La lista de verificación «%1» no tiene ámbitos.</translation>
    </message>
    <message>
        <source>The checklist “%1” has %2 items, more than the %3 a checklist may have. Split it into several checklists.</source>
        <translation>La lista de verificación «%1» tiene %2 criterios, más de los %3 que puede tener. Divídala en varias listas.</translation>
    </message>
    <message>
        <source>An area of the checklist has no key. Give every area a key.</source>
        <translation>Un ámbito de la lista de verificación no tiene clave. Asigne una clave a cada ámbito.</translation>
    </message>
    <message>
        <source>The key of an area</source>
        <translation>La clave de un ámbito</translation>
    </message>
    <message>
        <source>The area key “%1” appears twice. Give each area its own key.</source>
        <translation>La clave de ámbito «%1» aparece dos veces. Asigne a cada ámbito su propia clave.</translation>
    </message>
    <message>
        <source>The area “%1”</source>
        <translation>El ámbito «%1»</translation>
    </message>
    <message>
        <source>The title of the area “%1”</source>
        <translation>El título del ámbito «%1»</translation>
    </message>
    <message>
        <source>The description of the area “%1”</source>
        <translation>La descripción del ámbito «%1»</translation>
    </message>
    <message>
        <source>An item of the area “%1” has no key. Give every item a key.</source>
        <translation>Un criterio del ámbito «%1» no tiene clave. Asigne una clave a cada criterio.</translation>
    </message>
    <message>
        <source>The key of an item of the area “%1”</source>
        <translation>La clave de un criterio del ámbito «%1»</translation>
    </message>
    <message>
        <source>The item key “%1” appears twice. Give each item its own key.</source>
        <translation>La clave de criterio «%1» aparece dos veces. Asigne a cada criterio su propia clave.</translation>
    </message>
    <message>
        <source>The item “%1”</source>
        <translation>El criterio «%1»</translation>
    </message>
    <message>
        <source>The statement of the item “%1”</source>
        <translation>El enunciado del criterio «%1»</translation>
    </message>
    <message>
        <source>The guidance of the item “%1”</source>
        <translation>La orientación del criterio «%1»</translation>
    </message>
    <message>
        <source>The item “%1” says it was added in version %2, but the checklist is at version %3.</source>
        <translation>El criterio «%1» indica que se añadió en la versión %2, pero la lista de verificación está en la versión %3.</translation>
    </message>
    <message>
        <source>Passerelle has no built-in checklist “%1”.</source>
        <translation>Passerelle no tiene ninguna lista de verificación integrada «%1».</translation>
    </message>
</context>
<context>
    <name>TemplateInstaller</name>
    <message>
        <source>This file already has version %1 of the checklist “%2”; the one offered is version %3. Nothing was changed.</source>
        <translation>Este archivo ya tiene la versión %1 de la lista de verificación «%2»; la que se ofrece es la versión %3. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The checklist to upgrade is no longer in the file.</source>
        <translation>La lista de verificación que se iba a actualizar ya no está en el archivo.</translation>
    </message>
    <message>
        <source>The checklist to export is no longer in the file.</source>
        <translation>La lista de verificación que se iba a exportar ya no está en el archivo.</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>Plantillas de listas de verificación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Exportar la lista de verificación</translation>
    </message>
    <message>
        <source>The checklist could not be written to “%1”: %2. Choose another folder or free some space, then export again.</source>
        <translation>No se ha podido escribir la lista de verificación en «%1»: %2. Elija otra carpeta o libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The checklist “%1” was written: a partner city imports it with Import a checklist.</source>
        <translation>Se ha escrito la lista de verificación «%1»: una ciudad socia la importa con Importar una lista de verificación.</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Importar una lista de verificación</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha modificado nada.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2

Nothing was changed. Ask the city that sent it for a file exported by Passerelle.</source>
        <translation>No se puede importar «%1»: %2

No se ha modificado nada. Pida a la ciudad que se lo envió un archivo exportado con Passerelle.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>areas and items</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n ámbito</numerusform>
            <numerusform>%n ámbitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n criterio</numerusform>
            <numerusform>%n criterios</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds version %2 of the checklist “%3”, and this file already has version %4. Nothing was changed.</source>
        <translation>«%1» contiene la versión %2 de la lista de verificación «%3», y este archivo ya tiene la versión %4. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Upgrade the checklist “%1” from version %2 to version %3 (%4)?

Reworded items keep their answers; items the new version no longer has are retired, not deleted. Edit &gt; Undo puts the checklist back as it was.</source>
        <translation>¿Actualizar la lista de verificación «%1» de la versión %2 a la versión %3 (%4)?

Los criterios reformulados conservan sus respuestas; los criterios que ya no figuran en la nueva versión se retiran, no se eliminan. Edición &gt; Deshacer devuelve la lista de verificación a su estado anterior.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”, version %2 (%3)?

It is added beside the checklists of this file. Edit &gt; Undo takes it away again.</source>
        <translation>¿Importar la lista de verificación «%1», versión %2 (%3)?

Se añade junto a las listas de verificación de este archivo. Edición &gt; Deshacer la vuelve a quitar.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”</source>
        <translation>Importar la lista de verificación «%1»</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>No se ha importado «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n criterio en uso</numerusform>
            <numerusform>%n criterios en uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the city</source>
        <translation>Añadido por la ciudad</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Retirado el %1</translation>
    </message>
    <message>
        <source>Built-in, version %1</source>
        <translation>Integrado, versión %1</translation>
    </message>
    <message>
        <source>Area / statement</source>
        <translation>Ámbito / enunciado</translation>
    </message>
    <message>
        <source>Guidance on evidence</source>
        <translation>Orientación sobre la evidencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Edit the area “%1”</source>
        <translation>Editar el ámbito «%1»</translation>
    </message>
    <message>
        <source>Edit the item “%1”</source>
        <translation>Editar el criterio «%1»</translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>The theme&apos;s name</source>
        <translation>El nombre del tema</translation>
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
        <translation>Cronograma del plan de acción</translation>
    </message>
    <message>
        <source>The actions and milestones of the plan by date, beside the tree of the plan. Drag a bar or a milestone to change its dates, or select it and press Left or Right to move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start).</source>
        <translation>Las acciones y los hitos del plan por fecha, junto al árbol del plan. Arrastre una barra o un hito para cambiar sus fechas, o selecciónelo y pulse Izquierda o Derecha para moverlo un día (con Shift, una semana; con Ctrl, su fin; con Alt, su inicio).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan&apos;s actions as bars and milestones as diamonds, by date.&lt;/p&gt;&lt;p&gt;Drag a bar to move the action, or one of its ends to change its start or end date; drag a milestone to change its due date.&lt;/p&gt;&lt;p&gt;With an action or a milestone selected, Left and Right move it by a day, Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action&apos;s end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses in a row on the same bar are one undo step. With nothing selected, Left and Right scroll; + and - zoom in and out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las acciones del plan como barras y los hitos como rombos, por fecha.&lt;/p&gt;&lt;p&gt;Arrastre una barra para mover la acción, o uno de sus extremos para cambiar su fecha de inicio o de fin; arrastre un hito para cambiar su fecha de vencimiento.&lt;/p&gt;&lt;p&gt;Con una acción o un hito seleccionado, Izquierda y Derecha lo mueven un día, Shift+Izquierda y Shift+Derecha una semana; Ctrl+Izquierda y Ctrl+Derecha mueven el fin de la acción, Alt+Izquierda y Alt+Derecha su inicio. Un extremo nunca sobrepasa al otro. Varias pulsaciones seguidas sobre la misma barra cuentan como un solo paso de deshacer. Sin nada seleccionado, Izquierda y Derecha desplazan la vista; + y - acercan y alejan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Passerelle user guide</source>
        <translation>Guía del usuario de Passerelle</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Type a value, or cancel the change.</source>
        <translation>%1 es obligatorio. Escriba un valor o cancele el cambio.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, like %4.</source>
        <translation>%1 debe estar entre %2 y %3, como %4.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter zero or a positive number.</source>
        <translation>%1 no puede ser negativo. Introduzca cero o un número positivo.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 comes before %2. Correct one of the two dates.</source>
        <translation>%1 es anterior a %2. Corrija una de las dos fechas.</translation>
    </message>
    <message>
        <source>%1 is required. Pick a date, or cancel the change.</source>
        <translation>%1 es obligatorio. Elija una fecha o cancele el cambio.</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the years %2 to %3. Pick a date from the calendar.</source>
        <translation>%1 no es una fecha válida entre los años %2 y %3. Elija una fecha en el calendario.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have. Shorten it.</source>
        <translation>%1 tiene %2 caracteres, más de los %3 permitidos. Acórtelo.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (it may have been deleted). Choose another one.</source>
        <translation>%1 remite a un registro que no existe (puede que se haya eliminado). Elija otro.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists. Choose another one, or edit the existing record.</source>
        <translation>%1 «%2» ya existe. Elija otro o edite el registro existente.</translation>
    </message>
</context>
<context>
    <name>ValueMapOption</name>
    <message>
        <source>What a kind, level or theme value of the CSV file means when it is not recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a level (“Office=government_agency”, “Métropole=regional”), or theme:NAME for a theme of the city file (“Migration=theme:Refugees and asylum”). The city file remembers these choices for the next import.</source>
        <translation>Qué significa un valor de tipo, nivel o tema del archivo CSV cuando no se reconoce, con la forma VALOR=SIGNIFICADO; repítalo para cada valor. SIGNIFICADO es un tipo o un nivel («Oficina=government_agency», «Comunidad=regional»), o theme:NOMBRE para un tema del archivo de la ciudad («Migración=theme:Personas refugiadas y asilo»). El archivo de la ciudad recuerda estas elecciones para la próxima importación.</translation>
    </message>
    <message>
        <source>--map takes VALUE=MEANING, such as “Office=government_agency”, not “%1”.</source>
        <translation>--map requiere VALOR=SIGNIFICADO, como «Oficina=government_agency», no «%1».</translation>
    </message>
    <message>
        <source>--map “%1”: the city file has no theme “%2”. Give the name of one of its themes, as the Themes list shows it.</source>
        <translation>--map «%1»: el archivo de la ciudad no tiene el tema «%2». Indique el nombre de uno de sus temas, tal como aparece en la lista de temas.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: %4. For a theme, write theme:NAME.</source>
        <translation>--map «%1»: «%2» no es ni un tipo ni un nivel. Tipos: %3. Niveles: %4. Para un tema, escriba theme:NOMBRE.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Bienvenido a Passerelle</translation>
    </message>
    <message>
        <source>Keep your city&apos;s knowledge and plan in one file: its migration profile, its stakeholders, access to services, priorities and actions. Every change is stored as soon as you make it.</source>
        <translation>Reúna el conocimiento y el plan de su ciudad en un solo archivo: su perfil migratorio, sus actores, el acceso a los servicios, las prioridades y las acciones. Cada cambio se guarda en cuanto se hace.</translation>
    </message>
    <message>
        <source>New city file…</source>
        <translation>Nuevo archivo de ciudad…</translation>
    </message>
    <message>
        <source>Start the file of your city. You give its name; the themes and profile sections are ready to fill.</source>
        <translation>Inicie el archivo de su ciudad. Usted indica su nombre; los temas y las secciones del perfil están listos para rellenar.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a city file from your computer or a USB key.</source>
        <translation>Abrir un archivo de ciudad desde su equipo o una memoria USB.</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>Abrir la ciudad de demostración</translation>
    </message>
    <message>
        <source>Explore a fictional city with a complete file before starting your own. Changes stay in the demo file.</source>
        <translation>Explore una ciudad ficticia con un archivo completo antes de empezar el suyo. Los cambios se quedan en el archivo de demostración.</translation>
    </message>
    <message>
        <source>Recent city files</source>
        <translation>Archivos de ciudad recientes</translation>
    </message>
    <message>
        <source>The files you open will be listed here.</source>
        <translation>Los archivos que abra aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle: the city integration officer&apos;s workbook.</source>
        <translation>Passerelle: el cuaderno de trabajo de la persona responsable de integración de una ciudad.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Open the demo city file, making it on first use.</source>
        <translation>Abrir el archivo de la ciudad de demostración, creándolo la primera vez.</translation>
    </message>
    <message>
        <source>City files to open.</source>
        <translation>Archivos de ciudad que se van a abrir.</translation>
    </message>
</context>
</TS>
