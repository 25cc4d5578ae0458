// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitySummary.h"

#include "checklists/Answer.h"
#include "checklists/Scoring.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct RoundRow
{
    QString id;
    QString label;
    QString heldOn; // as stored: ISO dates compare as text
    int version = 0;
};

// Runs a prepared statement; a failure is the file's (it was checked but may still hold what
// SQLite refuses, an overflowing sum say), named with the query's own error.
class Reader
{
public:
    Reader(const QSqlDatabase& db, QString path) : m_query(db), m_path(std::move(path))
    {
        m_query.setForwardOnly(true);
    }

    QSqlQuery& run(const QString& sql, const QVariantList& bindings = {})
    {
        if (m_failed)
            return m_query;
        if (!m_query.prepare(sql)) {
            fail();
            return m_query;
        }
        for (int i = 0; i < bindings.size(); ++i)
            m_query.bindValue(i, bindings.at(i));
        if (!m_query.exec())
            fail();
        return m_query;
    }
    bool next() { return !m_failed && m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    std::optional<Error> error() const
    {
        if (!m_failed)
            return std::nullopt;
        return Error{CitySummary::tr("The file %1 could not be read for the comparison (%2). Check "
                                     "it with “passerelle-cli check” or ask its city for a new "
                                     "copy.")
                         .arg(m_path, m_error)};
    }

private:
    void fail()
    {
        m_failed = true;
        m_error = m_query.lastError().text();
    }

    QSqlQuery m_query;
    QString m_path;
    QString m_error;
    bool m_failed = false;
};

// The area's counts in a round, by Scoring's rules (the items active on the round's day).
QList<std::pair<QString, Scoring::Counts>> areaCounts(Reader& r, const QString& templateId,
                                                      const RoundRow& round)
{
    r.run(QStringLiteral(
              "SELECT ar.area_key, count(i.id), sum(a.value = 'met'), "
              "sum(a.value = 'partly_met'), sum(a.value = 'not_met'), sum(a.value = 'unknown'), "
              "sum(a.value = 'not_applicable') "
              "FROM checklist_area ar "
              "LEFT JOIN checklist_item i ON i.area_id = ar.id "
              "AND (i.retired_on IS NULL OR ? < i.retired_on) "
              "LEFT JOIN answer a ON a.item_id = i.id AND a.round_id = ? "
              "WHERE ar.template_id = ? GROUP BY ar.id ORDER BY ar.position, ar.title, ar.id"),
          {round.heldOn, round.id, templateId});
    QList<std::pair<QString, Scoring::Counts>> out;
    while (r.next()) {
        Scoring::Counts c;
        int answered = 0;
        for (int v = 0; v < 5; ++v) {
            c.values[std::size_t(v)] = r.value(2 + v).toInt();
            answered += c.values[std::size_t(v)];
        }
        c.unanswered = qMax(0, r.value(1).toInt() - answered);
        out.append({r.value(0).toString(), c});
    }
    return out;
}

void readChecklists(Reader& r, CitySummary& s)
{
    struct Template
    {
        QString id;
        CitySummary::Checklist checklist;
        QList<RoundRow> rounds; // latest first, at most two
    };
    QList<Template> templates;
    r.run(QStringLiteral("SELECT id, template_key, title, version FROM checklist_template "
                         "ORDER BY builtin DESC, title, id"));
    while (r.next()) {
        Template t;
        t.id = r.value(0).toString();
        t.checklist.key = r.value(1).toString();
        t.checklist.title = r.value(2).toString();
        t.checklist.version = r.value(3).toInt();
        templates << t;
    }
    r.run(QStringLiteral("SELECT template_id, id, label, held_on, template_version "
                         "FROM assessment_round ORDER BY held_on DESC, created_at DESC"));
    while (r.next()) {
        const QString templateId = r.value(0).toString();
        for (Template& t : templates) {
            if (t.id == templateId && t.rounds.size() < 2)
                t.rounds << RoundRow{r.value(1).toString(), r.value(2).toString(),
                                     r.value(3).toString(), r.value(4).toInt()};
        }
    }
    for (Template& t : templates) {
        CitySummary::Checklist& c = t.checklist;
        const RoundRow latest = t.rounds.value(0);
        if (!t.rounds.isEmpty()) {
            c.round = latest.label;
            c.heldOn = QDate::fromString(latest.heldOn, Qt::ISODate);
            c.version = latest.version;
        }
        // Areas and their titles come with the latest round's counts (or an empty round's).
        r.run(QStringLiteral("SELECT area_key, title FROM checklist_area WHERE template_id = ? "
                             "ORDER BY position, title, id"),
              {t.id});
        while (r.next()) {
            CitySummary::Area area;
            area.key = r.value(0).toString();
            area.title = r.value(1).toString();
            c.areas << area;
        }
        Scoring::Counts overall;
        for (const auto& [key, counts] : areaCounts(r, t.id, latest)) {
            for (CitySummary::Area& a : c.areas) {
                if (a.key != key)
                    continue;
                a.items = counts.active();
                a.answered = t.rounds.isEmpty() ? 0 : counts.covered();
                a.coverage = t.rounds.isEmpty() ? 0 : counts.coverage();
                a.score = t.rounds.isEmpty() ? std::nullopt : counts.score();
            }
            overall += counts;
        }
        if (!t.rounds.isEmpty()) {
            c.overall = overall.score();
            c.overallCoverage = overall.coverage();
        }
        if (t.rounds.size() == 2) {
            c.previousRound = t.rounds.at(1).label;
            Scoring::Counts before;
            for (const auto& [key, counts] : areaCounts(r, t.id, t.rounds.at(1))) {
                before += counts;
                for (CitySummary::Area& a : c.areas) {
                    if (a.key != key)
                        continue;
                    a.previousScore = counts.score();
                    if (a.score && a.previousScore)
                        a.change = *a.score - *a.previousScore;
                }
            }
            c.previousOverall = before.score();
        }
        s.checklists << c;
    }
}

void readPriorities(Reader& r, CitySummary& s)
{
    r.run(QStringLiteral("SELECT t.builtin_key, t.name, count(p.id) FROM priority p "
                         "LEFT JOIN theme t ON t.id = p.theme_id "
                         "GROUP BY p.theme_id ORDER BY min(t.position), t.name"));
    while (r.next()) {
        const QString name = r.value(1).toString();
        const QString builtin = r.value(0).toString();
        CitySummary::ThemePriorities t{builtin.isEmpty() ? name : builtin, name,
                                       r.value(2).toInt()};
        s.priorityCount += t.priorities;
        s.priorities << t;
    }
}

void readPlan(Reader& r, CitySummary& s, const QDate& today)
{
    // One row per action with its milestones counted: what PlanRollups works out per action.
    const QString day = today.toString(Qt::ISODate);
    r.run(QStringLiteral("SELECT a.status, a.end_date IS NOT NULL AND a.end_date < ?, "
                         "count(m.id), count(m.done_on), "
                         "sum(m.done_on IS NULL AND m.due_date < ?) "
                         "FROM action a LEFT JOIN milestone m ON m.action_id = a.id "
                         "GROUP BY a.id"),
          {day, day});
    CitySummary::Plan& p = s.plan;
    double progress = 0;
    while (r.next()) {
        const QString status = r.value(0).toString();
        if (status == QLatin1String("cancelled")) {
            ++p.cancelled;
            continue;
        }
        ++p.actions;
        const int milestones = r.value(2).toInt();
        const bool done = status == QLatin1String("done");
        p.done += done;
        p.inProgress += status == QLatin1String("in_progress");
        p.delayed += status == QLatin1String("delayed");
        p.notStarted += status == QLatin1String("planned");
        p.late += !done && (r.value(1).toBool() || r.value(4).toInt() > 0);
        if (done)
            progress += 1;
        else if (milestones > 0)
            progress += r.value(3).toDouble() / milestones;
    }
    if (p.actions > 0)
        p.progress = progress / p.actions;
    r.run(QStringLiteral("SELECT currency, funding_source, sum(planned_cents), "
                         "sum(committed_cents), sum(spent_cents) FROM budget_line "
                         "GROUP BY currency, funding_source ORDER BY currency, funding_source"));
    while (r.next())
        p.budget << CitySummary::Funding{r.value(0).toString(), r.value(1).toString(),
                                         r.value(2).toLongLong(), r.value(3).toLongLong(),
                                         r.value(4).toLongLong()};
}

} // namespace

