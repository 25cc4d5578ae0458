// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/StakeholderRelation.h"

#include <QPen>
#include <QPointF>

class QPainter;

// How a relation is drawn (colour, dashes, width by strength, an arrow for the directed ones),
// the same on the network view, its legend and exports, and in printed reports.
class RelationStyle
{
public:
    static QPen pen(StakeholderRelation::Kind kind, int strength);
    // Funding and referral go from one stakeholder to the other: they get an arrow.
    static bool isDirected(StakeholderRelation::Kind kind);
    // A filled arrow head at tip, pointing away from `from`, in the pen's colour.
    static void drawArrow(QPainter& painter, const QPointF& from, const QPointF& tip,
                          const QPen& pen);
};
