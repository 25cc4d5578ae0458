// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateInstaller.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateFormat.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "themes/ThemeRepository.h"

#include <QUuid>

TemplateInstaller::TemplateInstaller(Repositories& repos) : m_repos(repos) {}

bool TemplateInstaller::isOfficersOwn(const QString& key)
{
    return !QUuid::fromString(key).isNull();
}

QString TemplateInstaller::fileLanguage()
{
    if (Result<City> city = m_repos.profile().city(); city && !city.value().language.isEmpty())
        return city.value().language;
    return QStringLiteral("en");
}

QString TemplateInstaller::themeId(const QString& builtinKey)
{
    if (builtinKey.isEmpty())
        return {};
    if (m_themeIds.isEmpty()) {
        for (const Theme& t : m_repos.themes().themes()) {
            if (t.isBuiltin())
                m_themeIds.insert(t.builtinKey, t.meta.id);
        }
    }
    // A built-in theme the officer removed: the item simply has no theme.
    return m_themeIds.value(builtinKey);
}

Result<QString> TemplateInstaller::install(const TemplateDocument& doc, bool builtin,
                                           const QString& language, const QDate& today)
{
    if (std::optional<Error> e = TemplateFormat::validate(doc))
        return *e;
    m_language = language.isEmpty() ? fileLanguage() : language;
    ChecklistRepository& repo = m_repos.checklists();
    QString templateId;
    Result<void> r = Error{};
    if (std::optional<ChecklistTemplate> stored = repo.templateByKey(doc.key)) {
        if (doc.version <= stored->version)
            return Error{tr("This file already has version %1 of the checklist “%2”; the one "
                            "offered is version %3. Nothing was changed.")
                             .arg(stored->version)
                             .arg(stored->title)
                             .arg(doc.version)};
        templateId = stored->meta.id;
        r = m_repos.store().inTransaction([&] { return upgrade(doc, templateId, today); });
    } else {
        r = m_repos.store().inTransaction([&] { return installNew(doc, builtin, templateId); });
    }
    if (!r)
        return r.error();
    return templateId;
}

Result<QString> TemplateInstaller::importJson(const QByteArray& json, const QDate& today)
{
    Result<TemplateDocument> doc = TemplateFormat::parse(json);
    if (!doc)
        return doc.error();
    return install(doc.value(), false, {}, today);
}

Result<void> TemplateInstaller::installNew(const TemplateDocument& doc, bool builtin,
                                           QString& templateId)
{
    ChecklistRepository& repo = m_repos.checklists();
    ChecklistTemplate t;
    t.key = doc.key;
    t.title = doc.text(doc.title, m_language);
    t.version = doc.version;
    t.builtin = builtin;
    if (Result<void> r = repo.add(t); !r)
        return r;
    templateId = t.meta.id;
    int areaPosition = 0;
    for (const TemplateDocument::Area& a : doc.areas) {
        ChecklistArea area;
        area.templateId = t.meta.id;
        area.key = a.key;
        area.title = doc.text(a.title, m_language);
        area.description = doc.text(a.description, m_language);
        area.themeId = themeId(a.themeKey);
        area.position = areaPosition++;
        if (Result<void> r = repo.add(area); !r)
            return r;
        int itemPosition = 0;
        for (const TemplateDocument::Item& i : a.items) {
            ChecklistItem item;
            item.areaId = area.meta.id;
            item.key = i.key;
            item.statement = doc.text(i.statement, m_language);
            item.guidance = doc.text(i.guidance, m_language);
            item.themeId = i.themeKey.isEmpty() ? area.themeId : themeId(i.themeKey);
            item.position = itemPosition++;
            item.addedInVersion = i.addedInVersion;
            if (Result<void> r = repo.add(item); !r)
                return r;
        }
    }
    return {};
}

