// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PersonalData.h"

#include <QDate>
#include <QPageSize>
#include <QString>

// The reports Passerelle writes, and what the officer chooses for one: the same choices in the
// export dialog and on the command line.
enum class ReportKind
{
    Priorities,
    ActionPlan,
    Stakeholders,
    ServiceAccess,
    Profile,
};

struct ReportOptions
{
    ReportKind kind = ReportKind::Priorities;
    QString language = QStringLiteral("en"); // the report's, apart from the interface's
    QPageSize::PageSizeId paper = QPageSize::A4;
    PersonalData::Policy personalData = PersonalData::Policy::LeaveOut;
    QDate since; // the status report's "done since"; invalid: the last 90 days
    QDate today; // invalid: the current date (tests fix it)

    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }
};
