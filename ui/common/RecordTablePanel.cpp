// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTablePanel.h"

#include "RecordSortProxy.h"
#include "RecordTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

RecordTablePanel::RecordTablePanel(RecordTableModel* model, const QString& name, const Texts& texts,
                                   QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new RecordSortProxy(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(texts.add, this)),
      m_remove(new QPushButton(texts.remove, this)), m_removeAction(new QAction(this)),
      m_summary(new QLabel(this))
{
    setObjectName(name);
    m_proxy->setSourceModel(model);

    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setAccessibleName(texts.accessible);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Typing on a cell replaces it, as in a spreadsheet; F2 or a double click edits it.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    QHeaderView* header = m_view->horizontalHeader();
    // The record's name takes the room left (a figure's label, a district's name) rather than
    // whatever column happens to come last.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(model->firstEditableColumn(), QHeaderView::Stretch);
    header->setSectionsMovable(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // Unsorted is the file's own order; a third click on a header comes back to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolTip(texts.removeTip);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_removeAction);

    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    // Takes the rest of the row even when empty, so the buttons keep their natural size.
    buttons->addWidget(m_summary, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RecordTablePanel::addRecord);
    connect(m_remove, &QPushButton::clicked, this, &RecordTablePanel::removeSelected);
    connect(m_removeAction, &QAction::triggered, this, &RecordTablePanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordTablePanel::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &RecordTablePanel::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &RecordTablePanel::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTablePanel::updateSummary);
    // A reset may change whether a record can be added (another stakeholder shown, or none).
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTablePanel::updateButtons);
    updateSummary();
    updateButtons();
}

void RecordTablePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    updateButtons();
}

void RecordTablePanel::addRecord()
{
    const int row = m_model->addRecord();
    if (row < 0)
        return;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, m_model->firstEditableColumn()));
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
}

void RecordTablePanel::removeSelected()
{
    if (m_readOnly)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    m_model->removeRecords(rows);
}

void RecordTablePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitColumns();
    }
}

void RecordTablePanel::updateButtons()
{
    const bool selection = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(!m_readOnly && m_model->canAddRecord());
    m_remove->setEnabled(!m_readOnly && selection);
    m_removeAction->setEnabled(!m_readOnly && selection);
}

void RecordTablePanel::updateSummary()
{
    m_summary->setText(m_model->summary());
}

void RecordTablePanel::fitColumns()
{
    // Wide enough for what is there, but a long source never pushes the other columns out of
    // sight. The name column is left alone: it stretches over what remains.
    const int widest = m_view->fontMetrics().averageCharWidth() * 32;
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_model->firstEditableColumn())
            continue;
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), widest));
    }
}
