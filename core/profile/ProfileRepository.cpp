// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRepository.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"
#include "common/Validation.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)
public:
    static QString cityName() { return tr("The city's name"); }
    static QString populationYear() { return tr("The population year"); }
    static QString population() { return tr("The population"); }
    static QString country() { return tr("The country of origin"); }
    static QString number() { return tr("The number of migrants"); }
    static QString year() { return tr("The year"); }
    static QString district() { return tr("The district's name"); }
    static QString migrantPopulation() { return tr("The migrant population"); }
    static QString label() { return tr("The figure's label"); }
};

// Each table's columns as the catalogue lists them, and where each is in a row: found once.
struct CitySelect : TableSelect
{
    CitySelect() : TableSelect("city") {}
    const int name = column("name");
    const int country = column("country");
    const int region = column("region");
    const int language = column("language");
    const int population = column("population");
    const int populationYear = column("population_year");
    const int populationSource = column("population_source");
};

struct SectionSelect : TableSelect
{
    SectionSelect() : TableSelect("profile_section") {}
    const int sectionKey = column("section_key");
    const int body = column("body");
    const int sources = column("sources");
};

struct OriginSelect : TableSelect
{
    OriginSelect() : TableSelect("migrant_origin") {}
    const int country = column("country");
    const int number = column("number");
    const int year = column("year");
    const int source = column("source");
    const int position = column("position");
};

struct DistrictSelect : TableSelect
{
    DistrictSelect() : TableSelect("district") {}
    const int name = column("name");
    const int population = column("population");
    const int migrantPopulation = column("migrant_population");
    const int year = column("year");
    const int source = column("source");
    const int notes = column("notes");
    const int position = column("position");
};

struct FigureSelect : TableSelect
{
    FigureSelect() : TableSelect("profile_figure") {}
    const int label = column("label");
    const int value = column("value");
    const int unit = column("unit");
    const int year = column("year");
    const int source = column("source");
    const int themeId = column("theme_id");
    const int position = column("position");
};

MigrantOrigin readOrigin(const QSqlQuery& q)
{
    const OriginSelect& col = tableSelect<OriginSelect>();
    MigrantOrigin o;
    o.meta = RecordMeta::read(q);
    o.country = q.value(col.country).toString();
    o.number = q.value(col.number).toLongLong();
    o.year = q.value(col.year).toInt();
    o.source = q.value(col.source).toString();
    o.position = q.value(col.position).toInt();
    return o;
}

District readDistrict(const QSqlQuery& q)
{
    const DistrictSelect& col = tableSelect<DistrictSelect>();
    District d;
    d.meta = RecordMeta::read(q);
    d.name = q.value(col.name).toString();
    d.population = SqlValue::toOptionalInt64(q.value(col.population));
    d.migrantPopulation = SqlValue::toOptionalInt64(q.value(col.migrantPopulation));
    d.year = SqlValue::toOptionalInt(q.value(col.year));
    d.source = q.value(col.source).toString();
    d.notes = q.value(col.notes).toString();
    d.position = q.value(col.position).toInt();
    return d;
}

ProfileFigure readFigure(const QSqlQuery& q)
{
    const FigureSelect& col = tableSelect<FigureSelect>();
    ProfileFigure f;
    f.meta = RecordMeta::read(q);
    f.label = q.value(col.label).toString();
    f.value = q.value(col.value).toDouble();
    f.unit = q.value(col.unit).toString();
    f.year = q.value(col.year).toInt();
    f.source = q.value(col.source).toString();
    f.themeId = q.value(col.themeId).toString();
    f.position = q.value(col.position).toInt();
    return f;
}

QList<RecordStore::Column> columnsOf(const MigrantOrigin& o)
{
    return {{"country", o.country.trimmed()},
            {"number", o.number},
            {"year", o.year},
            {"source", o.source},
            {"position", o.position}};
}

QList<RecordStore::Column> columnsOf(const District& d)
{
    return {{"name", d.name.trimmed()},
            {"population", SqlValue::of(d.population)},
            {"migrant_population", SqlValue::of(d.migrantPopulation)},
            {"year", SqlValue::of(d.year)},
            {"source", d.source},
            {"notes", d.notes},
            {"position", d.position}};
}

QList<RecordStore::Column> columnsOf(const ProfileFigure& f)
{
    return {{"label", f.label.trimmed()},
            {"value", f.value},
            {"unit", f.unit},
            {"year", f.year},
            {"source", f.source},
            {"theme_id", SqlValue::reference(f.themeId)},
            {"position", f.position}};
}

} // namespace

using Queries::readAll;
using Queries::readOne;

ProfileRepository::ProfileRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Profile, this);
}

ProfileRepository::~ProfileRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Profile, nullptr);
}

