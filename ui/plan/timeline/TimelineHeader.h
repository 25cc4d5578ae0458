// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineScale.h"

#include <QWidget>

// The timeline's two-tier date header (months over days, quarters over months, years over
// months), as high as the tree's header beside it so that the rows line up. It paints the axis
// the view gives it, at the view's scroll.
class TimelineHeader : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineHeader(QWidget* parent = nullptr);

    // xOffset: the x of the timeline's left edge on the scale (its horizontal scroll).
    void setAxis(const TimelineScale& scale, qreal xOffset, const QDate& today);

    // Two lines of the header's font: what the tree's header is asked to be at least.
    int minimumTierHeight() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintTier(QPainter& painter, const QRect& band, bool upper) const;

    TimelineScale m_scale;
    qreal m_offset = 0;
    QDate m_today;
};
