// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeRepository.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"
#include "common/Validation.h"
#include "storage/Queries.h"
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
    static Error ownCityId()
    {
        return Error{tr("The partner's city identifier is this city's own. Copy the identifier "
                        "from the partner's file, or leave it empty.")};
    }
};

// Each table's columns as the catalogue lists them, and where each is in a row: found once.
struct PartnerSelect : TableSelect
{
    PartnerSelect() : TableSelect("partner_city") {}
    const int name = column("name");
    const int country = column("country");
    const int role = column("role");
    const int partnerCityUuid = column("partner_city_uuid");
    const int since = column("since");
    const int notes = column("notes");
};

struct ExchangeSelect : TableSelect
{
    ExchangeSelect() : TableSelect("exchange") {}
    const int partnerId = column("partner_id");
    const int kind = column("kind");
    const int title = column("title");
    const int startDate = column("start_date");
    const int endDate = column("end_date");
    const int place = column("place");
    const int themeId = column("theme_id");
    const int participants = column("participants");
    const int lessons = column("lessons");
};

struct PracticeSelect : TableSelect
{
    PracticeSelect() : TableSelect("good_practice") {}
    const int title = column("title");
    const int cityName = column("city_name");
    const int themeId = column("theme_id");
    const int description = column("description");
    const int source = column("source");
    const int partnerId = column("partner_id");
};

PartnerCity readPartner(const QSqlQuery& q)
{
    const PartnerSelect& col = tableSelect<PartnerSelect>();
    PartnerCity p;
    p.meta = RecordMeta::read(q);
    p.name = q.value(col.name).toString();
    p.country = q.value(col.country).toString();
    // The CHECK constraint admits only known roles.
    p.role = PartnerCity::fromText(q.value(col.role).toString()).value_or(PartnerCity::Role::Peer);
    p.partnerCityUuid = q.value(col.partnerCityUuid).toString();
    p.since = SqlValue::toDate(q.value(col.since));
    p.notes = q.value(col.notes).toString();
    return p;
}

Exchange readExchange(const QSqlQuery& q)
{
    const ExchangeSelect& col = tableSelect<ExchangeSelect>();
    Exchange e;
    e.meta = RecordMeta::read(q);
    e.partnerId = q.value(col.partnerId).toString();
    e.kind = Exchange::fromText(q.value(col.kind).toString()).value_or(Exchange::Kind::StudyVisit);
    e.title = q.value(col.title).toString();
    e.startDate = SqlValue::toDate(q.value(col.startDate));
    e.endDate = SqlValue::toDate(q.value(col.endDate));
    e.place = q.value(col.place).toString();
    e.themeId = q.value(col.themeId).toString();
    e.participants = q.value(col.participants).toString();
    e.lessons = q.value(col.lessons).toString();
    return e;
}

GoodPractice readPractice(const QSqlQuery& q)
{
    const PracticeSelect& col = tableSelect<PracticeSelect>();
    GoodPractice g;
    g.meta = RecordMeta::read(q);
    g.title = q.value(col.title).toString();
    g.cityName = q.value(col.cityName).toString();
    g.themeId = q.value(col.themeId).toString();
    g.description = q.value(col.description).toString();
    g.source = q.value(col.source).toString();
    g.partnerId = q.value(col.partnerId).toString();
    return g;
}

QList<RecordStore::Column> columnsOf(const PartnerCity& p)
{
    return {{"name", p.name.trimmed()},
            {"country", p.country},
            {"role", PartnerCity::toText(p.role)},
            {"partner_city_uuid", SqlValue::reference(p.partnerCityUuid)},
            {"since", SqlValue::date(p.since)},
            {"notes", p.notes}};
}

QList<RecordStore::Column> columnsOf(const Exchange& e)
{
    return {{"partner_id", SqlValue::reference(e.partnerId)},
            {"kind", Exchange::toText(e.kind)},
            {"title", e.title.trimmed()},
            {"start_date", SqlValue::date(e.startDate)},
            {"end_date", SqlValue::date(e.endDate)},
            {"place", e.place},
            {"theme_id", SqlValue::reference(e.themeId)},
            {"participants", e.participants},
            {"lessons", e.lessons}};
}

QList<RecordStore::Column> columnsOf(const GoodPractice& g)
{
    return {{"title", g.title.trimmed()},
            {"city_name", g.cityName},
            {"theme_id", SqlValue::reference(g.themeId)},
            {"description", g.description},
            {"source", g.source},
            {"partner_id", SqlValue::reference(g.partnerId)}};
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

// The form the file keeps: lowercase, no braces, like every id in it. Text that is not an id
// is left alone for validate() to refuse.
void normaliseCityId(QString& text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    text = uuid.isNull() ? text.trimmed() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

using Queries::readAll;
using Queries::readOne;

ExchangeRepository::ExchangeRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Exchange, this);
}

ExchangeRepository::~ExchangeRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Exchange, nullptr);
}

// Partner cities ---------------------------------------------------------------------------

QList<PartnerCity> ExchangeRepository::partners() const
{
    return readAll<PartnerCity>(
        m_store.database(),
        tableSelect<PartnerSelect>().sql(QStringLiteral("ORDER BY name, country")), readPartner);
}

std::optional<PartnerCity> ExchangeRepository::partner(const QString& id) const
{
    return readOne<PartnerCity>(m_store.database(),
                                tableSelect<PartnerSelect>().sql(QStringLiteral("WHERE id = ?")),
                                id, readPartner);
}

