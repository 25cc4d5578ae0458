// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `import-stakeholders FILE CSV`: imports stakeholders and contacts from a CSV file in one
// transaction, then prints the counts and each rejected row with its line and reason.
class ImportStakeholdersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportStakeholdersCommand)

public:
    QString name() const override { return QStringLiteral("import-stakeholders"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
