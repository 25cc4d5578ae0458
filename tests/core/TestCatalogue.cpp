// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "catalogue/Catalogue.h"
#include "catalogue/TableSelect.h"
#include "storage/PersonalData.h"
#include "storage/SchemaCheck.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// The catalogue describes the schema a new file gets, exactly: every table and only those,
// each column with its type and NOT NULL, each reference with what a delete does, and the
// personal-data rows. A description that drifts from schema_v1.sql fails here.
class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    static QStringList rows(QSqlQuery& q, const QString& sql)
    {
        QStringList out;
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + sql};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            out << fields.join(QLatin1Char(' '));
        }
        return out;
    }

    std::unique_ptr<TestCity> m_city;

private slots:
    void init()
    {
        // Each test in its own folder and file.
        m_city = TestCity::create();
        QVERIFY(m_city);
    }

    void cleanup() { m_city.reset(); }

    void describesEveryTableOfTheSchemaInItsOrder()
    {
        QSqlQuery q(m_city->file().database());
        const QStringList inFile = rows(q, QStringLiteral("SELECT name FROM sqlite_schema "
                                                          "WHERE type = 'table' ORDER BY rowid"));
        QVERIFY(inFile.size() > 30);
        QCOMPARE(Catalogue::tableNames(), inFile);
        for (const QString& name : inFile) {
            const TableDescription* table = Catalogue::table(name);
            QVERIFY2(table, qPrintable(name));
            QCOMPARE(table->tableName(), name);
            // Records belong to a repository; only the file's own tables belong to the file.
            QCOMPARE(table->record, table->owner != TableDescription::Owner::File);
            QCOMPARE(table->record, table->merge != TableDescription::Merge::Never ||
                                        name == QLatin1String("city"));
        }
        QVERIFY(!Catalogue::table(u"sqlite_master"));
        // The file's own: file_meta, personal_data, partner_import, merge_base.
        QCOMPARE(Catalogue::recordTableNames().size(), inFile.size() - 4);
    }

    void columnsAreTheSchemas()
    {
        QSqlQuery q(m_city->file().database());
        for (const TableDescription& table : Catalogue::tables()) {
            const QStringList inFile = rows(
                q, QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info('%1') "
                                  "ORDER BY cid")
                       .arg(table.tableName()));
            QStringList described;
            for (const ColumnDescription& c : table.columns) {
                const int key = int(table.primaryKey.indexOf(c.name)) + 1;
                described << QStringLiteral("%1 %2 %3 %4")
                                 .arg(c.columnName(), c.sqlType())
                                 .arg(int(c.notNull))
                                 .arg(key);
            }
            QCOMPARE(described, inFile);
            if (table.record) {
                QCOMPARE(
                    table.columnNames().mid(0, 4),
                    QStringList({QStringLiteral("id"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("origin_city")}));
            }
            QCOMPARE(table.indexOf(u"no_such_column"), -1);
        }
    }

    void foreignKeysAreTheSchemas()
    {
        QSqlQuery q(m_city->file().database());
        int references = 0;
        for (const TableDescription& table : Catalogue::tables()) {
            QStringList inFile =
                rows(q, QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete "
                                       "FROM pragma_foreign_key_list('%1')")
                            .arg(table.tableName()));
            QStringList described;
            for (const ForeignKeyDescription& key : table.foreignKeys) {
                described << QStringLiteral("%1 %2 id %3")
                                 .arg(key.columnName(), key.referencedTable(), key.onDeleteText());
                // Every reference is to a described table, by a described column.
                QVERIFY(Catalogue::table(key.referencedTable()));
                QVERIFY(table.column(key.columnName()));
                QCOMPARE(table.foreignKey(key.columnName()), &key);
            }
            inFile.sort();
            described.sort();
            QCOMPARE(described, inFile);
            references += int(described.size());
        }
        QVERIFY(references > 30);
        // Seen from the other side, as RecordStore follows them.
        int seen = 0;
        for (const QString& name : Catalogue::tableNames()) {
            for (const Catalogue::Reference& ref : Catalogue::referencesTo(name)) {
                QCOMPARE(ref.key->referencedTable(), name);
                ++seen;
            }
        }
        QCOMPARE(seen, references);
    }

    void personalDataRowsAreTheCatalogues()
    {
        QStringList described;
        for (const TableDescription& table : Catalogue::tables()) {
            for (const ColumnDescription& c : table.columns) {
                if (c.personal == ColumnDescription::Personal::No)
                    continue;
                QCOMPARE(c.privateFlag != nullptr,
                         c.personal == ColumnDescription::Personal::WhereFlagged);
                if (c.privateFlag)
                    QVERIFY(table.column(QLatin1String(c.privateFlag)));
                described << table.tableName() + QLatin1Char(' ') + c.columnName() +
                                 QLatin1Char(' ') + QLatin1String(c.privateFlag);
            }
        }
        QSqlQuery q(m_city->file().database());
        QStringList inFile = rows(q, QStringLiteral("SELECT table_name, column_name, "
                                                    "coalesce(private_flag_column, '') "
                                                    "FROM personal_data"));
        QCOMPARE(inFile.size(), 13);
        inFile.sort();
        described.sort();
        QCOMPARE(described, inFile);
    }
    void personalDataRowsAreVersion1s()
    {
        // The rows every version-1 file has held since the format was published, in their
        // order: a new file's are the same, rowid for rowid.
        const QStringList version1 = {
            QStringLiteral("1 contact_person name "),
            QStringLiteral("2 contact_person role "),
            QStringLiteral("3 contact_person email "),
            QStringLiteral("4 contact_person phone "),
            QStringLiteral("5 contact_person preferred_language "),
            QStringLiteral("6 stakeholder notes notes_private"),
            QStringLiteral("7 answer answered_by "),
            QStringLiteral("8 consultation participants "),
            QStringLiteral("9 progress_entry author "),
            QStringLiteral("10 exchange participants "),
            // Version 3's, after them in a new file as in an updated one.
            QStringLiteral("11 partner_city contact_name "),
            QStringLiteral("12 partner_city contact_email "),
            QStringLiteral("13 partner_city contact_phone "),
        };
        QSqlQuery q(m_city->file().database());
        QCOMPARE(
            rows(q, QStringLiteral("SELECT rowid, table_name, column_name, private_flag_column "
                                   "FROM personal_data ORDER BY rowid")),
            version1);
        QStringList compiled;
        int rowid = 0;
        for (const PersonalData::Column& c : PersonalData::columns())
            compiled
                << QStringLiteral("%1 %2 %3 %4").arg(++rowid).arg(c.table, c.column, c.privateFlag);
        QCOMPARE(compiled, version1);
    }

    void schemaCheckExpectsTheCatalogue()
    {
        // SchemaCheck builds what it expects from schema_v1.sql: the same tables as the
        // catalogue, and the catalogue's personal-data rows, which a new file holds.
        const SchemaCheck::Expected expected = SchemaCheck::expected();
        QStringList tables;
        for (const SchemaCheck::Object& object : expected.objects) {
            if (object.type == QLatin1String("table"))
                tables << object.name;
        }
        QCOMPARE(tables, Catalogue::tableNames());
        QCOMPARE(expected.personalData.size(), PersonalData::columns().size());
        QCOMPARE(SchemaCheck::personalDataRows(m_city->file().database()), expected.personalData);
        // Every index belongs to a described table.
        for (const SchemaCheck::Object& object : expected.objects) {
            const TableDescription* table = Catalogue::table(object.table);
            QVERIFY2(table, qPrintable(object.name));
        }
    }
    void selectsReadEveryColumnWhereTheySayItIs()
    {
        // What the repositories read rows with: every described column, at the index named.
        QSqlQuery q(m_city->file().database());
        for (const TableDescription& table : Catalogue::tables()) {
            const TableSelect select(table.name);
            QVERIFY2(q.exec(select.sql(QStringLiteral("LIMIT 1"))), qPrintable(select.sql()));
            const QSqlRecord record = q.record();
            QCOMPARE(record.count(), int(table.columns.size()));
            for (const ColumnDescription& c : table.columns)
                QCOMPARE(select.column(c.name), record.indexOf(c.columnName()));
        }
    }
    void partialSelectsReadOnlyTheNamedColumnsInTheirOrder()
    {
        // A summary of a large table reads a few columns, in the order it names them.
        const TableSelect select("stakeholder", {"notes", "id", "name"});
        QCOMPARE(select.sql(QStringLiteral("LIMIT 1")),
                 QStringLiteral("SELECT notes, id, name FROM stakeholder LIMIT 1"));
        QSqlQuery q(m_city->file().database());
        QVERIFY2(q.exec(select.sql(QStringLiteral("LIMIT 1"))), qPrintable(select.sql()));
        const QSqlRecord record = q.record();
        QCOMPARE(record.count(), 3);
        for (const char* name : {"notes", "id", "name"})
            QCOMPARE(select.column(name), record.indexOf(QLatin1String(name)));
        QCOMPARE(select.column("id"), 1);
    }
    void writesNameOnlyDescribedColumns()
    {
        // Names in SQL come from the catalogue: a write naming anything else is refused
        // before a statement is prepared, and nothing is written.
        RecordStore& store = m_city->repositories().store();
        QSqlQuery q(m_city->file().database());
        const QStringList before = rows(q, QStringLiteral("SELECT count(*) FROM theme"));
        RecordMeta meta;
        QVERIFY(!store.insertOne(
            "theme", meta, {{"name", QStringLiteral("Sport")}, {"colour", QStringLiteral("red")}}));
        QVERIFY(!store.insertOne("no_such_table", meta, {{"name", QStringLiteral("Sport")}}));
        QCOMPARE(rows(q, QStringLiteral("SELECT count(*) FROM theme")), before);
        QVERIFY(store.insertOne("theme", meta, {{"name", QStringLiteral("Sport")}}));
        // Valid SQL, were it pasted in: refused all the same.
        QVERIFY(!store.updateOne("theme", meta, {{"name = 'Hacked', position", 5}}));
        QCOMPARE(rows(q, QStringLiteral("SELECT count(*) FROM theme WHERE name = 'Hacked'")),
                 QStringList{QStringLiteral("0")});
        QVERIFY(store.updateOne("theme", meta, {{"name", QStringLiteral("Sports")}}));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "TestCatalogue.moc"
