// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

struct GoodPractice;
struct PartnerCity;

// Where a good practice came from, as the library shows it: the officer's own city when this
// file first held it, otherwise the partner city whose file did (matched by the partner's city
// id, or failing that by the partner the practice names), or a city the file has no partner
// for.
struct PracticeOrigin
{
    enum class Kind
    {
        OwnCity,
        Partner,
        OtherCity
    };

    Kind kind = Kind::OwnCity;
    QString partnerId; // the partner's record, for Kind::Partner

    bool operator==(const PracticeOrigin&) const = default;

    static PracticeOrigin of(const GoodPractice& practice, const QString& ownCityId,
                             const QList<PartnerCity>& partners);
};
