// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `export-template FILE OUT.json [--key KEY]`: writes a checklist of the file (the built-in
// one by default) as a template JSON in the file's language, for a partner city to import.
class ExportTemplateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportTemplateCommand)

public:
    QString name() const override { return QStringLiteral("export-template"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
