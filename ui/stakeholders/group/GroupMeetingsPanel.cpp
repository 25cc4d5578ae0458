// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupMeetingsPanel.h"
#include "common/PlainTextEdit.h"

#include "GroupAttendanceModel.h"
#include "GroupDecisionsModel.h"
#include "GroupMeetingsModel.h"
#include "GroupMembersModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/ColumnFitter.h"
#include "common/OptionalDateEdit.h"
#include "shell/FileEdits.h"
#include "shell/MessageBar.h"
#include "stakeholders/GroupRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

using AddMeeting = AddRecordCommand<GroupRepository, GroupMeeting>;
using EditMeeting = EditRecordCommand<GroupRepository, GroupMeeting>;
using RemoveMeeting = RemoveRecordCommand<GroupRepository, GroupMeeting>;

namespace {

QTableView* makeTable(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The height of the table with its header and `rows` rows in sight.
int rowsHigh(QTableView* view, int rows)
{
    return view->horizontalHeader()->sizeHint().height() +
           rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth();
}

// The height of a text box showing `lines` whole lines.
int linesHigh(QPlainTextEdit* edit, int lines)
{
    return edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
           int(2 * edit->document()->documentMargin());
}

} // namespace

GroupMeetingsPanel::GroupMeetingsPanel(const PaneContext& context, GroupMembersModel* members,
                                       QWidget* parent)
    : QWidget(parent), m_context(context),
      m_meetings(new GroupMeetingsModel(context.repositories.group(), this)),
      m_attendance(new GroupAttendanceModel(context, members, this)),
      m_decisions(new GroupDecisionsModel(context, this)),
      m_view(makeTable(QStringLiteral("meetingsTable"), tr("Meetings of the group"), this)),
      m_new(new QPushButton(tr("Ne&w meeting"), this)),
      m_remove(new QPushButton(tr("Remove meeting"), this))
{
    m_view->setModel(m_meetings);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A list to choose from, not one row squeezed above the form: a few meetings in sight
    // even on a laptop's screen.
    m_view->setMinimumHeight(rowsHigh(m_view, 4));
    m_new->setObjectName(QStringLiteral("meetingNew"));
    m_remove->setObjectName(QStringLiteral("meetingRemove"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(makeForm());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(makeDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &GroupMeetingsPanel::startNew);
    connect(m_remove, &QPushButton::clicked, this, &GroupMeetingsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showMeeting(current.row());
            });
    connect(m_meetings, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                // Only a change of the meeting shown (not of the attendance counts) replaces
                // what the form holds.
                const int row = m_meetings->rowOf(m_editingId);
                const bool countsOnly = topLeft.column() == GroupMeetingsModel::Attendance &&
                                        bottomRight.column() == GroupMeetingsModel::Attendance;
                if (row >= topLeft.row() && row <= bottomRight.row() && !countsOnly)
                    fillForm(m_meetings->meeting(row));
            });
    connect(m_meetings, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_editingId.isEmpty() && m_meetings->rowOf(m_editingId) < 0)
            startNew();
    });
    connect(m_attendance, &GroupAttendanceModel::messageChanged, this,
            &GroupMeetingsPanel::showMessage);
    connect(m_decisions, &GroupDecisionsModel::messageChanged, this,
            &GroupMeetingsPanel::showMessage);
    startNew();
}

QWidget* GroupMeetingsPanel::makeForm()
{
    m_form = new QGroupBox(this);
    m_date = new OptionalDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_place = new QLineEdit(m_form);
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_place->setPlaceholderText(tr("Town hall, a partner's premises, online…"));
    m_agenda = new PlainTextEdit(m_form);
    m_agenda->setObjectName(QStringLiteral("meetingAgenda"));
    m_agenda->setTabChangesFocus(true);
    // Short boxes: the list above keeps the room, and both scroll when written at length.
    m_agenda->setMaximumHeight(linesHigh(m_agenda, 3));
    m_minutes = new PlainTextEdit(m_form);
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutes->setTabChangesFocus(true);
    m_minutes->setPlaceholderText(tr("What was said, for those who were not there"));
    m_minutes->setMaximumHeight(linesHigh(m_minutes, 5));
    // Above the list: refusals of the form, the attendance and the decisions show there.
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("meetingMessage"));
    m_save = new QPushButton(m_form);
    m_save->setObjectName(QStringLiteral("meetingSave"));
    connect(m_save, &QPushButton::clicked, this, &GroupMeetingsPanel::save);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // The date and the place share a row: one line less between the list and the form's end.
    auto* placeLabel = new QLabel(tr("&Place:"), m_form);
    placeLabel->setBuddy(m_place);
    auto* whenWhere = new QHBoxLayout;
    whenWhere->addWidget(m_date, 1);
    whenWhere->addWidget(placeLabel);
    whenWhere->addWidget(m_place, 2);
    auto* dateLabel = new QLabel(tr("Da&te:"), m_form);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, whenWhere);
    form->addRow(tr("&Agenda:"), m_agenda);
    form->addRow(tr("Min&utes:"), m_minutes);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(m_form);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    return m_form;
}

