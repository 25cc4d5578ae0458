// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// How the stakeholder table draws its cells: the kind with its colour swatch (the same as on
// the grid and the network), and an overdue follow-up with a warning sign beside the name, so
// it is seen without relying on colour alone.
class StakeholderTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so that a test (or another view) can ask how a cell is drawn.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
