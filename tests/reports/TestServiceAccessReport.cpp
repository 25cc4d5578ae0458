// SPDX-License-Identifier: GPL-3.0-or-later
// The service-access report of the demo city (two rounds, gaps, priorities made from them), in
// English and French, with and without personal data, and of a city without any round.
#include "ReportTesting.h"
#include "TestCity.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/GapList.h"
#include "plan/PlanRepository.h"
#include "reports/ServiceAccessReport.h"
#include "stakeholders/StakeholderRepository.h"

#include <QPainter>
#include <QSet>
#include <QTemporaryDir>

class TestServiceAccessReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoInEnglish();
    void personalDataOnlyWhenAsked();
    void frenchReportWithEnglishInterface();
    void cityWithoutRounds();
    void scoresSection();

private:
    static ReportOptions options(const QString& language,
                                 PersonalData::Policy policy = PersonalData::Policy::LeaveOut);
    QTemporaryDir m_dir;
    std::unique_ptr<TestCity> m_demo;
    QString m_person; // a contact person's name, written as who answered a gap
};

ReportOptions TestServiceAccessReport::options(const QString& language, PersonalData::Policy policy)
{
    ReportOptions o;
    o.kind = ReportKind::ServiceAccess;
    o.language = language;
    o.personalData = policy;
    o.today = QDate(2026, 12, 4);
    return o;
}

void TestServiceAccessReport::initTestCase()
{
    m_demo = TestCity::demo();
    Repositories& repos = m_demo->repositories();
    m_person = repos.stakeholders().contacts().first().name;
    QVERIFY(!m_person.isEmpty());
    // Who answered a gap of the latest round: personal data.
    const std::optional<AssessmentRound> latest = repos.checklists().latestRound();
    QVERIFY(latest);
    for (Answer answer : repos.checklists().answers(latest->meta.id)) {
        if (GapList::isGap(answer.value)) {
            answer.answeredBy = m_person;
            QVERIFY(repos.checklists().update(answer));
            break;
        }
    }
}

