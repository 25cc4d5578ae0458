// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordChecks.h"
#include "TestCity.h"
#include "checklists/ChecklistRepository.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

// Checks a core call succeeded, showing its message when it did not.
#define VERIFY_OK(call)                                                                            \
    do {                                                                                           \
        const auto result_ = (call);                                                               \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));    \
    } while (false)

// What the checklist repository's tests share: a small assessed checklist (a template, an area,
// an item, a round with a participant, an answer) in a city of the test's own, and counts of
// the checklist tables' rows.
class ChecklistRepositoryTesting
{
protected:
    std::unique_ptr<TestCity> m_city;
    ChecklistTemplate m_template;
    ChecklistArea m_area;
    ChecklistItem m_item;
    AssessmentRound m_round;
    Answer m_answer;

    ChecklistRepository& repo() { return m_city->repositories().checklists(); }

    QString addStakeholder(const QString& name) { return m_city->addBareStakeholder(name); }

    int count(const QString& table)
    {
        QSqlQuery q(m_city->file().database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QList<int> counts()
    {
        return {
            count(QStringLiteral("checklist_template")), count(QStringLiteral("checklist_area")),
            count(QStringLiteral("checklist_item")),     count(QStringLiteral("assessment_round")),
            count(QStringLiteral("round_participant")),  count(QStringLiteral("answer"))};
    }

    QString themeId() { return m_city->repositories().themes().themes().first().meta.id; }

    void verifyMeta(const RecordMeta& meta) { verifyNewMeta(meta, m_city->file().cityId()); }

    template <typename T> void verifyRefused(T record, const QString& expected)
    {
        verifyRefusedWrite(repo(), record, expected, [this] { return counts(); });
    }

    // Builds the assessed checklist; a test calls it from init().
    void createAssessedChecklist()
    {
        // The test builds its own checklist under the built-in key.
        m_city = TestCity::create(QStringLiteral("Livadia"), QStringLiteral("en"),
                                  CitySeeder::Checklists::None);

        m_template = {};
        m_template.key = QStringLiteral("mc2cm_basic_services");
        m_template.title = QStringLiteral("Access to basic services");
        m_template.version = 2;
        m_template.builtin = true;
        VERIFY_OK(repo().add(m_template));
        m_area = {};
        m_area.templateId = m_template.meta.id;
        m_area.key = QStringLiteral("education");
        m_area.title = QStringLiteral("Education");
        m_area.description = QStringLiteral("Quality, inclusive, for every child");
        m_area.themeId = themeId();
        m_area.position = 1;
        VERIFY_OK(repo().add(m_area));
        m_item = {};
        m_item.areaId = m_area.meta.id;
        m_item.key = QStringLiteral("enrolment_without_permit");
        m_item.statement = QStringLiteral("A newly arrived child can enrol in a public school "
                                          "without a residence permit");
        m_item.guidance = QStringLiteral("Ask the education department");
        m_item.themeId = themeId();
        m_item.position = 3;
        m_item.addedInVersion = 2;
        VERIFY_OK(repo().add(m_item));
        m_round = {};
        m_round.templateId = m_template.meta.id;
        m_round.label = QStringLiteral("2024");
        m_round.heldOn = QDate(2024, 5, 14);
        m_round.notes = QStringLiteral("First round");
        m_round.participantIds = {addStakeholder(QStringLiteral("Red Cross"))};
        VERIFY_OK(repo().add(m_round));
        m_answer = {};
        m_answer.roundId = m_round.meta.id;
        m_answer.itemId = m_item.meta.id;
        m_answer.value = Answer::Value::PartlyMet;
        VERIFY_OK(repo().setAnswer(m_answer));
    }
};
