// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalDataChoice.h"

#include "shell/DialogHooks.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PersonalDataChoice::PersonalDataChoice(QWidget* parent)
    : QWidget(parent), m_include(new QCheckBox(
                           tr("&Include personal data (contact persons and private notes)"), this))
{
    setObjectName(QStringLiteral("personalDataChoice"));
    m_include->setObjectName(QStringLiteral("includePersonalData"));
    auto* explanation = new QLabel(
        tr("When this is not ticked, the export leaves out contact persons, notes marked "
           "private and everything else the city file marks as personal data. Tick it "
           "only if everyone who will receive the export may see them."),
        this);
    explanation->setObjectName(QStringLiteral("personalDataExplanation"));
    explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_include);
    layout->addWidget(explanation);
    connect(m_include, &QCheckBox::toggled, this, [this] { emit policyChanged(policy()); });
}

PersonalData::Policy PersonalDataChoice::policy() const
{
    return m_include->isChecked() ? PersonalData::Policy::Include : PersonalData::Policy::LeaveOut;
}

void PersonalDataChoice::setPolicy(PersonalData::Policy policy)
{
    m_include->setChecked(policy == PersonalData::Policy::Include);
}

std::optional<PersonalData::Policy> PersonalDataChoice::ask(QWidget* parent, const QString& title)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("personalDataDialog"));
    dialog.setWindowTitle(title);
    auto* choice = new PersonalDataChoice(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose the file…"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(choice);
    layout->addWidget(buttons);
    // Room for the explanation to read as sentences.
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return choice->policy();
}

QString PersonalDataChoice::hint()
{
    return tr("Personal data: left out of exports unless you choose to include it.");
}
