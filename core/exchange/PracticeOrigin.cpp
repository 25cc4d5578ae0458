// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeOrigin.h"

#include "exchange/GoodPractice.h"
#include "exchange/PartnerCity.h"

#include <QUuid>

PracticeOrigin PracticeOrigin::of(const GoodPractice& practice, const QString& ownCityId,
                                  const QList<PartnerCity>& partners)
{
    // Compared as UUIDs: a file written by another program may differ in case or braces.
    if (practice.meta.originCity.isEmpty())
        return {Kind::OwnCity, {}}; // not yet stored: this city's
    const QUuid origin = QUuid::fromString(practice.meta.originCity);
    if (!origin.isNull() && origin == QUuid::fromString(ownCityId))
        return {Kind::OwnCity, {}};
    for (const PartnerCity& partner : partners) {
        if (!origin.isNull() && QUuid::fromString(partner.partnerCityUuid) == origin)
            return {Kind::Partner, partner.meta.id};
    }
    for (const PartnerCity& partner : partners) {
        if (partner.meta.id == practice.partnerId)
            return {Kind::Partner, partner.meta.id};
    }
    return {Kind::OtherCity, {}};
}
