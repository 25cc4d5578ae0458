// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportOptions.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Repositories;

// Every report by kind: reads what it shows from the file, on the thread that owns the
// repositories, into a ReportDocument that can then be laid out and written on any thread.
// The desktop program and `passerelle-cli report` both come through here.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static Result<ReportDocument> build(Repositories& repos, const ReportOptions& options);

    static QList<ReportKind> kinds();
    // The word on the command line: priorities, action-plan, stakeholders, service-access,
    // profile.
    static QString key(ReportKind kind);
    static std::optional<ReportKind> fromKey(const QString& key);
    // The report's name in the interface language ("Priorities document").
    static QString name(ReportKind kind);
    // Whether the report can be written as an OpenDocument text too.
    static bool hasOdt(ReportKind kind);
};
