// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridExport.h"

#include "stakeholders/InfluenceGridLayout.h"
#include "stakeholders/InfluenceGridRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

Result<void> InfluenceGridExport::write(const QString& path, const InfluenceGridLayout& layout,
                                        const InfluenceGridRenderer& renderer)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(path, layout, renderer);
    if (suffix == QLatin1String("svg"))
        return writeSvg(path, layout, renderer);
    return Error{tr("“%1” is neither a PNG image nor an SVG drawing. Choose a file name ending "
                    "in .png or .svg.")
                     .arg(QDir::toNativeSeparators(path))};
}

Result<void> InfluenceGridExport::writePng(const QString& path, const InfluenceGridLayout& layout,
                                           const InfluenceGridRenderer& renderer)
{
    const QSizeF page = layout.pageSize();
    QImage image(int(std::ceil(page.width() * pngScale)), int(std::ceil(page.height() * pngScale)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(pngScale, pngScale);
        renderer.paint(painter, layout);
    }
    if (!image.save(path, "PNG"))
        return writeError(path);
    return {};
}

Result<void> InfluenceGridExport::writeSvg(const QString& path, const InfluenceGridLayout& layout,
                                           const InfluenceGridRenderer& renderer)
{
    // QSvgGenerator says nothing when it cannot write: the file is tried first.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(path);
    const QSizeF page = layout.pageSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(page.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), page));
    svg.setTitle(tr("Influence and interest of the stakeholders"));
    svg.setResolution(96);
    {
        QPainter painter(&svg);
        renderer.paint(painter, layout);
    }
    if (file.error() != QFileDevice::NoError)
        return writeError(path);
    return {};
}

Error InfluenceGridExport::writeError(const QString& path)
{
    return Error{tr("The grid could not be written to “%1”. Check that the folder exists, that "
                    "you may write in it and that the disk is not full, then export again.")
                     .arg(QDir::toNativeSeparators(path))};
}
