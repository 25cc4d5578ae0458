// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// What the checker found in one file after a kill. Each problem counts for the crash test:
// refused (a program would not open the file), damaged (the file is broken, or holds part of a
// change), lost (an acknowledged change is missing). States describe the trial for the summary.
struct Findings
{
    QStringList refused;
    QStringList damaged;
    QStringList lost;
    QStringList states; // key=value

    void note(const QString& key, const QString& value)
    {
        states << key + QLatin1Char('=') + value;
    }
};
