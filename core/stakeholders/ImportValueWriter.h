// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/ImportReport.h"
#include "stakeholders/ImportValueMatcher.h"

class RecordStore;
class ThemeRepository;

// What a stakeholder import writes besides stakeholders and contacts, inside its transaction:
// the themes made for theme values nothing matched, and what the file remembers of the
// officer's choices (ImportValueMemory). Both are kept in the report's changes for the undo.
class ImportValueWriter
{
public:
    // An import makes at most this many themes: a file of thousands of distinct theme values
    // is a mistake, not a list of themes.
    static constexpr int maxNewThemes = 50;

    ImportValueWriter(RecordStore& store, ThemeRepository& themes);

    // What the file remembers, checked as untrusted (ImportValueChoices::fromJson).
    ImportValueChoices remembered() const;
    // Makes a theme for each of names (a row's theme values the matcher did not know, keys their
    // matchKeys), adds its
    // id to themeIds and tells the matcher, for the rows after; beyond maxNewThemes, or for a
    // name no theme may have, the value is left out and counted once in the report.
    Result<void> makeThemes(const QStringList& names, const QStringList& keys,
                            QStringList& themeIds, ImportValueMatcher& matcher,
                            ImportReport& report);
    // Stores what the file remembers once values were given for tableValues.
    Result<void> remember(const QList<ImportValueMatcher::Value>& tableValues,
                          const ImportValueChoices& values, ImportReport& report);

private:
    RecordStore& m_store;
    ThemeRepository& m_themes;
    QSet<QString> m_notCreated; // matchKeys of the theme values left out
};
