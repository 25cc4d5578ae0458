// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriorityRecordsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PriorityRecordsPanel::PriorityRecordsPanel(const PaneContext& context, const QString& name,
                                           QWidget* parent)
    : QWidget(parent), m_context(context), m_view(new QTableView(this)),
      m_layout(new QVBoxLayout(this)), m_buttonRow(new QHBoxLayout)
{
    setObjectName(name + QStringLiteral("Panel"));
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_buttonRow->addStretch(1);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(m_buttonRow);
}

void PriorityRecordsPanel::setModel(QAbstractItemModel* model)
{
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PriorityRecordsPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &PriorityRecordsPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PriorityRecordsPanel::updateButtons);
}

void PriorityRecordsPanel::setIntroduction(const QString& text)
{
    auto* intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_layout->insertWidget(0, intro);
}

QPushButton* PriorityRecordsPanel::addButton(const QString& text, const QString& name, Needs needs,
                                             Side side)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    // The row is the leading buttons, a stretch, then the trailing ones.
    if (side == Side::Leading)
        m_buttonRow->insertWidget(m_leading++, button);
    else
        m_buttonRow->addWidget(button);
    m_buttons.append({button, needs});
    return button;
}

bool PriorityRecordsPanel::select(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0));
    return true;
}

void PriorityRecordsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void PriorityRecordsPanel::updateButtons()
{
    Needs there;
    there.setFlag(Writable, !m_readOnly);
    there.setFlag(Priority, showsPriority());
    there.setFlag(Row, selectedRow() >= 0);
    there.setFlag(Navigator, m_context.navigator != nullptr);
    for (const auto& [button, needs] : std::as_const(m_buttons))
        button->setEnabled((needs & there) == needs);
}

int PriorityRecordsPanel::selectedRow() const
{
    if (!m_view->selectionModel())
        return -1;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}
