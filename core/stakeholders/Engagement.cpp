// SPDX-License-Identifier: GPL-3.0-or-later
#include "Engagement.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Engagement)
public:
    static QString label(Engagement::Kind kind)
    {
        using K = Engagement::Kind;
        switch (kind) {
        case K::Meeting:
            return tr("Meeting");
        case K::Call:
            return tr("Phone call");
        case K::Consultation:
            return tr("Consultation");
        case K::Email:
            return tr("E-mail");
        case K::Event:
            return tr("Event");
        }
        return {};
    }
};
} // namespace

QList<Engagement::Kind> Engagement::allKinds()
{
    return {Kind::Meeting, Kind::Call, Kind::Consultation, Kind::Email, Kind::Event};
}

QString Engagement::toText(Kind kind)
{
    switch (kind) {
    case Kind::Meeting:
        return QStringLiteral("meeting");
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::Consultation:
        return QStringLiteral("consultation");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}

std::optional<Engagement::Kind> Engagement::kindFromText(const QString& text)
{
    for (Kind kind : allKinds()) {
        if (toText(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString Engagement::label(Kind kind)
{
    return Text::label(kind);
}
