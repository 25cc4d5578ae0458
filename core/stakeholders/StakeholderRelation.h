// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QList>

#include <optional>

// A tie between two stakeholders on the network view. Funding and referral go from one to the
// other; the direction of the others is only the order in which they were entered.
struct StakeholderRelation
{
    enum class Kind
    {
        Partnership,
        Funding,
        Referral,
        Coordination,
        Tension
    };

    static constexpr int minStrength = 1;
    static constexpr int maxStrength = 5;

    RecordMeta meta;
    QString fromId;
    QString toId;
    Kind kind = Kind::Partnership;
    int strength = 3;
    QString notes;

    bool operator==(const StakeholderRelation&) const = default;

    static QList<Kind> allKinds();
    static QString toText(Kind kind);
    static std::optional<Kind> kindFromText(const QString& text);
    static QString label(Kind kind);
};
