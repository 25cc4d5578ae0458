// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderGroupView.h"

#include "GroupMeetingsPanel.h"
#include "GroupMembersModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/OptionalDateDelegate.h"
#include "common/OptionalDateEdit.h"
#include "shell/FileEdits.h"
#include "shell/MessageBar.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderPicker.h"
#include "storage/CityFile.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using AddMember = AddRecordCommand<GroupRepository, GroupMember>;

StakeholderGroupView::StakeholderGroupView(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_members(new GroupMembersModel(context, this))
{
    setObjectName(QStringLiteral("stakeholderGroupView"));
    // Members and meetings each get the whole width: the view shares the pane with the details.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("groupTabs"));
    m_tabs->setDocumentMode(true);
    m_meetingsPanel = new GroupMeetingsPanel(context, m_members, m_tabs);
    m_tabs->addTab(makeMembersPart(), tr("Members"));
    m_tabs->addTab(m_meetingsPanel, tr("Meetings"));

    auto* intro = new QLabel(tr("The City Stakeholder Group is the city's lasting consultation "
                                "body on migration: who sits in it, when it met, who came and "
                                "what it decided."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);

    connect(m_members, &QAbstractItemModel::rowsInserted, this,
            &StakeholderGroupView::updateExcluded);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this,
            &StakeholderGroupView::updateExcluded);
    connect(m_members, &GroupMembersModel::messageChanged, this,
            &StakeholderGroupView::showMessage);
    updateExcluded();
    setReadOnly(context.file.isReadOnly());
}

QWidget* StakeholderGroupView::makeMembersPart()
{
    auto* box = new QWidget(this);
    m_message = new MessageBar(box);
    m_message->setObjectName(QStringLiteral("memberMessage"));
    m_membersView = new QTableView(box);
    m_membersView->setObjectName(QStringLiteral("membersTable"));
    m_membersView->setAccessibleName(tr("Members of the group"));
    m_membersView->setModel(m_members);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_membersView->verticalHeader()->hide();
    m_membersView->setWordWrap(false);
    QHeaderView* header = m_membersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name takes the room the other columns leave: whole when the view is wide (the
    // details folded away), elided with its tooltip when it is not, the role always in view.
    header->setSectionResizeMode(GroupMembersModel::Name, QHeaderView::Stretch);
    m_membersView->setToolTip(tr("Double-click a name to open the stakeholder; double-click a "
                                 "role or a date to change it"));
    auto* since = new OptionalDateDelegate(tr("The date the member joined"), m_membersView);
    m_membersView->setItemDelegateForColumn(GroupMembersModel::Since, since);
    connect(since, &OptionalDateDelegate::problem, this, &StakeholderGroupView::showMessage);

    m_picker = new StakeholderPicker(m_context.repositories.stakeholders(), box);
    m_picker->setObjectName(QStringLiteral("memberPicker"));
    m_role = new QLineEdit(box);
    m_role->setObjectName(QStringLiteral("memberRole"));
    m_role->setPlaceholderText(tr("Chair, member, observer…"));
    m_since = new OptionalDateEdit(box);
    m_since->setObjectName(QStringLiteral("memberSince"));
    m_add = new QPushButton(tr("&Add to the group"), box);
    m_add->setObjectName(QStringLiteral("memberAdd"));
    m_remove = new QPushButton(tr("Remove from the group"), box);
    m_remove->setObjectName(QStringLiteral("memberRemove"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("S&takeholder:"), m_picker);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("Member &since:"), m_since);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_message);
    layout->addWidget(m_membersView, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &StakeholderGroupView::addMember);
    connect(m_remove, &QPushButton::clicked, this, &StakeholderGroupView::removeSelectedMember);
    connect(m_membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StakeholderGroupView::updateState);
    connect(m_membersView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& i) {
        // A double-click on the role edits it (when editing is allowed).
        if (i.column() != GroupMembersModel::Role || m_readOnly)
            emit stakeholderActivated(i.data(GroupMembersModel::StakeholderIdRole).toString());
    });
    return box;
}

void StakeholderGroupView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_members->setReadOnly(readOnly);
    m_meetingsPanel->setReadOnly(readOnly);
    updateState();
}

void StakeholderGroupView::updateState()
{
    const bool editable = !m_readOnly;
    m_picker->setEnabled(editable);
    m_role->setReadOnly(!editable);
    m_since->setReadOnly(!editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_membersView->selectionModel()->hasSelection());
    m_membersView->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                                  QAbstractItemView::EditKeyPressed
                                            : QAbstractItemView::NoEditTriggers);
}

void StakeholderGroupView::updateExcluded()
{
    m_picker->setExcluded(m_members->stakeholderIds());
    updateState();
}

bool StakeholderGroupView::addMember()
{
    if (m_readOnly)
        return false;
    GroupMember member;
    member.stakeholderId = m_picker->currentId();
    member.role = m_role->text().trimmed();
    member.joinedOn = m_since->date();
    GroupRepository& group = m_context.repositories.group();
    QString problem;
    if (member.stakeholderId.isEmpty())
        problem = tr("Choose the stakeholder to add by typing part of its name, then pick it "
                     "from the list.");
    if (problem.isEmpty())
        problem = m_since->problem(tr("The date the member joined"));
    if (problem.isEmpty()) {
        if (std::optional<Error> e = group.validate(member))
            problem = e->message;
    }
    if (problem.isEmpty())
        problem = FileEdits::push(
            m_context, {new AddMember(&m_context.file, group, member, tr("Add a group member"))});
    showMessage(problem);
    if (!problem.isEmpty())
        return false;
    m_picker->setCurrentId({});
    m_role->clear();
    m_since->setDate({});
    return true;
}

void StakeholderGroupView::removeSelectedMember()
{
    const QModelIndex current = m_membersView->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    m_members->removeRecords({current.row()});
}

void StakeholderGroupView::showMessage(const QString& message)
{
    m_message->showMessage(message);
}
