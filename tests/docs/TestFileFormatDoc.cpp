// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/Catalogue.h"
#include "storage/Schema.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// docs/file-format.md is what partner cities and other tools rely on: every table of the schema
// has a "### Table `name`" section whose column list names every column, and nothing it lists
// has disappeared from the schema; the type, NULL and reference it gives each column are the
// catalogue's (core/catalogue, itself checked against the schema by test_catalogue).
class TestFileFormatDoc : public QObject
{
    Q_OBJECT

private:
    const QString m_connection = QStringLiteral("fileformatdoc");
    QString m_doc;
    // Table name -> the names in the first cell of each row of its column list.
    QHash<QString, QSet<QString>> m_documented;
    QSqlDatabase m_db;

    QStringList tables() const
    {
        QStringList names;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    QStringList columns(const QString& table) const
    {
        QStringList names;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(table);
        q.exec();
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static QHash<QString, QSet<QString>> parseTableSections(const QString& doc)
    {
        static const QRegularExpression heading(QStringLiteral("^### Table `([^`]+)`"));
        static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
        QHash<QString, QSet<QString>> result;
        QString current;
        const QStringList lines = doc.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("#"))) {
                const QRegularExpressionMatch m = heading.match(line);
                current = m.hasMatch() ? m.captured(1) : QString();
                if (!current.isEmpty())
                    result.insert(current, {});
                continue;
            }
            if (current.isEmpty() || !line.startsWith(QLatin1Char('|')))
                continue;
            const QString firstCell = line.section(QLatin1Char('|'), 1, 1);
            auto it = code.globalMatch(firstCell);
            while (it.hasNext())
                result[current].insert(it.next().captured(1));
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(PASSERELLE_SOURCE_DIR "/docs/file-format.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable(file.fileName() + QStringLiteral(" cannot be read")));
        m_doc = QString::fromUtf8(file.readAll());
        m_documented = parseTableSections(m_doc);

        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        const Result<void> created = Schema::create(m_db);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(tables().size() > 2);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void everyTableAndColumnIsDocumented()
    {
        QStringList missing;
        for (const QString& table : tables()) {
            if (!m_documented.contains(table)) {
                missing << QStringLiteral("section \"### Table `%1`\"").arg(table);
                continue;
            }
            for (const QString& column : columns(table)) {
                if (!m_documented.value(table).contains(column))
                    missing << QStringLiteral("%1.%2").arg(table, column);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("docs/file-format.md lacks: ") + missing.join(u", ")));
    }

    void nothingDocumentedIsGone()
    {
        const QStringList existing = tables();
        QStringList stale;
        for (auto it = m_documented.cbegin(); it != m_documented.cend(); ++it) {
            if (!existing.contains(it.key())) {
                stale << it.key();
                continue;
            }
            const QStringList cols = columns(it.key());
            for (const QString& name : it.value()) {
                if (!cols.contains(name))
                    stale << QStringLiteral("%1.%2").arg(it.key(), name);
            }
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("docs/file-format.md describes what the schema no "
                                           "longer has: ") +
                            stale.join(u", ")));
    }

    void everyIndexIsNamed()
    {
        QStringList missing;
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")));
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (!m_doc.contains(QLatin1Char('`') + name + QLatin1Char('`')))
                missing << name;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("indexes not documented: ") + missing.join(u", ")));
    }

    void personalDataIsListed()
    {
        QStringList missing;
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT table_name, column_name FROM personal_data")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString name =
                QStringLiteral("`%1.%2`").arg(q.value(0).toString(), q.value(1).toString());
            if (!m_doc.contains(name))
                missing << name;
        }
        QVERIFY(rows > 0);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("personal data not listed: ") + missing.join(u", ")));
    }

    void typesNullsAndReferencesAreTheCatalogues()
    {
        // Each row of a table's column list: names | type | null / default | constraint | ...
        static const QRegularExpression heading(QStringLiteral("^### Table `([^`]+)`"));
        static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
        static const QRegularExpression reference(
            QStringLiteral("→ `([^`]+)`, (cascade|set null|restrict)"));
        QStringList wrong;
        QSet<QString> referencesDocumented;
        const TableDescription* table = nullptr;
        for (const QString& line : m_doc.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#'))) {
                const QRegularExpressionMatch m = heading.match(line);
                table = m.hasMatch() ? Catalogue::table(m.captured(1)) : nullptr;
                continue;
            }
            const QStringList cells = line.split(QLatin1Char('|'));
            if (!table || !line.startsWith(QLatin1Char('|')) || cells.size() < 6)
                continue;
            const QString type = cells.at(2).trimmed();
            const bool nullable = cells.at(3).trimmed() == QLatin1String("null");
            const QRegularExpressionMatch ref = reference.match(cells.at(4));
            for (auto it = code.globalMatch(cells.at(1)); it.hasNext();) {
                const QString name = it.next().captured(1);
                const QString where = table->tableName() + QLatin1Char('.') + name;
                const ColumnDescription* column = table->column(name);
                if (!column) {
                    wrong << where + QStringLiteral(" (not described)");
                    continue;
                }
                if (column->sqlType() != type || column->notNull == nullable)
                    wrong << where + QStringLiteral(" (type or null)");
                const ForeignKeyDescription* key = table->foreignKey(name);
                const QString documented =
                    ref.hasMatch() ? ref.captured(1) + QLatin1Char(' ') + ref.captured(2)
                                   : QString();
                const QString described =
                    key ? key->referencedTable() + QLatin1Char(' ') + key->onDeleteText().toLower()
                        : QString();
                if (documented != described)
                    wrong << where + QStringLiteral(" (reference)");
                if (key)
                    referencesDocumented.insert(where);
            }
        }
        int references = 0;
        for (const TableDescription& t : Catalogue::tables())
            references += int(t.foreignKeys.size());
        QCOMPARE(referencesDocumented.size(), references);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("docs/file-format.md differs from the catalogue: ") +
                            wrong.join(u", ")));
    }

    void identityAndVersionMatch()
    {
        const QString applicationId =
            QStringLiteral("0x") + QString::number(Schema::applicationId, 16).toUpper();
        QVERIFY2(m_doc.contains(applicationId), qPrintable(applicationId));
        const QString version =
            QStringLiteral("The current format version is **%1**.").arg(Schema::currentVersion);
        QVERIFY2(m_doc.contains(version), qPrintable(version));
    }
};

QTEST_GUILESS_MAIN(TestFileFormatDoc)
#include "TestFileFormatDoc.moc"
