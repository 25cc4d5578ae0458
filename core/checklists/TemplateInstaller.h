// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/TemplateDocument.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

class Repositories;

// Puts a checklist template into a city file, in the file's language, and takes one out of it.
// Installing a later version of a template the file already holds upgrades it in place: items
// are matched by key, so the answers of earlier rounds stay attached to them; items the new
// version drops are retired, never deleted. Everything happens in one transaction: a refused
// or failed install leaves the file as it was.
class TemplateInstaller
{
    Q_DECLARE_TR_FUNCTIONS(TemplateInstaller)

public:
    explicit TemplateInstaller(Repositories& repos);

    // Installs or upgrades; returns the checklist's id. `language` is the file's (city.language)
    // and is read from the file when empty. `builtin` marks a template shipped with Passerelle.
    // `today` dates the retirement of dropped items.
    Result<QString> install(const TemplateDocument& doc, bool builtin = false,
                            const QString& language = {},
                            const QDate& today = QDate::currentDate());
    // A template received from another city, as JSON: checked completely before anything is
    // written. A key the file already holds is accepted only as a later version of it.
    Result<QString> importJson(const QByteArray& json, const QDate& today = QDate::currentDate());
    // The checklist as it stands today (retired items left out, the city's own areas and items
    // included), in the file's language only.
    Result<TemplateDocument> exportTemplate(const QString& templateId);

    // Items the officer added to a checklist have generated keys; an upgrade of the template
    // must not retire them, since the new version cannot know about them.
    static bool isOfficersOwn(const QString& key);

private:
    Result<void> installNew(const TemplateDocument& doc, bool builtin, QString& templateId);
    Result<void> upgrade(const TemplateDocument& doc, const QString& templateId,
                         const QDate& today);
    QString themeId(const QString& builtinKey);
    QString fileLanguage();

    Repositories& m_repos;
    QString m_language;
    QHash<QString, QString> m_themeIds; // built-in key -> id, filled on first use
};
