// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeNames.h"

#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

ThemeNames::ThemeNames(ThemeRepository& themes, QObject* parent) : QObject(parent), m_themes(themes)
{
    // The themes are few: reading them all again is simpler than patching the list, and safe
    // when a removal takes several, or an undo brings one back.
    const auto refresh = [this] {
        reload();
        emit changed();
    };
    connect(&themes, &ThemeRepository::themeAdded, this, refresh);
    connect(&themes, &ThemeRepository::themeUpdated, this, refresh);
    connect(&themes, &ThemeRepository::themeRemoved, this, refresh);
    reload();
}

QString ThemeNames::name(const QString& themeId) const
{
    return m_names.value(themeId);
}

bool ThemeNames::contains(const QString& themeId) const
{
    return m_names.contains(themeId);
}

void ThemeNames::reload()
{
    m_names.clear();
    m_ids.clear();
    for (const Theme& t : m_themes.themes()) {
        m_names.insert(t.meta.id, TextLimits::shortened(t.name));
        m_ids << t.meta.id;
    }
}
