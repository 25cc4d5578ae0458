// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Money.h"

#include <QTest>

// Budgets as each language writes money, in whole units.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void amountsInEachLanguage()
    {
        const qint64 cents = 1234567;
        QCOMPARE(Money::format(cents, QStringLiteral("EUR"), QLocale(QStringLiteral("en_GB"))),
                 QStringLiteral("€12,346"));
        QCOMPARE(Money::format(cents, QStringLiteral("EUR"), QLocale(QStringLiteral("fr_FR"))),
                 QString::fromUtf8("12\u202f346\u00a0€"));
        QCOMPARE(Money::format(cents, QStringLiteral("EUR"), QLocale(QStringLiteral("nl_BE"))),
                 QString::fromUtf8("€\u00a012.346"));
        // A currency with no sign of its own here is named by its code.
        QVERIFY(Money::format(cents, QStringLiteral("SEK"), QLocale(QStringLiteral("en_GB")))
                    .contains(QLatin1String("SEK")));
    }

    // A city's own currency in its own language's sign: a Moroccan budget in dirhams reads
    // "د.م." in Arabic, not "MAD"; Lebanese pounds in Arabic-Indic digits.
    void theLocalesOwnCurrencyInItsOwnSign()
    {
        const QString dirhams =
            Money::format(1234567, QStringLiteral("MAD"), QLocale(QStringLiteral("ar_MA")));
        QVERIFY2(dirhams.contains(QString::fromUtf8("د.م.")), qPrintable(dirhams));
        QVERIFY2(!dirhams.contains(QLatin1String("MAD")), qPrintable(dirhams));
        QVERIFY2(dirhams.contains(QLatin1String("12.346")), qPrintable(dirhams));
        const QString pounds =
            Money::format(1234567, QStringLiteral("LBP"), QLocale(QStringLiteral("ar_LB")));
        QVERIFY2(pounds.contains(QString::fromUtf8("ل.ل.")), qPrintable(pounds));
        QVERIFY2(pounds.contains(QString::fromUtf8("١٢٬٣٤٦")), qPrintable(pounds));
        // Dirhams in a French interface keep their code.
        QVERIFY(Money::format(1234567, QStringLiteral("MAD"), QLocale(QStringLiteral("fr_FR")))
                    .contains(QLatin1String("MAD")));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
