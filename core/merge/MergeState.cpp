// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeState.h"

#include "storage/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

std::pair<QString, QString> split(const QString& key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    return {key.left(colon), key.mid(colon + 1)};
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<MergeState> MergeState::read(QSqlDatabase db, const QString& partnerCity)
{
    MergeState state;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT imported_at, shared_at, city_name FROM partner_import WHERE partner_city = ?"));
    query.addBindValue(partnerCity);
    if (!query.exec())
        return RecordStore::sqlError(query.lastError().text());
    if (query.next())
        state.import =
            Import{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral(
        "SELECT table_name, record_id, row_hash FROM merge_base WHERE partner_city = ?"));
    rows.addBindValue(partnerCity);
    if (!rows.exec())
        return RecordStore::sqlError(rows.lastError().text());
    while (rows.next())
        state.hashes.insert(key(rows.value(0).toString(), rows.value(1).toString()),
                            rows.value(2).toString());
    return state;
}

Result<void> MergeState::write(QSqlDatabase db, const QString& partnerCity, const MergeState& from,
                               const MergeState& to)
{
    if (from.import != to.import) {
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM partner_import WHERE partner_city = ?"));
        drop.addBindValue(partnerCity);
        if (!drop.exec())
            return RecordStore::sqlError(drop.lastError().text());
        if (to.import) {
            QSqlQuery put(db);
            put.prepare(QStringLiteral("INSERT INTO partner_import (partner_city, imported_at, "
                                       "shared_at, city_name) VALUES (?, ?, ?, ?)"));
            put.addBindValue(partnerCity);
            put.addBindValue(to.import->importedAt);
            put.addBindValue(nullable(to.import->sharedAt));
            put.addBindValue(to.import->cityName);
            if (!put.exec())
                return RecordStore::sqlError(put.lastError().text());
        }
    }
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral(
        "DELETE FROM merge_base WHERE partner_city = ? AND table_name = ? AND record_id = ?"));
    for (auto it = from.hashes.cbegin(); it != from.hashes.cend(); ++it) {
        if (to.hashes.contains(it.key()))
            continue;
        const auto [table, id] = split(it.key());
        drop.addBindValue(partnerCity);
        drop.addBindValue(table);
        drop.addBindValue(id);
        if (!drop.exec())
            return RecordStore::sqlError(drop.lastError().text());
    }
    QSqlQuery put(db);
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO merge_base (partner_city, table_name, "
                               "record_id, row_hash) VALUES (?, ?, ?, ?)"));
    for (auto it = to.hashes.cbegin(); it != to.hashes.cend(); ++it) {
        if (from.hashes.value(it.key()) == it.value())
            continue;
        const auto [table, id] = split(it.key());
        put.addBindValue(partnerCity);
        put.addBindValue(table);
        put.addBindValue(id);
        put.addBindValue(it.value());
        if (!put.exec())
            return RecordStore::sqlError(put.lastError().text());
    }
    return {};
}
