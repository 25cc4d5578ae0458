// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plan/Action.h"
#include "plan/BudgetLine.h"
#include "plan/Indicator.h"
#include "plan/Milestone.h"
#include "plan/ProgressEntry.h"

#include <QList>
#include <QString>
#include <QTest>
#include <QVariantMap>

class ActionRepository;
class Repositories;

// Like QVERIFY for a write, printing the refusal's message when there is one.
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const Result<void> written = (expr);                                                       \
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));    \
    } while (false)

// What an action needs around it in a city of its own: a priority, a lead and three partner
// stakeholders (rows written straight through the store, so that the action plan's tests do not
// depend on the stakeholders' repository), and the records and rows those tests compare.
class ActionPlanSetUp
{
public:
    explicit ActionPlanSetUp(Repositories& repositories);
    // Whether the priority and the stakeholders were written.
    bool ok() const;

    const QString& priorityId() const { return m_priorityId; }
    const QString& lead() const { return m_lead; }
    const QString& partnerA() const { return m_partnerA; }
    const QString& partnerB() const { return m_partnerB; }
    const QString& partnerC() const { return m_partnerC; }

    // An action of the priority with every field set (lead, partners A and B), not yet added.
    Action fullAction() const;
    // Adds a full action with one child of each kind; the ids go back through the parameters.
    bool addActionWithChildren(Action& a, Milestone& m, Indicator& i, BudgetLine& b,
                               ProgressEntry& p);
    // Every row of a table, column by column, in id order.
    QList<QVariantMap> rows(const char* table) const;
    // The rows of the action and of every table under it.
    QList<QVariantMap> actionRows() const;

private:
    QString addStakeholder(const QString& name);
    ActionRepository& actions();

    Repositories& m_repositories;
    QString m_priorityId;
    QString m_lead;
    QString m_partnerA;
    QString m_partnerB;
    QString m_partnerC;
};
