// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdoptionDialog.h"

#include "common/OptionalDateEdit.h"
#include "plan/PlanRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AdoptionDialog::AdoptionDialog(const PlanRepository& plan, QWidget* parent)
    : QDialog(parent), m_date(new OptionalDateEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("adoptionDialog"));
    setWindowTitle(tr("Record the council’s adoption"));
    int validated = 0;
    int drafts = 0;
    for (const Priority& p : plan.priorities()) {
        if (p.status == Priority::Status::Validated)
            ++validated;
        else if (p.status == Priority::Status::Draft)
            ++drafts;
    }
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("adoptionSummary"));
    what->setWordWrap(true);
    what->setText(
        tr("%n validated priority(ies) will become adopted by the council.", nullptr, validated) +
        QLatin1Char(' ') +
        tr("%n draft(s) stay out: the council adopts what the stakeholder group "
           "validated.",
           nullptr, drafts) +
        QLatin1Char(' ') +
        tr("The plan’s dates and budgets as they are that day become the baseline that "
           "delays are measured against."));
    m_date->setObjectName(QStringLiteral("adoptionDate"));
    m_date->setDate(QDate::currentDate());
    m_error->setObjectName(QStringLiteral("adoptionError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("adoptionButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the adoption"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdoptionDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Adopted by the council &on:"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QDate AdoptionDialog::date() const
{
    return m_date->date();
}

void AdoptionDialog::tryAccept()
{
    const QString problem = m_date->isEmpty() ? tr("Give the day of the council’s vote.")
                                              : m_date->problem(tr("The date"));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        accept();
}
