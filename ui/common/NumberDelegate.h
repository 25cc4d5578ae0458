// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Edits a number cell with a spin box: counts of people, years, decimal values. An optional
// figure has one more step below the minimum, shown as "Not known", that clears the cell.
// A key the number cannot take is refused with its reason (inputRefused()).
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Range
    {
        double minimum = 0;
        double maximum = 0;
        int decimals = 0;        // 0: whole numbers
        bool optional = false;   // the figure may be unknown
        bool groupDigits = true; // 12 400, but never 2 023 for a year
    };

    static Range count(bool optional = false);
    static Range year(bool optional = false);
    static Range decimal();

    NumberDelegate(const Range& range, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

signals:
    // A key the number field cannot take (a letter): why, for the pane to show. A spin box
    // drops such a key without a word, and the officer would not know why nothing appeared.
    void inputRefused(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Range m_range;
};