QStringList CitySummary::tables()
{
    return {QStringLiteral("checklist_template"),
            QStringLiteral("checklist_area"),
            QStringLiteral("checklist_item"),
            QStringLiteral("assessment_round"),
            QStringLiteral("answer"),
            QStringLiteral("theme"),
            QStringLiteral("priority"),
            QStringLiteral("action"),
            QStringLiteral("milestone"),
            QStringLiteral("budget_line"),
            QStringLiteral("good_practice")};
}

Result<CitySummary> CitySummary::read(const QSqlDatabase& db, const QString& path,
                                      const QDate& today)
{
    CitySummary s;
    s.path = path;
    Reader r(db, path);
    r.run(QStringLiteral("SELECT id, name, country FROM city LIMIT 1"));
    if (r.next()) {
        s.cityId = r.value(0).toString();
        s.name = r.value(1).toString();
        s.country = r.value(2).toString();
    }
    readChecklists(r, s);
    readPriorities(r, s);
    readPlan(r, s, today);
    r.run(QStringLiteral("SELECT count(*), count(CASE WHEN origin_city = ? THEN 1 END) "
                         "FROM good_practice"),
          {s.cityId});
    if (r.next()) {
        s.practices = r.value(0).toInt();
        s.ownPractices = r.value(1).toInt();
    }
    if (const std::optional<Error> e = r.error())
        return *e;
    return s;
}