Result<City> ProfileRepository::city() const
{
    const CitySelect& col = tableSelect<CitySelect>();
    QSqlQuery q(m_store.database());
    q.prepare(col.sql(QStringLiteral("LIMIT 1")));
    if (!q.exec() || !q.next())
        return RecordStore::sqlError(q.lastError().text());
    City c;
    c.meta = RecordMeta::read(q);
    c.name = q.value(col.name).toString();
    c.country = q.value(col.country).toString();
    c.region = q.value(col.region).toString();
    c.language = q.value(col.language).toString();
    c.population = SqlValue::toOptionalInt64(q.value(col.population));
    c.populationYear = SqlValue::toOptionalInt(q.value(col.populationYear));
    c.populationSource = q.value(col.populationSource).toString();
    return c;
}

Result<void> ProfileRepository::update(City& city)
{
    if (std::optional<Error> e = validate(city))
        return *e;
    Result<void> r = m_store.inTransaction([&] {
        return m_store.update("city", city.meta,
                              {{"name", city.name.trimmed()},
                               {"country", city.country},
                               {"region", city.region},
                               {"language", city.language},
                               {"population", SqlValue::of(city.population)},
                               {"population_year", SqlValue::of(city.populationYear)},
                               {"population_source", city.populationSource}});
    });
    if (r)
        m_store.announce([this, city] { emit cityChanged(city); });
    return r;
}

QList<ProfileSection> ProfileRepository::sections() const
{
    const QList<ProfileSection> stored = readAll<ProfileSection>(
        m_store.database(), tableSelect<SectionSelect>().sql(),
        [&col = tableSelect<SectionSelect>()](const QSqlQuery& q) {
            ProfileSection s;
            s.meta = RecordMeta::read(q);
            s.key = ProfileSection::keyFromText(q.value(col.sectionKey).toString())
                        .value_or(ProfileSection::Key::Overview);
            s.body = q.value(col.body).toString();
            s.sources = q.value(col.sources).toString();
            return s;
        });
    // In the order of the method, whatever the order in the file.
    QList<ProfileSection> ordered;
    for (ProfileSection::Key key : ProfileSection::allKeys()) {
        for (const ProfileSection& s : stored) {
            if (s.key == key)
                ordered << s;
        }
    }
    return ordered;
}

Result<void> ProfileRepository::update(ProfileSection& section)
{
    Result<void> r = m_store.inTransaction([&] {
        return m_store.update("profile_section", section.meta,
                              {{"body", section.body}, {"sources", section.sources}});
    });
    if (r)
        m_store.announce([this, section] { emit sectionChanged(section); });
    return r;
}

Result<void> ProfileRepository::createMissingSections()
{
    const QList<ProfileSection> existing = sections();
    for (ProfileSection::Key key : ProfileSection::allKeys()) {
        const bool present = std::any_of(existing.cbegin(), existing.cend(),
                                         [key](const ProfileSection& s) { return s.key == key; });
        if (present)
            continue;
        RecordMeta meta;
        if (Result<void> r = m_store.insert("profile_section", meta,
                                            {{"section_key", ProfileSection::keyText(key)}});
            !r)
            return r;
    }
    return {};
}

QList<MigrantOrigin> ProfileRepository::origins() const
{
    return readAll<MigrantOrigin>(
        m_store.database(),
        tableSelect<OriginSelect>().sql(QStringLiteral("ORDER BY position, number DESC")),
        readOrigin);
}

std::optional<MigrantOrigin> ProfileRepository::origin(const QString& id) const
{
    return readOne<MigrantOrigin>(m_store.database(),
                                  tableSelect<OriginSelect>().sql(QStringLiteral("WHERE id = ?")),
                                  id, readOrigin);
}

Result<void> ProfileRepository::add(MigrantOrigin& origin)
{
    if (std::optional<Error> e = validate(origin))
        return *e;
    Result<void> r = m_store.insertOne("migrant_origin", origin.meta, columnsOf(origin));
    if (r)
        m_store.announce([this, origin] { emit originAdded(origin); });
    return r;
}

Result<void> ProfileRepository::update(MigrantOrigin& origin)
{
    if (std::optional<Error> e = validate(origin))
        return *e;
    Result<void> r = m_store.updateOne("migrant_origin", origin.meta, columnsOf(origin));
    if (r)
        m_store.announce([this, origin] { emit originUpdated(origin); });
    return r;
}

Result<RowSnapshot> ProfileRepository::remove(const MigrantOrigin& origin)
{
    return m_store.removeOne("migrant_origin", origin.meta.id);
}

QList<District> ProfileRepository::districts() const
{
    return readAll<District>(
        m_store.database(),
        tableSelect<DistrictSelect>().sql(QStringLiteral("ORDER BY position, name")), readDistrict);
}

std::optional<District> ProfileRepository::district(const QString& id) const
{
    return readOne<District>(m_store.database(),
                             tableSelect<DistrictSelect>().sql(QStringLiteral("WHERE id = ?")), id,
                             readDistrict);
}

