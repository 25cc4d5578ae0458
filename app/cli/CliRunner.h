// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// Parses `passerelle-cli COMMAND [options]`, dispatches to the command, maps errors to exit
// codes.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner();
    ~CliRunner();
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

private:
    QString overview() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
