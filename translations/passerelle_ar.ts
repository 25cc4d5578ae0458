<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Passerelle</source>
        <translation>حول Passerelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>The city integration officer&apos;s workbook: the city&apos;s migration profile, stakeholders, access to services, priorities and action plan, in one file.</source>
        <translation>دفتر عمل المسؤول عن الإدماج في المدينة: ملمح الهجرة في المدينة، والجهات المعنية، والوصول إلى الخدمات، والأولويات، وخطة العمل، في ملف واحد.</translation>
    </message>
    <message>
        <source>Passerelle is free software: you may use, study, share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>برنامج Passerelle حر: يمكنك استخدامه ودراسته ومشاركته وتعديله وفق شروط &lt;a href=&quot;%1&quot;&gt;رخصة جنو العمومية العامة&lt;/a&gt;، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (GPL-3.0-or-later). يُقدَّم دون أي ضمان.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>بُني باستخدام Qt %1.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Add a bu&amp;dget line</source>
        <translation>إضافة &amp;بند ميزانية</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected budget lines</source>
        <translation>إزالة بنود الميزانية المحددة</translation>
    </message>
    <message>
        <source>Budget lines of the action</source>
        <translation>بنود ميزانية الإجراء</translation>
    </message>
    <message>
        <source>Add a &amp;progress note</source>
        <translation>إضافة م&amp;لاحظة تقدم</translation>
    </message>
    <message>
        <source>Remove the selected progress notes</source>
        <translation>إزالة ملاحظات التقدم المحددة</translation>
    </message>
    <message>
        <source>Progress log of the action</source>
        <translation>سجل تقدم الإجراء</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;الميزانية</translation>
    </message>
    <message>
        <source>Progress lo&amp;g</source>
        <translation>سجل التق&amp;دم</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>المؤ&amp;شرات</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Remove the selected indicators</source>
        <translation>إزالة المؤشرات المحددة</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>مؤشرات الإجراء</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>إضافة قيمة مقيسة</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>إزالة القيم المحددة</translation>
    </message>
    <message>
        <source>Values measured for the indicator</source>
        <translation>القيم المقيسة للمؤشر</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>ال&amp;مسؤول:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>ال&amp;شركاء:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation>أعطِ الإجراء عنوانًا.</translation>
    </message>
    <message>
        <source>The end date is before the start date: change one of them.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية: غيّر أحدهما.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ActionPlanPane</name>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>إضافة محطة</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>تعديل إجراء</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>تعديل محطة</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>تعليم إجراء كمنجز</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>تعليم محطة كمنجزة</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>إزالة إجراء</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” with its %n milestone(s), budget lines, indicators and progress log? Undo puts them back.</source>
        <translation>
            <numerusform>هل تريد إزالة «%1» دون محطات، مع بنود الميزانية والمؤشرات وسجل التقدم؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة «%1» مع محطتها الوحيدة وبنود الميزانية والمؤشرات وسجل التقدم؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة «%1» مع محطتيها وبنود الميزانية والمؤشرات وسجل التقدم؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة «%1» مع محطاتها الـ%n وبنود الميزانية والمؤشرات وسجل التقدم؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة «%1» مع محطاتها الـ%n وبنود الميزانية والمؤشرات وسجل التقدم؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة «%1» مع محطاتها الـ%n وبنود الميزانية والمؤشرات وسجل التقدم؟ يعيدها التراجع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>إزالة محطة</translation>
    </message>
    <message>
        <source>Move action dates</source>
        <translation>نقل تواريخ إجراء</translation>
    </message>
    <message>
        <source>Move milestone</source>
        <translation>نقل محطة</translation>
    </message>
    <message>
        <source>Timeline by &amp;month</source>
        <translation>الجدول الزمني حسب ال&amp;شهر</translation>
    </message>
    <message>
        <source>Timeline by &amp;quarter</source>
        <translation>الجدول الزمني حسب ال&amp;فصل</translation>
    </message>
    <message>
        <source>Timeline by &amp;year</source>
        <translation>الجدول الزمني حسب ال&amp;سنة</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>ال&amp;مسؤول:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>المح&amp;ور:</translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation>ال&amp;تمويل:</translation>
    </message>
    <message>
        <source>Late &amp;only</source>
        <translation>المتأخرة ف&amp;قط</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>إضافة إ&amp;جراء…</translation>
    </message>
    <message>
        <source>Add milesto&amp;ne…</source>
        <translation>إضافة مح&amp;طة…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>تعليم كم&amp;نجز</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Sho&amp;w the lead on the map</source>
        <translation>إظهار المسؤول على ال&amp;خريطة</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>كل المحاور</translation>
    </message>
    <message>
        <source>Any funding source</source>
        <translation>كل مصادر التمويل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>Where the plan stands</source>
        <translation>أين وصلت الخطة</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the plan has %n action(s)</source>
        <translation>
            <numerusform>في %1 تضم الخطة %n إجراء</numerusform>
            <numerusform>في %1 تضم الخطة إجراءً واحدًا</numerusform>
            <numerusform>في %1 تضم الخطة إجراءين</numerusform>
            <numerusform>في %1 تضم الخطة %n إجراءات</numerusform>
            <numerusform>في %1 تضم الخطة %n إجراءً</numerusform>
            <numerusform>في %1 تضم الخطة %n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>, adopted by the council on %1.</source>
        <translation>، اعتمدها المجلس في %1.</translation>
    </message>
    <message>
        <source>; it has not been adopted by the council yet.</source>
        <translation>؛ ولم يعتمدها المجلس بعد.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>إجراءات منجزة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>late: past their end or a milestone</source>
        <translation>متأخرة: تجاوزت نهايتها أو إحدى محطاتها</translation>
    </message>
    <message>
        <source>progress (the mean of the actions&apos;)</source>
        <translation>التقدم (متوسط الإجراءات)</translation>
    </message>
    <message>
        <source>milestones done</source>
        <translation>محطات منجزة</translation>
    </message>
    <message>
        <source>actions ending later than adopted</source>
        <translation>إجراءات تنتهي بعد الموعد المعتمد</translation>
    </message>
    <message>
        <source>spent of %1 planned</source>
        <translation>مصروفة من أصل %1 مخطط لها</translation>
    </message>
    <message>
        <source>committed, not yet paid</source>
        <translation>ملتزم بها، لم تُدفع بعد</translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>لا توجد ملاحظة تقدم بعد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a progress note&apos;s date, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is late and why</source>
        <translation>ما تأخر ولماذا</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Latest progress note</source>
        <translation>آخر ملاحظة تقدم</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>لا يوجد إجراء متأخر.</translation>
    </message>
    <message>
        <source>Days late: since the end date, or since the oldest milestone not done.</source>
        <translation>أيام التأخير: منذ تاريخ النهاية، أو منذ أقدم محطة غير منجزة.</translation>
    </message>
    <message>
        <source>Done since %1</source>
        <translation>منجز منذ %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>محطة منجزة: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما أُنجز</translation>
    </message>
    <message>
        <source>Nothing was recorded as done in this period.</source>
        <translation>لم يُسجَّل أي إنجاز في هذه الفترة.</translation>
    </message>
    <message>
        <source>Slippage against the adopted plan</source>
        <translation>الانزياح عن الخطة المعتمدة</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet: there are no adopted dates to compare with.</source>
        <translation>لم تُعتمد الخطة بعد: لا توجد تواريخ معتمدة للمقارنة بها.</translation>
    </message>
    <message>
        <source>Adopted end</source>
        <translation>النهاية المعتمدة</translation>
    </message>
    <message>
        <source>Current end</source>
        <translation>النهاية الحالية</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Every action keeps the dates the council adopted.</source>
        <translation>كل الإجراءات تحافظ على التواريخ التي اعتمدها المجلس.</translation>
    </message>
    <message>
        <source>Days: how much later (+) or earlier (−) than adopted the action ends.</source>
        <translation>الأيام: كم يتأخر (+) أو يتقدم (−) انتهاء الإجراء عن الموعد المعتمد.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>الميزانية حسب مصدر التمويل</translation>
    </message>
    <message>
        <source>No budget line has been entered.</source>
        <translation>لم يُدخل أي بند ميزانية.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>ملتزم به</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>نسبة المصروف</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(المصدر غير محدد)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Adopted: the planned amounts the council adopted with the plan.</source>
        <translation>معتمد: المبالغ المخطط لها التي اعتمدها المجلس مع الخطة.</translation>
    </message>
    <message>
        <source>Action plan: status report</source>
        <translation>خطة العمل: تقرير الوضع</translation>
    </message>
    <message>
        <source>Where the action plan of %1 stands on %2</source>
        <translation>أين وصلت خطة العمل في %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>الوضع في %1</translation>
    </message>
    <message>
        <source>Plan adopted by the council on %1</source>
        <translation>خطة اعتمدها المجلس في %1</translation>
    </message>
    <message>
        <source>Plan not yet adopted</source>
        <translation>خطة لم تُعتمد بعد</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>No action has dates yet.</source>
        <translation>لا يوجد إجراء له تواريخ بعد.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>The action&apos;s priority</source>
        <translation>أولوية الإجراء</translation>
    </message>
    <message>
        <source>The action&apos;s title</source>
        <translation>عنوان الإجراء</translation>
    </message>
    <message>
        <source>The lead stakeholder</source>
        <translation>الجهة المعنية المسؤولة</translation>
    </message>
    <message>
        <source>A partner stakeholder</source>
        <translation>جهة معنية شريكة</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>The milestone&apos;s title</source>
        <translation>عنوان المحطة</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>اسم المؤشر</translation>
    </message>
    <message>
        <source>The funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>The planned amount</source>
        <translation>المبلغ المخطط له</translation>
    </message>
    <message>
        <source>The amount spent</source>
        <translation>المبلغ المصروف</translation>
    </message>
    <message>
        <source>The amount committed</source>
        <translation>المبلغ الملتزم به</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>The date of the value</source>
        <translation>تاريخ القيمة</translation>
    </message>
    <message>
        <source>The date of the progress entry</source>
        <translation>تاريخ ملاحظة التقدم</translation>
    </message>
    <message>
        <source>The progress entry&apos;s text</source>
        <translation>نص ملاحظة التقدم</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code. Enter a code such as EUR, USD or MAD.</source>
        <translation>العملة «%1» ليست رمزًا من ثلاثة أحرف. أدخل رمزًا مثل EUR أو USD أو MAD.</translation>
    </message>
</context>
<context>
    <name>ActionWarnings</name>
    <message>
        <source>The milestone is due outside its action&apos;s dates (%1 to %2).</source>
        <translation>موعد المحطة يقع خارج تواريخ إجرائها (من %1 إلى %2).</translation>
    </message>
    <message>
        <source>More has been spent than was planned.</source>
        <translation>المصروف تجاوز المبلغ المخطط له.</translation>
    </message>
    <message>
        <source>The target equals the baseline: the indicator cannot show a change.</source>
        <translation>القيمة المستهدفة تساوي خط الأساس: لا يمكن للمؤشر أن يُظهر أي تغيير.</translation>
    </message>
</context>
<context>
    <name>AdoptPlanCommand</name>
    <message>
        <source>Adoption by the council</source>
        <translation>الاعتماد من المجلس</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the council’s adoption</source>
        <translation>تسجيل اعتماد المجلس</translation>
    </message>
    <message numerus="yes">
        <source>%n validated priority(ies) will become adopted by the council.</source>
        <translation>
            <numerusform>لن تُعتمد أي أولوية مصادق عليها من المجلس.</numerusform>
            <numerusform>ستصبح أولوية واحدة مصادق عليها معتمدة من المجلس.</numerusform>
            <numerusform>ستصبح أولويتان مصادق عليهما معتمدتين من المجلس.</numerusform>
            <numerusform>ستصبح %n أولويات مصادق عليها معتمدة من المجلس.</numerusform>
            <numerusform>ستصبح %n أولوية مصادقًا عليها معتمدة من المجلس.</numerusform>
            <numerusform>ستصبح %n أولوية مصادق عليها معتمدة من المجلس.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay out: the council adopts what the stakeholder group validated.</source>
        <translation>
            <numerusform>لا تبقى أي مسودة خارجًا: يعتمد المجلس ما صادقت عليه مجموعة الجهات المعنية.</numerusform>
            <numerusform>تبقى مسودة واحدة خارجًا: يعتمد المجلس ما صادقت عليه مجموعة الجهات المعنية.</numerusform>
            <numerusform>تبقى مسودتان خارجًا: يعتمد المجلس ما صادقت عليه مجموعة الجهات المعنية.</numerusform>
            <numerusform>تبقى %n مسودات خارجًا: يعتمد المجلس ما صادقت عليه مجموعة الجهات المعنية.</numerusform>
            <numerusform>تبقى %n مسودة خارجًا: يعتمد المجلس ما صادقت عليه مجموعة الجهات المعنية.</numerusform>
            <numerusform>تبقى %n مسودة خارجًا: يعتمد المجلس ما صادقت عليه مجموعة الجهات المعنية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan’s dates and budgets as they are that day become the baseline that delays are measured against.</source>
        <translation>تصبح تواريخ الخطة وميزانياتها كما هي في ذلك اليوم المرجعَ الذي يُقاس به التأخير.</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>تسجيل الاعتماد</translation>
    </message>
    <message>
        <source>Adopted by the council &amp;on:</source>
        <translation>اعتمده المجلس &amp;في:</translation>
    </message>
    <message>
        <source>Give the day of the council’s vote.</source>
        <translation>حدّد يوم تصويت المجلس.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>مستوفى جزئيًا</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Da&amp;ted:</source>
        <translation>&amp;بتاريخ:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>الإ&amp;ثبات:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>Answered &amp;by (personal data):</source>
        <translation>أجاب &amp;عنه (بيانات شخصية):</translation>
    </message>
    <message>
        <source>What shows it:</source>
        <translation>ما يثبت ذلك:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Key %1 in the list</source>
        <translation>المفتاح %1 في القائمة</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>اختر بندًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; Enter edits the evidence</source>
        <translation>1 مستوفى، 2 مستوفى جزئيًا، 3 غير مستوفى، 4 غير معروف، 5 لا ينطبق؛ Enter لتعديل الإثبات</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>أجاب عنه</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>الإجابة عن «%1»</translation>
    </message>
