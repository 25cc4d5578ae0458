// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeApplier.h"

#include "catalogue/Catalogue.h"
#include "common/RecordMeta.h"
#include "storage/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using Outcome = MergeRecord::Outcome;

const QString idColumn = QStringLiteral("id");

QString idOf(const QVariantMap& row)
{
    return row.value(idColumn).toString();
}

// The records whose rows a merge changed in place, for their repositories to read them again
// (KindAnnouncements announces a record in `nullified` as updated).
RowSnapshot updatedRecords(const QList<MergeChanges::Update>& updates, bool after)
{
    RowSnapshot snap;
    for (const MergeChanges::Update& u : updates)
        snap.nullified.append({u.table, idOf(after ? u.after : u.before), idColumn, {}});
    return snap;
}

} // namespace

Result<MergeChanges> MergeApplier::apply(const MergePlan& plan, const MergeDecisions& decisions,
                                         const QDateTime& now)
{
    MergeChanges changes;
    changes.partnerCity = plan.partnerCity;
    changes.before = plan.before;
    MergeState& after = changes.after;
    after = plan.before;
    QList<RowSnapshot::Row> added;
    for (const MergeRecord& record : plan.records) {
        const QString key = record.key();
        switch (record.outcome) {
        case Outcome::Added:
            added << RowSnapshot::Row{record.table, record.theirs};
            added << record.children;
            after.hashes.insert(key, record.theirsHash);
            break;
        case Outcome::Updated:
            changes.updated << MergeChanges::Update{record.table, record.mine, record.theirs};
            after.hashes.insert(key, record.theirsHash);
            break;
        case Outcome::Conflict:
            if (decisions.takeTheirs.contains(key)) {
                if (record.mine.isEmpty())
                    added << RowSnapshot::Row{record.table, record.theirs};
                else
                    changes.updated
                        << MergeChanges::Update{record.table, record.mine, record.theirs};
            }
            // Settled either way: the next merge compares with the partner's version.
            after.hashes.insert(key, record.theirsHash);
            break;
        case Outcome::Unchanged:
            after.hashes.insert(key, record.theirsHash);
            break;
        case Outcome::RemovalOffered:
            // Kept: the base stays, and the next merge offers the removal again.
            if (decisions.remove.contains(key)) {
                changes.removed << RowSnapshot{{RowSnapshot::Row{record.table, record.mine}}, {}};
                after.hashes.remove(key);
            }
            break;
        case Outcome::Skipped:
            break;
        }
    }
    for (const QString& key : plan.forgotten)
        after.hashes.remove(key);
    // The partner row first, when a record taken needs the one the merge creates.
    const bool needsPartnerRow =
        !plan.newPartnerRow.isEmpty() &&
        std::any_of(added.cbegin(), added.cend(), [&plan](const RowSnapshot::Row& row) {
            return row.values.value(QStringLiteral("partner_id")).toString() == plan.partnerRowId;
        });
    if (needsPartnerRow)
        added.prepend(RowSnapshot::Row{QStringLiteral("partner_city"), plan.newPartnerRow});
    changes.added = added;

    const MergeState::Import import{RecordMeta::toText(now), plan.sharedAt, plan.partnerName};
    const bool sameFile = plan.before.import && plan.before.import->sharedAt == import.sharedAt &&
                          plan.before.import->cityName == import.cityName;
    // The same file again changes nothing, not even the date of the last import.
    if (changes.recordsChanged() == 0 && after.hashes == plan.before.hashes && sameFile)
        return changes;
    after.import = import;
    if (Result<void> r = write(changes); !r)
        return r.error();
    return changes;
}

