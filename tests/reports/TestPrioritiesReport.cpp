// SPDX-License-Identifier: GPL-3.0-or-later
// The priorities document, the main report: its chapters in order, the contents' page numbers
// where the chapters are, the officer's rich text, the priorities in rank order with their
// actions, personal data (consultation participants) only when asked, French apart from the
// interface, a city not started yet.
#include "ReportTesting.h"
#include "TestCity.h"
#include "plan/PlanRepository.h"
#include "reports/ReportBuilder.h"

#include <QTemporaryDir>

namespace {

ReportOptions options(const QString& language = QStringLiteral("en"),
                      PersonalData::Policy policy = PersonalData::Policy::LeaveOut)
{
    ReportOptions o;
    o.kind = ReportKind::Priorities;
    o.language = language;
    o.personalData = policy;
    o.today = QDate(2026, 12, 4);
    return o;
}

} // namespace

class TestPrioritiesReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void chaptersAndContents();
    void prioritiesInRankOrderWithTheirActions();
    void richTextKeepsItsFormats();
    void participantsOnlyWhenAsked();
    void frenchWithEnglishInterface();
    void cityNotStartedYet();
};

void TestPrioritiesReport::chaptersAndContents()
{
    auto city = TestCity::demo();
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options());
    QVERIFY(doc);
    QVERIFY(doc.value().cover);
    QCOMPARE(doc.value().cover->city, QStringLiteral("Valmer"));
    QVERIFY(doc.value().cover->status.startsWith(QLatin1String("Adopted by the council on")));
    const ReportTesting::Written w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("priorities.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QCOMPARE(PdfProbe::info(w.path).value(QStringLiteral("Title")), doc.value().title);
    // The chapters in the order the method asks for.
    qsizetype at = 0;
    for (const char* chapter :
         {"Contents", "1. Context", "The migration profile", "2. Method", "The stakeholder group",
          "Who was consulted", "3. The priorities", "Annexes", "A. The stakeholder group's members",
          "B. Access to services: scores by area"}) {
        const qsizetype found = w.all.indexOf(QLatin1String(chapter), at + 1);
        QVERIFY2(found > at, chapter);
        at = found;
    }
    // The contents give the page each chapter starts on (pdftotext: "3. The priorities 6").
    const ReportStyle style;
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc.value());
    QVERIFY(pages);
    QVERIFY(pages->contents.size() >= 10);
    for (const ReportPages::Entry& entry : pages->contents) {
        QVERIFY2(w.texts.at(entry.page).contains(entry.text), qPrintable(entry.text));
        QVERIFY(w.texts.at(1).contains(QString::number(entry.page + 1)));
    }
}

void TestPrioritiesReport::prioritiesInRankOrderWithTheirActions()
{
    auto city = TestCity::demo();
    const QList<Priority> priorities = city->repositories().plan().priorities();
    QVERIFY(priorities.size() >= 3);
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options());
    QStringList headings;
    int actionTables = 0;
    for (const ReportBlock& block : doc.value().blocks) {
        if (const auto* h = std::get_if<ReportHeading>(&block);
            h && h->level == 2 && h->text.startsWith(QLatin1String("3.")))
            headings << h->text;
        if (const auto* t = std::get_if<ReportTable>(&block);
            t && t->columns.size() == 5 && t->columns.at(4).title == QLatin1String("Budget"))
            ++actionTables;
    }
    QCOMPARE(headings.size(), priorities.size());
    QCOMPARE(actionTables, priorities.size());
    QList<Priority> ranked = priorities;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Priority& a, const Priority& b) {
        return (a.rank == 0 ? INT_MAX : a.rank) < (b.rank == 0 ? INT_MAX : b.rank);
    });
    for (int i = 0; i < ranked.size(); ++i)
        QCOMPARE(headings.at(i), QStringLiteral("3.%1 %2").arg(i + 1).arg(ranked.at(i).title));
}

