// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitySeeder.h"

#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "themes/ThemeRepository.h"

Result<void> CitySeeder::seed(QSqlDatabase db, const QString& cityId, const QString& language,
                              Checklists checklists)
{
    Repositories repos(db, cityId);
    if (Result<void> r = repos.themes().createBuiltins(language); !r)
        return r;
    if (Result<void> r = repos.profile().createMissingSections(); !r)
        return r;
    if (checklists == Checklists::None)
        return {};
    // After the themes: the checklist's areas and items are tagged with them.
    TemplateInstaller installer(repos);
    for (const QString& key : TemplateFormat::builtinKeys()) {
        Result<TemplateDocument> doc = TemplateFormat::builtin(key);
        if (!doc)
            return doc.error();
        if (Result<QString> r = installer.install(doc.value(), true, language); !r)
            return r.error();
    }
    return {};
}

CityFile::OpenResult CitySeeder::createFile(const QString& path, const CityFile::NewCity& city,
                                            Checklists checklists)
{
    return CityFile::create(
        path, city, [language = city.language, checklists](QSqlDatabase db, const QString& id) {
            return seed(db, id, language, checklists);
        });
}
