// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/Stakeholder.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class MessageBar;
class ThemeTags;

// Every field of the stakeholder selected, each edit one undo step stored at once (text when
// the field is left or Enter is pressed, the rest on change). A refused edit stays in its field
// with the reason above it until it is corrected or reverted with Escape.
class StakeholderDetailEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StakeholderDetailEditor(const PaneContext& context, QWidget* parent = nullptr);

    // The selection: one id shows the editor, several a count, none a hint.
    void setStakeholders(const QStringList& ids);
    QString stakeholderId() const;
    void setReadOnly(bool readOnly);
    // Brings the name into view and puts the cursor in it with the name selected (after Add
    // or Duplicate), however far the form was scrolled.
    void focusName();
    // Stores the notes or a field being typed in, if they changed.
    void commitPending();

signals:
    // The officer asked to see the stakeholder that already has the name typed.
    void openStakeholder(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeForm();
    void display(const Stakeholder& stakeholder);
    // Stores the current record changed by edit; field is the widget that made the change.
    void commit(QWidget* field, const std::function<void(Stakeholder&)>& edit);
    void commitName();
    void commitWebsite();
    void commitNotes();
    void markInvalid(QWidget* field, bool invalid);
    void revert(QWidget* field);
    void onStakeholderUpdated(const Stakeholder& stakeholder);

    PaneContext m_context;
    std::optional<Stakeholder> m_current;
    QString m_existingId; // the stakeholder holding the name typed, for "Open the existing one"
    QWidget* m_invalidField = nullptr;
    bool m_readOnly = false;

    QStackedWidget* m_pages;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_summary;
    MessageBar* m_message;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_level;
    QSpinBox* m_influence;
    QSpinBox* m_interest;
    QComboBox* m_stance;
    QLineEdit* m_website;
    ThemeTags* m_themes;
    QPlainTextEdit* m_notes;
    QCheckBox* m_notesPrivate;
};
