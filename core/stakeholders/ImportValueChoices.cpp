// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValueChoices.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
const QString kindsKey = QStringLiteral("kinds");
const QString levelsKey = QStringLiteral("levels");
const QString themesKey = QStringLiteral("themes");

// Sorted, so that the same choices are always the same text (and an unchanged memory is not
// written again).
template <typename V, typename ToText>
QJsonObject objectOf(const QHash<QString, V>& values, ToText text)
{
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    QJsonObject o;
    for (const QString& key : std::as_const(keys))
        o.insert(key, text(values.value(key)));
    return o;
}

template <typename V, typename FromText>
QHash<QString, V> valuesOf(const QJsonValue& value, FromText from)
{
    QHash<QString, V> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (out.size() >= ImportValueChoices::maxPerColumn)
            break;
        if (it.key().isEmpty() || it.key().size() > ImportValueChoices::maxKeyChars ||
            !it.value().isString())
            continue;
        if (const std::optional<V> v = from(it.value().toString()))
            out.insert(it.key(), *v);
    }
    return out;
}
} // namespace

QString ImportValueChoices::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), 1);
    o.insert(kindsKey, objectOf(kinds, [](Stakeholder::Kind k) { return Stakeholder::toText(k); }));
    o.insert(levelsKey,
             objectOf(levels, [](Stakeholder::Level l) { return Stakeholder::toText(l); }));
    o.insert(themesKey, objectOf(themes, [](const QString& id) { return id; }));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ImportValueChoices ImportValueChoices::fromJson(const QString& json, const QSet<QString>& themeIds)
{
    ImportValueChoices c;
    if (json.size() > maxStoredChars)
        return c;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return c;
    c.kinds = valuesOf<Stakeholder::Kind>(o.value(kindsKey), &Stakeholder::kindFromText);
    c.levels = valuesOf<Stakeholder::Level>(o.value(levelsKey), &Stakeholder::levelFromText);
    c.themes = valuesOf<QString>(o.value(themesKey),
                                 [&themeIds](const QString& id) -> std::optional<QString> {
                                     if (id.isEmpty() || themeIds.contains(id))
                                         return id;
                                     return std::nullopt;
                                 });
    return c;
}
