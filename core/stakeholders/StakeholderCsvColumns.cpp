// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderCsvColumns.h"

#include "StakeholderImportWords.h"
#include "common/TextFolding.h"

#include <QHash>

namespace {

using Column = StakeholderCsvColumns::Column;
using Kind = Stakeholder::Kind;
using Level = Stakeholder::Level;

template <typename E> std::optional<E> matchValue(const QList<E>& all, const QString& value)
{
    const QString wanted = StakeholderCsvColumns::looseKey(value);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const E e : all) {
        for (const QString& n : StakeholderCsvColumns::namesOf(e)) {
            if (StakeholderCsvColumns::looseKey(n) == wanted)
                return e;
        }
    }
    return std::nullopt;
}

} // namespace

QList<StakeholderCsvColumns::Column> StakeholderCsvColumns::all()
{
    return {Column::Name,      Column::Kind,     Column::Level,       Column::Themes,
            Column::Influence, Column::Interest, Column::Contact,     Column::Email,
            Column::Phone,     Column::Notes,    Column::NotesPrivate};
}

QList<StakeholderCsvColumns::Column> StakeholderCsvColumns::written(PersonalData::Policy policy)
{
    QList<Column> columns;
    for (Column c : all()) {
        const Source s = source(c);
        bool writes = PersonalData::writesColumn(policy, s.table, s.column);
        // A flag column travels with the rows it marks as personal: without them every flag
        // would read "no", which says nothing true about the notes left out.
        for (const PersonalData::Column& p : PersonalData::columns()) {
            if (p.table == s.table && p.privateFlag == s.column)
                writes = PersonalData::writes(policy, p.table, p.column, true);
        }
        if (writes)
            columns << c;
    }
    return columns;
}

StakeholderCsvColumns::Source StakeholderCsvColumns::source(Column column)
{
    const QString stakeholder = QStringLiteral("stakeholder");
    const QString contact = QStringLiteral("contact_person");
    switch (column) {
    case Column::Name:
        return {stakeholder, QStringLiteral("name")};
    case Column::Kind:
        return {stakeholder, QStringLiteral("kind")};
    case Column::Level:
        return {stakeholder, QStringLiteral("level")};
    case Column::Themes:
        return {QStringLiteral("stakeholder_theme"), QStringLiteral("theme_id")};
    case Column::Influence:
        return {stakeholder, QStringLiteral("influence")};
    case Column::Interest:
        return {stakeholder, QStringLiteral("interest")};
    case Column::Contact:
        return {contact, QStringLiteral("name")};
    case Column::Email:
        return {contact, QStringLiteral("email")};
    case Column::Phone:
        return {contact, QStringLiteral("phone")};
    case Column::Notes:
        return {stakeholder, QStringLiteral("notes")};
    case Column::NotesPrivate:
        return {stakeholder, QStringLiteral("notes_private")};
    }
    return {};
}

QString StakeholderCsvColumns::key(Column column)
{
    switch (column) {
    case Column::Name:
        return QStringLiteral("name");
    case Column::Kind:
        return QStringLiteral("kind");
    case Column::Level:
        return QStringLiteral("level");
    case Column::Themes:
        return QStringLiteral("themes");
    case Column::Influence:
        return QStringLiteral("influence");
    case Column::Interest:
        return QStringLiteral("interest");
    case Column::Contact:
        return QStringLiteral("contact");
    case Column::Email:
        return QStringLiteral("email");
    case Column::Phone:
        return QStringLiteral("phone");
    case Column::Notes:
        return QStringLiteral("notes");
    case Column::NotesPrivate:
        return QStringLiteral("notes_private");
    }
    return {};
}

QString StakeholderCsvColumns::label(Column column)
{
    switch (column) {
    case Column::Name:
        return tr("Name");
    case Column::Kind:
        return tr("Kind");
    case Column::Level:
        return tr("Level");
    case Column::Themes:
        return tr("Themes");
    case Column::Influence:
        return tr("Influence");
    case Column::Interest:
        return tr("Interest");
    case Column::Contact:
        return tr("Contact person");
    case Column::Email:
        return tr("E-mail");
    case Column::Phone:
        return tr("Phone");
    case Column::Notes:
        return tr("Notes");
    case Column::NotesPrivate:
        return tr("Notes are private");
    }
    return {};
}

QString StakeholderCsvColumns::matchKey(const QString& text)
{
    const QString folded = TextFolding::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QString StakeholderCsvColumns::looseKey(const QString& text)
{
    // "Associations", "Entreprises", "Universités": a list's plural is the same value.
    QString key = matchKey(text);
    if (key.size() > 3 && (key.endsWith(u's') || key.endsWith(u'x')))
        key.chop(1);
    return key;
}

std::optional<StakeholderCsvColumns::Column>
StakeholderCsvColumns::fromHeader(const QString& header)
{
    const auto it = StakeholderImportWords::headers().constFind(matchKey(header));
    if (it == StakeholderImportWords::headers().cend())
        return std::nullopt;
    return *it;
}

QStringList StakeholderCsvColumns::namesOf(Stakeholder::Kind kind)
{
    // The stored key, the English label (source text) and the label in the interface
    // language, whichever translator is loaded.
    return StakeholderImportWords::kindWords(kind)
           << Stakeholder::toText(kind) << Stakeholder::label(kind);
}

QStringList StakeholderCsvColumns::namesOf(Stakeholder::Level level)
{
    return StakeholderImportWords::levelWords(level)
           << Stakeholder::toText(level) << Stakeholder::label(level);
}

std::optional<Stakeholder::Kind> StakeholderCsvColumns::kindFrom(const QString& value)
{
    return matchValue(Stakeholder::allKinds(), value);
}

std::optional<Stakeholder::Level> StakeholderCsvColumns::levelFrom(const QString& value)
{
    return matchValue(Stakeholder::allLevels(), value);
}

std::optional<bool> StakeholderCsvColumns::yesNoFrom(const QString& value)
{
    // Matching data in every language, plus the interface's own words: no tr() on the lists,
    // as for the kinds.
    const auto has = [](const QStringList& words, const QString& wanted) {
        for (const QString& word : words) {
            if (matchKey(word) == wanted)
                return true;
        }
        return false;
    };
    const QString wanted = matchKey(value);
    if (has(StakeholderImportWords::yesWords(), wanted) || wanted == matchKey(tr("Yes")))
        return true;
    if (has(StakeholderImportWords::noWords(), wanted) || wanted == matchKey(tr("No")))
        return false;
    return std::nullopt;
}

QString StakeholderCsvColumns::yesNoKey(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QStringList StakeholderCsvColumns::splitList(const QString& value)
{
    // The first separator found is the one the field uses: a theme named "Health, care" in a
    // list separated by ; stays whole.
    QChar separator = u';';
    for (const QChar candidate : {u';', u'|', u','}) {
        if (value.contains(candidate)) {
            separator = candidate;
            break;
        }
    }
    QStringList items;
    for (const QString& part : value.split(separator)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}
