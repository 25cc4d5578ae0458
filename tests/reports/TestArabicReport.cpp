// SPDX-License-Identifier: GPL-3.0-or-later
// A report in Arabic, of an Arabic-speaking city: right to left, its letters drawn with the
// program's own Arabic font (embedded, never the system's fallback), and its text readable back.
#include "ReportTesting.h"
#include "TestCity.h"
#include "common/BidiText.h"
#include "profile/ProfileRepository.h"
#include "reports/ProfileReport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

class TestArabicReport : public QObject
{
    Q_OBJECT

    // The demo Arabic city's profile, as an officer of that locale's country writes it.
    static Result<ReportDocument> profile(TestCity& city, const ReportLanguage& language)
    {
        ReportOptions options;
        options.kind = ReportKind::Profile;
        options.language = QStringLiteral("ar");
        options.today = QDate(2026, 12, 4);
        return ProfileReport::build(city.repositories(), options, language);
    }

private slots:
    void profileOfAnArabicCity()
    {
        QTemporaryDir dir;
        std::unique_ptr<TestCity> city = TestCity::demo(0, QStringLiteral("ar"));
        // A Moroccan officer: Arabic with Latin digits.
        const ReportLanguage language(QStringLiteral("ar"), QLocale(QStringLiteral("ar_MA")));
        QCOMPARE(language.direction(), Qt::RightToLeft);
        Result<ReportDocument> doc = profile(*city, language);
        QVERIFY(doc);
        QCOMPARE(doc.value().direction, Qt::RightToLeft);
        const auto w = ReportTesting::write(doc.value(), dir.path(), QStringLiteral("ar.pdf"));
        QString why;
        QVERIFY2(ReportTesting::soundPdf(w, &why), qPrintable(why));

        // Only the program's fonts, the Arabic one among them, each embedded.
        const QStringList fonts = PdfProbe::fonts(w.path);
        bool arabic = false;
        for (const QString& font : fonts) {
            const QString name = font.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('+'), -1);
            QVERIFY2(name.startsWith(QLatin1String("NotoSans")), qPrintable(font));
            arabic = arabic || name.startsWith(QLatin1String("NotoSansArabic"));
        }
        QVERIFY2(arabic, qPrintable(fonts.join(QLatin1Char('\n'))));

        // The Arabic words come back as written: the city, a district, a heading. Qt
        // 6.4's PDF writer maps each shaped letter to its presentation form (U+FExx), which
        // viewers' searches and NFKC fold back into the letters; pdftotext adds bidi marks.
        QString text = w.all.normalized(QString::NormalizationForm_KC);
        for (const QChar mark : {QChar(0x202A), QChar(0x202B), QChar(0x202C)})
            text.remove(mark);
        ProfileRepository& profile = city->repositories().profile();
        QVERIFY2(text.contains(profile.city().value().name), qPrintable(text.left(400)));
        QVERIFY(text.contains(profile.districts().first().name));
        QVERIFY(text.contains(QStringLiteral("الأرقام الرئيسية"))); // Key figures

        // Morocco writes Latin digits: the population year, the page numbers, no Arabic-Indic.
        QVERIFY(text.contains(QString::number(*profile.city().value().populationYear)));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[\\x{0660}-\\x{0669}]"))),
                 qPrintable(text.left(400)));
    }

    // Lebanon writes Arabic-Indic digits, in every number of the report: years in the tables,
    // page numbers, percentages. A French system in Morocco still gives Morocco's digits.
    void digitsFollowTheOfficersCountry_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<bool>("arabicIndic");
        QTest::newRow("Lebanon") << "ar_LB" << true;
        QTest::newRow("Morocco, French system") << "fr_MA" << false;
        QTest::newRow("Tunisia") << "ar_TN" << false;
    }

    void digitsFollowTheOfficersCountry()
    {
        QFETCH(QString, system);
        QFETCH(bool, arabicIndic);
        QTemporaryDir dir;
        std::unique_ptr<TestCity> city = TestCity::demo(0, QStringLiteral("ar"));
        const ReportLanguage language(QStringLiteral("ar"), QLocale(system));
        Result<ReportDocument> doc = profile(*city, language);
        QVERIFY(doc);
        const auto w = ReportTesting::write(doc.value(), dir.path(), QStringLiteral("ar.pdf"));
        const QString text = w.all.normalized(QString::NormalizationForm_KC);
        const int year = *city->repositories().profile().city().value().populationYear;
        const QString indicYear = QLocale(QStringLiteral("ar_LB"))
                                      .toString(year)
                                      .remove(QChar(0x066C)); // without the thousands separator
        // The officer's own words keep the digits they were typed in: only what the report
        // writes (the year after the population, the footers' page numbers) changes.
        const QString page = language.translate("ReportFrame", "Page %1 of %2")
                                 .section(QLatin1Char(' '), 0, 0); // "الصفحة"
        const QString bare = BidiText::withoutMarks(text);
        const QRegularExpression pageNumber(
            page + (arabicIndic ? QStringLiteral("\\s*[٠-٩]+") : QStringLiteral("\\s*[0-9]+")));
        QVERIFY2(bare.contains(pageNumber), qPrintable(bare.mid(bare.indexOf(page) - 20, 60)));
        if (arabicIndic) {
            QVERIFY2(text.contains(indicYear), qPrintable(text.left(400)));
        } else {
            QVERIFY(text.contains(QString::number(year)));
            QVERIFY(!text.contains(indicYear));
        }
    }
};

QTEST_MAIN(TestArabicReport)
#include "TestArabicReport.moc"
