// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStakeholdersCommand.h"

#include "ValueMapOption.h"
#include "WritableCityFile.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <optional>

namespace {
const QString encodingOption = QStringLiteral("encoding");
const QString delimiterOption = QStringLiteral("delimiter");
const QString duplicateOption = QStringLiteral("on-duplicate");

std::optional<CsvEncoding> encodingFrom(const QString& text)
{
    if (text == QLatin1String("auto"))
        return CsvEncoding::Auto;
    if (text == QLatin1String("utf-8") || text == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (text == QLatin1String("windows-1252") || text == QLatin1String("cp1252"))
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

std::optional<CsvDelimiter> delimiterFrom(const QString& text)
{
    if (text == QLatin1String("auto"))
        return CsvDelimiter::Auto;
    if (text == QLatin1String("comma"))
        return CsvDelimiter::Comma;
    if (text == QLatin1String("semicolon"))
        return CsvDelimiter::Semicolon;
    if (text == QLatin1String("tab"))
        return CsvDelimiter::Tab;
    return std::nullopt;
}

std::optional<StakeholderCsvImport::DuplicatePolicy> policyFrom(const QString& text)
{
    using P = StakeholderCsvImport::DuplicatePolicy;
    if (text == QLatin1String("skip"))
        return P::Skip;
    if (text == QLatin1String("update"))
        return P::Update;
    if (text == QLatin1String("new"))
        return P::New;
    return std::nullopt;
}
} // namespace

QString ImportStakeholdersCommand::summary() const
{
    return tr("Import stakeholders and their contacts from a CSV file.");
}

void ImportStakeholdersCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to import into."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The CSV file to read."));
    parser.addOption({encodingOption, tr("Encoding of the CSV file: auto, utf-8 or windows-1252."),
                      QStringLiteral("ENCODING"), QStringLiteral("auto")});
    parser.addOption({delimiterOption, tr("Field separator: auto, comma, semicolon or tab."),
                      QStringLiteral("DELIMITER"), QStringLiteral("auto")});
    parser.addOption({duplicateOption,
                      tr("What to do with a stakeholder already in the file: skip, update or "
                         "new (added with a suffix such as “(2)”)."),
                      QStringLiteral("POLICY"), QStringLiteral("skip")});
    parser.addOption(
        {ValueMapOption::name(), ValueMapOption::description(), QStringLiteral("VALUE=MEANING")});
}

int ImportStakeholdersCommand::run(const QCommandLineParser& parser, QTextStream& out,
                                   QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << tr("import-stakeholders takes a city FILE and a CSV file.") << '\n';
        return UsageError;
    }
    StakeholderCsvImport::Options options;
    const auto encoding = encodingFrom(parser.value(encodingOption));
    const auto delimiter = delimiterFrom(parser.value(delimiterOption));
    const auto policy = policyFrom(parser.value(duplicateOption));
    if (!encoding) {
        err << tr("--encoding must be auto, utf-8 or windows-1252, not “%1”.")
                   .arg(parser.value(encodingOption))
            << '\n';
        return UsageError;
    }
    if (!delimiter) {
        err << tr("--delimiter must be auto, comma, semicolon or tab, not “%1”.")
                   .arg(parser.value(delimiterOption))
            << '\n';
        return UsageError;
    }
    if (!policy) {
        err << tr("--on-duplicate must be skip, update or new, not “%1”.")
                   .arg(parser.value(duplicateOption))
            << '\n';
        return UsageError;
    }
    if (const std::optional<Error> e =
            ValueMapOption::check(parser.values(ValueMapOption::name()))) {
        err << e->message << '\n';
        return UsageError;
    }
    options.csv.encoding = *encoding;
    options.csv.delimiter = *delimiter;
    options.onDuplicate = *policy;

    // The CSV file is read before the city file is opened: a file that cannot be read leaves
    // the city file untouched, not even opened for writing.
    Result<CsvTable> table = CsvReader::read(args.at(1), options.csv);
    if (!table) {
        err << table.error().message << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = WritableCityFile::open(args.at(0), err);
    if (!file)
        return UserError;
    Result<ImportReport> report = [&]() -> Result<ImportReport> {
        Repositories repos(*file);
        StakeholderCsvImport import(repos.store(), repos.stakeholders(), repos.themes());
        Result<ImportValueChoices> values =
            ValueMapOption::apply(parser.values(ValueMapOption::name()), import.rememberedChoices(),
                                  repos.themes().themes());
        if (!values)
            return values.error();
        return import.run(table.value(), StakeholderCsvImport::autoMapping(table.value().header),
                          options.onDuplicate, values.value());
    }();
    if (!report) {
        err << report.error().message << '\n';
        return UserError;
    }
    const ImportReport& r = report.value();
    out << tr("Read as %1, fields separated by %2.")
               .arg(CsvReader::name(r.encoding), CsvReader::name(r.delimiter))
        << '\n'
        << tr("Imported: %1").arg(r.imported) << '\n'
        << tr("Updated: %1").arg(r.updated) << '\n'
        << tr("Skipped: %1").arg(r.skipped) << '\n'
        << tr("Contacts added: %1").arg(r.contactsAdded) << '\n'
        << tr("Rejected: %1").arg(r.rejected.size()) << '\n';
    for (const ImportReport::Rejected& rejected : r.rejected)
        out << tr("Line %1: %2").arg(rejected.line).arg(rejected.reason) << '\n';
    if (!r.themesCreated.isEmpty())
        out << tr("Themes created: %1").arg(r.themesCreated.join(QStringLiteral(", "))) << '\n';
    if (r.themesNotCreated > 0)
        out << tr("Theme values left out: %1 (an import creates at most %2 themes; map them "
                  "with --map VALUE=theme:NAME)")
                   .arg(r.themesNotCreated)
                   .arg(StakeholderCsvImport::maxNewThemes)
            << '\n';
    if (!r.ignoredColumns.isEmpty())
        out << tr("Columns not imported: %1").arg(r.ignoredColumns.join(QStringLiteral(", ")))
            << '\n';
    return Success;
}
