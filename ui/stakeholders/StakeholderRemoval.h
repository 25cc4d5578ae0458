// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QCoreApplication>
#include <QList>

class Repositories;

// The question asked before stakeholders are deleted, naming what goes with them (relations,
// engagements, seats in the City Stakeholder Group) so that nothing leaves unnoticed.
class StakeholderRemoval
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderRemoval)

public:
    static QString confirmation(Repositories& repositories, const QList<Stakeholder>& doomed);

private:
    // "a, b and c" in the interface language.
    static QString enumerate(const QStringList& parts);
};
