// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/Engagement.h"

#include <QWidget>

class EngagementLogModel;
class MessageBar;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The detail tab "Engagements": one stakeholder's meetings, calls and consultations, newest
// first, with the form that adds or edits one. Every change is an undo step stored at once;
// input the file would refuse is explained beside the form and nothing is stored.
// Not a RecordTablePanel: an engagement is written in a form (dates, a long summary) and
// stored when saved, never typed into the table.
class EngagementLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementLogPanel(const PaneContext& context, QWidget* parent = nullptr);

    void setStakeholder(const QString& id);
    void setReadOnly(bool readOnly);

    EngagementLogModel* model() const { return m_model; }

    // Empties the form for a new engagement (the "New engagement" button).
    void startNew();
    // Selects the engagement of the stakeholder shown and fills the form with it (an overdue
    // follow-up chosen in the to-do); false when it is not in the log shown.
    bool selectEngagement(const QString& id);
    // Adds or saves what the form holds; false (with the reason shown) when nothing was stored.
    bool save();
    void removeSelected();

private:
    void showEngagement(int row);
    void fillForm(const Engagement& e);
    // The form's content over base; the problem with the typed dates, if any.
    Engagement fromForm(Engagement base, QString* problem) const;
    void showMessage(const QString& message);
    void updateState();
    void updateSummary();

    PaneContext m_context;
    EngagementLogModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_new;
    QPushButton* m_remove;
    QGroupBox* m_form;
    OptionalDateEdit* m_date;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    OptionalDateEdit* m_followUp;
    QCheckBox* m_followUpDone;
    MessageBar* m_message;
    QPushButton* m_save;
    QPushButton* m_discard;
    // The engagement the form edits; empty for a new one.
    QString m_editingId;
    bool m_readOnly = false;
};
