// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Folds text for comparison and search the way a reader expects: case, accents and spacing do
// not matter ("Société  Générale" and "societe generale" are the same).
class TextFolding
{
public:
    static QString fold(const QString& text);
};
