// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/AssessmentRound.h"

#include <QDialog>

class ChecklistRepository;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class StakeholderRepository;

// Starts an assessment round (label, date held, participants, the answers it starts from) or
// edits one (label, date, participants). The dialog only gathers and checks the round: the
// pane stores it as one undo step. OK is refused, with the reason shown, while the repository
// would refuse the round (no label, a label another round has).
class RoundDialog : public QDialog
{
    Q_OBJECT

public:
    // round: the round edited; nullopt for a new one.
    RoundDialog(ChecklistRepository& checklists, StakeholderRepository& stakeholders,
                const std::optional<AssessmentRound>& round, QWidget* parent = nullptr);

    // The round as filled in (its id kept when edited).
    AssessmentRound round() const;
    // New round: the round whose answers it starts from; empty: it starts empty.
    QString copyAnswersFrom() const;

    void accept() override;

private:
    void fillParticipants(const QStringList& chosen);
    void fillChecklists(const QString& templateId);
    void filterParticipants(const QString& text);
    void onCopyFromChanged();

    ChecklistRepository& m_checklists;
    std::optional<AssessmentRound> m_edited;
    QLineEdit* m_label;
    QDateEdit* m_date;
    QComboBox* m_checklist = nullptr;
    QComboBox* m_copyFrom = nullptr;
    QLineEdit* m_filter;
    QListWidget* m_participants;
    QLabel* m_error;
};
