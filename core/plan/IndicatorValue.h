// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// One measured value of an indicator, on the day it was measured.
struct IndicatorValue
{
    RecordMeta meta;
    QString indicatorId;
    QDate measuredOn;
    double value = 0;
    QString note;

    bool operator==(const IndicatorValue&) const = default;
};
