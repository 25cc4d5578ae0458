// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `compare FILE PARTNER [PARTNER…]`: the cities side by side as JSON (CompareJson; keys in
// docs/compare.md). Every file is opened read-only and checked; one refused file stops the
// comparison with its reason, since a network table silently short of a city would mislead.
class CompareCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
