// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repositories.h"

#include "checklists/ChecklistRepository.h"
#include "exchange/ExchangeRepository.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
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
    m_checklists = std::make_unique<ChecklistRepository>(m_store);
    m_exchange = std::make_unique<ExchangeRepository>(m_store);
    m_stakeholders = std::make_unique<StakeholderRepository>(m_store);
    m_group = std::make_unique<GroupRepository>(m_store);
    m_plan = std::make_unique<PlanRepository>(m_store);
    m_actions = std::make_unique<ActionRepository>(m_store);
    // No wiring between them: each listens on the store for the rows of its own tables, so a
    // row a delete takes (a stakeholder's seat, a checklist item's evidence) is announced by
    // its owner whichever repository removed it.
}
