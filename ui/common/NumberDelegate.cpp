// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberDelegate.h"

#include "common/Validation.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <climits>

NumberDelegate::Range NumberDelegate::count(bool optional)
{
    return {0, double(INT_MAX), 0, optional, true};
}

NumberDelegate::Range NumberDelegate::year(bool optional)
{
    return {double(Validation::minYear), double(Validation::maxYear), 0, optional, false};
}

NumberDelegate::Range NumberDelegate::decimal()
{
    // Key figures may be negative (a change over a year) and rarely need more than cents.
    return {-1e12, 1e12, 2, false, true};
}

NumberDelegate::NumberDelegate(const Range& range, QObject* parent)
    : QStyledItemDelegate(parent), m_range(range)
{
}

QWidget* NumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const
{
    QAbstractSpinBox* editor = nullptr;
    if (m_range.decimals > 0) {
        auto* box = new QDoubleSpinBox(parent);
        box->setDecimals(m_range.decimals);
        box->setRange(m_range.minimum, m_range.maximum);
        editor = box;
    } else {
        auto* box = new QSpinBox(parent);
        box->setRange(int(m_range.minimum) - (m_range.optional ? 1 : 0), int(m_range.maximum));
        editor = box;
    }
    if (m_range.optional)
        editor->setSpecialValueText(tr("Not known"));
    editor->setGroupSeparatorShown(m_range.groupDigits);
    editor->setFrame(false);
    // Cells are narrow: the digits need the room more than the arrows do (the arrow keys and
    // the wheel still step). Opaque, so the cell's text does not show through.
    editor->setButtonSymbols(QAbstractSpinBox::NoButtons);
    editor->setAutoFillBackground(true);
    editor->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return editor;
}

void NumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QSpinBox*>(editor))
        box->setValue(value.isNull() ? box->minimum() : int(value.toLongLong()));
    else if (auto* box = qobject_cast<QDoubleSpinBox*>(editor))
        box->setValue(value.isNull() ? box->minimum() : value.toDouble());
}

void NumberDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QSpinBox*>(editor)) {
        box->interpretText();
        const bool unknown = m_range.optional && box->value() == box->minimum();
        model->setData(index, unknown ? QVariant() : QVariant(qint64(box->value())));
    } else if (auto* box = qobject_cast<QDoubleSpinBox*>(editor)) {
        box->interpretText();
        model->setData(index, box->value());
    }
}
