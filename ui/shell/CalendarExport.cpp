// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarExport.h"

#include "city/Repositories.h"
#include "plan/CalendarWriter.h"
#include "plan/PlanCalendar.h"
#include "profile/ProfileRepository.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFileInfo>

QString CalendarExport::run(QWidget* parent, CityDocument& document)
{
    Repositories& repos = document.repositories();
    const PlanData plan = PlanData::load(repos.plan(), repos.actions());
    const QList<CalendarEvent> events = PlanCalendar::events(plan);
    if (events.isEmpty()) {
        DialogHooks::message(parent, QMessageBox::Information, tr("Nothing to export"),
                             tr("The action plan has no milestone and no action with an end "
                                "date yet: there is nothing to put in a calendar."));
        return {};
    }
    const Result<City> city = repos.profile().city();
    const QString cityName = city ? city.value().name : QString();
    const QFileInfo file(document.file().path());
    const QString suggested =
        QDir(file.absolutePath())
            .filePath(tr("%1 action plan", "calendar file name").arg(file.completeBaseName()) +
                      QStringLiteral(".ics"));
    QString target = DialogHooks::saveFileName(parent, tr("Export the action plan's calendar"),
                                               suggested, tr("iCalendar files (*.ics)"));
    if (target.isEmpty())
        return {};
    if (!target.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive))
        target += QStringLiteral(".ics");
    // The save dialog asked before replacing a file: the answer was yes.
    if (Result<void> written =
            CalendarWriter::write(target, events, PlanCalendar::calendarName(plan, cityName), true);
        !written) {
        DialogHooks::message(parent, QMessageBox::Warning, tr("The calendar was not written"),
                             written.error().message);
        return {};
    }
    ExportDone::tell(parent, tr("Calendar exported"),
                     tr("%n event(s) written: import the file in your calendar program; an "
                        "export made later updates the same events.",
                        nullptr, int(events.size())),
                     target);
    return tr("%n event(s) written to %1", nullptr, int(events.size()))
        .arg(QDir::toNativeSeparators(target));
}
