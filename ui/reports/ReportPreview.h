// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

struct LaidOutReport;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class ReportPageCanvas;

// The pages of a report as they will print, one at a time: previous and next page, the page
// number, and a zoom (whole page, page width, or a percentage of the real size).
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);

    // keepPage: the same report with another option (the officer was reading page 4 and
    // stays there when the report still has it); otherwise its first page.
    void setReport(std::shared_ptr<const LaidOutReport> report, bool keepPage = false);
    // Instead of pages: why there are none (the report could not be built) or that they come.
    void showNotice(const QString& text);

    int pageCount() const;
    int currentPage() const;
    void showPage(int page);
    ReportPageCanvas* canvas() const { return m_canvas; }
    // The report shown; nullptr while a notice is.
    std::shared_ptr<const LaidOutReport> report() const { return m_report; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    double fittedScale() const;
    void applyZoom();
    void updateNavigation();

    std::shared_ptr<const LaidOutReport> m_report;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QComboBox* m_zoom;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    ReportPageCanvas* m_canvas;
    QLabel* m_notice;
};
