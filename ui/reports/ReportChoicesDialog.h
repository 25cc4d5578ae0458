// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportOptions.h"

#include <QDialog>

class Repositories;
class ReportChoices;

// Before printing or its preview: which report, in which language, with or without personal
// data. The paper is the printer's, chosen in the print dialog.
class ReportChoicesDialog : public QDialog
{
    Q_OBJECT

public:
    // goText: the button that goes on ("Print…", "Preview…").
    ReportChoicesDialog(Repositories& repos, const QString& title, const QString& goText,
                        QWidget* parent = nullptr);

    ReportChoices* choices() const { return m_choices; }
    ReportOptions options() const;

private:
    ReportChoices* m_choices;
};
