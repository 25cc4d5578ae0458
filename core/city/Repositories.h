// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RecordStore.h"

#include <memory>

class CityFile;
class ProfileRepository;
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

private:
    void build();

    RecordStore m_store;
    std::unique_ptr<ProfileRepository> m_profile;
    std::unique_ptr<ThemeRepository> m_themes;
};