</context>
<context>
    <name>AreaScoresModel</name>
    <message>
        <source>No item of this area is answered met, partly met or not met yet.</source>
        <translation>لم يحصل أي بند من هذا المجال بعد على إجابة مستوفى أو مستوفى جزئيًا أو غير مستوفى.</translation>
    </message>
    <message>
        <source>No earlier round of this checklist.</source>
        <translation>لا توجد جولة سابقة لقائمة التحقق هذه.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>المجموع العام</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>“%1” is not a file but a folder, a device or a pipe, which Passerelle does not read. Save what you want to import as a file, then choose that file.</source>
        <translation>«%1» ليس ملفًا بل مجلد أو جهاز أو أنبوب، ولا يقرؤه Passerelle. احفظ ما تريد استيراده في ملف، ثم اختر ذلك الملف.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>What for</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>ملتزم به</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>%1 spent of %2 planned.</source>
        <translation>صُرف %1 من أصل %2 مخطط له.</translation>
    </message>
    <message>
        <source>Municipal budget</source>
        <translation>الميزانية البلدية</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as %2.</source>
        <translation>«%1» ليس مبلغًا: اكتب رقمًا مثل %2.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>إضافة بند ميزانية</translation>
    </message>
    <message>
        <source>Edit budget line “%1”</source>
        <translation>تعديل بند الميزانية «%1»</translation>
    </message>
    <message>
        <source>Remove budget line “%1”</source>
        <translation>إزالة بند الميزانية «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>إزالة %n بند ميزانية</numerusform>
            <numerusform>إزالة بند ميزانية واحد</numerusform>
            <numerusform>إزالة بندي ميزانية</numerusform>
            <numerusform>إزالة %n بنود ميزانية</numerusform>
            <numerusform>إزالة %n بند ميزانية</numerusform>
            <numerusform>إزالة %n بند ميزانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Nothing to export</source>
        <translation>لا شيء للتصدير</translation>
    </message>
    <message>
        <source>The action plan has no milestone and no action with an end date yet: there is nothing to put in a calendar.</source>
        <translation>لا تضم خطة العمل بعد أي محطة ولا أي إجراء له تاريخ نهاية: لا يوجد ما يوضع في تقويم.</translation>
    </message>
    <message>
        <source>%1 action plan</source>
        <comment>calendar file name</comment>
        <translation>خطة عمل %1</translation>
    </message>
    <message>
        <source>Export the action plan&apos;s calendar</source>
        <translation>تصدير تقويم خطة العمل</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>لم يُكتب التقويم</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>صُدّر التقويم</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written: import the file in your calendar program; an export made later updates the same events.</source>
        <translation>
            <numerusform>كُتب %n حدث: استورد الملف في برنامج التقويم لديك؛ وأي تصدير لاحق يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب حدث واحد: استورد الملف في برنامج التقويم لديك؛ وأي تصدير لاحق يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب حدثان: استورد الملف في برنامج التقويم لديك؛ وأي تصدير لاحق يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتبت %n أحداث: استورد الملف في برنامج التقويم لديك؛ وأي تصدير لاحق يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب %n حدثًا: استورد الملف في برنامج التقويم لديك؛ وأي تصدير لاحق يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب %n حدث: استورد الملف في برنامج التقويم لديك؛ وأي تصدير لاحق يحدّث الأحداث نفسها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>كُتب %n حدث في %1</numerusform>
            <numerusform>كُتب حدث واحد في %1</numerusform>
            <numerusform>كُتب حدثان في %1</numerusform>
            <numerusform>كُتبت %n أحداث في %1</numerusform>
            <numerusform>كُتب %n حدثًا في %1</numerusform>
            <numerusform>كُتب %n حدث في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>The calendar for “%1” could not be made: the computer is out of memory. Close other programs, then export again.</source>
        <translation>تعذّر إعداد التقويم الخاص بـ«%1»: نفدت ذاكرة الحاسوب. أغلق برامج أخرى، ثم أعد التصدير.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a city file can be opened; never writes to it.</source>
        <translation>التحقق من إمكانية فتح ملف مدينة، دون الكتابة فيه أبدًا.</translation>
    </message>
    <message>
        <source>The city file to check.</source>
        <translation>ملف المدينة المراد التحقق منه.</translation>
    </message>
    <message>
        <source>check takes exactly one FILE.</source>
        <translation>يتطلب الأمر check وسيطًا واحدًا فقط FILE.</translation>
    </message>
    <message>
        <source>%1: OK (format version %2)</source>
        <translation>%1: OK (إصدار التنسيق %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>The areas of the checklist changed meanwhile; nothing was moved. Try again.</source>
        <translation>تغيّرت مجالات قائمة التحقق في الأثناء؛ لم يُنقل شيء. أعد المحاولة.</translation>
    </message>
    <message>
        <source>The items of the area changed meanwhile; nothing was moved. Try again.</source>
        <translation>تغيّرت بنود المجال في الأثناء؛ لم يُنقل شيء. أعد المحاولة.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>عنوان قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist&apos;s version</source>
        <translation>إصدار قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>مفتاح قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>The area&apos;s title</source>
        <translation>عنوان المجال</translation>
    </message>
    <message>
        <source>The area&apos;s key</source>
        <translation>مفتاح المجال</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>The item&apos;s statement</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>The item&apos;s key</source>
        <translation>مفتاح البند</translation>
    </message>
    <message>
        <source>The version that added the item</source>
        <translation>الإصدار الذي أضاف البند</translation>
    </message>
    <message>
        <source>The retirement date</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>The round&apos;s label</source>
        <translation>تسمية الجولة</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>جولة التقييم</translation>
    </message>
    <message>
        <source>The round&apos;s date</source>
        <translation>تاريخ الجولة</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>The evidence date</source>
        <translation>تاريخ الإثبات</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>يجب أن تكون قيمة %1 هي 1 أو أكثر.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist “%1” cannot be removed: %n assessment round(s) (%2) were held with it. Remove those rounds first, or keep the checklist.</source>
        <translation>
            <numerusform>لا يمكن إزالة قائمة التحقق «%1»: أُجريت بها %n جولة تقييم (%2). أزل تلك الجولات أولًا، أو احتفظ بقائمة التحقق.</numerusform>
            <numerusform>لا يمكن إزالة قائمة التحقق «%1»: أُجريت بها جولة تقييم واحدة (%2). أزل تلك الجولة أولًا، أو احتفظ بقائمة التحقق.</numerusform>
            <numerusform>لا يمكن إزالة قائمة التحقق «%1»: أُجريت بها جولتا تقييم (%2). أزل هاتين الجولتين أولًا، أو احتفظ بقائمة التحقق.</numerusform>
            <numerusform>لا يمكن إزالة قائمة التحقق «%1»: أُجريت بها %n جولات تقييم (%2). أزل تلك الجولات أولًا، أو احتفظ بقائمة التحقق.</numerusform>
            <numerusform>لا يمكن إزالة قائمة التحقق «%1»: أُجريت بها %n جولة تقييم (%2). أزل تلك الجولات أولًا، أو احتفظ بقائمة التحقق.</numerusform>
            <numerusform>لا يمكن إزالة قائمة التحقق «%1»: أُجريت بها %n جولة تقييم (%2). أزل تلك الجولات أولًا، أو احتفظ بقائمة التحقق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is not part of the checklist of round “%1”. Choose an item of that checklist.</source>
        <translation>البند ليس جزءًا من قائمة التحقق الخاصة بالجولة «%1». اختر بندًا من تلك القائمة.</translation>
    </message>
    <message>
        <source>The item already has an answer in round “%1”. Edit that answer instead.</source>
        <translation>للبند إجابة بالفعل في الجولة «%1». عدّل تلك الإجابة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The checklist of round “%1” cannot change once the round has answers. Start a new round for the other checklist.</source>
        <translation>لا يمكن تغيير قائمة التحقق الخاصة بالجولة «%1» بعد أن صارت للجولة إجابات. ابدأ جولة جديدة لقائمة التحقق الأخرى.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPane</name>
    <message>
        <source>&amp;Answering</source>
        <translation>ا&amp;لإجابة</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>ال&amp;درجات</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>الفجو&amp;ات</translation>
    </message>
    <message>
        <source>Areas and &amp;items</source>
        <translation>المجالات والب&amp;نود</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>الج&amp;ولة:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>جولة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Edit ro&amp;und…</source>
        <translation>تعد&amp;يل الجولة…</translation>
    </message>
    <message>
        <source>&amp;Delete round…</source>
        <translation>&amp;حذف الجولة…</translation>
    </message>
    <message>
        <source>Ne&amp;xt unanswered item</source>
        <translation>البند ال&amp;تالي بلا إجابة</translation>
    </message>
    <message>
        <source>Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; the arrows move, Enter edits the evidence.</source>
        <translation>المفاتيح: 1 مستوفى، 2 مستوفى جزئيًا، 3 غير مستوفى، 4 غير معروف، 5 لا ينطبق؛ الأسهم للتنقل، وEnter لتعديل الإثبات.</translation>
    </message>
    <message>
        <source>The items of the round answered not met or partly met: where the city&apos;s priorities can start. Double-click one to see it in the Answering tab.</source>
        <translation>بنود الجولة التي كانت إجابتها غير مستوفى أو مستوفى جزئيًا: منها يمكن أن تنطلق أولويات المدينة. انقر نقرًا مزدوجًا على أحدها لرؤيته في علامة التبويب «الإجابة».</translation>
    </message>
    <message>
        <source>Make a &amp;priority from this gap</source>
        <translation>إنشاء &amp;أولوية من هذه الفجوة</translation>
    </message>
    <message>
        <source>A draft priority with the gap&apos;s theme, a rationale naming the item and its answer, and the item as its evidence</source>
        <translation>أولوية في شكل مسودة، بمحور الفجوة، وتعليل يذكر البند وإجابته، والبند إثباتًا لها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New round “%1”</source>
        <translation>جولة جديدة «%1»</translation>
    </message>
    <message>
        <source>Edit round “%1”</source>
        <translation>تعديل الجولة «%1»</translation>
    </message>
    <message>
        <source>Delete the round “%1”? It has no answers yet.</source>
        <translation>هل تريد حذف الجولة «%1»؟ ليست لها أي إجابة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the round “%1” and the %n answer(s) given in it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>هل تريد حذف الجولة «%1»؟ لم تُقدَّم فيها أي إجابة.</numerusform>
            <numerusform>هل تريد حذف الجولة «%1» والإجابة الواحدة المقدمة فيها؟ تحرير &gt; تراجع يعيدها.</numerusform>
            <numerusform>هل تريد حذف الجولة «%1» والإجابتين المقدمتين فيها؟ تحرير &gt; تراجع يعيدهما.</numerusform>
            <numerusform>هل تريد حذف الجولة «%1» والإجابات الـ%n المقدمة فيها؟ تحرير &gt; تراجع يعيدها.</numerusform>
            <numerusform>هل تريد حذف الجولة «%1» والإجابات الـ%n المقدمة فيها؟ تحرير &gt; تراجع يعيدها.</numerusform>
            <numerusform>هل تريد حذف الجولة «%1» والإجابات الـ%n المقدمة فيها؟ تحرير &gt; تراجع يعيدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>حذف الجولة</translation>
    </message>
    <message>
        <source>Delete round “%1”</source>
        <translation>حذف الجولة «%1»</translation>
    </message>
    <message>
        <source>No assessment round yet: start one with New round.</source>
        <translation>لا توجد جولة تقييم بعد: ابدأ واحدة بـ«جولة جديدة».</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>أُجيب عن %1 من أصل %2 بند</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>الوصول إلى الخدمات</translation>
    </message>
</context>
<context>
    <name>CityComparison</name>
    <message>
        <source>%1 has no checklist “%2”: its areas are left empty.</source>
        <translation>ليست لدى %1 قائمة تحقق «%2»: تبقى مجالاتها فارغة.</translation>
    </message>
    <message>
        <source>%1 answered version %2 of “%3”, your city answered version %4: the questions may differ, compare these scores with care.</source>
        <translation>أجابت %1 عن الإصدار %2 من «%3»، وأجابت مدينتك عن الإصدار %4: قد تختلف الأسئلة، فقارن هذه الدرجات بحذر.</translation>
    </message>
</context>
<context>
    <name>CityFile</name>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>الملف أو مجلده للقراءة فقط</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself. Choose another name.</source>
        <translation>لا يمكن لنسخة أن تحل محل الملف المفتوح نفسه. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>تعذّرت كتابة النسخة «%1»: %2. اختر مجلدًا آخر، أو حرّر بعض المساحة على القرص.</translation>
    </message>
    <message>
        <source>The file “%1” could not be replaced. Close any program using it, or choose another name.</source>
        <translation>تعذّر استبدال الملف «%1». أغلق أي برنامج يستخدمه، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written. Choose another folder.</source>
        <translation>تعذّرت كتابة النسخة «%1». اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>CityIdentityWidget</name>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Region, province or governorate</source>
        <translation>الجهة أو الإقليم أو المحافظة</translation>
    </message>
    <message>
        <source>Census, municipal register, estimate…</source>
        <translation>إحصاء عام، سجل بلدي، تقدير…</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>ف&amp;ي سنة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاس&amp;م</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>ع&amp;دد السكان</translation>
    </message>
    <message>
        <source>Population &amp;source</source>
        <translation>م&amp;صدر عدد السكان</translation>
    </message>
    <message>
        <source>Edit the city&apos;s identity</source>
        <translation>تعديل هوية المدينة</translation>
    </message>
</context>
<context>
    <name>CitySummary</name>
    <message>
        <source>The file %1 could not be read for the comparison (%2). Check it with “passerelle-cli check” or ask its city for a new copy.</source>
        <translation>تعذّرت قراءة الملف %1 للمقارنة (%2). تحقق منه بالأمر «passerelle-cli check» أو اطلب نسخة جديدة من مدينته.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: passerelle-cli COMMAND [options]
Works on Passerelle city files without the desktop program.

Commands:
</source>
        <translation>الاستخدام: passerelle-cli COMMAND [options]
يعمل على ملفات مدن Passerelle دون برنامج سطح المكتب.

الأوامر:
</translation>
    </message>
    <message>
        <source>Run “passerelle-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>شغّل «passerelle-cli COMMAND --help» لمعرفة خيارات أمر ما.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Run “passerelle-cli %1 --help” for its options.</source>
        <translation>شغّل «passerelle-cli %1 --help» لمعرفة خياراته.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>أمر غير معروف «%1».</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a city with partner cities (scores with coverage, priorities, plan), as JSON.</source>
        <translation>مقارنة مدينة بمدن شريكة (الدرجات مع التغطية، والأولويات، والخطة)، بصيغة JSON.</translation>
    </message>
    <message>
        <source>Your city file.</source>
        <translation>ملف مدينتك.</translation>
    </message>
    <message>
        <source>One or more partner cities&apos; files.</source>
        <translation>ملف مدينة شريكة واحدة أو أكثر.</translation>
    </message>
    <message>
        <source>The day actions are late on (YYYY-MM-DD); today when not given.</source>
        <translation>اليوم الذي يُحسب بالنسبة إليه تأخر الإجراءات (YYYY-MM-DD)؛ اليوم الحالي إن لم يُحدَّد.</translation>
    </message>
    <message>
        <source>compare takes your FILE and at least one PARTNER file.</source>
        <translation>يتطلب الأمر compare ملفك FILE وملفًا واحدًا على الأقل PARTNER.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>يتطلب الخيار --today تاريخًا بالصيغة YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Network median</source>
        <translation>وسيط الشبكة</translation>
    </message>
    <message>
        <source>Your city: %1</source>
        <translation>مدينتك: %1</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>آخر جولة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بلا محور</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>كل الأولويات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخرة عن موعدها</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1: مخطط له</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1: ملتزم به</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1: مصروف</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>الخاصة بها</translation>
    </message>
    <message>
        <source>From partners</source>
        <translation>من الشركاء</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n cities)</source>
        <translation>
            <numerusform>%1 (من أصل %n مدينة)</numerusform>
            <numerusform>%1 (من أصل مدينة واحدة)</numerusform>
            <numerusform>%1 (من أصل مدينتين)</numerusform>
            <numerusform>%1 (من أصل %n مدن)</numerusform>
            <numerusform>%1 (من أصل %n مدينة)</numerusform>
            <numerusform>%1 (من أصل %n مدينة)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>لا جولة بعد</translation>
    </message>
    <message>
        <source>This city does not have this checklist.</source>
        <translation>ليست لدى هذه المدينة قائمة التحقق هذه.</translation>
    </message>
    <message>
        <source>Another version than yours (%1): the questions may differ.</source>
        <translation>إصدار غير إصدارك (%1): قد تختلف الأسئلة.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غائبة</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (أُجيب عن %2)</translation>
    </message>
    <message>
        <source>no score (%1 answered)</source>
        <translation>بلا درجة (أُجيب عن %1)</translation>
    </message>
    <message>
        <source>%1 of %2 items answered; the change is in points since the city&apos;s previous round.</source>
        <translation>أُجيب عن %1 من أصل %2 بند؛ والتغير بالنقاط منذ الجولة السابقة للمدينة.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with partner cities</source>
        <translation>المقارنة مع المدن الشريكة</translation>
    </message>
    <message>
        <source>Your city’s file: %1</source>
        <translation>ملف مدينتك: %1</translation>
    </message>
    <message>
        <source>&amp;Add partner file…</source>
        <translation>إ&amp;ضافة ملف شريك…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>م&amp;قارنة</translation>
    </message>
    <message>
        <source>Each score stands with its coverage (items answered of items asked); ▲ ▼ the change in points since the city’s previous round. Cities are not ranked.</source>
        <translation>كل درجة مصحوبة بتغطيتها (البنود المجاب عنها من أصل البنود المطروحة)؛ ▲ ▼ التغير بالنقاط منذ الجولة السابقة للمدينة. لا يجري ترتيب المدن.</translation>
    </message>
    <message>
        <source>Service access</source>
        <translation>الوصول إلى الخدمات</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>الأولويات حسب المحور</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <source>Open your city’s file first: the comparison puts partner cities beside it.</source>
        <translation>افتح ملف مدينتك أولًا: تضع المقارنة المدن الشريكة بجانبه.</translation>
    </message>
    <message>
        <source>Choose a partner city’s file</source>
        <translation>اختيار ملف مدينة شريكة</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>ملفات مدن Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>مستبعد: %1</translation>
    </message>
    <message>
        <source>The chart shows the first %1 cities; the table below shows all %2.</source>
        <translation>يعرض الرسم البياني أول %1 مدينة؛ ويعرض الجدول أدناه المدن كلها (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionDefences</name>
    <message>
        <source>The database engine could not be given its safety settings. Reinstall Passerelle; no file was changed.</source>
        <translation>تعذّر تزويد محرك قاعدة البيانات بإعدادات الأمان. أعد تثبيت Passerelle؛ لم يُغيَّر أي ملف.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Add &amp;stakeholder</source>
        <translation>إضافة ال&amp;جهة المعنية</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>استشارة جديدة</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>تعديل الاستشارة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Group &amp;meeting:</source>
        <translation>ا&amp;جتماع المجموعة:</translation>
    </message>
    <message>
        <source>Stake&amp;holders:</source>
        <translation>الجهات ال&amp;معنية:</translation>
    </message>
    <message>
        <source>&amp;Participants (personal data):</source>
        <translation>ال&amp;مشاركون (بيانات شخصية):</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;ما قالوه:</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>اجتماع المجموعة</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>الجهات المعنية</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قالوه</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>&amp;Add a consultation…</source>
        <translation>إضافة ا&amp;ستشارة…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Add a consultation</source>
        <translation>إضافة استشارة</translation>
    </message>
    <message>
        <source>Edit a consultation</source>
        <translation>تعديل استشارة</translation>
    </message>
    <message>
        <source>Remove a consultation</source>
        <translation>إزالة استشارة</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Agreed</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير ممنوحة</translation>
    </message>
    <message>
        <source>Whether the person agreed to be contacted; check it before any mailing.</source>
        <translation>هل وافق الشخص على أن يُتصل به؛ تحقق من ذلك قبل أي إرسال.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>الموافقة على الاتصال</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>إضافة جهة الاتصال «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>تعديل جهة الاتصال «%1»</translation>
    </message>
    <message>
        <source>Remove contact “%1”</source>
        <translation>إزالة جهة الاتصال «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>إزالة %n جهة اتصال</numerusform>
            <numerusform>إزالة جهة اتصال واحدة</numerusform>
            <numerusform>إزالة جهتي اتصال</numerusform>
            <numerusform>إزالة %n جهات اتصال</numerusform>
            <numerusform>إزالة %n جهة اتصال</numerusform>
            <numerusform>إزالة %n جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;Add a contact</source>
        <translation>إضافة جهة ا&amp;تصال</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>إزالة جهات الاتصال المحددة</translation>
    </message>
    <message>
        <source>Contact persons (personal data)</source>
        <translation>الأشخاص المراد الاتصال بهم (بيانات شخصية)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>it holds no city</source>
        <translation>لا يحتوي على أي مدينة</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n cities where a city file holds one</source>
        <translation>
            <numerusform>يحتوي على %n مدينة بينما يحتوي ملف المدينة على مدينة واحدة</numerusform>
            <numerusform>يحتوي على مدينة واحدة بينما يحتوي ملف المدينة على مدينة واحدة</numerusform>
            <numerusform>يحتوي على مدينتين بينما يحتوي ملف المدينة على مدينة واحدة</numerusform>
            <numerusform>يحتوي على %n مدن بينما يحتوي ملف المدينة على مدينة واحدة</numerusform>
            <numerusform>يحتوي على %n مدينة بينما يحتوي ملف المدينة على مدينة واحدة</numerusform>
            <numerusform>يحتوي على %n مدينة بينما يحتوي ملف المدينة على مدينة واحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>its list of personal data is not the one Passerelle writes</source>
        <translation>قائمة البيانات الشخصية فيه ليست القائمة التي يكتبها Passerelle</translation>
    </message>
    <message>
        <source>a record in the table “%1” refers to a record of the table “%2” that does not exist</source>
        <translation>سجل في الجدول «%1» يشير إلى سجل غير موجود في الجدول «%2»</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value larger than Passerelle accepts (%3 MB)</source>
        <translation>العمود «%1» من الجدول «%2» يحتوي على قيمة أكبر مما يقبله Passerelle (%3 ميغابايت)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” holds a value of the wrong kind</source>
        <translation>العمود «%1» من الجدول «%2» يحتوي على قيمة من نوع خاطئ</translation>
    </message>
    <message>
        <source>the table “%1” holds a value its rules forbid (for example a kind or a level Passerelle does not know)</source>
        <translation>الجدول «%1» يحتوي على قيمة تمنعها قواعده (مثلًا نوع أو مستوى لا يعرفه Passerelle)</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is empty where a value is required</source>
        <translation>العمود «%1» من الجدول «%2» فارغ مع أن القيمة إلزامية</translation>
    </message>
    <message>
        <source>two records share a value that must be unique (index “%1”)</source>
        <translation>سجلان يتشاركان قيمة يجب أن تكون فريدة (الفهرس «%1»)</translation>
    </message>
    <message>
        <source>the index “%1” does not match its table</source>
        <translation>الفهرس «%1» لا يطابق جدوله</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file</source>
        <translation>ملف CSV</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a stakeholder list may be. Split it into smaller files, then import each part.</source>
        <translation>«%1» أكبر من الـ%2 ميغابايت المسموح بها لقائمة جهات معنية. قسّمه إلى ملفات أصغر، ثم استورد كل جزء.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>تتعذر قراءة «%1»: %2. تحقق من أن الملف موجود ومن أنك تملك حق قراءته.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. Split it into smaller files, or remove the columns and rows you do not need, then import each part.</source>
        <translation>حجم «%1» هو %2 ميغابايت، أي أكبر من الـ%3 ميغابايت المسموح بها لقائمة جهات معنية. قسّمه إلى ملفات أصغر، أو احذف الأعمدة والأسطر التي لا تحتاجها، ثم استورد كل جزء.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV text file: it holds binary data (a spreadsheet workbook, an image or UTF-16 text). In your spreadsheet use “Save as” and choose CSV (UTF-8 or comma-separated), then import that file.</source>
        <translation>«%1» ليس ملفًا نصيًا بصيغة CSV: يحتوي على بيانات ثنائية (مصنف جدول بيانات أو صورة أو نص UTF-16). في برنامج جداول البيانات استخدم «حفظ باسم» واختر CSV (UTF-8 أو مفصول بفواصل)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let Passerelle detect the encoding.</source>
        <translation>«%1» ليس نصًا صالحًا بترميز UTF-8. اختر الترميز Windows-1252، أو دع Passerelle يكتشف الترميز.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no stakeholder to import. Choose the file your spreadsheet saved, with a header line and one stakeholder per line.</source>
        <translation>«%1» فارغ: لا توجد جهة معنية لاستيرادها. اختر الملف الذي حفظه برنامج جداول البيانات، بسطر عناوين وجهة معنية واحدة في كل سطر.</translation>
    </message>
    <message>
        <source>“%1” does not look like text: it is full of control characters. In your spreadsheet use “Save as” and choose CSV, then import that file.</source>
        <translation>«%1» لا يبدو نصًا: إنه مليء بأحرف التحكم. في برنامج جداول البيانات استخدم «حفظ باسم» واختر CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” has more than %3 fields, more than a stakeholder list has columns. Remove the columns you do not need, or choose the separator the file uses, then import again.</source>
        <translation>السطر %1 من «%2» يضم أكثر من %3 حقل، أي أكثر من أعمدة قائمة الجهات المعنية. احذف الأعمدة غير اللازمة، أو اختر الفاصل الذي يستخدمه الملف، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 lines of stakeholders, more than one import takes. Split it into files of at most %2 lines, each with the header line, then import each part.</source>
        <translation>يضم «%1» أكثر من %2 سطر من الجهات المعنية، أي أكثر مما يقبله استيراد واحد. قسّمه إلى ملفات من %2 سطر على الأكثر، في كل منها سطر العناوين، ثم استورد كل جزء.</translation>
    </message>
    <message>
        <source>“%1” is not valid CSV near line %2: a quote is misplaced or a quoted field is never closed. Check the quotes on that line, or save the file again from your spreadsheet as CSV.</source>
        <translation>«%1» ليس ملف CSV صالحًا قرب السطر %2: علامة اقتباس في غير موضعها أو حقل بين علامتي اقتباس لم يُغلق. تحقق من علامات الاقتباس في ذلك السطر، أو احفظ الملف من جديد بصيغة CSV من برنامج جداول البيانات.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo city needs the built-in checklist, which is missing.</source>
        <translation>تحتاج المدينة التجريبية إلى قائمة التحقق المدمجة، وهي غير موجودة في هذا الإصدار من Passerelle.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a fictional demo city file (also network-sized, for benchmarks).</source>
        <translation>إنشاء ملف مدينة تجريبية خيالية (وبحجم شبكة أيضًا، لاختبارات الأداء).</translation>
    </message>
    <message>
        <source>The new file; it must not exist.</source>
        <translation>الملف الجديد؛ يجب ألا يكون موجودًا.</translation>
    </message>
    <message>
        <source>Language of the demo content: %1.</source>
        <translation>لغة المحتوى التجريبي: %1.</translation>
    </message>
    <message>
        <source>Make N stakeholders and everything else in proportion (benchmarks).</source>
        <translation>إنشاء N جهة معنية وكل ما عداها بالتناسب (اختبارات الأداء).</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.</source>
        <translation>يتطلب الأمر demo وسيطًا واحدًا فقط FILE.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not “%2”.</source>
        <translation>يجب أن تكون قيمة --lang إحدى القيم التالية: %1، لا «%2».</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>يجب أن تكون قيمة --scale عددًا صحيحًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>أُنشئ %1 في %2 ثانية.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo content for the language “%1” is missing from this build of Passerelle. Choose one of: %2.</source>
        <translation>المحتوى التجريبي للغة «%1» غير موجود في هذا الإصدار من Passerelle. اختر إحدى اللغات التالية: %2.</translation>
    </message>
</context>
<context>
    <name>DistrictsModel</name>
    <message>
        <source>Migrant population as a share of the district&apos;s population</source>
        <translation>نسبة السكان المهاجرين من سكان الحي</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>السكان</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>المهاجرون</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Type a whole number, like %1, or leave the cell empty when the figure is not known; “%2” is not a number.</source>
        <translation>اكتب عددًا صحيحًا، مثل %1، أو اترك الخلية فارغة إن كان الرقم غير معروف؛ «%2» ليس رقمًا.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>حي جديد</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>إضافة حي</translation>
    </message>
    <message>
        <source>Edit the district “%1”</source>
        <translation>تعديل الحي «%1»</translation>
    </message>
    <message>
        <source>Remove the district “%1”</source>
        <translation>إزالة الحي «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n district(s)</source>
        <translation>
            <numerusform>إزالة %n حي</numerusform>
            <numerusform>إزالة حي واحد</numerusform>
            <numerusform>إزالة حيين</numerusform>
            <numerusform>إزالة %n أحياء</numerusform>
            <numerusform>إزالة %n حيًا</numerusform>
            <numerusform>إزالة %n حي</numerusform>
        </translation>
    </message>
    <message>
        <source>No district yet. Add the city&apos;s districts to show where migrants live.</source>
        <translation>لا توجد أحياء بعد. أضف أحياء المدينة لتبيّن أين يقيم المهاجرون.</translation>
    </message>
    <message>
        <source>Enter the population and the migrant population of a district to see the migrants&apos; share.</source>
        <translation>أدخل عدد سكان حي وعدد المهاجرين فيه لرؤية نسبة المهاجرين.</translation>
    </message>
    <message>
        <source>In the districts with both figures: %1 residents, %2 of them migrants (%3).</source>
        <translation>في الأحياء التي يُعرف فيها الرقمان: %1 ساكن، منهم %2 مهاجر (%3).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Parts of the city file</source>
        <translation>أجزاء ملف المدينة</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The city file is open. Every change is stored in it as soon as you make it: there is nothing to save.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;ملف المدينة مفتوح. يُحفظ فيه كل تغيير فور إجرائه: لا حاجة إلى الحفظ.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
</context>
<context>
    <name>EngagementLogModel</name>
    <message>
        <source>Done (%1)</source>
        <translation>تمت (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>مستحقة في %1</translation>
    </message>
    <message>
        <source>The follow-up promised for %1 is still to be done.</source>
        <translation>المتابعة الموعودة في %1 لم تُنجز بعد.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
</context>
<context>
    <name>EngagementLogPanel</name>
    <message>
        <source>Ne&amp;w engagement</source>
        <translation>تواصل &amp;جديد</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Follow-u&amp;p done</source>
        <translation>تمت المتا&amp;بعة</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>تجا&amp;هل التغييرات</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>عمليات التواصل</translation>
    </message>
    <message>
        <source>Remove the selected engagement from the log</source>
        <translation>إزالة عملية التواصل المحددة من السجل</translation>
    </message>
    <message>
        <source>What was discussed, agreed or asked</source>
        <translation>ما نوقش أو اتُّفق عليه أو طُلب</translation>
    </message>
    <message>
        <source>When you promised to come back to them; leave empty when nothing is owed</source>
        <translation>الموعد الذي وعدت فيه بالعودة إليهم؛ اتركه فارغًا إن لم يكن عليك شيء</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>ال&amp;ملخص:</translation>
    </message>
    <message>
        <source>Follow &amp;up by:</source>
        <translation>المتابعة &amp;قبل:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>إضافة إ&amp;لى السجل</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>تواصل جديد</translation>
    </message>
    <message>
        <source>Selected engagement</source>
        <translation>عملية التواصل المحددة</translation>
    </message>
    <message>
        <source>Choose a stakeholder to see its engagement log.</source>
        <translation>اختر جهة معنية لرؤية سجل التواصل الخاص بها.</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>لم تُسجَّل أي عملية تواصل بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) logged.</source>
        <translation>
            <numerusform>سُجّلت %n عملية تواصل.</numerusform>
            <numerusform>سُجّلت عملية تواصل واحدة.</numerusform>
            <numerusform>سُجّلت عمليتا تواصل.</numerusform>
            <numerusform>سُجّلت %n عمليات تواصل.</numerusform>
            <numerusform>سُجّلت %n عملية تواصل.</numerusform>
            <numerusform>سُجّلت %n عملية تواصل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue.</source>
        <translation>
            <numerusform>%n متابعة متأخرة.</numerusform>
            <numerusform>متابعة واحدة متأخرة.</numerusform>
            <numerusform>متابعتان متأخرتان.</numerusform>
            <numerusform>%n متابعات متأخرة.</numerusform>
            <numerusform>%n متابعة متأخرة.</numerusform>
            <numerusform>%n متابعة متأخرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Edit an engagement</source>
        <translation>تعديل عملية تواصل</translation>
    </message>
    <message>
        <source>Add an engagement</source>
        <translation>إضافة عملية تواصل</translation>
    </message>
    <message>
        <source>Remove an engagement</source>
        <translation>إزالة عملية تواصل</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Profile figure</source>
        <translation>رقم من الملمح</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>بند من قائمة التحقق</translation>
    </message>
    <message>
        <source>Double-click to note why this evidence matters</source>
        <translation>انقر نقرًا مزدوجًا لتدوين سبب أهمية هذا الإثبات</translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation>تعديل ملاحظة الإثبات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Latest answer or value</source>
        <translation>آخر إجابة أو قيمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (الجولة %2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>لا إجابة بعد</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 في %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>The checklist gaps and profile figures this priority rests on, with a note on each: double-click a note to write it.</source>
        <translation>فجوات قوائم التحقق وأرقام الملمح التي تستند إليها هذه الأولوية، مع ملاحظة عن كل منها: انقر نقرًا مزدوجًا على ملاحظة لكتابتها.</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>إضافة إث&amp;بات…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ف&amp;تح</translation>
    </message>
    <message>
        <source>Show the checklist item or the figure where it lives</source>
        <translation>إظهار بند قائمة التحقق أو الرقم في موضعه</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة إثبات</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة إثبات</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>إضافة إثبات</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>بند قائمة التحقق: %1</translation>
    </message>
    <message>
        <source>Profile figure: %1 (%2, %3)</source>
        <translation>رقم من الملمح: %1 (%2، %3)</translation>
    </message>
    <message>
        <source>Type part of an item or a figure</source>
        <translation>اكتب جزءًا من بند أو رقم</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ب&amp;حث:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Study visit</source>
        <translation>زيارة دراسية</translation>
    </message>
    <message>
        <source>Peer-learning meeting</source>
        <translation>اجتماع للتعلم بين الأقران</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>أكاديمية تدريب</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>اجتماع عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>The partner city&apos;s name</source>
        <translation>اسم المدينة الشريكة</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier</source>
        <translation>معرّف مدينة الشريك</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>تاريخ بداية الشراكة</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>تاريخ نهاية الشراكة</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>المدينة الشريكة</translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation>عنوان التبادل</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>The good practice&apos;s title</source>
        <translation>عنوان الممارسة الجيدة</translation>
    </message>
    <message>
        <source>“%1” is not a city identifier. Copy it from the partner&apos;s file properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or leave it empty.</source>
        <translation>«%1» ليس معرّف مدينة. انسخه من خصائص ملف الشريك (يشبه 1b4e28ba-2fa1-11d2-883f-0016d3cca427)، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the contact&apos;s e-mail empty.</source>
        <translation>«%1» لا يبدو عنوان بريد إلكتروني (name@example.org). صحّحه، أو اترك بريد جهة الاتصال فارغًا.</translation>
    </message>
    <message>
        <source>The partner&apos;s city identifier is this city&apos;s own. Copy the identifier from the partner&apos;s file, or leave it empty.</source>
        <translation>معرّف مدينة الشريك هو معرّف مدينتك نفسها. انسخ المعرّف من ملف الشريك، أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>المدينة الشريكة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>“%1” is not a kind of exchange. Choose a study visit, a peer-learning meeting, a training academy or an online meeting.</source>
        <translation>«%1» ليس نوعًا من أنواع التبادل. اختر زيارة دراسية أو اجتماعًا للتعلم بين الأقران أو أكاديمية تدريب أو اجتماعًا عبر الإنترنت.</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>المدينة الشريكة</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>تبادل جديد</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>إضافة تبادل</translation>
    </message>
    <message>
        <source>Edit the exchange “%1”</source>
        <translation>تعديل التبادل «%1»</translation>
    </message>
    <message>
        <source>Remove the exchange “%1”</source>
        <translation>إزالة التبادل «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exchange(s)</source>
        <translation>
            <numerusform>إزالة %n تبادل</numerusform>
            <numerusform>إزالة تبادل واحد</numerusform>
            <numerusform>إزالة تبادلين</numerusform>
            <numerusform>إزالة %n تبادلات</numerusform>
            <numerusform>إزالة %n تبادلًا</numerusform>
            <numerusform>إزالة %n تبادل</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet. Add each visit, meeting or academy with what was learned.</source>
        <translation>لا يوجد تبادل بعد. أضف كل زيارة أو اجتماع أو أكاديمية مع ما استُفيد منها.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), </source>
        <translation>
            <numerusform>%n تبادل، </numerusform>
            <numerusform>تبادل واحد، </numerusform>
            <numerusform>تبادلان، </numerusform>
            <numerusform>%n تبادلات، </numerusform>
            <numerusform>%n تبادلًا، </numerusform>
            <numerusform>%n تبادل، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with lessons learned.</source>
        <translation>
            <numerusform>%n منها بدروس مستفادة.</numerusform>
            <numerusform>%n منها بدروس مستفادة.</numerusform>
            <numerusform>%n منها بدروس مستفادة.</numerusform>
            <numerusform>%n منها بدروس مستفادة.</numerusform>
            <numerusform>%n منها بدروس مستفادة.</numerusform>
            <numerusform>%n منها بدروس مستفادة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to come.</source>
        <translation>
            <numerusform>%n قادمة.</numerusform>
            <numerusform>%n قادم.</numerusform>
            <numerusform>%n قادمان.</numerusform>
            <numerusform>%n قادمة.</numerusform>
            <numerusform>%n قادمًا.</numerusform>
            <numerusform>%n قادمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate the exchange “%1”</source>
        <translation>تكرار التبادل «%1»</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>%1

File: %2
Folder: %3</source>
        <translation>%1

الملف: %2
المجلد: %3</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>فتح م&amp;جلده</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>كتابة محطات خطة العمل ونهايات إجراءاتها في ملف iCalendar.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>ملف المدينة المراد قراءته.</translation>
    </message>
    <message>
        <source>The calendar file to write (.ics).</source>
        <translation>ملف التقويم المراد كتابته (.ics).</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>استبدال OUT إن كان موجودًا.</translation>
    </message>
    <message>
        <source>export-ics takes a FILE and -o OUT.ics.</source>
        <translation>يتطلب الأمر export-ics ملفًا FILE والخيار -o OUT.ics.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>كُتب %n حدث في %1.</numerusform>
            <numerusform>كُتب حدث واحد في %1.</numerusform>
            <numerusform>كُتب حدثان في %1.</numerusform>
            <numerusform>كُتبت %n أحداث في %1.</numerusform>
            <numerusform>كُتب %n حدثًا في %1.</numerusform>
            <numerusform>كُتب %n حدث في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStakeholdersCommand</name>
    <message>
        <source>Export the stakeholders to a CSV file or an Excel workbook (personal data only with --with-personal-data).</source>
        <translation>تصدير الجهات المعنية إلى ملف CSV أو مصنف Excel (البيانات الشخصية فقط مع --with-personal-data).</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>ملف المدينة المراد قراءته.</translation>
    </message>
    <message>
        <source>The file to write, replaced if it exists: OUT.csv for CSV, OUT.xlsx for an Excel workbook.</source>
        <translation>الملف المراد كتابته، ويُستبدل إن كان موجودًا: OUT.csv لصيغة CSV، وOUT.xlsx لمصنف Excel.</translation>
    </message>
    <message>
        <source>export-stakeholders takes a FILE and an OUT file to write.</source>
        <translation>يتطلب الأمر export-stakeholders ملفًا FILE وملفًا OUT للكتابة.</translation>
    </message>
    <message>
        <source>The file to write must end in .csv or .xlsx, not “%1”: the ending chooses the format.</source>
        <translation>يجب أن ينتهي اسم الملف المراد كتابته بـ.csv أو .xlsx، لا «%1»: الامتداد هو الذي يحدد الصيغة.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stakeholder(s) to %1.</source>
        <translation>
            <numerusform>صُدّرت %n جهة معنية إلى %1.</numerusform>
            <numerusform>صُدّرت جهة معنية واحدة إلى %1.</numerusform>
            <numerusform>صُدّرت جهتان معنيتان إلى %1.</numerusform>
            <numerusform>صُدّرت %n جهات معنية إلى %1.</numerusform>
            <numerusform>صُدّرت %n جهة معنية إلى %1.</numerusform>
            <numerusform>صُدّرت %n جهة معنية إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>“%1” already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>«%1» موجود بالفعل. اختر اسمًا آخر، أو أكّد إمكانية استبداله (--force في سطر الأوامر).</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist: %2. Choose an existing folder.</source>
        <translation>مجلد «%1» غير موجود: %2. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>تتعذر كتابة «%1»: %2. اختر مجلدًا يحق لك حفظ الملفات فيه.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>تعذّر حفظ «%1»: %2. تحقق من المساحة الحرة على القرص، ثم أعد التصدير.</translation>
    </message>
</context>
<context>
    <name>ExportTemplateCommand</name>
    <message>
        <source>Write a checklist of a city file as a template JSON.</source>
        <translation>كتابة قائمة تحقق من ملف مدينة في شكل قالب JSON.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>ملف المدينة المراد قراءته.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>ملف JSON المراد كتابته.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key (the MC2CM basic services by default).</source>
        <translation>مفتاح قائمة التحقق (افتراضيًا: الخدمات الأساسية لـ MC2CM).</translation>
    </message>
    <message>
        <source>export-template takes a FILE and an OUT file.</source>
        <translation>يتطلب الأمر export-template ملفًا FILE وملفًا OUT.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«%1» موجود بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The file has no checklist “%1”.</source>
        <translation>لا يحتوي الملف على قائمة تحقق «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) written to %3.</source>
        <translation>كُتبت قائمة التحقق «%1» (الإصدار %2) في %3.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Needed</source>
        <comment>a key figure&apos;s value not given yet</comment>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Not stored yet: the figure is stored once it has a value.</source>
        <translation>لم يُحفظ بعد: يُحفظ الرقم حين تصبح له قيمة.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>The value must be a number, like %1; “%2” is not.</source>
        <translation>يجب أن تكون القيمة رقمًا، مثل %1؛ و«%2» ليس رقمًا.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>رقم جديد</translation>
    </message>
    <message>
        <source>Add a key figure</source>
        <translation>إضافة رقم رئيسي</translation>
    </message>
    <message>
        <source>Edit the figure “%1”</source>
        <translation>تعديل الرقم «%1»</translation>
    </message>
    <message>
        <source>Remove the figure “%1”</source>
        <translation>إزالة الرقم «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key figure(s)</source>
        <translation>
            <numerusform>إزالة %n رقم رئيسي</numerusform>
            <numerusform>إزالة رقم رئيسي واحد</numerusform>
            <numerusform>إزالة رقمين رئيسيين</numerusform>
            <numerusform>إزالة %n أرقام رئيسية</numerusform>
            <numerusform>إزالة %n رقمًا رئيسيًا</numerusform>
            <numerusform>إزالة %n رقم رئيسي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Cannot open the partner’s file</source>
        <translation>تعذّر فتح ملف المدينة الشريكة</translation>
    </message>
    <message>
        <source>Cannot create the city file</source>
        <translation>تعذّر إنشاء ملف المدينة</translation>
    </message>
    <message>
        <source>Cannot update the city file</source>
        <translation>تعذّر تحديث ملف المدينة</translation>
    </message>
    <message>
        <source>Cannot open the city file</source>
        <translation>تعذّر فتح ملف المدينة</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open.</source>
        <translation>الملف «%1» غير موجود. ربما نُقل أو أُعيدت تسميته أو حُذف؛ اختره من جديد عبر ملف &gt; فتح.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: you do not have permission to read it. Ask the owner of the file or your administrator for access, or open a copy.</source>
        <translation>تتعذر قراءة الملف «%1»: ليس لديك إذن بقراءته. اطلب الوصول من مالك الملف أو من المسؤول عن النظام، أو افتح نسخة منه.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a city file. Choose a .passerelle file.</source>
        <translation>«%1» مجلد أو جهاز، وليس ملف مدينة. اختر ملفًا بامتداد .passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Passerelle city file (it is not an SQLite database). Check that you chose the right file; the file was not changed.</source>
        <translation>الملف «%1» ليس ملف مدينة Passerelle (ليس قاعدة بيانات SQLite). تحقق من أنك اخترت الملف الصحيح؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Passerelle city file. Open it with the program that made it; Passerelle did not change it.</source>
        <translation>الملف «%1» قاعدة بيانات لبرنامج آخر، وليس ملف مدينة Passerelle. افتحه بالبرنامج الذي أنشأه؛ لم يغيّره Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Passerelle (file format %2). Install the latest Passerelle to open it; the file was not changed.</source>
        <translation>أُنشئ الملف «%1» بإصدار أحدث من Passerelle (تنسيق الملف %2). ثبّت أحدث إصدار من Passerelle لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened safely. Open your latest backup or copy of it; the damaged file was not changed, so a specialist can still try to recover it.</source>
        <translation>الملف «%1» تالف ولا يمكن فتحه بأمان. افتح آخر نسخة احتياطية أو نسخة منه؛ لم يُغيَّر الملف التالف، فلا يزال بإمكان مختص محاولة استرجاعه.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in another Passerelle window, on this computer or another one sharing the folder. Switch to that window, or close it and try again.</source>
        <translation>الملف «%1» مفتوح بالفعل في نافذة أخرى من Passerelle، على هذا الحاسوب أو على حاسوب آخر يتشارك المجلد. انتقل إلى تلك النافذة، أو أغلقها وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose another name, or delete the existing file first if you no longer need it.</source>
        <translation>الملف «%1» موجود بالفعل. اختر اسمًا آخر، أو احذف الملف الموجود أولًا إن لم تعد بحاجة إليه.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder still exists and is reachable, or choose another folder.</source>
        <translation>تعذّرت كتابة الملف «%1». تحقق من أن المجلد لا يزال موجودًا ويمكن الوصول إليه، أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the file or its folder is read-only (or on a read-only disk). Choose a folder where you may write, or ask your administrator for write access.</source>
        <translation>تتعذر كتابة الملف «%1»: الملف أو مجلده للقراءة فقط (أو على قرص للقراءة فقط). اختر مجلدًا يمكنك الكتابة فيه، أو اطلب من المسؤول عن النظام إذن الكتابة.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk is full. Free some space, or choose another disk, then try again.</source>
        <translation>تتعذر كتابة الملف «%1»: القرص ممتلئ. حرّر بعض المساحة، أو اختر قرصًا آخر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The path of the file “%1” is too long for Passerelle to open (%2 bytes; at most %3). Move the file to a folder with a shorter path, or give it a shorter name.</source>
        <translation>مسار الملف «%1» أطول من أن يفتحه Passerelle (%2 بايت؛ والحد الأقصى %3). انقل الملف إلى مجلد بمسار أقصر، أو أعطه اسمًا أقصر.</translation>
    </message>
    <message>
        <source>The name of the file “%1” contains characters that are not valid text, so Passerelle cannot open it reliably. Rename the file (for example in your file manager) and open it again; its content was not changed.</source>
        <translation>يحتوي اسم الملف «%1» على أحرف لا تشكّل نصًا صالحًا، فلا يمكن لـPasserelle فتحه بشكل موثوق. أعد تسمية الملف (في مدير الملفات مثلًا) ثم افتحه من جديد؛ لم يُغيَّر محتواه.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted (Passerelle or the computer stopped while it was being written). Open the file in Passerelle, which undoes the unfinished change; until then the file is left exactly as it is.</source>
        <translation>يحتوي الملف «%1» على تغيير انقطع (توقف Passerelle أو الحاسوب أثناء كتابته). افتح الملف في Passerelle، الذي يلغي التغيير غير المكتمل؛ وإلى ذلك الحين يبقى الملف كما هو تمامًا.</translation>
    </message>
    <message>
        <source>The file “%1” holds a change that was interrupted, and it must be undone before the file can be opened, but the file or its folder is read-only. Copy the file together with the file beside it whose name ends in “-journal” (or “-wal”) to a folder where you may write, and open the copy.</source>
        <translation>يحتوي الملف «%1» على تغيير انقطع ويجب إلغاؤه قبل فتح الملف، لكن الملف أو مجلده للقراءة فقط. انسخ الملف مع الملف المجاور له الذي ينتهي اسمه بـ«-journal» (أو «-wal») إلى مجلد يمكنك الكتابة فيه، ثم افتح النسخة.</translation>
    </message>
    <message>
        <source>The file “%1” has changes made by another program kept in a separate file beside it (ending in “-wal”). Open the file in Passerelle, which takes them in; until then the file is left exactly as it is.</source>
        <translation>للملف «%1» تغييرات أجراها برنامج آخر محفوظة في ملف منفصل بجانبه (ينتهي بـ«-wal»). افتح الملف في Passerelle، الذي يدمجها؛ وإلى ذلك الحين يبقى الملف كما هو تمامًا.</translation>
    </message>
    <message>
        <source>The file “%1” is not built like a Passerelle city file: %2. Another program may have changed it, or it was made to look like a city file. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>الملف «%1» غير مبني كملف مدينة Passerelle: %2. ربما غيّره برنامج آخر، أو صُنع ليبدو كملف مدينة. لم يُفتح ولم يُغيَّر؛ افتح آخر نسخة احتياطية، أو اطلب من المرسل نسخة أنشأها Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” holds values that break the rules of a city file: %2. It was not opened and not changed; open your latest backup, or ask the sender for a copy made by Passerelle.</source>
        <translation>يحتوي الملف «%1» على قيم تخالف قواعد ملف المدينة: %2. لم يُفتح ولم يُغيَّر؛ افتح آخر نسخة احتياطية، أو اطلب من المرسل نسخة أنشأها Passerelle.</translation>
    </message>
    <message>
        <source>The file “%1” comes from an older Passerelle and could not be updated to the current format. It was left as it was; a backup copy is beside it.</source>
        <translation>الملف «%1» من إصدار أقدم من Passerelle وتعذّر تحديثه إلى التنسيق الحالي. تُرك كما هو؛ وبجانبه نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The file “%1” could not be used because of a database error. The file was not changed; try again, or open a copy of it.</source>
        <translation>تعذّر استخدام الملف «%1» بسبب خطأ في قاعدة البيانات. لم يُغيَّر الملف؛ أعد المحاولة، أو افتح نسخة منه.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(التفاصيل: %1)</translation>
    </message>
    <message>
        <source>The partner’s file “%1” does not exist. It may have been moved, renamed or deleted; choose it again with File &gt; Open a partner’s file.</source>
        <translation>ملف المدينة الشريكة «%1» غير موجود. ربما نُقل أو أُعيدت تسميته أو حُذف؛ اختره من جديد عبر ملف &gt; فتح ملف مدينة شريكة.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” cannot be read: you do not have permission to read it. Copy it into your own documents folder and open the copy, or ask the partner city to share it again.</source>
        <translation>تتعذر قراءة ملف المدينة الشريكة «%1»: ليس لديك إذن بقراءته. انسخه إلى مجلد مستنداتك وافتح النسخة، أو اطلب من المدينة الشريكة مشاركته من جديد.</translation>
    </message>
    <message>
        <source>The partner’s file “%1” could not be copied into a private temporary folder, where Passerelle reads it: %2. Free some disk space and try again; the partner’s file was not changed.</source>
        <translation>تعذّر نسخ ملف المدينة الشريكة «%1» إلى المجلد المؤقت الخاص الذي يقرؤه منه Passerelle: %2. حرّر بعض المساحة على القرص وأعد المحاولة؛ لم يُغيَّر ملف المدينة الشريكة.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>ربما القرص ممتلئ</translation>
    </message>
    <message>
        <source>is not a Passerelle city file</source>
        <translation>ليس ملف مدينة Passerelle</translation>
    </message>
    <message>
        <source>is a database of another program, not a Passerelle city file</source>
        <translation>قاعدة بيانات لبرنامج آخر، وليس ملف مدينة Passerelle</translation>
    </message>
    <message>
        <source>is not built like a Passerelle city file (%1)</source>
        <translation>غير مبني كملف مدينة Passerelle (%1)</translation>
    </message>
    <message>
        <source>holds values that break the rules of a city file (%1)</source>
        <translation>يحتوي على قيم تخالف قواعد ملف المدينة (%1)</translation>
    </message>
    <message>
        <source>was copied while it was being changed: an unfinished change lies beside it, in the file ending in “-journal”, and Passerelle never reads the files beside a partner’s file</source>
        <translation>نُسخ أثناء تغييره: بجانبه تغيير غير مكتمل في الملف الذي ينتهي اسمه بـ«-journal»، ولا يقرأ Passerelle أبدًا الملفات المجاورة لملف مدينة شريكة</translation>
    </message>
    <message>
        <source>has changes kept in a separate file beside it (ending in “-wal”), and Passerelle never reads the files beside a partner’s file</source>
        <translation>له تغييرات محفوظة في ملف منفصل بجانبه (ينتهي بـ«-wal»)، ولا يقرأ Passerelle أبدًا الملفات المجاورة لملف مدينة شريكة</translation>
    </message>
    <message>
        <source>comes from an older Passerelle, and its private copy could not be updated to the current format</source>
        <translation>من إصدار أقدم من Passerelle، وتعذّر تحديث نسخته الخاصة إلى التنسيق الحالي</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>could not be read because of a database error</source>
        <translation>تعذّرت قراءته بسبب خطأ في قاعدة البيانات</translation>
    </message>
    <message>
        <source>The partner’s file “%1” %2. Passerelle did not open it and did not change it, and your own city file was not touched. Ask the partner city to share it again from Passerelle (File &gt; Share with a partner city).</source>
        <translation>ملف المدينة الشريكة «%1»: %2. لم يفتحه Passerelle ولم يغيّره، ولم يُمسّ ملف مدينتك. اطلب من المدينة الشريكة مشاركته من جديد من Passerelle (ملف &gt; مشاركة مع مدينة شريكة).</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceModel</name>
    <message>
        <source>Mark %1 present</source>
        <translation>تسجيل حضور %1</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>تسجيل غياب %1</translation>
    </message>
