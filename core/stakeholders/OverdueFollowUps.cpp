// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverdueFollowUps.h"

#include "common/SqlValue.h"

#include <QSqlQuery>

QList<OverdueFollowUp> OverdueFollowUps::read(const QSqlDatabase& db, const QDate& today)
{
    QList<OverdueFollowUp> all;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Dates are stored as YYYY-MM-DD, so text order is date order.
    q.prepare(QStringLiteral(
        "SELECT e.id, e.stakeholder_id, s.name, e.follow_up_date, e.summary "
        "FROM engagement e JOIN stakeholder s ON s.id = e.stakeholder_id "
        "WHERE e.follow_up_date IS NOT NULL AND e.follow_up_done = 0 AND e.follow_up_date < ? "
        "ORDER BY e.follow_up_date, s.name_key, e.date, e.id"));
    q.addBindValue(SqlValue::date(today));
    if (!q.exec())
        return all;
    while (q.next()) {
        all.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    SqlValue::toDate(q.value(3)), q.value(4).toString()});
    }
    return all;
}
