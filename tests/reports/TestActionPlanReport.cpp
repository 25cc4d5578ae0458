// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan's status report from the demo city and from an empty one: its sections,
// the timeline cut into readable pages, the "done since" date, the report's language.
#include "PdfProbe.h"
#include "TestCity.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRollups.h"
#include "reports/PdfReportWriter.h"
#include "reports/PlanTimelineFigure.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportLanguage.h"
#include "reports/ReportPaginator.h"

#include <QFontMetricsF>
#include <QTest>

namespace {

ReportOptions options(const QString& language = QStringLiteral("en"))
{
    ReportOptions o;
    o.kind = ReportKind::ActionPlan;
    o.language = language;
    o.today = QDate(2026, 12, 4);
    return o;
}

QString allText(const ReportDocument& doc)
{
    QString all;
    for (const ReportBlock& block : doc.blocks) {
        if (const auto* h = std::get_if<ReportHeading>(&block))
            all += h->text + QLatin1Char('\n');
        else if (const auto* p = std::get_if<ReportParagraph>(&block))
            all += p->text() + QLatin1Char('\n');
        else if (const auto* t = std::get_if<ReportTable>(&block)) {
            for (const ReportTable::Row& row : t->rows)
                all += row.cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            if (t->rows.isEmpty())
                all += t->emptyText + QLatin1Char('\n');
        }
    }
    return all;
}

} // namespace

class TestActionPlanReport : public QObject
{
    Q_OBJECT

private slots:
    void demoSections();
    void timelineReadableOnEveryPage();
    void timelineMonthsWholeInTheirColumn();
    void doneSinceFollowsTheDate();
    void doneSinceInThePlansOrder();
    void emptyCity();
    void frenchReport();
};

void TestActionPlanReport::demoSections()
{
    auto city = TestCity::demo();
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options());
    QVERIFY(doc);
    QCOMPARE(doc.value().title, QStringLiteral("Action plan: status report"));
    QCOMPARE(doc.value().headerLeft, QStringLiteral("Valmer"));
    const QString text = allText(doc.value());
    for (const char* part :
         {"Where the plan stands", "What is late and why", "Slippage against the adopted plan",
          "Budget by funding source", "Indicators against their targets", "Timeline"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    // Every late action is listed, under its priority.
    int lateRows = 0;
    for (const ReportBlock& block : doc.value().blocks) {
        const auto* table = std::get_if<ReportTable>(&block);
        if (table && table->columns.size() == 5 &&
            table->columns.at(3).title == QLatin1String("Days late")) {
            for (const ReportTable::Row& row : table->rows)
                lateRows += row.style == ReportTable::Row::Style::Normal;
            QCOMPARE(table->rows.first().style, ReportTable::Row::Style::Group);
        }
    }
    // Late as the headline counts it: past its end, or a milestone passed and not done.
    const PlanData plan =
        PlanData::load(city->repositories().plan(), city->repositories().actions());
    QCOMPARE(lateRows, PlanRollups::compute(plan, QDate(2026, 12, 4)).whole().late);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.pdf"));
    const ReportStyle style;
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc.value());
    QVERIFY(pages);
    QVERIFY(PdfReportWriter::write(path, false, doc.value(), style, *pages));
    QCOMPARE(PdfProbe::structureProblems(path), QString());
    const QStringList texts = PdfProbe::pages(path);
    QCOMPARE(texts.size(), pages->count());
    // No page left empty but for its header and footer.
    for (int i = 1; i < texts.size(); ++i)
        QVERIFY2(texts.at(i).simplified().size() > 80, qPrintable(QString::number(i + 1)));
}