</context>
<context>
    <name>GroupDecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>تعديل قرار</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>اختر اجتماعًا أولًا.</translation>
    </message>
    <message>
        <source>A decision needs its text. Type what the group decided, then add it.</source>
        <translation>يحتاج القرار إلى نص. اكتب ما قررته المجموعة، ثم أضفه.</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <source>Select the decision to remove.</source>
        <translation>حدّد القرار المراد إزالته.</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>إزالة قرار</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) attended</source>
        <translation>
            <numerusform>حضر %1 من أصل %n عضو</numerusform>
            <numerusform>حضر %1 من أصل عضو واحد</numerusform>
            <numerusform>حضر %1 من أصل عضوين</numerusform>
            <numerusform>حضر %1 من أصل %n أعضاء</numerusform>
            <numerusform>حضر %1 من أصل %n عضوًا</numerusform>
            <numerusform>حضر %1 من أصل %n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Meetings of the group</source>
        <translation>اجتماعات المجموعة</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>اجتماع &amp;جديد</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>إزالة الاجتماع</translation>
    </message>
    <message>
        <source>Town hall, a partner&apos;s premises, online…</source>
        <translation>مقر البلدية، مقر أحد الشركاء، عبر الإنترنت…</translation>
    </message>
    <message>
        <source>What was said, for those who were not there</source>
        <translation>ما قيل، لمن لم يحضر</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>ج&amp;دول الأعمال:</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>محضر ا&amp;لاجتماع:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Tick the members who attended</source>
        <translation>ضع علامة على الأعضاء الحاضرين</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Double-click a decision to correct it</source>
        <translation>انقر نقرًا مزدوجًا على قرار لتصحيحه</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>ما قررته المجموعة</translation>
    </message>
    <message>
        <source>Add decisi&amp;on</source>
        <translation>إضافة ال&amp;قرار</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>إزالة القرار</translation>
    </message>
    <message>
        <source>Who attended:</source>
        <translation>الحاضرون:</translation>
    </message>
    <message>
        <source>Decisions taken:</source>
        <translation>القرارات المتخذة:</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to tick who attended and to note what was decided.</source>
        <translation>اختر اجتماعًا من القائمة لتحديد الحاضرين وتدوين ما تقرر.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>إضافة الاجتماع</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>الاجتماع المحدد</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>تعديل اجتماع</translation>
    </message>
    <message>
        <source>Add a group meeting</source>
        <translation>إضافة اجتماع للمجموعة</translation>
    </message>
    <message>
        <source>Remove a group meeting</source>
        <translation>إزالة اجتماع للمجموعة</translation>
    </message>
    <message>
        <source>Attendance and decisions</source>
        <translation>الحضور والقرارات</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Double-click to change the role in the group</source>
        <translation>انقر نقرًا مزدوجًا لتغيير الدور في المجموعة</translation>
    </message>
    <message>
        <source>Double-click to change the date the member joined</source>
        <translation>انقر نقرًا مزدوجًا لتغيير تاريخ انضمام العضو</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>الدور في المجموعة</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>عضو منذ</translation>
    </message>
    <message>
        <source>Change a member&apos;s role</source>
        <translation>تغيير دور عضو</translation>
    </message>
    <message>
        <source>Change the date a member joined</source>
        <translation>تغيير تاريخ انضمام عضو</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>إزالة %1 من المجموعة</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group</source>
        <translation>
            <numerusform>إزالة %n عضو من المجموعة</numerusform>
            <numerusform>إزالة عضو واحد من المجموعة</numerusform>
            <numerusform>إزالة عضوين من المجموعة</numerusform>
            <numerusform>إزالة %n أعضاء من المجموعة</numerusform>
            <numerusform>إزالة %n عضوًا من المجموعة</numerusform>
            <numerusform>إزالة %n عضو من المجموعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The member&apos;s stakeholder</source>
        <translation>الجهة المعنية الخاصة بالعضو</translation>
    </message>
    <message>
        <source>The group member</source>
        <translation>عضو المجموعة</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>An attendee of the meeting</source>
        <translation>أحد حاضري الاجتماع</translation>
    </message>
</context>
<context>
    <name>ImportStakeholdersCommand</name>
    <message>
        <source>Import stakeholders and their contacts from a CSV file.</source>
        <translation>استيراد الجهات المعنية وجهات الاتصال الخاصة بها من ملف CSV.</translation>
    </message>
    <message>
        <source>The city file to import into.</source>
        <translation>ملف المدينة المراد الاستيراد إليه.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>ملف CSV المراد قراءته.</translation>
    </message>
    <message>
        <source>Encoding of the CSV file: auto, utf-8 or windows-1252.</source>
        <translation>ترميز ملف CSV: auto أو utf-8 أو windows-1252.</translation>
    </message>
    <message>
        <source>Field separator: auto, comma, semicolon or tab.</source>
        <translation>فاصل الحقول: auto أو comma (فاصلة) أو semicolon (فاصلة منقوطة) أو tab (جدولة).</translation>
    </message>
    <message>
        <source>What to do with a stakeholder already in the file: skip, update or new (added with a suffix such as “(2)”).</source>
        <translation>ما يُفعل بجهة معنية موجودة في الملف: skip (تجاوزها) أو update (تحديثها) أو new (إضافتها بلاحقة مثل «(2)»).</translation>
    </message>
    <message>
        <source>import-stakeholders takes a city FILE and a CSV file.</source>
        <translation>يتطلب الأمر import-stakeholders ملف مدينة FILE وملف CSV.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not “%1”.</source>
        <translation>يجب أن تكون قيمة --encoding هي auto أو utf-8 أو windows-1252، لا «%1».</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
        <translation>يجب أن تكون قيمة --delimiter هي auto أو comma أو semicolon أو tab، لا «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or new, not “%1”.</source>
        <translation>يجب أن تكون قيمة --on-duplicate هي skip أو update أو new، لا «%1».</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by %2.</source>
        <translation>قُرئ بترميز %1، والحقول مفصولة بـ%2.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>المستورَدة: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>المحدَّثة: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>المتجاوَزة: %1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>جهات الاتصال المضافة: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>المرفوضة: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Themes created: %1</source>
        <translation>المحاور المنشأة: %1</translation>
    </message>
    <message>
        <source>Theme values left out: %1 (an import creates at most %2 themes; map them with --map VALUE=theme:NAME)</source>
        <translation>قيم محاور مستبعدة: %1 (ينشئ الاستيراد %2 محاور على الأكثر؛ حدّد مقابلها بـ --map VALUE=theme:NAME)</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>الأعمدة غير المستورَدة: %1</translation>
    </message>
</context>
<context>
    <name>ImportTemplateCommand</name>
    <message>
        <source>Install a checklist template JSON into a city file.</source>
        <translation>تثبيت قالب قائمة تحقق JSON في ملف مدينة.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>ملف المدينة المراد تغييره.</translation>
    </message>
    <message>
        <source>The template JSON to install.</source>
        <translation>قالب JSON المراد تثبيته.</translation>
    </message>
    <message>
        <source>import-template takes a FILE and an IN file.</source>
        <translation>يتطلب الأمر import-template ملفًا FILE وملفًا IN.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2) installed.</source>
        <translation>ثُبّتت قائمة التحقق «%1» (الإصدار %2).</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Each value is the total so far</source>
        <translation>كل قيمة هي المجموع حتى الآن</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>القيم تُجمع</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s values</source>
        <translation>رسم بياني لقيم المؤشر</translation>
    </message>
    <message>
        <source>No value measured yet</source>
        <translation>لا توجد قيمة مقيسة بعد</translation>
    </message>
    <message>
        <source>Select an indicator</source>
        <translation>اختر مؤشرًا</translation>
    </message>
</context>
<context>
    <name>IndicatorValuesModel</name>
    <message>
        <source>Measured on</source>
        <translation>تاريخ القياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2.</source>
        <translation>«%1» ليس رقمًا: اكتب رقمًا مثل %2.</translation>
    </message>
    <message>
        <source>Add a measured value</source>
        <translation>إضافة قيمة مقيسة</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>تعديل قيمة %1</translation>
    </message>
    <message>
        <source>Remove the value of %1</source>
        <translation>إزالة قيمة %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n value(s)</source>
        <translation>
            <numerusform>إزالة %n قيمة</numerusform>
            <numerusform>إزالة قيمة واحدة</numerusform>
            <numerusform>إزالة قيمتين</numerusform>
            <numerusform>إزالة %n قيم</numerusform>
            <numerusform>إزالة %n قيمة</numerusform>
            <numerusform>إزالة %n قيمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>الدورية</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>Values add up</source>
        <translation>القيم تُجمع</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <source>“%1” is not a number: type one such as %2, or leave it empty while it is not known.</source>
        <translation>«%1» ليس رقمًا: اكتب رقمًا مثل %2، أو اتركه فارغًا ما دام غير معروف.</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>تعديل المؤشر «%1»</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <translation>إزالة المؤشر «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>إزالة %n مؤشر</numerusform>
            <numerusform>إزالة مؤشر واحد</numerusform>
            <numerusform>إزالة مؤشرين</numerusform>
            <numerusform>إزالة %n مؤشرات</numerusform>
            <numerusform>إزالة %n مؤشرًا</numerusform>
            <numerusform>إزالة %n مؤشر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGrid</name>
    <message>
        <source>Influence and interest grid</source>
        <translation>شبكة التأثير والاهتمام</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Show or hide what the colours mean</source>
        <translation>إظهار دلالة الألوان أو إخفاؤها</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>تصدير الصورة…</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change its influence and interest, or move the selected ones with the arrow keys.</source>
        <translation>اسحب جهة معنية إلى خانة أخرى لتغيير تأثيرها واهتمامها، أو انقل الجهات المحددة بمفاتيح الأسهم.</translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>نقل «%1» على الشبكة</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the grid</source>
        <translation>
            <numerusform>نقل %n جهة معنية على الشبكة</numerusform>
            <numerusform>نقل جهة معنية واحدة على الشبكة</numerusform>
            <numerusform>نقل جهتين معنيتين على الشبكة</numerusform>
            <numerusform>نقل %n جهات معنية على الشبكة</numerusform>
            <numerusform>نقل %n جهة معنية على الشبكة</numerusform>
            <numerusform>نقل %n جهة معنية على الشبكة</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the influence and interest grid</source>
        <translation>تصدير شبكة التأثير والاهتمام</translation>
    </message>
    <message>
        <source>influence-interest-grid.png</source>
        <translation>influence-interest-grid.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the grid</source>
        <translation>تصدير الشبكة</translation>
    </message>
    <message>
        <source>The influence and interest grid was written with its legend.</source>
        <translation>كُتبت شبكة التأثير والاهتمام مع مفتاحها.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridExport</name>
    <message>
        <source>“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending in .png or .svg.</source>
        <translation>«%1» ليس صورة PNG ولا رسمًا SVG. اختر اسم ملف ينتهي بـ.png أو .svg.</translation>
    </message>
    <message>
        <source>Influence and interest of the stakeholders</source>
        <translation>تأثير الجهات المعنية واهتمامها</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”. Check that the folder exists, that you may write in it and that the disk is not full, then export again.</source>
        <translation>تعذّرت كتابة الشبكة في «%1». تحقق من أن المجلد موجود، وأنه يحق لك الكتابة فيه، وأن القرص غير ممتلئ، ثم أعد التصدير.</translation>
    </message>
</context>
<context>
    <name>InfluenceGridLayout</name>
    <message>
        <source>Keep satisfied</source>
        <translation>الحفاظ على رضاها</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>إدارتها عن كثب</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>مراقبتها</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>إبقاؤها على اطلاع</translation>
    </message>
    <message>
        <source>Kinds of stakeholder</source>
        <translation>أنواع الجهات المعنية</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>A score of %1 counts as high: the lines run between %2 and %1.</source>
        <translation>تُعد الدرجة %1 مرتفعة: تمر الخطوط بين %2 و%1.</translation>
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
            <numerusform>%n جهة معنية</numerusform>
            <numerusform>جهة معنية واحدة</numerusform>
            <numerusform>جهتان معنيتان</numerusform>
            <numerusform>%n جهات معنية</numerusform>
            <numerusform>%n جهة معنية</numerusform>
            <numerusform>%n جهة معنية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfluenceGridLegend</name>
    <message>
        <source>Fold the legend away</source>
        <translation>طيّ المفتاح</translation>
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
التأثير: %3 · الاهتمام: %4</translation>
    </message>
    <message>
        <source>%1
Influence: %2 · Interest: %3
Zoom in, or double-click, to see them.</source>
        <translation>%1
التأثير: %2 · الاهتمام: %3
كبّر العرض، أو انقر نقرًا مزدوجًا، لرؤيتها.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print what a city file holds, as JSON.</source>
        <translation>طباعة محتوى ملف مدينة بصيغة JSON.</translation>
    </message>
    <message>
        <source>The city file to describe.</source>
        <translation>ملف المدينة المراد وصفه.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.</source>
        <translation>يتطلب الأمر info وسيطًا واحدًا فقط FILE.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unfinished change undone</source>
        <translation>أُلغي تغيير غير مكتمل</translation>
    </message>
    <message>
        <source>Save the new city file</source>
        <translation>حفظ ملف المدينة الجديد</translation>
    </message>
    <message>
        <source>Open a city file read-only</source>
        <translation>فتح ملف مدينة للقراءة فقط</translation>
    </message>
    <message>
        <source>Open a city file</source>
        <translation>فتح ملف مدينة</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>file name of a copy</comment>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Save a copy of the city file</source>
        <translation>حفظ نسخة من ملف المدينة</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>لم تُكتب النسخة</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>كُتبت النسخة في %1</translation>
    </message>
    <message>
        <source>Open the copy?</source>
        <translation>فتح النسخة؟</translation>
    </message>
    <message>
        <source>The copy “%1” was written. Open it now to make changes?</source>
        <translation>كُتبت النسخة «%1». هل تريد فتحها الآن لإجراء تغييرات؟</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>Checking the city file…</source>
        <translation>جارٍ التحقق من ملف المدينة…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <comment>window title</comment>
        <translation>%1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>%1 — Passerelle</source>
        <comment>window title</comment>
        <translation>%1 — Passerelle</translation>
    </message>
    <message>
        <source>Last written at %1</source>
        <translation>آخر كتابة في الساعة %1</translation>
    </message>
    <message>
        <source>Last written on %1</source>
        <translation>آخر كتابة في %1</translation>
    </message>
    <message>
        <source>There is nothing to search in this part of the file.</source>
        <translation>لا يوجد ما يُبحث فيه في هذا الجزء من الملف.</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>ملفات مدن Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>مل&amp;ف</translation>
    </message>
    <message>
        <source>&amp;New city file…</source>
        <translation>ملف مدينة &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>فتح لل&amp;قراءة فقط…</translation>
    </message>
    <message>
        <source>Open a file without any risk of changing it, such as a partner city&apos;s file.</source>
        <translation>فتح ملف دون أي خطر لتغييره، مثل ملف مدينة شريكة.</translation>
    </message>
    <message>
        <source>Open a p&amp;artner’s file…</source>
        <translation>فتح ملف مد&amp;ينة شريكة…</translation>
    </message>
    <message>
        <source>Read a file a partner city shared, in a window of its own, from a private copy: nothing in it can change.</source>
        <translation>قراءة ملف شاركته مدينة شريكة، في نافذة مستقلة، من نسخة خاصة: لا يمكن تغيير أي شيء فيه.</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>Write a copy of the file; this window stays on the original.</source>
        <translation>كتابة نسخة من الملف؛ تبقى هذه النافذة على الأصل.</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>تصدير ال&amp;تقويم…</translation>
    </message>
    <message>
        <source>Write the action plan&apos;s milestones and action ends as an iCalendar file.</source>
        <translation>كتابة محطات خطة العمل ونهايات إجراءاتها في ملف iCalendar.</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>تصدير تقري&amp;ر…</translation>
    </message>
    <message>
        <source>Write a report for the council or a partner as a PDF or an editable document.</source>
        <translation>كتابة تقرير للمجلس أو لشريك بصيغة PDF أو كمستند قابل للتعديل.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with partner cities…</source>
        <translation>&amp;مقارنة مع المدن الشريكة…</translation>
    </message>
    <message>
        <source>Put partner cities&apos; scores, priorities and plans beside yours.</source>
        <translation>وضع درجات المدن الشريكة وأولوياتها وخططها بجانب ما لديك.</translation>
    </message>
    <message>
        <source>&amp;Import from a partner city…</source>
        <translation>ا&amp;ستيراد من مدينة شريكة…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تح&amp;رير</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>إظهار &amp;التنقل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>&amp;حول Passerelle</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Import good practices, checklists, exchanges and stakeholders from a partner city&apos;s file.</source>
        <translation>استيراد الممارسات الجيدة وقوائم التحقق والتبادلات والجهات المعنية من ملف مدينة شريكة.</translation>
    </message>
    <message>
        <source>The city file to change.</source>
        <translation>ملف المدينة المراد تغييره.</translation>
    </message>
    <message>
        <source>The file a partner city shared.</source>
        <translation>الملف الذي شاركته مدينة شريكة.</translation>
    </message>
    <message>
        <source>What to take, separated by commas (all four when left out): %1.</source>
        <translation>ما يُؤخذ، مفصولًا بفواصل (الأربعة كلها إن لم يُحدَّد): %1.</translation>
    </message>
    <message>
        <source>merge takes a FILE and a PARTNER file.</source>
        <translation>يتطلب الأمر merge ملفًا FILE وملفًا PARTNER.</translation>
    </message>
    <message>
        <source>--what takes a list of %1, separated by commas.</source>
        <translation>يتطلب الخيار --what قائمة من %1، مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>استيراد من %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import from a partner city</source>
        <translation>الاستيراد من مدينة شريكة</translation>
    </message>
    <message>
        <source>The file a partner city shared with you</source>
        <translation>الملف الذي شاركته معك مدينة شريكة</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>اختيار ال&amp;ملف…</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>ما يُؤخذ</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>الممارسات ال&amp;جيدة</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>&amp;قوائم التحقق</translation>
    </message>
    <message>
        <source>&amp;Exchanges</source>
        <translation>ال&amp;تبادلات</translation>
    </message>
    <message>
        <source>&amp;Stakeholders (without their contacts)</source>
        <translation>الجهات ال&amp;معنية (دون جهات الاتصال الخاصة بها)</translation>
    </message>
    <message>
        <source>Choose the file a partner city shared with you.</source>
        <translation>اختر الملف الذي شاركته معك مدينة شريكة.</translation>
    </message>
    <message>
        <source>Changed both here and by the partner: tick a record to take the partner’s version; unticked records keep yours.</source>
        <translation>تغيّرت هنا ولدى الشريك: ضع علامة على سجل لأخذ نسخة الشريك؛ والسجلات غير المعلَّمة تحتفظ بنسختك.</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>السجل والحقل</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>The partner’s</source>
        <translation>نسخة الشريك</translation>
    </message>
    <message>
        <source>Deleted by the partner: tick a record to remove it from your file too; unticked records stay.</source>
        <translation>حذفها الشريك: ضع علامة على سجل لإزالته من ملفك أيضًا؛ والسجلات غير المعلَّمة تبقى.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle);;All files (*)</source>
        <translation>ملفات مدن Passerelle (*.passerelle);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>من %1:</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>سجلات جديدة: %1</translation>
    </message>
    <message>
        <source>Changed by the partner: %1</source>
        <translation>غيّرها الشريك: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>دون تغيير: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>تعارضات: %1</translation>
    </message>
    <message>
        <source>Deleted by the partner: %1</source>
        <translation>حذفها الشريك: %1</translation>
    </message>
    <message>
        <source>Not taken: %1 “%2”. %3</source>
        <translation>لم يُؤخذ: %1 «%2». %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Ticked: take the partner’s version; unticked: keep yours.</source>
        <translation>معلَّم: أخذ نسخة الشريك؛ غير معلَّم: الاحتفاظ بنسختك.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>السجل كاملًا</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>محذوف هنا</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>غيّره الشريك</translation>
    </message>
    <message>
        <source>Nothing to import: your file already holds what %1 shared.</source>
        <translation>لا شيء للاستيراد: يحتوي ملفك بالفعل على ما شاركته %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n record(s) added, changed or removed.</source>
        <translation>
            <numerusform>استُورد من %1: لم يُضف أو يُغيَّر أو يُزل أي سجل.</numerusform>
            <numerusform>استُورد من %1: أُضيف أو غُيّر أو أُزيل سجل واحد.</numerusform>
            <numerusform>استُورد من %1: أُضيف أو غُيّر أو أُزيل سجلان.</numerusform>
            <numerusform>استُورد من %1: أُضيفت أو غُيّرت أو أُزيلت %n سجلات.</numerusform>
            <numerusform>استُورد من %1: أُضيف أو غُيّر أو أُزيل %n سجلًا.</numerusform>
            <numerusform>استُورد من %1: أُضيف أو غُيّر أو أُزيل %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>ممارسة جيدة</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>تبادل</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>جهة معنية</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة تحقق</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>MergePlanner</name>
    <message>
        <source>This file is a copy of your own city’s file, not a partner’s: its records are already yours. Choose the file a partner city shared.</source>
        <translation>هذا الملف نسخة من ملف مدينتك أنت، وليس ملف شريك: سجلاته لديك بالفعل. اختر الملف الذي شاركته مدينة شريكة.</translation>
    </message>
    <message>
        <source>A stakeholder of the same name is already in your file.</source>
        <translation>توجد في ملفك بالفعل جهة معنية بالاسم نفسه.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>The partner’s file could not be read (%1). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>تعذّرت قراءة ملف الشريك (%1). لم يُستورد أي شيء؛ اطلب من المدينة الشريكة مشاركة ملفها من جديد.</translation>
    </message>
    <message>
        <source>The partner’s file does not name its city (it should hold exactly one city). Nothing was imported; ask the partner city to share its file again.</source>
        <translation>لا يذكر ملف الشريك اسم مدينته (يجب أن يحتوي على مدينة واحدة بالضبط). لم يُستورد أي شيء؛ اطلب من المدينة الشريكة مشاركة ملفها من جديد.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>محطة جديدة</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>محطة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>موعد الا&amp;ستحقاق:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>أُ&amp;نجزت في:</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>تحتاج المحطة إلى عنوان وموعد استحقاق.</translation>
    </message>
    <message>
        <source>Due outside its action&apos;s dates (%1 to %2): allowed, but check it.</source>
        <translation>الموعد يقع خارج تواريخ إجرائها (من %1 إلى %2): هذا مسموح، لكن تحقق منه.</translation>
    </message>
