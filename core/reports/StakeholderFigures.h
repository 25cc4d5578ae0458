// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"

class ReportLanguage;

// The stakeholder map's two drawings as report figures, drawn in vectors by the core renderers
// the panes use: the influence/interest grid (InfluenceGridRenderer) and the relations network
// (NetworkPicture, with a legend of the kinds and relations it shows). Both are sized to the
// text column, no taller than maxHeight, with no text smaller than about 7 points on paper.
class StakeholderFigures
{
public:
    static ReportFigure grid(const QList<Stakeholder>& stakeholders, const ReportLanguage& language,
                             double width, double maxHeight);
    // Nothing (an empty figure) when there is no relation to draw.
    static ReportFigure network(const QList<Stakeholder>& stakeholders,
                                const QList<StakeholderRelation>& relations,
                                const ReportLanguage& language, double width, double maxHeight);

    // The most stakeholders the network is drawn with: more would not be legible on a page.
    static constexpr int maxNetworkNodes = 150;

    // Printed size of the figures' smallest texts, in points.
    static constexpr double textPoints = 7;
};
