// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DateText.h"

#include <QLocale>
#include <QTest>

// Dates in one line carry their whole year in every language, and read back as written.
class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void wholeYearInEveryLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English (US)") << "en_US"
                                      << "12/4/2026";
        QTest::newRow("English (UK)") << "en_GB"
                                      << "04/12/2026";
        QTest::newRow("French") << "fr_FR"
                                << "04/12/2026";
        QTest::newRow("Greek") << "el_GR"
                               << "4/12/2026";
        QTest::newRow("Dutch") << "nl_NL"
                               << "04-12-2026";
        QTest::newRow("Dutch (Belgium)") << "nl_BE"
                                         << "4/12/2026";
        // Arabic with its right-to-left marks; Latin digits in Morocco, Arabic-Indic in Lebanon.
        QTest::newRow("Arabic (Morocco)") << "ar_MA" << QString::fromUtf8("4\u200f/12\u200f/2026");
        QTest::newRow("Arabic (Lebanon)") << "ar_LB" << QString::fromUtf8("٤\u200f/١٢\u200f/٢٠٢٦");
    }

    void wholeYearInEveryLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QDate day(2026, 12, 4);
        QCOMPARE(DateText::shown(day), expected);
        QVERIFY(DateText::format().contains(QLatin1String("yyyy")));
        QCOMPARE(QLocale().toDate(DateText::shown(day), DateText::format()), day);
    }

    void everyLanguageReadsBack_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char* name : {"ar_MA", "ar_EG", "es_ES", "it_IT", "de_DE", "ja_JP"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyLanguageReadsBack()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const QDate day(2031, 1, 9);
        const QString text = DateText::shown(day);
        QVERIFY2(QLocale().toDate(text, DateText::format()) == day, qPrintable(text));
    }

    void invalidIsEmpty() { QCOMPARE(DateText::shown(QDate()), QString()); }
};

QTEST_APPLESS_MAIN(TestDateText)
#include "TestDateText.moc"
