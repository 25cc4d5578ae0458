// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/CsvTable.h"
#include "stakeholders/ImportValueChoices.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderCsvColumns.h"
#include "themes/Theme.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// What the kind, level and theme cells of a stakeholder CSV file mean. First the officer's
// choices (ImportValueChoices), then the rules: a kind or level by its key, label or a common
// English or French word (StakeholderCsvColumns); a theme by its name in the file, its built-in
// key or built-in name in English or French, or else by the one theme whose name holds every
// word of the value ("Emploi" is "Emploi et entrepreneuriat"), accents, case and a plural's s
// ignored. A value two themes hold is not recognised. Each distinct value is worked out once.
class ImportValueMatcher
{
public:
    using Column = StakeholderCsvColumns::Column;

    // A distinct value of the kind, level or theme cells of a file.
    struct Value
    {
        Column column = Column::Kind;
        QString text; // as first written
        QString key;  // its matchKey
        int rows = 0; // the cells holding it
        int firstLine = 0;
    };
    // How many distinct values of one column are looked at: far more than any real list has.
    static constexpr qsizetype maxDistinct = 10000;

    // What a theme cell's value turns into.
    struct ThemeMatch
    {
        enum class Outcome
        {
            Existing, // the theme themeId
            New,      // a theme of that name, made by the import
            LeftOut   // nothing: the officer chose to leave the value out
        };
        Outcome outcome = Outcome::New;
        QString themeId;
        QString key; // the value's StakeholderCsvColumns::matchKey
    };

    ImportValueMatcher(const QList<Theme>& themes, ImportValueChoices choices);

    std::optional<Stakeholder::Kind> kind(const QString& value) const;
    std::optional<Stakeholder::Level> level(const QString& value) const;
    ThemeMatch theme(const QString& value) const;

    // Recognised by the rules alone, without the officer's choices: what the wizard does not
    // need to ask about.
    bool knowsKind(const QString& value) const;
    bool knowsLevel(const QString& value) const;
    bool knowsTheme(const QString& value) const;

    bool knows(const Value& value) const;

    // The distinct values of the kind, level and theme cells, in the order they first appear
    // (at most maxDistinct per column); values without a letter or digit are left out.
    static QList<Value> distinctValues(const CsvTable& table,
                                       const QList<std::optional<Column>>& columns);
    // Updates the choices a file remembers with those given for an import of values.
    static void remember(ImportValueChoices& stored, const ImportValueChoices& given,
                         const QList<Value>& values);

    const ImportValueChoices& choices() const { return m_choices; }
    // A theme the import made: later values of the same key are that theme.
    void addTheme(const QString& value, const QString& themeId);

private:
    // folded: the value as TextFolding folds it; key: its matchKey.
    std::optional<QString> themeByRule(const QString& folded, const QString& key) const;

    ImportValueChoices m_choices;
    // looseKey of every name of a kind or level -> it, made once: a file of thousands of
    // distinct values must not fold every name for each.
    QHash<QString, Stakeholder::Kind> m_kindNames;
    QHash<QString, Stakeholder::Level> m_levelNames;
    QHash<QString, QString> m_exact;        // matchKey of a name or built-in key -> theme id
    QHash<QString, QSet<QString>> m_byWord; // a word of a theme's names -> theme ids
    mutable QHash<QString, std::optional<Stakeholder::Kind>> m_kinds;
    mutable QHash<QString, std::optional<Stakeholder::Level>> m_levels;
    mutable QHash<QString, std::optional<QString>> m_themes;
};
