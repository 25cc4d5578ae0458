// SPDX-License-Identifier: GPL-3.0-or-later
// TemplateEditor: what its buttons do.
#include "TemplateEditor.h"

#include "TemplateEntryDialog.h"
#include "TemplateTransfer.h"
#include "TemplateTreeModel.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "commands/ReorderChecklistCommand.h"
#include "shell/DialogHooks.h"
#include "storage/CityFile.h"

#include <QTreeView>

using AddAreaCommand = AddRecordCommand<ChecklistRepository, ChecklistArea>;
using AddItemCommand = AddRecordCommand<ChecklistRepository, ChecklistItem>;
using EditItemCommand = EditRecordCommand<ChecklistRepository, ChecklistItem>;
using RemoveAreaCommand = RemoveRecordCommand<ChecklistRepository, ChecklistArea>;
using RemoveItemCommand = RemoveRecordCommand<ChecklistRepository, ChecklistItem>;

void TemplateEditor::addArea()
{
    ChecklistRepository& repo = m_context.repositories.checklists();
    ChecklistArea area;
    area.templateId = m_model->templateId();
    area.key = RecordMeta::newId(); // never taken by a later version of a built-in checklist
    area.position = m_model->nextAreaPosition();
    TemplateEntryDialog dialog(
        TemplateEntryDialog::Kind::Area, m_context.repositories.themes(),
        [&](const TemplateEntryDialog::Entry& e) {
            ChecklistArea candidate = area;
            candidate.title = e.text;
            return repo.validate(candidate);
        },
        this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const TemplateEntryDialog::Entry entry = dialog.entry();
    area.title = entry.text;
    area.description = entry.details;
    area.themeId = entry.themeId;
    auto* command =
        new AddAreaCommand(&m_context.file, repo, area,
                           tr("Add the area “%1”").arg(TemplateTreeModel::shortText(area.title)));
    if (push(command))
        select(m_model->indexOfArea(command->record().meta.id));
}

void TemplateEditor::addItem()
{
    ChecklistRepository& repo = m_context.repositories.checklists();
    const std::optional<ChecklistArea> area = repo.area(currentAreaId());
    const std::optional<ChecklistTemplate> checklist =
        repo.checklistTemplate(m_model->templateId());
    if (!area || !checklist)
        return;
    ChecklistItem item;
    item.areaId = area->meta.id;
    item.key = RecordMeta::newId(); // never taken by a later version of a built-in checklist
    item.position = m_model->nextItemPosition(area->meta.id);
    item.addedInVersion = checklist->version;
    TemplateEntryDialog dialog(
        TemplateEntryDialog::Kind::Item, m_context.repositories.themes(),
        [&](const TemplateEntryDialog::Entry& e) {
            ChecklistItem candidate = item;
            candidate.statement = e.text;
            return repo.validate(candidate);
        },
        this);
    dialog.setEntry({QString(), QString(), area->themeId});
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const TemplateEntryDialog::Entry entry = dialog.entry();
    item.statement = entry.text;
    item.guidance = entry.details;
    item.themeId = entry.themeId;
    auto* command = new AddItemCommand(
        &m_context.file, repo, item,
        tr("Add the item “%1”").arg(TemplateTreeModel::shortText(item.statement)));
    if (push(command))
        select(m_model->indexOfItem(command->record().meta.id));
}

void TemplateEditor::move(int delta)
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const ChecklistItem* item = m_model->itemAt(current);
    const QString id = m_model->data(current, TemplateTreeModel::IdRole).toString();
    const QString parentId = item ? item->areaId : m_model->templateId();
    const QStringList before = item ? m_model->itemIds(parentId) : m_model->areaIds();
    const int from = int(before.indexOf(id));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= before.size())
        return;
    QStringList after = before;
    after.move(from, to);
    const auto level =
        item ? ReorderChecklistCommand::Level::Items : ReorderChecklistCommand::Level::Areas;
    const QString text =
        item ? tr("Move the item “%1”").arg(TemplateTreeModel::shortText(item->statement))
             : tr("Move the area “%1”")
                   .arg(TemplateTreeModel::shortText(m_model->areaAt(current)->title));
    const int column = current.column();
    if (push(new ReorderChecklistCommand(&m_context.file, m_context.repositories.checklists(),
                                         level, parentId, before, after, text)))
        select(item ? m_model->indexOfItem(id, column) : m_model->indexOfArea(id, column));
}

