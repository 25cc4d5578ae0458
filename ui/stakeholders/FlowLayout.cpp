// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the narrowest item: a wider one is clipped to the width given (see arrange).
    QSize size;
    for (const QLayoutItem* item : m_items) {
        const QSize hint = item->sizeHint();
        size.setHeight(std::max(size.height(), hint.height()));
        size.setWidth(size.width() == 0 ? hint.width() : std::min(size.width(), hint.width()));
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const QWidget* owner = parentWidget();
    const int hSpace = owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) : 6;
    const int vSpace = owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) : 6;
    const int gapX = hSpace >= 0 ? hSpace : 6;
    const int gapY = vSpace >= 0 ? vSpace : 6;
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        QSize hint = item->sizeHint();
        hint.setWidth(std::min(hint.width(), area.width()));
        if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
            x = area.x();
            y += lineHeight + gapY;
            lineHeight = 0;
        }
        if (apply) {
            const Qt::LayoutDirection direction =
                owner ? owner->layoutDirection() : Qt::LeftToRight;
            item->setGeometry(QStyle::visualRect(direction, area, QRect(QPoint(x, y), hint)));
        }
        x += hint.width() + gapX;
        lineHeight = std::max(lineHeight, hint.height());
    }
    const QMargins m = contentsMargins();
    return y + lineHeight - rect.y() + m.bottom();
}
