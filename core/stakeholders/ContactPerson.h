// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// A person to reach at a stakeholder. Every field but the stakeholder and the consent is personal
// data (PersonalData), left out of exports unless the officer includes personal data.
struct ContactPerson
{
    RecordMeta meta;
    QString stakeholderId;
    QString name;
    QString role;
    QString email;
    QString phone;
    QString preferredLanguage;
    // Whether the person agreed to be contacted (GDPR): shown before any mailing.
    bool consentToContact = false;

    bool operator==(const ContactPerson&) const = default;

    // Loose shape checks that catch typing slips without rejecting real addresses and numbers:
    // one '@' with a dot after it; digits, spaces and + - ( ) . with at least six digits.
    static bool looksLikeEmail(const QString& email);
    static bool looksLikePhone(const QString& phone);
};
