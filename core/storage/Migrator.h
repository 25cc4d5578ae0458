// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

// One step of the file format: brings a file from version toVersion - 1 to toVersion.
struct MigrationStep
{
    int toVersion = 0;
    std::function<Result<void>(QSqlDatabase)> apply;
};

// Steps a file's user_version up one version at a time, each step in its own transaction, so
// an interrupted update leaves the file at the last version it fully reached.
class Migrator
{
public:
    explicit Migrator(std::vector<MigrationStep> steps);

    // The steps of this Passerelle, from version 1 up to Schema::currentVersion.
    static std::vector<MigrationStep> builtinSteps();

    int targetVersion() const;
    Result<void> migrate(QSqlDatabase db, int fromVersion) const;

private:
    std::vector<MigrationStep> m_steps;
};
