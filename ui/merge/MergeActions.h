// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QAction;
class QMainWindow;
class CityDocument;

// What File > Import from a partner city… does in the main window: the merge dialog over the
// open file, its outcome in the status bar.
class MergeActions
{
public:
    // document: the open file's, or nullptr when none is open.
    static void connect(QMainWindow& window, QAction* importFromPartner,
                        const std::function<CityDocument*()>& document);
};