void TestActionPlanReport::timelineReadableOnEveryPage()
{
    auto city = TestCity::demo();
    const ReportStyle style;
    const ReportLanguage language(QStringLiteral("en"));
    const PlanData plan =
        PlanData::load(city->repositories().plan(), city->repositories().actions());
    const QList<ReportFigure> figures =
        PlanTimelineFigure::figures(plan, QDate(2026, 12, 4), language, style);
    QVERIFY(figures.size() >= 2);
    for (const ReportFigure& figure : figures) {
        // Each slice fits a page with its caption and is drawn month by month at least
        // minimumMonthWidth wide: the caption says which months.
        QVERIFY(figure.height <= style.body().height() - 40);
        QVERIFY(figure.caption.startsWith(QLatin1String("Timeline, ")));
        QVERIFY(figure.paint);
    }
    // Every action and priority on a row: the first slice's caption counts them.
    const int rows = int(plan.actions.size() + plan.priorities.size());
    QVERIFY2(figures.first().caption.endsWith(QStringLiteral("of %1.").arg(rows)) ||
                 figures.first().caption.contains(QStringLiteral("of ")),
             qPrintable(figures.first().caption));

    // A plan of 2,000 actions over several years: many pages, none squeezed.
    auto big = TestCity::demo(2500);
    const PlanData bigPlan =
        PlanData::load(big->repositories().plan(), big->repositories().actions());
    const QList<ReportFigure> many =
        PlanTimelineFigure::figures(bigPlan, QDate(2026, 12, 4), language, style);
    const int bigRows = int(bigPlan.actions.size());
    QVERIFY(many.size() * 40 >= bigRows);
    for (const ReportFigure& figure : many)
        QVERIFY(figure.height <= style.body().height() - 40);
}

// The Levant writes four months in two words ("تشرين الأول"), wider than a month of the
// timeline: on two lines, every word fits its column, and the header is a line taller.
void TestActionPlanReport::timelineMonthsWholeInTheirColumn()
{
    const ReportStyle style;
    QFont font = style.font(ReportStyle::Role::Small);
    font.setPointSizeF(PlanTimelineFigure::labelPoints);
    const QFontMetricsF metrics(font, style.referenceDevice());
    const auto width = [&](const QString& text) {
        return metrics.horizontalAdvance(text) / ReportStyle::measureScale;
    };
    const double column = PlanTimelineFigure::minimumMonthWidth;
    int split = 0;
    for (const QLocale& locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::French),
          QLocale(QLocale::Arabic, QLocale::Lebanon), QLocale(QLocale::Arabic, QLocale::Syria),
          QLocale(QLocale::Arabic, QLocale::Morocco), QLocale(QLocale::Arabic, QLocale::Tunisia),
          QLocale(QLocale::Greek), QLocale(QLocale::Dutch, QLocale::Belgium),
          QLocale(QLocale::Spanish), QLocale(QLocale::Italian)}) {
        QStringList names;
        for (int m = 1; m <= 12; ++m)
            names << locale.monthName(m, QLocale::ShortFormat);
        const QList<QStringList> lines = PlanTimelineFigure::monthLines(names, width, column);
        QCOMPARE(lines.size(), 12);
        for (int m = 0; m < 12; ++m) {
            QCOMPARE(lines.at(m).join(QLatin1Char(' ')), names.at(m));
            split += lines.at(m).size() > 1;
            for (const QString& line : lines.at(m))
                QVERIFY2(width(line) <= column,
                         qPrintable(locale.name() + QLatin1Char(' ') + line));
        }
    }
    QCOMPARE(split, 8); // October to January, in Lebanon and in Syria

    auto city = TestCity::demo();
    const PlanData plan =
        PlanData::load(city->repositories().plan(), city->repositories().actions());
    const auto firstHeight = [&](const ReportLanguage& language) {
        return PlanTimelineFigure::figures(plan, QDate(2026, 12, 4), language, style)
            .first()
            .height;
    };
    const double english = firstHeight(ReportLanguage(QStringLiteral("en")));
    QCOMPARE(firstHeight(
                 ReportLanguage(QStringLiteral("ar"), QLocale(QLocale::French, QLocale::Morocco))),
             english);
    QVERIFY(firstHeight(ReportLanguage(QStringLiteral("ar"),
                                       QLocale(QLocale::Arabic, QLocale::Lebanon))) > english);
}

