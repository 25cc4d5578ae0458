// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;

// File > Share with a partner city…: the action and what it does, on the file the window shows
// (ShareDialog), enabled only while one is open. The menu builder adds it in one line.
class ShareAction
{
    Q_DECLARE_TR_FUNCTIONS(ShareAction)

public:
    static QAction* add(QMenu* menu, QMainWindow& window);
};
