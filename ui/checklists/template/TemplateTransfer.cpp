// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTransfer.h"

#include "TemplateTreeModel.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "commands/ImportTemplateCommand.h"
#include "common/TextLimits.h"
#include "profile/ProfileRepository.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "shell/FileEdits.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString fileFilter()
{
    return TemplateTransfer::tr("Checklist templates (*.json);;All files (*)");
}

} // namespace

TemplateTransfer::TemplateTransfer(const PaneContext& context, QWidget* parent)
    : m_context(context), m_parent(parent)
{
}

void TemplateTransfer::warn(const QString& title, const QString& text)
{
    DialogHooks::message(m_parent, QMessageBox::Warning, title, text);
}

QString TemplateTransfer::fileLanguage() const
{
    if (Result<City> city = m_context.repositories.profile().city();
        city && !city.value().language.isEmpty())
        return city.value().language;
    return QStringLiteral("en");
}

bool TemplateTransfer::exportTemplate(const QString& templateId)
{
    const QString title = tr("Export the checklist");
    Result<TemplateDocument> doc =
        TemplateInstaller(m_context.repositories).exportTemplate(templateId);
    if (!doc) {
        warn(title, doc.error().message);
        return false;
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-v%2.json").arg(doc.value().key).arg(doc.value().version));
    const QString path = DialogHooks::saveFileName(m_parent, title, suggested, fileFilter());
    if (path.isEmpty())
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(TemplateFormat::toJson(doc.value())) < 0 ||
        !out.commit()) {
        warn(title, tr("The checklist could not be written to “%1”: %2. Choose another folder "
                       "or free some space, then export again.")
                        .arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    ExportDone::tell(
        m_parent, title,
        tr("The checklist “%1” was written: a partner city imports it with "
           "Import a checklist.")
            .arg(TextLimits::shortened(doc.value().text(doc.value().title, fileLanguage()))),
        path);
    return true;
}

QString TemplateTransfer::importTemplate()
{
    const QString title = tr("Import a checklist");
    const QString path = DialogHooks::openFileName(m_parent, title, QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return {};
    const QString name = QFileInfo(path).fileName();
    const Result<QByteArray> json = TemplateFormat::readFile(path);
    if (!json) {
        warn(title, json.error().message + QLatin1Char(' ') + tr("Nothing was changed."));
        return {};
    }
    Result<TemplateDocument> parsed = TemplateFormat::parse(json.value());
    if (!parsed) {
        warn(title, tr("“%1” cannot be imported: %2\n\nNothing was changed. Ask the city that "
                       "sent it for a file exported by Passerelle.")
                        .arg(name, parsed.error().message));
        return {};
    }
    const TemplateDocument& doc = parsed.value();
    const QString checklist = TextLimits::shortened(doc.text(doc.title, fileLanguage()));
    int items = 0;
    for (const TemplateDocument::Area& a : doc.areas)
        items += int(a.items.size());
    const QString counts = tr("%1 and %2", "areas and items")
                               .arg(tr("%n area(s)", nullptr, int(doc.areas.size())),
                                    tr("%n item(s)", nullptr, items));

    ChecklistRepository& repo = m_context.repositories.checklists();
    QString question;
    if (std::optional<ChecklistTemplate> stored = repo.templateByKey(doc.key)) {
        if (doc.version <= stored->version) {
            warn(title, tr("“%1” holds version %2 of the checklist “%3”, and this file already "
                           "has version %4. Nothing was changed.")
                            .arg(name)
                            .arg(doc.version)
                            .arg(TextLimits::shortened(stored->title))
                            .arg(stored->version));
            return {};
        }
        question = tr("Upgrade the checklist “%1” from version %2 to version %3 (%4)?\n\n"
                      "Reworded items keep their answers; items the new version no longer has "
                      "are retired, not deleted. Edit > Undo puts the checklist back as it was.")
                       .arg(TextLimits::shortened(stored->title))
                       .arg(stored->version)
                       .arg(doc.version)
                       .arg(counts);
    } else {
        question = tr("Import the checklist “%1”, version %2 (%3)?\n\nIt is added beside the "
                      "checklists of this file. Edit > Undo takes it away again.")
                       .arg(checklist)
                       .arg(doc.version)
                       .arg(counts);
    }
    if (DialogHooks::message(m_parent, QMessageBox::Question, title, question,
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return {};

    auto* command = new ImportTemplateCommand(
        &m_context.file, m_context.repositories, doc,
        tr("Import the checklist “%1”").arg(TemplateTreeModel::shortText(checklist)));
    const QString failure = FileEdits::push(m_context, {command});
    if (!failure.isEmpty()) {
        warn(title, tr("“%1” was not imported: %2").arg(name, failure));
        return {};
    }
    return command->templateId();
}
