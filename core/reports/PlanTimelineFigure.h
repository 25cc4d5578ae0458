// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPages.h"

#include "ReportDocument.h"
#include "plan/PlanData.h"

#include <QSizeF>

#include <functional>

class ReportLanguage;
class ReportStyle;

// The action plan's timeline for a printed report, cut into page-sized figures that stay
// readable: at most fifteen months across a page (a month at least 22 points wide) and about
// fifty rows down, with the actions' names and the months repeated on every page. A plan
// longer than the width runs onto further pages for the later months, each group of rows
// shown over its whole span before the next group: GanttProject's most frequent complaint is
// a chart squeezed onto one page.
class PlanTimelineFigure
{
public:
    struct Row
    {
        QString label;
        bool priority = false;
        QDate start;
        QDate end;
        QDate baselineStart;
        QDate baselineEnd;
        QColor color;
        QList<std::pair<QDate, bool>> milestones; // due date, done
    };

    // Every figure the timeline needs for the text column of style's page; none when the plan
    // has no dated action.
    static QList<ReportFigure> figures(const PlanData& plan, const QDate& today,
                                       const ReportLanguage& language, const ReportStyle& style);

    // Each month's name as the timeline writes it in a month monthWidth points wide: whole where
    // width says it fits, otherwise on two lines at its first space.
    static QList<QStringList> monthLines(const QStringList& names,
                                         const std::function<double(const QString&)>& width,
                                         double monthWidth);

    static constexpr double minimumMonthWidth = 22;
    static constexpr double rowHeight = 13;
    static constexpr double labelWidth = 150;
    static constexpr double labelPoints = 7;
};