</context>
<context>
    <name>NarrativeWidget</name>
    <message>
        <source>Sections of the profile</source>
        <translation>أقسام الملمح</translation>
    </message>
    <message>
        <source>Not written yet. %1</source>
        <translation>لم يُكتب شيء بعد. %1</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city file</source>
        <translation>ملف مدينة جديد</translation>
    </message>
    <message>
        <source>For example: Tangier</source>
        <translation>مثلًا: طنجة</translation>
    </message>
    <message>
        <source>A city file holds everything about one city. You can change these details later in the city profile.</source>
        <translation>يضم ملف المدينة كل ما يخص مدينة واحدة. يمكنك تغيير هذه المعلومات لاحقًا في ملمح المدينة.</translation>
    </message>
    <message>
        <source>City &amp;name:</source>
        <translation>&amp;اسم المدينة:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>File &amp;language:</source>
        <translation>&amp;لغة الملف:</translation>
    </message>
    <message>
        <source>The language of the built-in themes and profile sections in the file.</source>
        <translation>لغة المحاور المدمجة وأقسام الملمح في الملف.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>اختيار مكان الحفظ…</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Only a number can be typed here, like %1: “%2” is not part of one.</source>
        <translation>لا يمكن أن يُكتب هنا سوى رقم، مثل %1: «%2» ليس جزءًا من رقم.</translation>
    </message>
</context>
<context>
    <name>OdtReportWriter</name>
    <message>
        <source>“%1” could not be made: the report could not be turned into an OpenDocument text. Export it as a PDF instead.</source>
        <translation>تعذّر إنشاء «%1»: تعذّر تحويل التقرير إلى نص OpenDocument. صدّره بصيغة PDF بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>اختيار التاريخ من تقويم</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>مثلًا %1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Write it like %3, or pick it from the calendar.</source>
        <translation>%1 «%2» ليس تاريخًا. اكتبه مثل %3، أو اختره من التقويم.</translation>
    </message>
</context>
<context>
    <name>OriginsModel</name>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>المهاجرون</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>عدد المهاجرين</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>%1 must be a whole number, like %2; “%3” is not.</source>
        <translation>يجب أن يكون %1 عددًا صحيحًا، مثل %2؛ و«%3» ليس كذلك.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>بلد جديد</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>إضافة منشأ</translation>
    </message>
    <message>
        <source>Edit the origin “%1”</source>
        <translation>تعديل المنشأ «%1»</translation>
    </message>
    <message>
        <source>Remove the origin “%1”</source>
        <translation>إزالة المنشأ «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n origin(s)</source>
        <translation>
            <numerusform>إزالة %n منشأ</numerusform>
            <numerusform>إزالة منشأ واحد</numerusform>
            <numerusform>إزالة منشأين</numerusform>
            <numerusform>إزالة %n مناشئ</numerusform>
            <numerusform>إزالة %n منشأً</numerusform>
            <numerusform>إزالة %n منشأ</numerusform>
        </translation>
    </message>
    <message>
        <source>No origin yet. Add one row per country, with the year and the source of the figure.</source>
        <translation>لا يوجد منشأ بعد. أضف سطرًا لكل بلد، مع سنة الرقم ومصدره.</translation>
    </message>
    <message numerus="yes">
        <source>Total of the origins listed: %Ln migrant(s).</source>
        <translation>
            <numerusform>مجموع المناشئ المذكورة: %Ln مهاجر.</numerusform>
            <numerusform>مجموع المناشئ المذكورة: مهاجر واحد.</numerusform>
            <numerusform>مجموع المناشئ المذكورة: مهاجران.</numerusform>
            <numerusform>مجموع المناشئ المذكورة: %Ln مهاجرين.</numerusform>
            <numerusform>مجموع المناشئ المذكورة: %Ln مهاجرًا.</numerusform>
            <numerusform>مجموع المناشئ المذكورة: %Ln مهاجر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures date from %1 to %2: compare them with care.</source>
        <translation>تعود الأرقام إلى الفترة من %1 إلى %2: قارنها بحذر.</translation>
    </message>
</context>
<context>
    <name>OutputFileQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is: nothing was written. Choose another name, or agree to replace it.</source>
        <translation>«%1» موجود بالفعل وتُرك كما هو: لم يُكتب أي شيء. اختر اسمًا آخر، أو وافق على استبداله.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsDialog</name>
    <message>
        <source>&amp;Open the stakeholder</source>
        <translation>&amp;فتح الجهة المعنية</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>المتابعات المتأخرة</translation>
    </message>
    <message>
        <source>No follow-up is overdue: every promise to come back to a stakeholder is kept or not due yet.</source>
        <translation>لا توجد متابعة متأخرة: كل وعد بالعودة إلى جهة معنية قد نُفّذ أو لم يحن موعده بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) promised for a day already past and not logged as done, the oldest first. Double-click one to open its stakeholder&apos;s engagements and log it.</source>
        <translation>
            <numerusform>%n متابعة موعودة ليوم مضى ولم تُسجَّل كمنجزة، الأقدم أولًا. انقر نقرًا مزدوجًا على إحداها لفتح عمليات التواصل مع جهتها المعنية وتسجيلها.</numerusform>
            <numerusform>متابعة واحدة موعودة ليوم مضى ولم تُسجَّل كمنجزة. انقر عليها نقرًا مزدوجًا لفتح عمليات التواصل مع جهتها المعنية وتسجيلها.</numerusform>
            <numerusform>متابعتان موعودتان ليوم مضى ولم تُسجَّلا كمنجزتين، الأقدم أولًا. انقر نقرًا مزدوجًا على إحداهما لفتح عمليات التواصل مع جهتها المعنية وتسجيلها.</numerusform>
            <numerusform>%n متابعات موعودة ليوم مضى ولم تُسجَّل كمنجزة، الأقدم أولًا. انقر نقرًا مزدوجًا على إحداها لفتح عمليات التواصل مع جهتها المعنية وتسجيلها.</numerusform>
            <numerusform>%n متابعة موعودة ليوم مضى ولم تُسجَّل كمنجزة، الأقدم أولًا. انقر نقرًا مزدوجًا على إحداها لفتح عمليات التواصل مع جهتها المعنية وتسجيلها.</numerusform>
            <numerusform>%n متابعة موعودة ليوم مضى ولم تُسجَّل كمنجزة، الأقدم أولًا. انقر نقرًا مزدوجًا على إحداها لفتح عمليات التواصل مع جهتها المعنية وتسجيلها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>مستحقة في %1، منذ %n يوم</numerusform>
            <numerusform>مستحقة في %1، منذ يوم واحد</numerusform>
            <numerusform>مستحقة في %1، منذ يومين</numerusform>
            <numerusform>مستحقة في %1، منذ %n أيام</numerusform>
            <numerusform>مستحقة في %1، منذ %n يومًا</numerusform>
            <numerusform>مستحقة في %1، منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
</context>
<context>
    <name>PartnerCitiesModel</name>
    <message>
        <source>Partner city</source>
        <translation>المدينة الشريكة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>بريد الشخص المرجعي</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>هاتف الشخص المرجعي</translation>
    </message>
    <message>
        <source>Partner&apos;s city identifier</source>
        <translation>معرّف مدينة الشريك</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>“%1” is not a role. Choose mentor, mentee or peer.</source>
        <translation>«%1» ليس دورًا. اختر مدينة مرشدة أو مدينة مستفيدة أو مدينة نظيرة.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>مدينة شريكة جديدة</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>إضافة مدينة شريكة</translation>
    </message>
    <message>
        <source>Edit the partner city “%1”</source>
        <translation>تعديل المدينة الشريكة «%1»</translation>
    </message>
    <message>
        <source>Remove the partner city “%1”</source>
        <translation>إزالة المدينة الشريكة «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner city(ies)</source>
        <translation>
            <numerusform>إزالة %n مدينة شريكة</numerusform>
            <numerusform>إزالة مدينة شريكة واحدة</numerusform>
            <numerusform>إزالة مدينتين شريكتين</numerusform>
            <numerusform>إزالة %n مدن شريكة</numerusform>
            <numerusform>إزالة %n مدينة شريكة</numerusform>
            <numerusform>إزالة %n مدينة شريكة</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner city yet. Add the cities your city is twinned with, with their role and a contact person.</source>
        <translation>لا توجد مدينة شريكة بعد. أضف المدن التي ترتبط مدينتك معها بتوأمة، مع دورها وشخص مرجعي.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner city(ies), </source>
        <translation>
            <numerusform>%n مدينة شريكة، </numerusform>
            <numerusform>مدينة شريكة واحدة، </numerusform>
            <numerusform>مدينتان شريكتان، </numerusform>
            <numerusform>%n مدن شريكة، </numerusform>
            <numerusform>%n مدينة شريكة، </numerusform>
            <numerusform>%n مدينة شريكة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twinning(s) running today.</source>
        <translation>
            <numerusform>%n توأمة جارية اليوم.</numerusform>
            <numerusform>توأمة واحدة جارية اليوم.</numerusform>
            <numerusform>توأمتان جاريتان اليوم.</numerusform>
            <numerusform>%n توأمات جارية اليوم.</numerusform>
            <numerusform>%n توأمة جارية اليوم.</numerusform>
            <numerusform>%n توأمة جارية اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate the partner city “%1”</source>
        <translation>تكرار المدينة الشريكة «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerCity</name>
    <message>
        <source>Mentor</source>
        <translation>مدينة مرشدة</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>مدينة مستفيدة</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>مدينة نظيرة</translation>
    </message>
</context>
<context>
    <name>PartnerFile</name>
    <message>
        <source>%1 is full</source>
        <translation>%1 ممتلئ</translation>
    </message>
</context>
<context>
    <name>PartnerOpening</name>
    <message>
        <source>Open a partner city’s file</source>
        <translation>فتح ملف مدينة شريكة</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>ملفات مدن Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 (partner, date unknown)</source>
        <comment>window title</comment>
        <translation>%1 (مدينة شريكة، تاريخ المشاركة غير معروف)</translation>
    </message>
    <message>
        <source>%1 (partner, shared %2)</source>
        <comment>window title</comment>
        <translation>%1 (مدينة شريكة، شوركت في %2)</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>ال&amp;شركاء</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>ال&amp;تبادلات</translation>
    </message>
    <message>
        <source>&amp;Good practices</source>
        <translation>الممارسات ال&amp;جيدة</translation>
    </message>
    <message>
        <source>Add a partner city</source>
        <translation>إضافة مدينة شريكة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected partner cities</source>
        <translation>إزالة المدن الشريكة المحددة</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>المدن الشريكة</translation>
    </message>
    <message>
        <source>The partnership&apos;s start date</source>
        <translation>تاريخ بداية الشراكة</translation>
    </message>
    <message>
        <source>The partnership&apos;s end date</source>
        <translation>تاريخ نهاية الشراكة</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>الشخ&amp;ص المرجعي:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;city identifier:</source>
        <translation>&amp;معرّف مدينة الشريك:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>The cities yours is twinned with in a network (IncluCities, MC2CM), as mentor, mentee or peer, with the twinning&apos;s dates. The contact person is personal data: it is left out when the file is shared.</source>
        <translation>المدن التي ترتبط مدينتك معها بتوأمة ضمن شبكة (IncluCities، MC2CM)، كمدينة مرشدة أو مستفيدة أو نظيرة، مع تواريخ التوأمة. الشخص المرجعي من البيانات الشخصية: يُحذف عند مشاركة الملف.</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>إضافة تبادل</translation>
    </message>
    <message>
        <source>Remove the selected exchanges</source>
        <translation>إزالة التبادلات المحددة</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>التبادلات</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>ال&amp;مشاركون:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>ال&amp;دروس المستفادة:</translation>
    </message>
    <message>
        <source>Study visits, peer-learning meetings, training academies and online meetings, with what was learned. Participants&apos; names are personal data: they are left out when the file is shared.</source>
        <translation>الزيارات الدراسية، واجتماعات التعلم بين الأقران، وأكاديميات التدريب، والاجتماعات عبر الإنترنت، مع ما استُفيد منها. أسماء المشاركين من البيانات الشخصية: تُحذف عند مشاركة الملف.</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>إضافة ممارسة جيدة</translation>
    </message>
    <message>
        <source>Remove the selected good practices</source>
        <translation>إزالة الممارسات الجيدة المحددة</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>Words of the title, city, description, source or tags</source>
        <translation>كلمات من العنوان أو المدينة أو الوصف أو المصدر أو الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ب&amp;حث:</translation>
    </message>
    <message>
        <source>What your city does well and what you learn from partner cities. “From” says where each practice came from: this city, or the partner whose file it was taken from.</source>
        <translation>ما تتقنه مدينتك وما تتعلمه من المدن الشريكة. يبيّن عمود «الأصل» من أين جاءت كل ممارسة: من هذه المدينة، أو من الشريك الذي أُخذت من ملفه.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Add a copy of the selected record</source>
        <translation>إضافة نسخة من السجل المحدد</translation>
    </message>
    <message>
        <source>No partner city</source>
        <translation>لا توجد مدينة شريكة</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>PersonalDataChoice</name>
    <message>
        <source>&amp;Include personal data (contact persons and private notes)</source>
        <translation>&amp;تضمين البيانات الشخصية (الأشخاص المرجعيون والملاحظات الخاصة)</translation>
    </message>
    <message>
        <source>When this is not ticked, the export leaves out contact persons, notes marked private and everything else the city file marks as personal data. Tick it only if everyone who will receive the export may see them.</source>
        <translation>إذا لم يُعلَّم هذا الخيار، يستبعد التصدير الأشخاص المرجعيين والملاحظات المعلَّمة خاصة وكل ما يعدّه ملف المدينة بيانات شخصية. لا تعلّمه إلا إذا كان يحق لكل من سيتسلم التصدير الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Personal data: left out of exports unless you choose to include it.</source>
        <translation>البيانات الشخصية: تُستبعد من التصدير ما لم تختر تضمينها.</translation>
    </message>
</context>
<context>
    <name>PersonalDataOption</name>
    <message>
        <source>Include personal data (contact persons, private notes and anything else the city file marks as personal). Without this option it is left out.</source>
        <translation>تضمين البيانات الشخصية (الأشخاص المرجعيون والملاحظات الخاصة وكل ما يعدّه ملف المدينة شخصيًا). بدون هذا الخيار تُستبعد.</translation>
    </message>
    <message>
        <source>Personal data (contact persons and private notes) was left out; add --%1 to include it.</source>
        <translation>استُبعدت البيانات الشخصية (الأشخاص المرجعيون والملاحظات الخاصة)؛ أضف --%1 لتضمينها.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Action plan of %1</source>
        <translation>خطة عمل %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>الإجراء: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>End of “%1”</source>
        <translation>نهاية «%1»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>أُنجز في %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the action plan&apos;s progress, lateness and budget, as JSON.</source>
        <translation>طباعة تقدم خطة العمل وتأخراتها وميزانيتها بصيغة JSON.</translation>
    </message>
    <message>
        <source>The city file whose plan to sum up.</source>
        <translation>ملف المدينة المراد تلخيص خطتها.</translation>
    </message>
    <message>
        <source>The day lateness is judged on (YYYY-MM-DD); today when not given.</source>
        <translation>اليوم الذي يُحكم بالنسبة إليه على التأخر (YYYY-MM-DD)؛ اليوم الحالي إن لم يُحدَّد.</translation>
    </message>
    <message>
        <source>plan takes exactly one FILE.</source>
        <translation>يتطلب الأمر plan وسيطًا واحدًا فقط FILE.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentWidget</name>
    <message>
        <source>Record the council’s &amp;adoption…</source>
        <translation>تسجيل &amp;اعتماد المجلس…</translation>
    </message>
    <message>
        <source>Priorities for the inclusion of migrants</source>
        <translation>أولويات إدماج المهاجرين</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>ال&amp;مقدمة</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>المنه&amp;جية</translation>
    </message>
    <message>
        <source>Why the city sets priorities for migrant inclusion, and what this document is.</source>
        <translation>لماذا تضع المدينة أولويات لإدماج المهاجرين، وما هذه الوثيقة.</translation>
    </message>
    <message>
        <source>How the priorities were chosen: the profile, the checklists, who was consulted.</source>
        <translation>كيف اختيرت الأولويات: الملمح، وقوائم التحقق، ومن استُشير.</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>تعديل المقدمة</translation>
    </message>
    <message>
        <source>Edit the method</source>
        <translation>تعديل المنهجية</translation>
    </message>
    <message>
        <source>Adopted by the council on %1.</source>
        <translation>اعتمده المجلس البلدي في %1.</translation>
    </message>
    <message>
        <source>Not adopted by the council yet.</source>
        <translation>لم يعتمده المجلس البلدي بعد.</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>تعديل العنوان</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n action(s) done</source>
        <translation>
            <numerusform>أُنجز &lt;b&gt;%1&lt;/b&gt; من أصل %n إجراء</numerusform>
            <numerusform>أُنجز &lt;b&gt;%1&lt;/b&gt; من أصل إجراء واحد</numerusform>
            <numerusform>أُنجز &lt;b&gt;%1&lt;/b&gt; من أصل إجراءين</numerusform>
            <numerusform>أُنجز &lt;b&gt;%1&lt;/b&gt; من أصل %n إجراءات</numerusform>
            <numerusform>أُنجز &lt;b&gt;%1&lt;/b&gt; من أصل %n إجراءً</numerusform>
            <numerusform>أُنجز &lt;b&gt;%1&lt;/b&gt; من أصل %n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in progress</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; قيد التنفيذ</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b02020&quot;&gt;%n late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n متأخر&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n متأخر&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n متأخران&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n متأخرة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n متأخرًا&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#b02020&quot;&gt;%n متأخر&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none late</source>
        <translation>لا شيء متأخر</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; spent of %2 planned (%3 committed)</source>
        <translation>صُرف &lt;b&gt;%1&lt;/b&gt; من أصل %2 مخطط له (%3 ملتزم به)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من أصل %3</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) end later than the council adopted, by up to %1 days.</source>
        <translation>
            <numerusform>لا ينتهي أي إجراء بعد الموعد الذي اعتمده المجلس، بتأخر يصل إلى %1 يوم.</numerusform>
            <numerusform>ينتهي إجراء واحد بعد الموعد الذي اعتمده المجلس، بتأخر %1 يوم.</numerusform>
            <numerusform>ينتهي إجراءان بعد الموعد الذي اعتمده المجلس، بتأخر يصل إلى %1 يوم.</numerusform>
            <numerusform>تنتهي %n إجراءات بعد الموعد الذي اعتمده المجلس، بتأخر يصل إلى %1 يوم.</numerusform>
            <numerusform>ينتهي %n إجراءً بعد الموعد الذي اعتمده المجلس، بتأخر يصل إلى %1 يوم.</numerusform>
            <numerusform>ينتهي %n إجراء بعد الموعد الذي اعتمده المجلس، بتأخر يصل إلى %1 يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action ends as the council adopted.</source>
        <translation>كل إجراء ينتهي في الموعد الذي اعتمده المجلس.</translation>
    </message>
</context>
<context>
    <name>PlanIndicatorFigure</name>
    <message>
        <source>Indicators against their targets</source>
        <translation>المؤشرات مقارنة بقيمها المستهدفة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>المُحقَّق</translation>
    </message>
    <message>
        <source>Now %1, target %2</source>
        <translation>الآن %1، المستهدف %2</translation>
    </message>
    <message>
        <source>Now %1, no target</source>
        <translation>الآن %1، بلا قيمة مستهدفة</translation>
    </message>
    <message>
        <source>No indicator has been defined.</source>
        <translation>لم يُحدَّد أي مؤشر.</translation>
    </message>
    <message>
        <source>Now: the latest value, or the sum of the values for indicators counted per period. Reached: the share of the way from the baseline to the target.</source>
        <translation>الآن: آخر قيمة، أو مجموع القيم بالنسبة للمؤشرات المحسوبة لكل فترة. المُحقَّق: نسبة ما قُطع من الطريق بين خط الأساس والقيمة المستهدفة.</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>رسوم بيانية صغيرة</translation>
    </message>
    <message>
        <source>The measured values of each indicator over time, its target dashed.</source>
        <translation>القيم المقيسة لكل مؤشر عبر الزمن، وقيمته المستهدفة بخط متقطع.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The priority&apos;s title</source>
        <translation>عنوان الأولوية</translation>
    </message>
    <message>
        <source>The priority&apos;s theme</source>
        <translation>محور الأولوية</translation>
    </message>
    <message>
        <source>The rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>The date of validation by the stakeholder group</source>
        <translation>تاريخ المصادقة من مجموعة الجهات المعنية</translation>
    </message>
    <message>
        <source>The date of adoption by the council</source>
        <translation>تاريخ الاعتماد من المجلس البلدي</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>بند قائمة التحقق</translation>
    </message>
    <message>
        <source>The profile figure</source>
        <translation>رقم الملمح</translation>
    </message>
    <message>
        <source>The date of the consultation</source>
        <translation>تاريخ الاستشارة</translation>
    </message>
    <message>
        <source>A stakeholder consulted</source>
        <translation>جهة معنية مستشارة</translation>
    </message>
    <message>
        <source>The stakeholder-group meeting</source>
        <translation>اجتماع مجموعة الجهات المعنية</translation>
    </message>
    <message>
        <source>Evidence must point to exactly one checklist item or one profile figure. Choose one of the two and clear the other.</source>
        <translation>يجب أن يشير الإثبات إلى بند واحد فقط من قائمة تحقق أو إلى رقم واحد فقط من الملمح. اختر أحدهما وامسح الآخر.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineFigure</name>
    <message>
        <source>Action (colour: status; red: late)</source>
        <translation>الإجراء (اللون: الحالة؛ الأحمر: متأخر)</translation>
    </message>
    <message>
        <source>Dates adopted</source>
        <translation>التواريخ المعتمدة</translation>
    </message>
    <message>
        <source>Milestone (filled: done)</source>
        <translation>محطة (ممتلئة: منجزة)</translation>
    </message>
    <message>
        <source>Timeline, %1 to %2: rows %3 to %4 of %5.</source>
        <translation>الجدول الزمني، من %1 إلى %2: الأسطر من %3 إلى %4 من أصل %5.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n متأخر</numerusform>
            <numerusform>%n متأخر</numerusform>
            <numerusform>%n متأخران</numerusform>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرًا</numerusform>
            <numerusform>%n متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من أصل %2</translation>
    </message>
    <message>
        <source>Priority, action, milestone</source>
        <translation>الأولوية، الإجراء، المحطة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End or due</source>
        <translation>النهاية أو الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>المصروف من المخطط</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>أُنجزت في %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>فات موعدها</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later than adopted)</source>
        <translation>
            <numerusform>%1 (بعد الموعد المعتمد بـ%n يوم)</numerusform>
            <numerusform>%1 (بعد الموعد المعتمد بيوم واحد)</numerusform>
            <numerusform>%1 (بعد الموعد المعتمد بيومين)</numerusform>
            <numerusform>%1 (بعد الموعد المعتمد بـ%n أيام)</numerusform>
            <numerusform>%1 (بعد الموعد المعتمد بـ%n يومًا)</numerusform>
            <numerusform>%1 (بعد الموعد المعتمد بـ%n يوم)</numerusform>
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
        <translation>هذه المدينة</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>مدينة أخرى</translation>
    </message>
    <message>
        <source>Where this practice came from: this city&apos;s own file, or the partner city&apos;s file it was taken from.</source>
        <translation>من أين جاءت هذه الممارسة: من ملف هذه المدينة، أو من ملف المدينة الشريكة الذي أُخذت منه.</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>الممارسة الجيدة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>المدينة الشريكة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation>المدينة الشريكة</translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>ممارسة جيدة جديدة</translation>
    </message>
    <message>
        <source>Add a good practice</source>
        <translation>إضافة ممارسة جيدة</translation>
    </message>
    <message>
        <source>Edit the good practice “%1”</source>
        <translation>تعديل الممارسة الجيدة «%1»</translation>
    </message>
    <message>
        <source>Remove the good practice “%1”</source>
        <translation>إزالة الممارسة الجيدة «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n good practice(s)</source>
        <translation>
            <numerusform>إزالة %n ممارسة جيدة</numerusform>
            <numerusform>إزالة ممارسة جيدة واحدة</numerusform>
            <numerusform>إزالة ممارستين جيدتين</numerusform>
            <numerusform>إزالة %n ممارسات جيدة</numerusform>
            <numerusform>إزالة %n ممارسة جيدة</numerusform>
            <numerusform>إزالة %n ممارسة جيدة</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice matches “%1”.</source>
        <translation>لا توجد ممارسة جيدة تطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s) match the search, </source>
        <translation>
            <numerusform>%n ممارسة جيدة تطابق البحث، </numerusform>
            <numerusform>ممارسة جيدة واحدة تطابق البحث، </numerusform>
            <numerusform>ممارستان جيدتان تطابقان البحث، </numerusform>
            <numerusform>%n ممارسات جيدة تطابق البحث، </numerusform>
            <numerusform>%n ممارسة جيدة تطابق البحث، </numerusform>
            <numerusform>%n ممارسة جيدة تطابق البحث، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner cities.</source>
        <translation>
            <numerusform>%n منها من مدن شريكة.</numerusform>
            <numerusform>%n منها من مدن شريكة.</numerusform>
            <numerusform>%n منها من مدن شريكة.</numerusform>
            <numerusform>%n منها من مدن شريكة.</numerusform>
            <numerusform>%n منها من مدن شريكة.</numerusform>
            <numerusform>%n منها من مدن شريكة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No good practice yet. Add what your city does well, and what you learn from partner cities.</source>
        <translation>لا توجد ممارسة جيدة بعد. أضف ما تتقنه مدينتك، وما تتعلمه من المدن الشريكة.</translation>
    </message>
    <message numerus="yes">
        <source>%n good practice(s), </source>
        <translation>
            <numerusform>%n ممارسة جيدة، </numerusform>
            <numerusform>ممارسة جيدة واحدة، </numerusform>
            <numerusform>ممارستان جيدتان، </numerusform>
            <numerusform>%n ممارسات جيدة، </numerusform>
            <numerusform>%n ممارسة جيدة، </numerusform>
            <numerusform>%n ممارسة جيدة، </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate the good practice “%1”</source>
        <translation>تكرار الممارسة الجيدة «%1»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Passerelle.</source>
        <translation>تُستخدم اللغة الجديدة في المرة القادمة التي تشغّل فيها Passerelle.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>نقل «%1»</translation>
    </message>
    <message>
        <source>Reorder the priorities</source>
        <translation>إعادة ترتيب الأولويات</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>Record the council’s adoption…</source>
        <translation>تسجيل اعتماد المجلس…</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>الأ&amp;ولويات</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>الوث&amp;يقة</translation>
    </message>
    <message>
        <source>Ne&amp;w priority</source>
        <translation>أولوية &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <source>The most important first. Drag a priority, or use Move up and Move down, to change its rank.</source>
        <translation>الأهم أولًا. اسحب أولوية، أو استخدم «نقل إلى الأعلى» و«نقل إلى الأسفل»، لتغيير ترتيبها.</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>الأو&amp;لوية</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translation>الإ&amp;ثباتات</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>الاست&amp;شارات</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>أولوية جديدة</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>إضافة أولوية</translation>
    </message>
    <message>
        <source>Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit &gt; Undo brings them back.</source>
        <translation>هل تريد إزالة الأولوية «%1» مع ما يرتبط بها: %2 و%3 و%4؟ تحرير &gt; تراجع يعيدها.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n إجراء</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n إثبات</numerusform>
            <numerusform>إثبات واحد</numerusform>
            <numerusform>إثباتان</numerusform>
            <numerusform>%n إثباتات</numerusform>
            <numerusform>%n إثباتًا</numerusform>
            <numerusform>%n إثبات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n استشارة</numerusform>
            <numerusform>استشارة واحدة</numerusform>
            <numerusform>استشارتان</numerusform>
            <numerusform>%n استشارات</numerusform>
            <numerusform>%n استشارة</numerusform>
            <numerusform>%n استشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>إزالة الأولوية</translation>
    </message>
    <message>
        <source>Remove the priority “%1”</source>
        <translation>إزالة الأولوية «%1»</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>الأولويات</translation>
    </message>
