// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StakeholderCsvColumns.h"

#include <QHash>
#include <QStringList>

// The words a stakeholder list may use for its columns and values, in every language Passerelle
// speaks and in the words officers write in their own spreadsheets: what lets a list from
// Fuenlabrada, Capaci, Livadia, Mechelen or Tangier be read without renaming its columns.
class StakeholderImportWords
{
public:
    // Header names in matchKey form, each naming one column.
    static const QHash<QString, StakeholderCsvColumns::Column>& headers();
    // Other names of a kind or a level (compared by looseKey).
    static QStringList kindWords(Stakeholder::Kind kind);
    static QStringList levelWords(Stakeholder::Level level);
    // Yes and no as a "private" column writes them (compared by matchKey).
    static const QStringList& yesWords();
    static const QStringList& noWords();
};
