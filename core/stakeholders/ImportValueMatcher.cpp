// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValueMatcher.h"

#include "common/TextFolding.h"
#include "common/TextLimits.h"
#include "i18n/Translator.h"
#include "stakeholders/StakeholderCsvColumns.h"
#include "themes/ThemeRepository.h"

namespace {
using Columns = StakeholderCsvColumns;

// The letters and digits of folded text: StakeholderCsvColumns::matchKey without folding again.
QString keyOf(const QString& folded)
{
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

// The words of folded text, each without a plural's final s or x ("réfugiés" -> "refugie").
QStringList wordsOf(const QString& folded)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.size() > 3 && (word.endsWith(u's') || word.endsWith(u'x')))
            word.chop(1);
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

// Distinct values worked out are kept, up to a bound: a hostile file of millions of distinct
// values must not keep them all.
constexpr qsizetype maxCached = 20000;

template <typename V, typename Find>
std::optional<V> cached(QHash<QString, std::optional<V>>& cache, const QString& key, Find find)
{
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const std::optional<V> found = find();
    if (cache.size() < maxCached)
        cache.insert(key, found);
    return found;
}
template <typename E> std::optional<E> known(const QHash<QString, E>& names, const QString& value)
{
    const QString key = Columns::looseKey(value);
    if (const auto it = names.constFind(key); !key.isEmpty() && it != names.cend())
        return *it;
    return std::nullopt;
}
} // namespace

ImportValueMatcher::ImportValueMatcher(const QList<Theme>& themes, ImportValueChoices choices)
    : m_choices(std::move(choices))
{
    // In the order StakeholderCsvColumns::kindFrom looks, so that both say the same.
    for (Stakeholder::Kind k : Stakeholder::allKinds()) {
        for (const QString& name : Columns::namesOf(k)) {
            if (const QString key = Columns::looseKey(name); !m_kindNames.contains(key))
                m_kindNames.insert(key, k);
        }
    }
    for (Stakeholder::Level l : Stakeholder::allLevels()) {
        for (const QString& name : Columns::namesOf(l)) {
            if (const QString key = Columns::looseKey(name); !m_levelNames.contains(key))
                m_levelNames.insert(key, l);
        }
    }
    // A list written for another city still matches: built-in themes are known by their key
    // and by their built-in name in every language Passerelle speaks, whatever this file calls
    // them (a partner city in Greece sends its list with the Greek names).
    QHash<QString, QStringList> names;
    QHash<QString, QString> idByKey;
    for (const Theme& t : themes) {
        names[t.meta.id] << t.name;
        if (t.isBuiltin()) {
            m_exact.insert(Columns::matchKey(t.builtinKey), t.meta.id);
            idByKey.insert(t.builtinKey, t.meta.id);
        }
    }
    for (const QString& language : Translator::availableLanguages()) {
        for (const auto& [key, name] : ThemeRepository::builtinNames(language)) {
            if (const QString id = idByKey.value(key); !id.isEmpty())
                names[id] << name;
        }
    }
    // The file's own names first: they win over a built-in name of another theme.
    for (const Theme& t : themes)
        m_exact.insert(Columns::matchKey(t.name), t.meta.id);
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        for (const QString& name : it.value()) {
            const QString key = Columns::matchKey(name);
            if (!m_exact.contains(key))
                m_exact.insert(key, it.key());
            for (const QString& word : wordsOf(TextFolding::fold(name)))
                m_byWord[word].insert(it.key());
        }
    }
}

std::optional<Stakeholder::Kind> ImportValueMatcher::kind(const QString& value) const
{
    const QString key = Columns::matchKey(value);
    if (const auto it = m_choices.kinds.constFind(key); it != m_choices.kinds.cend())
        return *it;
    return cached<Stakeholder::Kind>(m_kinds, key, [&] { return known(m_kindNames, value); });
}

std::optional<Stakeholder::Level> ImportValueMatcher::level(const QString& value) const
{
    const QString key = Columns::matchKey(value);
    if (const auto it = m_choices.levels.constFind(key); it != m_choices.levels.cend())
        return *it;
    return cached<Stakeholder::Level>(m_levels, key, [&] { return known(m_levelNames, value); });
}

bool ImportValueMatcher::knowsKind(const QString& value) const
{
    const QString key = Columns::matchKey(value);
    return cached<Stakeholder::Kind>(m_kinds, key, [&] { return known(m_kindNames, value); })
        .has_value();
}

