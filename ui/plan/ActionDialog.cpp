// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"
#include "common/PlainTextEdit.h"

#include "common/OptionalDateEdit.h"
#include "stakeholders/StakeholderPicker.h"
#include "stakeholders/StakeholderRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    m_description = new PlainTextEdit(action.description, this);
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_lead = new StakeholderPicker(stakeholders, this);
    m_lead->setObjectName(QStringLiteral("actionLead"));
    m_lead->setCurrentId(action.leadId);
    form->addRow(tr("&Lead:"), m_lead);
    form->addRow(tr("&Partners:"), makePartners(stakeholders));
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
    a.partnerIds.clear();
    for (int row = 0; row < m_partners->count(); ++row)
        a.partnerIds << m_partners->item(row)->data(Qt::UserRole).toString();
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

QWidget* ActionDialog::makePartners(StakeholderRepository& stakeholders)
{
    // The partners listed by name; one is added by picking it on the map's list, as the lead.
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_partners = new QListWidget(box);
    m_partners->setObjectName(QStringLiteral("actionPartners"));
    m_partners->setMaximumHeight(5 * m_partners->fontMetrics().height() + 8);
    layout->addWidget(m_partners);
    auto* row = new QHBoxLayout;
    m_partnerPicker = new StakeholderPicker(stakeholders, box);
    m_partnerPicker->setObjectName(QStringLiteral("actionPartnerPicker"));
    auto* add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("actionAddPartner"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("actionRemovePartner"));
    row->addWidget(m_partnerPicker, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    for (const QString& id : m_action.partnerIds) {
        const std::optional<Stakeholder> s = stakeholders.stakeholder(id);
        addPartner(id, s ? s->name : id);
    }
    connect(add, &QPushButton::clicked, this, [this] {
        const QString id = m_partnerPicker->currentId();
        if (!id.isEmpty())
            addPartner(id, m_partnerPicker->currentText());
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_partners->currentItem(); });
    return box;
}

void ActionDialog::addPartner(const QString& id, const QString& name)
{
    for (int row = 0; row < m_partners->count(); ++row) {
        if (m_partners->item(row)->data(Qt::UserRole).toString() == id)
            return; // listed once
    }
    auto* item = new QListWidgetItem(name, m_partners);
    item->setData(Qt::UserRole, id);
}
