// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateDelegate.h"

#include "OptionalDateEdit.h"

#include <QDate>

OptionalDateDelegate::OptionalDateDelegate(const QString& field, QObject* parent)
    : QStyledItemDelegate(parent), m_field(field)
{
}

QWidget* OptionalDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                            const QModelIndex&) const
{
    auto* editor = new OptionalDateEdit(parent);
    // The cell's background, not the window's, behind the field's frame.
    editor->setAutoFillBackground(true);
    return editor;
}

void OptionalDateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<OptionalDateEdit*>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void OptionalDateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    const auto* edit = static_cast<OptionalDateEdit*>(editor);
    if (const QString message = edit->problem(m_field); !message.isEmpty()) {
        emit problem(message);
        return;
    }
    model->setData(index, edit->date(), Qt::EditRole);
}
