// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneDialog.h"

#include "common/DateText.h"
#include "common/OptionalDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

MilestoneDialog::MilestoneDialog(const Milestone& milestone, const QDate& actionStart,
                                 const QDate& actionEnd, QWidget* parent)
    : QDialog(parent), m_milestone(milestone), m_actionStart(actionStart), m_actionEnd(actionEnd)
{
    setObjectName(QStringLiteral("milestoneDialog"));
    setWindowTitle(milestone.meta.isNew() ? tr("New milestone") : tr("Milestone"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(milestone.title, this);
    m_title->setObjectName(QStringLiteral("milestoneTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_due = new OptionalDateEdit(this);
    m_due->setObjectName(QStringLiteral("milestoneDue"));
    m_due->setDate(milestone.dueDate);
    form->addRow(tr("D&ue on:"), m_due);
    m_done = new OptionalDateEdit(this);
    m_done->setObjectName(QStringLiteral("milestoneDone"));
    m_done->setDate(milestone.doneOn);
    form->addRow(tr("D&one on:"), m_done);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("milestoneNote"));
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &MilestoneDialog::check);
    connect(m_due, &OptionalDateEdit::edited, this, &MilestoneDialog::check);
    check();
    resize(420, sizeHint().height());
}

Milestone MilestoneDialog::milestone() const
{
    Milestone m = m_milestone;
    m.title = m_title->text().trimmed();
    m.dueDate = m_due->date();
    m.doneOn = m_done->date();
    return m;
}

void MilestoneDialog::check()
{
    const QDate due = m_due->date();
    const bool ok = !m_title->text().trimmed().isEmpty() && due.isValid();
    QString note;
    if (!ok)
        note = tr("A milestone needs a title and a due date.");
    else if ((m_actionStart.isValid() && due < m_actionStart) ||
             (m_actionEnd.isValid() && due > m_actionEnd))
        note = tr("Due outside its action's dates (%1 to %2): allowed, but check it.")
                   .arg(DateText::shown(m_actionStart), DateText::shown(m_actionEnd));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