void TemplateEditor::retire()
{
    if (const ChecklistItem* item = m_model->itemAt(m_tree->currentIndex())) {
        const ChecklistItem copy = *item;
        const int answers = m_context.repositories.checklists().answerCount(copy.meta.id);
        const QString question =
            tr("Retire “%1”?\n\nRounds held from today on will no longer ask it. Its %n "
               "answer(s) in earlier rounds stay and still count in the scores of those rounds. "
               "You can bring the item back later.",
               nullptr, answers)
                .arg(copy.statement);
        if (DialogHooks::message(this, QMessageBox::Question, tr("Retire an item"), question,
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes)
            retireItem(copy);
    }
}

void TemplateEditor::retireItem(const ChecklistItem& item)
{
    ChecklistItem after = item;
    after.retiredOn = QDate::currentDate();
    if (push(new EditItemCommand(
            &m_context.file, m_context.repositories.checklists(), item, after,
            tr("Retire the item “%1”").arg(TemplateTreeModel::shortText(item.statement)))))
        select(m_model->indexOfItem(item.meta.id));
}

void TemplateEditor::bringBack()
{
    const ChecklistItem* item = m_model->itemAt(m_tree->currentIndex());
    if (!item || !item->isRetired())
        return;
    const ChecklistItem before = *item;
    ChecklistItem after = before;
    after.retiredOn = QDate();
    if (push(new EditItemCommand(
            &m_context.file, m_context.repositories.checklists(), before, after,
            tr("Bring back the item “%1”").arg(TemplateTreeModel::shortText(before.statement)))))
        select(m_model->indexOfItem(before.meta.id));
}

void TemplateEditor::remove()
{
    ChecklistRepository& repo = m_context.repositories.checklists();
    const QModelIndex current = m_tree->currentIndex();
    const QString title = tr("Delete");
    if (const ChecklistArea* area = m_model->areaAt(current)) {
        if (!TemplateInstaller::isOfficersOwn(area->key) || m_model->rowCount(current) > 0) {
            DialogHooks::message(this, QMessageBox::Information, title,
                                 tr("Only an area the city added and that holds no items can be "
                                    "deleted. Retire the items of “%1” instead.")
                                     .arg(area->title));
            return;
        }
        push(new RemoveAreaCommand(
            &m_context.file, repo, *area,
            tr("Delete the area “%1”").arg(TemplateTreeModel::shortText(area->title))));
        return;
    }
    const ChecklistItem* found = m_model->itemAt(current);
    if (!found)
        return;
    const ChecklistItem item = *found;
    const int answers = repo.answerCount(item.meta.id);
    if (TemplateInstaller::isOfficersOwn(item.key) && answers == 0) {
        push(new RemoveItemCommand(
            &m_context.file, repo, item,
            tr("Delete the item “%1”").arg(TemplateTreeModel::shortText(item.statement))));
        return;
    }
    const QString why = answers > 0
                            ? tr("“%1” has %n answer(s) in earlier rounds, which deleting would "
                                 "lose.",
                                 nullptr, answers)
                                  .arg(item.statement)
                            : tr("“%1” belongs to the built-in checklist: a later version may "
                                 "still reword it.")
                                  .arg(item.statement);
    if (item.isRetired()) {
        DialogHooks::message(this, QMessageBox::Information, title,
                             why + QStringLiteral("\n\n") + tr("It is already retired."));
        return;
    }
    const QString offer = tr("Retire it instead? Rounds held from today on will no longer ask "
                             "it; its answers stay and still count in the scores of earlier "
                             "rounds.");
    if (DialogHooks::message(
            this, QMessageBox::Question, title, why + QStringLiteral("\n\n") + offer,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        retireItem(item);
}

void TemplateEditor::exportTemplate()
{
    TemplateTransfer(m_context, this).exportTemplate(m_model->templateId());
}

void TemplateEditor::importTemplate()
{
    if (m_readOnly)
        return;
    const QString id = TemplateTransfer(m_context, this).importTemplate();
    if (!id.isEmpty())
        showTemplate(id);
}
