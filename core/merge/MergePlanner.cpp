// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergePlanner.h"

#include "catalogue/Catalogue.h"
#include "common/RecordMeta.h"
#include "common/TextFolding.h"
#include "merge/MergeSource.h"
#include "merge/RowHash.h"
#include "storage/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using Outcome = MergeRecord::Outcome;

const QString idColumn = QStringLiteral("id");

bool isIdentity(const QString& column)
{
    return column == QLatin1String(TableDescription::idColumn) ||
           column == QLatin1String(TableDescription::createdAtColumn) ||
           column == QLatin1String(TableDescription::updatedAtColumn) ||
           column == QLatin1String(TableDescription::originCityColumn);
}

} // namespace

struct MergePlanner::Context
{
    const MergeSource& source;
    MergePlan plan;
    // The partner's theme ids → this file's (empty: no theme here).
    QHash<QString, QString> themes;
    // This file's partner_city rows by the partner_city_uuid they name.
    QHash<QString, QString> partnerRows;
    // Names (folded) of the stakeholders this file holds or the merge adds → their ids.
    QHash<QString, QString> stakeholderKeys;

    // The partner's row as it would be written here: its identity, its shared columns with
    // its theme mapped, and this file's own columns (or, for a new record, their defaults).
    QVariantMap theirsRow(const MergeTables::Table& table, const QVariantMap& row,
                          const QVariantMap& mine);
    QVariant partnerIdFor(const QString& originCity);
    QVariant mappedTheme(const QVariant& theirs) const
    {
        const QString mapped = themes.value(theirs.toString());
        return mapped.isEmpty() ? QVariant() : QVariant(mapped);
    }
};

QVariant MergePlanner::Context::partnerIdFor(const QString& originCity)
{
    if (originCity == plan.ownCity)
        return {};
    if (const QString row = partnerRows.value(originCity); !row.isEmpty())
        return row;
    if (plan.partnerRowId.isEmpty()) {
        const QString now = RecordMeta::toText(RecordMeta::now());
        plan.partnerRowId = RecordMeta::newId();
        plan.newPartnerRow =
            MergeTables::withDefaults(*Catalogue::table(QLatin1String("partner_city")),
                                      {{idColumn, plan.partnerRowId},
                                       {QStringLiteral("created_at"), now},
                                       {QStringLiteral("updated_at"), now},
                                       {QStringLiteral("origin_city"), plan.ownCity},
                                       {QStringLiteral("name"), source.cityName()},
                                       {QStringLiteral("country"), source.country()},
                                       {QStringLiteral("role"), QStringLiteral("peer")},
                                       {QStringLiteral("partner_city_uuid"), plan.partnerCity}});
    }
    return plan.partnerRowId;
}

QVariantMap MergePlanner::Context::theirsRow(const MergeTables::Table& table,
                                             const QVariantMap& row, const QVariantMap& mine)
{
    QVariantMap mapped = row;
    if (mapped.contains(QStringLiteral("theme_id")))
        mapped.insert(QStringLiteral("theme_id"),
                      mappedTheme(row.value(QStringLiteral("theme_id"))));
    QVariantMap out = MergeTables::withDefaults(*table.description, {});
    // A record held keeps its identity here, whatever the partner's file claims of it; only
    // the time of its last change is the partner's, with the content.
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (mine.isEmpty() || it.key() == QLatin1String(TableDescription::updatedAtColumn))
            it.value() = isIdentity(it.key()) ? row.value(it.key()) : it.value();
        else
            it.value() = mine.value(it.key());
    }
    const QVariantMap shared = MergeTables::sharedValues(table, mapped);
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        out.insert(it.key(), it.value());
    if (mine.isEmpty() && out.contains(QStringLiteral("partner_id")))
        out.insert(QStringLiteral("partner_id"),
                   partnerIdFor(row.value(QStringLiteral("origin_city")).toString()));
    if (table.kind == MergeTables::Kind::Stakeholders)
        out.insert(QStringLiteral("name_key"),
                   TextFolding::fold(out.value(QStringLiteral("name")).toString()));
    return out;
}

MergePlanner::MergePlanner(QSqlDatabase own, QString ownCity)
    : m_db(std::move(own)), m_ownCity(std::move(ownCity))
{
}

