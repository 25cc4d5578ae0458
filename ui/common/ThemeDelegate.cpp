// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeDelegate.h"

#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>

#include <algorithm>

ThemeDelegate::ThemeDelegate(ThemeRepository& themes, QObject* parent)
    : ComboBoxDelegate(parent), m_themes(themes)
{
}

QWidget* ThemeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const
{
    QComboBox* combo = makeComboBox(parent);
    // The list is read when the editor opens, so themes added elsewhere are offered at once.
    combo->addItem(tr("No theme"), QString());
    for (const Theme& theme : m_themes.themes())
        combo->addItem(TextLimits::shortened(theme.name), theme.meta.id);
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
