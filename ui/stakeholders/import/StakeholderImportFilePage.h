// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class StakeholderImportDialog;

// The first step: which file, read with which encoding and separator. Both are detected and
// shown; changing one reads the file again with it. A file that cannot be read shows the
// reason and the way out, and the wizard goes no further.
class StakeholderImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StakeholderImportFilePage(StakeholderImportDialog& dialog);

    void load(const QString& path);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    // Reads m_path again; detect: let the reader choose the encoding and the separator.
    void read(bool detect);
    void showProblem(const QString& message);

    StakeholderImportDialog& m_dialog;
    QString m_path;
    QLineEdit* m_file;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_detected;
    QLabel* m_message;
};
