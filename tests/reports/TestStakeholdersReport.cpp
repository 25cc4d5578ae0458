// SPDX-License-Identifier: GPL-3.0-or-later
// The stakeholder map report of the demo city, in English and French, with and without personal
// data, and of a city without stakeholders: its PDF read back with poppler and qpdf.
#include "ReportTesting.h"
#include "TestCity.h"
#include "reports/StakeholdersReport.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

class TestStakeholdersReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoInEnglish();
    void personalDataOnlyWhenAsked();
    void frenchReportWithEnglishInterface();
    void cityWithoutStakeholders();
    void groupMembersSection();
    void bigCityNetworkCounted();

private:
    static ReportOptions options(const QString& language,
                                 PersonalData::Policy policy = PersonalData::Policy::LeaveOut);
    QTemporaryDir m_dir;
    std::unique_ptr<TestCity> m_demo;
    QString m_contact; // a contact person's name in the demo city
    QString m_email;
};

ReportOptions TestStakeholdersReport::options(const QString& language, PersonalData::Policy policy)
{
    ReportOptions o;
    o.kind = ReportKind::Stakeholders;
    o.language = language;
    o.personalData = policy;
    o.today = QDate(2026, 12, 4);
    return o;
}

void TestStakeholdersReport::initTestCase()
{
    m_demo = TestCity::demo();
    const QList<ContactPerson> contacts = m_demo->repositories().stakeholders().contacts();
    QVERIFY(!contacts.isEmpty());
    m_contact = contacts.first().name;
    m_email = contacts.first().email;
    QVERIFY(!m_contact.isEmpty() && !m_email.isEmpty());
}

void TestStakeholdersReport::demoInEnglish()
{
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc =
        StakeholdersReport::build(m_demo->repositories(), options(QStringLiteral("en")), language);
    QVERIFY(doc);
    QCOMPARE(doc.value().language, QStringLiteral("en"));
    QVERIFY(doc.value().cover);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("stakeholders-en.pdf"));
    QVERIFY(!w.path.isEmpty());
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    // A cover, the grid, the network, two tables of 40 stakeholders and the group.
    QVERIFY2(w.pages >= 6 && w.pages <= 14, qPrintable(QString::number(w.pages)));
    QCOMPARE(PdfProbe::info(w.path).value(QStringLiteral("Title")),
             QStringLiteral("Stakeholder map"));
    for (const char* expected :
         {"The influence/interest grid", "Relations between stakeholders",
          "Stakeholders by strategy", "Stakeholders by kind", "The City Stakeholder Group",
          "Manage closely", "Keep satisfied", "Keep informed", "Monitor", "Municipal department",
          "Kinds of stakeholder", "Partnership", "Member since", "Page 2 of", "4 December 2026"})
        QVERIFY2(w.all.contains(QLatin1String(expected)), expected);
    // Every stakeholder is named in the tables.
    for (const Stakeholder& s : m_demo->repositories().stakeholders().stakeholders())
        QVERIFY2(w.all.contains(s.name.simplified()), qPrintable(s.name));
    // Nothing drawn past the right margin (right-aligned figures, the header's title).
    const ReportStyle style;
    const double right = ReportTesting::rightmostText(w.path);
    QVERIFY2(right > style.body().center().x() && right <= style.body().right() + 0.5,
             qPrintable(QString::number(right)));
    // Personal data left out by default.
    QVERIFY(!w.all.contains(m_contact));
    QVERIFY(!w.all.contains(m_email));
    QVERIFY(!w.all.contains(QLatin1String("Contact person")));
}

