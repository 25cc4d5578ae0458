// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

// One subcommand of passerelle-cli. Exit codes: 0 success, 1 user error (one line on stderr),
// 2 usage error.
class CliCommand
{
public:
    enum ExitCode
    {
        Success = 0,
        UserError = 1,
        UsageError = 2
    };

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Declares the command's options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs with a parser that has parsed the command's arguments successfully.
    virtual int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const = 0;
};
