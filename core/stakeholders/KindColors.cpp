// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindColors.h"

namespace KindColors {

QColor color(Stakeholder::Kind kind)
{
    switch (kind) {
    case Stakeholder::Kind::Municipal:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Stakeholder::Kind::GovernmentAgency:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Stakeholder::Kind::ServiceProvider:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Stakeholder::Kind::Ngo:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Stakeholder::Kind::MigrantAssociation:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Stakeholder::Kind::Religious:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Stakeholder::Kind::PrivateSector:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case Stakeholder::Kind::Academia:
        return QColor(0x99, 0x99, 0x99); // grey
    case Stakeholder::Kind::International:
        return QColor(0x33, 0x33, 0x33); // near black
    }
    return Qt::gray;
}

QColor textColor(Stakeholder::Kind kind)
{
    return color(kind).lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace KindColors
