// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/ScoreChart.h"
#include "plan/Priority.h"
#include "profile/ProfileSection.h"
#include "stakeholders/InfluenceGridLayout.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"

class ReportLanguage;

// The names of the domain's values in a report's language. Each uses the context and source
// text of the tr() that names the value in the interface (Stakeholder::label and the like), so
// that one translation serves the panes and the reports.
class ReportLabels
{
public:
    static QString kind(const ReportLanguage& language, Stakeholder::Kind kind);
    static QString level(const ReportLanguage& language, Stakeholder::Level level);
    static QString stance(const ReportLanguage& language, Stakeholder::Stance stance);
    static QString relation(const ReportLanguage& language, StakeholderRelation::Kind kind);
    static QString quadrant(const ReportLanguage& language, InfluenceGridLayout::Quadrant quadrant);
    static QString answer(const ReportLanguage& language, Answer::Value value);
    static QString priorityStatus(const ReportLanguage& language, Priority::Status status);
    static QString section(const ReportLanguage& language, ProfileSection::Key key);

    // The grid's and the score chart's words.
    static InfluenceGridLayout::Words gridWords(const ReportLanguage& language);
    static ScoreChart::Words chartWords(const ReportLanguage& language);
};
