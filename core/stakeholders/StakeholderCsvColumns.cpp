// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderCsvColumns.h"

#include "common/TextFolding.h"

#include <QHash>

namespace {

using Column = StakeholderCsvColumns::Column;
using Kind = Stakeholder::Kind;
using Level = Stakeholder::Level;

// Headers a spreadsheet may carry, in English and French, already in matchKey form.
const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("nom"), Column::Name},
        {QStringLiteral("stakeholder"), Column::Name},
        {QStringLiteral("acteur"), Column::Name},
        {QStringLiteral("organisation"), Column::Name},
        {QStringLiteral("organization"), Column::Name},
        {QStringLiteral("kind"), Column::Kind},
        {QStringLiteral("type"), Column::Kind},
        {QStringLiteral("category"), Column::Kind},
        {QStringLiteral("categorie"), Column::Kind},
        {QStringLiteral("level"), Column::Level},
        {QStringLiteral("niveau"), Column::Level},
        {QStringLiteral("echelle"), Column::Level},
        {QStringLiteral("themes"), Column::Themes},
        {QStringLiteral("theme"), Column::Themes},
        {QStringLiteral("thematiques"), Column::Themes},
        {QStringLiteral("influence"), Column::Influence},
        {QStringLiteral("interest"), Column::Interest},
        {QStringLiteral("interet"), Column::Interest},
        {QStringLiteral("contact"), Column::Contact},
        {QStringLiteral("contactperson"), Column::Contact},
        {QStringLiteral("contactname"), Column::Contact},
        {QStringLiteral("personnedecontact"), Column::Contact},
        {QStringLiteral("nomducontact"), Column::Contact},
        {QStringLiteral("email"), Column::Email},
        {QStringLiteral("mail"), Column::Email},
        {QStringLiteral("courriel"), Column::Email},
        {QStringLiteral("adresseemail"), Column::Email},
        {QStringLiteral("phone"), Column::Phone},
        {QStringLiteral("telephone"), Column::Phone},
        {QStringLiteral("tel"), Column::Phone},
        {QStringLiteral("notes"), Column::Notes},
        {QStringLiteral("note"), Column::Notes},
        {QStringLiteral("remarques"), Column::Notes},
        {QStringLiteral("commentaires"), Column::Notes},
        {QStringLiteral("comments"), Column::Notes},
    };
    return names;
}

// French labels as the French translation shows them, and a few short forms officers type.
// Matching data, not shown to anyone: no tr().
QStringList extraKindNames(Kind kind)
{
    switch (kind) {
    case Kind::Municipal:
        return {QStringLiteral("Service municipal"), QStringLiteral("municipalite"),
                QStringLiteral("mairie")};
    case Kind::GovernmentAgency:
        return {QStringLiteral("Agence nationale ou régionale"), QStringLiteral("agence"),
                QStringLiteral("agency")};
    case Kind::ServiceProvider:
        return {QStringLiteral("Prestataire de services publics"),
                QStringLiteral("service provider")};
    case Kind::Ngo:
        return {QStringLiteral("ONG ou société civile"), QStringLiteral("ONG")};
    case Kind::MigrantAssociation:
        return {QStringLiteral("Association de migrants ou de la diaspora"),
                QStringLiteral("diaspora")};
    case Kind::Religious:
        return {QStringLiteral("Organisation religieuse")};
    case Kind::PrivateSector:
        return {QStringLiteral("Secteur privé ou employeur"), QStringLiteral("secteur prive"),
                QStringLiteral("employeur"), QStringLiteral("employer")};
    case Kind::Academia:
        return {QStringLiteral("Monde universitaire"), QStringLiteral("universite"),
                QStringLiteral("university")};
    case Kind::International:
        return {QStringLiteral("Organisation internationale"),
                QStringLiteral("International organisation")};
    }
    return {};
}

QStringList extraLevelNames(Level level)
{
    switch (level) {
    case Level::Local:
        return {QStringLiteral("Local"), QStringLiteral("municipal")};
    case Level::Regional:
        return {QStringLiteral("Regional"), QStringLiteral("Régional")};
    case Level::National:
        return {QStringLiteral("National")};
    case Level::International:
        return {QStringLiteral("International")};
    }
    return {};
}

template <typename E, typename Extra>
std::optional<E> matchValue(const QList<E>& all, const QString& value, Extra extra)
{
    const QString wanted = StakeholderCsvColumns::matchKey(value);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const E e : all) {
        QStringList names = extra(e);
        // The stored key, the English label (source text) and the label in the interface
        // language, whichever translator is loaded.
        names << Stakeholder::toText(e) << Stakeholder::label(e);
        for (const QString& n : std::as_const(names)) {
            if (StakeholderCsvColumns::matchKey(n) == wanted)
                return e;
        }
    }
    return std::nullopt;
}

} // namespace

QList<StakeholderCsvColumns::Column> StakeholderCsvColumns::all()
{
    return {Column::Name,     Column::Kind,    Column::Level, Column::Themes, Column::Influence,
            Column::Interest, Column::Contact, Column::Email, Column::Phone,  Column::Notes};
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

std::optional<StakeholderCsvColumns::Column>
StakeholderCsvColumns::fromHeader(const QString& header)
{
    const auto it = headerNames().constFind(matchKey(header));
    if (it == headerNames().cend())
        return std::nullopt;
    return *it;
}

std::optional<Stakeholder::Kind> StakeholderCsvColumns::kindFrom(const QString& value)
{
    return matchValue(Stakeholder::allKinds(), value, extraKindNames);
}

std::optional<Stakeholder::Level> StakeholderCsvColumns::levelFrom(const QString& value)
{
    return matchValue(Stakeholder::allLevels(), value, extraLevelNames);
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
