// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QList>

struct Stakeholder;

// The order a reader expects stakeholders' names in, one rule for every list of them (the
// table, pickers, exports): accents and case as the reader's language orders them, numbers by
// their value ("Lot 9" before "Lot 10"). The file's index orders by folded name as text, which
// puts "Lot 10" first: whatever lists names reads them through this.
class NameOrder
{
public:
    static QCollator collator();
    // Sorts the stakeholders by name in that order, the file's order breaking ties.
    static void sort(QList<Stakeholder>& stakeholders);
};