</context>
<context>
    <name>PrioritiesReport</name>
    <message>
        <source>Adopted by the council on %1</source>
        <translation>اعتمدها المجلس في %1</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group on %1</source>
        <translation>صادقت عليها مجموعة الجهات المعنية في %1</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. المنهجية</translation>
    </message>
    <message>
        <source>The stakeholder group</source>
        <translation>مجموعة الجهات المعنية</translation>
    </message>
    <message numerus="yes">
        <source>The priorities were prepared with the city&apos;s stakeholder group of %n member(s), listed in Annex A.</source>
        <translation>
            <numerusform>أُعدّت الأولويات مع مجموعة الجهات المعنية في المدينة، التي تضم %n عضو، الواردين في الملحق أ.</numerusform>
            <numerusform>أُعدّت الأولويات مع مجموعة الجهات المعنية في المدينة، التي تضم عضوًا واحدًا، الوارد في الملحق أ.</numerusform>
            <numerusform>أُعدّت الأولويات مع مجموعة الجهات المعنية في المدينة، التي تضم عضوين، الواردين في الملحق أ.</numerusform>
            <numerusform>أُعدّت الأولويات مع مجموعة الجهات المعنية في المدينة، التي تضم %n أعضاء، الواردين في الملحق أ.</numerusform>
            <numerusform>أُعدّت الأولويات مع مجموعة الجهات المعنية في المدينة، التي تضم %n عضوًا، الواردين في الملحق أ.</numerusform>
            <numerusform>أُعدّت الأولويات مع مجموعة الجهات المعنية في المدينة، التي تضم %n عضو، الواردين في الملحق أ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group met %n time(s).</source>
        <translation>
            <numerusform>اجتمعت المجموعة %n مرة.</numerusform>
            <numerusform>اجتمعت المجموعة مرة واحدة.</numerusform>
            <numerusform>اجتمعت المجموعة مرتين.</numerusform>
            <numerusform>اجتمعت المجموعة %n مرات.</numerusform>
            <numerusform>اجتمعت المجموعة %n مرة.</numerusform>
            <numerusform>اجتمعت المجموعة %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>لم تجتمع المجموعة بعد.</translation>
    </message>
    <message>
        <source>The meetings of the stakeholder group.</source>
        <translation>اجتماعات مجموعة الجهات المعنية.</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>من استُشير</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>المستشارون</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>No consultation has been recorded.</source>
        <translation>لم تُسجَّل أي استشارة.</translation>
    </message>
    <message>
        <source>3. The priorities</source>
        <translation>3. الأولويات</translation>
    </message>
    <message>
        <source>No priority has been written yet.</source>
        <translation>لم تُكتب أي أولوية بعد.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثباتات</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>النتيجة المتوقعة</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>No action has been planned for this priority yet.</source>
        <translation>لم يُخطَّط بعد لأي إجراء لهذه الأولوية.</translation>
    </message>
    <message>
        <source>Local integration priorities</source>
        <translation>الأولويات المحلية للإدماج</translation>
    </message>
    <message>
        <source>The priorities for the inclusion of newcomers in %1 and the actions that carry them out</source>
        <translation>أولويات إدماج الوافدين الجدد في %1 والإجراءات التي تنفّذها</translation>
    </message>
    <message>
        <source>Priorities and action plan</source>
        <translation>الأولويات وخطة العمل</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>نسخة %1</translation>
    </message>
    <message>
        <source>Draft for consultation</source>
        <translation>مشروع معروض للاستشارة</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>1. Context</source>
        <translation>1. السياق</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>ملمح الهجرة</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>الملاحق</translation>
    </message>
    <message>
        <source>A. The stakeholder group&apos;s members</source>
        <translation>أ. أعضاء مجموعة الجهات المعنية</translation>
    </message>
    <message>
        <source>B. Access to services: scores by area</source>
        <translation>ب. الوصول إلى الخدمات: الدرجات حسب المجال</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Validated by the stakeholder group</source>
        <translation>صادقت عليها مجموعة الجهات المعنية</translation>
    </message>
    <message>
        <source>Adopted by the council</source>
        <translation>اعتمدها المجلس البلدي</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Why this matters for the city: the gaps and figures it rests on.</source>
        <translation>لماذا يهم هذا المدينة: الفجوات والأرقام التي تستند إليها.</translation>
    </message>
    <message>
        <source>What will have changed for migrants when it is done.</source>
        <translation>ما الذي سيتغير بالنسبة للمهاجرين عند إنجازها.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>ال&amp;محور:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>ال&amp;تعليل:</translation>
    </message>
    <message>
        <source>E&amp;xpected outcome:</source>
        <translation>ال&amp;نتيجة المتوقعة:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Validated by the group &amp;on:</source>
        <translation>صاد&amp;قت عليها المجموعة في:</translation>
    </message>
    <message>
        <source>&amp;Adopted by the council on:</source>
        <translation>اعتمدها الم&amp;جلس في:</translation>
    </message>
    <message>
        <source>The date of validation</source>
        <translation>تاريخ المصادقة</translation>
    </message>
    <message>
        <source>The date of adoption</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بلا محور</translation>
    </message>
    <message>
        <source>Edit the priority “%1”</source>
        <translation>تعديل الأولوية «%1»</translation>
    </message>
</context>
<context>
    <name>PriorityFromGapCommand</name>
    <message>
        <source>Make a priority from a gap</source>
        <translation>إنشاء أولوية من فجوة</translation>
    </message>
    <message>
        <source>The service-access checklist (round “%3”) found a gap: “%1” is answered “%2”.</source>
        <translation>كشفت قائمة التحقق الخاصة بالوصول إلى الخدمات (الجولة «%3») عن فجوة: إجابة «%1» هي «%2».</translation>
    </message>
    <message>
        <source>Answered “%1” in round “%2”.</source>
        <translation>الإجابة «%1» في الجولة «%2».</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>City and &amp;key figures</source>
        <translation>المدينة &amp;والأرقام الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Origins of migrants</source>
        <translation>منا&amp;شئ المهاجرين</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>الأ&amp;حياء</translation>
    </message>
    <message>
        <source>N&amp;arrative</source>
        <translation>ال&amp;سرد</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>إضافة رقم</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected figures</source>
        <translation>إزالة الأرقام المحددة</translation>
    </message>
    <message>
        <source>The few numbers that tell the city&apos;s migration story, each with its year and source so that a reader can check it.</source>
        <translation>الأرقام القليلة التي تروي قصة الهجرة في المدينة، كل منها بسنته ومصدره ليتمكن القارئ من التحقق منه.</translation>
    </message>
    <message>
        <source>Add an origin</source>
        <translation>إضافة منشأ</translation>
    </message>
    <message>
        <source>Remove the selected origins</source>
        <translation>إزالة المناشئ المحددة</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>مناشئ المهاجرين</translation>
    </message>
    <message>
        <source>Migrants living in the city by country of origin. Give each figure its year and its source (census, register, survey).</source>
        <translation>المهاجرون المقيمون في المدينة حسب بلد المنشأ. حدّد لكل رقم سنته ومصدره (إحصاء عام، سجل، مسح).</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>إضافة حي</translation>
    </message>
    <message>
        <source>Remove the selected districts</source>
        <translation>إزالة الأحياء المحددة</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>الأحياء</translation>
    </message>
    <message>
        <source>Where migrants live in the city. Leave a figure empty when it is not known; the share is worked out from the two populations.</source>
        <translation>أين يقيم المهاجرون في المدينة. اترك الرقم فارغًا إن كان غير معروف؛ تُحسب النسبة انطلاقًا من عددي السكان.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>ملمح المدينة</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Sources: </source>
        <translation>المصادر: </translation>
    </message>
    <message>
        <source>inhabitants (%1)</source>
        <translation>ساكن (%1)</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>ساكن</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Population of the city</source>
        <translation>عدد سكان المدينة</translation>
    </message>
    <message>
        <source>No key figure of the profile is recorded yet.</source>
        <translation>لم يُسجَّل بعد أي رقم رئيسي في الملمح.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>المهاجرون</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>All origins listed</source>
        <translation>كل المناشئ المذكورة</translation>
    </message>
    <message>
        <source>Share: of the migrants of all the origins listed.</source>
        <translation>النسبة: من مجموع المهاجرين من كل المناشئ المذكورة.</translation>
    </message>
    <message>
        <source>No country of origin is recorded yet.</source>
        <translation>لم يُسجَّل بعد أي بلد منشأ.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>السكان</translation>
    </message>
    <message>
        <source>Share: migrants in the district’s population.</source>
        <translation>النسبة: المهاجرون من سكان الحي.</translation>
    </message>
    <message>
        <source>No district is recorded yet.</source>
        <translation>لم يُسجَّل بعد أي حي.</translation>
    </message>
    <message>
        <source>The migration profile has no key figure yet: the city’s population and the figures on its migrants will appear here with their sources.</source>
        <translation>لا يضم ملمح الهجرة بعد أي رقم رئيسي: سيظهر هنا عدد سكان المدينة والأرقام المتعلقة بمهاجريها مع مصادرها.</translation>
    </message>
    <message>
        <source>The key figures of the migration profile and their sources.</source>
        <translation>الأرقام الرئيسية لملمح الهجرة ومصادرها.</translation>
    </message>
    <message>
        <source>The largest groups by country of origin: %1.</source>
        <translation>أكبر المجموعات حسب بلد المنشأ: %1.</translation>
    </message>
    <message>
        <source>City migration profile</source>
        <translation>ملمح الهجرة في المدينة</translation>
    </message>
    <message>
        <source>Who the city’s migrants are, where they live, and what the city knows of their situation, with the sources of every figure</source>
        <translation>من هم مهاجرو المدينة، وأين يقيمون، وما تعرفه المدينة عن أوضاعهم، مع مصدر كل رقم</translation>
    </message>
    <message>
        <source>The knowledge on which the city’s priorities rest</source>
        <translation>المعارف التي تستند إليها أولويات المدينة</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 ساكن</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Origins of migrants</source>
        <translation>مناشئ المهاجرين</translation>
    </message>
    <message>
        <source>Where migrants live</source>
        <translation>أين يقيم المهاجرون</translation>
    </message>
    <message>
        <source>The migration profile</source>
        <translation>ملمح الهجرة</translation>
    </message>
    <message>
        <source>The sections of the profile are not written yet.</source>
        <translation>لم تُكتب أقسام الملمح بعد.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The city&apos;s name</source>
        <translation>اسم المدينة</translation>
    </message>
    <message>
        <source>The population year</source>
        <translation>سنة رقم السكان</translation>
    </message>
    <message>
        <source>The population</source>
        <translation>عدد السكان</translation>
    </message>
    <message>
        <source>The country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>The number of migrants</source>
        <translation>عدد المهاجرين</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>The district&apos;s name</source>
        <translation>اسم الحي</translation>
    </message>
    <message>
        <source>The migrant population</source>
        <translation>السكان المهاجرون</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>تسمية الرقم</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Legal framework for migration</source>
        <translation>الإطار القانوني للهجرة</translation>
    </message>
    <message>
        <source>Local expertise</source>
        <translation>الخبرة المحلية</translation>
    </message>
    <message>
        <source>Migrants&apos; skills</source>
        <translation>مهارات المهاجرين</translation>
    </message>
    <message>
        <source>Relations with the administration</source>
        <translation>العلاقات مع الإدارة</translation>
    </message>
    <message>
        <source>Relations with society</source>
        <translation>العلاقات مع المجتمع</translation>
    </message>
    <message>
        <source>The city&apos;s migration story in a few paragraphs: who arrives, who stays, what has changed recently.</source>
        <translation>قصة الهجرة في المدينة في بضع فقرات: من يصل، ومن يبقى، وما الذي تغيّر مؤخرًا.</translation>
    </message>
    <message>
        <source>National and regional laws and the city&apos;s own powers over reception, residence, work and access to services.</source>
        <translation>القوانين الوطنية والجهوية، والصلاحيات الخاصة بالمدينة في مجالات الاستقبال والإقامة والعمل والوصول إلى الخدمات.</translation>
    </message>
    <message>
        <source>Who in the city knows the subject: researchers, services, associations, earlier studies.</source>
        <translation>من يعرف الموضوع في المدينة: الباحثون، والمصالح، والجمعيات، والدراسات السابقة.</translation>
    </message>
    <message>
        <source>Qualifications, trades and languages migrants bring, and how far they are recognised and used.</source>
        <translation>المؤهلات والمهن واللغات التي يحملها المهاجرون، ومدى الاعتراف بها والاستفادة منها.</translation>
    </message>
    <message>
        <source>How migrants deal with the city&apos;s services: access, language, trust, obstacles.</source>
        <translation>كيف يتعامل المهاجرون مع خدمات المدينة: الوصول، واللغة، والثقة، والعوائق.</translation>
    </message>
    <message>
        <source>Relations with residents, neighbourhoods, employers and media: cohesion and tensions.</source>
        <translation>العلاقات مع السكان والأحياء وأرباب العمل ووسائل الإعلام: التماسك والتوترات.</translation>
    </message>
</context>
<context>
    <name>ProgressLogModel</name>
    <message>
        <source>Who wrote it: personal data, left out of shared copies.</source>
        <translation>من كتبها: بيانات شخصية، تُستبعد من النسخ المُشارَكة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>كتبها</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>ملاحظة تقدم جديدة</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>إضافة ملاحظة تقدم</translation>
    </message>
    <message>
        <source>Edit the progress note of %1</source>
        <translation>تعديل ملاحظة التقدم المؤرخة %1</translation>
    </message>
    <message>
        <source>Remove the progress note of %1</source>
        <translation>إزالة ملاحظة التقدم المؤرخة %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress note(s)</source>
        <translation>
            <numerusform>إزالة %n ملاحظة تقدم</numerusform>
            <numerusform>إزالة ملاحظة تقدم واحدة</numerusform>
            <numerusform>إزالة ملاحظتي تقدم</numerusform>
            <numerusform>إزالة %n ملاحظات تقدم</numerusform>
            <numerusform>إزالة %n ملاحظة تقدم</numerusform>
            <numerusform>إزالة %n ملاحظة تقدم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>This file was opened read-only, as you asked.</source>
        <translation>فُتح هذا الملف للقراءة فقط، كما طلبت.</translation>
    </message>
    <message>
        <source>This file is read-only: you do not have permission to change it.</source>
        <translation>هذا الملف للقراءة فقط: ليس لديك إذن بتغييره.</translation>
    </message>
    <message>
        <source>This file is in a read-only folder (a shared drive, a CD, a protected folder), so Passerelle cannot safely store changes there.</source>
        <translation>هذا الملف في مجلد للقراءة فقط (محرك أقراص مشترك، قرص مضغوط، مجلد محمي)، لذا لا يستطيع Passerelle حفظ التغييرات فيه بأمان.</translation>
    </message>
    <message>
        <source>You can read everything but change nothing. To edit, use “Save a copy as…” and work on the copy.</source>
        <translation>يمكنك قراءة كل شيء دون تغيير أي شيء. للتعديل، استخدم «حفظ نسخة باسم…» واعمل على النسخة.</translation>
    </message>
    <message>
        <source>This is the file of the partner city %1 (the date it was shared is unknown).</source>
        <translation>هذا ملف المدينة الشريكة %1 (تاريخ مشاركته غير معروف).</translation>
    </message>
    <message>
        <source>This is the file the partner city %1 shared on %2.</source>
        <translation>هذا هو الملف الذي شاركته المدينة الشريكة %1 في %2.</translation>
    </message>
    <message>
        <source>It is open read-only, from a private copy: you can read every part but change nothing, and your own city file is not affected.</source>
        <translation>إنه مفتوح للقراءة فقط، من نسخة خاصة: يمكنك قراءة كل أجزائه دون تغيير أي شيء، ولا يتأثر ملف مدينتك.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The change could not be stored: the city file or its folder has become read-only (or the disk was removed). Nothing was changed; make the file writable again, or use File &gt; Save a copy as… to keep working on a copy.</source>
        <translation>تعذّر حفظ التغيير: أصبح ملف المدينة أو مجلده للقراءة فقط (أو أُزيل القرص). لم يتغير شيء؛ اجعل الملف قابلًا للكتابة من جديد، أو استخدم ملف &gt; حفظ نسخة باسم… لمواصلة العمل على نسخة.</translation>
    </message>
    <message>
        <source>The change could not be stored: the disk is full. Nothing was changed; free some space on the disk, then try again.</source>
        <translation>تعذّر حفظ التغيير: القرص ممتلئ. لم يتغير شيء؛ حرّر بعض المساحة على القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The change could not be stored: another program is using the city file. Nothing was changed; close the other program, then try again.</source>
        <translation>تعذّر حفظ التغيير: برنامج آخر يستخدم ملف المدينة. لم يتغير شيء؛ أغلق البرنامج الآخر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The change could not be stored in the city file (%1). Nothing was changed; check that the file is still reachable (a removed disk, a lost network folder), then try again.</source>
        <translation>تعذّر حفظ التغيير في ملف المدينة (%1). لم يتغير شيء؛ تحقق من أن الملف لا يزال متاحًا (قرص أُزيل، مجلد شبكة مفقود)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Passerelle is still checking the city file, which takes a few seconds for a large file. Your change was not made; make it again in a moment.</source>
        <translation>لا يزال Passerelle يتحقق من ملف المدينة، وهذا يستغرق بضع ثوانٍ في الملفات الكبيرة. لم يُنفَّذ تغييرك؛ أعد إجراءه بعد لحظة.</translation>
    </message>
    <message>
        <source>The record no longer exists in the city file; it may have been deleted. Refresh the view and try again.</source>
        <translation>لم يعد السجل موجودًا في ملف المدينة؛ ربما حُذف. حدّث العرض وأعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The last change to this file had not been finished when Passerelle or the computer stopped. That unfinished change was undone, as if it had never been started; everything stored before it is in the file. Check the last thing you were doing and do it again if it is missing.</source>
        <translation>لم يكن آخر تغيير في هذا الملف قد اكتمل عندما توقف Passerelle أو الحاسوب. أُلغي ذلك التغيير غير المكتمل كأنه لم يبدأ قط؛ وكل ما حُفظ قبله موجود في الملف. تحقق من آخر ما كنت تفعله وأعد إجراءه إن كان ناقصًا.</translation>
    </message>
    <message>
        <source>Another program had left changes to this file in a separate file beside it (ending in “-wal”). They are now part of the city file.</source>
        <translation>كان برنامج آخر قد ترك تغييرات على هذا الملف في ملف منفصل بجانبه (ينتهي بـ«-wal»). أصبحت الآن جزءًا من ملف المدينة.</translation>
    </message>
</context>
<context>
    <name>RelationsNetwork</name>
    <message numerus="yes">
        <source>Move %n stakeholder(s) on the network</source>
        <translation>
            <numerusform>نقل %n جهة معنية على الشبكة</numerusform>
            <numerusform>نقل جهة معنية واحدة على الشبكة</numerusform>
            <numerusform>نقل جهتين معنيتين على الشبكة</numerusform>
            <numerusform>نقل %n جهات معنية على الشبكة</numerusform>
            <numerusform>نقل %n جهة معنية على الشبكة</numerusform>
            <numerusform>نقل %n جهة معنية على الشبكة</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a stakeholder to move it, drag the background to pan, Ctrl+wheel to zoom, double-click to open.</source>
        <translation>اسحب جهة معنية لنقلها، واسحب الخلفية للتنقل، وCtrl+العجلة للتكبير، وانقر نقرًا مزدوجًا للفتح.</translation>
    </message>
    <message>
        <source>%L1 stakeholders are shown: too many to draw a readable network (at most %L2). Narrow them with the network&apos;s kind and theme, or with the table&apos;s filters (level, group or text), to see the relations between them.</source>
        <translation>تُعرض %L1 جهة معنية: عدد أكبر من أن يُرسم في شبكة مقروءة (%L2 على الأكثر). قلّص عددها بنوع الشبكة ومحورها، أو بمرشحات الجدول (المستوى أو المجموعة أو النص)، لرؤية العلاقات بينها.</translation>
    </message>
    <message>
        <source>Placing the stakeholders on the network…</source>
        <translation>جارٍ وضع الجهات المعنية على الشبكة…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n جهة معنية</numerusform>
            <numerusform>جهة معنية واحدة</numerusform>
            <numerusform>جهتان معنيتان</numerusform>
            <numerusform>%n جهات معنية</numerusform>
            <numerusform>%n جهة معنية</numerusform>
            <numerusform>%n جهة معنية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n علاقة</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange the network automatically</source>
        <translation>ترتيب الشبكة تلقائيًا</translation>
    </message>
    <message>
        <source>Export the network as PNG</source>
        <translation>تصدير الشبكة بصيغة PNG</translation>
    </message>
    <message>
        <source>Export the network as SVG</source>
        <translation>تصدير الشبكة بصيغة SVG</translation>
    </message>
    <message>
        <source>relations-network</source>
        <translation>relations-network</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>رسوم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>العلاقات بين الجهات المعنية</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>تصدير الشبكة</translation>
    </message>
    <message>
        <source>The network of relations was written, as shown.</source>
        <translation>كُتبت شبكة العلاقات كما هي معروضة.</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed: “Arrange automatically” places them</source>
        <translation>
            <numerusform>لا جهة غير موضوعة</numerusform>
            <numerusform>جهة واحدة غير موضوعة: «ترتيب تلقائي» يضعها</numerusform>
            <numerusform>جهتان غير موضوعتين: «ترتيب تلقائي» يضعهما</numerusform>
            <numerusform>%n جهات غير موضوعة: «ترتيب تلقائي» يضعها</numerusform>
            <numerusform>%n جهة غير موضوعة: «ترتيب تلقائي» يضعها</numerusform>
            <numerusform>%n جهة غير موضوعة: «ترتيب تلقائي» يضعها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkEdge</name>
    <message>
        <source>%1 — %2 (strength %3 of %4) — %5</source>
        <translation>%1 — %2 (الشدة %3 من أصل %4) — %5</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkExport</name>
    <message>
        <source>The network is too big to be saved as an image. Narrow it with the filters, or export it as SVG.</source>
        <translation>الشبكة أكبر من أن تُحفظ كصورة. قلّصها بالمرشحات، أو صدّرها بصيغة SVG.</translation>
    </message>
    <message>
        <source>Relations between the stakeholders, made with Passerelle</source>
        <translation>العلاقات بين الجهات المعنية، أُعدّت باستخدام Passerelle</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and that you may write in it, or choose another place.</source>
        <translation>تعذّرت كتابة «%1». تحقق من أن المجلد موجود وأنه يحق لك الكتابة فيه، أو اختر مكانًا آخر.</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkLegend</name>
    <message>
        <source>Stakeholders</source>
        <translation>الجهات المعنية</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
</context>
<context>
    <name>RelationsNetworkProgress</name>
    <message>
        <source>Stop placing</source>
        <translation>إيقاف الوضع</translation>
    </message>
    <message>
        <source>Stop waiting: the stakeholders not placed yet stay off the network until you arrange it or narrow the list.</source>
        <translation>التوقف عن الانتظار: تبقى الجهات المعنية غير الموضوعة بعدُ خارج الشبكة إلى أن ترتبها أو تضيّق القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %Ln stakeholder(s) on the network…</source>
        <translation>
            <numerusform>لا جهات معنية لوضعها على الشبكة…</numerusform>
            <numerusform>جارٍ وضع جهة معنية واحدة على الشبكة…</numerusform>
            <numerusform>جارٍ وضع جهتين معنيتين على الشبكة…</numerusform>
            <numerusform>جارٍ وضع %Ln جهات معنية على الشبكة…</numerusform>
            <numerusform>جارٍ وضع %Ln جهة معنية على الشبكة…</numerusform>
            <numerusform>جارٍ وضع %Ln جهة معنية على الشبكة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>أقل من ثانية حتى الآن</numerusform>
            <numerusform>ثانية واحدة حتى الآن</numerusform>
            <numerusform>ثانيتان حتى الآن</numerusform>
            <numerusform>%n ثوانٍ حتى الآن</numerusform>
            <numerusform>%n ثانية حتى الآن</numerusform>
            <numerusform>%n ثانية حتى الآن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsNetworkToolBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;محور:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>تكبير (Ctrl+العجلة)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>تصغير (Ctrl+العجلة)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>إظهار الشبكة كاملة</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>ترتيب تلقائي</translation>
    </message>
    <message>
        <source>Place every stakeholder shown afresh (can be undone)</source>
        <translation>إعادة وضع كل الجهات المعنية المعروضة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>تصدير SVG…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Show or hide the legend, which floats over the network</source>
        <translation>إظهار المفتاح، الذي يطفو فوق الشبكة، أو إخفاؤه</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>كل المحاور</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;مع:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>الش&amp;دة:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Type part of the other stakeholder’s name</source>
        <translation>اكتب جزءًا من اسم الجهة المعنية الأخرى</translation>
    </message>
    <message>
        <source>From %1 (a loose tie) to %2 (a close one)</source>
        <translation>من %1 (رابط ضعيف) إلى %2 (رابط وثيق)</translation>
    </message>
    <message>
        <source>&amp;Add relation</source>
        <translation>إضافة العلا&amp;قة</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>&amp;تطبيق التغييرات</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>إ&amp;زالة العلاقة</translation>
    </message>
    <message>
        <source>Choose the other stakeholder: type part of its name.</source>
        <translation>اختر الجهة المعنية الأخرى: اكتب جزءًا من اسمها.</translation>
    </message>
    <message>
        <source>No stakeholder is called “%1”. Choose one from the list, or add it to the stakeholders first.</source>
        <translation>لا توجد جهة معنية باسم «%1». اختر واحدة من القائمة، أو أضفها إلى الجهات المعنية أولًا.</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>إضافة علاقة</translation>
    </message>
    <message>
        <source>Change a relation</source>
        <translation>تغيير علاقة</translation>
    </message>
    <message>
        <source>Remove a relation</source>
        <translation>إزالة علاقة</translation>
    </message>
</context>
<context>
    <name>RelationsPanelModel</name>
    <message>
        <source>Funds them</source>
        <translation>تموّل الطرف الآخر</translation>
    </message>
    <message>
        <source>Funded by them</source>
        <translation>يموّلها الطرف الآخر</translation>
    </message>
    <message>
        <source>Refers to them</source>
        <translation>توجّه إلى الطرف الآخر</translation>
    </message>
    <message>
        <source>Referred by them</source>
        <translation>يوجّه إليها الطرف الآخر</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>في الاتجاهين</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من أصل %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Priorities document</source>
        <translation>وثيقة الأولويات</translation>
    </message>
    <message>
        <source>Action plan status report</source>
        <translation>تقرير وضع خطة العمل</translation>
    </message>
    <message>
        <source>Stakeholder map report</source>
        <translation>تقرير خريطة الجهات المعنية</translation>
    </message>
    <message>
        <source>Service-access report</source>
        <translation>تقرير الوصول إلى الخدمات</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>ملمح المدينة</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The language the report is written in, whatever the language of the program.</source>
        <translation>اللغة التي يُكتب بها التقرير، أيًّا كانت لغة البرنامج.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>مقاس Letter (أمريكي)</translation>
    </message>
    <message>
        <source>The report lists what was done from this date on.</source>
        <translation>يسرد التقرير ما أُنجز ابتداءً من هذا التاريخ.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Done since:</source>
        <translation>ما أُنجز &amp;منذ:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an office suite.</source>
        <translation>كتابة تقرير للمجلس (%1) بصيغة PDF/A، أو كنص OpenDocument لإتمامه في حزمة مكتبية.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>التقرير: %1.</translation>
    </message>
    <message>
        <source>The city file to read.</source>
        <translation>ملف المدينة المراد قراءته.</translation>
    </message>
    <message>
        <source>The report to write: .pdf, or .odt for the priorities document and the action-plan report.</source>
        <translation>التقرير المراد كتابته: .pdf، أو .odt لوثيقة الأولويات وتقرير خطة العمل.</translation>
    </message>
    <message>
        <source>The report&apos;s language (%1); by default the city&apos;s.</source>
        <translation>لغة التقرير (%1)؛ افتراضيًا لغة المدينة.</translation>
    </message>
    <message>
        <source>a4 or letter; by default the one of your region.</source>
        <translation>a4 أو letter؛ افتراضيًا المقاس المعتمد في منطقتك.</translation>
    </message>
    <message>
        <source>For the action-plan report: what was done since this date (YYYY-MM-DD); by default the last 90 days.</source>
        <translation>لتقرير خطة العمل: ما أُنجز منذ هذا التاريخ (YYYY-MM-DD)؛ افتراضيًا آخر 90 يومًا.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>استبدال OUT إن كان موجودًا.</translation>
    </message>
    <message>
        <source>report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.</source>
        <translation>يتطلب الأمر report نوعًا KIND وملفًا FILE والخيار -o OUT.pdf أو OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” is not a report. Choose one of: %2.</source>
        <translation>«%1» ليس تقريرًا. اختر واحدًا من: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or OUT.odt.</source>
        <translation>«%1» ليس اسم ملف .pdf ولا .odt. سمِّ الملف الناتج OUT.pdf أو OUT.odt.</translation>
    </message>
    <message>
        <source>“%1” (%2) is written as PDF only. Name the output OUT.pdf.</source>
        <translation>لا يُكتب «%1» (%2) إلا بصيغة PDF. سمِّ الملف الناتج OUT.pdf.</translation>
    </message>
    <message>
        <source>Reports are written in %1, not in “%2”.</source>
        <translation>تُكتب التقارير بـ%1، لا بـ«%2».</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not “%1”.</source>
        <translation>الورق هو a4 أو letter، لا «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.</source>
        <translation>«%1» ليس تاريخًا. اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-09-30.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>كُتب %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
            <numerusform>كُتبت صفحة واحدة في %1.</numerusform>
            <numerusform>كُتبت صفحتان في %1.</numerusform>
            <numerusform>كُتبت %n صفحات في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text (.odt)</source>
        <translation>نص &amp;OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>PDF to publish or print as it is; OpenDocument to finish the wording in LibreOffice or Word first.</source>
        <translation>صيغة PDF للنشر أو الطباعة كما هي؛ وصيغة OpenDocument لإتمام الصياغة في LibreOffice أو Word أولًا.</translation>
    </message>
    <message>
        <source>This report is written as PDF only.</source>
        <translation>لا يُكتب هذا التقرير إلا بصيغة PDF.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>report file name: city file, report</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with this report?</source>
        <translation>«%1» موجود بالفعل. هل تريد استبداله بهذا التقرير؟</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>صُدّر التقرير</translation>
    </message>
    <message>
        <source>%1 written as an OpenDocument text: open it in LibreOffice or Word to finish the wording.</source>
        <translation>كُتب %1 كنص OpenDocument: افتحه في LibreOffice أو Word لإتمام الصياغة.</translation>
    </message>
    <message>
        <source>%1 written as a PDF document.</source>
        <translation>كُتب %1 كمستند PDF.</translation>
    </message>
    <message>
        <source>Stop the export; no file is written.</source>
        <translation>إيقاف التصدير؛ لن يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 — local integration office</source>
        <translation>%1 — مكتب الإدماج المحلي</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>عرض الصفحة</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>The report could not be made</source>
        <translation>تعذّر إعداد التقرير</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>طباعة تقرير</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>لم يُطبع التقرير</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is connected and ready, then print again.</source>
        <translation>تعذّر استخدام الطابعة. تحقق من أنها موصولة وجاهزة، ثم أعد الطباعة.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>أُرسل %1 إلى الطابعة.</translation>
    </message>
    <message>
        <source>Preview a report before printing</source>
        <translation>معاينة تقرير قبل طباعته</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>م&amp;عاينة…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>معاينة الطباعة: %1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>H2</source>
        <translation>ع2</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>ع3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• قائمة</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. قائمة</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>B</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>I</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>جعل النص المحدد رابطًا</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>إدراج رابط</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>تعديل الجولة</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>جولة تقييم جديدة</translation>
    </message>
    <message>
        <source>e.g. 2026, Baseline</source>
        <translation>مثلًا 2026، خط الأساس</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list</source>
        <translation>اكتب جزءًا من اسم لتصفية القائمة</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ال&amp;تسمية:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>أُ&amp;جريت في:</translation>
    </message>
    <message>
        <source>Nothing: start with no answers</source>
        <translation>لا شيء: البدء دون إجابات</translation>
    </message>
    <message>
        <source>The answers of round “%1”</source>
        <translation>إجابات الجولة «%1»</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>الا&amp;نطلاق من:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;قائمة التحقق:</translation>
    </message>
    <message>
        <source>&amp;Participants (the stakeholders who took part):</source>
        <translation>ال&amp;مشاركون (الجهات المعنية التي شاركت):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>بدء الجولة</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>it holds an extra table “%1” that Passerelle does not make</source>
        <translation>يحتوي على جدول زائد «%1» لا ينشئه Passerelle</translation>
    </message>
    <message>
        <source>it holds an extra index “%1” that Passerelle does not make</source>
        <translation>يحتوي على فهرس زائد «%1» لا ينشئه Passerelle</translation>
    </message>
    <message>
        <source>it holds a trigger “%1” that Passerelle does not make: code that would run when the file is changed</source>
        <translation>يحتوي على مُشغِّل «%1» لا ينشئه Passerelle: شيفرة قد تُنفَّذ عند تغيير الملف</translation>
    </message>
    <message>
        <source>it holds a view “%1” that Passerelle does not make: code that would run when the file is read</source>
        <translation>يحتوي على عرض «%1» لا ينشئه Passerelle: شيفرة قد تُنفَّذ عند قراءة الملف</translation>
    </message>
    <message>
        <source>its table “%1” is not the one Passerelle makes (columns or rules differ)</source>
        <translation>جدوله «%1» ليس الجدول الذي ينشئه Passerelle (الأعمدة أو القواعد مختلفة)</translation>
    </message>
    <message>
        <source>its index “%1” is not the one Passerelle makes</source>
        <translation>فهرسه «%1» ليس الفهرس الذي ينشئه Passerelle</translation>
    </message>
    <message>
        <source>its trigger “%1” is not the one Passerelle makes</source>
        <translation>مُشغِّله «%1» ليس المُشغِّل الذي ينشئه Passerelle</translation>
    </message>
    <message>
        <source>“%1” is a view where Passerelle makes a table</source>
        <translation>«%1» عرض في موضع ينشئ فيه Passerelle جدولًا</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>جدوله «%1» مفقود</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>فهرسه «%1» مفقود</translation>
    </message>
    <message>
        <source>its trigger “%1” is missing</source>
        <translation>مُشغِّله «%1» مفقود</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>No round to show yet.</source>
        <translation>لا توجد جولة لعرضها بعد.</translation>
    </message>
    <message>
        <source>Dash: no score (no item answered met, partly met or not met)</source>
        <translation>شرطة: بلا درجة (لا بند أُجيب عنه بمستوفى أو مستوفى جزئيًا أو غير مستوفى)</translation>
    </message>
    <message>
        <source>Bar height: the score of the items answered (met counts 1, partly met ½, not met 0)</source>
        <translation>ارتفاع العمود: درجة البنود المجاب عنها (مستوفى يُحسب 1، ومستوفى جزئيًا ½، وغير مستوفى 0)</translation>
    </message>
    <message>
        <source>Grey gauge under a bar: how many of the area’s items were answered (“6/7”: 6 of 7)</source>
        <translation>المقياس الرمادي تحت العمود: عدد بنود المجال المجاب عنها («6/7»: 6 من أصل 7)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>أُجيب عن %1 من أصل %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>أُجيب عن %1</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Print a round&apos;s checklist scores per area, as JSON.</source>
        <translation>طباعة درجات قائمة التحقق في جولة ما حسب المجال، بصيغة JSON.</translation>
    </message>
    <message>
        <source>The city file whose round to score.</source>
        <translation>ملف المدينة المراد حساب درجات جولته.</translation>
    </message>
    <message>
        <source>The round to score (its label); the latest one when not given.</source>
        <translation>الجولة المراد حساب درجاتها (تسميتها)؛ أحدث جولة إن لم تُحدَّد.</translation>
    </message>
    <message>
        <source>scores takes exactly one FILE.</source>
        <translation>يتطلب الأمر scores وسيطًا واحدًا فقط FILE.</translation>
    </message>
    <message>
        <source>The file has no assessment round “%1”.</source>
        <translation>لا يحتوي الملف على جولة تقييم «%1».</translation>
    </message>
    <message>
        <source>The file has no assessment round yet: there is nothing to score.</source>
        <translation>لا يحتوي الملف بعد على أي جولة تقييم: لا يوجد ما تُحسب درجاته.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>&amp;تصدير الرسم البياني…</translation>
    </message>
    <message>
        <source>Met counts 1, partly met ½, not met 0; unknown and not applicable are left out. Read every score with its coverage: the share of items answered.</source>
        <translation>مستوفى يُحسب 1، ومستوفى جزئيًا ½، وغير مستوفى 0؛ ولا يُحتسب غير معروف ولا ينطبق. اقرأ كل درجة مع تغطيتها: نسبة البنود المجاب عنها.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>تعذّرت كتابة الرسم البياني في %1. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>الدرجات حسب المجال</translation>
    </message>
    <message>
        <source>scores-%1.png</source>
        <translation>scores-%1.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart of the scores was written.</source>
        <translation>كُتب الرسم البياني للدرجات.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>&amp;Sources</source>
        <translation>ال&amp;مصادر</translation>
    </message>
    <message>
        <source>Where the facts above come from: laws, studies, statistics, interviews, each with its year.</source>
        <translation>من أين تأتي الوقائع المذكورة أعلاه: قوانين، دراسات، إحصاءات، مقابلات، كل منها بسنته.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
