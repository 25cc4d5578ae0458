// SPDX-License-Identifier: GPL-3.0-or-later
// The city profile report of the demo city in English and French, of a city with nothing but
// its name, and the summary the priorities document takes for its context chapter.
#include "ReportTesting.h"
#include "TestCity.h"
#include "profile/ProfileRepository.h"
#include "reports/ProfileReport.h"
#include "stakeholders/StakeholderRepository.h"

#include <QTemporaryDir>

class TestProfileReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoInEnglish();
    void noPersonalDataEvenWhenAsked();
    void frenchReportWithEnglishInterface();
    void cityWithNothingButItsName();
    void summarySection();
    void letterPaper();

private:
    static ReportOptions options(const QString& language,
                                 PersonalData::Policy policy = PersonalData::Policy::LeaveOut);
    QTemporaryDir m_dir;
    std::unique_ptr<TestCity> m_demo;
};

ReportOptions TestProfileReport::options(const QString& language, PersonalData::Policy policy)
{
    ReportOptions o;
    o.kind = ReportKind::Profile;
    o.language = language;
    o.personalData = policy;
    o.today = QDate(2026, 12, 4);
    return o;
}

void TestProfileReport::initTestCase()
{
    m_demo = TestCity::demo();
}

void TestProfileReport::demoInEnglish()
{
    ProfileRepository& profile = m_demo->repositories().profile();
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc =
        ProfileReport::build(m_demo->repositories(), options(QStringLiteral("en")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("profile-en.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY2(w.pages >= 5 && w.pages <= 14, qPrintable(QString::number(w.pages)));
    QCOMPARE(PdfProbe::info(w.path).value(QStringLiteral("Title")),
             QStringLiteral("City migration profile"));
    for (const char* expected : {"Key figures", "Origins of migrants", "Where migrants live",
                                 "The migration profile", "Legal framework for migration",
                                 "Sources:", "148,500", "Occitanie, France", "All origins listed"})
        QVERIFY2(w.all.contains(QLatin1String(expected)), expected);
    // Every figure with its source, every origin and district.
    QVERIFY(!profile.figures().isEmpty());
    for (const ProfileFigure& f : profile.figures()) {
        QVERIFY2(w.all.contains(f.label.simplified()), qPrintable(f.label));
        QVERIFY2(w.all.contains(f.source.simplified()), qPrintable(f.source));
    }
    for (const MigrantOrigin& o : profile.origins())
        QVERIFY2(w.all.contains(o.country), qPrintable(o.country));
    for (const District& d : profile.districts())
        QVERIFY2(w.all.contains(d.name), qPrintable(d.name));
    // A percentage keeps its decimal.
    QVERIFY(w.all.contains(QLatin1String("12.6%")));
}

void TestProfileReport::noPersonalDataEvenWhenAsked()
{
    // The profile holds none: the contact persons stay out whatever the choice.
    const QString contact = m_demo->repositories().stakeholders().contacts().first().name;
    for (PersonalData::Policy policy :
         {PersonalData::Policy::LeaveOut, PersonalData::Policy::Include}) {
        const ReportLanguage language(QStringLiteral("en"));
        Result<ReportDocument> doc = ProfileReport::build(
            m_demo->repositories(), options(QStringLiteral("en"), policy), language);
        QVERIFY(doc);
        const auto w =
            ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("profile-policy.pdf"));
        QVERIFY(!w.all.contains(contact));
    }
}

void TestProfileReport::frenchReportWithEnglishInterface()
{
    QCOMPARE(ProfileSection::title(ProfileSection::Key::Overview), QStringLiteral("Overview"));
    auto french = TestCity::demo(0, QStringLiteral("fr"));
    const ReportLanguage language(QStringLiteral("fr"));
    Result<ReportDocument> doc =
        ProfileReport::build(french->repositories(), options(QStringLiteral("fr")), language);
    QVERIFY(doc);
    QCOMPARE(doc.value().language, QStringLiteral("fr"));
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("profile-fr.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    for (const char* expected :
         {"Cadre juridique de la migration", "Compétences des migrants", "décembre 2026"})
        QVERIFY2(w.all.contains(QString::fromUtf8(expected)), expected);
    for (const char* english : {"Legal framework for migration", "Migrants' skills"})
        QVERIFY2(!w.all.contains(QLatin1String(english)), english);
    // French figures: a space between thousands (poppler gives a no-break or a narrow one).
    QVERIFY(
        w.all.contains(QRegularExpression(QStringLiteral("148\\s?500|148\u202f500|148\u00a0500"))));
}

void TestProfileReport::cityWithNothingButItsName()
{
    auto empty = TestCity::create(QStringLiteral("Tangier"));
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc =
        ProfileReport::build(empty->repositories(), options(QStringLiteral("en")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("profile-empty.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY2(w.pages >= 2 && w.pages <= 6, qPrintable(QString::number(w.pages)));
    for (const char* expected :
         {"Tangier", "No key figure of the profile is recorded yet",
          "No country of origin is recorded yet", "No district is recorded yet",
          "The sections of the profile are not written yet"})
        QVERIFY2(w.all.contains(QLatin1String(expected)), expected);

    ReportDocument summary;
    ProfileReport::appendProfileSummary(summary, empty->repositories(),
                                        options(QStringLiteral("en")), language);
    QCOMPARE(summary.blocks.size(), 1);
    QVERIFY(std::get<ReportParagraph>(summary.blocks.first())
                .text()
                .contains(QLatin1String("no key figure yet")));
}

void TestProfileReport::summarySection()
{
    const ReportLanguage language(QStringLiteral("en"));
    ReportDocument doc;
    ProfileReport::appendProfileSummary(doc, m_demo->repositories(), options(QStringLiteral("en")),
                                        language);
    bool figures = false;
    const ReportTable* table = nullptr;
    for (const ReportBlock& block : doc.blocks) {
        if (const auto* h = std::get_if<ReportHeading>(&block))
            QVERIFY(h->level > 1);
        figures = figures || std::holds_alternative<ReportKeyFigures>(block);
        if (const auto* t = std::get_if<ReportTable>(&block))
            table = t;
    }
    QVERIFY(figures);
    QVERIFY(table);
    // The population and every figure, each with its source.
    const QList<ProfileFigure> all = m_demo->repositories().profile().figures();
    QCOMPARE(int(table->rows.size()), int(all.size()) + 1);
    for (const ReportTable::Row& row : table->rows)
        QVERIFY(!row.cells.last().isEmpty());
    // Written in a report of its own, under the caller's chapter.
    ReportDocument whole;
    whole.heading(1, QStringLiteral("1 Context"));
    whole.blocks.append(doc.blocks);
    const auto w = ReportTesting::write(whole, m_dir.path(), QStringLiteral("profile-summary.pdf"));
    QVERIFY(w.all.contains(QLatin1String("Morocco")));
    QVERIFY(w.all.contains(QLatin1String("Foreign-born residents")));
}

void TestProfileReport::letterPaper()
{
    ReportOptions letter = options(QStringLiteral("en"));
    letter.paper = QPageSize::Letter;
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc = ProfileReport::build(m_demo->repositories(), letter, language);
    QVERIFY(doc);
    const auto w = ReportTesting::write(doc.value(), m_dir.path(),
                                        QStringLiteral("profile-letter.pdf"), QPageSize::Letter);
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY(PdfProbe::info(w.path)
                .value(QStringLiteral("Page size"))
                .contains(QLatin1String("612 x 792")));
    QVERIFY(ReportTesting::rightmostText(w.path) <=
            ReportStyle(QPageSize::Letter).body().right() + 0.5);
}

QTEST_MAIN(TestProfileReport)
#include "TestProfileReport.moc"
