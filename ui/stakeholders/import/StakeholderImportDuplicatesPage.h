// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/StakeholderCsvImport.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QListWidget;
class StakeholderImportDialog;

// The step before the import: what to do with rows naming a stakeholder already in the file
// (how many there are, and their names, are shown), then the import itself when the officer goes
// on. A failing import keeps the wizard here with the reason; nothing was changed.
class StakeholderImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StakeholderImportDuplicatesPage(StakeholderImportDialog& dialog);

    void initializePage() override;
    bool validatePage() override;
    StakeholderCsvImport::DuplicatePolicy policy() const;

private:
    StakeholderImportDialog& m_dialog;
    QLabel* m_count;
    QListWidget* m_names;
    QButtonGroup* m_policies;
    QLabel* m_message;
};
