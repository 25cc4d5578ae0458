// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRepository.h"

#include "common/Validation.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

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

// Each kind's fields bound to its table's columns, once (RecordMapping).
using namespace RecordFields;

const RecordMapping<City>& cityMapping()
{
    static const RecordMapping<City> mapping(
        "city",
        {trimmed("name", &City::name), field("country", &City::country),
         field("region", &City::region), field("language", &City::language),
         field("population", &City::population), field("population_year", &City::populationYear),
         field("population_source", &City::populationSource)});
    return mapping;
}

const RecordMapping<ProfileSection>& sectionMapping()
{
    static const RecordMapping<ProfileSection> mapping(
        "profile_section",
        {enumeration("section_key", &ProfileSection::key, ProfileSection::keyText,
                     [](const QString& text) {
                         return ProfileSection::keyFromText(text).value_or(
                             ProfileSection::Key::Overview);
                     }),
         field("body", &ProfileSection::body), field("sources", &ProfileSection::sources)});
    return mapping;
}

const RecordMapping<MigrantOrigin>& originMapping()
{
    static const RecordMapping<MigrantOrigin> mapping(
        "migrant_origin",
        {trimmed("country", &MigrantOrigin::country), field("number", &MigrantOrigin::number),
         field("year", &MigrantOrigin::year), field("source", &MigrantOrigin::source),
         field("position", &MigrantOrigin::position)});
    return mapping;
}

const RecordMapping<District>& districtMapping()
{
    static const RecordMapping<District> mapping(
        "district", {trimmed("name", &District::name), field("population", &District::population),
                     field("migrant_population", &District::migrantPopulation),
                     field("year", &District::year), field("source", &District::source),
                     field("notes", &District::notes), field("position", &District::position)});
    return mapping;
}

const RecordMapping<ProfileFigure>& figureMapping()
{
    static const RecordMapping<ProfileFigure> mapping(
        "profile_figure",
        {trimmed("label", &ProfileFigure::label), field("value", &ProfileFigure::value),
         field("unit", &ProfileFigure::unit), field("year", &ProfileFigure::year),
         field("source", &ProfileFigure::source), reference("theme_id", &ProfileFigure::themeId),
         field("position", &ProfileFigure::position)});
    return mapping;
}

} // namespace

ProfileRepository::ProfileRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_city(store, cityMapping()),
      m_sections(store, sectionMapping()), m_origins(store, originMapping()),
      m_districts(store, districtMapping()), m_figures(store, figureMapping())
{
    m_origins.announceAs(m_kinds, this, &ProfileRepository::originAdded,
                         &ProfileRepository::originUpdated, &ProfileRepository::originRemoved);
    m_districts.announceAs(m_kinds, this, &ProfileRepository::districtAdded,
                           &ProfileRepository::districtUpdated,
                           &ProfileRepository::districtRemoved);
    m_figures.announceAs(m_kinds, this, &ProfileRepository::figureAdded,
                         &ProfileRepository::figureUpdated, &ProfileRepository::figureRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Profile, this);
}

ProfileRepository::~ProfileRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Profile, nullptr);
}

Result<City> ProfileRepository::city() const
{
    // A file holds one city (the file check refuses any other count).
    const QList<City> cities = m_city.all(QStringLiteral("LIMIT 1"));
    if (cities.isEmpty())
        return RecordStore::sqlError(QStringLiteral("no city row"));
    return cities.constFirst();
}

Result<void> ProfileRepository::update(City& city)
{
    if (std::optional<Error> e = validate(city))
        return *e;
    Result<void> r = m_city.update(city);
    if (r)
        m_store.announce([this, city] { emit cityChanged(city); });
    return r;
}

QList<ProfileSection> ProfileRepository::sections() const
{
    const QList<ProfileSection> stored = m_sections.all();
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
    return m_origins.all(QStringLiteral("ORDER BY position, number DESC"));
}

std::optional<MigrantOrigin> ProfileRepository::origin(const QString& id) const
{
    return m_origins.one(id);
}

Result<void> ProfileRepository::add(MigrantOrigin& origin)
{
    if (std::optional<Error> e = validate(origin))
        return *e;
    return m_origins.add(origin);
}

Result<void> ProfileRepository::update(MigrantOrigin& origin)
{
    if (std::optional<Error> e = validate(origin))
        return *e;
    return m_origins.update(origin);
}

Result<RowSnapshot> ProfileRepository::remove(const MigrantOrigin& origin)
{
    return m_origins.remove(origin);
}

QList<District> ProfileRepository::districts() const
{
    return m_districts.all(QStringLiteral("ORDER BY position, name"));
}

std::optional<District> ProfileRepository::district(const QString& id) const
{
    return m_districts.one(id);
}

Result<void> ProfileRepository::add(District& district)
{
    if (std::optional<Error> e = validate(district))
        return *e;
    return m_districts.add(district);
}

Result<void> ProfileRepository::update(District& district)
{
    if (std::optional<Error> e = validate(district))
        return *e;
    return m_districts.update(district);
}

Result<RowSnapshot> ProfileRepository::remove(const District& district)
{
    return m_districts.remove(district);
}

QList<ProfileFigure> ProfileRepository::figures() const
{
    return m_figures.all(QStringLiteral("ORDER BY position, label"));
}

std::optional<ProfileFigure> ProfileRepository::figure(const QString& id) const
{
    return m_figures.one(id);
}

Result<void> ProfileRepository::add(ProfileFigure& figure)
{
    if (std::optional<Error> e = validate(figure))
        return *e;
    return m_figures.add(figure);
}

Result<void> ProfileRepository::update(ProfileFigure& figure)
{
    if (std::optional<Error> e = validate(figure))
        return *e;
    return m_figures.update(figure);
}

Result<RowSnapshot> ProfileRepository::remove(const ProfileFigure& figure)
{
    return m_figures.remove(figure);
}

Result<void> ProfileRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void ProfileRepository::announceRemoved(const RowSnapshot& snapshot)
{
    m_kinds.removed(snapshot);
    // Figures whose theme a theme's removal cleared.
    m_kinds.referencesChanged(snapshot);
}

void ProfileRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
    m_kinds.referencesChanged(snapshot);
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
