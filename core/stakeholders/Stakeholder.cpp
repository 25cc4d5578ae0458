// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stakeholder.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stakeholder)
public:
    static QString label(Stakeholder::Kind kind)
    {
        using K = Stakeholder::Kind;
        switch (kind) {
        case K::Municipal:
            return tr("Municipal department");
        case K::GovernmentAgency:
            return tr("National or regional agency");
        case K::ServiceProvider:
            return tr("Public service provider");
        case K::Ngo:
            return tr("NGO or civil society");
        case K::MigrantAssociation:
            return tr("Migrant or diaspora association");
        case K::Religious:
            return tr("Religious organisation");
        case K::PrivateSector:
            return tr("Private sector or employer");
        case K::Academia:
            return tr("Academia");
        case K::International:
            return tr("International organisation");
        }
        return {};
    }
    static QString label(Stakeholder::Level level)
    {
        using L = Stakeholder::Level;
        switch (level) {
        case L::Local:
            return tr("Local");
        case L::Regional:
            return tr("Regional");
        case L::National:
            return tr("National");
        case L::International:
            return tr("International");
        }
        return {};
    }
    static QString label(Stakeholder::Stance stance)
    {
        using S = Stakeholder::Stance;
        switch (stance) {
        case S::Champion:
            return tr("Champion");
        case S::Supportive:
            return tr("Supportive");
        case S::Neutral:
            return tr("Neutral");
        case S::Sceptical:
            return tr("Sceptical");
        case S::Opposed:
            return tr("Opposed");
        case S::Unknown:
            return tr("Unknown");
        }
        return {};
    }
};

template <typename E> std::optional<E> fromText(const QList<E>& all, const QString& text)
{
    for (E value : all) {
        if (Stakeholder::toText(value) == text)
            return value;
    }
    return std::nullopt;
}
} // namespace

QList<Stakeholder::Kind> Stakeholder::allKinds()
{
    return {Kind::Municipal,     Kind::GovernmentAgency,   Kind::ServiceProvider,
            Kind::Ngo,           Kind::MigrantAssociation, Kind::Religious,
            Kind::PrivateSector, Kind::Academia,           Kind::International};
}

QList<Stakeholder::Level> Stakeholder::allLevels()
{
    return {Level::Local, Level::Regional, Level::National, Level::International};
}

QList<Stakeholder::Stance> Stakeholder::allStances()
{
    return {Stance::Champion,  Stance::Supportive, Stance::Neutral,
            Stance::Sceptical, Stance::Opposed,    Stance::Unknown};
}

QString Stakeholder::toText(Kind kind)
{
    switch (kind) {
    case Kind::Municipal:
        return QStringLiteral("municipal");
    case Kind::GovernmentAgency:
        return QStringLiteral("government_agency");
    case Kind::ServiceProvider:
        return QStringLiteral("service_provider");
    case Kind::Ngo:
        return QStringLiteral("ngo");
    case Kind::MigrantAssociation:
        return QStringLiteral("migrant_association");
    case Kind::Religious:
        return QStringLiteral("religious");
    case Kind::PrivateSector:
        return QStringLiteral("private_sector");
    case Kind::Academia:
        return QStringLiteral("academia");
    case Kind::International:
        return QStringLiteral("international");
    }
    return {};
}

QString Stakeholder::toText(Level level)
{
    switch (level) {
    case Level::Local:
        return QStringLiteral("local");
    case Level::Regional:
        return QStringLiteral("regional");
    case Level::National:
        return QStringLiteral("national");
    case Level::International:
        return QStringLiteral("international");
    }
    return {};
}

QString Stakeholder::toText(Stance stance)
{
    switch (stance) {
    case Stance::Champion:
        return QStringLiteral("champion");
    case Stance::Supportive:
        return QStringLiteral("supportive");
    case Stance::Neutral:
        return QStringLiteral("neutral");
    case Stance::Sceptical:
        return QStringLiteral("sceptical");
    case Stance::Opposed:
        return QStringLiteral("opposed");
    case Stance::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<Stakeholder::Kind> Stakeholder::kindFromText(const QString& text)
{
    return fromText(allKinds(), text);
}

std::optional<Stakeholder::Level> Stakeholder::levelFromText(const QString& text)
{
    return fromText(allLevels(), text);
}

std::optional<Stakeholder::Stance> Stakeholder::stanceFromText(const QString& text)
{
    return fromText(allStances(), text);
}

QString Stakeholder::label(Kind kind)
{
    return Text::label(kind);
}

QString Stakeholder::label(Level level)
{
    return Text::label(level);
}

QString Stakeholder::label(Stance stance)
{
    return Text::label(stance);
}
