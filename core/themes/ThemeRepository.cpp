// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeRepository.h"

#include "common/Validation.h"
#include "storage/RecordMapping.h"
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

const RecordMapping<Theme>& themeMapping()
{
    using namespace RecordFields;
    static const RecordMapping<Theme> mapping(
        "theme", {reference("builtin_key", &Theme::builtinKey), trimmed("name", &Theme::name),
                  field("position", &Theme::position)});
    return mapping;
}
} // namespace

ThemeRepository::ThemeRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_themes(store, themeMapping())
{
    m_themes.announceAs(m_kinds, this, &ThemeRepository::themeAdded, &ThemeRepository::themeUpdated,
                        &ThemeRepository::themeRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Themes, this);
}

ThemeRepository::~ThemeRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Themes, nullptr);
}

QList<Theme> ThemeRepository::themes() const
{
    return m_themes.all(QStringLiteral("ORDER BY position, name"));
}

std::optional<Theme> ThemeRepository::theme(const QString& id) const
{
    return m_themes.one(id);
}

std::optional<Theme> ThemeRepository::themeByKey(const QString& builtinKey) const
{
    const QList<Theme> found = m_themes.all(QStringLiteral("WHERE builtin_key = ?"), {builtinKey});
    return found.isEmpty() ? std::nullopt : std::optional<Theme>(found.constFirst());
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
    return m_themes.add(theme);
}

Result<void> ThemeRepository::update(Theme& theme)
{
    if (std::optional<Error> e = validate(theme))
        return *e;
    return m_themes.update(theme);
}

Result<RowSnapshot> ThemeRepository::remove(const Theme& theme)
{
    return m_themes.remove(theme);
}

Result<void> ThemeRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void ThemeRepository::announceRemoved(const RowSnapshot& snapshot)
{
    // A theme holds no reference a delete could clear: only the themes' own rows are announced.
    m_kinds.removed(snapshot);
}

void ThemeRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
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
        // Through the mapping but not the table: a new file's themes are there before anyone
        // listens, and were never announced.
        if (Result<void> r = m_store.insert("theme", t.meta, themeMapping().columns(t)); !r)
            return r;
    }
    return {};
}
