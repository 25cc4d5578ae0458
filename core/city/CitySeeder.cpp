// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitySeeder.h"

#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "themes/ThemeRepository.h"

Result<void> CitySeeder::seed(QSqlDatabase db, const QString& cityId, const QString& language)
{
    Repositories repos(db, cityId);
    if (Result<void> r = repos.themes().createBuiltins(language); !r)
        return r;
    return repos.profile().createMissingSections();
}

CityFile::OpenResult CitySeeder::createFile(const QString& path, const CityFile::NewCity& city)
{
    return CityFile::create(path, city,
                            [language = city.language](QSqlDatabase db, const QString& cityId) {
                                return seed(db, cityId, language);
                            });
}