Result<void> ProfileRepository::add(District& district)
{
    if (std::optional<Error> e = validate(district))
        return *e;
    Result<void> r = m_store.insertOne("district", district.meta, columnsOf(district));
    if (r)
        m_store.announce([this, district] { emit districtAdded(district); });
    return r;
}

Result<void> ProfileRepository::update(District& district)
{
    if (std::optional<Error> e = validate(district))
        return *e;
    Result<void> r = m_store.updateOne("district", district.meta, columnsOf(district));
    if (r)
        m_store.announce([this, district] { emit districtUpdated(district); });
    return r;
}

Result<RowSnapshot> ProfileRepository::remove(const District& district)
{
    return m_store.removeOne("district", district.meta.id);
}

QList<ProfileFigure> ProfileRepository::figures() const
{
    return readAll<ProfileFigure>(
        m_store.database(),
        tableSelect<FigureSelect>().sql(QStringLiteral("ORDER BY position, label")), readFigure);
}

std::optional<ProfileFigure> ProfileRepository::figure(const QString& id) const
{
    return readOne<ProfileFigure>(m_store.database(),
                                  tableSelect<FigureSelect>().sql(QStringLiteral("WHERE id = ?")),
                                  id, readFigure);
}

Result<void> ProfileRepository::add(ProfileFigure& figure)
{
    if (std::optional<Error> e = validate(figure))
        return *e;
    Result<void> r = m_store.insertOne("profile_figure", figure.meta, columnsOf(figure));
    if (r)
        m_store.announce([this, figure] { emit figureAdded(figure); });
    return r;
}

Result<void> ProfileRepository::update(ProfileFigure& figure)
{
    if (std::optional<Error> e = validate(figure))
        return *e;
    Result<void> r = m_store.updateOne("profile_figure", figure.meta, columnsOf(figure));
    if (r)
        m_store.announce([this, figure] { emit figureUpdated(figure); });
    return r;
}

Result<RowSnapshot> ProfileRepository::remove(const ProfileFigure& figure)
{
    return m_store.removeOne("profile_figure", figure.meta.id);
}

Result<void> ProfileRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void ProfileRepository::announceRemoved(const RowSnapshot& snapshot)
{
    for (auto row = snapshot.rows.crbegin(); row != snapshot.rows.crend(); ++row) {
        const QString id = row->values.value(QStringLiteral("id")).toString();
        if (row->table == QLatin1String("migrant_origin"))
            emit originRemoved(id);
        else if (row->table == QLatin1String("district"))
            emit districtRemoved(id);
        else if (row->table == QLatin1String("profile_figure"))
            emit figureRemoved(id);
    }
    announceChanged(snapshot);
}

void ProfileRepository::announceRestored(const RowSnapshot& snapshot)
{
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const QString id = row.values.value(QStringLiteral("id")).toString();
        if (row.table == QLatin1String("migrant_origin")) {
            if (auto o = origin(id))
                emit originAdded(*o);
        } else if (row.table == QLatin1String("district")) {
            if (auto d = district(id))
                emit districtAdded(*d);
        } else if (row.table == QLatin1String("profile_figure")) {
            if (auto f = figure(id))
                emit figureAdded(*f);
        }
    }
    announceChanged(snapshot);
}

void ProfileRepository::announceChanged(const RowSnapshot& snapshot)
{
    // Figures whose theme a theme's removal cleared or its restoration put back.
    QSet<QString> seen;
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        if (ref.table != QLatin1String("profile_figure") || seen.contains(ref.id))
            continue;
        seen.insert(ref.id);
        if (auto f = figure(ref.id))
            emit figureUpdated(*f);
    }
}

std::optional<Error> ProfileRepository::validate(const City& city)
{
    return Validation::first(
        {Validation::required(city.name, Fields::cityName()),
         city.population ? Validation::notNegative(double(*city.population), Fields::population())
                         : std::nullopt,
         city.populationYear ? Validation::year(*city.populationYear, Fields::populationYear())
                             : std::nullopt});
}

std::optional<Error> ProfileRepository::validate(const MigrantOrigin& origin)
{
    return Validation::first({Validation::required(origin.country, Fields::country()),
                              Validation::notNegative(double(origin.number), Fields::number()),
                              Validation::year(origin.year, Fields::year())});
}

std::optional<Error> ProfileRepository::validate(const District& district)
{
    return Validation::first(
        {Validation::required(district.name, Fields::district()),
         district.population
             ? Validation::notNegative(double(*district.population), Fields::population())
             : std::nullopt,
         district.migrantPopulation ? Validation::notNegative(double(*district.migrantPopulation),
                                                              Fields::migrantPopulation())
                                    : std::nullopt,
         district.year ? Validation::year(*district.year, Fields::year()) : std::nullopt});
}

std::optional<Error> ProfileRepository::validate(const ProfileFigure& figure)
{
    return Validation::first({Validation::required(figure.label, Fields::label()),
                              Validation::year(figure.year, Fields::year())});
}
