// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/ImportValueMatcher.h"

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class StakeholderImportDialog;

// The step after the columns, shown when the file holds kinds, levels or themes Passerelle does
// not recognise: each distinct value, how many rows hold it, and a choice of what it means (a
// kind or level, or leave those rows out; for a theme, a theme of the file, a new theme of that
// name, or nothing). The city file remembers the choices for the next import, which shows them
// chosen already.
class StakeholderImportValuesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StakeholderImportValuesPage(StakeholderImportDialog& dialog);

    void initializePage() override;

private:
    QComboBox* comboFor(const ImportValueMatcher::Value& value) const;
    void chosen(const ImportValueMatcher::Value& value, const QComboBox* combo);

    StakeholderImportDialog& m_dialog;
    QWidget* m_values;
    QGridLayout* m_grid;
    QLabel* m_more;
};
