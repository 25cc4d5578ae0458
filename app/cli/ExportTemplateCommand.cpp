// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTemplateCommand.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"

#include <QFileInfo>
#include <QSaveFile>

QString ExportTemplateCommand::summary() const
{
    return tr("Write a checklist of a city file as a template JSON.");
}

void ExportTemplateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to read."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The JSON file to write."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("key"), tr("The checklist's key (the MC2CM basic services by default)."),
        QStringLiteral("KEY"), QStringLiteral("mc2cm_basic_services")));
}

int ExportTemplateCommand::run(const QCommandLineParser& parser, QTextStream& out,
                               QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << tr("export-template takes a FILE and an OUT file.") << '\n';
        return UsageError;
    }
    if (QFileInfo::exists(args.at(1))) {
        err << tr("“%1” already exists; choose another name.").arg(args.at(1)) << '\n';
        return UserError;
    }
    CityFile::OpenResult opened = CityFile::open(args.first(), CityFile::Access::ReadOnly);
    if (!opened) {
        err << opened.error().message() << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    const QString key = parser.value(QStringLiteral("key"));
    const std::optional<ChecklistTemplate> checklist = repos.checklists().templateByKey(key);
    if (!checklist) {
        err << tr("The file has no checklist “%1”.").arg(key) << '\n';
        return UserError;
    }
    Result<TemplateDocument> doc = TemplateInstaller(repos).exportTemplate(checklist->meta.id);
    if (!doc) {
        err << doc.error().message << '\n';
        return UserError;
    }
    // Written whole or not at all: a partner must never receive half a checklist.
    QSaveFile target(args.at(1));
    if (!target.open(QIODevice::WriteOnly) ||
        target.write(TemplateFormat::toJson(doc.value())) < 0 || !target.commit()) {
        err << tr("Could not write “%1”: %2").arg(args.at(1), target.errorString()) << '\n';
        return UserError;
    }
    out << tr("Checklist “%1” (version %2) written to %3.")
               .arg(checklist->title)
               .arg(checklist->version)
               .arg(args.at(1))
        << '\n';
    return Success;
}
