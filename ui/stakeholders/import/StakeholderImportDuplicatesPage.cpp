// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportDuplicatesPage.h"

#include "StakeholderImportDialog.h"

#include <QButtonGroup>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
using Policy = StakeholderCsvImport::DuplicatePolicy;
}

StakeholderImportDuplicatesPage::StakeholderImportDuplicatesPage(StakeholderImportDialog& dialog)
    : m_dialog(dialog), m_count(new QLabel), m_names(new QListWidget),
      m_policies(new QButtonGroup(this)), m_message(new QLabel)
{
    setTitle(tr("Stakeholders already in the file"));
    setSubTitle(tr("A row names a stakeholder already in the file when the names match, "
                   "whatever the case and accents."));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setCommitPage(true);

    m_count->setObjectName(QStringLiteral("duplicatesCount"));
    m_count->setWordWrap(true);
    m_names->setObjectName(QStringLiteral("duplicateNames"));
    m_names->setAccessibleName(tr("Stakeholders already in the file"));
    m_names->setSelectionMode(QAbstractItemView::NoSelection);
    m_names->setMaximumHeight(fontMetrics().height() * 8);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_names);
    const struct
    {
        Policy policy;
        const char* name;
        QString text;
    } choices[] = {
        {Policy::Skip, "policySkip",
         tr("&Skip them: keep the stakeholders in the file as they are")},
        {Policy::Update, "policyUpdate",
         tr("&Update them with the file's values (empty cells change nothing) and add their "
            "contacts")},
        {Policy::New, "policyNew",
         tr("Import them as &new stakeholders, named with a number: “Caritas (2)”")},
    };
    for (const auto& choice : choices) {
        auto* button = new QRadioButton(choice.text);
        button->setObjectName(QLatin1String(choice.name));
        m_policies->addButton(button, int(choice.policy));
        layout->addWidget(button);
    }
    m_policies->button(int(Policy::Skip))->setChecked(true);

    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_message->hide();
    layout->addSpacing(12);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

void StakeholderImportDuplicatesPage::initializePage()
{
    m_message->hide();
    const Result<StakeholderCsvImport::Preview> preview = m_dialog.preview();
    const int matches = preview ? preview.value().existingMatches : 0;
    m_names->clear();
    if (preview) {
        m_names->addItems(preview.value().existingNames);
        const int more = matches - int(preview.value().existingNames.size());
        if (more > 0)
            m_names->addItem(tr("… and %n more", nullptr, more));
    }
    m_names->setVisible(matches > 0);
    m_count->setText(
        matches == 0
            ? tr("No row of the file names a stakeholder already in the file.")
            : tr("%n stakeholder(s) of the file are already in the city file.", nullptr, matches));
}

StakeholderCsvImport::DuplicatePolicy StakeholderImportDuplicatesPage::policy() const
{
    return Policy(m_policies->checkedId());
}

bool StakeholderImportDuplicatesPage::validatePage()
{
    const Result<ImportReport> r = m_dialog.runImport(policy());
    if (r)
        return true;
    m_message->setText(r.error().message);
    m_message->show();
    return false;
}
