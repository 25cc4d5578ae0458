// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"

#include "common/OptionalDateEdit.h"
#include "stakeholders/StakeholderPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ActionDialog::ActionDialog(const Action& action, StakeholderRepository& stakeholders,
                           QWidget* parent)
    : QDialog(parent), m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(action.meta.isNew() ? tr("New action") : tr("Action"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(action.title, this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_description = new QPlainTextEdit(action.description, this);
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_lead = new StakeholderPicker(stakeholders, this);
    m_lead->setObjectName(QStringLiteral("actionLead"));
    m_lead->setCurrentId(action.leadId);
    form->addRow(tr("&Lead:"), m_lead);
    m_start = new OptionalDateEdit(this);
    m_start->setObjectName(QStringLiteral("actionStart"));
    m_start->setDate(action.startDate);
    form->addRow(tr("&Start:"), m_start);
    m_end = new OptionalDateEdit(this);
    m_end->setObjectName(QStringLiteral("actionEnd"));
    m_end->setDate(action.endDate);
    form->addRow(tr("&End:"), m_end);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (Action::Status s : Action::statuses())
        m_status->addItem(Action::label(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    form->addRow(tr("St&atus:"), m_status);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("actionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &ActionDialog::check);
    connect(m_start, &OptionalDateEdit::edited, this, &ActionDialog::check);
    connect(m_end, &OptionalDateEdit::edited, this, &ActionDialog::check);
    check();
    resize(520, sizeHint().height());
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.title = m_title->text().trimmed();
    a.description = m_description->toPlainText();
    a.leadId = m_lead->currentId();
    a.startDate = m_start->date();
    a.endDate = m_end->date();
    a.status = Action::Status(m_status->currentData().toInt());
    return a;
}

void ActionDialog::check()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("Give the action a title.");
    else if (m_start->date().isValid() && m_end->date().isValid() &&
             m_end->date() < m_start->date())
        problem = tr("The end date is before the start date: change one of them.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
