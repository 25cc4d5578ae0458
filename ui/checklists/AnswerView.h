// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class AnswersModel;

// The answering grid, made for a meeting where an officer answers a hundred items: keys 1 to 5
// answer the current item (met, partly met, not met, unknown, not applicable) and go on to the
// next one, the arrows move from item to item over the area rows, Enter opens the evidence.
class AnswerView : public QTableView
{
    Q_OBJECT

public:
    explicit AnswerView(QWidget* parent = nullptr);

    void setAnswersModel(AnswersModel* model);
    AnswersModel* answersModel() const { return m_model; }

    // The answer a key gives, or -1: 1..5 on the number row or the keypad, without modifiers
    // other than the keypad's (Ctrl+1 stays a shortcut of the window).
    static int valueForKey(int key, Qt::KeyboardModifiers modifiers);

    // The first item row at or after row (step 1) or at or before it (step -1); -1 when none.
    int itemRowFrom(int row, int step) const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void goToFirstItem();

    AnswersModel* m_model = nullptr;
};
