// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Schema.h"
#include "TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Migrator::Migrator(std::vector<MigrationStep> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(), [](const MigrationStep& a, const MigrationStep& b) {
        return a.toVersion < b.toVersion;
    });
}

std::vector<MigrationStep> Migrator::builtinSteps()
{
    // Each step runs the script that Schema::create also runs for a new file.
    std::vector<MigrationStep> steps;
    for (int version = 2; version <= Schema::currentVersion; ++version)
        steps.push_back(
            {version, [version](QSqlDatabase db) { return Schema::upgradeTo(db, version); }});
    return steps;
}

int Migrator::targetVersion() const
{
    return m_steps.empty() ? Schema::currentVersion
                           : std::max(Schema::currentVersion, m_steps.back().toVersion);
}

Result<void> Migrator::migrate(QSqlDatabase db, int fromVersion) const
{
    for (const MigrationStep& step : m_steps) {
        if (step.toVersion <= fromVersion)
            continue;
        TransactionGuard guard(db);
        if (!guard.isActive())
            return Error{guard.lastError()};
        if (Result<void> r = step.apply(db); !r)
            return r;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion)))
            return Error{query.lastError().text()};
        if (!guard.commit())
            return Error{guard.lastError()};
        fromVersion = step.toVersion;
    }
    return {};
}
