// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translator.h"
#include "reports/ReportLanguage.h"
#include "stakeholders/StakeholderCsvColumns.h"
#include "stakeholders/StakeholderImportWords.h"

#include <QTest>

// Headers and values in English or French, whatever their case, accents and dashes.
class TestStakeholderCsvColumns : public QObject
{
    Q_OBJECT

    using Column = StakeholderCsvColumns::Column;

private slots:
    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("column");
        const QList<std::pair<const char*, Column>> cases = {
            {"name", Column::Name},
            {"NOM", Column::Name},
            {"Kind", Column::Kind},
            {"type", Column::Kind},
            {"level", Column::Level},
            {"Niveau", Column::Level},
            {"themes", Column::Themes},
            {"Thèmes", Column::Themes},
            {"THÈMES", Column::Themes},
            {"influence", Column::Influence},
            {"Interest", Column::Interest},
            {"intérêt", Column::Interest},
            {"contact", Column::Contact},
            {"Email", Column::Email},
            {"e-mail", Column::Email},
            {"Courriel", Column::Email},
            {"phone", Column::Phone},
            {"Téléphone", Column::Phone},
            {"notes", Column::Notes},
            {" Notes ", Column::Notes},
            {"notes_private", Column::NotesPrivate},
            {"Notes privées", Column::NotesPrivate},
            {"Private notes", Column::NotesPrivate},
        };
        for (const auto& [header, column] : cases)
            QTest::newRow(header) << QString::fromUtf8(header) << int(column);
    }

    void headers()
    {
        QFETCH(QString, header);
        QFETCH(int, column);
        const auto c = StakeholderCsvColumns::fromHeader(header);
        QVERIFY(c);
        QCOMPARE(int(*c), column);
    }

    void unknownHeader()
    {
        QVERIFY(!StakeholderCsvColumns::fromHeader(QStringLiteral("stance of the moon")));
        QVERIFY(!StakeholderCsvColumns::fromHeader(QString()));
    }

    void exportKeysReadBack()
    {
        for (Column c : StakeholderCsvColumns::all())
            QCOMPARE(StakeholderCsvColumns::fromHeader(StakeholderCsvColumns::key(c)), c);
    }

    // A list exported by Passerelle in any of its languages reads back, and a list typed by an
    // officer in Fuenlabrada, Capaci, Livadia, Mechelen or Tangier with the words of its own.
    void headersInEveryLanguage()
    {
        for (const QString& code : Translator::availableLanguages()) {
            const ReportLanguage language(code);
            for (Column c : StakeholderCsvColumns::all()) {
                const QByteArray source = StakeholderCsvColumns::label(c).toUtf8();
                const QString header = language.translate("StakeholderCsvColumns", source.data());
                QVERIFY2(StakeholderCsvColumns::fromHeader(header) == c,
                         qPrintable(code + QStringLiteral(": ") + header));
            }
        }
        const QList<std::pair<const char*, Column>> typed = {
            {"Nombre", Column::Name},        {"Teléfono", Column::Phone},
            {"Referente", Column::Contact},  {"Posta elettronica", Column::Email},
            {"Επωνυμία", Column::Name},      {"ΤΗΛΈΦΩΝΟ", Column::Phone},
            {"Opmerkingen", Column::Notes},  {"GSM", Column::Phone},
            {"الجهة المعنية", Column::Name}, {"رقم الهاتف", Column::Phone},
            {"Thema's", Column::Themes},     {"Ámbito", Column::Level},
        };
        for (const auto& [header, column] : typed)
            QVERIFY2(StakeholderCsvColumns::fromHeader(QString::fromUtf8(header)) == column,
                     header);
    }

    void kindsAndLevelsInEveryLanguage()
    {
        for (const QString& code : Translator::availableLanguages()) {
            const ReportLanguage language(code);
            for (Stakeholder::Kind k : Stakeholder::allKinds()) {
                const QByteArray source = Stakeholder::label(k).toUtf8();
                const QString label = language.translate("Stakeholder", source.data());
                QVERIFY2(StakeholderCsvColumns::kindFrom(label) == k,
                         qPrintable(code + QStringLiteral(": ") + label));
            }
            for (Stakeholder::Level l : Stakeholder::allLevels()) {
                const QByteArray source = Stakeholder::label(l).toUtf8();
                const QString label = language.translate("Stakeholder", source.data());
                QVERIFY2(StakeholderCsvColumns::levelFrom(label) == l,
                         qPrintable(code + QStringLiteral(": ") + label));
            }
        }
        // Every word names one kind and one level only: the first match would hide the other.
        for (Stakeholder::Kind k : Stakeholder::allKinds()) {
            for (const QString& word : StakeholderImportWords::kindWords(k))
                QVERIFY2(StakeholderCsvColumns::kindFrom(word) == k, qPrintable(word));
        }
        for (Stakeholder::Level l : Stakeholder::allLevels()) {
            for (const QString& word : StakeholderImportWords::levelWords(l))
                QVERIFY2(StakeholderCsvColumns::levelFrom(word) == l, qPrintable(word));
        }
        using K = Stakeholder::Kind;
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("Ayuntamiento")), K::Municipal);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("Onlus")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("VZW")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("Δήμος")), K::Municipal);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("جمعية")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("Moskee")), K::Religious);
    }

    void yesNo()
    {
        for (const char* yes : {"yes", "Yes", " YES ", "1", "true", "x", "oui", "Oui", "Sí", "si",
                                "sì", "Ja", "Ναι", "ΝΑΙ", "نعم"})
            QCOMPARE(StakeholderCsvColumns::yesNoFrom(QString::fromUtf8(yes)), true);
        for (const char* no : {"no", "No", "0", "false", "non", "NON", "Nee", "όχι", "Όχι", "لا"})
            QCOMPARE(StakeholderCsvColumns::yesNoFrom(QString::fromUtf8(no)), false);
        QVERIFY(!StakeholderCsvColumns::yesNoFrom(QStringLiteral("maybe")));
        QVERIFY(!StakeholderCsvColumns::yesNoFrom(QString()));
        for (bool value : {true, false}) {
            QCOMPARE(StakeholderCsvColumns::yesNoFrom(StakeholderCsvColumns::yesNoKey(value)),
                     value);
        }
    }

    void writtenByPolicy()
    {
        // Left out: no contact column, and no private flag without the private notes.
        QCOMPARE(StakeholderCsvColumns::written(PersonalData::Policy::LeaveOut),
                 (QList<Column>{Column::Name, Column::Kind, Column::Level, Column::Themes,
                                Column::Influence, Column::Interest, Column::Notes}));
        QCOMPARE(StakeholderCsvColumns::written(PersonalData::Policy::Include),
                 StakeholderCsvColumns::all());
        // Every column names the city file's column it carries.
        for (Column c : StakeholderCsvColumns::all()) {
            QVERIFY(!StakeholderCsvColumns::source(c).table.isEmpty());
            QVERIFY(!StakeholderCsvColumns::source(c).column.isEmpty());
        }
    }

    void kinds()
    {
        using K = Stakeholder::Kind;
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("ngo")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("ONG ou société civile")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("ong ou societe civile")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("NGO or civil society")), K::Ngo);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("Government agency")),
                 K::GovernmentAgency);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("government_agency")),
                 K::GovernmentAgency);
        QCOMPARE(StakeholderCsvColumns::kindFrom(QStringLiteral("Secteur privé ou employeur")),
                 K::PrivateSector);
        for (K k : Stakeholder::allKinds()) {
            QCOMPARE(StakeholderCsvColumns::kindFrom(Stakeholder::toText(k)), k);
            QCOMPARE(StakeholderCsvColumns::kindFrom(Stakeholder::label(k)), k);
        }
        QVERIFY(!StakeholderCsvColumns::kindFrom(QStringLiteral("spaceship")));
        QVERIFY(!StakeholderCsvColumns::kindFrom(QString()));
    }

    void levels()
    {
        using L = Stakeholder::Level;
        QCOMPARE(StakeholderCsvColumns::levelFrom(QStringLiteral("Régional")), L::Regional);
        QCOMPARE(StakeholderCsvColumns::levelFrom(QStringLiteral("REGIONAL")), L::Regional);
        for (L l : Stakeholder::allLevels())
            QCOMPARE(StakeholderCsvColumns::levelFrom(Stakeholder::toText(l)), l);
        QVERIFY(!StakeholderCsvColumns::levelFrom(QStringLiteral("galactic")));
    }

    void lists()
    {
        const QStringList expected = {QStringLiteral("A"), QStringLiteral("B c")};
        QCOMPARE(StakeholderCsvColumns::splitList(QStringLiteral("A; B c")), expected);
        QCOMPARE(StakeholderCsvColumns::splitList(QStringLiteral("A|B c|")), expected);
        QCOMPARE(StakeholderCsvColumns::splitList(QStringLiteral(" A , B c ")), expected);
        QCOMPARE(StakeholderCsvColumns::splitList(QStringLiteral("Health, care; Housing")),
                 (QStringList{QStringLiteral("Health, care"), QStringLiteral("Housing")}));
        QVERIFY(StakeholderCsvColumns::splitList(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStakeholderCsvColumns)
#include "TestStakeholderCsvColumns.moc"
