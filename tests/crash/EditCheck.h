// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AckLog.h"
#include "Findings.h"

class Repositories;

// Holds the file to the edit loop's log: every acknowledged edit is there (an add present, an
// update with its mark, a removal gone, with the contact persons it took), the one edit in flight
// is wholly there or wholly not, and no other edit left a trace.
void checkEdits(Repositories& repositories, const QList<AckLog::Entry>& log, Findings& findings);
