// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RecordStore.h"

#include <memory>

class CityFile;
class ChecklistRepository;
class ExchangeRepository;
class ActionRepository;
class PlanRepository;
class GroupRepository;
class ProfileRepository;
class StakeholderRepository;
class ThemeRepository;

// Every repository of one open city file, built over one RecordStore. The shell makes one per
// open file and passes it to the panes; tests and the CLI make their own. Destroy it before
// the CityFile it was made for.
class Repositories
{
public:
    explicit Repositories(CityFile& file);
    // Over a bare connection (a file being created), where there is no CityFile yet.
    Repositories(QSqlDatabase db, const QString& cityId);
    ~Repositories();
    Repositories(const Repositories&) = delete;
    Repositories& operator=(const Repositories&) = delete;

    RecordStore& store() { return m_store; }
    CityFile* file() const { return m_store.file(); }
    ProfileRepository& profile() { return *m_profile; }
    ThemeRepository& themes() { return *m_themes; }
    ChecklistRepository& checklists() { return *m_checklists; }
    ExchangeRepository& exchange() { return *m_exchange; }
    StakeholderRepository& stakeholders() { return *m_stakeholders; }
    GroupRepository& group() { return *m_group; }
    PlanRepository& plan() { return *m_plan; }
    ActionRepository& actions() { return *m_actions; }

private:
    void build();

    RecordStore m_store;
    std::unique_ptr<ProfileRepository> m_profile;
    std::unique_ptr<ThemeRepository> m_themes;
    std::unique_ptr<ChecklistRepository> m_checklists;
    std::unique_ptr<ExchangeRepository> m_exchange;
    std::unique_ptr<StakeholderRepository> m_stakeholders;
    std::unique_ptr<GroupRepository> m_group;
    std::unique_ptr<PlanRepository> m_plan;
    std::unique_ptr<ActionRepository> m_actions;
};
