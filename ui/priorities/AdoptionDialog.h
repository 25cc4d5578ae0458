// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class OptionalDateEdit;
class PlanRepository;
class QLabel;

// "Record the council's adoption…": the day of the vote (today unless changed) and what it
// does: how many validated priorities become adopted and how many drafts stay out.
class AdoptionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdoptionDialog(const PlanRepository& plan, QWidget* parent = nullptr);

    QDate date() const;

private:
    void tryAccept();

    OptionalDateEdit* m_date;
    QLabel* m_error;
};
