// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPageCanvas.h"

#include "LaidOutReport.h"
#include "reports/ReportPainter.h"

#include <QPainter>

namespace {

// Room around the page, in pixels, for its shadow and the desk around it.
constexpr int desk = 12;
constexpr int shadow = 3;

} // namespace

ReportPageCanvas::ReportPageCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportPageCanvas"));
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
}

QSizeF ReportPageCanvas::paperSize() const
{
    return m_report ? m_report->style->paperSize() : QSizeF(595, 842);
}

void ReportPageCanvas::setPage(std::shared_ptr<const LaidOutReport> report, int page,
                               double pixelsPerPoint)
{
    m_report = std::move(report);
    m_page = page;
    m_scale = pixelsPerPoint;
    render();
    updateGeometry();
    update();
}

void ReportPageCanvas::setScale(double pixelsPerPoint)
{
    if (qFuzzyCompare(pixelsPerPoint, m_scale))
        return;
    m_scale = pixelsPerPoint;
    render();
    updateGeometry();
    update();
}

QSize ReportPageCanvas::sizeHint() const
{
    const QSizeF paper = paperSize() * m_scale;
    return QSize(qCeil(paper.width()), qCeil(paper.height())) + QSize(2 * desk, 2 * desk);
}

QRect ReportPageCanvas::pageRect() const
{
    const QSizeF paper = paperSize() * m_scale;
    const QSize size(qCeil(paper.width()), qCeil(paper.height()));
    // Centred when the view is larger than the page.
    const int x = qMax(desk, (width() - size.width()) / 2);
    const int y = qMax(desk, (height() - size.height()) / 2);
    return QRect(QPoint(x, y), size);
}

void ReportPageCanvas::render()
{
    if (!m_report || m_page < 0 || m_page >= m_report->pages.count()) {
        m_image = QImage();
        return;
    }
    const double ratio = devicePixelRatioF();
    const QSizeF paper = paperSize() * m_scale;
    m_image = QImage(QSize(qCeil(paper.width() * ratio), qCeil(paper.height() * ratio)),
                     QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    m_image.fill(Qt::white);
    QPainter painter(&m_image);
    // The painter's units become points: ReportPainter sizes its fonts for the device's dpi.
    painter.scale(m_scale, m_scale);
    ReportPainter(*m_report->style, m_report->document, m_report->pages).paint(painter, m_page);
    painter.end();
    emit pageRendered(m_page);
}

void ReportPageCanvas::paintEvent(QPaintEvent*)
{
    if (m_image.isNull())
        return;
    QPainter painter(this);
    const QRect page = pageRect();
    painter.fillRect(page.translated(shadow, shadow), palette().color(QPalette::Shadow));
    painter.drawImage(page.topLeft(), m_image);
}
