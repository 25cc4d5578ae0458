// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValueWriter.h"

#include "common/TextLimits.h"
#include "stakeholders/ImportValueMemory.h"
#include "storage/RecordStore.h"
#include "themes/ThemeRepository.h"

ImportValueWriter::ImportValueWriter(RecordStore& store, ThemeRepository& themes)
    : m_store(store), m_themes(themes)
{
}

ImportValueChoices ImportValueWriter::remembered() const
{
    const std::optional<QString> stored = ImportValueMemory(m_store.database()).read();
    if (!stored)
        return {};
    QSet<QString> themeIds;
    for (const Theme& t : m_themes.themes())
        themeIds.insert(t.meta.id);
    return ImportValueChoices::fromJson(*stored, themeIds);
}

Result<void> ImportValueWriter::makeThemes(const QStringList& names, const QStringList& keys,
                                           QStringList& themeIds, ImportValueMatcher& matcher,
                                           ImportReport& report)
{
    // The names are new as the row was read: nothing was made since but the row's own themes.
    for (qsizetype i = 0; i < names.size() && i < keys.size(); ++i) {
        const QString& name = names.at(i);
        const QString& key = keys.at(i);
        const auto leftOut = [&] {
            // Counted once per value, however many rows hold it.
            if (!m_notCreated.contains(key)) {
                if (m_notCreated.size() < ImportValueMatcher::maxDistinct)
                    m_notCreated.insert(key);
                ++report.themesNotCreated;
            }
        };
        if (report.themesCreated.size() >= maxNewThemes) {
            leftOut();
            continue;
        }
        Theme theme;
        theme.name = name;
        theme.position = report.changes.themesAdded.isEmpty()
                             ? int(m_themes.themes().size())
                             : report.changes.themesAdded.last().position + 1;
        if (m_themes.validate(theme)) {
            leftOut();
            continue;
        }
        if (Result<void> r = m_themes.add(theme); !r)
            return r;
        matcher.addTheme(name, theme.meta.id);
        themeIds << theme.meta.id;
        report.themesCreated << TextLimits::shortened(name);
        report.changes.themesAdded << theme;
    }
    return {};
}

Result<void> ImportValueWriter::remember(const QList<ImportValueMatcher::Value>& tableValues,
                                         const ImportValueChoices& values, ImportReport& report)
{
    const ImportValueChoices before = remembered();
    ImportValueChoices after = before;
    ImportValueMatcher::remember(after, values, tableValues);
    // What the file holds is not written again when the choices stay the same, even a value
    // this version cannot read (it may come from a later one).
    if (after == before)
        return {};
    ImportValueMemory memory(m_store.database());
    report.changes.memoryBefore = memory.read();
    report.changes.memoryAfter =
        after.isEmpty() ? std::nullopt : std::optional<QString>(after.toJson());
    report.changes.memoryChanged = report.changes.memoryBefore != report.changes.memoryAfter;
    if (!report.changes.memoryChanged)
        return {};
    return memory.write(report.changes.memoryAfter);
}
