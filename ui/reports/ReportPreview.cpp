// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPreview.h"
#include "common/NumberText.h"

#include "LaidOutReport.h"
#include "ReportPageCanvas.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {

// Zoom entries: negative values are the fitted ones.
constexpr double wholePage = -1;
constexpr double pageWidth = -2;
// Room the canvas leaves around the page (ReportPageCanvas' desk), both sides.
constexpr int deskRoom = 24;

} // namespace

ReportPreview::ReportPreview(QWidget* parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_pageLabel(new QLabel(this)), m_zoom(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_scroll(new QScrollArea(this)), m_canvas(new ReportPageCanvas), m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("reportPreview"));
    m_previous->setObjectName(QStringLiteral("previewPrevious"));
    m_previous->setToolTip(tr("Previous page"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setObjectName(QStringLiteral("previewNext"));
    m_next->setToolTip(tr("Next page"));
    m_next->setAccessibleName(tr("Next page"));
    m_pageLabel->setObjectName(QStringLiteral("previewPage"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_zoom->setObjectName(QStringLiteral("previewZoom"));
    m_zoom->setToolTip(tr("Zoom"));
    m_zoom->addItem(tr("Whole page"), wholePage);
    m_zoom->addItem(tr("Page width"), pageWidth);
    for (int percent : {50, 75, 100, 150, 200})
        m_zoom->addItem(NumberText::percentValue(percent, 0), percent / 100.0);

    m_scroll->setObjectName(QStringLiteral("previewScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_notice->setObjectName(QStringLiteral("previewNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setMargin(24);
    m_stack->addWidget(m_notice);
    m_stack->addWidget(m_scroll);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel, 1);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_zoom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(currentPage() + 1); });
    m_scroll->viewport()->installEventFilter(this);
    // Page Up and Page Down turn the pages where the preview has the focus only: elsewhere in
    // the dialog they still step a date.
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    const auto turn = [this](QKeySequence key, int step) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this,
                [this, step] { showPage(currentPage() + step); });
        addAction(action);
    };
    turn(QKeySequence(Qt::Key_PageUp), -1);
    turn(QKeySequence(Qt::Key_PageDown), 1);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &ReportPreview::applyZoom);
    changeEvent(nullptr);
    showNotice(tr("Preparing the preview…"));
}

void ReportPreview::setReport(std::shared_ptr<const LaidOutReport> report, bool keepPage)
{
    const int page =
        keepPage ? qBound(0, currentPage(), report ? report->pages.count() - 1 : 0) : 0;
    m_report = std::move(report);
    if (!m_report) {
        showNotice(QString());
        return;
    }
    m_canvas->setPage(m_report, page, fittedScale());
    applyZoom();
    m_stack->setCurrentWidget(m_scroll);
    updateNavigation();
}

void ReportPreview::showNotice(const QString& text)
{
    m_report.reset();
    m_canvas->setPage(nullptr, 0, m_canvas->scale());
    m_notice->setText(text);
    m_stack->setCurrentWidget(m_notice);
    updateNavigation();
}

int ReportPreview::pageCount() const
{
    return m_report ? m_report->pages.count() : 0;
}

int ReportPreview::currentPage() const
{
    return m_report ? m_canvas->page() : 0;
}

void ReportPreview::showPage(int page)
{
    if (!m_report || page < 0 || page >= pageCount() || page == currentPage())
        return;
    m_canvas->setPage(m_report, page, m_canvas->scale());
    m_scroll->verticalScrollBar()->setValue(0);
    updateNavigation();
}

double ReportPreview::fittedScale() const
{
    const double zoom = m_zoom->currentData().toDouble();
    const QSizeF paper = m_report ? m_report->style->paperSize() : m_canvas->paperSize();
    const QSize room = m_scroll->viewport()->size() - QSize(deskRoom, deskRoom);
    double scale = zoom * logicalDpiX() / 72.0;
    if (zoom == wholePage)
        scale = qMin(room.width() / paper.width(), room.height() / paper.height());
    else if (zoom == pageWidth)
        // The vertical scroll bar the page will need takes from the width.
        scale = (room.width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent)) / paper.width();
    return qMax(0.05, scale);
}

void ReportPreview::applyZoom()
{
    const bool whole = m_zoom->currentData().toDouble() == wholePage;
    m_scroll->setWidgetResizable(whole);
    m_canvas->setScale(fittedScale());
    if (!whole)
        m_canvas->resize(m_canvas->sizeHint());
}

void ReportPreview::updateNavigation()
{
    const int count = pageCount();
    m_previous->setEnabled(count > 0 && currentPage() > 0);
    m_next->setEnabled(currentPage() + 1 < count);
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(currentPage() + 1).arg(count)
                                   : QString());
}

bool ReportPreview::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport, not this widget: its size is known only once the scroll area is laid out.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_report)
        applyZoom();
    // Ctrl and the wheel zoom, as in the timeline and in document viewers: a step of the list
    // (whole page, page width, then larger sizes).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier && wheel->angleDelta().y() != 0) {
            const int step = wheel->angleDelta().y() > 0 ? 1 : -1;
            m_zoom->setCurrentIndex(qBound(0, m_zoom->currentIndex() + step, m_zoom->count() - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReportPreview::changeEvent(QEvent* event)
{
    if (event)
        QWidget::changeEvent(event);
    // Arrows that point the way the pages turn: mirrored in a right-to-left interface.
    if (!event || event->type() == QEvent::LayoutDirectionChange) {
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        m_previous->setArrowType(rtl ? Qt::RightArrow : Qt::LeftArrow);
        m_next->setArrowType(rtl ? Qt::LeftArrow : Qt::RightArrow);
    }
}