QWidget* GroupMeetingsPanel::makeDetails()
{
    // A short title: a group box is as wide as its title, and the meetings sit beside the details.
    m_details = new QGroupBox(tr("Attendance and decisions"), this);
    m_attendanceView = makeTable(QStringLiteral("attendanceTable"), tr("Attendance"), m_details);
    m_attendanceView->setModel(m_attendance);
    m_attendanceView->setColumnHidden(GroupMembersModel::Kind, true);
    m_attendanceView->setColumnHidden(GroupMembersModel::Since, true);
    // The list fits its panel, however narrow: long names and roles are elided (whole on
    // hover) rather than scrolled sideways; the names keep at least half the width.
    new ColumnFitter(m_attendanceView, GroupMembersModel::Name, 0.5);
    m_attendanceView->setToolTip(tr("Tick the members who attended"));

    m_decisionsView = makeTable(QStringLiteral("decisionsTable"), tr("Decisions"), m_details);
    m_decisionsView->setModel(m_decisions);
    m_decisionsView->setToolTip(tr("Double-click a decision to correct it"));
    m_decisionText = new QLineEdit(m_details);
    m_decisionText->setObjectName(QStringLiteral("decisionText"));
    m_decisionText->setPlaceholderText(tr("What the group decided"));
    m_decisionAdd = new QPushButton(tr("Add decisi&on"), m_details);
    m_decisionAdd->setObjectName(QStringLiteral("decisionAdd"));
    m_decisionRemove = new QPushButton(tr("Remove decision"), m_details);
    m_decisionRemove->setObjectName(QStringLiteral("decisionRemove"));
    connect(m_decisionAdd, &QPushButton::clicked, this, &GroupMeetingsPanel::addDecision);
    connect(m_decisionText, &QLineEdit::returnPressed, this, &GroupMeetingsPanel::addDecision);
    connect(m_decisionRemove, &QPushButton::clicked, this, &GroupMeetingsPanel::removeDecision);

    auto* attendanceBox = new QVBoxLayout;
    attendanceBox->addWidget(new QLabel(tr("Who attended:"), m_details));
    attendanceBox->addWidget(m_attendanceView, 1);
    // The text gets a row of its own: decisions are sentences, not words.
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decisionRemove);
    decisionRow->addStretch(1);
    decisionRow->addWidget(m_decisionAdd);
    auto* decisionsBox = new QVBoxLayout;
    decisionsBox->addWidget(new QLabel(tr("Decisions taken:"), m_details));
    decisionsBox->addWidget(m_decisionsView, 1);
    decisionsBox->addWidget(m_decisionText);
    decisionsBox->addLayout(decisionRow);
    auto* chosen = new QWidget(m_details);
    auto* chosenLayout = new QVBoxLayout(chosen);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    chosenLayout->addLayout(attendanceBox, 1);
    chosenLayout->addLayout(decisionsBox, 1);
    // Until a meeting is chosen, a sentence saying so rather than grey, empty lists.
    m_placeholder = new QLabel(tr("Choose a meeting in the list to tick who attended and to "
                                  "note what was decided."),
                               m_details);
    m_placeholder->setObjectName(QStringLiteral("attendancePlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailsStack = new QStackedWidget(m_details);
    m_detailsStack->addWidget(m_placeholder);
    m_detailsStack->addWidget(chosen);
    auto* layout = new QVBoxLayout(m_details);
    layout->addWidget(m_detailsStack);
    return m_details;
}

void GroupMeetingsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_attendance->setReadOnly(readOnly);
    m_decisions->setReadOnly(readOnly);
    updateState();
}

