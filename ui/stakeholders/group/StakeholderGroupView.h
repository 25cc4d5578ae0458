// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class GroupMeetingsPanel;
class GroupMembersModel;
class MessageBar;
class OptionalDateEdit;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class StakeholderPicker;

// The view tab "Stakeholder group": the City Stakeholder Group's members with their role (added
// by choosing a stakeholder not yet in it, the role edited in place, removed), and its meetings
// with attendance and decisions (GroupMeetingsPanel). Every edit is an undo step stored at once.
class StakeholderGroupView : public QWidget
{
    Q_OBJECT

public:
    explicit StakeholderGroupView(const PaneContext& context, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);

    GroupMembersModel* members() const { return m_members; }
    GroupMeetingsPanel* meetingsPanel() const { return m_meetingsPanel; }

    // Adds the stakeholder chosen in the picker; false (with the reason shown) if not stored.
    bool addMember();
    void removeSelectedMember();

signals:
    // A member double-clicked: the pane shows that stakeholder.
    void stakeholderActivated(const QString& id);

private:
    QWidget* makeMembersPart();
    void updateExcluded();
    void updateState();
    void showMessage(const QString& message);

    PaneContext m_context;
    GroupMembersModel* m_members;
    QTabWidget* m_tabs = nullptr;
    MessageBar* m_message = nullptr;
    QTableView* m_membersView = nullptr;
    StakeholderPicker* m_picker = nullptr;
    QLineEdit* m_role = nullptr;
    OptionalDateEdit* m_since = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    GroupMeetingsPanel* m_meetingsPanel = nullptr;
    bool m_readOnly = false;
};
