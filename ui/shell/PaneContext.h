// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CityFile;
class QUndoStack;
class RecordNavigator;
class Repositories;

// What a pane is given when it is made for an open file: the file (read-only state, write
// failures), its repositories, its undo stack and the way to other panes' records. Nothing
// global.
struct PaneContext
{
    CityFile& file;
    Repositories& repositories;
    QUndoStack& undoStack;
    // Opens a record where it lives, in whichever pane holds it; null outside a window.
    RecordNavigator* navigator = nullptr;
};