</context>
<context>
    <name>ServiceAccessReport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من أصل %2</translation>
    </message>
    <message>
        <source>Scores per area, round by round, with the share of items answered under each bar.</source>
        <translation>الدرجات حسب المجال، جولة بعد جولة، مع نسبة البنود المجاب عنها تحت كل عمود.</translation>
    </message>
    <message numerus="yes">
        <source>A bar chart of the scores per area for %n round(s).</source>
        <translation>
            <numerusform>رسم بياني بالأعمدة لدرجات المجالات في %n جولة.</numerusform>
            <numerusform>رسم بياني بالأعمدة لدرجات المجالات في جولة واحدة.</numerusform>
            <numerusform>رسم بياني بالأعمدة لدرجات المجالات في جولتين.</numerusform>
            <numerusform>رسم بياني بالأعمدة لدرجات المجالات في %n جولات.</numerusform>
            <numerusform>رسم بياني بالأعمدة لدرجات المجالات في %n جولة.</numerusform>
            <numerusform>رسم بياني بالأعمدة لدرجات المجالات في %n جولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>البنود المجاب عنها</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>كل المجالات</translation>
    </message>
    <message>
        <source>Score: met counts 1, partly met ½, not met 0, over the items answered one of the three; unknown and not applicable are left out. A dash: no score yet.</source>
        <translation>الدرجة: مستوفى يُحسب 1، ومستوفى جزئيًا ½، وغير مستوفى 0، على البنود التي تلقت إحدى هذه الإجابات الثلاث؛ ولا يُحتسب غير معروف ولا ينطبق. الشرطة: لا درجة بعد.</translation>
    </message>
    <message>
        <source>No service-access assessment has been held yet: the scores will appear after the first round.</source>
        <translation>لم يُجرَ بعد أي تقييم للوصول إلى الخدمات: ستظهر الدرجات بعد الجولة الأولى.</translation>
    </message>
    <message>
        <source>Round “%1” of the checklist “%2”, held on %3: an overall score of %4, with %5 of the %6 items answered.</source>
        <translation>الجولة «%1» من قائمة التحقق «%2»، التي أُجريت في %3: درجة إجمالية قدرها %4، مع الإجابة عن %5 من أصل %6 بند.</translation>
    </message>
    <message>
        <source>Access to basic services</source>
        <translation>الوصول إلى الخدمات الأساسية</translation>
    </message>
    <message>
        <source>How far migrants can reach the city’s basic services: scores per area, their change, the gaps and the priorities made from them</source>
        <translation>مدى قدرة المهاجرين على الوصول إلى الخدمات الأساسية في المدينة: الدرجات حسب المجال، وتطورها، والفجوات، والأولويات المنبثقة عنها</translation>
    </message>
    <message>
        <source>The service-access checklist: where the city stands and what it will improve</source>
        <translation>قائمة التحقق الخاصة بالوصول إلى الخدمات: أين تقف المدينة وما ستحسّنه</translation>
    </message>
    <message>
        <source>Round “%1”, %2</source>
        <translation>الجولة «%1»، %2</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>الدرجات حسب المجال</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>الدرجة الإجمالية</translation>
    </message>
    <message>
        <source>of the items answered</source>
        <translation>من البنود المجاب عنها</translation>
    </message>
    <message>
        <source>gaps: items not met or partly met</source>
        <translation>الفجوات: بنود غير مستوفاة أو مستوفاة جزئيًا</translation>
    </message>
    <message>
        <source>priorities made from the gaps</source>
        <translation>أولويات منبثقة عن الفجوات</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>التغير منذ الجولة السابقة</translation>
    </message>
    <message>
        <source>Round “%1” (%2) against round “%3” (%4), in percentage points.</source>
        <translation>الجولة «%1» (%2) مقارنة بالجولة «%3» (%4)، بالنقاط المئوية.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <source>There is no earlier round of this checklist to compare with yet.</source>
        <translation>لا توجد بعد جولة سابقة لقائمة التحقق هذه للمقارنة بها.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <source>The items of the latest round answered not met or partly met: the starting points of the city’s priorities.</source>
        <translation>بنود آخر جولة التي كانت إجابتها غير مستوفى أو مستوفى جزئيًا: منطلقات أولويات المدينة.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Priority made from it</source>
        <translation>الأولوية المنبثقة عنه</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>أجاب عنه</translation>
    </message>
    <message>
        <source>The latest round found no gap.</source>
        <translation>لم تكشف آخر جولة عن أي فجوة.</translation>
    </message>
    <message>
        <source>No round has been held yet.</source>
        <translation>لم تُجرَ أي جولة بعد.</translation>
    </message>
    <message>
        <source>Priorities made from the gaps</source>
        <translation>الأولويات المنبثقة عن الفجوات</translation>
    </message>
    <message>
        <source>No priority rests on a gap of the latest round yet.</source>
        <translation>لا تستند بعد أي أولوية إلى فجوة من آخر جولة.</translation>
    </message>
    <message>
        <source>Expected outcome: </source>
        <translation>النتيجة المتوقعة: </translation>
    </message>
    <message>
        <source>The gaps it answers:</source>
        <translation>الفجوات التي تعالجها:</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>S&amp;hare with a partner city…</source>
        <translation>م&amp;شاركة مع مدينة شريكة…</translation>
    </message>
    <message>
        <source>Write a copy of the file for a partner city, without personal data unless you include it.</source>
        <translation>كتابة نسخة من الملف لمدينة شريكة، دون بيانات شخصية ما لم تضمّنها.</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Write a copy of a city file to share with a partner city, without personal data.</source>
        <translation>كتابة نسخة من ملف مدينة لمشاركتها مع مدينة شريكة، دون بيانات شخصية.</translation>
    </message>
    <message>
        <source>The city file to share.</source>
        <translation>ملف المدينة المراد مشاركته.</translation>
    </message>
    <message>
        <source>The shared copy to write.</source>
        <translation>النسخة المُشارَكة المراد كتابتها.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>استبدال OUT إن كان موجودًا.</translation>
    </message>
    <message>
        <source>share takes a FILE and -o OUT.</source>
        <translation>يتطلب الأمر share ملفًا FILE والخيار -o OUT.</translation>
    </message>
    <message>
        <source>%1 shared in %2.</source>
        <translation>شوركت %1 في %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>المستبعد:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a partner city</source>
        <translation>المشاركة مع مدينة شريكة</translation>
    </message>
    <message>
        <source>Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they open as they open their own. What is left out is not hidden in it but absent from its bytes.</source>
        <translation>يكتب نسخة من «%1» لإرسالها إلى مدينة شريكة: ملف Passerelle عادي تفتحه كما تفتح ملفها. ما يُستبعد ليس مخفيًا فيها بل غائب عن بايتاتها.</translation>
    </message>
    <message>
        <source>Left out of the copy:</source>
        <translation>المستبعد من النسخة:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;مشاركة…</translation>
    </message>
    <message>
        <source>What the copy leaves out could not be counted: %1</source>
        <translation>تعذّر عدّ ما تستبعده النسخة: %1</translation>
    </message>
    <message>
        <source>Nothing: the copy holds everything in the file.</source>
        <translation>لا شيء: تحتوي النسخة على كل ما في الملف.</translation>
    </message>
    <message>
        <source>Nothing: the file holds no personal data.</source>
        <translation>لا شيء: لا يحتوي الملف على أي بيانات شخصية.</translation>
    </message>
    <message>
        <source>%1 - shared</source>
        <comment>file name of a copy for a partner city</comment>
        <translation>%1 - مشاركة</translation>
    </message>
    <message>
        <source>Passerelle city files (*.passerelle)</source>
        <translation>ملفات مدن Passerelle (*.passerelle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the shared copy?</source>
        <translation>«%1» موجود بالفعل. هل تريد استبداله بالنسخة المُشارَكة؟</translation>
    </message>
    <message>
        <source>Shared with a partner city</source>
        <translation>شوركت مع مدينة شريكة</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, with personal data.</source>
        <translation>كُتبت النسخة الموجهة إلى المدينة الشريكة، مع البيانات الشخصية.</translation>
    </message>
    <message>
        <source>The copy for the partner city was written, without personal data.</source>
        <translation>كُتبت النسخة الموجهة إلى المدينة الشريكة، دون البيانات الشخصية.</translation>
    </message>
    <message>
        <source>Stop sharing; no file is written.</source>
        <translation>إيقاف المشاركة؛ لن يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>ShareFiles</name>
    <message>
        <source>The shared copy “%1” could not be saved to the disk. Check the free space, then share again.</source>
        <translation>تعذّر حفظ النسخة المُشارَكة «%1» على القرص. تحقق من المساحة الحرة، ثم أعد المشاركة.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder.</source>
        <translation>تعذّرت كتابة النسخة المُشارَكة «%1»: %2. اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>ShareSummary</name>
    <message numerus="yes">
        <source>%n contact person&apos;s name(s)</source>
        <translation>
            <numerusform>أسماء %n شخص مرجعي</numerusform>
            <numerusform>اسم شخص مرجعي واحد</numerusform>
            <numerusform>اسما شخصين مرجعيين</numerusform>
            <numerusform>أسماء %n أشخاص مرجعيين</numerusform>
            <numerusform>أسماء %n شخصًا مرجعيًا</numerusform>
            <numerusform>أسماء %n شخص مرجعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s role(s)</source>
        <translation>
            <numerusform>وظائف %n شخص مرجعي</numerusform>
            <numerusform>وظيفة شخص مرجعي واحد</numerusform>
            <numerusform>وظيفتا شخصين مرجعيين</numerusform>
            <numerusform>وظائف %n أشخاص مرجعيين</numerusform>
            <numerusform>وظائف %n شخصًا مرجعيًا</numerusform>
            <numerusform>وظائف %n شخص مرجعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s e-mail address(es)</source>
        <translation>
            <numerusform>عناوين البريد الإلكتروني لـ%n شخص مرجعي</numerusform>
            <numerusform>عنوان البريد الإلكتروني لشخص مرجعي واحد</numerusform>
            <numerusform>عنوانا البريد الإلكتروني لشخصين مرجعيين</numerusform>
            <numerusform>عناوين البريد الإلكتروني لـ%n أشخاص مرجعيين</numerusform>
            <numerusform>عناوين البريد الإلكتروني لـ%n شخصًا مرجعيًا</numerusform>
            <numerusform>عناوين البريد الإلكتروني لـ%n شخص مرجعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s phone number(s)</source>
        <translation>
            <numerusform>أرقام هواتف %n شخص مرجعي</numerusform>
            <numerusform>رقم هاتف شخص مرجعي واحد</numerusform>
            <numerusform>رقما هاتف شخصين مرجعيين</numerusform>
            <numerusform>أرقام هواتف %n أشخاص مرجعيين</numerusform>
            <numerusform>أرقام هواتف %n شخصًا مرجعيًا</numerusform>
            <numerusform>أرقام هواتف %n شخص مرجعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person&apos;s preferred language(s)</source>
        <translation>
            <numerusform>اللغات المفضلة لـ%n شخص مرجعي</numerusform>
            <numerusform>اللغة المفضلة لشخص مرجعي واحد</numerusform>
            <numerusform>اللغتان المفضلتان لشخصين مرجعيين</numerusform>
            <numerusform>اللغات المفضلة لـ%n أشخاص مرجعيين</numerusform>
            <numerusform>اللغات المفضلة لـ%n شخصًا مرجعيًا</numerusform>
            <numerusform>اللغات المفضلة لـ%n شخص مرجعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private note(s) on stakeholders</source>
        <translation>
            <numerusform>%n ملاحظة خاصة عن الجهات المعنية</numerusform>
            <numerusform>ملاحظة خاصة واحدة عن الجهات المعنية</numerusform>
            <numerusform>ملاحظتان خاصتان عن الجهات المعنية</numerusform>
            <numerusform>%n ملاحظات خاصة عن الجهات المعنية</numerusform>
            <numerusform>%n ملاحظة خاصة عن الجهات المعنية</numerusform>
            <numerusform>%n ملاحظة خاصة عن الجهات المعنية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>who gave %n checklist answer(s)</source>
        <translation>
            <numerusform>من قدّم %n إجابة على قوائم التحقق</numerusform>
            <numerusform>من قدّم إجابة واحدة على قائمة تحقق</numerusform>
            <numerusform>من قدّم إجابتين على قوائم التحقق</numerusform>
            <numerusform>من قدّم %n إجابات على قوائم التحقق</numerusform>
            <numerusform>من قدّم %n إجابة على قوائم التحقق</numerusform>
            <numerusform>من قدّم %n إجابة على قوائم التحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n consultation(s)</source>
        <translation>
            <numerusform>المشاركون في %n استشارة</numerusform>
            <numerusform>المشاركون في استشارة واحدة</numerusform>
            <numerusform>المشاركون في استشارتين</numerusform>
            <numerusform>المشاركون في %n استشارات</numerusform>
            <numerusform>المشاركون في %n استشارة</numerusform>
            <numerusform>المشاركون في %n استشارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>authors of %n progress entry(ies)</source>
        <translation>
            <numerusform>كتّاب %n ملاحظة تقدم</numerusform>
            <numerusform>كاتب ملاحظة تقدم واحدة</numerusform>
            <numerusform>كتّاب ملاحظتي تقدم</numerusform>
            <numerusform>كتّاب %n ملاحظات تقدم</numerusform>
            <numerusform>كتّاب %n ملاحظة تقدم</numerusform>
            <numerusform>كتّاب %n ملاحظة تقدم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>participants of %n exchange(s)</source>
        <translation>
            <numerusform>المشاركون في %n تبادل</numerusform>
            <numerusform>المشاركون في تبادل واحد</numerusform>
            <numerusform>المشاركون في تبادلين</numerusform>
            <numerusform>المشاركون في %n تبادلات</numerusform>
            <numerusform>المشاركون في %n تبادلًا</numerusform>
            <numerusform>المشاركون في %n تبادل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact person(s)</source>
        <translation>
            <numerusform>الأشخاص المرجعيون لـ%n مدينة شريكة</numerusform>
            <numerusform>الشخص المرجعي لمدينة شريكة واحدة</numerusform>
            <numerusform>الشخصان المرجعيان لمدينتين شريكتين</numerusform>
            <numerusform>الأشخاص المرجعيون لـ%n مدن شريكة</numerusform>
            <numerusform>الأشخاص المرجعيون لـ%n مدينة شريكة</numerusform>
            <numerusform>الأشخاص المرجعيون لـ%n مدينة شريكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact e-mail address(es)</source>
        <translation>
            <numerusform>عناوين البريد الإلكتروني للاتصال بـ%n مدينة شريكة</numerusform>
            <numerusform>عنوان البريد الإلكتروني للاتصال بمدينة شريكة واحدة</numerusform>
            <numerusform>عنوانا البريد الإلكتروني للاتصال بمدينتين شريكتين</numerusform>
            <numerusform>عناوين البريد الإلكتروني للاتصال بـ%n مدن شريكة</numerusform>
            <numerusform>عناوين البريد الإلكتروني للاتصال بـ%n مدينة شريكة</numerusform>
            <numerusform>عناوين البريد الإلكتروني للاتصال بـ%n مدينة شريكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner city&apos;s contact phone number(s)</source>
        <translation>
            <numerusform>أرقام هواتف الاتصال بـ%n مدينة شريكة</numerusform>
            <numerusform>رقم هاتف الاتصال بمدينة شريكة واحدة</numerusform>
            <numerusform>رقما هاتف الاتصال بمدينتين شريكتين</numerusform>
            <numerusform>أرقام هواتف الاتصال بـ%n مدن شريكة</numerusform>
            <numerusform>أرقام هواتف الاتصال بـ%n مدينة شريكة</numerusform>
            <numerusform>أرقام هواتف الاتصال بـ%n مدينة شريكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your record of imports from %n partner city(ies)</source>
        <translation>
            <numerusform>سجل عمليات الاستيراد من %n مدينة شريكة</numerusform>
            <numerusform>سجل عمليات الاستيراد من مدينة شريكة واحدة</numerusform>
            <numerusform>سجل عمليات الاستيراد من مدينتين شريكتين</numerusform>
            <numerusform>سجل عمليات الاستيراد من %n مدن شريكة</numerusform>
            <numerusform>سجل عمليات الاستيراد من %n مدينة شريكة</numerusform>
            <numerusform>سجل عمليات الاستيراد من %n مدينة شريكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the base of your next merges: %n record(s) as partners last shared them</source>
        <translation>
            <numerusform>أساس عمليات الدمج القادمة: %n سجل كما شاركه الشركاء آخر مرة</numerusform>
            <numerusform>أساس عمليات الدمج القادمة: سجل واحد كما شاركه الشركاء آخر مرة</numerusform>
            <numerusform>أساس عمليات الدمج القادمة: سجلان كما شاركهما الشركاء آخر مرة</numerusform>
            <numerusform>أساس عمليات الدمج القادمة: %n سجلات كما شاركها الشركاء آخر مرة</numerusform>
            <numerusform>أساس عمليات الدمج القادمة: %n سجلًا كما شاركها الشركاء آخر مرة</numerusform>
            <numerusform>أساس عمليات الدمج القادمة: %n سجل كما شاركها الشركاء آخر مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n سطر من %1</numerusform>
            <numerusform>سطر واحد من %1</numerusform>
            <numerusform>سطران من %1</numerusform>
            <numerusform>%n أسطر من %1</numerusform>
            <numerusform>%n سطرًا من %1</numerusform>
            <numerusform>%n سطر من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1.%2</source>
        <translation>
            <numerusform>%n قيمة من %1.%2</numerusform>
            <numerusform>قيمة واحدة من %1.%2</numerusform>
            <numerusform>قيمتان من %1.%2</numerusform>
            <numerusform>%n قيم من %1.%2</numerusform>
            <numerusform>%n قيمة من %1.%2</numerusform>
            <numerusform>%n قيمة من %1.%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWriter</name>
    <message>
        <source>Sharing was cancelled: no file was written.</source>
        <translation>أُلغيت المشاركة: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The shared copy cannot replace the city file itself. Choose another name.</source>
        <translation>لا يمكن للنسخة المُشارَكة أن تحل محل ملف المدينة نفسه. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Passerelle. Open it in Passerelle once, which brings it up to date, then share it.</source>
        <translation>كُتب «%1» بإصدار أقدم من Passerelle. افتحه مرة واحدة في Passerelle، الذي يحدّثه، ثم شاركه.</translation>
    </message>
    <message>
        <source>The shared copy “%1” could not be written: %2. Choose another folder, or free some disk space.</source>
        <translation>تعذّرت كتابة النسخة المُشارَكة «%1»: %2. اختر مجلدًا آخر، أو حرّر بعض المساحة على القرص.</translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Municipal department</source>
        <translation>مصلحة بلدية</translation>
    </message>
    <message>
        <source>National or regional agency</source>
        <translation>وكالة وطنية أو جهوية</translation>
    </message>
    <message>
        <source>Public service provider</source>
        <translation>مقدّم خدمات عمومية</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>منظمة غير حكومية أو مجتمع مدني</translation>
    </message>
    <message>
        <source>Migrant or diaspora association</source>
        <translation>جمعية مهاجرين أو جالية</translation>
    </message>
    <message>
        <source>Religious organisation</source>
        <translation>منظمة دينية</translation>
    </message>
    <message>
        <source>Private sector or employer</source>
        <translation>قطاع خاص أو مشغّل</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>الوسط الأكاديمي</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلي</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>جهوي</translation>
    </message>
    <message>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <source>International</source>
        <translation>دولي</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>داعم بقوة</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>مؤيد</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>Sceptical</source>
        <translation>متشكك</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>معارض</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvColumns</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notes are private</source>
        <translation>الملاحظات خاصة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvExport</name>
    <message>
        <source>“%1” cannot be written: %2. Choose a folder where you may save files.</source>
        <translation>تتعذر كتابة «%1»: %2. اختر مجلدًا يحق لك حفظ الملفات فيه.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. Check the free space on the disk, then export again.</source>
        <translation>تعذّر حفظ «%1»: %2. تحقق من المساحة الحرة على القرص، ثم أعد التصدير.</translation>
    </message>
</context>
<context>
    <name>StakeholderCsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed in the city file. Import the CSV file again when you are ready.</source>
        <translation>أُلغي الاستيراد: لم يتغير شيء في ملف المدينة. استورد ملف CSV من جديد عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Two columns of the CSV file are imported as “%1”. Keep one of them and set the other to “Not imported”.</source>
        <translation>يُستورد عمودان من ملف CSV على أنهما «%1». احتفظ بأحدهما واضبط الآخر على «لا يُستورد».</translation>
    </message>
    <message>
        <source>The first line of the CSV file (line %1) has no column of stakeholder names; it reads: %2. Name that column “name” or “nom”, then import again.</source>
        <translation>لا يحتوي السطر الأول من ملف CSV (السطر %1) على عمود لأسماء الجهات المعنية؛ ومحتواه: %2. سمِّ ذلك العمود «name» أو «nom»، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a value holding the separator must be put in double quotes. Correct the line, or save the file again from your spreadsheet.</source>
        <translation>يضم هذا السطر %1 حقل بينما يضم سطر العناوين %2: يجب وضع القيمة التي تحتوي على الفاصل بين علامتي اقتباس مزدوجتين. صحّح السطر، أو احفظ الملف من جديد من برنامج جداول البيانات.</translation>
    </message>
    <message>
        <source>The “%1” cell</source>
        <translation>الخلية «%1»</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name is missing. Fill it in, or delete the line.</source>
        <translation>اسم الجهة المعنية مفقود. أدخله، أو احذف السطر.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it means when you import.</source>
        <translation>«%1» ليس نوعًا من أنواع الجهات المعنية. استخدم أحد الأنواع التالية: %2؛ أو حدّد عند الاستيراد النوع المقصود به.</translation>
    </message>
    <message>
        <source>“%1” is not a level. Use one of: %2; or say which level it means when you import.</source>
        <translation>«%1» ليس مستوى. استخدم أحد المستويات التالية: %2؛ أو حدّد عند الاستيراد المستوى المقصود به.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or leave it empty to use %5.</source>
        <translation>يجب أن يكون %1 عددًا صحيحًا من %2 إلى %3، لا «%4». صحّح الخلية، أو اتركها فارغة لاستخدام %5.</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>“%1” does not say whether the notes are private: write yes or no, or leave the cell empty for notes that are not private.</source>
        <translation>«%1» لا يبيّن ما إذا كانت الملاحظات خاصة: اكتب yes أو no، أو اترك الخلية فارغة للملاحظات غير الخاصة.</translation>
    </message>
    <message>
        <source>The contact person&apos;s name is missing while an e-mail or phone is given. Fill in the contact&apos;s name, or empty the e-mail and phone.</source>
        <translation>اسم الشخص المرجعي مفقود رغم وجود بريد إلكتروني أو هاتف. أدخل اسم الشخص المرجعي، أو أفرغ البريد الإلكتروني والهاتف.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«%1» لا يبدو عنوان بريد إلكتروني (name@example.org). صحّحه، أو اترك البريد الإلكتروني فارغًا.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«%1» لا يبدو رقم هاتف: استخدم الأرقام والمسافات و + - ( ) . فقط، مع ستة أرقام على الأقل. صحّحه، أو اترك الهاتف فارغًا.</translation>
    </message>
    <message>
        <source>This contact person belongs to “%1” of line %2, which was not imported. Correct line %2, then import again.</source>
        <translation>هذا الشخص المرجعي تابع لـ«%1» في السطر %2، الذي لم يُستورد. صحّح السطر %2، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>“%1” repeats the stakeholder of line %2. Keep one of the two lines, or leave only the contact columns filled on this one to add a further contact person.</source>
        <translation>«%1» يكرر الجهة المعنية الواردة في السطر %2. احتفظ بأحد السطرين، أو لإضافة شخص مرجعي آخر اترك في هذا السطر أعمدة الاتصال وحدها مملوءة.</translation>
    </message>
</context>
<context>
    <name>StakeholderDetailEditor</name>
    <message>
        <source>&amp;Private note</source>
        <translation>ملاحظة &amp;خاصة</translation>
    </message>
    <message>
        <source>Select a stakeholder to see and edit its details.</source>
        <translation>حدّد جهة معنية لرؤية بياناتها وتعديلها.</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>من %1 (ضعيف) إلى %2 (قوي)</translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation>https://example.org</translation>
    </message>
    <message>
        <source>A private note stays in this city file; exports leave it out unless you choose to include personal data.</source>
        <translation>تبقى الملاحظة الخاصة في ملف المدينة هذا؛ ويستبعدها التصدير ما لم تختر تضمين البيانات الشخصية.</translation>
    </message>
    <message>
        <source>Private notes are left out of exports unless you choose to include personal data.</source>
        <translation>تُستبعد الملاحظات الخاصة من التصدير ما لم تختر تضمين البيانات الشخصية.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>الاس&amp;م</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>المستو&amp;ى</translation>
    </message>
    <message>
        <source>Infl&amp;uence</source>
        <translation>ال&amp;تأثير</translation>
    </message>
    <message>
        <source>In&amp;terest</source>
        <translation>الا&amp;هتمام</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>المو&amp;قف</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>الموقع الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) selected</source>
        <translation>
            <numerusform>حُدّدت %n جهة معنية</numerusform>
            <numerusform>حُدّدت جهة معنية واحدة</numerusform>
            <numerusform>حُدّدت جهتان معنيتان</numerusform>
            <numerusform>حُدّدت %n جهات معنية</numerusform>
            <numerusform>حُدّدت %n جهة معنية</numerusform>
            <numerusform>حُدّدت %n جهة معنية</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the e&amp;xisting one</source>
        <translation>فتح الجهة ال&amp;موجودة</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>تعديل الجهة المعنية «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderExporter</name>
    <message>
        <source>Export the stakeholders</source>
        <translation>تصدير الجهات المعنية</translation>
    </message>
    <message>
        <source>%1 stakeholders.xlsx</source>
        <translation>الجهات المعنية %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Stakeholders exported</source>
        <translation>صُدّرت الجهات المعنية</translation>
    </message>
    <message>
        <source>The stakeholders were written with their contact persons and private notes: share the file only with those who may see them.</source>
        <translation>كُتبت الجهات المعنية مع أشخاصها المرجعيين وملاحظاتها الخاصة: لا تشارك الملف إلا مع من يحق لهم الاطلاع عليها.</translation>
    </message>
    <message>
        <source>The stakeholders were written without personal data.</source>
        <translation>كُتبت الجهات المعنية دون بيانات شخصية.</translation>
    </message>
    <message>
        <source>“%1” ends in neither .xlsx (Excel workbook) nor .csv: the ending chooses the format. Export again with one of them.</source>
        <translation>لا ينتهي «%1» بـ.xlsx (مصنف Excel) ولا بـ.csv: الامتداد هو الذي يحدد الصيغة. أعد التصدير بأحدهما.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>متابعة م&amp;تأخرة</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;مسح المرشحات</translation>
    </message>
    <message>
        <source>Only the stakeholders with a follow-up promised for a day already past and not logged as done</source>
        <translation>فقط الجهات المعنية التي لها متابعة موعودة ليوم مضى ولم تُسجَّل كمنجزة</translation>
    </message>
    <message>
        <source>Search names, notes and contacts</source>
        <translation>البحث في الأسماء والملاحظات وجهات الاتصال</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>البحث عن جهات معنية</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>كل المستويات</translation>
    </message>
    <message>
        <source>In the group or not</source>
        <translation>الأعضاء وغير الأعضاء</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>أعضاء المجموعة</translation>
    </message>
    <message>
        <source>Not in the group</source>
        <translation>خارج المجموعة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>City Stakeholder Group</source>
        <translation>مجموعة الجهات المعنية في المدينة</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>كل المحاور</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln stakeholder(s)</source>
        <translation>
            <numerusform>%L1 من أصل %Ln جهة معنية</numerusform>
            <numerusform>%L1 من أصل جهة معنية واحدة</numerusform>
            <numerusform>%L1 من أصل جهتين معنيتين</numerusform>
            <numerusform>%L1 من أصل %Ln جهات معنية</numerusform>
            <numerusform>%L1 من أصل %Ln جهة معنية</numerusform>
            <numerusform>%L1 من أصل %Ln جهة معنية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln جهة معنية</numerusform>
            <numerusform>جهة معنية واحدة</numerusform>
            <numerusform>جهتان معنيتان</numerusform>
            <numerusform>%Ln جهات معنية</numerusform>
            <numerusform>%Ln جهة معنية</numerusform>
            <numerusform>%Ln جهة معنية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGroupView</name>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the city&apos;s lasting consultation body on migration: who sits in it, when it met, who came and what it decided.</source>
        <translation>مجموعة الجهات المعنية في المدينة هي هيئة التشاور الدائمة للمدينة بشأن الهجرة: من يشارك فيها، ومتى اجتمعت، ومن حضر، وما قررته.</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>أعضاء المجموعة</translation>
    </message>
    <message>
        <source>Double-click a name to open the stakeholder; double-click a role or a date to change it</source>
        <translation>انقر نقرًا مزدوجًا على اسم لفتح الجهة المعنية؛ وعلى دور أو تاريخ لتغييره</translation>
    </message>
    <message>
        <source>The date the member joined</source>
        <translation>تاريخ انضمام العضو</translation>
    </message>
    <message>
        <source>Chair, member, observer…</source>
        <translation>رئيس، عضو، ملاحظ…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>إضافة إ&amp;لى المجموعة</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>ال&amp;جهة المعنية:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>عضو &amp;منذ:</translation>
    </message>
    <message>
        <source>Choose the stakeholder to add by typing part of its name, then pick it from the list.</source>
        <translation>اختر الجهة المعنية المراد إضافتها بكتابة جزء من اسمها، ثم حدّدها من القائمة.</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>إضافة عضو إلى المجموعة</translation>
    </message>
