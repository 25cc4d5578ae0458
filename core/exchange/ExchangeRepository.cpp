// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeRepository.h"

#include "common/Validation.h"
#include "stakeholders/ContactPerson.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRepository)
public:
    static QString partnerName() { return tr("The partner city's name"); }
    static QString partnerCityId() { return tr("The partner's city identifier"); }
    static QString since() { return tr("The partnership's start date"); }
    static QString until() { return tr("The partnership's end date"); }
    static QString partner() { return tr("The partner city"); }
    static QString exchangeTitle() { return tr("The exchange's title"); }
    static QString startDate() { return tr("The start date"); }
    static QString endDate() { return tr("The end date"); }
    static QString theme() { return tr("The theme"); }
    static QString practiceTitle() { return tr("The good practice's title"); }
};

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRepository)
public:
    static Error invalidCityId(const QString& field)
    {
        return Error{tr("“%1” is not a city identifier. Copy it from the partner's file "
                        "properties (it looks like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), or "
                        "leave it empty.")
                         .arg(field)};
    }
    static Error badEmail(const QString& email)
    {
        return Error{tr("“%1” does not look like an e-mail address (name@example.org). Correct "
                        "it, or leave the contact's e-mail empty.")
                         .arg(email)};
    }
    static Error ownCityId()
    {
        return Error{tr("The partner's city identifier is this city's own. Copy the identifier "
                        "from the partner's file, or leave it empty.")};
    }
};

// Each kind's fields bound to its table's columns, once (RecordMapping).
using namespace RecordFields;

const RecordMapping<PartnerCity>& partnerMapping()
{
    static const RecordMapping<PartnerCity> mapping(
        "partner_city",
        {trimmed("name", &PartnerCity::name), field("country", &PartnerCity::country),
         // The CHECK constraint admits only known roles.
         enumeration("role", &PartnerCity::role, PartnerCity::toText,
                     [](const QString& text) {
                         return PartnerCity::fromText(text).value_or(PartnerCity::Role::Peer);
                     }),
         // Not a reference to a record of this file, but stored the same way: NULL when empty.
         reference("partner_city_uuid", &PartnerCity::partnerCityUuid),
         field("since", &PartnerCity::since), field("notes", &PartnerCity::notes),
         trimmed("contact_name", &PartnerCity::contactName),
         trimmed("contact_email", &PartnerCity::contactEmail),
         trimmed("contact_phone", &PartnerCity::contactPhone),
         field("until", &PartnerCity::until)});
    return mapping;
}

const RecordMapping<Exchange>& exchangeMapping()
{
    static const RecordMapping<Exchange> mapping(
        "exchange",
        {reference("partner_id", &Exchange::partnerId),
         enumeration("kind", &Exchange::kind, Exchange::toText,
                     [](const QString& text) {
                         return Exchange::fromText(text).value_or(Exchange::Kind::StudyVisit);
                     }),
         trimmed("title", &Exchange::title), field("start_date", &Exchange::startDate),
         field("end_date", &Exchange::endDate), field("place", &Exchange::place),
         reference("theme_id", &Exchange::themeId), field("participants", &Exchange::participants),
         field("lessons", &Exchange::lessons)});
    return mapping;
}

const RecordMapping<GoodPractice>& practiceMapping()
{
    static const RecordMapping<GoodPractice> mapping(
        "good_practice",
        {trimmed("title", &GoodPractice::title), field("city_name", &GoodPractice::cityName),
         reference("theme_id", &GoodPractice::themeId),
         field("description", &GoodPractice::description), field("source", &GoodPractice::source),
         reference("partner_id", &GoodPractice::partnerId), trimmed("tags", &GoodPractice::tags)});
    return mapping;
}

// An optional reference: empty is fine, anything else must name an existing record.
std::optional<Error> optionalReference(const QSqlDatabase& db, const char* table, const QString& id,
                                       const QString& field)
{
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return std::nullopt;
    return Validation::unknownReference(field);
}

// The form the file keeps: the city id lowercase, no braces, like every id in it (text that is
// not an id is left alone for validate() to refuse); the contact without spaces around, so
// that the record given back is the one stored.
void normalise(PartnerCity& partner)
{
    QString& text = partner.partnerCityUuid;
    const QUuid uuid = QUuid::fromString(text.trimmed());
    text = uuid.isNull() ? text.trimmed() : uuid.toString(QUuid::WithoutBraces);
    for (QString* field : {&partner.contactName, &partner.contactEmail, &partner.contactPhone})
        *field = field->trimmed();
}

} // namespace

ExchangeRepository::ExchangeRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_partners(store, partnerMapping()),
      m_exchanges(store, exchangeMapping()), m_practices(store, practiceMapping())
{
    m_partners.announceAs(m_kinds, this, &ExchangeRepository::partnerAdded,
                          &ExchangeRepository::partnerUpdated, &ExchangeRepository::partnerRemoved);
    m_exchanges.announceAs(m_kinds, this, &ExchangeRepository::exchangeAdded,
                           &ExchangeRepository::exchangeUpdated,
                           &ExchangeRepository::exchangeRemoved);
    m_practices.announceAs(m_kinds, this, &ExchangeRepository::practiceAdded,
                           &ExchangeRepository::practiceUpdated,
                           &ExchangeRepository::practiceRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Exchange, this);
}

