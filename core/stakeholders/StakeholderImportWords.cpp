// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportWords.h"

namespace {

using Column = StakeholderCsvColumns::Column;
using Kind = Stakeholder::Kind;
using Level = Stakeholder::Level;

// A list written as one string, its words between bars: the lists of five languages stay short.
QStringList wordList(const char16_t* list)
{
    return QString::fromUtf16(list).split(QLatin1Char('|'));
}

// Headers a spreadsheet may carry, in English and French, already in matchKey form.
const QHash<QString, Column>& englishAndFrenchHeaders()
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

// Headers in the other languages officers' spreadsheets are written in: Spanish, Italian,
// Greek, Dutch and Arabic, natural words (matchKey folds them as it folds the file's).
const QList<std::pair<Column, QStringList>>& otherHeaders()
{
    static const QList<std::pair<Column, QStringList>> words = {
        {Column::Name,
         wordList(u"nombre|entidad|organización|nome|ente|organizzazione|όνομα|φορέας|οργανισμός|"
                  u"επωνυμία|naam|organisatie|actor|الاسم|اسم|الجهة|الجهة المعنية|المنظمة|الهيئة")},
        {Column::Kind, wordList(u"tipo|categoría|clase|tipologia|είδος|τύπος|κατηγορία|soort|"
                                u"categorie|النوع|نوع|الفئة|الصنف")},
        {Column::Level,
         wordList(u"nivel|ámbito|escala|livello|scala|επίπεδο|niveau|schaal|المستوى|مستوى|النطاق")},
        {Column::Themes,
         wordList(
             u"temas|tema|temi|ámbitos "
             u"temáticos|θεματικές|θέματα|θέμα|thema's|thema|المحاور|المحور|المواضيع|الموضوع")},
        {Column::Influence, wordList(u"influencia|influenza|επιρροή|invloed|التأثير|تأثير|النفوذ")},
        {Column::Interest, wordList(u"interés|interesse|ενδιαφέρον|belang|الاهتمام|اهتمام")},
        {Column::Contact,
         wordList(u"persona de contacto|contacto|persona di contatto|referente|contatto|πρόσωπο "
                  u"επικοινωνίας|υπεύθυνος επικοινωνίας|επαφή|contactpersoon|الشخص المرجعي|جهة "
                  u"الاتصال|المخاطب|الشخص المسؤول")},
        {Column::Email,
         wordList(u"correo electrónico|correo|posta elettronica|ηλεκτρονικό "
                  u"ταχυδρομείο|e-mailadres|mailadres|البريد الإلكتروني|البريد|الإيميل")},
        {Column::Phone, wordList(u"teléfono|móvil|telefono|cellulare|τηλέφωνο|τηλ|κινητό|telefoon|"
                                 u"telefoonnummer|gsm|الهاتف|رقم الهاتف|الجوال")},
        {Column::Notes,
         wordList(u"notas|observaciones|comentarios|osservazioni|commenti|σημειώσεις|παρατηρήσεις|"
                  u"σχόλια|notities|opmerkingen|commentaar|ملاحظات|الملاحظات|تعليقات")},
        {Column::NotesPrivate,
         wordList(u"notas privadas|note riservate|note private|ιδιωτικές σημειώσεις|notities "
                  u"privé|privénotities|الملاحظات خاصة|ملاحظات خاصة")},
    };
    return words;
}

// French labels as the French translation shows them, and the words officers use in their own
// lists, English and French ("Service public", "Université", "Entreprise", "Collectivité").
// Matching data, not shown to anyone: no tr(). A word belongs to one kind only.
QStringList englishAndFrenchKinds(Kind kind)
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

QStringList englishAndFrenchLevels(Level level)
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

// The interface's labels in Spanish, Italian, Greek, Dutch and Arabic, as their translations
// show them, and the words officers use for them in their own lists ("Ayuntamiento", "Onlus",
// "vzw", "Δήμος", "جمعية"). Matching data, not shown to anyone: no tr().
QStringList otherKinds(Kind kind)
{
    switch (kind) {
    case Kind::Municipal:
        return wordList(
            u"Servicio municipal|ayuntamiento|municipio|concejalía|Servizio "
            u"comunale|comune|amministrazione comunale|Δημοτική υπηρεσία|δήμος|δημοτική "
            u"αρχή|Gemeentelijke dienst|gemeente|stadsbestuur|مصلحة "
            u"بلدية|بلدية|جماعة|الجماعة|مجلس جماعي");
    case Kind::GovernmentAgency:
        return wordList(
            u"Organismo nacional o autonómico|ministerio|gobierno|agencia|Ente nazionale "
            u"o regionale|ministero|prefettura|questura|Εθνικός ή περιφερειακός "
            u"φορέας|υπουργείο|αποκεντρωμένη διοίκηση|Nationaal of regionaal "
            u"agentschap|agentschap|ministerie|overheid|وكالة وطنية أو "
            u"جهوية|وزارة|عمالة|ولاية|وكالة|مندوبية");
    case Kind::ServiceProvider:
        return wordList(
            u"Proveedor de servicios públicos|servicio público|proveedor|Fornitore di servizi "
            u"pubblici|servizio pubblico|azienda sanitaria|Πάροχος δημόσιων υπηρεσιών|δημόσια "
            u"υπηρεσία|πάροχος|Openbare dienstverlener|dienstverlener|openbare dienst|مقدّم خدمات "
            u"عمومية|مرفق عمومي|خدمة عمومية");
    case Kind::Ngo:
        return wordList(
            u"ONG o sociedad civil|asociación|fundación|sociedad civil|entidad social|ONG "
            u"o società civile|associazione|fondazione|onlus|terzo settore|ΜΚΟ ή κοινωνία "
            u"των πολιτών|ΜΚΟ|σύλλογος|κοινωνία των πολιτών|ίδρυμα|Ngo of "
            u"middenveld|vzw|vereniging|middenveld|stichting|منظمة غير حكومية أو مجتمع "
            u"مدني|جمعية|مجتمع مدني|مؤسسة|منظمة غير حكومية");
    case Kind::MigrantAssociation:
        return wordList(
            u"Asociación de migrantes o de la diáspora|asociación de "
            u"inmigrantes|asociación de migrantes|Associazione di migranti o della "
            u"diaspora|associazione di migranti|comunità straniera|Σύλλογος μεταναστών ή "
            u"διασποράς|σύλλογος μεταναστών|κοινότητα μεταναστών|Migranten- of "
            u"diaspora-organisatie|migrantenorganisatie|zelforganisatie|جمعية مهاجرين أو "
            u"جالية|جمعية مهاجرين|جالية|جمعية الجالية");
    case Kind::Religious:
        return wordList(u"Organización religiosa|iglesia|mezquita|parroquia|Organizzazione "
                        u"religiosa|chiesa|moschea|parrocchia|Θρησκευτική "
                        u"οργάνωση|εκκλησία|μητρόπολη|ενορία|Religieuze "
                        u"organisatie|kerk|moskee|parochie|منظمة دينية|مسجد|كنيسة|جمعية دينية");
    case Kind::PrivateSector:
        return wordList(
            u"Sector privado o empleador|empresa|empleador|sector privado|Settore privato "
            u"o datore di lavoro|impresa|azienda|datore di lavoro|Ιδιωτικός τομέας ή "
            u"εργοδότης|επιχείρηση|εργοδότης|εταιρεία|Privésector of "
            u"werkgever|bedrijf|werkgever|onderneming|قطاع خاص أو "
            u"مشغّل|مقاولة|شركة|مشغل|القطاع الخاص");
    case Kind::Academia:
        return wordList(
            u"Ámbito académico|universidad|académico|Mondo "
            u"accademico|università|ricerca|Ακαδημαϊκή κοινότητα|πανεπιστήμιο|ερευνητικό "
            u"κέντρο|Academische wereld|universiteit|hogeschool|onderzoek|الوسط "
            u"الأكاديمي|جامعة|كلية|مركز بحث");
    case Kind::International:
        return wordList(u"Organización internacional|Naciones Unidas|Organizzazione "
                        u"internazionale|Nazioni Unite|Διεθνής οργανισμός|ΟΗΕ|Internationale "
                        u"organisatie|Verenigde Naties|منظمة دولية|الأمم المتحدة");
    }
    return {};
}

QStringList otherLevels(Level level)
{
    switch (level) {
    case Level::Local:
        return wordList(
            u"barrio|comunale|quartiere|τοπικό|δημοτικό|lokaal|gemeentelijk|wijk|محلي|جماعي|حي");
    case Level::Regional:
        return wordList(
            u"autonómico|regionale|provinciale|περιφερειακό|regionaal|provinciaal|جهوي|إقليمي");
    case Level::National:
        return wordList(u"nacional|estatal|nazionale|statale|εθνικό|nationaal|federaal|وطني|مركزي");
    case Level::International:
        return wordList(u"internacional|europeo|internazionale|διεθνές|ευρωπαϊκό|internationaal|"
                        u"europees|دولي|أوروبي");
    }
    return {};
}

} // namespace

