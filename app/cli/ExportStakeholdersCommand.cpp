// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportStakeholdersCommand.h"

#include "PersonalDataOption.h"

#include "city/Repositories.h"
#include "stakeholders/StakeholderCsvExport.h"
#include "stakeholders/StakeholderXlsxExport.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFileInfo>

QString ExportStakeholdersCommand::summary() const
{
    return tr("Export the stakeholders to a CSV file or an Excel workbook (personal data only "
              "with --with-personal-data).");
}

void ExportStakeholdersCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to read."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 tr("The file to write, replaced if it exists: OUT.csv for CSV, "
                                    "OUT.xlsx for an Excel workbook."));
    PersonalDataOption::add(parser);
}

int ExportStakeholdersCommand::run(const QCommandLineParser& parser, QTextStream& out,
                                   QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << tr("export-stakeholders takes a FILE and an OUT file to write.") << '\n';
        return UsageError;
    }
    const QString suffix = QFileInfo(args.at(1)).suffix().toLower();
    const bool xlsx = suffix == QLatin1String("xlsx");
    if (!xlsx && suffix != QLatin1String("csv")) {
        err << tr("The file to write must end in .csv or .xlsx, not “%1”: the ending chooses "
                  "the format.")
                   .arg(QFileInfo(args.at(1)).fileName())
            << '\n';
        return UsageError;
    }
    CityFile::OpenResult opened = CityFile::open(args.at(0), CityFile::Access::ReadOnly);
    if (!opened) {
        err << opened.error().message() << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = opened.take();
    const PersonalData::Policy personalData = PersonalDataOption::policy(parser);
    Result<int> written = [&] {
        Repositories repos(*file);
        if (xlsx)
            return StakeholderXlsxExport(repos.stakeholders(), repos.themes(), personalData)
                .write(args.at(1));
        return StakeholderCsvExport(repos.stakeholders(), repos.themes(), personalData)
            .write(args.at(1));
    }();
    if (!written) {
        err << written.error().message << '\n';
        return UserError;
    }
    out << tr("Exported %n stakeholder(s) to %1.", nullptr, written.value())
               .arg(QDir::toNativeSeparators(args.at(1)))
        << '\n';
    if (const QString note = PersonalDataOption::leftOutNote(personalData); !note.isEmpty())
        out << note << '\n';
    return Success;
}
