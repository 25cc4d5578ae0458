// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportOptions.h"

#include <QWidget>

class PersonalDataChoice;
class QComboBox;
class QDateEdit;
class QFormLayout;
class Repositories;

// What the officer chooses for a report, the same for an export and for printing: the kind,
// the report's language (apart from the interface's), the paper, personal data (the one flag,
// left out by default) and, for the action-plan status report only, the date "done since".
class ReportChoices : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChoices(Repositories& repos, QWidget* parent = nullptr);

    // The options a report starts from: the city's language when Passerelle speaks it (the
    // report goes to its council), else the interface's; Letter in the United States and
    // Canada, A4 elsewhere; done in the last 90 days.
    static ReportOptions defaults(Repositories& repos);
    // options with the report and the paper chosen last time, when there was a last time.
    static ReportOptions remembered(ReportOptions options);
    static QPageSize::PageSizeId localPaper();

    ReportOptions options() const;
    void setOptions(const ReportOptions& options);
    // Printing takes the paper from the printer: the choice is hidden.
    void setPaperShown(bool shown);

signals:
    void changed();

private:
    void updateRows();
    void remember() const;

    QFormLayout* m_form;
    QComboBox* m_kind;
    QComboBox* m_language;
    QComboBox* m_paper;
    QDateEdit* m_since;
    PersonalDataChoice* m_personalData;
    bool m_paperShown = true;
};
