// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/GroupMeeting.h"

#include <QWidget>

class GroupAttendanceModel;
class GroupDecisionsModel;
class GroupMeetingsModel;
class GroupMembersModel;
class MessageBar;
class OptionalDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

// The meetings of the City Stakeholder Group: the list with "N of M members attended", the
// form that adds or edits a meeting, and for the selected meeting its attendance (ticked from
// the members) and its decisions. Every change is an undo step stored at once.
// Not a RecordTablePanel: a meeting is written in a form (a date, a place, an agenda) and
// stored when saved, never typed into the table.
class GroupMeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    GroupMeetingsPanel(const PaneContext& context, GroupMembersModel* members,
                       QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    GroupMeetingsModel* meetings() const { return m_meetings; }
    GroupAttendanceModel* attendance() const { return m_attendance; }
    GroupDecisionsModel* decisions() const { return m_decisions; }

    void startNew();
    // Adds or saves the meeting in the form; false (with the reason shown) if nothing stored.
    bool save();
    void removeSelected();
    void addDecision();
    void removeDecision();

private:
    QWidget* makeForm();
    QWidget* makeDetails();
    void showMeeting(int row);
    void fillForm(const GroupMeeting& meeting);
    void showMessage(const QString& message);
    void updateState();

    PaneContext m_context;
    GroupMeetingsModel* m_meetings;
    GroupAttendanceModel* m_attendance;
    GroupDecisionsModel* m_decisions;
    QTableView* m_view;
    QPushButton* m_new;
    QPushButton* m_remove;
    QGroupBox* m_form = nullptr;
    OptionalDateEdit* m_date = nullptr;
    QLineEdit* m_place = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QPlainTextEdit* m_minutes = nullptr;
    MessageBar* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QGroupBox* m_details = nullptr;
    QStackedWidget* m_detailsStack = nullptr;
    QLabel* m_placeholder = nullptr;
    QTableView* m_attendanceView = nullptr;
    QTableView* m_decisionsView = nullptr;
    QLineEdit* m_decisionText = nullptr;
    QPushButton* m_decisionAdd = nullptr;
    QPushButton* m_decisionRemove = nullptr;
    QString m_editingId;
    bool m_readOnly = false;
};
