// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerView.h"

#include "AnswersModel.h"
#include "checklists/Answer.h"

#include <QHeaderView>
#include <QKeyEvent>

AnswerView::AnswerView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    // Editing starts only on purpose (Enter, double click): a digit must answer, not type.
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setTabKeyNavigation(false);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setToolTip(tr("1 met, 2 partly met, 3 not met, 4 unknown, 5 not applicable; "
                  "Enter edits the evidence"));
}

void AnswerView::setAnswersModel(AnswersModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (m_model) {
        connect(m_model, &AnswersModel::roundChanged, this, &AnswerView::goToFirstItem);
        goToFirstItem();
    }
}

void AnswerView::goToFirstItem()
{
    const int row = itemRowFrom(0, 1);
    if (row >= 0)
        setCurrentIndex(m_model->index(row, AnswersModel::AnswerColumn));
}

int AnswerView::valueForKey(int key, Qt::KeyboardModifiers modifiers)
{
    if ((modifiers & ~Qt::KeypadModifier) != Qt::NoModifier)
        return -1;
    if (key < Qt::Key_1 || key > Qt::Key_5)
        return -1;
    return int(Answer::allValues().at(key - Qt::Key_1));
}

int AnswerView::itemRowFrom(int row, int step) const
{
    if (!m_model)
        return -1;
    for (int r = row; r >= 0 && r < m_model->rowCount(); r += step) {
        if (!m_model->isAreaRow(r))
            return r;
    }
    return -1;
}

void AnswerView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid() || state() == EditingState)
        return QTableView::keyPressEvent(event);
    const int row = current.row();
    if (const int value = valueForKey(event->key(), event->modifiers()); value >= 0) {
        event->accept();
        if (m_model->isAreaRow(row))
            return;
        // A read-only file refuses the edit; staying on the item tells the officer nothing
        // was stored.
        if (!m_model->setData(m_model->index(row, AnswersModel::AnswerColumn), value))
            return;
        const int next = itemRowFrom(row + 1, 1);
        if (next >= 0)
            setCurrentIndex(m_model->index(next, current.column()));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !m_model->isAreaRow(row)) {
        event->accept();
        const QModelIndex evidence = m_model->index(row, AnswersModel::EvidenceColumn);
        setCurrentIndex(evidence);
        edit(evidence);
        return;
    }
    QTableView::keyPressEvent(event);
}

QModelIndex AnswerView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex target = QTableView::moveCursor(action, modifiers);
    if (!m_model || !target.isValid() || !m_model->isAreaRow(target.row()))
        return target;
    // Area rows are headings: step over them in the direction of travel, or stay put at the
    // top of the list.
    const bool up =
        action == MoveUp || action == MovePageUp || action == MoveHome || action == MovePrevious;
    int row = itemRowFrom(target.row(), up ? -1 : 1);
    if (row < 0)
        row = itemRowFrom(target.row(), up ? 1 : -1);
    if (row < 0)
        return currentIndex();
    return m_model->index(row, target.column());
}