void TestActionPlanReport::doneSinceFollowsTheDate()
{
    auto city = TestCity::demo();
    ReportOptions recent = options();
    recent.since = QDate(2026, 11, 1);
    ReportOptions longer = options();
    longer.since = QDate(2025, 1, 1);
    const auto doneRows = [&](const ReportOptions& o) {
        const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), o);
        for (const ReportBlock& block : doc.value().blocks) {
            const auto* table = std::get_if<ReportTable>(&block);
            if (table && table->columns.size() == 3)
                return int(table->rows.size());
        }
        return -1;
    };
    const int few = doneRows(recent);
    const int many = doneRows(longer);
    QVERIFY(few >= 0);
    QVERIFY2(many > few, qPrintable(QStringLiteral("%1 %2").arg(many).arg(few)));
    QVERIFY(allText(ReportBuilder::build(city->repositories(), recent).value())
                .contains(QLatin1String("Done since 1 November 2026")));
}

// One day's rows follow the plan's order of actions, each action's milestones before its notes,
// whatever order the notes are read in: the same file gives the same report.
void TestActionPlanReport::doneSinceInThePlansOrder()
{
    auto city = TestCity::demo();
    ActionRepository& actions = city->repositories().actions();
    const QList<Action> all = actions.actions();
    QVERIFY(all.size() >= 6);
    const QDate day(2026, 11, 20);
    // A milestone of a late action in the plan, notes of earlier ones, added out of order.
    Milestone reached;
    reached.actionId = all.at(5).meta.id;
    reached.title = QStringLiteral("Reached on the day");
    reached.dueDate = day;
    reached.doneOn = day;
    QVERIFY(actions.add(reached));
    for (const int at : {3, 0, 5, 1}) {
        ProgressEntry note;
        note.actionId = all.at(at).meta.id;
        note.date = day;
        note.text = QStringLiteral("Note of action %1").arg(at);
        QVERIFY(actions.add(note));
    }
    ReportOptions o = options();
    o.since = day;
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), o);
    QVERIFY(doc);
    QStringList rows;
    for (const ReportBlock& block : doc.value().blocks) {
        const auto* table = std::get_if<ReportTable>(&block);
        if (table && table->columns.size() == 3 &&
            table->columns.at(2).title == QLatin1String("What was done")) {
            for (const ReportTable::Row& row : table->rows)
                rows << row.cells.at(2);
        }
    }
    const QStringList expected{
        QStringLiteral("Note of action 0"), QStringLiteral("Note of action 1"),
        QStringLiteral("Note of action 3"), QStringLiteral("Milestone reached: Reached on the day"),
        QStringLiteral("Note of action 5")};
    QStringList ours;
    for (const QString& row : std::as_const(rows)) {
        if (expected.contains(row))
            ours << row;
    }
    QCOMPARE(ours, expected);
}

void TestActionPlanReport::emptyCity()
{
    auto city = TestCity::create();
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options());
    QVERIFY(doc);
    const QString text = allText(doc.value());
    for (const char* part :
         {"No action is late.", "Nothing was recorded as done in this period.",
          "The plan has not been adopted yet", "No budget line has been entered.",
          "No indicator has been defined.", "No action has dates yet."})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    const ReportStyle style;
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc.value());
    QVERIFY(PdfReportWriter::write(path, false, doc.value(), style, *pages));
    QCOMPARE(PdfProbe::structureProblems(path), QString());
}

void TestActionPlanReport::frenchReport()
{
    // The interface stays English; the report is French.
    auto city = TestCity::demo();
    const Result<ReportDocument> doc =
        ReportBuilder::build(city->repositories(), options(QStringLiteral("fr")));
    QVERIFY(doc);
    QCOMPARE(doc.value().language, QStringLiteral("fr"));
    QCOMPARE(doc.value().title, QStringLiteral("Plan d’action\u00a0: état d’avancement"));
    QCOMPARE(doc.value().footerDate, QStringLiteral("4 décembre 2026"));
    const QString text = allText(doc.value());
    QVERIFY(text.contains(QStringLiteral("Ce qui est en retard, et pourquoi")));
    QVERIFY(text.contains(QStringLiteral("€")));
}

QTEST_MAIN(TestActionPlanReport)
#include "TestActionPlanReport.moc"
