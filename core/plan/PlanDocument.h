// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// The priorities document around its priorities: its title, the introduction and the method
// section (rich text, stored as HTML), and the day the council adopted it. A file holds at
// most one; until the officer writes in it, PlanRepository gives an unsaved one.
struct PlanDocument
{
    RecordMeta meta;
    QString title;
    QString introduction; // HTML
    QString method;       // HTML
    QDate adoptedOn;      // invalid until adopted; the plan's baseline was taken that day

    bool isAdopted() const { return adoptedOn.isValid(); }
    bool operator==(const PlanDocument&) const = default;
};
