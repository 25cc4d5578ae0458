// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueMapOption.h"

#include "stakeholders/ImportValueMatcher.h"
#include "stakeholders/StakeholderCsvColumns.h"

namespace {
const QString themePrefix = QStringLiteral("theme:");
}

QString ValueMapOption::name()
{
    return QStringLiteral("map");
}

QString ValueMapOption::description()
{
    return tr("What a kind, level or theme value of the CSV file means when it is not "
              "recognised, as VALUE=MEANING; repeat it for each value. MEANING is a kind or a "
              "level (“Office=government_agency”, “Métropole=regional”), or theme:NAME "
              "for a theme of the city file (“Migration=theme:Refugees and asylum”). The city "
              "file remembers these choices for the next import.");
}

std::optional<Error> ValueMapOption::check(const QStringList& maps)
{
    // A theme named by an option is looked for in the file later.
    QStringList notThemes;
    for (const QString& map : maps) {
        const qsizetype equals = map.lastIndexOf(u'=');
        const QString meaning = map.mid(equals + 1).trimmed();
        if (equals < 0 || !meaning.startsWith(themePrefix, Qt::CaseInsensitive))
            notThemes << map;
    }
    const Result<ImportValueChoices> checked = apply(notThemes, {}, {});
    if (!checked)
        return checked.error();
    return std::nullopt;
}

Result<ImportValueChoices> ValueMapOption::apply(const QStringList& maps,
                                                 ImportValueChoices choices,
                                                 const QList<Theme>& themes)
{
    const ImportValueMatcher known(themes, {});
    for (const QString& map : maps) {
        const qsizetype equals = map.lastIndexOf(u'=');
        const QString value = map.left(equals).trimmed();
        const QString meaning = map.mid(equals + 1).trimmed();
        const QString key = StakeholderCsvColumns::matchKey(value);
        if (equals < 0 || key.isEmpty() || meaning.isEmpty()) {
            return Error{tr("--map takes VALUE=MEANING, such as “Office=government_agency”, "
                            "not “%1”.")
                             .arg(map)};
        }
        if (meaning.startsWith(themePrefix, Qt::CaseInsensitive)) {
            const QString themeName = meaning.mid(themePrefix.size()).trimmed();
            const ImportValueMatcher::ThemeMatch theme = known.theme(themeName);
            if (themeName.isEmpty() ||
                theme.outcome != ImportValueMatcher::ThemeMatch::Outcome::Existing) {
                return Error{tr("--map “%1”: the city file has no theme “%2”. Give the name of "
                                "one of its themes, as the Themes list shows it.")
                                 .arg(map, themeName)};
            }
            choices.themes.insert(key, theme.themeId);
            continue;
        }
        const std::optional<Stakeholder::Kind> kind = StakeholderCsvColumns::kindFrom(meaning);
        const std::optional<Stakeholder::Level> level = StakeholderCsvColumns::levelFrom(meaning);
        if (!kind && !level) {
            QStringList kinds;
            for (Stakeholder::Kind k : Stakeholder::allKinds())
                kinds << Stakeholder::toText(k);
            QStringList levels;
            for (Stakeholder::Level l : Stakeholder::allLevels())
                levels << Stakeholder::toText(l);
            return Error{tr("--map “%1”: “%2” is neither a kind nor a level. Kinds: %3. Levels: "
                            "%4. For a theme, write theme:NAME.")
                             .arg(map, meaning, kinds.join(QStringLiteral(", ")),
                                  levels.join(QStringLiteral(", ")))};
        }
        if (kind)
            choices.kinds.insert(key, *kind);
        if (level)
            choices.levels.insert(key, *level);
    }
    return choices;
}
