// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepository.h"

#include "checklists/ChecklistRows.h"
#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The list must be a reordering of the stored records, so that no record is left with a
// position that collides with another's.
bool sameMembers(const QStringList& given, const QStringList& stored)
{
    const QSet<QString> a(given.cbegin(), given.cend());
    const QSet<QString> b(stored.cbegin(), stored.cend());
    return given.size() == stored.size() && a == b;
}

// Writes position = index for the records whose position differs; returns those written.
template <typename T>
Result<void> writePositions(RecordStore& store, const char* table, QList<T> records,
                            const QStringList& order, QList<T>& changed)
{
    for (T& record : records) {
        const int position = int(order.indexOf(record.meta.id));
        if (record.position == position)
            continue;
        record.position = position;
        if (Result<void> r = store.update(table, record.meta, ChecklistRows::columnsOf(record)); !r)
            return r;
        changed << record;
    }
    return {};
}

} // namespace

int ChecklistRepository::answerCount(const QString& itemId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM answer WHERE item_id = ?"));
    q.addBindValue(itemId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<void> ChecklistRepository::reorderAreas(const QString& templateId,
                                               const QStringList& areaIds)
{
    const QList<ChecklistArea> stored = areas(templateId);
    QStringList ids;
    for (const ChecklistArea& a : stored)
        ids << a.meta.id;
    if (!sameMembers(areaIds, ids))
        return Error{tr("The areas of the checklist changed meanwhile; nothing was moved. Try "
                        "again.")};
    QList<ChecklistArea> changed;
    Result<void> r = m_store.inTransaction(
        [&] { return writePositions(m_store, "checklist_area", stored, areaIds, changed); });
    if (!r)
        return r;
    for (const ChecklistArea& a : std::as_const(changed))
        emit areaUpdated(a);
    return {};
}

Result<void> ChecklistRepository::reorderItems(const QString& areaId, const QStringList& itemIds)
{
    const QList<ChecklistItem> stored = items(areaId);
    QStringList ids;
    for (const ChecklistItem& i : stored)
        ids << i.meta.id;
    if (!sameMembers(itemIds, ids))
        return Error{tr("The items of the area changed meanwhile; nothing was moved. Try "
                        "again.")};
    QList<ChecklistItem> changed;
    Result<void> r = m_store.inTransaction(
        [&] { return writePositions(m_store, "checklist_item", stored, itemIds, changed); });
    if (!r)
        return r;
    for (const ChecklistItem& i : std::as_const(changed))
        emit itemUpdated(i);
    return {};
}
