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
    // A stakeholder's seat and attendance go and come back with it: the group announces them.
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRemoved, m_group.get(),
                     &GroupRepository::announceRemoved);
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRestored, m_group.get(),
                     &GroupRepository::announceRestored);
    // Likewise its participation in assessment rounds.
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRemoved, m_checklists.get(),
                     &ChecklistRepository::announceRemoved);
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRestored, m_checklists.get(),
                     &ChecklistRepository::announceRestored);
    m_plan = std::make_unique<PlanRepository>(m_store);
    m_actions = std::make_unique<ActionRepository>(m_store);
    // A priority's actions go and come back with it: the action plan announces them. A
    // stakeholder's removal clears consultations' and actions' links to it: both announce them.
    QObject::connect(m_plan.get(), &PlanRepository::rowsRemoved, m_actions.get(),
                     &ActionRepository::announceRemoved);
    QObject::connect(m_plan.get(), &PlanRepository::rowsRestored, m_actions.get(),
                     &ActionRepository::announceRestored);
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRemoved, m_plan.get(),
                     &PlanRepository::announceRemoved);
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRestored, m_plan.get(),
                     &PlanRepository::announceRestored);
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRemoved, m_actions.get(),
                     &ActionRepository::announceRemoved);
    QObject::connect(m_stakeholders.get(), &StakeholderRepository::rowsRestored, m_actions.get(),
                     &ActionRepository::announceRestored);
}
