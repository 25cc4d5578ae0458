// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Consultation.h"

#include <QDialog>

class OptionalDateEdit;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Repositories;
class StakeholderPicker;

// A consultation on a priority: its date, the stakeholder-group meeting it was held at (or
// none), the stakeholders consulted, the participants (personal data) and what they said. OK
// checks the record with the file's rules and says what is wrong instead of closing.
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    ConsultationDialog(Repositories& repositories, const Consultation& consultation,
                       QWidget* parent = nullptr);

    Consultation consultation() const;

private:
    void addStakeholder();
    void removeStakeholder();
    void tryAccept();

    Repositories& m_repositories;
    Consultation m_consultation;
    OptionalDateEdit* m_date;
    QComboBox* m_meeting;
    QListWidget* m_stakeholders;
    StakeholderPicker* m_picker;
    QPushButton* m_addStakeholder;
    QPushButton* m_removeStakeholder;
    QPlainTextEdit* m_participants;
    QPlainTextEdit* m_summary;
    QLabel* m_error;
};