Result<MergePlan> MergePlanner::plan(const MergeSource& partner,
                                     const MergeSelection& selection) const
{
    if (partner.cityId() == m_ownCity)
        return Error{tr("This file is a copy of your own city’s file, not a partner’s: its "
                        "records are already yours. Choose the file a partner city shared.")};
    Context context{partner, {}, {}, {}, {}};
    context.plan.ownCity = m_ownCity;
    context.plan.partnerCity = partner.cityId();
    context.plan.partnerName = partner.cityName();
    context.plan.sharedAt = partner.sharedAt();
    Result<MergeState> before = MergeState::read(m_db, partner.cityId());
    if (!before)
        return before.error();
    context.plan.before = before.take();
    Result<QHash<QString, QString>> themes = themeMap(partner);
    if (!themes)
        return themes.error();
    context.themes = themes.take();
    QSqlQuery partners(m_db);
    if (!partners.exec(QStringLiteral("SELECT id, partner_city_uuid FROM partner_city WHERE "
                                      "partner_city_uuid IS NOT NULL ORDER BY rowid DESC")))
        return RecordStore::sqlError(partners.lastError().text());
    // The oldest row wins when two name the same city: it is the one read last.
    while (partners.next())
        context.partnerRows.insert(partners.value(1).toString(), partners.value(0).toString());
    context.plan.partnerRowId = context.partnerRows.value(partner.cityId());

    for (const MergeTables::Table& table : MergeTables::tables(selection)) {
        // As the catalogue says of each table: records taken only when new (checklists, with
        // their areas and items), or compared record by record.
        if (table.description->merge == TableDescription::Merge::Never)
            continue;
        const Result<void> done = table.description->merge == TableDescription::Merge::TakeNew
                                      ? planTemplates(context)
                                      : planTable(context, table);
        if (!done)
            return done.error();
    }
    return context.plan;
}

Result<QHash<QString, QVariantMap>> MergePlanner::ownRows(const TableDescription& table) const
{
    const QStringList names = table.columnNames();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                        .arg(names.join(QStringLiteral(", ")), table.tableName())))
        return RecordStore::sqlError(query.lastError().text());
    QHash<QString, QVariantMap> rows;
    while (query.next()) {
        QVariantMap row;
        for (qsizetype i = 0; i < names.size(); ++i)
            row.insert(names.at(i), query.value(int(i)));
        rows.insert(row.value(idColumn).toString(), row);
    }
    return rows;
}

Result<QHash<QString, QString>> MergePlanner::themeMap(const MergeSource& partner) const
{
    const TableDescription& theme = *Catalogue::table(QLatin1String("theme"));
    Result<QHash<QString, QVariantMap>> mine = ownRows(theme);
    if (!mine)
        return mine.error();
    Result<QList<QVariantMap>> theirs = partner.rows(theme);
    if (!theirs)
        return theirs.error();
    QHash<QString, QString> byKey;
    QHash<QString, QString> byName;
    for (const QVariantMap& t : std::as_const(mine.value())) {
        const QString id = t.value(idColumn).toString();
        if (const QString key = t.value(QStringLiteral("builtin_key")).toString(); !key.isEmpty())
            byKey.insert(key, id);
        byName.insert(TextFolding::fold(t.value(QStringLiteral("name")).toString()), id);
    }
    // The same theme by its id, else the same built-in theme (named in the partner's
    // language), else a theme of the same name; else none.
    QHash<QString, QString> map;
    for (const QVariantMap& t : std::as_const(theirs.value())) {
        const QString id = t.value(idColumn).toString();
        QString target;
        if (mine.value().contains(id))
            target = id;
        else if (const QString key = t.value(QStringLiteral("builtin_key")).toString();
                 !key.isEmpty() && byKey.contains(key))
            target = byKey.value(key);
        else
            target = byName.value(TextFolding::fold(t.value(QStringLiteral("name")).toString()));
        map.insert(id, target);
    }
    return map;
}

