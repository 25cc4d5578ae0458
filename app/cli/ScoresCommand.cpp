// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoresCommand.h"

#include "ReadableCityFile.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/Scoring.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject counts(const Scoring::Counts& c)
{
    QJsonObject o;
    for (Answer::Value v : Answer::allValues())
        o.insert(Answer::toText(v), c.of(v));
    o.insert(QStringLiteral("unanswered"), c.unanswered);
    return o;
}

} // namespace

QString ScoresCommand::summary() const
{
    return tr("Print a round's checklist scores per area, as JSON.");
}

void ScoresCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file whose round to score."));
    parser.addOption(QCommandLineOption(QStringLiteral("round"),
                                        tr("The round to score (its label); the latest one when "
                                           "not given."),
                                        QStringLiteral("LABEL")));
}

int ScoresCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("scores takes exactly one FILE.") << '\n';
        return UsageError;
    }
    const std::unique_ptr<CityFile> file = ReadableCityFile::open(files.first(), err);
    if (!file)
        return UserError;
    Repositories repos(*file);
    ChecklistRepository& checklists = repos.checklists();

    std::optional<AssessmentRound> round;
    if (parser.isSet(QStringLiteral("round"))) {
        const QString label = parser.value(QStringLiteral("round"));
        round = checklists.roundByLabel(label);
        if (!round) {
            err << tr("The file has no assessment round “%1”.").arg(label) << '\n';
            return UserError;
        }
    } else {
        round = checklists.latestRound();
        if (!round) {
            err << tr("The file has no assessment round yet: there is nothing to score.") << '\n';
            return UserError;
        }
    }
    const std::optional<ChecklistTemplate> checklist =
        checklists.checklistTemplate(round->templateId);
    const Scoring::RoundScore s =
        Scoring::score(*round, checklists.areas(round->templateId),
                       checklists.allItems(round->templateId), checklists.answers(round->meta.id));

    QJsonObject json;
    json.insert(QStringLiteral("round"), round->label);
    json.insert(QStringLiteral("held_on"), round->heldOn.toString(Qt::ISODate));
    json.insert(QStringLiteral("checklist"), checklist ? checklist->key : QString());
    json.insert(QStringLiteral("checklist_title"), checklist ? checklist->title : QString());
    QJsonArray areas;
    for (const Scoring::AreaScore& a : s.areas) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), a.area.key);
        o.insert(QStringLiteral("title"), a.area.title);
        o.insert(QStringLiteral("items"), a.counts.active());
        o.insert(QStringLiteral("counts"), counts(a.counts));
        o.insert(QStringLiteral("score"), number(a.score));
        o.insert(QStringLiteral("coverage"), a.coverage);
        areas.append(o);
    }
    json.insert(QStringLiteral("areas"), areas);
    QJsonObject overall;
    overall.insert(QStringLiteral("items"), s.overallCounts.active());
    overall.insert(QStringLiteral("counts"), counts(s.overallCounts));
    overall.insert(QStringLiteral("score"), number(s.overall));
    overall.insert(QStringLiteral("coverage"), s.overallCoverage);
    json.insert(QStringLiteral("overall"), overall);
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Success;
}
