// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberDelegate.h"

#include "common/Validation.h"

#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
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

bool NumberDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* box = qobject_cast<QAbstractSpinBox*>(watched);
    if (box && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString typed = key->text();
        // Only printable keys: arrows, Enter, Tab and shortcuts keep their meaning.
        if (!typed.isEmpty() && typed.at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            // What the field would hold with the key typed over its selection.
            const QLineEdit* line = box->findChild<QLineEdit*>();
            QString text = line ? line->text() : QString();
            int at = line ? line->cursorPosition() : int(text.size());
            if (line && line->hasSelectedText()) {
                at = line->selectionStart();
                text.remove(at, line->selectedText().size());
            }
            text.insert(at, typed);
            int pos = at + int(typed.size());
            if (box->validate(text, pos) == QValidator::Invalid) {
                const QString example = m_range.decimals > 0  ? QLocale().toString(12.5, 'f', 1)
                                        : m_range.groupDigits ? QLocale().toString(12400)
                                                              : QString::number(2024);
                emit inputRefused(tr("Only a number can be typed here, like %1: “%2” is not "
                                     "part of one.")
                                      .arg(example, typed));
            }
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}
