// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeDelegate.h"

#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>

#include <algorithm>

ThemeDelegate::ThemeDelegate(ThemeRepository& themes, QObject* parent)
    : QStyledItemDelegate(parent), m_themes(themes)
{
}

QWidget* ThemeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setFrame(false);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The list is read when the editor opens, so themes added elsewhere are offered at once.
    combo->addItem(tr("No theme"), QString());
    for (const Theme& theme : m_themes.themes())
        combo->addItem(TextLimits::shortened(theme.name), theme.meta.id);
    // Choosing is the whole edit: store it without waiting for the editor to lose focus.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ThemeDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ThemeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int row = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(std::max(row, 0));
}

void ThemeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData());
}
