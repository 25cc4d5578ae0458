// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceDelegate.h"

#include <QComboBox>

ChoiceDelegate::ChoiceDelegate(Choices choices, const QString& name, QObject* parent)
    : ComboBoxDelegate(parent), m_choices(std::move(choices)), m_name(name)
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const
{
    QComboBox* combo = makeComboBox(parent);
    combo->setObjectName(m_name);
    for (const Choice& choice : m_choices())
        combo->addItem(choice.label, choice.value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    resetChosen(combo);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData());
}