void TestStakeholdersReport::personalDataOnlyWhenAsked()
{
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc = StakeholdersReport::build(
        m_demo->repositories(), options(QStringLiteral("en"), PersonalData::Policy::Include),
        language);
    QVERIFY(doc);
    const auto w = ReportTesting::write(doc.value(), m_dir.path(),
                                        QStringLiteral("stakeholders-personal.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY(w.all.contains(m_contact));
    QVERIFY(w.all.contains(m_email));
    QVERIFY(w.all.contains(QLatin1String("Contact persons")));
}

void TestStakeholdersReport::frenchReportWithEnglishInterface()
{
    // The interface stays English (no translator installed): the report has its own language.
    QCOMPARE(Stakeholder::label(Stakeholder::Kind::Municipal),
             QStringLiteral("Municipal department"));
    auto french = TestCity::demo(0, QStringLiteral("fr"));
    const ReportLanguage language(QStringLiteral("fr"));
    Result<ReportDocument> doc =
        StakeholdersReport::build(french->repositories(), options(QStringLiteral("fr")), language);
    QVERIFY(doc);
    QCOMPARE(doc.value().language, QStringLiteral("fr"));
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("stakeholders-fr.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    for (const char* expected :
         {"Gérer de près", "Service municipal", "Types d’acteurs", "décembre 2026"})
        QVERIFY2(w.all.contains(QString::fromUtf8(expected)), expected);
    for (const char* english : {"Manage closely", "Municipal department", "Kinds of stakeholder"})
        QVERIFY2(!w.all.contains(QLatin1String(english)), english);
    const QString contact = french->repositories().stakeholders().contacts().first().name;
    QVERIFY(!w.all.contains(contact));
}

void TestStakeholdersReport::cityWithoutStakeholders()
{
    auto empty = TestCity::create(QStringLiteral("Tangier"));
    const ReportLanguage language(QStringLiteral("en"));
    Result<ReportDocument> doc =
        StakeholdersReport::build(empty->repositories(), options(QStringLiteral("en")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("stakeholders-empty.pdf"));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY2(w.pages >= 2 && w.pages <= 7, qPrintable(QString::number(w.pages)));
    QVERIFY(w.all.contains(QLatin1String("Tangier")));
    QVERIFY(w.all.contains(QLatin1String("No stakeholder is recorded yet")));
    QVERIFY(w.all.contains(QLatin1String("No relation between stakeholders is recorded yet")));
    QVERIFY(w.all.contains(QLatin1String("The stakeholder group has no member yet")));
    // No figure drawn for nothing.
    for (const ReportBlock& block : doc.value().blocks)
        QVERIFY(!std::holds_alternative<ReportFigure>(block));
}

void TestStakeholdersReport::groupMembersSection()
{
    // As the priorities document calls it for its annex: no heading of its own.
    const ReportLanguage language(QStringLiteral("en"));
    ReportDocument doc;
    StakeholdersReport::appendGroupMembers(doc, m_demo->repositories(),
                                           options(QStringLiteral("en")), language);
    QVERIFY(!doc.blocks.isEmpty());
    const ReportTable* table = nullptr;
    for (const ReportBlock& block : doc.blocks) {
        QVERIFY(!std::holds_alternative<ReportHeading>(block));
        if (const auto* t = std::get_if<ReportTable>(&block))
            table = t;
    }
    QVERIFY(table);
    const int members = int(m_demo->repositories().group().members().size());
    QVERIFY(members > 0);
    QCOMPARE(int(table->rows.size()), members);
    QCOMPARE(int(table->columns.size()), 4);
    for (const ReportTable::Row& row : table->rows)
        QVERIFY(!row.cells.join(QString()).contains(m_contact));

    ReportDocument personal;
    StakeholdersReport::appendGroupMembers(
        personal, m_demo->repositories(),
        options(QStringLiteral("en"), PersonalData::Policy::Include), language);
    const auto* withContacts = std::get_if<ReportTable>(&personal.blocks.last());
    QVERIFY(withContacts);
    QCOMPARE(int(withContacts->columns.size()), 5);
}

void TestStakeholdersReport::bigCityNetworkCounted()
{
    // A network-sized file: the relations are counted, not drawn; the grid shows counts where
    // cells are crowded; every stakeholder is still in the tables.
    auto big = TestCity::demo(400);
    const ReportLanguage language(QStringLiteral("en"));
    QElapsedTimer timer;
    timer.start();
    Result<ReportDocument> doc =
        StakeholdersReport::build(big->repositories(), options(QStringLiteral("en")), language);
    QVERIFY(doc);
    const auto w =
        ReportTesting::write(doc.value(), m_dir.path(), QStringLiteral("stakeholders-big.pdf"));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QString why;
    QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));
    QVERIFY(w.all.contains(QLatin1String("too many to draw legibly on a page")));
    QVERIFY(w.all.contains(QLatin1String("All relations")));
    int figures = 0;
    for (const ReportBlock& block : doc.value().blocks)
        figures += std::holds_alternative<ReportFigure>(block) ? 1 : 0;
    QCOMPARE(figures, 1); // the grid
    const QList<Stakeholder> all = big->repositories().stakeholders().stakeholders();
    QVERIFY(all.size() >= 400);
    QVERIFY(w.all.contains(all.last().name.simplified()));
}

QTEST_MAIN(TestStakeholdersReport)
#include "TestStakeholdersReport.moc"
