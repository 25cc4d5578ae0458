// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "storage/PersonalData.h"

#include <QSqlQuery>
#include <QTest>

// The rule on personal data: the compiled list is the schema's personal_data table, and the
// answers for always-personal, flagged and ordinary columns under both policies.
class TestPersonalData : public QObject
{
    Q_OBJECT

private:
    using Policy = PersonalData::Policy;

private slots:
    void listIsTheSchemas()
    {
        // A new file holds what schema_v1.sql inserts: the compiled list must say the same,
        // or exports and the documented format would disagree.
        std::unique_ptr<TestCity> city = TestCity::create();
        QSqlQuery q(city->file().database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT table_name, column_name, private_flag_column FROM personal_data")));
        QList<PersonalData::Column> inFile;
        while (q.next())
            inFile.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        const auto order = [](const PersonalData::Column& a, const PersonalData::Column& b) {
            return std::tie(a.table, a.column) < std::tie(b.table, b.column);
        };
        QList<PersonalData::Column> compiled = PersonalData::columns();
        std::sort(inFile.begin(), inFile.end(), order);
        std::sort(compiled.begin(), compiled.end(), order);
        QCOMPARE(compiled, inFile);
    }

    void columnsAlwaysPersonal()
    {
        for (const char* column : {"name", "role", "email", "phone", "preferred_language"}) {
            const QString c = QLatin1String(column);
            QVERIFY(PersonalData::isAlwaysPersonal(QStringLiteral("contact_person"), c));
            QVERIFY(PersonalData::isPersonal(QStringLiteral("contact_person"), c, false));
            QVERIFY(!PersonalData::writes(Policy::LeaveOut, QStringLiteral("contact_person"), c));
            QVERIFY(
                !PersonalData::writesColumn(Policy::LeaveOut, QStringLiteral("contact_person"), c));
            QVERIFY(PersonalData::writes(Policy::Include, QStringLiteral("contact_person"), c));
        }
        QVERIFY(PersonalData::isAlwaysPersonal(QStringLiteral("answer"),
                                               QStringLiteral("answered_by")));
        QVERIFY(PersonalData::isAlwaysPersonal(QStringLiteral("exchange"),
                                               QStringLiteral("participants")));
        // Whether a person agreed to be contacted is no personal data on its own.
        QVERIFY(!PersonalData::isPersonal(QStringLiteral("contact_person"),
                                          QStringLiteral("consent_to_contact")));
    }

    void flaggedColumnPersonalWhereFlagged()
    {
        const QString table = QStringLiteral("stakeholder");
        const QString notes = QStringLiteral("notes");
        QVERIFY(!PersonalData::isAlwaysPersonal(table, notes));
        QCOMPARE(PersonalData::privateFlagOf(table, notes), QStringLiteral("notes_private"));
        QVERIFY(PersonalData::isPersonal(table, notes, true));
        QVERIFY(!PersonalData::isPersonal(table, notes, false));
        // Not knowing the row's flag, the answer is the cautious one.
        QVERIFY(PersonalData::isPersonal(table, notes));
        QVERIFY(PersonalData::writes(Policy::LeaveOut, table, notes, false));
        QVERIFY(!PersonalData::writes(Policy::LeaveOut, table, notes, true));
        QVERIFY(PersonalData::writes(Policy::Include, table, notes, true));
        QVERIFY(PersonalData::writesColumn(Policy::LeaveOut, table, notes));
    }

    void ordinaryColumns()
    {
        for (const char* column : {"name", "kind", "notes_private", "influence"}) {
            const QString c = QLatin1String(column);
            QVERIFY(!PersonalData::isPersonal(QStringLiteral("stakeholder"), c));
            QVERIFY(PersonalData::writes(Policy::LeaveOut, QStringLiteral("stakeholder"), c));
            QVERIFY(PersonalData::privateFlagOf(QStringLiteral("stakeholder"), c).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "TestPersonalData.moc"
