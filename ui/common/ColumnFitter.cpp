// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

ColumnFitter::ColumnFitter(QTableView* view, int stretchColumn, qreal stretchShare)
    : QObject(view), m_view(view), m_stretch(stretchColumn), m_share(stretchShare)
{
    QHeaderView* header = view->horizontalHeader();
    // The widths are this object's to set; the officer may still drag a border until the
    // next resize.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::scheduleFit);
    }
    scheduleFit();
}

void ColumnFitter::setWholeColumns(const QList<int>& columns)
{
    m_whole = columns;
    scheduleFit();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::scheduleFit()
{
    // Rows come one by one (a reset, undo): laid out once, after them.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

void ColumnFitter::fit()
{
    QAbstractItemModel* model = m_view->model();
    // QTableView hides the public QAbstractItemView::sizeHintForColumn.
    const QAbstractItemView* view = m_view;
    if (!model)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    const int columns = model->columnCount();
    QList<int> wanted(columns, 0);
    int wholeTotal = 0;
    int squeezableTotal = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == m_stretch || header->isSectionHidden(c))
            continue;
        wanted[c] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        (m_whole.contains(c) ? wholeTotal : squeezableTotal) += wanted[c];
    }
    const int room = available - int(std::ceil(available * m_share));
    // The widest columns give up room first, all capped at one width: a short word ("Meeting")
    // stays whole while a long follow-up text is elided.
    int cap = std::numeric_limits<int>::max();
    if (wholeTotal + squeezableTotal > room) {
        QList<int> squeezable;
        for (int c = 0; c < columns; ++c) {
            if (wanted[c] > 0 && !m_whole.contains(c))
                squeezable.append(wanted[c]);
        }
        std::sort(squeezable.begin(), squeezable.end());
        int budget = std::max(0, room - wholeTotal);
        for (int i = 0; i < squeezable.size(); ++i) {
            const int left = int(squeezable.size()) - i;
            if (squeezable[i] * left > budget) {
                cap = budget / left;
                break;
            }
            budget -= squeezable[i];
        }
    }
    int used = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == m_stretch || header->isSectionHidden(c))
            continue;
        const int width = m_whole.contains(c)
                              ? wanted[c]
                              : std::max(header->minimumSectionSize(), std::min(wanted[c], cap));
        header->resizeSection(c, width);
        used += width;
    }
    header->resizeSection(m_stretch, std::max(header->minimumSectionSize(), available - used));
}