Result<void> MergePlanner::planTable(Context& context, const MergeTables::Table& table) const
{
    Result<QHash<QString, QVariantMap>> mineRows = ownRows(*table.description);
    if (!mineRows)
        return mineRows.error();
    const QHash<QString, QVariantMap>& mine = mineRows.value();
    Result<QList<QVariantMap>> theirsRows = context.source.rows(*table.description);
    if (!theirsRows)
        return theirsRows.error();
    const bool stakeholders = table.kind == MergeTables::Kind::Stakeholders;
    if (stakeholders) {
        for (const QVariantMap& row : mine)
            context.stakeholderKeys.insert(row.value(QStringLiteral("name_key")).toString(),
                                           row.value(idColumn).toString());
    }
    const QString name = table.name();
    const QHash<QString, QString>& base = context.plan.before.hashes;
    QSet<QString> seen;
    for (const QVariantMap& row : std::as_const(theirsRows.value())) {
        MergeRecord record;
        record.table = name;
        record.id = row.value(idColumn).toString();
        record.shared = table.shared;
        if (record.id.size() != 36 || seen.contains(record.id))
            continue; // the schema forbids both; a hostile file gets nothing from them
        seen.insert(record.id);
        record.mine = mine.value(record.id);
        record.theirs = context.theirsRow(table, row, record.mine);
        record.theirsHash =
            RowHash::of(table.shared, MergeTables::sharedValues(table, record.theirs));
        const QString mineHash =
            record.mine.isEmpty()
                ? QString()
                : RowHash::of(table.shared, MergeTables::sharedValues(table, record.mine));
        const QString baseHash = base.value(record.key());
        if (baseHash.isEmpty()) {
            if (record.mine.isEmpty())
                record.outcome = Outcome::Added;
            else
                record.outcome =
                    mineHash == record.theirsHash ? Outcome::Unchanged : Outcome::Conflict;
        } else if (record.theirsHash == baseHash || mineHash == record.theirsHash) {
            record.outcome = Outcome::Unchanged;
        } else if (!record.mine.isEmpty() && mineHash == baseHash) {
            record.outcome = Outcome::Updated;
        } else {
            record.outcome = Outcome::Conflict;
        }
        if (stakeholders && record.outcome != Outcome::Unchanged) {
            const QString key = record.theirs.value(QStringLiteral("name_key")).toString();
            const QString holder = context.stakeholderKeys.value(key, record.id);
            if (holder != record.id) {
                record.outcome = Outcome::Skipped;
                record.reason = tr("A stakeholder of the same name is already in your file.");
            } else if (record.outcome == Outcome::Added) {
                context.stakeholderKeys.insert(key, record.id);
            }
        }
        context.plan.records << record;
    }
    // What the partner's file no longer holds.
    const QString prefix = MergeState::key(name, QString());
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString id = it.key().mid(prefix.size());
        if (seen.contains(id))
            continue;
        if (!mine.contains(id)) {
            context.plan.forgotten.insert(it.key());
            continue;
        }
        MergeRecord record;
        record.table = name;
        record.id = id;
        record.shared = table.shared;
        record.outcome = Outcome::RemovalOffered;
        record.mine = mine.value(id);
        context.plan.records << record;
    }
    return {};
}

Result<void> MergePlanner::planTemplates(Context& context) const
{
    const MergeTables::Table table = MergeTables::table(MergeTables::Kind::Templates);
    Result<QHash<QString, QVariantMap>> mine = ownRows(*table.description);
    if (!mine)
        return mine.error();
    QHash<QString, QString> keys;
    for (const QVariantMap& row : std::as_const(mine.value()))
        keys.insert(row.value(QStringLiteral("template_key")).toString(),
                    row.value(idColumn).toString());
    Result<QList<QVariantMap>> theirs = context.source.rows(*table.description);
    if (!theirs)
        return theirs.error();
    // The partner's areas by template, and items by area: read once, whatever the count.
    const QList<MergeTables::Table> childTables = MergeTables::templateChildren();
    QHash<QString, QList<QVariantMap>> areas;
    QHash<QString, QList<QVariantMap>> items;
    for (int level = 0; level < 2; ++level) {
        Result<QList<QVariantMap>> rows = context.source.rows(*childTables.at(level).description);
        if (!rows)
            return rows.error();
        const QString parent =
            level == 0 ? QStringLiteral("template_id") : QStringLiteral("area_id");
        for (const QVariantMap& row : std::as_const(rows.value()))
            (level == 0 ? areas : items)[row.value(parent).toString()] << row;
    }
    for (const QVariantMap& row : std::as_const(theirs.value())) {
        MergeRecord record;
        record.table = table.name();
        record.id = row.value(idColumn).toString();
        record.shared = table.shared;
        if (record.id.size() != 36)
            continue;
        record.mine = mine.value().value(record.id);
        record.theirs = context.theirsRow(table, row, record.mine);
        record.theirsHash =
            RowHash::of(table.shared, MergeTables::sharedValues(table, record.theirs));
        // A checklist held is never changed by a merge: its versions are installed. One of the
        // same key is the same checklist (the built-in one, which every file holds under an id
        // of its own).
        if (!record.mine.isEmpty() ||
            keys.contains(record.theirs.value(QStringLiteral("template_key")).toString())) {
            record.outcome = Outcome::Unchanged;
        } else {
            record.outcome = Outcome::Added;
            for (const QVariantMap& area : areas.value(record.id)) {
                record.children << RowSnapshot::Row{childTables.at(0).name(),
                                                    context.theirsRow(childTables.at(0), area, {})};
                for (const QVariantMap& item : items.value(area.value(idColumn).toString()))
                    record.children << RowSnapshot::Row{
                        childTables.at(1).name(), context.theirsRow(childTables.at(1), item, {})};
            }
        }
        context.plan.records << record;
    }
    return {};
}
