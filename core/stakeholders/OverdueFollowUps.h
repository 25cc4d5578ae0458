// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

// A follow-up the officer promised for a day now past and has not logged as done: one line of
// the officer's to-do, with what it is about.
struct OverdueFollowUp
{
    QString engagementId;
    QString stakeholderId;
    QString stakeholderName;
    // When the officer promised to come back to them.
    QDate due;
    // The engagement's summary: what was discussed, agreed or asked.
    QString what;

    bool operator==(const OverdueFollowUp&) const = default;
};

// Every overdue follow-up across stakeholders, in one query, for the officer's to-do and the
// table's tooltips. The rule is StakeholderRepository::lastContacts()'s (pending, promised for
// before today); read-only, so it needs no repository's signals.
class OverdueFollowUps
{
public:
    // The oldest debt first, then by stakeholder name; empty when the query fails.
    static QList<OverdueFollowUp> read(const QSqlDatabase& db, const QDate& today);
};
