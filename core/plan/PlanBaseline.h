// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>

// The baseline columns of every action, milestone and budget line at one moment: what the
// council adopted, or what an adoption replaced (so that undoing it puts them back).
struct PlanBaseline
{
    QHash<QString, std::pair<QDate, QDate>> actions;   // id -> start, end
    QHash<QString, QDate> milestones;                  // id -> due date
    QHash<QString, std::optional<qint64>> budgetLines; // id -> planned cents
};
