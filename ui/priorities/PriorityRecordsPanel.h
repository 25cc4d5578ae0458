// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QVBoxLayout;

// What the records hung on the selected priority (its evidence, its consultations) are shown
// in: a table of whole rows, one selected at a time, with the panel's buttons under it. Each
// button says what it needs (a file that may be written, a priority shown, a row selected, the
// window's navigator) and is enabled when all of it is there.
class PriorityRecordsPanel : public QWidget
{
    Q_OBJECT

public:
    // What a button needs to be enabled.
    enum Need
    {
        Writable = 0x1,
        Priority = 0x2,
        Row = 0x4,
        Navigator = 0x8
    };
    Q_DECLARE_FLAGS(Needs, Need)

    virtual void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Selects a row of the priority shown; false when it is not one of them.
    bool select(const QString& id);
    QTableView* view() const { return m_view; }

signals:
    void messageChanged(const QString& message);

protected:
    // Where a button goes in the row under the table.
    enum class Side
    {
        Leading,
        Trailing
    };

    // name: what the panel and its table are named after ("evidence": "evidencePanel" and
    // "evidenceTable"). The subclass gives the table its model with setModel().
    PriorityRecordsPanel(const PaneContext& context, const QString& name, QWidget* parent);

    // The model's rows are whole records; the buttons follow its resets and removals.
    void setModel(QAbstractItemModel* model);
    // A sentence above the table saying what it holds.
    void setIntroduction(const QString& text);
    QPushButton* addButton(const QString& text, const QString& name, Needs needs,
                           Side side = Side::Leading);
    void updateButtons();
    // The selected row, or -1.
    int selectedRow() const;
    const PaneContext& context() const { return m_context; }

    // The subclass's model: the priority shown, and the row of a record.
    virtual bool showsPriority() const = 0;
    virtual int rowOf(const QString& id) const = 0;

private:
    PaneContext m_context;
    QTableView* m_view;
    QVBoxLayout* m_layout;
    QHBoxLayout* m_buttonRow;
    QList<std::pair<QPushButton*, Needs>> m_buttons;
    int m_leading = 0; // buttons before the stretch
    bool m_readOnly = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PriorityRecordsPanel::Needs)