void TestServiceAccessReport::demoInEnglish()
{
    Repositories& repos = m_demo->repositories();
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc =
        ServiceAccessReport::build(repos, options(QStringLiteral("en")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("service-access-en.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY2(w.pages >= 5 && w.pages <= 16, qPrintable(QString::number(w.pages)));
    QCOMPARE(PdfProbe::info(w.path).value(QStringLiteral("Title")),
             QStringLiteral("Access to basic services"));
    for (const char* expected :
         {"Scores per area", "Change since the previous round", "Gaps",
          "Priorities made from the gaps", "All areas", "of the items answered",
          "Bar height: the score of the items answered", "Not met", "Partly met", "Page 3 of"})
        QVERIFY2(w.all.contains(QLatin1String(expected)), expected);
    // Both rounds are named, every area is scored.
    const QList<AssessmentRound> rounds = repos.checklists().rounds();
    QCOMPARE(rounds.size(), 2);
    for (const AssessmentRound& r : rounds)
        QVERIFY2(w.all.contains(r.label), qPrintable(r.label));
    const std::optional<AssessmentRound> latest = repos.checklists().latestRound();
    for (const ChecklistArea& area : repos.checklists().areas(latest->templateId))
        QVERIFY2(w.all.contains(area.title.simplified()), qPrintable(area.title));
    // Every priority resting on a gap of the latest round is named under the gaps.
    const QList<GapList::Gap> gaps =
        GapList::gaps(*latest, repos.checklists().areas(latest->templateId),
                      repos.checklists().allItems(latest->templateId),
                      repos.checklists().answers(latest->meta.id));
    QVERIFY(!gaps.isEmpty());
    QSet<QString> gapItems;
    for (const GapList::Gap& g : gaps)
        gapItems << g.item.meta.id;
    int fromGaps = 0;
    for (const Priority& p : repos.plan().priorities()) {
        for (const PriorityEvidence& e : repos.plan().evidence(p.meta.id)) {
            if (gapItems.contains(e.itemId)) {
                QVERIFY2(w.all.contains(p.title.simplified()), qPrintable(p.title));
                ++fromGaps;
                break;
            }
        }
    }
    QVERIFY(fromGaps > 0);
    QVERIFY(!w.all.contains(m_person));
    QVERIFY(!w.all.contains(QLatin1String("Answered by")));
}

void TestServiceAccessReport::personalDataOnlyWhenAsked()
{
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc = ServiceAccessReport::build(
        m_demo->repositories(), options(QStringLiteral("en"), PersonalData::Policy::Include),
        language);
    QVERIFY(doc);
    const auto w = ReportTesting::write(doc.value(), m_dir.path(),
                                        QStringLiteral("service-access-personal.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY(w.all.contains(m_person));
    QVERIFY(w.all.contains(QLatin1String("Answered by")));
}

void TestServiceAccessReport::frenchReportWithEnglishInterface()
{
    QCOMPARE(Answer::label(Answer::Value::NotMet), QStringLiteral("Not met"));
    auto french = TestCity::demo(0, QStringLiteral("fr"));
    const ReportLanguage language(QStringLiteral("fr"));
    Result<ReportDocument> doc =
        ServiceAccessReport::build(french->repositories(), options(QStringLiteral("fr")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("service-access-fr.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    for (const char* expected :
         {"Non satisfait", "Partiellement", "Hauteur de la barre", "décembre 2026"})
        QVERIFY2(w.all.contains(QString::fromUtf8(expected)), expected);
    for (const char* english : {"Partly met", "Bar height", "Not met"})
        QVERIFY2(!w.all.contains(QLatin1String(english)), english);
}

void TestServiceAccessReport::cityWithoutRounds()
{
    // The built-in checklist, never assessed.
    auto empty = TestCity::create(QStringLiteral("Tangier"));
    QVERIFY(!empty->repositories().checklists().latestRound());
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc =
        ServiceAccessReport::build(empty->repositories(), options(QStringLiteral("en")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("service-access-empty.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY2(w.pages >= 2 && w.pages <= 6, qPrintable(QString::number(w.pages)));
    for (const char* expected :
         {"Tangier", "No service-access assessment has been held yet", "There is no earlier round",
          "No round has been held yet", "No priority rests on a gap"})
        QVERIFY2(w.all.contains(QLatin1String(expected)), expected);
    for (const ReportBlock& block : doc.value().blocks)
        QVERIFY(!std::holds_alternative<ReportFigure>(block));
}

void TestServiceAccessReport::scoresSection()
{
    // As the priorities document calls it for its annex: no heading of level 1, the table and
    // the chart; the chart paints on an image without a report around it.
    const ReportLanguage language(QStringLiteral("en"));
    ReportDocument doc;
    ServiceAccessReport::appendScores(doc, m_demo->repositories(), options(QStringLiteral("en")),
                                      language);
    int tables = 0;
    const ReportFigure* chart = nullptr;
    for (const ReportBlock& block : doc.blocks) {
        if (const auto* h = std::get_if<ReportHeading>(&block))
            QVERIFY(h->level > 1);
        tables += std::holds_alternative<ReportTable>(block) ? 1 : 0;
        if (const auto* f = std::get_if<ReportFigure>(&block))
            chart = f;
    }
    QCOMPARE(tables, 1);
    QVERIFY(chart && chart->paint);
    QVERIFY(chart->width > 400 && chart->height > 200);
    QImage image(QSize(int(chart->width), int(chart->height)), QImage::Format_RGB32);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        chart->paint(painter, QRectF(QPointF(0, 0), image.size()));
    }
    // Painted over the whole rectangle (the chart's white ground), not clipped to a corner.
    QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), QColor(Qt::white));
}

QTEST_MAIN(TestServiceAccessReport)
#include "TestServiceAccessReport.moc"
