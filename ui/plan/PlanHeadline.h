// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanRollup.h"

#include <QLabel>

// The strip of headline figures above the plan: actions done, in progress and late, money spent
// of planned with each funding source, and how far the plan slipped from what the council
// adopted. The same figures as `passerelle-cli plan` (PlanJson), in words.
class PlanHeadline : public QLabel
{
    Q_OBJECT

public:
    explicit PlanHeadline(QWidget* parent = nullptr);

    void showRollup(const PlanRollup& whole, bool adopted);
    // The strip's text for a rollup (tests read it).
    static QString text(const PlanRollup& whole, bool adopted);
};
