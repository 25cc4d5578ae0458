// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionPlanSetUp.h"

#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

ActionPlanSetUp::ActionPlanSetUp(Repositories& repositories) : m_repositories(repositories)
{
    Priority p;
    p.title = QStringLiteral("Access to health care");
    if (const Result<void> r = m_repositories.plan().add(p); !r) {
        qWarning("%s", qPrintable(r.error().message));
        return;
    }
    m_priorityId = p.meta.id;
    m_lead = addStakeholder(QStringLiteral("Municipal health office"));
    m_partnerA = addStakeholder(QStringLiteral("Red Cross"));
    m_partnerB = addStakeholder(QStringLiteral("FEMP"));
    m_partnerC = addStakeholder(QStringLiteral("Migrant women's association"));
}

bool ActionPlanSetUp::ok() const
{
    return !m_priorityId.isEmpty() && !m_lead.isEmpty() && !m_partnerA.isEmpty() &&
           !m_partnerB.isEmpty() && !m_partnerC.isEmpty();
}

ActionRepository& ActionPlanSetUp::actions()
{
    return m_repositories.actions();
}

QString ActionPlanSetUp::addStakeholder(const QString& name)
{
    RecordMeta meta;
    const Result<void> r = m_repositories.store().insertOne(
        "stakeholder", meta,
        {{"name", name}, {"name_key", name.toLower()}, {"kind", QStringLiteral("ngo")}});
    return r ? meta.id : QString();
}

Action ActionPlanSetUp::fullAction() const
{
    Action a;
    a.priorityId = m_priorityId;
    a.title = QStringLiteral("Interpreting pool for health centres");
    a.description = QStringLiteral("Phone and on-site interpreting in six languages.");
    a.leadId = m_lead;
    a.partnerIds = {m_partnerA, m_partnerB};
    a.startDate = QDate(2024, 5, 1);
    a.endDate = QDate(2025, 4, 30);
    a.status = Action::Status::InProgress;
    a.position = 3;
    return a;
}

bool ActionPlanSetUp::addActionWithChildren(Action& a, Milestone& m, Indicator& i, BudgetLine& b,
                                            ProgressEntry& p)
{
    a = fullAction();
    if (!actions().add(a))
        return false;
    m = {{}, a.meta.id, QStringLiteral("Pool recruited"), QDate(2024, 9, 1), QDate(2024, 8, 20),
         0,  {}};
    i = {{},
         a.meta.id,
         QStringLiteral("Consultations interpreted"),
         QStringLiteral("per year"),
         0.0,
         500.0,
         QStringLiteral("quarterly"),
         QStringLiteral("Hospital records"),
         Indicator::Aggregation::Sum};
    b = {{},
         a.meta.id,
         QStringLiteral("Interpreters' fees"),
         QStringLiteral("AMIF"),
         QStringLiteral("EUR"),
         4'500'000,
         1'250'075,
         0,
         {}};
    p = {{},
         a.meta.id,
         QDate(2024, 7, 1),
         QStringLiteral("Twelve interpreters trained"),
         QStringLiteral("Eleni")};
    return actions().add(m) && actions().add(i) && actions().add(b) && actions().add(p);
}

QList<QVariantMap> ActionPlanSetUp::rows(const char* table) const
{
    QList<QVariantMap> out;
    QSqlQuery q(m_repositories.store().database());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
        return {};
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), rec.value(i));
        out << row;
    }
    return out;
}

QList<QVariantMap> ActionPlanSetUp::actionRows() const
{
    QList<QVariantMap> out;
    for (const char* table :
         {"action", "action_partner", "milestone", "indicator", "budget_line", "progress_entry"})
        out += rows(table);
    return out;
}
