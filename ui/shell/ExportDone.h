// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The end of every export (a calendar, a stakeholder list, a template, a chart): what was
// written and where, with the file or its folder one click away, since the next thing the
// officer does is attach it to an e-mail or open it.
class ExportDone
{
    Q_DECLARE_TR_FUNCTIONS(ExportDone)

public:
    enum class Choice
    {
        Close,
        OpenFile,
        OpenFolder
    };

    // summary: what was written ("12 events written"); path: the file. Returns what the
    // officer chose, after doing it.
    static Choice tell(QWidget* parent, const QString& title, const QString& summary,
                       const QString& path);
};
