// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Milestone.h"

#include <QDialog>

class OptionalDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// A milestone's title, due date and the day it was done. A due date outside the action's
// dates is said but allowed: plans change.
class MilestoneDialog : public QDialog
{
    Q_OBJECT

public:
    MilestoneDialog(const Milestone& milestone, const QDate& actionStart, const QDate& actionEnd,
                    QWidget* parent = nullptr);

    Milestone milestone() const;

private:
    void check();

    Milestone m_milestone;
    QDate m_actionStart;
    QDate m_actionEnd;
    QLineEdit* m_title = nullptr;
    OptionalDateEdit* m_due = nullptr;
    OptionalDateEdit* m_done = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
