// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QList>

#include <optional>

// A city the officer's city is twinned with in a network (IncluCities, MC2CM), in a role.
struct PartnerCity
{
    enum class Role
    {
        Mentor,
        Mentee,
        Peer
    };

    RecordMeta meta;
    QString name;
    QString country;
    Role role = Role::Peer;
    // The partner's own city id (its file's), when known: lets the two files' records be
    // matched when good practices or assessments travel between them.
    QString partnerCityUuid;
    QDate since; // null: not known
    QDate until; // null: still running (or not known)
    QString notes;
    // The partner's contact person: personal data, removed from shared copies.
    QString contactName;
    QString contactEmail;
    QString contactPhone;

    bool operator==(const PartnerCity&) const = default;

    static QList<Role> allRoles();
    // As stored in the file: 'mentor', 'mentee', 'peer'.
    static QString toText(Role role);
    static std::optional<Role> fromText(const QString& text);
    // The role in the interface language.
    static QString label(Role role);
};
