// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class StakeholderImportDialog;
struct ImportReport;

// The last step: what the import did (counts) and every row left out with its line in the
// file and the reason, as text to copy or save. The import is one step of Edit > Undo.
class StakeholderImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StakeholderImportReportPage(StakeholderImportDialog& dialog);

    void initializePage() override;

    // The report as plain text, as copied and saved.
    static QString text(const ImportReport& report, const QString& fileName);

private:
    void copy();
    void save();

    StakeholderImportDialog& m_dialog;
    QLabel* m_summary;
    QPlainTextEdit* m_text;
};
