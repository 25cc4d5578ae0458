// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

// The user's choices that outlive a file: for now the interface language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The stored interface language: a code, or empty to follow the system.
    static QString language();
    static void setLanguage(const QString& code);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};
