// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTemplateCommand.h"

#include "WritableCityFile.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "storage/CityFile.h"

QString ImportTemplateCommand::summary() const
{
    return tr("Install a checklist template JSON into a city file.");
}

void ImportTemplateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to change."));
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The template JSON to install."));
}

int ImportTemplateCommand::run(const QCommandLineParser& parser, QTextStream& out,
                               QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << tr("import-template takes a FILE and an IN file.") << '\n';
        return UsageError;
    }
    // Read and checked before the city file is opened: a refused template leaves it untouched.
    const Result<QByteArray> json = TemplateFormat::readFile(args.at(1));
    if (!json) {
        err << json.error().message << '\n';
        return UserError;
    }
    const Result<TemplateDocument> doc = TemplateFormat::parse(json.value());
    if (!doc) {
        err << doc.error().message << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = WritableCityFile::open(args.first(), err);
    if (!file)
        return UserError;
    Repositories repos(*file);
    const Result<QString> installed = TemplateInstaller(repos).install(doc.value());
    if (!installed) {
        err << installed.error().message << '\n';
        return UserError;
    }
    const std::optional<ChecklistTemplate> checklist =
        repos.checklists().checklistTemplate(installed.value());
    out << tr("Checklist “%1” (version %2) installed.")
               .arg(checklist ? TextLimits::shortened(checklist->title) : QString())
               .arg(checklist ? checklist->version : 0)
        << '\n';
    return Success;
}
