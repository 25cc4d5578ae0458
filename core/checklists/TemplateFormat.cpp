// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateFormat.h"

#include "common/BoundedFile.h"
#include "common/TextLimits.h"
#include "common/Validation.h"
#include "themes/ThemeRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

const QString builtinFolder = QStringLiteral(":/passerelle/data/templates");

TemplateDocument::Text readText(const QJsonValue& value, const QStringList& languages)
{
    TemplateDocument::Text text;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            text.insert(it.key(), it.value().toString());
    } else if (value.isString() && !languages.isEmpty()) {
        // A single-language template may give plain strings.
        text.insert(languages.first(), value.toString());
    }
    return text;
}

QJsonObject writeText(const TemplateDocument::Text& text, const QStringList& languages)
{
    QJsonObject o;
    for (const QString& l : languages) {
        if (text.contains(l))
            o.insert(l, text.value(l));
    }
    return o;
}

// 1-based line of a character offset, for the message about malformed JSON.
int lineOf(const QByteArray& json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

Result<QByteArray> TemplateFormat::readFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    BoundedFile::Content content = BoundedFile::read(path, maxBytes);
    switch (content.problem) {
    case BoundedFile::Problem::None:
        break;
    case BoundedFile::Problem::NotAFile:
        return Error{BoundedFile::notAFileMessage(path)};
    case BoundedFile::Problem::CannotOpen:
        return Error{tr("“%1” could not be read: %2. Check that the file exists and that you may "
                        "read it.")
                         .arg(name, content.reason)};
    case BoundedFile::Problem::TooLarge:
        return Error{tr("“%1” is larger than the %2 MB a checklist template may be, so it is "
                        "not one. Ask the city that sent it for the checklist as Passerelle "
                        "exports it.")
                         .arg(name)
                         .arg(maxBytes / (1024 * 1024))};
    }
    return std::move(content.bytes);
}

Result<TemplateDocument> TemplateFormat::parse(const QByteArray& json)
{
    if (json.size() > maxBytes)
        return Error{tr("The checklist file is larger than the %1 MB a checklist template may "
                        "be, so it is not one. Ask the city that sent it for the checklist as "
                        "Passerelle exports it.")
                         .arg(maxBytes / (1024 * 1024))};
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("The checklist file is not valid JSON: %1 at line %2 (character %3). "
                        "Ask the sender for a new copy.")
                         .arg(error.errorString())
                         .arg(lineOf(json, error.offset))
                         .arg(error.offset)};
    const QJsonObject root = parsed.object();
    if (!parsed.isObject() || !root.contains(QStringLiteral("format")) ||
        !root.contains(QStringLiteral("areas")))
        return Error{tr("The file is not a Passerelle checklist: it has no “format” or no "
                        "“areas”.")};

    TemplateDocument doc;
    doc.format = root.value(QStringLiteral("format")).toInt(0);
    if (doc.format > currentFormat)
        return Error{tr("The checklist uses format %1, newer than this Passerelle reads "
                        "(format %2). Update Passerelle to import it.")
                         .arg(doc.format)
                         .arg(currentFormat)};
    doc.key = root.value(QStringLiteral("key")).toString().trimmed();
    doc.version = root.value(QStringLiteral("version")).toInt(0);
    for (const QJsonValue& l : root.value(QStringLiteral("languages")).toArray())
        doc.languages << l.toString().trimmed();
    if (doc.languages.isEmpty()) {
        // Older or hand-written files: the title's languages are the template's.
        doc.languages = root.value(QStringLiteral("title")).toObject().keys();
    }
    doc.title = readText(root.value(QStringLiteral("title")), doc.languages);
    doc.description = readText(root.value(QStringLiteral("description")), doc.languages);
    for (const QJsonValue& av : root.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject a = av.toObject();
        TemplateDocument::Area area;
        area.key = a.value(QStringLiteral("key")).toString().trimmed();
        area.themeKey = a.value(QStringLiteral("theme")).toString().trimmed();
        area.title = readText(a.value(QStringLiteral("title")), doc.languages);
        area.description = readText(a.value(QStringLiteral("description")), doc.languages);
        for (const QJsonValue& iv : a.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            TemplateDocument::Item item;
            item.key = i.value(QStringLiteral("key")).toString().trimmed();
            item.themeKey = i.value(QStringLiteral("theme")).toString().trimmed();
            item.statement = readText(i.value(QStringLiteral("statement")), doc.languages);
            item.guidance = readText(i.value(QStringLiteral("guidance")), doc.languages);
            item.addedInVersion = i.value(QStringLiteral("added_in_version")).toInt(1);
            area.items << item;
        }
        doc.areas << area;
    }
    if (std::optional<Error> e = validate(doc))
        return *e;
    return doc;
}

