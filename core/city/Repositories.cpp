// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repositories.h"

#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

Repositories::Repositories(CityFile& file) : m_store(file)
{
    build();
}

Repositories::Repositories(QSqlDatabase db, const QString& cityId) : m_store(std::move(db), cityId)
{
    build();
}

Repositories::~Repositories() = default;

void Repositories::build()
{
    m_profile = std::make_unique<ProfileRepository>(m_store);
    m_themes = std::make_unique<ThemeRepository>(m_store);
}