const QHash<QString, StakeholderCsvColumns::Column>& StakeholderImportWords::headers()
{
    static const QHash<QString, Column> all = [] {
        QHash<QString, Column> names = englishAndFrenchHeaders();
        for (const auto& [column, words] : otherHeaders()) {
            for (const QString& word : words)
                names.insert(StakeholderCsvColumns::matchKey(word), column);
        }
        return names;
    }();
    return all;
}

QStringList StakeholderImportWords::kindWords(Stakeholder::Kind kind)
{
    return englishAndFrenchKinds(kind) << otherKinds(kind);
}

QStringList StakeholderImportWords::levelWords(Stakeholder::Level level)
{
    return englishAndFrenchLevels(level) << otherLevels(level);
}

const QStringList& StakeholderImportWords::yesWords()
{
    static const QStringList words = {
        QStringLiteral("yes"), QStringLiteral("y"),   QStringLiteral("1"),  QStringLiteral("true"),
        QStringLiteral("x"),   QStringLiteral("oui"), QStringLiteral("o"),  QStringLiteral("vrai"),
        QStringLiteral("sí"),  QStringLiteral("sì"),  QStringLiteral("ja"), QStringLiteral("ναι"),
        QStringLiteral("نعم")};
    return words;
}

const QStringList& StakeholderImportWords::noWords()
{
    static const QStringList words = {QStringLiteral("no"),  QStringLiteral("n"),
                                      QStringLiteral("0"),   QStringLiteral("false"),
                                      QStringLiteral("non"), QStringLiteral("faux"),
                                      QStringLiteral("nee"), QStringLiteral("neen"),
                                      QStringLiteral("όχι"), QStringLiteral("لا")};
    return words;
}