</context>
<context>
    <name>StakeholderImportCommand</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>استيراد الجهات المعنية من CSV</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>استيراد الجهات المعنية من CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>اختر ملف CSV أولًا.</translation>
    </message>
    <message>
        <source>Importing stakeholders…</source>
        <translation>جارٍ استيراد الجهات المعنية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDuplicatesPage</name>
    <message>
        <source>Stakeholders already in the file</source>
        <translation>جهات معنية موجودة في الملف بالفعل</translation>
    </message>
    <message>
        <source>A row names a stakeholder already in the file when the names match, whatever the case and accents.</source>
        <translation>يُعد السطر دالًّا على جهة معنية موجودة في الملف عندما تتطابق الأسماء، بغض النظر عن حالة الأحرف والتشكيل.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stakeholders in the file as they are</source>
        <translation>&amp;تجاوزها: الإبقاء على الجهات المعنية في الملف كما هي</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing) and add their contacts</source>
        <translation>ت&amp;حديثها بقيم ملف CSV (الخلايا الفارغة لا تغيّر شيئًا) وإضافة جهات الاتصال الخاصة بها</translation>
    </message>
    <message>
        <source>Import them as &amp;new stakeholders, named with a number: “Caritas (2)”</source>
        <translation>استيرادها كجهات معنية &amp;جديدة، مسماة برقم: «Caritas (2)»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… وواحدة أخرى</numerusform>
            <numerusform>… واثنتان أخريان</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file names a stakeholder already in the file.</source>
        <translation>لا يشير أي سطر من ملف CSV إلى جهة معنية موجودة في ملف المدينة.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) of the file are already in the city file.</source>
        <translation>
            <numerusform>%n جهة معنية من ملف CSV موجودة بالفعل في ملف المدينة.</numerusform>
            <numerusform>جهة معنية واحدة من ملف CSV موجودة بالفعل في ملف المدينة.</numerusform>
            <numerusform>جهتان معنيتان من ملف CSV موجودتان بالفعل في ملف المدينة.</numerusform>
            <numerusform>%n جهات معنية من ملف CSV موجودة بالفعل في ملف المدينة.</numerusform>
            <numerusform>%n جهة معنية من ملف CSV موجودة بالفعل في ملف المدينة.</numerusform>
            <numerusform>%n جهة معنية من ملف CSV موجودة بالفعل في ملف المدينة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportFilePage</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>اختيار ملف CSV</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet as CSV, then choose the file here or drop it on this window. The first line must name the columns.</source>
        <translation>احفظ القائمة بصيغة CSV من برنامج جداول البيانات، ثم اختر الملف هنا أو أفلته على هذه النافذة. يجب أن يسمّي السطر الأول الأعمدة.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <source>The city file is open read-only, so nothing can be imported into it. Open it for editing (File &gt; Open), then import again.</source>
        <translation>ملف المدينة مفتوح للقراءة فقط، فلا يمكن استيراد أي شيء إليه. افتحه للتعديل (ملف &gt; فتح)، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>Import stakeholders from CSV</source>
        <translation>استيراد الجهات المعنية من CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header line, read as %1 with fields separated by %2. If names show wrong letters or the columns are wrong on the next page, choose another encoding or separator here.</source>
        <translation>
            <numerusform>%n سطر تحت سطر العناوين، قُرئت بترميز %1 والحقول مفصولة بـ%2. إذا ظهرت الأسماء بأحرف خاطئة أو كانت الأعمدة خاطئة في الصفحة التالية، فاختر هنا ترميزًا أو فاصلًا آخر.</numerusform>
            <numerusform>سطر واحد تحت سطر العناوين، قُرئ بترميز %1 والحقول مفصولة بـ%2. إذا ظهرت الأسماء بأحرف خاطئة أو كانت الأعمدة خاطئة في الصفحة التالية، فاختر هنا ترميزًا أو فاصلًا آخر.</numerusform>
            <numerusform>سطران تحت سطر العناوين، قُرئا بترميز %1 والحقول مفصولة بـ%2. إذا ظهرت الأسماء بأحرف خاطئة أو كانت الأعمدة خاطئة في الصفحة التالية، فاختر هنا ترميزًا أو فاصلًا آخر.</numerusform>
            <numerusform>%n أسطر تحت سطر العناوين، قُرئت بترميز %1 والحقول مفصولة بـ%2. إذا ظهرت الأسماء بأحرف خاطئة أو كانت الأعمدة خاطئة في الصفحة التالية، فاختر هنا ترميزًا أو فاصلًا آخر.</numerusform>
            <numerusform>%n سطرًا تحت سطر العناوين، قُرئت بترميز %1 والحقول مفصولة بـ%2. إذا ظهرت الأسماء بأحرف خاطئة أو كانت الأعمدة خاطئة في الصفحة التالية، فاختر هنا ترميزًا أو فاصلًا آخر.</numerusform>
            <numerusform>%n سطر تحت سطر العناوين، قُرئت بترميز %1 والحقول مفصولة بـ%2. إذا ظهرت الأسماء بأحرف خاطئة أو كانت الأعمدة خاطئة في الصفحة التالية، فاختر هنا ترميزًا أو فاصلًا آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Each column of the file goes to the field chosen beside it. Columns were matched from their names; change any that are wrong.</source>
        <translation>يذهب كل عمود من الملف إلى الحقل المختار بجانبه. طوبقت الأعمدة انطلاقًا من أسمائها؛ صحّح ما كان منها خاطئًا.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>يُستورد كـ</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(العمود %1، بلا اسم)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>استيراد العمود «%1» كـ</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %2 rows, as they will be imported; %n of them will be left out (see the Import column).</source>
        <translation>
            <numerusform>أول %1 سطر من أصل %2، كما ستُستورد؛ ولن يُستبعد أي منها (انظر عمود الاستيراد).</numerusform>
            <numerusform>أول %1 سطر من أصل %2، كما ستُستورد؛ وسيُستبعد واحد منها (انظر عمود الاستيراد).</numerusform>
            <numerusform>أول %1 سطر من أصل %2، كما ستُستورد؛ وسيُستبعد اثنان منها (انظر عمود الاستيراد).</numerusform>
            <numerusform>أول %1 سطر من أصل %2، كما ستُستورد؛ وسيُستبعد %n منها (انظر عمود الاستيراد).</numerusform>
            <numerusform>أول %1 سطر من أصل %2، كما ستُستورد؛ وسيُستبعد %n منها (انظر عمود الاستيراد).</numerusform>
            <numerusform>أول %1 سطر من أصل %2، كما ستُستورد؛ وسيُستبعد %n منها (انظر عمود الاستيراد).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportPreviewModel</name>
    <message>
        <source>Left out: %1</source>
        <translation>مستبعد: %1</translation>
    </message>
    <message>
        <source>Already in the file</source>
        <translation>موجودة في الملف بالفعل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (جديد)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
</context>
<context>
    <name>StakeholderImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>The import is stored in the city file. Edit &gt; Undo takes all of it back in one step.</source>
        <translation>حُفظ الاستيراد في ملف المدينة. تحرير &gt; تراجع يلغيه كله دفعة واحدة.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <source>Import of %1, read as %2 with fields separated by %3.</source>
        <translation>استيراد %1، قُرئ بترميز %2 والحقول مفصولة بـ%3.</translation>
    </message>
    <message>
        <source>New stakeholders: %1</source>
        <translation>جهات معنية جديدة: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>المحدَّثة: %1</translation>
    </message>
    <message>
        <source>Already in the file, left as they were: %1</source>
        <translation>موجودة في الملف بالفعل، تُركت كما هي: %1</translation>
    </message>
    <message>
        <source>Contact persons added: %1</source>
        <translation>الأشخاص المرجعيون المضافون: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>الأسطر المستبعدة: %1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>الأعمدة غير المستورَدة: %1</translation>
    </message>
    <message>
        <source>New themes: %1</source>
        <translation>محاور جديدة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n theme value(s) left out: an import makes at most %1 themes. Choose what they mean on the values step, or add the themes first.</source>
        <translation>
            <numerusform>استُبعدت %n قيمة محور: ينشئ الاستيراد %1 محاور على الأكثر. اختر دلالتها في خطوة القيم، أو أضف المحاور أولًا.</numerusform>
            <numerusform>استُبعدت قيمة محور واحدة: ينشئ الاستيراد %1 محاور على الأكثر. اختر دلالتها في خطوة القيم، أو أضف المحاور أولًا.</numerusform>
            <numerusform>استُبعدت قيمتا محور: ينشئ الاستيراد %1 محاور على الأكثر. اختر دلالتهما في خطوة القيم، أو أضف المحاور أولًا.</numerusform>
            <numerusform>استُبعدت %n قيم محاور: ينشئ الاستيراد %1 محاور على الأكثر. اختر دلالتها في خطوة القيم، أو أضف المحاور أولًا.</numerusform>
            <numerusform>استُبعدت %n قيمة محور: ينشئ الاستيراد %1 محاور على الأكثر. اختر دلالتها في خطوة القيم، أو أضف المحاور أولًا.</numerusform>
            <numerusform>استُبعدت %n قيمة محور: ينشئ الاستيراد %1 محاور على الأكثر. اختر دلالتها في خطوة القيم، أو أضف المحاور أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out (correct them in the file and import it again: the rows already imported will be found as duplicates):</source>
        <translation>الأسطر المستبعدة (صحّحها في ملف CSV وأعد استيراده: ستُكتشف الأسطر المستورَدة سابقًا على أنها مكررة):</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, skipped: %3, rows left out: %4.</source>
        <translation>جديدة: %1، محدَّثة: %2، متجاوَزة: %3، أسطر مستبعدة: %4.</translation>
    </message>
    <message>
        <source>import report %1.txt</source>
        <translation>تقرير الاستيراد %1.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>حفظ تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in “%1”: %2. Choose another folder, or copy the report instead.</source>
        <translation>تعذّر حفظ التقرير في «%1»: %2. اختر مجلدًا آخر، أو انسخ التقرير بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>StakeholderImportValuesPage</name>
    <message>
        <source>Say what the values mean</source>
        <translation>تحديد دلالة القيم</translation>
    </message>
    <message>
        <source>These kinds, levels and themes of the file are not among Passerelle’s. Choose what each one means; the city file remembers your choices for the next import.</source>
        <translation>هذه الأنواع والمستويات والمحاور الواردة في الملف ليست من أنواع Passerelle ومستوياته ومحاوره. اختر دلالة كل منها؛ ويتذكر ملف المدينة اختياراتك للاستيراد القادم.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>الدلالة</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>أول ظهور في السطر %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>دلالة «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) are not listed: rows with an unlisted kind or level are left out, and an unlisted theme becomes a new theme.</source>
        <translation>
            <numerusform>لم تُدرج %n قيمة أخرى: تُستبعد الأسطر ذات النوع أو المستوى غير المدرج، ويصبح المحور غير المدرج محورًا جديدًا.</numerusform>
            <numerusform>لم تُدرج قيمة أخرى واحدة: تُستبعد الأسطر ذات النوع أو المستوى غير المدرج، ويصبح المحور غير المدرج محورًا جديدًا.</numerusform>
            <numerusform>لم تُدرج قيمتان أخريان: تُستبعد الأسطر ذات النوع أو المستوى غير المدرج، ويصبح المحور غير المدرج محورًا جديدًا.</numerusform>
            <numerusform>لم تُدرج %n قيم أخرى: تُستبعد الأسطر ذات النوع أو المستوى غير المدرج، ويصبح المحور غير المدرج محورًا جديدًا.</numerusform>
            <numerusform>لم تُدرج %n قيمة أخرى: تُستبعد الأسطر ذات النوع أو المستوى غير المدرج، ويصبح المحور غير المدرج محورًا جديدًا.</numerusform>
            <numerusform>لم تُدرج %n قيمة أخرى: تُستبعد الأسطر ذات النوع أو المستوى غير المدرج، ويصبح المحور غير المدرج محورًا جديدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>استبعاد تلك الأسطر</translation>
    </message>
    <message>
        <source>A new theme “%1”</source>
        <translation>محور جديد «%1»</translation>
    </message>
    <message>
        <source>No theme: leave it out</source>
        <translation>بلا محور: تجاهلها</translation>
    </message>
</context>
<context>
    <name>StakeholderPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>اكتب جزءًا من اسم</translation>
    </message>
</context>
<context>
    <name>StakeholderRecordActions</name>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>إ&amp;ضافة جهة معنية</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;تكرار</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>إضافة جهة معنية (Insert)</translation>
    </message>
    <message>
        <source>Copy the selected stakeholders with their themes, scores and notes (Ctrl+D)</source>
        <translation>نسخ الجهات المعنية المحددة مع محاورها ودرجاتها وملاحظاتها (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>حذف الجهات المعنية المحددة (Delete)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>name and number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>جهة معنية جديدة</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>إضافة الجهة المعنية «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n stakeholder(s)</source>
        <translation>
            <numerusform>تكرار %n جهة معنية</numerusform>
            <numerusform>تكرار جهة معنية واحدة</numerusform>
            <numerusform>تكرار جهتين معنيتين</numerusform>
            <numerusform>تكرار %n جهات معنية</numerusform>
            <numerusform>تكرار %n جهة معنية</numerusform>
            <numerusform>تكرار %n جهة معنية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>تكرار «%1»</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>حذف جهات معنية</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>حذف %n جهة معنية</numerusform>
            <numerusform>حذف جهة معنية واحدة</numerusform>
            <numerusform>حذف جهتين معنيتين</numerusform>
            <numerusform>حذف %n جهات معنية</numerusform>
            <numerusform>حذف %n جهة معنية</numerusform>
            <numerusform>حذف %n جهة معنية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderRelation</name>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>تمويل</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>توجيه</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>توتر</translation>
    </message>
</context>
<context>
    <name>StakeholderRemoval</name>
    <message numerus="yes">
        <source>its %n relation(s)</source>
        <translation>
            <numerusform>علاقاتها الـ%n</numerusform>
            <numerusform>علاقتها الوحيدة</numerusform>
            <numerusform>علاقتاها</numerusform>
            <numerusform>علاقاتها الـ%n</numerusform>
            <numerusform>علاقاتها الـ%n</numerusform>
            <numerusform>علاقاتها الـ%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n relation(s)</source>
        <translation>
            <numerusform>علاقاتها الـ%n</numerusform>
            <numerusform>علاقتها الوحيدة</numerusform>
            <numerusform>علاقتاها</numerusform>
            <numerusform>علاقاتها الـ%n</numerusform>
            <numerusform>علاقاتها الـ%n</numerusform>
            <numerusform>علاقاتها الـ%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n engagement(s)</source>
        <translation>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
            <numerusform>عملية التواصل الوحيدة الخاصة بها</numerusform>
            <numerusform>عمليتا التواصل الخاصتان بها</numerusform>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n engagement(s)</source>
        <translation>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
            <numerusform>عملية التواصل الوحيدة الخاصة بها</numerusform>
            <numerusform>عمليتا التواصل الخاصتان بها</numerusform>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
            <numerusform>عمليات التواصل الـ%n الخاصة بها</numerusform>
        </translation>
    </message>
    <message>
        <source>its seat in the City Stakeholder Group</source>
        <translation>مقعدها في مجموعة الجهات المعنية في المدينة</translation>
    </message>
    <message numerus="yes">
        <source>their %n seat(s) in the City Stakeholder Group</source>
        <translation>
            <numerusform>مقاعدها الـ%n في مجموعة الجهات المعنية في المدينة</numerusform>
            <numerusform>مقعدها في مجموعة الجهات المعنية في المدينة</numerusform>
            <numerusform>مقعداها في مجموعة الجهات المعنية في المدينة</numerusform>
            <numerusform>مقاعدها الـ%n في مجموعة الجهات المعنية في المدينة</numerusform>
            <numerusform>مقاعدها الـ%n في مجموعة الجهات المعنية في المدينة</numerusform>
            <numerusform>مقاعدها الـ%n في مجموعة الجهات المعنية في المدينة</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>هل تريد حذف «%1»؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)?</source>
        <translation>
            <numerusform>هل تريد حذف %n جهة معنية؟</numerusform>
            <numerusform>هل تريد حذف جهة معنية واحدة؟</numerusform>
            <numerusform>هل تريد حذف جهتين معنيتين؟</numerusform>
            <numerusform>هل تريد حذف %n جهات معنية؟</numerusform>
            <numerusform>هل تريد حذف %n جهة معنية؟</numerusform>
            <numerusform>هل تريد حذف %n جهة معنية؟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be deleted too.</source>
        <translation>سيُحذف أيضًا %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of things deleted</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two things deleted</comment>
        <translation>%1 و%2</translation>
    </message>
</context>
<context>
    <name>StakeholderRepository</name>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>اسم الجهة المعنية</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>The influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>The interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>A theme of the stakeholder</source>
        <translation>أحد محاور الجهة المعنية</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>اسم الشخص المرجعي</translation>
    </message>
    <message>
        <source>The contact person&apos;s stakeholder</source>
        <translation>الجهة المعنية التابع لها الشخص المرجعي</translation>
    </message>
    <message>
        <source>The relation&apos;s first stakeholder</source>
        <translation>الجهة المعنية الأولى في العلاقة</translation>
    </message>
    <message>
        <source>The relation&apos;s second stakeholder</source>
        <translation>الجهة المعنية الثانية في العلاقة</translation>
    </message>
    <message>
        <source>The strength of the relation</source>
        <translation>شدة العلاقة</translation>
    </message>
    <message>
        <source>The relation between these two stakeholders</source>
        <translation>العلاقة بين هاتين الجهتين المعنيتين</translation>
    </message>
    <message>
        <source>The engagement&apos;s stakeholder</source>
        <translation>الجهة المعنية بعملية التواصل</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.org). Correct it, or leave the e-mail empty.</source>
        <translation>«%1» لا يبدو عنوان بريد إلكتروني (name@example.org). صحّحه، أو اترك البريد الإلكتروني فارغًا.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number: use digits, spaces and + - ( ) . only, with at least six digits. Correct it, or leave the phone empty.</source>
        <translation>«%1» لا يبدو رقم هاتف: استخدم الأرقام والمسافات و + - ( ) . فقط، مع ستة أرقام على الأقل. صحّحه، أو اترك الهاتف فارغًا.</translation>
    </message>
    <message>
        <source>A relation links two different stakeholders. Choose another stakeholder for one of its ends.</source>
        <translation>تربط العلاقة بين جهتين معنيتين مختلفتين. اختر جهة معنية أخرى لأحد طرفيها.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بلا محور</translation>
    </message>
    <message>
        <source>Member of the City Stakeholder Group</source>
        <translation>عضو في مجموعة الجهات المعنية في المدينة</translation>
    </message>
    <message>
        <source>Not a member of the City Stakeholder Group</source>
        <translation>ليس عضوًا في مجموعة الجهات المعنية في المدينة</translation>
    </message>
    <message>
        <source>No engagement logged yet</source>
        <translation>لم تُسجَّل أي عملية تواصل بعد</translation>
    </message>
    <message>
        <source>Last contact on %1; a follow-up is overdue</source>
        <translation>آخر اتصال في %1؛ وهناك متابعة متأخرة</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>آخر اتصال في %1</translation>
    </message>
    <message>
        <source>From %1 (low) to %2 (high)</source>
        <translation>من %1 (ضعيف) إلى %2 (قوي)</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>متابعة متأخرة منذ %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1: %2</source>
        <translation>متابعة متأخرة منذ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more follow-up(s) overdue</source>
        <translation>
            <numerusform>و%n متابعة أخرى متأخرة</numerusform>
            <numerusform>ومتابعة أخرى متأخرة</numerusform>
            <numerusform>ومتابعتان أخريان متأخرتان</numerusform>
            <numerusform>و%n متابعات أخرى متأخرة</numerusform>
            <numerusform>و%n متابعة أخرى متأخرة</numerusform>
            <numerusform>و%n متابعة أخرى متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>تعديل الجهة المعنية «%1»</translation>
    </message>
</context>
<context>
    <name>StakeholderXlsxExport</name>
    <message>
        <source>Contacts (personal data)</source>
        <translation>جهات الاتصال (بيانات شخصية)</translation>
    </message>
    <message>
        <source>Personal data: share this sheet only with people who need it to contact these persons, and delete copies you no longer need.</source>
        <translation>بيانات شخصية: لا تشارك هذه الورقة إلا مع من يحتاجها للاتصال بهؤلاء الأشخاص، واحذف النسخ التي لم تعد بحاجة إليها.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>الموافقة على الاتصال</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: the temporary folder is not writable (%1). Free some space on the disk, then export again.</source>
        <translation>تعذّر إعداد مصنف Excel: المجلد المؤقت غير قابل للكتابة (%1). حرّر بعض المساحة على القرص، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be prepared: not enough memory. Close other programs, then export again.</source>
        <translation>تعذّر إعداد مصنف Excel: الذاكرة غير كافية. أغلق برامج أخرى، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>الجهات المعنية</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>The Excel workbook could not be made (%1). Check the free space on the disk, then export again.</source>
        <translation>تعذّر إنشاء مصنف Excel (%1). تحقق من المساحة الحرة على القرص، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read back (%1). Check the free space on the disk, then export again.</source>
        <translation>تعذّرت إعادة قراءة مصنف Excel (%1). تحقق من المساحة الحرة على القرص، ثم أعد التصدير.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPane</name>
    <message>
        <source>Stakeholders</source>
        <translation>الجهات المعنية</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>است&amp;يراد من CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Overdue follow-ups…</source>
        <translation>المتابعات المتأخرة…</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>&amp;الجدول</translation>
    </message>
    <message>
        <source>&amp;Influence and interest</source>
        <translation>التأ&amp;ثير والاهتمام</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ال&amp;شبكة</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>مجم&amp;وعة الجهات المعنية</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاص&amp;يل</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>جهات الات&amp;صال</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>ال&amp;علاقات</translation>
    </message>
    <message>
        <source>Engage&amp;ments</source>
        <translation>&amp;سجل التواصل</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>إضافة جهات معنية أو تحديثها من جدول بيانات محفوظ بصيغة CSV</translation>
    </message>
    <message>
        <source>Write every stakeholder with their contacts as CSV or Excel</source>
        <translation>كتابة كل الجهات المعنية مع جهات الاتصال الخاصة بها بصيغة CSV أو Excel</translation>
    </message>
    <message>
        <source>List every follow-up promised for a day already past and not logged as done, across stakeholders</source>
        <translation>سرد كل المتابعات الموعودة ليوم مضى ولم تُسجَّل كمنجزة، لجميع الجهات المعنية</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected stakeholder; hidden, they leave their width to the view</source>
        <translation>إظهار تفاصيل الجهة المعنية المحددة أو إخفاؤها؛ وعند إخفائها يُترك عرضها للعرض الرئيسي</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>إخفاء التفاصيل</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>إظهار التفاصيل</translation>
    </message>
