// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CityFile;
class QUndoStack;
class Repositories;

// What a pane is given when it is made for an open file: the file (read-only state, write
// failures), its repositories and its undo stack. Nothing global.
struct PaneContext
{
    CityFile& file;
    Repositories& repositories;
    QUndoStack& undoStack;
};
