// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QString>

// What the influence/interest grid needs of one stakeholder.
struct InfluenceGridMark
{
    QString id;
    QString name;
    Stakeholder::Kind kind = Stakeholder::Kind::Ngo;
    int influence = 3;
    int interest = 3;
};
