// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class AnswersModel;
class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Beside the answering grid: the current item in full (statement, guidance on evidence) and
// its answer, evidence, source, evidence date and who answered. Every change goes through
// AnswersModel::setData, so it is one undo step like a key press in the grid.
class AnswerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerPanel(AnswersModel& model, QWidget* parent = nullptr);

    // Shows the item on that row of the model (an area row or an invalid index: nothing).
    void setCurrentRow(int row);
    void setReadOnly(bool readOnly);
    // Stores evidence being typed (before the item changes, the pane hides or the file closes).
    void commitPendingEdits();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void setField(int column, const QVariant& value);
    void onDateToggled(bool dated);
    QWidget* makeAnswerButtons();

    AnswersModel& m_model;
    QPersistentModelIndex m_row;
    bool m_readOnly = false;
    bool m_refreshing = false;
    QLabel* m_area;
    QLabel* m_statement;
    QLabel* m_guidance;
    QButtonGroup* m_buttons;
    QPlainTextEdit* m_evidence;
    QLineEdit* m_source;
    QCheckBox* m_dated;
    QDateEdit* m_date;
    QLineEdit* m_answeredBy;
};
