// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BidiText.h"
#include "common/NumberText.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTest>

// Shares and signed counts as each language writes them, and as they read inside a line of the
// other direction.
class TestNumberText : public QObject
{
    Q_OBJECT

private slots:
    void percentInEveryLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << "en_GB" << 0.43 << "43%";
        QTest::newRow("French") << "fr_FR" << 0.43 << QString::fromUtf8("43\u202f%");
        QTest::newRow("Spanish") << "es_ES" << 0.43 << QString::fromUtf8("43\u00a0%");
        QTest::newRow("Italian") << "it_IT" << 0.43 << "43%";
        QTest::newRow("Greek") << "el_GR" << 0.43 << "43%";
        QTest::newRow("Dutch (Belgium)") << "nl_BE" << 0.43 << "43%";
        QTest::newRow("thousands, French")
            << "fr_FR" << 12.5 << QString::fromUtf8("1\u202f250\u202f%");
        // Moroccan and Tunisian Arabic: Latin digits, the sign held beside them by marks.
        QTest::newRow("Arabic (Morocco)")
            << "ar_MA" << 0.43 << QString::fromUtf8("43\u200e%\u200e");
        QTest::newRow("Arabic (Tunisia)")
            << "ar_TN" << 0.43 << QString::fromUtf8("43\u200e%\u200e");
        // Lebanese and Jordanian Arabic: Arabic-Indic digits and the Arabic per cent sign.
        QTest::newRow("Arabic (Lebanon)") << "ar_LB" << 0.43 << QString::fromUtf8("٤٣٪\u061c");
        QTest::newRow("Arabic (Jordan)") << "ar_JO" << 1.0 << QString::fromUtf8("١٠٠٪\u061c");
    }

    void percentInEveryLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(double, share);
        QFETCH(QString, expected);
        QCOMPARE(NumberText::percent(share, QLocale(locale)), expected);
    }

    void percentValueKeepsItsDecimals()
    {
        QCOMPARE(NumberText::percentValue(12.6, 1, QLocale(QStringLiteral("en_GB"))),
                 QStringLiteral("12.6%"));
        QCOMPARE(NumberText::percentValue(12.6, 1, QLocale(QStringLiteral("nl_BE"))),
                 QStringLiteral("12,6%"));
        QCOMPARE(NumberText::percentValue(12.6, 1, QLocale(QStringLiteral("el_GR"))),
                 QStringLiteral("12,6%"));
        QCOMPARE(NumberText::percentValue(12.6, 1, QLocale(QStringLiteral("ar_LB"))),
                 QString::fromUtf8("١٢٫٦٪\u061c"));
        QCOMPARE(NumberText::percentValue(50, 0, QLocale(QStringLiteral("ar_MA"))),
                 QString::fromUtf8("50\u200e%\u200e"));
    }

    void signedNumbers()
    {
        const QLocale english(QStringLiteral("en_GB"));
        QCOMPARE(NumberText::signedNumber(17, english), QStringLiteral("+17"));
        QCOMPARE(NumberText::signedNumber(-4, english), QStringLiteral("-4"));
        QCOMPARE(NumberText::signedNumber(0, english), QStringLiteral("0"));
        QCOMPARE(NumberText::signedNumber(1200, QLocale(QStringLiteral("el_GR"))),
                 QStringLiteral("+1.200"));
        // Arabic's signs carry the mark that keeps them before the number.
        QCOMPARE(NumberText::signedNumber(17, QLocale(QStringLiteral("ar_MA"))),
                 QString::fromUtf8("\u200e+17"));
        QCOMPARE(NumberText::signedNumber(-17, QLocale(QStringLiteral("ar_LB"))),
                 QString::fromUtf8("\u061c-١٧"));
    }

    // What the officer sees: drawn in a right-to-left line (an Arabic window, or -reverse), a
    // Moroccan share reads as in a line of its own; a French one showed "% 43" until the line
    // isolates it, as the application's style does.
    void percentReadsRightInALineOfTheOtherDirection()
    {
        const auto drawn = [](const QString& text, Qt::LayoutDirection line) {
            QImage image(200, 32, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setLayoutDirection(line);
            painter.drawText(image.rect(), Qt::AlignLeft | Qt::AlignAbsolute, text);
            return image;
        };
        const QString moroccan = NumberText::percent(0.43, QLocale(QStringLiteral("ar_MA")));
        QCOMPARE(drawn(moroccan, Qt::RightToLeft), drawn(moroccan, Qt::LeftToRight));
        const QString french = NumberText::percent(0.43, QLocale(QStringLiteral("fr_FR")));
        QVERIFY(drawn(french, Qt::RightToLeft) != drawn(french, Qt::LeftToRight));
        QCOMPARE(drawn(BidiText::inLine(french, Qt::RightToLeft, Qt::LeftToRight), Qt::RightToLeft),
                 drawn(french, Qt::LeftToRight));
    }
};

QTEST_MAIN(TestNumberText)
#include "TestNumberText.moc"