Result<void> ExchangeRepository::add(PartnerCity& partner)
{
    normaliseCityId(partner.partnerCityUuid);
    if (std::optional<Error> e = validate(partner))
        return *e;
    Result<void> r = m_store.insertOne("partner_city", partner.meta, columnsOf(partner));
    if (r)
        m_store.announce([this, partner] { emit partnerAdded(partner); });
    return r;
}

Result<void> ExchangeRepository::update(PartnerCity& partner)
{
    normaliseCityId(partner.partnerCityUuid);
    if (std::optional<Error> e = validate(partner))
        return *e;
    Result<void> r = m_store.updateOne("partner_city", partner.meta, columnsOf(partner));
    if (r)
        m_store.announce([this, partner] { emit partnerUpdated(partner); });
    return r;
}

Result<RowSnapshot> ExchangeRepository::remove(const PartnerCity& partner)
{
    return m_store.removeOne("partner_city", partner.meta.id);
}

// Exchanges --------------------------------------------------------------------------------

QList<Exchange> ExchangeRepository::exchanges() const
{
    return readAll<Exchange>(
        m_store.database(),
        tableSelect<ExchangeSelect>().sql(QStringLiteral("ORDER BY start_date, title")),
        readExchange);
}

std::optional<Exchange> ExchangeRepository::exchange(const QString& id) const
{
    return readOne<Exchange>(m_store.database(),
                             tableSelect<ExchangeSelect>().sql(QStringLiteral("WHERE id = ?")), id,
                             readExchange);
}

Result<void> ExchangeRepository::add(Exchange& exchange)
{
    if (std::optional<Error> e = validate(exchange))
        return *e;
    Result<void> r = m_store.insertOne("exchange", exchange.meta, columnsOf(exchange));
    if (r)
        m_store.announce([this, exchange] { emit exchangeAdded(exchange); });
    return r;
}

Result<void> ExchangeRepository::update(Exchange& exchange)
{
    if (std::optional<Error> e = validate(exchange))
        return *e;
    Result<void> r = m_store.updateOne("exchange", exchange.meta, columnsOf(exchange));
    if (r)
        m_store.announce([this, exchange] { emit exchangeUpdated(exchange); });
    return r;
}

Result<RowSnapshot> ExchangeRepository::remove(const Exchange& exchange)
{
    return m_store.removeOne("exchange", exchange.meta.id);
}

// Good practices ---------------------------------------------------------------------------

QList<GoodPractice> ExchangeRepository::practices() const
{
    return readAll<GoodPractice>(
        m_store.database(),
        tableSelect<PracticeSelect>().sql(QStringLiteral("ORDER BY title, city_name")),
        readPractice);
}

std::optional<GoodPractice> ExchangeRepository::practice(const QString& id) const
{
    return readOne<GoodPractice>(m_store.database(),
                                 tableSelect<PracticeSelect>().sql(QStringLiteral("WHERE id = ?")),
                                 id, readPractice);
}

Result<void> ExchangeRepository::add(GoodPractice& practice)
{
    if (std::optional<Error> e = validate(practice))
        return *e;
    Result<void> r = m_store.insertOne("good_practice", practice.meta, columnsOf(practice));
    if (r)
        m_store.announce([this, practice] { emit practiceAdded(practice); });
    return r;
}

Result<void> ExchangeRepository::update(GoodPractice& practice)
{
    if (std::optional<Error> e = validate(practice))
        return *e;
    Result<void> r = m_store.updateOne("good_practice", practice.meta, columnsOf(practice));
    if (r)
        m_store.announce([this, practice] { emit practiceUpdated(practice); });
    return r;
}

Result<RowSnapshot> ExchangeRepository::remove(const GoodPractice& practice)
{
    return m_store.removeOne("good_practice", practice.meta.id);
}

// Undo -------------------------------------------------------------------------------------

Result<void> ExchangeRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void ExchangeRepository::announceRemoved(const RowSnapshot& snapshot)
{
    for (auto row = snapshot.rows.crbegin(); row != snapshot.rows.crend(); ++row) {
        const QString id = row->values.value(QStringLiteral("id")).toString();
        if (row->table == QLatin1String("partner_city"))
            emit partnerRemoved(id);
        else if (row->table == QLatin1String("exchange"))
            emit exchangeRemoved(id);
        else if (row->table == QLatin1String("good_practice"))
            emit practiceRemoved(id);
    }
    announceReferences(snapshot);
}

void ExchangeRepository::announceRestored(const RowSnapshot& snapshot)
{
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const QString id = row.values.value(QStringLiteral("id")).toString();
        if (row.table == QLatin1String("partner_city")) {
            if (auto p = partner(id))
                emit partnerAdded(*p);
        } else if (row.table == QLatin1String("exchange")) {
            if (auto e = exchange(id))
                emit exchangeAdded(*e);
        } else if (row.table == QLatin1String("good_practice")) {
            if (auto g = practice(id))
                emit practiceAdded(*g);
        }
    }
    announceReferences(snapshot);
}

void ExchangeRepository::announceReferences(const RowSnapshot& snapshot)
{
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        if (ref.table == QLatin1String("exchange")) {
            if (auto e = exchange(ref.id))
                emit exchangeUpdated(*e);
        } else if (ref.table == QLatin1String("good_practice")) {
            if (auto g = practice(ref.id))
                emit practiceUpdated(*g);
        }
    }
}

// Validation -------------------------------------------------------------------------------

std::optional<Error> ExchangeRepository::validate(const PartnerCity& partner) const
{
    if (std::optional<Error> e =
            Validation::first({Validation::required(partner.name, Fields::partnerName()),
                               Validation::optionalDate(partner.since, Fields::since())}))
        return e;
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
