// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

#include <utility>

class QAbstractItemModel;

class QLocale;
class QModelIndex;

// One row of the plan's tree as the timeline draws it: its kind, dates and status, read from
// the PlanRoles of its column 0. Reading is cheap enough to do for each row painted, which
// keeps the timeline free of a copy of the model to keep in step.
struct TimelineItem
{
    enum class Kind
    {
        Priority,
        Action,
        Milestone
    };
    enum class Status
    {
        Planned,
        InProgress,
        Done,
        Delayed,
        Cancelled
    };

    Kind kind = Kind::Action;
    Status status = Status::Planned;
    QDate start; // action; for a priority, its actions' earliest start (summary())
    QDate end;   // action (inclusive); for a priority, its actions' latest end
    QDate due;   // milestone
    QDate doneOn;
    QDate baselineStart;
    QDate baselineEnd;
    QDate baselineDue;
    bool lateFlag = false; // the model's LateRole

    static TimelineItem read(const QModelIndex& index);
    // A priority with its span: the earliest start and latest end of the actions under it.
    static TimelineItem readWithSummary(const QModelIndex& index);
    static Status statusFromText(const QString& text);
    // The first and last dates of every row of the model, baselines included (invalid when
    // none): the one walk over the whole model, made after changes, never to paint.
    static std::pair<QDate, QDate> span(const QAbstractItemModel* model);

    bool isDone() const { return status == Status::Done || doneOn.isValid(); }
    bool isCancelled() const { return status == Status::Cancelled; }
    // Late by the model's word, or by today's date: past its end (due) date and not done.
    bool isLate(const QDate& today) const;
    // Whether the row has something to draw: an action both dates, a milestone a due date.
    bool hasBar() const;
    // The span drawn: start..end for actions and priorities, due..due for milestones.
    QDate first() const { return kind == Kind::Milestone ? due : start; }
    QDate last() const { return kind == Kind::Milestone ? due : end; }
    // "12/03/2026 – 30/04/2026", or a milestone's due date, as the label of a drag and the
    // tooltips show them.
    QString datesText(const QLocale& locale) const;

    // Last: the macro leaves what follows it private.
    Q_DECLARE_TR_FUNCTIONS(TimelineItem)
};
