// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QList>

// A narrative part of the migration profile (MC2CM's knowledge component), with its sources.
struct ProfileSection
{
    enum class Key
    {
        Overview,
        LegalFramework,
        LocalExpertise,
        Skills,
        AdministrationRelations,
        SocietyRelations,
    };

    RecordMeta meta;
    Key key = Key::Overview;
    QString body;
    QString sources;

    bool operator==(const ProfileSection&) const = default;

    static QList<Key> allKeys();
    static QString keyText(Key key);
    static std::optional<Key> keyFromText(const QString& text);
    // The section's title in the interface language.
    static QString title(Key key);
    // One sentence telling the officer what belongs in the section.
    static QString hint(Key key);
};
