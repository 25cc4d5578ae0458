// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

// Like QVERIFY for a write, printing the refusal's message when there is one.
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const Result<void> written = (expr);                                                       \
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));    \
    } while (false)

// What the priorities document's tests share (test_planrepository, test_planremoval): a city of
// their own and the records a priority rests on, written around the repository under test.
class PlanTestBase : public QObject
{
protected:
    std::unique_ptr<TestCity> m_city;

    PlanRepository& plan() { return m_city->repositories().plan(); }
    ActionRepository& actions() { return m_city->repositories().actions(); }

    QString addStakeholder(const QString& name) { return m_city->addBareStakeholder(name); }

    // A checklist item (with its template and area) written directly. Empty on failure.
    QString addChecklistItem()
    {
        RecordStore& store = m_city->repositories().store();
        RecordMeta templ;
        RecordMeta area;
        RecordMeta item;
        if (!store.insertOne("checklist_template", templ,
                             {{"template_key", QStringLiteral("test")},
                              {"title", QStringLiteral("Service access")}}))
            return {};
        if (!store.insertOne("checklist_area", area,
                             {{"template_id", templ.id},
                              {"area_key", QStringLiteral("health")},
                              {"title", QStringLiteral("Health")}}))
            return {};
        if (!store.insertOne("checklist_item", item,
                             {{"area_id", area.id},
                              {"item_key", QStringLiteral("interpreters")},
                              {"statement", QStringLiteral("Interpreters are available")}}))
            return {};
        return item.id;
    }

    QString addFigure()
    {
        ProfileFigure figure;
        figure.label = QStringLiteral("Foreign-born residents");
        figure.value = 12400;
        figure.year = 2023;
        figure.unit = QStringLiteral("persons");
        figure.source = QStringLiteral("Census");
        return m_city->repositories().profile().add(figure) ? figure.meta.id : QString();
    }

    QString themeId() { return m_city->repositories().themes().themes().value(0).meta.id; }

    Priority fullPriority()
    {
        Priority p;
        p.title = QStringLiteral("Access to health care");
        p.themeId = themeId();
        p.rationale = QStringLiteral("Half of newcomers have no family doctor.");
        p.rank = 2;
        p.status = Priority::Status::Adopted;
        p.validatedOn = QDate(2024, 3, 12);
        p.adoptedOn = QDate(2024, 4, 30);
        return p;
    }

    // Every row of the plan's tables, to prove an undo puts back exactly what was there.
    QList<QVariantMap> planRows()
    {
        QList<QVariantMap> rows;
        for (const char* table :
             {"priority", "priority_evidence", "consultation", "action", "action_partner",
              "milestone", "indicator", "budget_line", "progress_entry", "plan_document",
              "consultation_stakeholder", "indicator_value"}) {
            QSqlQuery q(m_city->file().database());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
                return {};
            while (q.next()) {
                QVariantMap row{{QStringLiteral("#table"), QString::fromLatin1(table)}};
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i)
                    row.insert(rec.fieldName(i), rec.value(i));
                rows << row;
            }
        }
        return rows;
    }
};