void GroupMeetingsPanel::updateState()
{
    const bool editable = !m_readOnly;
    const bool selected = !m_editingId.isEmpty();
    m_new->setEnabled(editable);
    m_remove->setEnabled(editable && selected);
    m_date->setReadOnly(!editable);
    m_place->setReadOnly(!editable);
    m_agenda->setReadOnly(!editable);
    m_minutes->setReadOnly(!editable);
    m_save->setEnabled(editable);
    m_save->setText(selected ? tr("&Save changes") : tr("Add meeting"));
    m_form->setTitle(selected ? tr("Selected meeting") : tr("New meeting"));
    m_detailsStack->setCurrentIndex(selected ? 1 : 0);
    m_decisionText->setReadOnly(!editable);
    m_decisionAdd->setEnabled(editable && selected);
    m_decisionRemove->setEnabled(editable && selected);
    m_decisionsView->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                                    QAbstractItemView::EditKeyPressed
                                              : QAbstractItemView::NoEditTriggers);
}

void GroupMeetingsPanel::startNew()
{
    m_editingId.clear();
    m_view->selectionModel()->clearSelection();
    m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    fillForm(GroupMeeting());
    m_attendance->setMeeting({});
    m_decisions->setMeeting({});
    showMessage({});
    updateState();
}

void GroupMeetingsPanel::showMeeting(int row)
{
    const GroupMeeting& meeting = m_meetings->meeting(row);
    m_editingId = meeting.meta.id;
    fillForm(meeting);
    m_attendance->setMeeting(m_editingId);
    m_decisions->setMeeting(m_editingId);
    showMessage({});
    updateState();
}

void GroupMeetingsPanel::fillForm(const GroupMeeting& meeting)
{
    m_date->setDate(meeting.date);
    m_place->setText(meeting.place);
    m_agenda->setPlainText(meeting.agenda);
    m_minutes->setPlainText(meeting.minutes);
}

bool GroupMeetingsPanel::save()
{
    if (m_readOnly)
        return false;
    const int row = m_meetings->rowOf(m_editingId);
    const GroupMeeting before = row >= 0 ? m_meetings->meeting(row) : GroupMeeting();
    GroupMeeting after = before;
    after.date = m_date->date();
    // A line field holds at most 32767 characters: an untouched one keeps the stored place whole.
    if (m_place->isModified())
        after.place = m_place->text().trimmed();
    after.agenda = m_agenda->toPlainText().trimmed();
    after.minutes = m_minutes->toPlainText().trimmed();
    GroupRepository& group = m_context.repositories.group();
    QString problem = m_date->problem(tr("The meeting's date"));
    if (problem.isEmpty()) {
        if (std::optional<Error> e = group.validate(after))
            problem = e->message;
    }
    if (!problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    QString failure;
    if (row >= 0) {
        if (after != before)
            failure = FileEdits::push(m_context, {new EditMeeting(&m_context.file, group, before,
                                                                  after, tr("Edit a meeting"))});
    } else {
        auto* add = new AddMeeting(&m_context.file, group, after, tr("Add a group meeting"));
        failure = FileEdits::push(m_context, {add});
        // A refused command is deleted by the stack; a stored one holds the new identity.
        if (failure.isEmpty())
            // Not selectRow(): in right-to-left layouts Qt 6.4 looks for the row's first cell past
            // the viewport's edge and selects nothing.
            m_view->setCurrentIndex(m_meetings->index(m_meetings->rowOf(add->record().meta.id), 0));
    }
    showMessage(failure);
    return failure.isEmpty();
}

void GroupMeetingsPanel::removeSelected()
{
    const int row = m_meetings->rowOf(m_editingId);
    if (m_readOnly || row < 0)
        return;
    showMessage(FileEdits::push(
        m_context, {new RemoveMeeting(&m_context.file, m_context.repositories.group(),
                                      m_meetings->meeting(row), tr("Remove a group meeting"))}));
}

void GroupMeetingsPanel::addDecision()
{
    if (m_readOnly)
        return;
    if (m_decisions->addDecision(m_decisionText->text()).isEmpty())
        m_decisionText->clear();
}

void GroupMeetingsPanel::removeDecision()
{
    if (!m_readOnly)
        m_decisions->removeDecision(m_decisionsView->currentIndex().row());
}

void GroupMeetingsPanel::showMessage(const QString& message)
{
    m_message->showMessage(message);
}
