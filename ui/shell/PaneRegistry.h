// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QList>

#include <functional>

class Pane;
class QWidget;

// The panes the shell shows, in navigation order. Each pane folder registers a factory here;
// a pane is listed only once it works.
class PaneRegistry
{
public:
    using Factory = std::function<Pane*(const PaneContext& context, QWidget* parent)>;

    static QList<Factory> factories();
};
