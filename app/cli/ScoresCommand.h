// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `scores FILE [--round LABEL]`: JSON with a round's score and coverage per checklist area and
// overall (see Scoring for the rules); the latest round when none is named.
class ScoresCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)

public:
    QString name() const override { return QStringLiteral("scores"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
