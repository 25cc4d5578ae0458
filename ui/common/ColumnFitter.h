// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTableView;

// Fits a table's columns to its width, as a narrow panel on a laptop needs: every column its
// content's width, one column (the text worth reading: a summary, a name) the rest. When the
// others would leave that one less than its share of the width, they give up room, the
// widest first (their text elided, whole in the tooltip), except the columns kept whole
// (a date). The columns never add up to more than the view: no sideways scrolling.
// QHeaderView's Stretch alone gives the stretched column what is left, which is nothing when
// the others' content is wide.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QTableView* view, int stretchColumn, qreal stretchShare);

    // Columns never narrower than their content.
    void setWholeColumns(const QList<int>& columns);
    // Lays the columns out again (also done on every resize and change of the rows).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleFit();

    QTableView* m_view;
    int m_stretch;
    qreal m_share;
    QList<int> m_whole;
    bool m_scheduled = false;
};
