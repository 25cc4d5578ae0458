// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Pane;
class QWidget;

// The panes the shell shows, in navigation order. Each pane folder registers an entry here;
// a pane is listed only once it works. The entry names the pane without making it: the
// navigation and the View menu list every pane at once, and a pane is made when it is first
// shown (or in the idle moments after the window's first paint), so opening a file costs the
// making of one pane, not of all of them.
class PaneRegistry
{
public:
    using Factory = std::function<Pane*(const PaneContext& context, QWidget* parent)>;

    struct Entry
    {
        std::function<QString()> title; // translated, called when shown
        std::function<QIcon()> icon;
        Factory make;
        // The record tables whose records the pane opens (Pane::showRecord), for the shell's
        // RecordNavigator: a record of one of them is shown in this pane.
        QStringList tables = {};
    };

    static QList<Entry> entries();
};
