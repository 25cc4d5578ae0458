// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepository.h"

#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlQuery>

namespace {

// Gives the records the positions of their order in the list, in one transaction; those whose
// position changes are written, and announced as updated by their table once it commits. The
// list must be a reordering of the stored records, so that no record is left with a position
// that collides with another's.
template <typename T>
Result<void> reorder(RecordStore& store, RecordTable<T>& table, QList<T> records,
                     const QStringList& order, const QString& mismatch)
{
    QSet<QString> stored;
    for (const T& record : records)
        stored.insert(record.meta.id);
    if (order.size() != records.size() || QSet<QString>(order.cbegin(), order.cend()) != stored)
        return Error{mismatch};
    return store.inTransaction([&]() -> Result<void> {
        for (T& record : records) {
            const int position = int(order.indexOf(record.meta.id));
            if (record.position == position)
                continue;
            record.position = position;
            if (Result<void> r = table.write(record); !r)
                return r;
        }
        return {};
    });
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
    return reorder(m_store, m_areas, areas(templateId), areaIds,
                   tr("The areas of the checklist changed meanwhile; nothing was moved. Try "
                      "again."));
}

Result<void> ChecklistRepository::reorderItems(const QString& areaId, const QStringList& itemIds)
{
    return reorder(m_store, m_items, items(areaId), itemIds,
                   tr("The items of the area changed meanwhile; nothing was moved. Try again."));
}
