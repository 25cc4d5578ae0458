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
        {QStringLiteral("notesprivate"), Column::NotesPrivate},
        {QStringLiteral("privatenotes"), Column::NotesPrivate},
        {QStringLiteral("notesareprivate"), Column::NotesPrivate},
        {QStringLiteral("private"), Column::NotesPrivate},
        {QStringLiteral("noteprivee"), Column::NotesPrivate},
        {QStringLiteral("notesprivees"), Column::NotesPrivate},
        {QStringLiteral("privee"), Column::NotesPrivate},
    };
    return names;
}

// French labels as the French translation shows them, and the words officers use in their own
// lists, English and French ("Service public", "Université", "Entreprise", "Collectivité").
// Matching data, not shown to anyone: no tr(). A word belongs to one kind only.
QStringList extraKindNames(Kind kind)
{
    switch (kind) {
    case Kind::Municipal:
        return {QStringLiteral("Service municipal"),
                QStringLiteral("municipalite"),
                QStringLiteral("mairie"),
                QStringLiteral("commune"),
                QStringLiteral("ville"),
                QStringLiteral("collectivite"),
                QStringLiteral("collectivite locale"),
                QStringLiteral("collectivite territoriale"),
                QStringLiteral("municipality"),
                QStringLiteral("city council"),
                QStringLiteral("city hall"),
                QStringLiteral("town hall"),
                QStringLiteral("local authority"),
                QStringLiteral("local government"),
                QStringLiteral("municipal")};
    case Kind::GovernmentAgency:
        return {QStringLiteral("Agence nationale ou régionale"),
                QStringLiteral("agence"),
                QStringLiteral("agency"),
                QStringLiteral("government agency"),
                QStringLiteral("government"),
                QStringLiteral("gouvernement"),
                QStringLiteral("ministere"),
                QStringLiteral("ministry"),
                QStringLiteral("prefecture"),
                QStringLiteral("etat"),
                QStringLiteral("administration"),
                QStringLiteral("agence publique"),
                QStringLiteral("public agency")};
    case Kind::ServiceProvider:
        return {QStringLiteral("Prestataire de services publics"),
                QStringLiteral("service provider"),
                QStringLiteral("prestataire"),
                QStringLiteral("service public"),
                QStringLiteral("services publics"),
                QStringLiteral("public service"),
                QStringLiteral("prestataire de services"),
                QStringLiteral("operateur public")};
    case Kind::Ngo:
        return {QStringLiteral("ONG ou société civile"),
                QStringLiteral("ONG"),
                QStringLiteral("association"),
                QStringLiteral("asso"),
                QStringLiteral("societe civile"),
                QStringLiteral("civil society"),
                QStringLiteral("non profit"),
                QStringLiteral("charity"),
                QStringLiteral("fondation"),
                QStringLiteral("foundation"),
                QStringLiteral("organisation non gouvernementale"),
                QStringLiteral("non governmental organisation"),
                QStringLiteral("non governmental organization")};
    case Kind::MigrantAssociation:
        return {QStringLiteral("Association de migrants ou de la diaspora"),
                QStringLiteral("diaspora"),
                QStringLiteral("association de migrants"),
                QStringLiteral("association de la diaspora"),
                QStringLiteral("migrant association"),
                QStringLiteral("diaspora association"),
                QStringLiteral("migrant organisation"),
                QStringLiteral("migrant organization")};
    case Kind::Religious:
        return {QStringLiteral("Organisation religieuse"),
                QStringLiteral("religieux"),
                QStringLiteral("religious"),
                QStringLiteral("culte"),
                QStringLiteral("eglise"),
                QStringLiteral("church"),
                QStringLiteral("mosquee"),
                QStringLiteral("mosque"),
                QStringLiteral("paroisse"),
                QStringLiteral("parish"),
                QStringLiteral("faith based organisation"),
                QStringLiteral("faith based organization")};
    case Kind::PrivateSector:
        return {QStringLiteral("Secteur privé ou employeur"),
                QStringLiteral("secteur prive"),
                QStringLiteral("employeur"),
                QStringLiteral("employer"),
                QStringLiteral("entreprise"),
                QStringLiteral("societe"),
                QStringLiteral("company"),
                QStringLiteral("business"),
                QStringLiteral("private sector"),
                QStringLiteral("prive"),
                QStringLiteral("private")};
    case Kind::Academia:
        return {QStringLiteral("Monde universitaire"),
                QStringLiteral("universite"),
                QStringLiteral("university"),
                QStringLiteral("academique"),
                QStringLiteral("academic"),
                QStringLiteral("recherche"),
                QStringLiteral("research"),
                QStringLiteral("enseignement superieur"),
                QStringLiteral("higher education")};
    case Kind::International:
        return {QStringLiteral("Organisation internationale"),
                QStringLiteral("International organisation"),
                QStringLiteral("international organization"),
                QStringLiteral("international"),
                QStringLiteral("Nations unies"),
                QStringLiteral("United Nations"),
                QStringLiteral("ONU"),
                QStringLiteral("UN")};
    }
    return {};
}

