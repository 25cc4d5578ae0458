// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <vector>

// Durations of repeated runs, reported as their median with the range: this machine is noisy,
// one run says little (docs/performance.md).
struct BenchTimes
{
    std::vector<double> values; // milliseconds

    void add(const QElapsedTimer& timer) { values.push_back(double(timer.nsecsElapsed()) / 1e6); }
    void addMs(double ms) { values.push_back(ms); }
    double median()
    {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[values.size() / 2];
    }
    QString summary()
    {
        if (values.empty())
            return QStringLiteral("no run");
        const double m = median();
        return QStringLiteral("%1 ms (%2–%3, n=%4)")
            .arg(m, 0, 'f', 1)
            .arg(values.front(), 0, 'f', 1)
            .arg(values.back(), 0, 'f', 1)
            .arg(values.size());
    }
};
