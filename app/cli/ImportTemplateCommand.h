// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `import-template FILE IN.json`: installs a checklist template from another city, or a later
// version of one the file has. Refused with nothing changed when the template is not valid.
class ImportTemplateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportTemplateCommand)

public:
    QString name() const override { return QStringLiteral("import-template"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
