// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <functional>

class QAction;
class QMainWindow;
class Repositories;

// What File > Export report…, Print… and Print preview… do in a main window, on the file it
// shows: the window only hands over its actions and a way to reach its repositories.
class ReportActions
{
    Q_DECLARE_TR_FUNCTIONS(ReportActions)

public:
    struct Actions
    {
        QAction* exportReport = nullptr;
        QAction* print = nullptr;
        QAction* printPreview = nullptr;
    };
    // repositories: the open file's, or nullptr when none is open (the actions are then off).
    static void connect(QMainWindow& window, const Actions& actions,
                        const std::function<Repositories*()>& repositories);
};
