// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `report KIND FILE -o OUT.pdf|OUT.odt [--lang en|fr] [--with-personal-data] [--paper a4|letter]
// [--since DATE] [--force]`: a council report (ReportBuilder) written as PDF/A or, for the
// priorities document and the status report, as an OpenDocument text to finish in an office
// suite. Refuses to replace OUT without --force; writes through a temporary file.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
