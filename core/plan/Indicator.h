// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QList>

#include <optional>

// How an action's result is measured: a baseline and a target, each of which may still be
// unknown (std::nullopt, stored as NULL, never as a misleading zero), and the values measured
// so far (IndicatorValue, dated).
struct Indicator
{
    // How measured values combine into where the indicator stands.
    enum class Aggregation
    {
        Latest, // each value is the total so far ("people trained to date"): the latest counts
        Sum,    // each value is one period's ("people received this month"): they add up
    };

    RecordMeta meta;
    QString actionId;
    QString name;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    QString frequency;  // how often it is measured, in the officer's words ("monthly")
    QString dataSource; // where the values come from
    Aggregation aggregation = Aggregation::Latest;

    bool operator==(const Indicator&) const = default;

    static QList<Aggregation> aggregations();
    // The text stored in the file ('latest', 'sum').
    static QString toText(Aggregation aggregation);
    static std::optional<Aggregation> fromText(const QString& text);
    // In the interface language.
    static QString label(Aggregation aggregation);
};
