// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtFigureRenderer.h"

#include "ReportStyle.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QMutex>
#include <QPainter>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

QSizeF OdtFigureRenderer::size(const ReportFigure& figure, double textWidth)
{
    return QSizeF(figure.width > 0 ? figure.width : textWidth, figure.height);
}

QByteArray OdtFigureRenderer::render(const ReportFigure& figure, double textWidth,
                                     Qt::LayoutDirection direction)
{
    const QSizeF points = size(figure, textWidth);
    if (!figure.paint || points.isEmpty())
        return {};
    const double dots = dpi / 72.0;
    QImage image(QSize(qRound(points.width() * dots), qRound(points.height() * dots)),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setLayoutDirection(direction);
        // The renderers draw in points, as on the PDF, with the report's small text.
        painter.scale(dots, dots);
        QFont font(ReportStyle::family());
        font.setPointSizeF(8.5 * 72.0 / dpi);
        painter.setFont(font);
        figure.paint(painter, QRectF(QPointF(0, 0), points));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // zlib's level 1 or 2: a third faster than Qt's default for some 10 % more bytes.
    writer.setQuality(80);
    writer.write(image);
    return png;
}

std::optional<QHash<int, QByteArray>>
OdtFigureRenderer::render(const ReportDocument& document, double textWidth,
                          const ReportPaginator::Progress& progress)
{
    std::vector<int> figures;
    for (int i = 0; i < document.blocks.size(); ++i) {
        if (std::holds_alternative<ReportFigure>(document.blocks.at(i)))
            figures.push_back(i);
    }
    QHash<int, QByteArray> pictures;
    QMutex mutex;
    std::atomic<int> next = 0;
    std::atomic<int> done = 0;
    std::atomic<bool> stop = false;
    // Takes the next figure; false when there is none left or the work was stopped.
    const auto renderNext = [&] {
        const int k = next++;
        if (k >= int(figures.size()) || stop)
            return false;
        const int block = figures[size_t(k)];
        QByteArray png = render(std::get<ReportFigure>(document.blocks.at(block)), textWidth,
                                document.direction);
        QMutexLocker lock(&mutex);
        pictures.insert(block, png);
        ++done;
        return true;
    };
    // The family is loaded once, before threads use it.
    ReportStyle::family();
    const int cores = std::clamp(QThread::idealThreadCount(), 1, 8);
    const int helpers = std::max(0, std::min(cores, int(figures.size())) - 1);
    std::vector<std::thread> threads;
    threads.reserve(size_t(helpers));
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back([&] {
            while (renderNext()) {
            }
        });
    // This thread draws too, and reports the progress of all of them.
    while (renderNext()) {
        if (progress && !progress(done, int(figures.size())))
            stop = true;
    }
    for (std::thread& thread : threads)
        thread.join();
    if (stop)
        return std::nullopt;
    return pictures;
}
