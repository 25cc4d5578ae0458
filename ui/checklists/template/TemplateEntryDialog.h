// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ThemeRepository;

// Asks for a new area (title, description, theme) or a new item (statement, guidance on
// evidence, theme). The core's validation runs as the officer types: its message shows under
// the fields and OK stays disabled until the entry may be stored.
class TemplateEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Area,
        Item
    };

    struct Entry
    {
        QString text;    // title or statement
        QString details; // description or guidance
        QString themeId; // empty: no theme
    };
    using Validator = std::function<std::optional<Error>(const Entry&)>;

    TemplateEntryDialog(Kind kind, ThemeRepository& themes, Validator validator,
                        QWidget* parent = nullptr);

    void setEntry(const Entry& entry);
    Entry entry() const;
    // The message shown under the fields; empty when the entry is valid.
    QString error() const;

private:
    void revalidate();

    Validator m_validator;
    QLineEdit* m_text;
    QPlainTextEdit* m_details;
    QComboBox* m_theme;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
