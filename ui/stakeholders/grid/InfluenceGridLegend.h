// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/InfluenceGridLayout.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QVBoxLayout;

// What the grid's colours mean (one swatch and count per kind of stakeholder) and where a
// score of 3 goes, floating in a corner of the grid rather than in a column beside it: on a
// laptop the column took a third of the width and French names in the cells were cut. Its
// title folds it away (out of sight: the grid's toolbar unfolds it). Until the officer folds
// or unfolds it, it shows only where the view has room for it beside the grid, so that it
// hides no cell.
class InfluenceGridLegend : public QFrame
{
    Q_OBJECT

public:
    explicit InfluenceGridLegend(QWidget* parent = nullptr);

    // The kinds and counts, and the note, of the grid as laid out now.
    void setLegend(const InfluenceGridLayout& layout);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // The officer's choice: kept whatever the room.
    void choose(bool expanded);
    // Unfolded or not as the room beside the grid allows, unless the officer chose.
    void setRoomToExpand(bool room);
    // Its size unfolded, folded or not.
    QSize expandedSize() const;

signals:
    void expandedChanged(bool expanded);

private:
    void updateTitle();

    QToolButton* m_toggle;
    QWidget* m_body;
    QVBoxLayout* m_entries;
    QLabel* m_note;
    bool m_chosen = false;
};
