// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Priority.h"
#include "shell/PaneContext.h"

#include <QTimer>
#include <QWidget>

class OptionalDateEdit;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// The selected priority's own fields: title, theme, rationale, expected outcome, and how far it
// went through approval (draft, validated by the stakeholder group on a date, adopted by the
// council on a date). Each change is an undo step stored at once; long texts are stored when
// the officer pauses or leaves the field.
class PriorityForm : public QWidget
{
    Q_OBJECT

public:
    static constexpr int idleMilliseconds = 1000;

    explicit PriorityForm(const PaneContext& context, QWidget* parent = nullptr);

    QString priorityId() const { return m_stored.meta.id; }
    // Shows a priority (empty id: none, the form is disabled).
    void setPriority(const QString& id);
    void setReadOnly(bool readOnly);
    void commitPendingEdits();
    // Puts the cursor in the title, selected, to be typed over (a new priority).
    void focusTitle();

signals:
    void messageChanged(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const Priority& priority);
    void reloadThemes();
    // Pushes the edit; false when it was refused (and the reason shown).
    bool store(const Priority& after);
    void commitTexts();
    void commitStatus();
    void commitDate(OptionalDateEdit* edit, const QString& field, QDate Priority::*member);
    void updateEnabled();

    PaneContext m_context;
    Priority m_stored;
    bool m_readOnly = false;
    bool m_showing = false;
    QLineEdit* m_title;
    QComboBox* m_theme;
    QPlainTextEdit* m_rationale;
    QPlainTextEdit* m_outcome;
    QComboBox* m_status;
    OptionalDateEdit* m_validatedOn;
    OptionalDateEdit* m_adoptedOn;
    QTimer m_idle;
};
