// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeTesting.h"

#include "TestCity.h"
#include "common/RecordMeta.h"
#include "merge/MergePlanner.h"
#include "merge/MergeSource.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace MergeTesting {

void exec(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

QString cityIdOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM city")) || !q.next())
        qFatal("no city");
    return q.value(0).toString();
}

QString addPractice(QSqlDatabase db, const QString& title, const QVariant& themeId)
{
    const QString id = RecordMeta::newId();
    const QString now = RecordMeta::toText(RecordMeta::now());
    exec(
        db,
        QStringLiteral("INSERT INTO good_practice (id, created_at, updated_at, origin_city, title, "
                       "city_name, theme_id, description, source) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {id, now, now, cityIdOf(db), title, QStringLiteral("Mechelen"), themeId,
         QStringLiteral("What was done"), QStringLiteral("Report 2025")});
    return id;
}

QString addTheme(QSqlDatabase db, const QString& name, const QString& given)
{
    const QString id = given.isEmpty() ? RecordMeta::newId() : given;
    const QString now = RecordMeta::toText(RecordMeta::now());
    exec(db,
         QStringLiteral("INSERT INTO theme (id, created_at, updated_at, origin_city, name, "
                        "position) VALUES (?, ?, ?, ?, ?, 99)"),
         {id, now, now, cityIdOf(db), name});
    return id;
}

void edit(QSqlDatabase db, const QString& table, const QString& id, const QString& column,
          const QVariant& value)
{
    // Names from the tests themselves.
    exec(db, QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?").arg(table, column),
         {value, RecordMeta::toText(RecordMeta::now()), id});
}

void copyRow(QSqlDatabase from, QSqlDatabase to, const QString& table, const QString& id)
{
    QSqlQuery q(from);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        qFatal("no %s %s", qPrintable(table), qPrintable(id));
    const QSqlRecord record = q.record();
    QStringList names;
    QStringList marks;
    QVariantList values;
    for (int i = 0; i < record.count(); ++i) {
        names << record.fieldName(i);
        marks << QStringLiteral("?");
        values << q.value(i);
    }
    exec(to,
         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
             .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
         values);
}

QStringList dump(QSqlDatabase db, const QStringList& tables)
{
    QStringList out;
    for (const QString& table : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("%s", qPrintable(table));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.isNull() ? QStringLiteral("<null>")
                                     : QString::fromLatin1(v.typeName()) + u':' + v.toString());
            }
            rows << cells.join(u'|');
        }
        rows.sort();
        out << table << rows;
    }
    return out;
}

QStringList touchedTables()
{
    return {QStringLiteral("good_practice"),      QStringLiteral("exchange"),
            QStringLiteral("stakeholder"),        QStringLiteral("partner_city"),
            QStringLiteral("checklist_template"), QStringLiteral("checklist_area"),
            QStringLiteral("checklist_item"),     QStringLiteral("contact_person"),
            QStringLiteral("merge_base"),         QStringLiteral("partner_import")};
}

Result<MergePlan> plan(TestCity& city, QSqlDatabase partner, const MergeSelection& selection)
{
    Result<MergeSource> source = MergeSource::open(partner);
    if (!source)
        return source.error();
    return MergePlanner(city.file().database(), city.file().cityId())
        .plan(source.value(), selection);
}

} // namespace MergeTesting
