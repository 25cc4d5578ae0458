// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindPalette.h"

#include "stakeholders/KindColors.h"

#include <QPainter>
#include <QPixmap>

namespace KindPalette {

QColor color(Stakeholder::Kind kind)
{
    return KindColors::color(kind);
}

QColor textColor(Stakeholder::Kind kind)
{
    return KindColors::textColor(kind);
}

QIcon swatch(Stakeholder::Kind kind)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(color(kind));
    painter.drawRect(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

} // namespace KindPalette