void TestPrioritiesReport::richTextKeepsItsFormats()
{
    auto city = TestCity::create();
    PlanDocument plan = city->repositories().plan().document();
    plan.title = QStringLiteral("Our plan");
    plan.introduction = QStringLiteral(
        "<h2>Why this document</h2><p>Plain and <b>bold</b> and <i>italic</i> and "
        "<a href=\"https://example.org\">a link</a>.</p><ul><li>First</li><li>Second</li></ul>");
    QVERIFY(city->repositories().plan().update(plan));
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options());
    bool heading = false;
    bool bold = false;
    bool italic = false;
    bool link = false;
    int bullets = 0;
    for (const ReportBlock& block : doc.value().blocks) {
        if (const auto* h = std::get_if<ReportHeading>(&block))
            heading = heading || (h->text == QLatin1String("Why this document") && !h->inContents);
        if (const auto* p = std::get_if<ReportParagraph>(&block)) {
            bullets += p->style == ReportParagraph::Style::Bullet;
            for (const ReportRun& run : p->runs) {
                bold = bold || (run.bold && run.text == QLatin1String("bold"));
                italic = italic || (run.italic && run.text == QLatin1String("italic"));
                link = link || run.link == QLatin1String("https://example.org");
            }
        }
    }
    QVERIFY(heading);
    QVERIFY(bold);
    QVERIFY(italic);
    QVERIFY(link);
    QCOMPARE(bullets, 2);
    const ReportTesting::Written w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("rich.pdf"));
    QVERIFY(w.all.contains(QLatin1String("Plain and bold and italic and a link.")));
}

void TestPrioritiesReport::participantsOnlyWhenAsked()
{
    auto city = TestCity::demo();
    // The demo lists organisations as participants; a person's name is what must not leak.
    QList<Consultation> consultations = city->repositories().plan().consultations();
    QVERIFY(!consultations.isEmpty());
    Consultation consultation = consultations.first();
    consultation.participants = QStringLiteral("Marguerite Oyelaran-Delcourt, resident");
    QVERIFY(city->repositories().plan().update(consultation));
    const QStringList participants{QStringLiteral("Marguerite"), QStringLiteral("Oyelaran")};
    const ReportTesting::Written without =
        ReportTesting::write(ReportBuilder::build(city->repositories(), options()).value(),
                             m_dir.path(), QStringLiteral("without.pdf"));
    const ReportTesting::Written with = ReportTesting::write(
        ReportBuilder::build(city->repositories(),
                             options(QStringLiteral("en"), PersonalData::Policy::Include))
            .value(),
        m_dir.path(), QStringLiteral("with.pdf"));
    for (const QString& who : participants) {
        QVERIFY2(!without.all.contains(who), qPrintable(who));
        QVERIFY2(with.all.contains(who), qPrintable(who));
    }
}

void TestPrioritiesReport::frenchWithEnglishInterface()
{
    auto city = TestCity::demo(0, QStringLiteral("fr"));
    const Result<ReportDocument> doc =
        ReportBuilder::build(city->repositories(), options(QStringLiteral("fr")));
    const ReportTesting::Written w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("priorites.pdf"));
    for (const char* part :
         {"Sommaire", "1. Contexte", "2. Méthode", "3. Les priorités", "Annexes", "Page 2 sur"})
        QVERIFY2(w.all.contains(QString::fromUtf8(part)), part);
    QVERIFY(!w.all.contains(QLatin1String("The priorities")));
}

void TestPrioritiesReport::cityNotStartedYet()
{
    auto city = TestCity::create();
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options());
    QVERIFY(doc);
    QCOMPARE(doc.value().cover->status, QStringLiteral("Draft for consultation"));
    const ReportTesting::Written w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("empty.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    for (const char* part : {"No priority has been written yet.", "The group has not met yet.",
                             "No consultation has been recorded."})
        QVERIFY2(w.all.contains(QLatin1String(part)), part);
}

QTEST_MAIN(TestPrioritiesReport)
#include "TestPrioritiesReport.moc"
