// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `export-ics FILE -o OUT.ics [--force]`: the action plan's milestones and action ends as an
// iCalendar file (PlanCalendar, CalendarWriter) that Outlook, Thunderbird or a phone imports;
// importing a later export updates the same entries.
class ExportIcsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportIcsCommand)

public:
    QString name() const override { return QStringLiteral("export-ics"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
