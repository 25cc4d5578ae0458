// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationDialog.h"
#include "common/PlainTextEdit.h"

#include "city/Repositories.h"
#include "common/DateText.h"
#include "common/OptionalDateEdit.h"
#include "common/PersonalDataChoice.h"
#include "common/TextLimits.h"
#include "plan/PlanRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderPicker.h"
#include "stakeholders/StakeholderRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConsultationDialog::ConsultationDialog(Repositories& repositories, const Consultation& consultation,
                                       QWidget* parent)
    : QDialog(parent), m_repositories(repositories), m_consultation(consultation),
      m_date(new OptionalDateEdit(this)), m_meeting(new QComboBox(this)),
      m_stakeholders(new QListWidget(this)),
      m_picker(new StakeholderPicker(repositories.stakeholders(), this)),
      m_addStakeholder(new QPushButton(tr("Add &stakeholder"), this)),
      m_removeStakeholder(new QPushButton(tr("Remo&ve"), this)),
      m_participants(new PlainTextEdit(this)), m_summary(new PlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("consultationDialog"));
    setWindowTitle(consultation.meta.isNew() ? tr("New consultation") : tr("Edit consultation"));
    m_date->setObjectName(QStringLiteral("consultationDate"));
    m_date->setDate(consultation.date.isValid() ? consultation.date : QDate::currentDate());
    m_meeting->setObjectName(QStringLiteral("consultationMeeting"));
    m_meeting->addItem(tr("None"), QString());
    for (const GroupMeeting& m : repositories.group().meetings()) {
        const QString date = DateText::shown(m.date);
        m_meeting->addItem(
            m.place.isEmpty() ? date : tr("%1, %2").arg(date, TextLimits::shortened(m.place)),
            m.meta.id);
    }
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(consultation.meetingId)));
    m_stakeholders->setObjectName(QStringLiteral("consultationStakeholders"));
    for (const QString& id : consultation.stakeholderIds) {
        if (std::optional<Stakeholder> s = repositories.stakeholders().stakeholder(id)) {
            auto* item = new QListWidgetItem(TextLimits::shortened(s->name), m_stakeholders);
            item->setData(Qt::UserRole, id);
        }
    }
    m_picker->setObjectName(QStringLiteral("consultationPicker"));
    m_addStakeholder->setObjectName(QStringLiteral("consultationAddStakeholder"));
    m_removeStakeholder->setObjectName(QStringLiteral("consultationRemoveStakeholder"));
    m_participants->setObjectName(QStringLiteral("consultationParticipants"));
    m_participants->setPlainText(consultation.participants);
    m_participants->setTabChangesFocus(true);
    m_participants->setToolTip(PersonalDataChoice::hint());
    m_summary->setObjectName(QStringLiteral("consultationSummary"));
    m_summary->setPlainText(consultation.summary);
    m_summary->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("consultationError"));
    m_error->setWordWrap(true);
    m_error->hide();
    const int lines = fontMetrics().lineSpacing();
    m_stakeholders->setMaximumHeight(lines * 5);
    m_participants->setMaximumHeight(lines * 4);

    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_addStakeholder);
    pickRow->addWidget(m_removeStakeholder);
    auto* stakeholders = new QVBoxLayout;
    stakeholders->addWidget(m_stakeholders);
    stakeholders->addLayout(pickRow);

    // Personal data is marked where it is typed, as the stakeholders' contacts are.
    auto* personal = new QLabel(PersonalDataChoice::hint(), this);
    personal->setObjectName(QStringLiteral("personalDataNotice"));
    personal->setWordWrap(true);
    personal->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("consultationButtons"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Group &meeting:"), m_meeting);
    form->addRow(tr("Stake&holders:"), stakeholders);
    form->addRow(tr("&Participants (personal data):"), m_participants);
    form->addRow(QString(), personal);
    form->addRow(tr("&What they said:"), m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(m_addStakeholder, &QPushButton::clicked, this, &ConsultationDialog::addStakeholder);
    connect(m_removeStakeholder, &QPushButton::clicked, this,
            &ConsultationDialog::removeStakeholder);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Consultation ConsultationDialog::consultation() const
{
    Consultation c = m_consultation;
    c.date = m_date->date();
    c.meetingId = m_meeting->currentData().toString();
    c.stakeholderIds.clear();
    for (int row = 0; row < m_stakeholders->count(); ++row)
        c.stakeholderIds << m_stakeholders->item(row)->data(Qt::UserRole).toString();
    // Stored sorted by id: the same list compares equal to what the file gives back.
    c.stakeholderIds.sort();
    c.participants = m_participants->toPlainText().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    return c;
}

void ConsultationDialog::addStakeholder()
{
    const QString id = m_picker->currentId();
    if (id.isEmpty())
        return;
    for (int row = 0; row < m_stakeholders->count(); ++row) {
        if (m_stakeholders->item(row)->data(Qt::UserRole).toString() == id)
            return;
    }
    auto* item = new QListWidgetItem(m_picker->currentText(), m_stakeholders);
    item->setData(Qt::UserRole, id);
    m_picker->setCurrentId({});
}

void ConsultationDialog::removeStakeholder()
{
    delete m_stakeholders->currentItem();
}

void ConsultationDialog::tryAccept()
{
    QString problem = m_date->problem(tr("The date"));
    if (problem.isEmpty()) {
        if (std::optional<Error> e = m_repositories.plan().validate(consultation()))
            problem = e->message;
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        accept();
}
