// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommand.h"

#include "ReadableCityFile.h"
#include "city/Repositories.h"
#include "plan/PlanJson.h"
#include "storage/CityFile.h"

#include <QJsonDocument>

QString PlanCommand::summary() const
{
    return tr("Print the action plan's progress, lateness and budget, as JSON.");
}

void PlanCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file whose plan to sum up."));
    parser.addOption(QCommandLineOption(QStringLiteral("today"),
                                        tr("The day lateness is judged on (YYYY-MM-DD); today "
                                           "when not given."),
                                        QStringLiteral("DATE")));
}

int PlanCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("plan takes exactly one FILE.") << '\n';
        return UsageError;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << tr("“%1” is not a date: write it as YYYY-MM-DD, for example 2026-12-31.")
                       .arg(parser.value(QStringLiteral("today")))
                << '\n';
            return UsageError;
        }
    }
    const std::unique_ptr<CityFile> file =
        ReadableCityFile::open(files.first(), PlanData::tables(), err);
    if (!file)
        return UserError;
    Repositories repos(*file);
    const PlanData plan = PlanData::load(repos.plan(), repos.actions());
    const PlanRollups rollups = PlanRollups::compute(plan, today);
    out << QJsonDocument(PlanJson::rollups(plan, rollups, today)).toJson(QJsonDocument::Indented);
    return Success;
}
