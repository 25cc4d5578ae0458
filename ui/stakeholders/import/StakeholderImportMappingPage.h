// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableView;
class StakeholderImportDialog;
class StakeholderImportPreviewModel;

// The second step: what each column of the file holds. Every column has a combo of
// Passerelle's fields (or "Not imported"), set from its header in English or French; choosing
// a field another column had takes it from that column. Below, the first rows as they will be
// imported, rows left out marked with the whole reason.
class StakeholderImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StakeholderImportMappingPage(StakeholderImportDialog& dialog);

    void initializePage() override;
    bool isComplete() const override;
    // The values step when the file holds values Passerelle does not recognise.
    int nextId() const override;

private:
    void buildCombos();
    void columnChosen(int column);
    void refreshPreview();

    StakeholderImportDialog& m_dialog;
    QWidget* m_columns;
    QGridLayout* m_grid;
    QList<QComboBox*> m_combos;
    QLabel* m_summary;
    QTableView* m_view;
    StakeholderImportPreviewModel* m_preview;
    bool m_complete = false;
    bool m_unknownValues = false;
};
