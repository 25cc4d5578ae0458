// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "PersonalDataOption.h"
#include "ReadableCityFile.h"
#include "city/Repositories.h"
#include "i18n/Translator.h"
#include "profile/ProfileRepository.h"
#include "reports/OdtReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPaginator.h"
#include "storage/CityFile.h"

#include <QFileInfo>

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (ReportKind kind : ReportBuilder::kinds())
        keys << ReportBuilder::key(kind);
    return keys;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Write a council report (%1) as PDF/A, or as an OpenDocument text to finish in an "
              "office suite.")
        .arg(kindKeys().join(QStringLiteral(", ")));
}

void ReportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 tr("The report: %1.").arg(kindKeys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to read."));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("The report to write: .pdf, or .odt for the priorities "
                                           "document and the action-plan report."),
                                        QStringLiteral("OUT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("lang"),
                           tr("The report's language (%1); by default the city's.")
                               .arg(Translator::availableLanguages().join(QStringLiteral(", "))),
                           QStringLiteral("LANG")));
    parser.addOption(QCommandLineOption(QStringLiteral("paper"),
                                        tr("a4 or letter; by default the one of your region."),
                                        QStringLiteral("PAPER")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("since"),
        tr("For the action-plan report: what was done since this date (YYYY-MM-DD); by default "
           "the last 90 days."),
        QStringLiteral("DATE")));
    PersonalDataOption::add(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("force"), tr("Replace OUT if it already exists.")));
}

int ReportCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2 || !parser.isSet(QStringLiteral("output"))) {
        err << tr("report takes a KIND, a FILE and -o OUT.pdf or OUT.odt.") << '\n';
        return UsageError;
    }
    ReportOptions options;
    const std::optional<ReportKind> kind = ReportBuilder::fromKey(arguments.at(0));
    if (!kind) {
        err << tr("“%1” is not a report. Choose one of: %2.")
                   .arg(arguments.at(0), kindKeys().join(QStringLiteral(", ")))
            << '\n';
        return UsageError;
    }
    options.kind = *kind;
    const QString target = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(target).suffix().toLower();
    const bool odt = suffix == QLatin1String("odt");
    if (!odt && suffix != QLatin1String("pdf")) {
        err << tr("“%1” is neither a .pdf nor an .odt file name. Name the output OUT.pdf or "
                  "OUT.odt.")
                   .arg(QFileInfo(target).fileName())
            << '\n';
        return UsageError;
    }
    if (odt && !ReportBuilder::hasOdt(options.kind)) {
        err << tr("“%1” (%2) is written as PDF only. Name the output OUT.pdf.")
                   .arg(ReportBuilder::name(options.kind), ReportBuilder::key(options.kind))
            << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = parser.value(QStringLiteral("lang"));
        if (!Translator::availableLanguages().contains(options.language)) {
            err << tr("Reports are written in %1, not in “%2”.")
                       .arg(Translator::availableLanguages().join(QStringLiteral(", ")),
                            options.language)
                << '\n';
            return UsageError;
        }
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("letter")) {
        options.paper = QPageSize::Letter;
    } else if (paper.isEmpty()) {
        options.paper = QLocale().measurementSystem() == QLocale::ImperialUSSystem
                            ? QPageSize::Letter
                            : QPageSize::A4;
    } else if (paper != QLatin1String("a4")) {
        err << tr("The paper is a4 or letter, not “%1”.").arg(paper) << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("since"))) {
        options.since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!options.since.isValid()) {
            err << tr("“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-09-30.")
                       .arg(parser.value(QStringLiteral("since")))
                << '\n';
            return UsageError;
        }
    }
    options.personalData = PersonalDataOption::policy(parser);

    const std::unique_ptr<CityFile> file = ReadableCityFile::open(arguments.at(1), err);
    if (!file)
        return UserError;
    Repositories repos(*file);
    if (!parser.isSet(QStringLiteral("lang"))) {
        const Result<City> city = repos.profile().city();
        if (city && Translator::availableLanguages().contains(city.value().language))
            options.language = city.value().language;
    }
    Result<ReportDocument> document = ReportBuilder::build(repos, options);
    if (!document) {
        err << document.error().message << '\n';
        return UserError;
    }
    const bool force = parser.isSet(QStringLiteral("force"));
    if (odt) {
        if (Result<void> r = OdtReportWriter::write(target, force, document.value()); !r) {
            err << r.error().message << '\n';
            return UserError;
        }
        out << tr("%1 written.").arg(target) << '\n';
    } else {
        const ReportStyle style(options.paper);
        const std::optional<ReportPages> pages = ReportPaginator(style).paginate(document.value());
        if (!pages)
            return UserError;
        if (Result<void> r = PdfReportWriter::write(target, force, document.value(), style, *pages);
            !r) {
            err << r.error().message << '\n';
            return UserError;
        }
        out << tr("%n page(s) written to %1.", nullptr, pages->count()).arg(target) << '\n';
    }
    if (const QString note = PersonalDataOption::leftOutNote(options.personalData); !note.isEmpty())
        out << note << '\n';
    return Success;
}
