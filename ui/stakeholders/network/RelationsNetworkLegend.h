// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// What the colours and lines of the relations network mean: one swatch per kind of stakeholder,
// one line sample per kind of relation. The same drawing is shown beside the network and
// painted into exported images.
class RelationsNetworkLegend : public QWidget
{
    Q_OBJECT

public:
    explicit RelationsNetworkLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // The room the legend takes when painted.
    static QSizeF paintedSize();
    // Paints the legend with its top left corner at the painter's origin.
    static void paint(QPainter& painter, bool rightToLeft = false);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
};
