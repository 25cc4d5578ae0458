// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentView.h"

#include "AfterFirstPaint.h"
#include "CityDocument.h"
#include "Pane.h"
#include "PartnerOpening.h"
#include "ReadOnlyBanner.h"
#include "common/TextLimits.h"
#include "exchange/PartnerFile.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
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
        if (row < 0 || row >= m_places.size())
            return;
        m_stack->setCurrentWidget(pane(row));
        emit currentPaneChanged(row);
    });
    connect(m_banner, &ReadOnlyBanner::saveCopyRequested, this, &DocumentView::saveCopyRequested);
}

void DocumentView::setDocument(CityDocument* document)
{
    m_navigation->clear();
    for (const Place& place : std::as_const(m_places))
        delete place.pane;
    m_places.clear();
    m_document = document;
    ++m_generation;
    m_stack->setCurrentWidget(m_summary);
    if (!document) {
        m_banner->setReason(CityFile::ReadOnlyReason::None);
        return;
    }

    for (const PaneRegistry::Entry& entry : PaneRegistry::entries()) {
        m_places.append({entry, nullptr});
        new QListWidgetItem(entry.icon(), entry.title(), m_navigation);
    }
    // The parts' names stay readable however wide the panes want to be.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) +
                                  2 * m_navigation->frameWidth() +
                                  m_navigation->fontMetrics().averageCharWidth() * 2);
    if (const PartnerFile* partner = document->partner())
        m_banner->setPartner(TextLimits::shortened(partner->sharedBy()),
                             PartnerOpening::sharedOn(*partner));
    else
        m_banner->setReason(document->file().readOnlyReason());
    // With no pane registered the file is still open and stored as it changes; say so
    // plainly rather than show an empty area.
    m_summary->setText(tr("<h2>%1</h2><p>The city file is open. Every change is stored in it as "
                          "soon as you make it: there is nothing to save.</p>")
                           .arg(TextLimits::shortened(document->cityName()).toHtmlEscaped()));
    setNavigationVisible(m_navigationWanted);
    if (!m_places.isEmpty()) {
        m_navigation->setCurrentRow(0);
        // The others are made once the first is on screen, so that going to one is as quick
        // as before; a pane shown earlier is made when it is shown.
        new AfterFirstPaint(m_stack, [this, generation = m_generation] {
            if (generation == m_generation)
                makeNextPane(0);
        });
    }
    if (!m_sizesRestored && !m_places.isEmpty()) {
        // First use: the list as wide as its longest title, the rest for the pane.
        const int margin = m_navigation->frameWidth() * 2 + fontMetrics().averageCharWidth() * 4;
        const int list = m_navigation->sizeHintForColumn(0) + margin;
        m_splitter->setSizes({list, std::max(width() - list, list)});
        m_sizesRestored = true;
    }
}

QString DocumentView::paneTitle(int index) const
{
    return m_places.at(index).entry.title();
}

QIcon DocumentView::paneIcon(int index) const
{
    return m_places.at(index).entry.icon();
}

Pane* DocumentView::pane(int index)
{
    Place& place = m_places[index];
    if (!place.pane) {
        const PaneContext context{m_document->file(), m_document->repositories(),
                                  m_document->undoStack(), this};
        place.pane = place.entry.make(context, m_stack);
        place.pane->setReadOnly(m_document->file().isReadOnly());
        m_stack->addWidget(place.pane);
    }
    return place.pane;
}

QList<Pane*> DocumentView::madePanes() const
{
    QList<Pane*> made;
    for (const Place& place : m_places) {
        if (place.pane)
            made << place.pane;
    }
    return made;
}

void DocumentView::makeNextPane(int from)
{
    // One pane an event-loop turn, so that input between them is answered. The document may
    // have been closed or replaced in between: its chain stops there, and the next document
    // starts its own after its own first paint.
    for (int i = from; i < m_places.size(); ++i) {
        if (m_places.at(i).pane)
            continue;
        pane(i);
        QTimer::singleShot(0, this, [this, i, generation = m_generation] {
            if (generation == m_generation)
                makeNextPane(i + 1);
        });
        return;
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

bool DocumentView::showRecord(const QString& table, const QString& id)
{
    for (int index = 0; index < int(m_places.size()); ++index) {
        if (!m_places.at(index).entry.tables.contains(table))
            continue;
        Pane* shown = pane(index);
        showPane(index);
        return shown->showRecord(table, id);
    }
    return false;
}

void DocumentView::setNavigationVisible(bool visible)
{
    m_navigationWanted = visible;
    m_navigation->setVisible(visible && !m_places.isEmpty());
}

QByteArray DocumentView::saveState() const
{
    return m_splitter->saveState();
}

void DocumentView::restoreState(const QByteArray& state)
{
    m_sizesRestored = m_splitter->restoreState(state);
}
