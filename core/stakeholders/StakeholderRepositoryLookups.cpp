// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderRepository: the records of many stakeholders given by id, in one statement each
// (a plan's leads, the network's nodes), where a reading per id would take seconds.
#include "StakeholderRepository.h"

#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

// The ids as one JSON array, bound as one value: SQLite caps the number of bound values, not
// the length of one.
QString idArray(const QStringList& ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

const QString inIds = QStringLiteral("id IN (SELECT value FROM json_each(?))");

} // namespace

QHash<QString, QString> StakeholderRepository::names(const QStringList& ids) const
{
    QHash<QString, QString> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM stakeholder WHERE ") + inIds);
    q.addBindValue(idArray(ids));
    if (q.exec()) {
        found.reserve(ids.size());
        while (q.next())
            found.insert(q.value(0).toString(), q.value(1).toString());
    }
    return found;
}

QList<Stakeholder> StakeholderRepository::stakeholders(const QStringList& ids) const
{
    if (ids.isEmpty())
        return {};
    QList<Stakeholder> found = m_stakeholders.all(QStringLiteral("WHERE ") + inIds, {idArray(ids)});
    const QHash<QString, QStringList> themes = themeIdsByStakeholder();
    for (Stakeholder& s : found)
        s.themeIds = themes.value(s.meta.id);
    return found;
}
