// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkExport.h"

#include "RelationsNetworkLegend.h"
#include "RelationsNetworkScene.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace {
constexpr qreal margin = 24;
// A bigger picture would take hundreds of megabytes; beyond it the image is scaled down.
constexpr qreal maxPixels = 8000;
// Screen-like sharpness for printing and slides.
constexpr qreal pngScale = 2;
} // namespace

RelationsNetworkExport::RelationsNetworkExport(RelationsNetworkScene& scene, bool rightToLeft)
    : m_scene(scene), m_rightToLeft(rightToLeft), m_bounds(scene.itemsBoundingRect())
{
}

QSizeF RelationsNetworkExport::size() const
{
    const QSizeF legend = RelationsNetworkLegend::paintedSize();
    return {m_bounds.width() + legend.width() + 3 * margin,
            qMax(m_bounds.height(), legend.height()) + 2 * margin};
}

void RelationsNetworkExport::render(QPainter& painter, qreal scale)
{
    const QSizeF total = size() * scale;
    const qreal legendWidth = RelationsNetworkLegend::paintedSize().width();
    painter.fillRect(QRectF(QPointF(0, 0), total), Qt::white);
    const qreal networkLeft = m_rightToLeft ? legendWidth + 2 * margin : margin;
    const QRectF target(networkLeft * scale, margin * scale, m_bounds.width() * scale,
                        m_bounds.height() * scale);
    m_scene.setExporting(true);
    m_scene.render(&painter, target, m_bounds, Qt::KeepAspectRatio);
    m_scene.setExporting(false);

    painter.save();
    painter.scale(scale, scale);
    painter.translate(m_rightToLeft ? margin : m_bounds.width() + 2 * margin, margin);
    RelationsNetworkLegend::paint(painter, m_rightToLeft);
    painter.restore();
}

QString RelationsNetworkExport::savePng(const QString& path)
{
    const QSizeF base = size();
    const qreal scale = qMin(pngScale, maxPixels / qMax(base.width(), base.height()));
    QImage image((base * scale).toSize(), QImage::Format_RGB32);
    if (image.isNull())
        return tr("The network is too big to be saved as an image. Narrow it with the filters, "
                  "or export it as SVG.");
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        render(painter, scale);
    }
    return image.save(path, "PNG") ? QString() : writeFailed(path);
}

QString RelationsNetworkExport::saveSvg(const QString& path, const QString& title)
{
    const QSizeF base = size();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(base.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), base));
    generator.setTitle(title);
    generator.setDescription(tr("Relations between the stakeholders, made with Passerelle"));
    QPainter painter;
    if (!painter.begin(&generator))
        return writeFailed(path);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    render(painter);
    return painter.end() ? QString() : writeFailed(path);
}

QString RelationsNetworkExport::writeFailed(const QString& path) const
{
    return tr("Could not write “%1”. Check that the folder exists and that you may write in "
              "it, or choose another place.")
        .arg(QDir::toNativeSeparators(path));
}
