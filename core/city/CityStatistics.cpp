// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityStatistics.h"

#include <QSet>
#include <QSqlQuery>

QList<std::pair<QString, QString>> CityStatistics::kinds()
{
    auto k = [](const char* kind, const char* table) {
        return std::pair<QString, QString>(QLatin1String(kind), QLatin1String(table));
    };
    return {k("themes", "theme"),
            k("profile_sections", "profile_section"),
            k("profile_figures", "profile_figure"),
            k("origins", "migrant_origin"),
            k("districts", "district"),
            k("stakeholders", "stakeholder"),
            k("stakeholder_themes", "stakeholder_theme"),
            k("contacts", "contact_person"),
            k("relations", "stakeholder_relation"),
            k("engagements", "engagement"),
            k("group_members", "group_member"),
            k("group_meetings", "group_meeting"),
            k("attendances", "meeting_attendance"),
            k("decisions", "meeting_decision"),
            k("checklist_templates", "checklist_template"),
            k("checklist_areas", "checklist_area"),
            k("checklist_items", "checklist_item"),
            k("rounds", "assessment_round"),
            k("round_participants", "round_participant"),
            k("answers", "answer"),
            k("priorities", "priority"),
            k("priority_evidence", "priority_evidence"),
            k("consultations", "consultation"),
            k("consulted_stakeholders", "consultation_stakeholder"),
            k("plan_documents", "plan_document"),
            k("actions", "action"),
            k("action_partners", "action_partner"),
            k("milestones", "milestone"),
            k("indicators", "indicator"),
            k("indicator_values", "indicator_value"),
            k("budget_lines", "budget_line"),
            k("progress_entries", "progress_entry"),
            k("partners", "partner_city"),
            k("exchanges", "exchange"),
            k("practices", "good_practice")};
}

QList<std::pair<QString, qint64>> CityStatistics::counts(const QSqlDatabase& db)
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q(db);
    // A file of an older version, read without being updated (check, info), lacks the tables
    // later versions added: those kinds are left out rather than counted as errors.
    QSet<QString> tables;
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (q.next())
            tables.insert(q.value(0).toString());
    }
    for (const auto& [kind, table] : kinds()) {
        if (!tables.contains(table))
            continue;
        // Table names come from the fixed list above, never from input.
        q.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
        qint64 n = -1;
        if (q.exec() && q.next())
            n = q.value(0).toLongLong();
        out.append({kind, n});
    }
    return out;
}
