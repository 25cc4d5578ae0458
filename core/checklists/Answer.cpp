// SPDX-License-Identifier: GPL-3.0-or-later
#include "Answer.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Answer)
public:
    static QString label(Answer::Value value)
    {
        using V = Answer::Value;
        switch (value) {
        case V::Met:
            return tr("Met");
        case V::PartlyMet:
            return tr("Partly met");
        case V::NotMet:
            return tr("Not met");
        case V::Unknown:
            return tr("Unknown");
        case V::NotApplicable:
            return tr("Not applicable");
        }
        return {};
    }
};
} // namespace

QList<Answer::Value> Answer::allValues()
{
    return {Value::Met, Value::PartlyMet, Value::NotMet, Value::Unknown, Value::NotApplicable};
}

QString Answer::toText(Value value)
{
    switch (value) {
    case Value::Met:
        return QStringLiteral("met");
    case Value::PartlyMet:
        return QStringLiteral("partly_met");
    case Value::NotMet:
        return QStringLiteral("not_met");
    case Value::Unknown:
        return QStringLiteral("unknown");
    case Value::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<Answer::Value> Answer::fromText(const QString& text)
{
    for (Value value : allValues()) {
        if (toText(value) == text)
            return value;
    }
    return std::nullopt;
}

QString Answer::label(Value value)
{
    return Text::label(value);
}
