// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `merge FILE PARTNER [--what practices,templates,exchanges,stakeholders]`: imports what a
// partner city shared, record by record against what was last imported from it, and prints the
// counts as JSON. A conflict keeps the officer's version and a record the partner deleted is
// kept: both are for the desktop program's import, where the officer settles them.
class MergeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
