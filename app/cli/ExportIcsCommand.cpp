// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportIcsCommand.h"

#include "ReadableCityFile.h"
#include "city/Repositories.h"
#include "plan/CalendarWriter.h"
#include "plan/PlanCalendar.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"

QString ExportIcsCommand::summary() const
{
    return tr("Write the action plan's milestones and action ends as an iCalendar file.");
}

void ExportIcsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to read."));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("The calendar file to write (.ics)."),
                                        QStringLiteral("OUT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("force"), tr("Replace OUT if it already exists.")));
}

int ExportIcsCommand::run(const QCommandLineParser& parser, QTextStream& out,
                          QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        err << tr("export-ics takes a FILE and -o OUT.ics.") << '\n';
        return UsageError;
    }
    const QString target = parser.value(QStringLiteral("output"));
    const std::unique_ptr<CityFile> file =
        ReadableCityFile::open(files.first(), PlanData::tables(), err);
    if (!file)
        return UserError;
    Repositories repos(*file);
    const PlanData plan = PlanData::load(repos.plan(), repos.actions());
    const QList<CalendarEvent> events = PlanCalendar::events(plan);
    const Result<City> city = repos.profile().city();
    const QString name = PlanCalendar::calendarName(plan, city ? city.value().name : QString());
    if (Result<void> r =
            CalendarWriter::write(target, events, name, parser.isSet(QStringLiteral("force")));
        !r) {
        err << r.error().message << '\n';
        return UserError;
    }
    out << tr("%n event(s) written to %1.", nullptr, int(events.size())).arg(target) << '\n';
    return Success;
}
