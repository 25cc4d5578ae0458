// SPDX-License-Identifier: GPL-3.0-or-later
#include "Indicator.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)
public:
    static QString label(Indicator::Aggregation aggregation)
    {
        switch (aggregation) {
        case Indicator::Aggregation::Latest:
            return tr("Each value is the total so far");
        case Indicator::Aggregation::Sum:
            return tr("Values add up");
        }
        return {};
    }
};
} // namespace

QList<Indicator::Aggregation> Indicator::aggregations()
{
    return {Aggregation::Latest, Aggregation::Sum};
}

QString Indicator::toText(Aggregation aggregation)
{
    return aggregation == Aggregation::Sum ? QStringLiteral("sum") : QStringLiteral("latest");
}

std::optional<Indicator::Aggregation> Indicator::fromText(const QString& text)
{
    for (Aggregation aggregation : aggregations()) {
        if (toText(aggregation) == text)
            return aggregation;
    }
    return std::nullopt;
}

QString Indicator::label(Aggregation aggregation)
{
    return Text::label(aggregation);
}
