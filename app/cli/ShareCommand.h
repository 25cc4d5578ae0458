// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `share FILE -o OUT [--with-personal-data] [--force]`: writes the copy of a city file for a
// partner city (ShareWriter), then says what it left out, one line per item with its count.
class ShareCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShareCommand)

public:
    QString name() const override { return QStringLiteral("share"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};
