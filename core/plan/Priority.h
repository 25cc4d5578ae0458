// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QList>

#include <optional>

// A priority of the city's priorities document: what the city commits to improve, why (the
// rationale and the evidence behind it), and how far it has gone through the approval steps:
// drafted by the officer, validated by the stakeholder group, adopted by the council.
struct Priority
{
    enum class Status
    {
        Draft,
        Validated,
        Adopted,
    };

    RecordMeta meta;
    QString title;
    QString themeId;
    QString rationale;
    QString expectedOutcome;
    int rank = 0; // 1 is the most important; 0 not ranked yet
    Status status = Status::Draft;
    QDate validatedOn; // when the stakeholder group validated it; invalid when not yet
    QDate adoptedOn;   // when the council adopted it; invalid when not yet

    bool operator==(const Priority&) const = default;

    static QList<Status> statuses();
    // The text stored in the file ('draft', 'validated', 'adopted').
    static QString toText(Status status);
    static std::optional<Status> fromText(const QString& text);
    // The status in the interface language.
    static QString label(Status status);
};
