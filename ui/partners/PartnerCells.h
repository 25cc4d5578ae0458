// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVariant>

// What the partner cities' three tables give a view for a cell of text or of a date, one role
// at a time, so that the three say it alike.
namespace PartnerCells {

// The whole text to edit and sort by, a line to show, a paragraph for the tooltip.
QVariant text(const QString& text, int role);
// The date to edit and sort by, the language's short form to show.
QVariant date(const QDate& date, int role);

} // namespace PartnerCells
