// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"

#include "compare/CityComparison.h"
#include "compare/CompareJson.h"
#include "compare/ComparedFile.h"

#include <QJsonDocument>

QString CompareCommand::summary() const
{
    return tr("Compare a city with partner cities (scores with coverage, priorities, plan), as "
              "JSON.");
}

void CompareCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Your city file."));
    parser.addPositionalArgument(QStringLiteral("PARTNER"),
                                 tr("One or more partner cities' files."),
                                 QStringLiteral("PARTNER [PARTNER…]"));
    parser.addOption(QCommandLineOption(QStringLiteral("today"),
                                        tr("The day actions are late on (YYYY-MM-DD); today "
                                           "when not given."),
                                        QStringLiteral("DATE")));
}

int CompareCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2) {
        err << tr("compare takes your FILE and at least one PARTNER file.") << '\n';
        return UsageError;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return UsageError;
        }
    }
    QList<CitySummary> summaries;
    for (const QString& path : files) {
        Result<CitySummary> summary = ComparedFile::summarise(path, today);
        if (!summary) {
            err << summary.error().message << '\n';
            return UserError;
        }
        summaries << summary.take();
    }
    const CityComparison comparison(std::move(summaries));
    out << QJsonDocument(CompareJson::toJson(comparison)).toJson(QJsonDocument::Indented);
    return Success;
}
