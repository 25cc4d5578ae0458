// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderTableDelegate.h"

#include "StakeholderTableModel.h"
#include "stakeholders/KindPalette.h"

#include <QApplication>
#include <QStyle>

void StakeholderTableDelegate::initStyleOption(QStyleOptionViewItem* option,
                                               const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Model = StakeholderTableModel;
    if (index.column() == Model::Kind) {
        const int kind = index.data(Qt::EditRole).toInt();
        const QList<Stakeholder::Kind> kinds = Stakeholder::allKinds();
        if (kind >= 0 && kind < kinds.size()) {
            option->icon = KindPalette::swatch(kinds.at(kind));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    } else if (index.column() == Model::Name && index.data(Model::OverdueRole).toBool()) {
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setBold(true);
    }
}
