// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `export-stakeholders FILE OUT.csv|OUT.xlsx [--with-personal-data]`: writes the stakeholders as
// CSV that import-stakeholders reads back, or as an Excel workbook; the ending chooses. Contact
// persons and private notes only with --with-personal-data (PersonalDataOption).
class ExportStakeholdersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportStakeholdersCommand)

public:
    QString name() const override { return QStringLiteral("export-stakeholders"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
