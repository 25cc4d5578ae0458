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

Result<void> ImportValueWriter::makeThemes(const QStringList& names, QStringList& themeIds,
                                           ImportValueMatcher& matcher, ImportReport& report)
{
    using Outcome = ImportValueMatcher::ThemeMatch::Outcome;
    for (const QString& name : names) {
        // An earlier row of the import may have made it already.
        const ImportValueMatcher::ThemeMatch match = matcher.theme(name);
        if (match.outcome == Outcome::Existing) {
            if (!themeIds.contains(match.themeId))
                themeIds << match.themeId;
            continue;
        }
        if (match.outcome == Outcome::LeftOut)
            continue;
        Theme theme;
        theme.name = name;
        theme.position = report.changes.themesAdded.isEmpty()
                             ? int(m_themes.themes().size())
                             : report.changes.themesAdded.last().position + 1;
        if (report.themesCreated.size() >= maxNewThemes || m_themes.validate(theme)) {
            ++report.themesNotCreated;
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
