// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoContext.h"
#include "demo/DemoGenerator.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

class Repositories;

// Fills a file being created with the demo city, through the repositories (so the demo obeys
// every validation rule an officer's edits do). Content comes from resources/data/demo/<lang>.json;
// a scale multiplies it into a network-sized file.
class DemoBuilder
{
public:
    DemoBuilder(Repositories& repos, QJsonObject content, const DemoGenerator::Options& options);

    Result<void> build();

private:
    Result<void> buildProfile();
    Result<void> buildStakeholders();
    Result<void> buildScaledStakeholders();
    Result<void> buildRelationsAndEngagements();
    Result<void> buildGroup();
    Result<void> buildChecklists();
    Result<void> buildExchange();

    QString personName();

    DemoContext m_ctx;
    QHash<QString, QString> m_itemIds; // item key -> id
};
