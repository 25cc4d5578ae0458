// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QList>

#include <optional>

// A round's answer to one checklist item, with its evidence and who gave it. At most one
// answer per round and item.
struct Answer
{
    enum class Value
    {
        Met,
        PartlyMet,
        NotMet,
        Unknown,
        NotApplicable
    };

    RecordMeta meta;
    QString roundId;
    QString itemId;
    Value value = Value::Unknown;
    QString evidence;
    QString source;
    QDate evidenceDate; // null: not given
    QString answeredBy; // personal data: removed from shared copies

    bool operator==(const Answer&) const = default;

    static QList<Value> allValues();
    // As stored in the file: 'met', 'partly_met', 'not_met', 'unknown', 'not_applicable'.
    static QString toText(Value value);
    static std::optional<Value> fromText(const QString& text);
    // The value in the interface language ("Partly met").
    static QString label(Value value);
};