</context>
<context>
    <name>StakeholdersReport</name>
    <message>
        <source>high influence and high interest: involve them in every step and consult them on each priority.</source>
        <translation>تأثير مرتفع واهتمام مرتفع: إشراكها في كل خطوة واستشارتها في كل أولوية.</translation>
    </message>
    <message>
        <source>high influence, lower interest: meet their expectations on what concerns them, without overloading them.</source>
        <translation>تأثير مرتفع واهتمام أقل: تلبية توقعاتها فيما يعنيها، دون إثقال كاهلها.</translation>
    </message>
    <message>
        <source>lower influence, high interest: keep them informed and listen to them; they often know the field best.</source>
        <translation>تأثير أقل واهتمام مرتفع: إبقاؤها على اطلاع والإصغاء إليها؛ فهي غالبًا الأعرف بالميدان.</translation>
    </message>
    <message>
        <source>lower influence and interest: follow how their position changes, with little effort.</source>
        <translation>تأثير واهتمام أقل: متابعة تطور موقفها، بجهد قليل.</translation>
    </message>
    <message>
        <source>Stakeholders by strategy</source>
        <translation>الجهات المعنية حسب الاستراتيجية</translation>
    </message>
    <message>
        <source>Each quadrant of the grid calls for its own way of working with the stakeholders in it:</source>
        <translation>يستدعي كل ربع من الشبكة طريقته الخاصة في العمل مع الجهات المعنية الواقعة فيه:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Influence and interest are scored from 1 to 5; a score of 3 or more counts as high.</source>
        <translation>يُقيَّم التأثير والاهتمام من 1 إلى 5؛ وتُعد الدرجة 3 فأكثر مرتفعة.</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet.</source>
        <translation>لم تُسجَّل أي جهة معنية بعد.</translation>
    </message>
    <message>
        <source>Stakeholders by kind</source>
        <translation>الجهات المعنية حسب النوع</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>الأشخاص المرجعيون</translation>
    </message>
    <message>
        <source>This report includes personal data at the officer’s request: share it only with those who need it.</source>
        <translation>يتضمن هذا التقرير بيانات شخصية بطلب من المسؤول: لا تشاركه إلا مع من يحتاجه.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>No contact person is recorded yet.</source>
        <translation>لم يُسجَّل أي شخص مرجعي بعد.</translation>
    </message>
    <message>
        <source>No relation between stakeholders is recorded yet.</source>
        <translation>لم تُسجَّل أي علاقة بين الجهات المعنية بعد.</translation>
    </message>
    <message>
        <source>Partnerships, funding, referrals, coordination and tensions between the stakeholders that have any. A thicker line is a stronger tie; an arrow shows who funds or refers to whom.</source>
        <translation>الشراكات والتمويل والتوجيه والتنسيق والتوترات بين الجهات المعنية التي لها شيء من ذلك. الخط الأسمك رابط أقوى؛ والسهم يبيّن من يموّل من أو من يوجّه إلى من.</translation>
    </message>
    <message>
        <source>The relations network of the stakeholders.</source>
        <translation>شبكة العلاقات بين الجهات المعنية.</translation>
    </message>
    <message numerus="yes">
        <source>A network of %n relation(s) between stakeholders.</source>
        <translation>
            <numerusform>شبكة من %n علاقة بين الجهات المعنية.</numerusform>
            <numerusform>شبكة من علاقة واحدة بين الجهات المعنية.</numerusform>
            <numerusform>شبكة من علاقتين بين الجهات المعنية.</numerusform>
            <numerusform>شبكة من %n علاقات بين الجهات المعنية.</numerusform>
            <numerusform>شبكة من %n علاقة بين الجهات المعنية.</numerusform>
            <numerusform>شبكة من %n علاقة بين الجهات المعنية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relations link %n stakeholder(s): too many to draw legibly on a page. The program’s network view shows them, narrowed by kind or theme.</source>
        <translation>
            <numerusform>تربط العلاقات بين %n جهة معنية: عدد أكبر من أن يُرسم بوضوح على صفحة. يعرضها البرنامج في عرض الشبكة، مصفّاة حسب النوع أو المحور.</numerusform>
            <numerusform>تربط العلاقات جهة معنية واحدة: عدد أكبر من أن يُرسم بوضوح على صفحة. يعرضها البرنامج في عرض الشبكة، مصفّاة حسب النوع أو المحور.</numerusform>
            <numerusform>تربط العلاقات بين جهتين معنيتين: عدد أكبر من أن يُرسم بوضوح على صفحة. يعرضها البرنامج في عرض الشبكة، مصفّاة حسب النوع أو المحور.</numerusform>
            <numerusform>تربط العلاقات بين %n جهات معنية: عدد أكبر من أن يُرسم بوضوح على صفحة. يعرضها البرنامج في عرض الشبكة، مصفّاة حسب النوع أو المحور.</numerusform>
            <numerusform>تربط العلاقات بين %n جهة معنية: عدد أكبر من أن يُرسم بوضوح على صفحة. يعرضها البرنامج في عرض الشبكة، مصفّاة حسب النوع أو المحور.</numerusform>
            <numerusform>تربط العلاقات بين %n جهة معنية: عدد أكبر من أن يُرسم بوضوح على صفحة. يعرضها البرنامج في عرض الشبكة، مصفّاة حسب النوع أو المحور.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>كل العلاقات</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>خريطة الجهات المعنية</translation>
    </message>
    <message>
        <source>The actors of migrant inclusion in the city: their influence and interest, their relations, the stakeholder group</source>
        <translation>الفاعلون في إدماج المهاجرين في المدينة: تأثيرهم واهتمامهم، وعلاقاتهم، ومجموعة الجهات المعنية</translation>
    </message>
    <message>
        <source>Who works on migrant inclusion in the city, how much they weigh and how they work together</source>
        <translation>من يعمل على إدماج المهاجرين في المدينة، وما وزن كل منهم، وكيف يعملون معًا</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n جهة معنية</numerusform>
            <numerusform>جهة معنية واحدة</numerusform>
            <numerusform>جهتان معنيتان</numerusform>
            <numerusform>%n جهات معنية</numerusform>
            <numerusform>%n جهة معنية</numerusform>
            <numerusform>%n جهة معنية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n علاقة</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>The influence/interest grid</source>
        <translation>شبكة التأثير والاهتمام</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>جهات معنية</translation>
    </message>
    <message>
        <source>relations between them</source>
        <translation>علاقات بينها</translation>
    </message>
    <message>
        <source>members of the stakeholder group</source>
        <translation>أعضاء مجموعة الجهات المعنية</translation>
    </message>
    <message>
        <source>to manage closely</source>
        <translation>ينبغي إدارتها عن كثب</translation>
    </message>
    <message>
        <source>No stakeholder is recorded yet: the grid will show them once the officer has entered and scored them.</source>
        <translation>لم تُسجَّل أي جهة معنية بعد: ستعرضها الشبكة بعد أن يُدخلها المسؤول ويقيّمها.</translation>
    </message>
    <message>
        <source>Each stakeholder is placed by the influence it has on migrant inclusion in the city (upwards) and by its interest in it (rightwards). The colour of a dot is its kind.</source>
        <translation>توضع كل جهة معنية حسب تأثيرها في إدماج المهاجرين في المدينة (نحو الأعلى) وحسب اهتمامها به (نحو اليمين). ويدل لون النقطة على نوعها.</translation>
    </message>
    <message>
        <source>The stakeholders on the influence/interest grid.</source>
        <translation>الجهات المعنية على شبكة التأثير والاهتمام.</translation>
    </message>
    <message numerus="yes">
        <source>An influence/interest grid of %n stakeholder(s).</source>
        <translation>
            <numerusform>شبكة تأثير واهتمام تضم %n جهة معنية.</numerusform>
            <numerusform>شبكة تأثير واهتمام تضم جهة معنية واحدة.</numerusform>
            <numerusform>شبكة تأثير واهتمام تضم جهتين معنيتين.</numerusform>
            <numerusform>شبكة تأثير واهتمام تضم %n جهات معنية.</numerusform>
            <numerusform>شبكة تأثير واهتمام تضم %n جهة معنية.</numerusform>
            <numerusform>شبكة تأثير واهتمام تضم %n جهة معنية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations between stakeholders</source>
        <translation>العلاقات بين الجهات المعنية</translation>
    </message>
    <message>
        <source>The City Stakeholder Group</source>
        <translation>مجموعة الجهات المعنية في المدينة</translation>
    </message>
    <message>
        <source>The City Stakeholder Group is the standing consultation body of the city’s migrant-inclusion work.</source>
        <translation>مجموعة الجهات المعنية في المدينة هي هيئة التشاور الدائمة لعمل المدينة في مجال إدماج المهاجرين.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n member(s).</source>
        <translation>
            <numerusform>تضم %n عضو.</numerusform>
            <numerusform>تضم عضوًا واحدًا.</numerusform>
            <numerusform>تضم عضوين.</numerusform>
            <numerusform>تضم %n أعضاء.</numerusform>
            <numerusform>تضم %n عضوًا.</numerusform>
            <numerusform>تضم %n عضو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has met %n time(s), most recently on %1.</source>
        <translation>
            <numerusform>اجتمعت %n مرة، آخرها في %1.</numerusform>
            <numerusform>اجتمعت مرة واحدة، في %1.</numerusform>
            <numerusform>اجتمعت مرتين، آخرهما في %1.</numerusform>
            <numerusform>اجتمعت %n مرات، آخرها في %1.</numerusform>
            <numerusform>اجتمعت %n مرة، آخرها في %1.</numerusform>
            <numerusform>اجتمعت %n مرة، آخرها في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>الدور في المجموعة</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>عضو منذ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>The stakeholder group has no member yet.</source>
        <translation>لا تضم مجموعة الجهات المعنية أي عضو بعد.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Add &amp;area…</source>
        <translation>إضافة &amp;مجال…</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>إضافة &amp;بند…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>س&amp;حب…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>إعادة ال&amp;تفعيل</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>ت&amp;صدير القالب…</translation>
    </message>
    <message>
        <source>I&amp;mport template…</source>
        <translation>استيرا&amp;د قالب…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;قائمة التحقق:</translation>
    </message>
    <message>
        <source>The areas and items the rounds ask. Double-click a cell to edit it. Retire an item that no longer applies: its answers in earlier rounds stay and still count in their scores.</source>
        <translation>المجالات والبنود التي تطرحها الجولات. انقر نقرًا مزدوجًا على خلية لتعديلها. اسحب البند الذي لم يعد ينطبق: تبقى إجاباته في الجولات السابقة وتظل تُحتسب في درجاتها.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>Add the area “%1”</source>
        <translation>إضافة المجال «%1»</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>إضافة البند «%1»</translation>
    </message>
    <message>
        <source>Move the item “%1”</source>
        <translation>نقل البند «%1»</translation>
    </message>
    <message>
        <source>Move the area “%1”</source>
        <translation>نقل المجال «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Retire “%1”?

Rounds held from today on will no longer ask it. Its %n answer(s) in earlier rounds stay and still count in the scores of those rounds. You can bring the item back later.</source>
        <translation>
            <numerusform>هل تريد سحب «%1»؟

لن تطرحه الجولات التي تُجرى ابتداءً من اليوم. وليست له أي إجابة في الجولات السابقة. يمكنك إعادة تفعيل البند لاحقًا.</numerusform>
            <numerusform>هل تريد سحب «%1»؟

لن تطرحه الجولات التي تُجرى ابتداءً من اليوم. تبقى إجابته الوحيدة في الجولات السابقة وتظل تُحتسب في درجات تلك الجولات. يمكنك إعادة تفعيل البند لاحقًا.</numerusform>
            <numerusform>هل تريد سحب «%1»؟

لن تطرحه الجولات التي تُجرى ابتداءً من اليوم. تبقى إجابتاه في الجولات السابقة وتظلان تُحتسبان في درجات تلك الجولات. يمكنك إعادة تفعيل البند لاحقًا.</numerusform>
            <numerusform>هل تريد سحب «%1»؟

لن تطرحه الجولات التي تُجرى ابتداءً من اليوم. تبقى إجاباته الـ%n في الجولات السابقة وتظل تُحتسب في درجات تلك الجولات. يمكنك إعادة تفعيل البند لاحقًا.</numerusform>
            <numerusform>هل تريد سحب «%1»؟

لن تطرحه الجولات التي تُجرى ابتداءً من اليوم. تبقى إجاباته الـ%n في الجولات السابقة وتظل تُحتسب في درجات تلك الجولات. يمكنك إعادة تفعيل البند لاحقًا.</numerusform>
            <numerusform>هل تريد سحب «%1»؟

لن تطرحه الجولات التي تُجرى ابتداءً من اليوم. تبقى إجاباته الـ%n في الجولات السابقة وتظل تُحتسب في درجات تلك الجولات. يمكنك إعادة تفعيل البند لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire an item</source>
        <translation>سحب بند</translation>
    </message>
    <message>
        <source>Retire the item “%1”</source>
        <translation>سحب البند «%1»</translation>
    </message>
    <message>
        <source>Bring back the item “%1”</source>
        <translation>إعادة تفعيل البند «%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Only an area the city added and that holds no items can be deleted. Retire the items of “%1” instead.</source>
        <translation>لا يمكن حذف إلا مجال أضافته المدينة ولا يضم أي بند. اسحب بنود «%1» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Delete the area “%1”</source>
        <translation>حذف المجال «%1»</translation>
    </message>
    <message>
        <source>Delete the item “%1”</source>
        <translation>حذف البند «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n answer(s) in earlier rounds, which deleting would lose.</source>
        <translation>
            <numerusform>ليست لـ«%1» أي إجابة في الجولات السابقة.</numerusform>
            <numerusform>لـ«%1» إجابة واحدة في جولة سابقة، سيؤدي الحذف إلى فقدانها.</numerusform>
            <numerusform>لـ«%1» إجابتان في جولات سابقة، سيؤدي الحذف إلى فقدانهما.</numerusform>
            <numerusform>لـ«%1» %n إجابات في جولات سابقة، سيؤدي الحذف إلى فقدانها.</numerusform>
            <numerusform>لـ«%1» %n إجابة في جولات سابقة، سيؤدي الحذف إلى فقدانها.</numerusform>
            <numerusform>لـ«%1» %n إجابة في جولات سابقة، سيؤدي الحذف إلى فقدانها.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to the built-in checklist: a later version may still reword it.</source>
        <translation>«%1» جزء من قائمة التحقق المدمجة: قد يعيد إصدار لاحق صياغته.</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>إنه مسحوب بالفعل.</translation>
    </message>
    <message>
        <source>Retire it instead? Rounds held from today on will no longer ask it; its answers stay and still count in the scores of earlier rounds.</source>
        <translation>هل تريد سحبه بدلًا من ذلك؟ لن تطرحه الجولات التي تُجرى ابتداءً من اليوم؛ وتبقى إجاباته وتظل تُحتسب في درجات الجولات السابقة.</translation>
    </message>
</context>
<context>
    <name>TemplateEntryDialog</name>
    <message>
        <source>New area</source>
        <translation>مجال جديد</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>What the area covers, in a sentence or two.</source>
        <translation>ما يغطيه المجال، في جملة أو جملتين.</translation>
    </message>
    <message>
        <source>What shows that the city meets it: a document, a figure, a service to visit.</source>
        <translation>ما يثبت أن المدينة تستوفيه: وثيقة، أو رقم، أو مصلحة تُزار.</translation>
    </message>
    <message>
        <source>For example: Health</source>
        <translation>مثلًا: الصحة</translation>
    </message>
    <message>
        <source>For example: A newly arrived child can enrol in a public school without a residence permit.</source>
        <translation>مثلًا: يمكن لطفل وصل حديثًا أن يلتحق بمدرسة عمومية دون بطاقة إقامة.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بلا محور</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Guidance on evidence:</source>
        <translation>الإثباتات ال&amp;مطلوبة:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>الم&amp;حور:</translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message>
        <source>“%1” could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation>تعذّرت قراءة «%1»: %2. تحقق من أن الملف موجود وأنه يمكنك قراءته.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>«%1» أكبر من الـ%2 ميغابايت المسموح بها لقالب قائمة تحقق، فهو ليس قالبًا. اطلب من المدينة التي أرسلته قائمة التحقق كما يصدّرها Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is larger than the %1 MB a checklist template may be, so it is not one. Ask the city that sent it for the checklist as Passerelle exports it.</source>
        <translation>ملف قائمة التحقق أكبر من الـ%1 ميغابايت المسموح بها لقالب قائمة تحقق، فهو ليس قالبًا. اطلب من المدينة التي أرسلته قائمة التحقق كما يصدّرها Passerelle.</translation>
    </message>
    <message>
        <source>The checklist file is not valid JSON: %1 at line %2 (character %3). Ask the sender for a new copy.</source>
        <translation>ملف قائمة التحقق ليس JSON صالحًا: %1 في السطر %2 (الحرف %3). اطلب من المرسل نسخة جديدة.</translation>
    </message>
    <message>
        <source>The file is not a Passerelle checklist: it has no “format” or no “areas”.</source>
        <translation>الملف ليس قائمة تحقق Passerelle: ينقصه «format» أو «areas».</translation>
    </message>
    <message>
        <source>The checklist uses format %1, newer than this Passerelle reads (format %2). Update Passerelle to import it.</source>
        <translation>تستخدم قائمة التحقق التنسيق %1، وهو أحدث مما يقرؤه هذا الإصدار من Passerelle (التنسيق %2). حدّث Passerelle لاستيرادها.</translation>
    </message>
    <message>
        <source>The checklist uses format %1, which this Passerelle does not read (format %2). Update Passerelle to import it.</source>
        <translation>تستخدم قائمة التحقق التنسيق %1، الذي لا يقرؤه هذا الإصدار من Passerelle (التنسيق %2). حدّث Passerelle لاستيرادها.</translation>
    </message>
    <message>
        <source>The checklist has no key. Give it a “key” that names it.</source>
        <translation>ليس لقائمة التحقق مفتاح. أضف لها حقل «key» يعرّفها.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key</source>
        <translation>مفتاح قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist “%1” has no valid version: it must be 1 or more.</source>
        <translation>ليس لقائمة التحقق «%1» إصدار صالح: يجب أن يكون 1 أو أكثر.</translation>
    </message>
    <message>
        <source>The checklist “%1” does not say which languages it is written in.</source>
        <translation>لا تذكر قائمة التحقق «%1» اللغات التي كُتبت بها.</translation>
    </message>
    <message>
        <source>%1 has no “%2” translation. Add it, or remove “%2” from the template&apos;s languages.</source>
        <translation>ليست لـ%1 ترجمة «%2». أضفها، أو احذف «%2» من لغات القالب.</translation>
    </message>
    <message>
        <source>%1 is empty in “%2”. Write it, or remove the record.</source>
        <translation>%1 فارغ في «%2». اكتبه، أو احذف السجل.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <comment>a text in a language</comment>
        <translation>%1 بلغة «%2»</translation>
    </message>
    <message>
        <source>%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.</source>
        <translation>لـ%1 المحور «%2»، الذي لا يعرفه Passerelle. استخدم أحد المحاور التالية: %3.</translation>
    </message>
    <message>
        <source>The checklist&apos;s title</source>
        <translation>عنوان قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist&apos;s description</source>
        <translation>وصف قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist “%1” has no areas.</source>
        <translation>لا تضم قائمة التحقق «%1» أي مجال.</translation>
    </message>
    <message>
        <source>The checklist “%1” has %2 items, more than the %3 a checklist may have. Split it into several checklists.</source>
        <translation>تضم قائمة التحقق «%1» %2 بند، أي أكثر من الـ%3 المسموح بها لقائمة تحقق. قسّمها إلى عدة قوائم.</translation>
    </message>
    <message>
        <source>An area of the checklist has no key. Give every area a key.</source>
        <translation>أحد مجالات قائمة التحقق ليس له مفتاح. أعطِ كل مجال مفتاحًا.</translation>
    </message>
    <message>
        <source>The key of an area</source>
        <translation>مفتاح أحد المجالات</translation>
    </message>
    <message>
        <source>The area key “%1” appears twice. Give each area its own key.</source>
        <translation>مفتاح المجال «%1» يتكرر مرتين. أعطِ كل مجال مفتاحه الخاص.</translation>
    </message>
    <message>
        <source>The area “%1”</source>
        <translation>المجال «%1»</translation>
    </message>
    <message>
        <source>The title of the area “%1”</source>
        <translation>عنوان المجال «%1»</translation>
    </message>
    <message>
        <source>The description of the area “%1”</source>
        <translation>وصف المجال «%1»</translation>
    </message>
    <message>
        <source>An item of the area “%1” has no key. Give every item a key.</source>
        <translation>أحد بنود المجال «%1» ليس له مفتاح. أعطِ كل بند مفتاحًا.</translation>
    </message>
    <message>
        <source>The key of an item of the area “%1”</source>
        <translation>مفتاح أحد بنود المجال «%1»</translation>
    </message>
    <message>
        <source>The item key “%1” appears twice. Give each item its own key.</source>
        <translation>مفتاح البند «%1» يتكرر مرتين. أعطِ كل بند مفتاحه الخاص.</translation>
    </message>
    <message>
        <source>The item “%1”</source>
        <translation>البند «%1»</translation>
    </message>
    <message>
        <source>The statement of the item “%1”</source>
        <translation>نص البند «%1»</translation>
    </message>
    <message>
        <source>The guidance of the item “%1”</source>
        <translation>إرشادات البند «%1»</translation>
    </message>
    <message>
        <source>The item “%1” says it was added in version %2, but the checklist is at version %3.</source>
        <translation>يذكر البند «%1» أنه أُضيف في الإصدار %2، لكن قائمة التحقق في الإصدار %3.</translation>
    </message>
    <message>
        <source>Passerelle has no built-in checklist “%1”.</source>
        <translation>لا توجد في Passerelle قائمة تحقق مدمجة «%1».</translation>
    </message>
</context>
<context>
    <name>TemplateInstaller</name>
    <message>
        <source>This file already has version %1 of the checklist “%2”; the one offered is version %3. Nothing was changed.</source>
        <translation>يحتوي هذا الملف بالفعل على الإصدار %1 من قائمة التحقق «%2»؛ والمعروض هو الإصدار %3. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The checklist to upgrade is no longer in the file.</source>
        <translation>لم تعد قائمة التحقق المراد ترقيتها موجودة في الملف.</translation>
    </message>
    <message>
        <source>The checklist to export is no longer in the file.</source>
        <translation>لم تعد قائمة التحقق المراد تصديرها موجودة في الملف.</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>قوالب قوائم التحقق (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>تصدير قائمة التحقق</translation>
    </message>
    <message>
        <source>The checklist could not be written to “%1”: %2. Choose another folder or free some space, then export again.</source>
        <translation>تعذّرت كتابة قائمة التحقق في «%1»: %2. اختر مجلدًا آخر أو حرّر بعض المساحة، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>The checklist “%1” was written: a partner city imports it with Import a checklist.</source>
        <translation>كُتبت قائمة التحقق «%1»: تستوردها المدينة الشريكة عبر «استيراد قائمة تحقق».</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>استيراد قائمة تحقق</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2

Nothing was changed. Ask the city that sent it for a file exported by Passerelle.</source>
        <translation>لا يمكن استيراد «%1»: %2

لم يتغير شيء. اطلب من المدينة التي أرسلته ملفًا صدّره Passerelle.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>areas and items</comment>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n مجال</numerusform>
            <numerusform>مجال واحد</numerusform>
            <numerusform>مجالان</numerusform>
            <numerusform>%n مجالات</numerusform>
            <numerusform>%n مجالًا</numerusform>
            <numerusform>%n مجال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds version %2 of the checklist “%3”, and this file already has version %4. Nothing was changed.</source>
        <translation>يحتوي «%1» على الإصدار %2 من قائمة التحقق «%3»، وهذا الملف فيه بالفعل الإصدار %4. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Upgrade the checklist “%1” from version %2 to version %3 (%4)?

Reworded items keep their answers; items the new version no longer has are retired, not deleted. Edit &gt; Undo puts the checklist back as it was.</source>
        <translation>هل تريد ترقية قائمة التحقق «%1» من الإصدار %2 إلى الإصدار %3 (%4)؟

تحتفظ البنود المعاد صياغتها بإجاباتها؛ والبنود التي لم تعد في الإصدار الجديد تُسحب ولا تُحذف. تحرير &gt; تراجع يعيد قائمة التحقق كما كانت.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”, version %2 (%3)?

It is added beside the checklists of this file. Edit &gt; Undo takes it away again.</source>
        <translation>هل تريد استيراد قائمة التحقق «%1»، الإصدار %2 (%3)؟

تُضاف إلى جانب قوائم التحقق في هذا الملف. تحرير &gt; تراجع يزيلها من جديد.</translation>
    </message>
    <message>
        <source>Import the checklist “%1”</source>
        <translation>استيراد قائمة التحقق «%1»</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>لم يُستورد «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>%n بند قيد الاستخدام</numerusform>
            <numerusform>بند واحد قيد الاستخدام</numerusform>
            <numerusform>بندان قيد الاستخدام</numerusform>
            <numerusform>%n بنود قيد الاستخدام</numerusform>
            <numerusform>%n بندًا قيد الاستخدام</numerusform>
            <numerusform>%n بند قيد الاستخدام</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the city</source>
        <translation>أضافته المدينة</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>سُحب في %1</translation>
    </message>
    <message>
        <source>Built-in, version %1</source>
        <translation>مدمج، الإصدار %1</translation>
    </message>
    <message>
        <source>Area / statement</source>
        <translation>المجال / النص</translation>
    </message>
    <message>
        <source>Guidance on evidence</source>
        <translation>الإثباتات المطلوبة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Edit the area “%1”</source>
        <translation>تعديل المجال «%1»</translation>
    </message>
    <message>
        <source>Edit the item “%1”</source>
        <translation>تعديل البند «%1»</translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <source>No theme</source>
        <translation>بلا محور</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>The theme&apos;s name</source>
        <translation>اسم المحور</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
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
        <translation>ر%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>A quarter of a year in the timeline&apos;s header when there is no room for the year.</extracomment>
        <translation>ر%1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Action plan timeline</source>
        <translation>الجدول الزمني لخطة العمل</translation>
    </message>
    <message>
        <source>The actions and milestones of the plan by date, beside the tree of the plan. Drag a bar or a milestone to change its dates, or select it and press Left or Right to move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start).</source>
        <translation>إجراءات الخطة ومحطاتها حسب التاريخ، بجانب شجرة الخطة. اسحب عمودًا أو محطة لتغيير تواريخها، أو حدّدها واضغط السهم الأيسر أو الأيمن لنقلها يومًا (مع Shift أسبوعًا؛ ومع Ctrl نهايتها؛ ومع Alt بدايتها).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan&apos;s actions as bars and milestones as diamonds, by date.&lt;/p&gt;&lt;p&gt;Drag a bar to move the action, or one of its ends to change its start or end date; drag a milestone to change its due date.&lt;/p&gt;&lt;p&gt;With an action or a milestone selected, Left and Right move it by a day, Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action&apos;s end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses in a row on the same bar are one undo step. With nothing selected, Left and Right scroll; + and - zoom in and out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;إجراءات الخطة في شكل أعمدة، والمحطات في شكل معيّنات، حسب التاريخ.&lt;/p&gt;&lt;p&gt;اسحب عمودًا لنقل الإجراء، أو أحد طرفيه لتغيير تاريخ بدايته أو نهايته؛ واسحب محطة لتغيير موعد استحقاقها.&lt;/p&gt;&lt;p&gt;عند تحديد إجراء أو محطة، ينقله السهمان الأيسر والأيمن يومًا، وShift+السهم الأيسر وShift+السهم الأيمن أسبوعًا؛ وCtrl+السهم الأيسر وCtrl+السهم الأيمن ينقلان نهاية الإجراء، وAlt+السهم الأيسر وAlt+السهم الأيمن بدايته. لا يتجاوز أحد الطرفين الآخر أبدًا. الضغطات المتتالية على العمود نفسه خطوة تراجع واحدة. وإذا لم يُحدَّد شيء، فإن السهمين الأيسر والأيمن يمرّران العرض؛ و+ و- يكبّران ويصغّران.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Passerelle user guide</source>
        <translation>دليل مستخدم Passerelle</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required. Type a value, or cancel the change.</source>
        <translation>%1 إلزامي. اكتب قيمة، أو ألغِ التغيير.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, like %4.</source>
        <translation>يجب أن يكون %1 بين %2 و%3، مثل %4.</translation>
    </message>
    <message>
        <source>%1 cannot be negative. Enter zero or a positive number.</source>
        <translation>لا يمكن أن يكون %1 سالبًا. أدخل صفرًا أو رقمًا موجبًا.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>يجب أن يكون %1 بين %2 و%3.</translation>
    </message>
    <message>
        <source>%1 comes before %2. Correct one of the two dates.</source>
        <translation>%1 يسبق %2. صحّح أحد التاريخين.</translation>
    </message>
    <message>
        <source>%1 is required. Pick a date, or cancel the change.</source>
        <translation>%1 إلزامي. اختر تاريخًا، أو ألغِ التغيير.</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the years %2 to %3. Pick a date from the calendar.</source>
        <translation>%1 ليس تاريخًا صالحًا بين السنتين %2 و%3. اختر تاريخًا من التقويم.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have. Shorten it.</source>
        <translation>يضم %1 %2 حرفًا، أي أكثر من الـ%3 المسموح بها. اختصره.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (it may have been deleted). Choose another one.</source>
        <translation>يشير %1 إلى سجل غير موجود (ربما حُذف). اختر سجلًا آخر.</translation>
    </message>
    <message>
        <source>%1 “%2” already exists. Choose another one, or edit the existing record.</source>
        <translation>%1 «%2» موجود بالفعل. اختر قيمة أخرى، أو عدّل السجل الموجود.</translation>
    </message>
</context>
<context>
    <name>ValueMapOption</name>
    <message>
        <source>What a kind, level or theme value of the CSV file means when it is not recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a level (“Office=government_agency”, “Métropole=regional”), or theme:NAME for a theme of the city file (“Migration=theme:Refugees and asylum”). The city file remembers these choices for the next import.</source>
        <translation>دلالة قيمة نوع أو مستوى أو محور في ملف CSV عندما لا يُتعرَّف عليها، بالصيغة VALUE=MEANING؛ كرّرها لكل قيمة. MEANING نوع أو مستوى («Office=government_agency»، «Métropole=regional»)، أو theme:NAME لمحور من محاور ملف المدينة («Migration=theme:اللاجئون واللجوء»). يتذكر ملف المدينة هذه الاختيارات للاستيراد القادم.</translation>
    </message>
    <message>
        <source>--map takes VALUE=MEANING, such as “Office=government_agency”, not “%1”.</source>
        <translation>يتطلب الخيار --map الصيغة VALUE=MEANING، مثل «Office=government_agency»، لا «%1».</translation>
    </message>
    <message>
        <source>--map “%1”: the city file has no theme “%2”. Give the name of one of its themes, as the Themes list shows it.</source>
        <translation>--map «%1»: لا يحتوي ملف المدينة على المحور «%2». اكتب اسم أحد محاوره، كما تعرضه قائمة المحاور.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: %4. For a theme, write theme:NAME.</source>
        <translation>--map «%1»: «%2» ليس نوعًا ولا مستوى. الأنواع: %3. المستويات: %4. للمحور، اكتب theme:NAME.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>مرحبًا بك في Passerelle</translation>
    </message>
    <message>
        <source>Keep your city&apos;s knowledge and plan in one file: its migration profile, its stakeholders, access to services, priorities and actions. Every change is stored as soon as you make it.</source>
        <translation>اجمع معارف مدينتك وخطتها في ملف واحد: ملمح الهجرة، والجهات المعنية، والوصول إلى الخدمات، والأولويات، والإجراءات. يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>New city file…</source>
        <translation>ملف مدينة جديد…</translation>
    </message>
    <message>
        <source>Start the file of your city. You give its name; the themes and profile sections are ready to fill.</source>
        <translation>ابدأ ملف مدينتك. أنت تعطيه الاسم؛ والمحاور وأقسام الملمح جاهزة للتعبئة.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open a city file from your computer or a USB key.</source>
        <translation>فتح ملف مدينة من حاسوبك أو من مفتاح USB.</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>فتح المدينة التجريبية</translation>
    </message>
    <message>
        <source>Explore a fictional city with a complete file before starting your own. Changes stay in the demo file.</source>
        <translation>استكشف مدينة خيالية بملف مكتمل قبل أن تبدأ ملف مدينتك. تبقى التغييرات في الملف التجريبي.</translation>
    </message>
    <message>
        <source>Recent city files</source>
        <translation>ملفات المدن الحديثة</translation>
    </message>
    <message>
        <source>The files you open will be listed here.</source>
        <translation>ستظهر هنا الملفات التي تفتحها.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle: the city integration officer&apos;s workbook.</source>
        <translation>Passerelle: دفتر عمل المسؤول عن الإدماج في المدينة.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>عرض الإصدار والخروج.</translation>
    </message>
    <message>
        <source>Open the demo city file, making it on first use.</source>
        <translation>فتح ملف المدينة التجريبية، وإنشاؤه عند أول استخدام.</translation>
    </message>
    <message>
        <source>City files to open.</source>
        <translation>ملفات المدن المراد فتحها.</translation>
    </message>
</context>
</TS>
