// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRecords.h"

namespace ProfileRecords {

MigrantOrigin origin(const QString& country, qint64 number, int position)
{
    MigrantOrigin o;
    o.country = country;
    o.number = number;
    o.year = 2023;
    o.source = QStringLiteral("Census");
    o.position = position;
    return o;
}

District district(const QString& name, int position)
{
    District d;
    d.name = name;
    d.population = 42000;
    d.migrantPopulation = 5100;
    d.year = 2021;
    d.source = QStringLiteral("Municipal register");
    d.notes = QStringLiteral("Old town");
    d.position = position;
    return d;
}

ProfileFigure figure(const QString& label, int position)
{
    ProfileFigure f;
    f.label = label;
    f.value = 12.5;
    f.unit = QStringLiteral("%");
    f.year = 2022;
    f.source = QStringLiteral("Survey");
    f.position = position;
    return f;
}

} // namespace ProfileRecords
