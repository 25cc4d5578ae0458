// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTemplateCommand.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"

#include <QFile>

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
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        err << tr("Could not read “%1”: %2").arg(args.at(1), in.errorString()) << '\n';
        return UserError;
    }
    const QByteArray json = in.readAll();
    CityFile::OpenResult opened = CityFile::open(args.first());
    if (!opened) {
        err << opened.error().message() << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = opened.take();
    if (const QString notice = Recovery::notice(file->recovery()); !notice.isEmpty())
        err << notice << '\n';
    Repositories repos(*file);
    const Result<QString> installed = TemplateInstaller(repos).importJson(json);
    if (!installed) {
        err << installed.error().message << '\n';
        return UserError;
    }
    const std::optional<ChecklistTemplate> checklist =
        repos.checklists().checklistTemplate(installed.value());
    out << tr("Checklist “%1” (version %2) installed.")
               .arg(checklist ? checklist->title : QString())
               .arg(checklist ? checklist->version : 0)
        << '\n';
    return Success;
}