std::optional<Error> TemplateFormat::validate(const TemplateDocument& doc)
{
    if (doc.format < 1 || doc.format > currentFormat)
        return Error{tr("The checklist uses format %1, which this Passerelle does not read "
                        "(format %2). Update Passerelle to import it.")
                         .arg(doc.format)
                         .arg(currentFormat)};
    if (doc.key.isEmpty())
        return Error{tr("The checklist has no key. Give it a “key” that names it.")};
    if (auto e =
            Validation::maxLength(doc.key, TextLimits::maxShortText, tr("The checklist's key")))
        return e;
    if (doc.version < 1)
        return Error{
            tr("The checklist “%1” has no valid version: it must be 1 or more.").arg(doc.key)};
    if (doc.languages.isEmpty() || doc.languages.contains(QString()))
        return Error{
            tr("The checklist “%1” does not say which languages it is written in.").arg(doc.key)};
    QSet<QString> themes;
    for (const auto& [key, name] : ThemeRepository::builtinNames(QStringLiteral("en")))
        themes.insert(key);

    // Every language of the template, present, not blank and not longer than such a text may
    // be (a title or a statement is a line, a description or guidance some pages); `what`
    // names the record.
    auto complete = [&](const TemplateDocument::Text& text, const QString& what, bool required,
                        qsizetype maxLength = TextLimits::maxShortText) -> std::optional<Error> {
        if (!required && text.isEmpty())
            return std::nullopt;
        for (const QString& l : doc.languages) {
            if (!text.contains(l))
                return Error{tr("%1 has no “%2” translation. Add it, or remove “%2” from the "
                                "template's languages.")
                                 .arg(what, TextLimits::shortened(l))};
            if (required && text.value(l).trimmed().isEmpty())
                return Error{tr("%1 is empty in “%2”. Write it, or remove the record.")
                                 .arg(what, TextLimits::shortened(l))};
            if (auto e = Validation::maxLength(
                    text.value(l), maxLength,
                    tr("%1 in “%2”", "a text in a language").arg(what, TextLimits::shortened(l))))
                return e;
        }
        return std::nullopt;
    };
    // Keys are read back from the file: a key is a name, not a text.
    auto shortKey = [](const QString& key, const QString& what) {
        return Validation::maxLength(key, TextLimits::maxShortText, what);
    };
    auto knownTheme = [&](const QString& key, const QString& what) -> std::optional<Error> {
        if (key.isEmpty() || themes.contains(key))
            return std::nullopt;
        QStringList known = themes.values();
        known.sort();
        return Error{tr("%1 has the theme “%2”, which Passerelle does not know. Use one of: %3.")
                         .arg(what, TextLimits::shortened(key), known.join(QStringLiteral(", ")))};
    };

    if (auto e = complete(doc.title, tr("The checklist's title"), true))
        return e;
    if (auto e = complete(doc.description, tr("The checklist's description"), false,
                          TextLimits::maxLongText))
        return e;
    if (doc.areas.isEmpty())
        return Error{tr("The checklist “%1” has no areas.").arg(doc.key)};
    qsizetype items = 0;
    for (const TemplateDocument::Area& area : doc.areas)
        items += area.items.size();
    if (items > maxItems)
        return Error{tr("The checklist “%1” has %2 items, more than the %3 a checklist may have. "
                        "Split it into several checklists.")
                         .arg(doc.key)
                         .arg(items)
                         .arg(maxItems)};
    QSet<QString> areaKeys;
    QSet<QString> itemKeys;
    for (const TemplateDocument::Area& area : doc.areas) {
        if (area.key.isEmpty())
            return Error{tr("An area of the checklist has no key. Give every area a key.")};
        if (auto e = shortKey(area.key, tr("The key of an area")))
            return e;
        if (areaKeys.contains(area.key))
            return Error{
                tr("The area key “%1” appears twice. Give each area its own key.").arg(area.key)};
        areaKeys.insert(area.key);
        const QString areaName = tr("The area “%1”").arg(area.key);
        if (auto e = knownTheme(area.themeKey, areaName))
            return e;
        if (auto e = complete(area.title, tr("The title of the area “%1”").arg(area.key), true))
            return e;
        if (auto e =
                complete(area.description, tr("The description of the area “%1”").arg(area.key),
                         false, TextLimits::maxLongText))
            return e;
        for (const TemplateDocument::Item& item : area.items) {
            if (item.key.isEmpty())
                return Error{tr("An item of the area “%1” has no key. Give every item a key.")
                                 .arg(area.key)};
            if (auto e =
                    shortKey(item.key, tr("The key of an item of the area “%1”").arg(area.key)))
                return e;
            if (itemKeys.contains(item.key))
                return Error{tr("The item key “%1” appears twice. Give each item its own key.")
                                 .arg(item.key)};
            itemKeys.insert(item.key);
            if (auto e = knownTheme(item.themeKey, tr("The item “%1”").arg(item.key)))
                return e;
            if (auto e = complete(item.statement,
                                  tr("The statement of the item “%1”").arg(item.key), true))
                return e;
            if (auto e = complete(item.guidance, tr("The guidance of the item “%1”").arg(item.key),
                                  false, TextLimits::maxLongText))
                return e;
            if (item.addedInVersion < 1 || item.addedInVersion > doc.version)
                return Error{tr("The item “%1” says it was added in version %2, but the "
                                "checklist is at version %3.")
                                 .arg(item.key)
                                 .arg(item.addedInVersion)
                                 .arg(doc.version)};
        }
    }
    return std::nullopt;
}