Result<void> MergeApplier::write(MergeChanges& changes)
{
    QList<RowSnapshot> removed;
    const Result<void> done = m_store.inTransaction([&]() -> Result<void> {
        if (Result<void> r = insertRows(changes.added); !r)
            return r;
        for (const MergeChanges::Update& u : std::as_const(changes.updated)) {
            if (Result<void> r = writeRow(u.table, u.after); !r)
                return r;
        }
        for (const RowSnapshot& target : std::as_const(changes.removed)) {
            const RowSnapshot::Row& row = target.rows.first();
            Result<RowSnapshot> snap = m_store.remove(qPrintable(row.table), idOf(row.values));
            if (!snap)
                return snap.error();
            removed << snap.take();
        }
        if (Result<void> r = MergeState::write(m_store.database(), changes.partnerCity,
                                               changes.before, changes.after);
            !r)
            return r;
        MergeChanges announced = changes;
        announced.removed = removed;
        m_store.announce([this, announced] { announceWritten(announced); });
        return {};
    });
    if (!done)
        return done;
    changes.removed = removed;
    return {};
}

Result<void> MergeApplier::redo(MergeChanges& changes)
{
    return write(changes);
}

Result<void> MergeApplier::undo(const MergeChanges& changes)
{
    return m_store.inTransaction([&]() -> Result<void> {
        for (auto it = changes.removed.crbegin(); it != changes.removed.crend(); ++it) {
            if (Result<void> r = m_store.restore(*it); !r)
                return r;
        }
        for (auto it = changes.updated.crbegin(); it != changes.updated.crend(); ++it) {
            if (Result<void> r = writeRow(it->table, it->before); !r)
                return r;
        }
        for (auto it = changes.added.crbegin(); it != changes.added.crend(); ++it) {
            if (Result<void> r = deleteRow(it->table, idOf(it->values)); !r)
                return r;
        }
        if (Result<void> r = MergeState::write(m_store.database(), changes.partnerCity,
                                               changes.after, changes.before);
            !r)
            return r;
        m_store.announce([this, changes] { announceTakenBack(changes); });
        return {};
    });
}

Result<void> MergeApplier::insertRows(const QList<RowSnapshot::Row>& rows)
{
    if (rows.isEmpty())
        return {};
    RowSnapshot snap;
    snap.rows = rows;
    return m_store.restore(snap);
}

Result<void> MergeApplier::writeRow(const QString& table, const QVariantMap& values)
{
    const TableDescription* description = Catalogue::table(table);
    if (!description)
        return RecordStore::sqlError(QStringLiteral("no such table: ") + table.left(60));
    QStringList sets;
    QVariantList binds;
    for (const ColumnDescription& c : description->columns) {
        if (c.columnName() == idColumn || !values.contains(c.columnName()))
            continue;
        sets << c.columnName() + QStringLiteral(" = ?");
        binds << values.value(c.columnName());
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(description->tableName(), sets.join(QStringLiteral(", "))));
    for (const QVariant& v : std::as_const(binds))
        query.addBindValue(v);
    query.addBindValue(idOf(values));
    if (!query.exec())
        return RecordStore::sqlError(query.lastError().text());
    return {};
}

Result<void> MergeApplier::deleteRow(const QString& table, const QString& id)
{
    const TableDescription* description = Catalogue::table(table);
    if (!description)
        return RecordStore::sqlError(QStringLiteral("no such table: ") + table.left(60));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(description->tableName()));
    query.addBindValue(id);
    if (!query.exec())
        return RecordStore::sqlError(query.lastError().text());
    return {};
}

void MergeApplier::announceWritten(const MergeChanges& changes)
{
    RowSnapshot written = updatedRecords(changes.updated, true);
    written.rows = changes.added;
    if (!written.rows.isEmpty() || !written.nullified.isEmpty())
        m_store.announcer().restored(written);
    for (const RowSnapshot& snap : changes.removed)
        m_store.announcer().removed(snap);
}

void MergeApplier::announceTakenBack(const MergeChanges& changes)
{
    for (auto it = changes.removed.crbegin(); it != changes.removed.crend(); ++it)
        m_store.announcer().restored(*it);
    if (!changes.updated.isEmpty())
        m_store.announcer().restored(updatedRecords(changes.updated, false));
    if (!changes.added.isEmpty()) {
        RowSnapshot added;
        added.rows = changes.added;
        m_store.announcer().removed(added);
    }
}
