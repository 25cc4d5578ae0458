// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

// The fallback chain picks the first preferred language Passerelle speaks, and English (the
// source language) counts as spoken although it has no translation file.
class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void listsEnglishFirstThenFrench()
    {
        const QStringList languages = Translator::availableLanguages();
        QVERIFY(languages.size() >= 2);
        QCOMPARE(languages.first(), QStringLiteral("en"));
        QVERIFY(languages.contains(QStringLiteral("fr")));
    }

    void namesLanguagesInTheirOwnLanguage()
    {
        QCOMPARE(Translator::languageName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Translator::languageName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void resolvesTheFallbackChain_data()
    {
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QString>("expected");
        QTest::newRow("french") << QStringList{"fr-FR", "fr"} << "fr";
        QTest::newRow("canadian french") << QStringList{"fr-CA"} << "fr";
        QTest::newRow("german then french") << QStringList{"de-DE", "fr-FR"} << "fr";
        QTest::newRow("english before french") << QStringList{"en-GB", "fr-FR"} << "en";
        QTest::newRow("unknown only") << QStringList{"sw-KE"} << "en";
        QTest::newRow("nothing") << QStringList{} << "en";
    }

    void resolvesTheFallbackChain()
    {
        QFETCH(QStringList, preferred);
        QFETCH(QString, expected);
        QCOMPARE(Translator::resolve(preferred), expected);
    }

    void installsAndReplaces()
    {
        Translator::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(Translator::currentLanguage(), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        // Qt's own French strings (standard buttons, file dialogs) come from qtbase_fr.qm,
        // which scripts/setup.sh installs (qt6-translations-l10n): without it a French officer
        // would meet "Cancel" and "Save" among French labels, so its absence is a failure.
        const QString catalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm");
        QVERIFY2(QFileInfo::exists(catalogue),
                 qPrintable(QStringLiteral("%1 is missing: install qt6-translations-l10n "
                                           "(scripts/setup.sh does)")
                                .arg(catalogue)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));

        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(Translator::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QLocale::setDefault(QLocale::c());
    }

    // Every language the program speaks, with Qt's own strings in it too where Qt has them.
    void speaksSevenLanguages()
    {
        QCOMPARE(Translator::availableLanguages(),
                 QStringList({"en", "ar", "el", "es", "fr", "it", "nl"}));
        QCOMPARE(Translator::languageName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(Translator::languageName(QStringLiteral("el")), QStringLiteral("Ελληνικά"));
        Translator::install(*QCoreApplication::instance(), QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("AboutDialog", "About Passerelle"),
                 QStringLiteral("Acerca de Passerelle"));
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    // Numbers and dates as the reader writes them: Latin digits in Morocco and Tunisia,
    // Arabic-Indic ones in Lebanon and Egypt; a system of the chosen language keeps its region.
    void numbersInTheReadersConvention_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("locale");
        QTest::newRow("Arabic in Morocco") << "ar"
                                           << "ar_MA"
                                           << "12.345,5"
                                           << "ar_MA";
        QTest::newRow("Arabic in Tunisia") << "ar"
                                           << "ar_TN"
                                           << "12.345,5"
                                           << "ar_TN";
        QTest::newRow("Arabic in Lebanon") << "ar"
                                           << "ar_LB"
                                           << "١٢٬٣٤٥٫٥"
                                           << "ar_LB";
        QTest::newRow("Arabic, English system") << "ar"
                                                << "en_GB"
                                                << "١٢٬٣٤٥٫٥"
                                                << "ar_EG";
        QTest::newRow("Arabic, French system in Morocco") << "ar"
                                                          << "fr_MA"
                                                          << "12.345,5"
                                                          << "ar_MA";
        QTest::newRow("Dutch, French system in Belgium") << "nl"
                                                         << "fr_BE"
                                                         << "12.345,5"
                                                         << "nl_BE";
        QTest::newRow("Spanish, French system in France") << "es"
                                                          << "fr_FR"
                                                          << "12.345,5"
                                                          << "es_ES";
        QTest::newRow("Greek") << "el"
                               << "fr_FR"
                               << "12.345,5"
                               << "el_GR";
        QTest::newRow("Dutch in Flanders") << "nl"
                                           << "nl_BE"
                                           << "12.345,5"
                                           << "nl_BE";
        QTest::newRow("French in Belgium") << "fr"
                                           << "fr_BE"
                                           << "12\u202f345,5"
                                           << "fr_BE";
    }

    void numbersInTheReadersConvention()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, number);
        QFETCH(QString, locale);
        const QLocale chosen = Translator::localeFor(language, QLocale(system));
        QCOMPARE(chosen.name(), locale);
        QCOMPARE(chosen.toString(12345.5, 'f', 1), number);
        // What is stored never depends on it: the number reads back the same.
        bool ok = false;
        QCOMPARE(chosen.toDouble(number, &ok), 12345.5);
        QVERIFY(ok);
    }

    // A translator tries a changed .qm without rebuilding: PASSERELLE_TRANSLATIONS wins.
    void aTrialFolderComesFirst()
    {
        QTemporaryDir dir;
        // Spanish under the French name: what install("fr") loads shows which file it read.
        QVERIFY(QFile::copy(QStringLiteral(":/i18n/passerelle_es.qm"),
                            dir.filePath(QStringLiteral("passerelle_fr.qm"))));
        qputenv("PASSERELLE_TRANSLATIONS", dir.path().toLocal8Bit());
        Translator::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("AboutDialog", "About Passerelle"),
                 QStringLiteral("Acerca de Passerelle"));
        // A folder without the language: the built-in translation.
        Translator::install(*QCoreApplication::instance(), QStringLiteral("it"));
        QCOMPARE(QCoreApplication::translate("AboutDialog", "About Passerelle"),
                 QStringLiteral("Informazioni su Passerelle"));
        qunsetenv("PASSERELLE_TRANSLATIONS");
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "TestTranslator.moc"