QStringList extraLevelNames(Level level)
{
    switch (level) {
    case Level::Local:
        return {QStringLiteral("Local"),         QStringLiteral("locale"),
                QStringLiteral("municipal"),     QStringLiteral("communal"),
                QStringLiteral("commune"),       QStringLiteral("ville"),
                QStringLiteral("city"),          QStringLiteral("quartier"),
                QStringLiteral("neighbourhood"), QStringLiteral("neighborhood")};
    case Level::Regional:
        return {QStringLiteral("Regional"),    QStringLiteral("Régional"),
                QStringLiteral("regionale"),   QStringLiteral("region"),
                QStringLiteral("departement"), QStringLiteral("departemental"),
                QStringLiteral("province"),    QStringLiteral("provincial")};
    case Level::National:
        return {QStringLiteral("National"), QStringLiteral("nationale"), QStringLiteral("pays"),
                QStringLiteral("country"), QStringLiteral("federal")};
    case Level::International:
        return {QStringLiteral("International"), QStringLiteral("internationale"),
                QStringLiteral("europeen"),      QStringLiteral("european"),
                QStringLiteral("europe"),        QStringLiteral("mondial"),
                QStringLiteral("global"),        QStringLiteral("world")};
    }
    return {};
}

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
    const auto it = headerNames().constFind(matchKey(header));
    if (it == headerNames().cend())
        return std::nullopt;
    return *it;
}

QStringList StakeholderCsvColumns::namesOf(Stakeholder::Kind kind)
{
    // The stored key, the English label (source text) and the label in the interface
    // language, whichever translator is loaded.
    return extraKindNames(kind) << Stakeholder::toText(kind) << Stakeholder::label(kind);
}

QStringList StakeholderCsvColumns::namesOf(Stakeholder::Level level)
{
    return extraLevelNames(level) << Stakeholder::toText(level) << Stakeholder::label(level);
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
    // Matching data in English and French, plus the interface's own words: no tr() on the
    // lists, as for the kinds.
    static const QStringList yes = {
        QStringLiteral("yes"), QStringLiteral("y"),   QStringLiteral("1"), QStringLiteral("true"),
        QStringLiteral("x"),   QStringLiteral("oui"), QStringLiteral("o"), QStringLiteral("vrai")};
    static const QStringList no = {QStringLiteral("no"),  QStringLiteral("n"),
                                   QStringLiteral("0"),   QStringLiteral("false"),
                                   QStringLiteral("non"), QStringLiteral("faux")};
    const QString wanted = matchKey(value);
    if (yes.contains(wanted) || wanted == matchKey(tr("Yes")))
        return true;
    if (no.contains(wanted) || wanted == matchKey(tr("No")))
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