QByteArray TemplateFormat::toJson(const TemplateDocument& doc)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), currentFormat);
    root.insert(QStringLiteral("key"), doc.key);
    root.insert(QStringLiteral("version"), doc.version);
    root.insert(QStringLiteral("languages"), QJsonArray::fromStringList(doc.languages));
    root.insert(QStringLiteral("title"), writeText(doc.title, doc.languages));
    if (!doc.description.isEmpty())
        root.insert(QStringLiteral("description"), writeText(doc.description, doc.languages));
    QJsonArray areas;
    for (const TemplateDocument::Area& area : doc.areas) {
        QJsonObject a;
        a.insert(QStringLiteral("key"), area.key);
        if (!area.themeKey.isEmpty())
            a.insert(QStringLiteral("theme"), area.themeKey);
        a.insert(QStringLiteral("title"), writeText(area.title, doc.languages));
        if (!area.description.isEmpty())
            a.insert(QStringLiteral("description"), writeText(area.description, doc.languages));
        QJsonArray items;
        for (const TemplateDocument::Item& item : area.items) {
            QJsonObject i;
            i.insert(QStringLiteral("key"), item.key);
            if (!item.themeKey.isEmpty())
                i.insert(QStringLiteral("theme"), item.themeKey);
            i.insert(QStringLiteral("statement"), writeText(item.statement, doc.languages));
            if (!item.guidance.isEmpty())
                i.insert(QStringLiteral("guidance"), writeText(item.guidance, doc.languages));
            i.insert(QStringLiteral("added_in_version"), item.addedInVersion);
            items.append(i);
        }
        a.insert(QStringLiteral("items"), items);
        areas.append(a);
    }
    root.insert(QStringLiteral("areas"), areas);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList TemplateFormat::builtinKeys()
{
    QStringList keys;
    for (const QString& name :
         QDir(builtinFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        keys << name.chopped(5);
    return keys;
}

Result<TemplateDocument> TemplateFormat::builtin(const QString& key)
{
    QFile file(builtinFolder + QLatin1Char('/') + key + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Passerelle has no built-in checklist “%1”.").arg(key)};
    return parse(file.readAll());
}
