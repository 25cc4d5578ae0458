// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCity.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCity)
public:
    static QString label(PartnerCity::Role role)
    {
        using R = PartnerCity::Role;
        switch (role) {
        case R::Mentor:
            return tr("Mentor");
        case R::Mentee:
            return tr("Mentee");
        case R::Peer:
            return tr("Peer");
        }
        return {};
    }
};
} // namespace

QList<PartnerCity::Role> PartnerCity::allRoles()
{
    return {Role::Mentor, Role::Mentee, Role::Peer};
}

QString PartnerCity::toText(Role role)
{
    switch (role) {
    case Role::Mentor:
        return QStringLiteral("mentor");
    case Role::Mentee:
        return QStringLiteral("mentee");
    case Role::Peer:
        return QStringLiteral("peer");
    }
    return {};
}

std::optional<PartnerCity::Role> PartnerCity::fromText(const QString& text)
{
    for (Role role : allRoles()) {
        if (toText(role) == text)
            return role;
    }
    return std::nullopt;
}

QString PartnerCity::label(Role role)
{
    return Text::label(role);
}
