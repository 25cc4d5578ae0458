// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRelation.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderRelation)
public:
    static QString label(StakeholderRelation::Kind kind)
    {
        using K = StakeholderRelation::Kind;
        switch (kind) {
        case K::Partnership:
            return tr("Partnership");
        case K::Funding:
            return tr("Funding");
        case K::Referral:
            return tr("Referral");
        case K::Coordination:
            return tr("Coordination");
        case K::Tension:
            return tr("Tension");
        }
        return {};
    }
};
} // namespace

QList<StakeholderRelation::Kind> StakeholderRelation::allKinds()
{
    return {Kind::Partnership, Kind::Funding, Kind::Referral, Kind::Coordination, Kind::Tension};
}

QString StakeholderRelation::toText(Kind kind)
{
    switch (kind) {
    case Kind::Partnership:
        return QStringLiteral("partnership");
    case Kind::Funding:
        return QStringLiteral("funding");
    case Kind::Referral:
        return QStringLiteral("referral");
    case Kind::Coordination:
        return QStringLiteral("coordination");
    case Kind::Tension:
        return QStringLiteral("tension");
    }
    return {};
}

std::optional<StakeholderRelation::Kind> StakeholderRelation::kindFromText(const QString& text)
{
    for (Kind kind : allKinds()) {
        if (toText(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString StakeholderRelation::label(Kind kind)
{
    return Text::label(kind);
}
