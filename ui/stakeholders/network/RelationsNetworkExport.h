// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;
class RelationsNetworkScene;

// Draws the whole relations network with its legend to any paint device: the items paint
// themselves as on screen (without the selection), the legend beside them.
class RelationsNetworkExport
{
    Q_DECLARE_TR_FUNCTIONS(RelationsNetworkExport)

public:
    explicit RelationsNetworkExport(RelationsNetworkScene& scene, bool rightToLeft = false);

    // The drawing's size in points at scale 1.
    QSizeF size() const;
    void render(QPainter& painter, qreal scale = 1);

    // Both return an empty string on success, else a message for the officer.
    QString savePng(const QString& path);
    QString saveSvg(const QString& path, const QString& title);

private:
    QString writeFailed(const QString& path) const;

    RelationsNetworkScene& m_scene;
    bool m_rightToLeft;
    QRectF m_bounds;
};
