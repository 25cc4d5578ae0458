// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentView.h"

#include "CityDocument.h"
#include "Pane.h"
#include "PaneRegistry.h"
#include "ReadOnlyBanner.h"
#include "common/TextLimits.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

DocumentView::DocumentView(QWidget* parent) : QWidget(parent)
{
    m_navigation = new QListWidget(this);
    setObjectName(QStringLiteral("documentView"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setAccessibleName(tr("Parts of the city file"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_banner = new ReadOnlyBanner(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("panes"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fileSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setMargin(fontMetrics().height() * 2);
    m_stack->addWidget(m_summary);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_panes.size())
            return;
        m_stack->setCurrentWidget(m_panes.at(row));
        emit currentPaneChanged(row);
    });
    connect(m_banner, &ReadOnlyBanner::saveCopyRequested, this, &DocumentView::saveCopyRequested);
}

void DocumentView::setDocument(CityDocument* document)
{
    m_navigation->clear();
    qDeleteAll(m_panes);
    m_panes.clear();
    m_stack->setCurrentWidget(m_summary);
    if (!document) {
        m_banner->setReason(CityFile::ReadOnlyReason::None);
        return;
    }

    const PaneContext context{document->file(), document->repositories(), document->undoStack()};
    const bool readOnly = document->file().isReadOnly();
    for (const PaneRegistry::Factory& factory : PaneRegistry::factories()) {
        Pane* pane = factory(context, m_stack);
        if (!pane)
            continue;
        pane->setReadOnly(readOnly);
        m_stack->addWidget(pane);
        m_panes << pane;
        new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
    }
    // The parts' names stay readable however wide the panes want to be.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) +
                                  2 * m_navigation->frameWidth() +
                                  m_navigation->fontMetrics().averageCharWidth() * 2);
    m_banner->setReason(document->file().readOnlyReason());
    // With no pane registered the file is still open and stored as it changes; say so
    // plainly rather than show an empty area.
    m_summary->setText(tr("<h2>%1</h2><p>The city file is open. Every change is stored in it as "
                          "soon as you make it: there is nothing to save.</p>")
                           .arg(TextLimits::shortened(document->cityName()).toHtmlEscaped()));
    setNavigationVisible(m_navigationWanted);
    if (!m_panes.isEmpty())
        m_navigation->setCurrentRow(0);
    if (!m_sizesRestored && !m_panes.isEmpty()) {
        // First use: the list as wide as its longest title, the rest for the pane.
        const int margin = m_navigation->frameWidth() * 2 + fontMetrics().averageCharWidth() * 4;
        const int list = m_navigation->sizeHintForColumn(0) + margin;
        m_splitter->setSizes({list, std::max(width() - list, list)});
        m_sizesRestored = true;
    }
}

Pane* DocumentView::currentPane() const
{
    return qobject_cast<Pane*>(m_stack->currentWidget());
}

void DocumentView::showPane(int index)
{
    m_navigation->setCurrentRow(index);
}

void DocumentView::setNavigationVisible(bool visible)
{
    m_navigationWanted = visible;
    m_navigation->setVisible(visible && !m_panes.isEmpty());
}

QByteArray DocumentView::saveState() const
{
    return m_splitter->saveState();
}

void DocumentView::restoreState(const QByteArray& state)
{
    m_sizesRestored = m_splitter->restoreState(state);
}
