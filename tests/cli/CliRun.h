// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestConfig.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// passerelle-cli run as a script runs it: its exit code and what it printed.
struct CliRun
{
    int code = -1; // -1: did not finish, or crashed
    QByteArray out;
    QByteArray err;

    static CliRun run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(PASSERELLE_CLI_PATH), args);
        if (!p.waitForFinished(300000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }
};
