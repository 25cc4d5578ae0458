// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkLegend.h"

#include "RelationsNetworkEdge.h"
#include "RelationsNetworkScene.h"
#include "stakeholders/KindPalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {

constexpr qreal margin = 8;
constexpr qreal sampleWidth = 34;
constexpr qreal gap = 6;

QFont titleFont()
{
    QFont font = RelationsNetworkScene::nodeFont();
    font.setBold(true);
    return font;
}

qreal rowHeight()
{
    return QFontMetricsF(RelationsNetworkScene::nodeFont()).height() + 4;
}

} // namespace

RelationsNetworkLegend::RelationsNetworkLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkLegend"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

QSizeF RelationsNetworkLegend::paintedSize()
{
    const QFontMetricsF text(RelationsNetworkScene::nodeFont());
    const QFontMetricsF title(titleFont());
    qreal width =
        qMax(title.horizontalAdvance(tr("Stakeholders")), title.horizontalAdvance(tr("Relations")));
    for (Stakeholder::Kind kind : Stakeholder::allKinds())
        width = qMax(width, sampleWidth + gap + text.horizontalAdvance(Stakeholder::label(kind)));
    for (StakeholderRelation::Kind kind : StakeholderRelation::allKinds())
        width = qMax(width,
                     sampleWidth + gap + text.horizontalAdvance(StakeholderRelation::label(kind)));
    const int rows = int(Stakeholder::allKinds().size() + StakeholderRelation::allKinds().size());
    const qreal height = 2 * (title.height() + 6) + rows * rowHeight() + margin;
    return {std::ceil(width + 2 * margin), std::ceil(height + 2 * margin)};
}

void RelationsNetworkLegend::paint(QPainter& painter, bool rightToLeft)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = paintedSize();
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(QRectF(QPointF(0.5, 0.5), size - QSizeF(1, 1)), 4, 4);

    const qreal inner = size.width() - 2 * margin;
    // Mirrored for right-to-left readers: sample on the right, text aligned right.
    auto sampleRect = [&](qreal y) {
        return rightToLeft ? QRectF(margin + inner - sampleWidth, y, sampleWidth, rowHeight())
                           : QRectF(margin, y, sampleWidth, rowHeight());
    };
    auto textRect = [&](qreal y) {
        return rightToLeft
                   ? QRectF(margin, y, inner - sampleWidth - gap, rowHeight())
                   : QRectF(margin + sampleWidth + gap, y, inner - sampleWidth - gap, rowHeight());
    };
    const Qt::Alignment textAlign =
        Qt::AlignVCenter | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const qreal titleHeight = QFontMetricsF(titleFont()).height() + 6;
    qreal y = margin;
    auto drawTitle = [&](const QString& title) {
        painter.setFont(titleFont());
        painter.setPen(Qt::black);
        painter.drawText(QRectF(margin, y, inner, titleHeight), textAlign, title);
        y += titleHeight;
        painter.setFont(RelationsNetworkScene::nodeFont());
    };

    drawTitle(tr("Stakeholders"));
    for (Stakeholder::Kind kind : Stakeholder::allKinds()) {
        const QRectF sample = sampleRect(y);
        painter.setPen(QPen(QColor(0, 0, 0, 110), 1));
        painter.setBrush(KindPalette::color(kind));
        painter.drawRoundedRect(
            QRectF(sample.center().x() - 10, sample.top() + 3, 20, sample.height() - 6), 3, 3);
        painter.setPen(Qt::black);
        painter.drawText(textRect(y), textAlign, Stakeholder::label(kind));
        y += rowHeight();
    }
    y += margin;
    drawTitle(tr("Relations"));
    for (StakeholderRelation::Kind kind : StakeholderRelation::allKinds()) {
        const QRectF sample = sampleRect(y);
        const QPen pen = RelationsNetworkEdge::pen(kind, 3);
        QPointF a(sample.left() + 2, sample.center().y());
        QPointF b(sample.right() - 2, sample.center().y());
        if (rightToLeft)
            std::swap(a, b);
        painter.setPen(pen);
        painter.drawLine(a, b);
        if (RelationsNetworkEdge::isDirected(kind))
            RelationsNetworkEdge::drawArrow(&painter, a, b, pen);
        painter.setPen(Qt::black);
        painter.drawText(textRect(y), textAlign, StakeholderRelation::label(kind));
        y += rowHeight();
    }
    painter.restore();
}

QSize RelationsNetworkLegend::sizeHint() const
{
    return paintedSize().toSize();
}

void RelationsNetworkLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, layoutDirection() == Qt::RightToLeft);
}

void RelationsNetworkLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
