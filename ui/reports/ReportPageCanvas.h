// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

struct LaidOutReport;

// One page of a laid-out report as paper on the desk, at a scale in pixels per point. The
// page is painted once into an image at the screen's resolution, then only copied: a table
// page is thousands of texts, and scrolling must not repaint them.
class ReportPageCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPageCanvas(QWidget* parent = nullptr);

    // Paints the page once, at the scale given.
    void setPage(std::shared_ptr<const LaidOutReport> report, int page, double pixelsPerPoint);
    void setScale(double pixelsPerPoint);
    double scale() const { return m_scale; }
    int page() const { return m_page; }
    bool hasPage() const { return m_report != nullptr; }
    // The page as shown (for tests and the first-page timing).
    const QImage& image() const { return m_image; }
    QSizeF paperSize() const;

    QSize sizeHint() const override;

signals:
    // A page was painted into its image: it is on screen with the next repaint.
    void pageRendered(int page);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void render();
    QRect pageRect() const;

    std::shared_ptr<const LaidOutReport> m_report;
    int m_page = 0;
    double m_scale = 1;
    QImage m_image;
};
