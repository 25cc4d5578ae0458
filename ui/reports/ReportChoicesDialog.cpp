// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChoicesDialog.h"

#include "ReportChoices.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

ReportChoicesDialog::ReportChoicesDialog(Repositories& repos, const QString& title,
                                         const QString& goText, QWidget* parent)
    : QDialog(parent), m_choices(new ReportChoices(repos, this))
{
    setObjectName(QStringLiteral("reportChoicesDialog"));
    setWindowTitle(title);
    m_choices->setPaperShown(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(goText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reportChoicesGo"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_choices);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Room for the personal data explanation to read as sentences.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ReportOptions ReportChoicesDialog::options() const
{
    return m_choices->options();
}
