// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeRepository.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"
#include "common/Validation.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ThemeRepository)
public:
    static QString name() { return tr("The theme's name"); }
    static QString theme() { return tr("Theme"); }
};

// theme's columns as the catalogue lists them, and where each is in a row: found once.
struct ThemeSelect : TableSelect
{
    ThemeSelect() : TableSelect("theme") {}
    const int builtinKey = column("builtin_key");
    const int name = column("name");
    const int position = column("position");
};

Theme readTheme(const QSqlQuery& q)
{
    const ThemeSelect& c = tableSelect<ThemeSelect>();
    Theme t;
    t.meta = RecordMeta::read(q);
    t.builtinKey = q.value(c.builtinKey).toString();
    t.name = q.value(c.name).toString();
    t.position = q.value(c.position).toInt();
    return t;
}

QList<RecordStore::Column> columnsOf(const Theme& t)
{
    return {{"builtin_key", SqlValue::reference(t.builtinKey)},
            {"name", t.name.trimmed()},
            {"position", t.position}};
}
} // namespace

ThemeRepository::ThemeRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Themes, this);
}

ThemeRepository::~ThemeRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Themes, nullptr);
}

QList<Theme> ThemeRepository::themes() const
{
    return Queries::readAll<Theme>(
        m_store.database(),
        tableSelect<ThemeSelect>().sql(QStringLiteral("ORDER BY position, name")), readTheme);
}

std::optional<Theme> ThemeRepository::theme(const QString& id) const
{
    return Queries::readOne<Theme>(m_store.database(),
                                   tableSelect<ThemeSelect>().sql(QStringLiteral("WHERE id = ?")),
                                   id, readTheme);
}

std::optional<Theme> ThemeRepository::themeByKey(const QString& builtinKey) const
{
    return Queries::readOne<Theme>(
        m_store.database(), tableSelect<ThemeSelect>().sql(QStringLiteral("WHERE builtin_key = ?")),
        builtinKey, readTheme);
}

std::optional<Error> ThemeRepository::validate(const Theme& theme) const
{
    if (std::optional<Error> e = Validation::required(theme.name, Fields::name()))
        return e;
    const QString folded = theme.name.trimmed().toCaseFolded();
    for (const Theme& other : themes()) {
        if (other.meta.id != theme.meta.id && other.name.trimmed().toCaseFolded() == folded)
            return Validation::duplicate(theme.name.trimmed(), Fields::theme());
    }
    return std::nullopt;
}

Result<void> ThemeRepository::add(Theme& theme)
{
    if (std::optional<Error> e = validate(theme))
        return *e;
    Result<void> r = m_store.insertOne("theme", theme.meta, columnsOf(theme));
    if (r)
        m_store.announce([this, theme] { emit themeAdded(theme); });
    return r;
}

Result<void> ThemeRepository::update(Theme& theme)
{
    if (std::optional<Error> e = validate(theme))
        return *e;
    Result<void> r = m_store.updateOne("theme", theme.meta, columnsOf(theme));
    if (r)
        m_store.announce([this, theme] { emit themeUpdated(theme); });
    return r;
}

Result<RowSnapshot> ThemeRepository::remove(const Theme& theme)
{
    return m_store.removeOne("theme", theme.meta.id);
}

Result<void> ThemeRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void ThemeRepository::announceRemoved(const RowSnapshot& snapshot)
{
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table == QLatin1String("theme"))
            emit themeRemoved(row.values.value(QStringLiteral("id")).toString());
    }
}

void ThemeRepository::announceRestored(const RowSnapshot& snapshot)
{
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table != QLatin1String("theme"))
            continue;
        if (auto t = theme(row.values.value(QStringLiteral("id")).toString()))
            emit themeAdded(*t);
    }
}

QList<std::pair<QString, QString>> ThemeRepository::builtinNames(const QString& language)
{
    QFile file(QStringLiteral(":/passerelle/data/themes.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray themes =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("themes")).toArray();
    QList<std::pair<QString, QString>> names;
    for (const QJsonValue& v : themes) {
        const QJsonObject o = v.toObject();
        QString name = o.value(language).toString();
        if (name.isEmpty())
            name = o.value(QStringLiteral("en")).toString();
        names.append({o.value(QStringLiteral("key")).toString(), name});
    }
    return names;
}

Result<void> ThemeRepository::createBuiltins(const QString& language)
{
    int position = 0;
    for (const auto& [key, name] : builtinNames(language)) {
        Theme t;
        t.builtinKey = key;
        t.name = name;
        t.position = position++;
        if (Result<void> r = m_store.insert("theme", t.meta, columnsOf(t)); !r)
            return r;
    }
    return {};
}