bool ImportValueMatcher::knowsLevel(const QString& value) const
{
    const QString key = Columns::matchKey(value);
    return cached<Stakeholder::Level>(m_levels, key, [&] { return known(m_levelNames, value); })
        .has_value();
}

std::optional<QString> ImportValueMatcher::themeByRule(const QString& folded,
                                                       const QString& key) const
{
    return cached<QString>(m_themes, key, [&]() -> std::optional<QString> {
        if (key.isEmpty())
            return std::nullopt;
        if (const auto it = m_exact.constFind(key); it != m_exact.cend())
            return *it;
        // The themes holding every word of the value; one, or the value is not recognised.
        std::optional<QSet<QString>> holding;
        for (const QString& word : wordsOf(folded)) {
            const QSet<QString> ids = m_byWord.value(word);
            if (holding)
                holding->intersect(ids);
            else
                holding = ids;
            if (holding->isEmpty())
                return std::nullopt;
        }
        if (!holding || holding->size() != 1)
            return std::nullopt;
        return *holding->cbegin();
    });
}

bool ImportValueMatcher::knowsTheme(const QString& value) const
{
    // Folded once: a file may hold a hundred thousand theme values.
    const QString folded = TextFolding::fold(value);
    return themeByRule(folded, keyOf(folded)).has_value();
}

ImportValueMatcher::ThemeMatch ImportValueMatcher::theme(const QString& value) const
{
    const QString folded = TextFolding::fold(value);
    const QString key = keyOf(folded);
    if (const auto it = m_choices.themes.constFind(key); it != m_choices.themes.cend()) {
        if (it->isEmpty())
            return {ThemeMatch::Outcome::LeftOut, {}, key};
        return {ThemeMatch::Outcome::Existing, *it, key};
    }
    if (const std::optional<QString> id = themeByRule(folded, key))
        return {ThemeMatch::Outcome::Existing, *id, key};
    return {ThemeMatch::Outcome::New, {}, key};
}

void ImportValueMatcher::addTheme(const QString& value, const QString& themeId)
{
    m_themes.insert(Columns::matchKey(value), themeId);
}

QList<ImportValueMatcher::Value>
ImportValueMatcher::distinctValues(const CsvTable& table,
                                   const QList<std::optional<Column>>& columns)
{
    QList<Value> values;
    QHash<Column, QHash<QString, qsizetype>> seen; // column -> key -> index in values
    const auto add = [&](Column column, const QString& text, int line) {
        const QString key = Columns::matchKey(text);
        if (key.isEmpty())
            return;
        QHash<QString, qsizetype>& keys = seen[column];
        if (const auto it = keys.constFind(key); it != keys.cend()) {
            ++values[*it].rows;
            return;
        }
        if (keys.size() >= maxDistinct)
            return;
        keys.insert(key, values.size());
        values.append({column, text, key, 1, line});
    };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const std::optional<Column> column = columns.at(i);
        if (column != Column::Kind && column != Column::Level && column != Column::Themes)
            continue;
        for (const CsvRow& row : table.rows) {
            const QString cell = row.fields.value(i).trimmed();
            // A longer cell leaves its row out whatever it holds.
            if (cell.isEmpty() || cell.size() > TextLimits::maxShortText)
                continue;
            if (*column != Column::Themes) {
                add(*column, cell, row.line);
                continue;
            }
            for (const QString& theme : Columns::splitList(cell))
                add(*column, theme, row.line);
        }
    }
    return values;
}

bool ImportValueMatcher::knows(const Value& value) const
{
    switch (value.column) {
    case Column::Kind:
        return knowsKind(value.text);
    case Column::Level:
        return knowsLevel(value.text);
    default:
        return knowsTheme(value.text);
    }
}

void ImportValueMatcher::remember(ImportValueChoices& stored, const ImportValueChoices& given,
                                  const QList<Value>& values)
{
    // What was said about this file's values replaces what was remembered of them; a value
    // left without a choice is forgotten. Values of other files are kept.
    const auto update = [](auto& into, const auto& from, const QString& key) {
        if (const auto it = from.constFind(key); it != from.cend()) {
            if (key.size() <= ImportValueChoices::maxKeyChars &&
                (into.contains(key) || into.size() < ImportValueChoices::maxPerColumn))
                into.insert(key, *it);
        } else {
            into.remove(key);
        }
    };
    for (const Value& v : values) {
        if (v.column == Column::Kind)
            update(stored.kinds, given.kinds, v.key);
        else if (v.column == Column::Level)
            update(stored.levels, given.levels, v.key);
        else
            update(stored.themes, given.themes, v.key);
    }
}