ExchangeRepository::~ExchangeRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Exchange, nullptr);
}

// Partner cities ---------------------------------------------------------------------------

QList<PartnerCity> ExchangeRepository::partners() const
{
    return m_partners.all(QStringLiteral("ORDER BY name, country"));
}

std::optional<PartnerCity> ExchangeRepository::partner(const QString& id) const
{
    return m_partners.one(id);
}

Result<void> ExchangeRepository::add(PartnerCity& partner)
{
    normalise(partner);
    if (std::optional<Error> e = validate(partner))
        return *e;
    return m_partners.add(partner);
}

Result<void> ExchangeRepository::update(PartnerCity& partner)
{
    normalise(partner);
    if (std::optional<Error> e = validate(partner))
        return *e;
    return m_partners.update(partner);
}

Result<RowSnapshot> ExchangeRepository::remove(const PartnerCity& partner)
{
    return m_partners.remove(partner);
}

// Exchanges --------------------------------------------------------------------------------

QList<Exchange> ExchangeRepository::exchanges() const
{
    return m_exchanges.all(QStringLiteral("ORDER BY start_date, title"));
}

std::optional<Exchange> ExchangeRepository::exchange(const QString& id) const
{
    return m_exchanges.one(id);
}

Result<void> ExchangeRepository::add(Exchange& exchange)
{
    if (std::optional<Error> e = validate(exchange))
        return *e;
    return m_exchanges.add(exchange);
}

Result<void> ExchangeRepository::update(Exchange& exchange)
{
    if (std::optional<Error> e = validate(exchange))
        return *e;
    return m_exchanges.update(exchange);
}

Result<RowSnapshot> ExchangeRepository::remove(const Exchange& exchange)
{
    return m_exchanges.remove(exchange);
}

// Good practices ---------------------------------------------------------------------------

QList<GoodPractice> ExchangeRepository::practices() const
{
    return m_practices.all(QStringLiteral("ORDER BY title, city_name"));
}

std::optional<GoodPractice> ExchangeRepository::practice(const QString& id) const
{
    return m_practices.one(id);
}

Result<void> ExchangeRepository::add(GoodPractice& practice)
{
    if (std::optional<Error> e = validate(practice))
        return *e;
    return m_practices.add(practice);
}

Result<void> ExchangeRepository::update(GoodPractice& practice)
{
    if (std::optional<Error> e = validate(practice))
        return *e;
    return m_practices.update(practice);
}

Result<RowSnapshot> ExchangeRepository::remove(const GoodPractice& practice)
{
    return m_practices.remove(practice);
}

// Undo -------------------------------------------------------------------------------------

Result<void> ExchangeRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void ExchangeRepository::announceRemoved(const RowSnapshot& snapshot)
{
    m_kinds.removed(snapshot);
    // Exchanges and practices whose partner or theme the delete cleared.
    m_kinds.referencesChanged(snapshot);
}

void ExchangeRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
    m_kinds.referencesChanged(snapshot);
}

// Validation -------------------------------------------------------------------------------

std::optional<Error> ExchangeRepository::validate(const PartnerCity& partner) const
{
    if (std::optional<Error> e = Validation::first(
            {Validation::required(partner.name, Fields::partnerName()),
             Validation::optionalDate(partner.since, Fields::since()),
             Validation::optionalDate(partner.until, Fields::until()),
             Validation::order(partner.since, partner.until, Fields::since(), Fields::until())}))
        return e;
    const QString email = partner.contactEmail.trimmed();
    if (!email.isEmpty() && !ContactPerson::looksLikeEmail(email))
        return Messages::badEmail(email);
    const QString cityId = partner.partnerCityUuid.trimmed();
    if (!cityId.isEmpty() && QUuid::fromString(cityId).isNull())
        return Messages::invalidCityId(cityId);
    // Twinning a city with itself would make its own records look like a partner's.
    if (!cityId.isEmpty() && QUuid::fromString(cityId) == QUuid::fromString(m_store.cityId()))
        return Messages::ownCityId();
    return std::nullopt;
}

std::optional<Error> ExchangeRepository::validate(const Exchange& exchange) const
{
    const QSqlDatabase db = m_store.database();
    return Validation::first(
        {Validation::required(exchange.title, Fields::exchangeTitle()),
         Validation::requiredDate(exchange.startDate, Fields::startDate()),
         Validation::optionalDate(exchange.endDate, Fields::endDate()),
         Validation::order(exchange.startDate, exchange.endDate, Fields::startDate(),
                           Fields::endDate()),
         optionalReference(db, "partner_city", exchange.partnerId, Fields::partner()),
         optionalReference(db, "theme", exchange.themeId, Fields::theme())});
}

std::optional<Error> ExchangeRepository::validate(const GoodPractice& practice) const
{
    const QSqlDatabase db = m_store.database();
    return Validation::first(
        {Validation::required(practice.title, Fields::practiceTitle()),
         optionalReference(db, "partner_city", practice.partnerId, Fields::partner()),
         optionalReference(db, "theme", practice.themeId, Fields::theme())});
}