Result<void> TemplateInstaller::upgrade(const TemplateDocument& doc, const QString& templateId,
                                        const QDate& today)
{
    ChecklistRepository& repo = m_repos.checklists();
    std::optional<ChecklistTemplate> t = repo.checklistTemplate(templateId);
    if (!t)
        return Error{tr("The checklist to upgrade is no longer in the file.")};
    const int previousVersion = t->version;
    t->title = doc.text(doc.title, m_language);
    t->version = doc.version;
    if (Result<void> r = repo.update(*t); !r)
        return r;

    QHash<QString, ChecklistArea> areas;
    for (const ChecklistArea& a : repo.areas(templateId))
        areas.insert(a.key, a);
    QHash<QString, ChecklistItem> items;
    for (const ChecklistItem& i : repo.allItems(templateId))
        items.insert(i.key, i);

    QSet<QString> kept;
    int areaPosition = 0;
    for (const TemplateDocument::Area& a : doc.areas) {
        ChecklistArea area = areas.value(a.key);
        const bool isNew = area.meta.id.isEmpty();
        area.templateId = templateId;
        area.key = a.key;
        area.title = doc.text(a.title, m_language);
        area.description = doc.text(a.description, m_language);
        area.themeId = themeId(a.themeKey);
        area.position = areaPosition++;
        if (Result<void> r = isNew ? repo.add(area) : repo.update(area); !r)
            return r;
        int itemPosition = 0;
        for (const TemplateDocument::Item& i : a.items) {
            kept.insert(i.key);
            ChecklistItem item = items.value(i.key);
            const bool isNewItem = item.meta.id.isEmpty();
            // Rewording keeps the item's identity, hence its answers; an item that moved area
            // moves with them.
            item.areaId = area.meta.id;
            item.key = i.key;
            item.statement = doc.text(i.statement, m_language);
            item.guidance = doc.text(i.guidance, m_language);
            item.themeId = i.themeKey.isEmpty() ? area.themeId : themeId(i.themeKey);
            item.position = itemPosition++;
            item.retiredOn = QDate(); // back in the template: asked again
            if (isNewItem)
                item.addedInVersion =
                    i.addedInVersion > previousVersion ? i.addedInVersion : doc.version;
            if (Result<void> r = isNewItem ? repo.add(item) : repo.update(item); !r)
                return r;
        }
    }
    for (ChecklistItem item : std::as_const(items)) {
        if (kept.contains(item.key) || item.isRetired() || isOfficersOwn(item.key))
            continue;
        item.retiredOn = today;
        if (Result<void> r = repo.update(item); !r)
            return r;
    }
    return {};
}

Result<TemplateDocument> TemplateInstaller::exportTemplate(const QString& templateId)
{
    ChecklistRepository& repo = m_repos.checklists();
    const std::optional<ChecklistTemplate> t = repo.checklistTemplate(templateId);
    if (!t)
        return Error{tr("The checklist to export is no longer in the file.")};
    const QString language = fileLanguage();
    QHash<QString, QString> themeKeys; // id -> built-in key; the city's own themes do not travel
    for (const Theme& theme : m_repos.themes().themes())
        themeKeys.insert(theme.meta.id, theme.builtinKey);
    auto text = [&](const QString& s) {
        TemplateDocument::Text out;
        if (!s.isEmpty())
            out.insert(language, s);
        return out;
    };

    TemplateDocument doc;
    doc.key = t->key;
    doc.version = t->version;
    doc.languages = {language};
    doc.title = text(t->title);
    const QDate today = QDate::currentDate();
    for (const ChecklistArea& a : repo.areas(templateId)) {
        TemplateDocument::Area area;
        area.key = a.key;
        area.themeKey = themeKeys.value(a.themeId);
        area.title = text(a.title);
        area.description = text(a.description);
        for (const ChecklistItem& i : repo.items(a.meta.id)) {
            if (!i.isActiveOn(today))
                continue;
            TemplateDocument::Item item;
            item.key = i.key;
            const QString itemTheme = themeKeys.value(i.themeId);
            item.themeKey = itemTheme == area.themeKey ? QString() : itemTheme;
            item.statement = text(i.statement);
            item.guidance = text(i.guidance);
            item.addedInVersion = qBound(1, i.addedInVersion, doc.version);
            area.items << item;
        }
        doc.areas << area;
    }
    if (std::optional<Error> e = TemplateFormat::validate(doc))
        return *e;
    return doc;
}
