// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// An action of the action plan, under one priority: who leads it, who takes part, when it runs
// and where it stands.
struct Action
{
    enum class Status
    {
        Planned,
        InProgress,
        Done,
        Delayed,
        Cancelled,
    };

    RecordMeta meta;
    QString priorityId;
    QString title;
    QString description;
    QString leadId;         // the leading stakeholder; empty when nobody leads it yet
    QStringList partnerIds; // partner stakeholders, sorted by id once stored
    QDate startDate;
    QDate endDate;
    Status status = Status::Planned;
    int position = 0;
    // How many times the action's calendar event changed: its iCalendar SEQUENCE.
    int revision = 0;
    // The dates the council adopted (PlanDocument::adoptedOn); invalid when the action was not
    // in the adopted plan.
    QDate baselineStart;
    QDate baselineEnd;

    bool operator==(const Action&) const = default;

    // Late: the end date has passed and the action is neither done nor cancelled.
    bool isLate(const QDate& today) const;

    static QList<Status> statuses();
    // The text stored in the file ('planned', 'in_progress', 'done', 'delayed', 'cancelled').
    static QString toText(Status status);
    static std::optional<Status> fromText(const QString& text);
    // The status in the interface language.
    static QString label(Status status);
};
