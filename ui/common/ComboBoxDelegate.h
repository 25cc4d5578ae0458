// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QComboBox;

// A delegate whose editor is a combo box (a theme, a funding source): choosing an entry is the
// whole edit, stored without waiting for the editor to lose the focus.
class ComboBoxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

protected:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A frameless combo box in the cell that commits and closes when an entry is chosen.
    QComboBox* makeComboBox(QWidget* parent) const;
    // Whether the editor's value was chosen from its list since setEditorData (rather than
    // typed, in an editable one).
    static bool wasChosen(const QComboBox* combo);
    static void resetChosen(QComboBox* combo);
};
