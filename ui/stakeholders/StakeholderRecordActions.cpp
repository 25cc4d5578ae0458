// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRecordActions.h"

#include "StakeholderRemoval.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "shell/DialogHooks.h"
#include "shell/FileEdits.h"
#include "stakeholders/StakeholderRepository.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

using Repo = StakeholderRepository;
using AddStakeholder = AddRecordCommand<Repo, Stakeholder>;
using RemoveStakeholder = RemoveRecordCommand<Repo, Stakeholder>;

StakeholderRecordActions::StakeholderRecordActions(const PaneContext& context, QWidget* parent)
    : QObject(parent), m_context(context), m_parent(parent),
      m_add(
          new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add stakeholder"), this)),
      m_duplicate(
          new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this)),
      m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this))
{
    m_add->setObjectName(QStringLiteral("addStakeholder"));
    m_duplicate->setObjectName(QStringLiteral("duplicateStakeholder"));
    m_delete->setObjectName(QStringLiteral("deleteStakeholder"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setShortcut(QKeySequence::Delete);
    m_add->setToolTip(tr("Add a stakeholder (Insert)"));
    m_duplicate->setToolTip(tr("Copy the selected stakeholders with their themes, scores and notes "
                               "(Ctrl+D)"));
    m_delete->setToolTip(tr("Delete the selected stakeholders (Delete)"));
    connect(m_add, &QAction::triggered, this, &StakeholderRecordActions::addStakeholder);
    connect(m_duplicate, &QAction::triggered, this, &StakeholderRecordActions::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &StakeholderRecordActions::deleteSelected);
    updateActions();
}

void StakeholderRecordActions::setSelection(const QStringList& ids)
{
    m_selection = ids;
    updateActions();
}

void StakeholderRecordActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void StakeholderRecordActions::updateActions()
{
    m_add->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(!m_readOnly && !m_selection.isEmpty());
    m_delete->setEnabled(!m_readOnly && !m_selection.isEmpty());
}

QString StakeholderRecordActions::uniqueName(const QString& base) const
{
    const Repo& repo = m_context.repositories.stakeholders();
    QString name = base;
    for (int n = 2; repo.byNameKey(name); ++n)
        name = tr("%1 %2", "name and number that makes it unique").arg(base).arg(n);
    return name;
}

QList<Stakeholder> StakeholderRecordActions::selectedStakeholders() const
{
    QList<Stakeholder> out;
    for (const QString& id : m_selection) {
        if (std::optional<Stakeholder> s = m_context.repositories.stakeholders().stakeholder(id))
            out << *s;
    }
    return out;
}

void StakeholderRecordActions::addStakeholder()
{
    if (m_readOnly)
        return;
    Stakeholder s;
    s.name = uniqueName(tr("New stakeholder"));
    auto* command = new AddStakeholder(&m_context.file, m_context.repositories.stakeholders(), s,
                                       tr("Add stakeholder “%1”").arg(s.name));
    const QString failure = FileEdits::push(m_context, {command});
    emit messageChanged(failure);
    if (failure.isEmpty())
        emit created({command->record().meta.id});
}

void StakeholderRecordActions::duplicateSelected()
{
    const QList<Stakeholder> originals = selectedStakeholders();
    if (m_readOnly || originals.isEmpty())
        return;
    // Pushed one by one inside the macro, so each copy's name is unique among the copies too.
    QStringList ids;
    QString failure;
    m_context.undoStack.beginMacro(
        tr("Duplicate %n stakeholder(s)", nullptr, int(originals.size())));
    for (const Stakeholder& original : originals) {
        Stakeholder copy = original;
        copy.meta = RecordMeta();
        // A copy starts unplaced on the network, not hidden under its original.
        copy.networkX.reset();
        copy.networkY.reset();
        copy.name = uniqueName(tr("%1 (copy)").arg(original.name));
        auto* command = new AddStakeholder(&m_context.file, m_context.repositories.stakeholders(),
                                           copy, tr("Duplicate “%1”").arg(original.name));
        failure = FileEdits::push(m_context, {command});
        if (!failure.isEmpty())
            break;
        ids << command->record().meta.id;
    }
    m_context.undoStack.endMacro();
    emit messageChanged(failure);
    if (!ids.isEmpty())
        emit created(ids);
}

void StakeholderRecordActions::deleteSelected()
{
    const QList<Stakeholder> doomed = selectedStakeholders();
    if (m_readOnly || doomed.isEmpty())
        return;
    const QString question = StakeholderRemoval::confirmation(m_context.repositories, doomed);
    const auto answer =
        DialogHooks::message(m_parent, QMessageBox::Question, tr("Delete stakeholders"), question,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QList<QUndoCommand*> commands;
    for (const Stakeholder& s : doomed) {
        commands << new RemoveStakeholder(&m_context.file, m_context.repositories.stakeholders(), s,
                                          tr("Delete “%1”").arg(s.name));
    }
    emit messageChanged(FileEdits::push(
        m_context, commands, tr("Delete %n stakeholder(s)", nullptr, int(commands.size()))));
}
