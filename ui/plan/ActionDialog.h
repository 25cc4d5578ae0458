// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Action.h"

#include <QDialog>

class OptionalDateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class StakeholderPicker;
class StakeholderRepository;

// An action's title, description, lead, dates and status. An end before the start is said at
// once and the dialog cannot be accepted until it is put right.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const Action& action, StakeholderRepository& stakeholders,
                 QWidget* parent = nullptr);

    // The action as edited (the one given, with the fields of the dialog).
    Action action() const;

private:
    void check();
    QWidget* makePartners(StakeholderRepository& stakeholders);
    void addPartner(const QString& id, const QString& name);

    Action m_action;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    StakeholderPicker* m_lead = nullptr;
    QListWidget* m_partners = nullptr;
    StakeholderPicker* m_partnerPicker = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
