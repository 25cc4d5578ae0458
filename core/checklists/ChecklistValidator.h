// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/AssessmentRound.h"
#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"
#include "checklists/ChecklistTemplate.h"
#include "common/Result.h"

#include <QSqlDatabase>

#include <optional>

// The rules a checklist record must follow before it is written: required text, real dates,
// references to records that exist, unique keys and labels. Checked against the open file, so
// ChecklistRepository asks it rather than relying on the file's constraints, whose refusals
// an officer could not act on.
class ChecklistValidator
{
public:
    explicit ChecklistValidator(QSqlDatabase db);

    std::optional<Error> validate(const ChecklistTemplate& checklist) const;
    std::optional<Error> validate(const ChecklistArea& area) const;
    std::optional<Error> validate(const ChecklistItem& item) const;
    std::optional<Error> validate(const AssessmentRound& round) const;
    std::optional<Error> validate(const Answer& answer) const;

    // Why a checklist that rounds were held with cannot be removed.
    static Error checklistInUse(const QString& title, const QStringList& roundLabels);

private:
    QSqlDatabase m_db;
};
