// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class RecordSortProxy;
class RecordTableModel;
class QAction;
class QLabel;
class QPushButton;
class QTableView;

// A table of records with its Add and Remove buttons and the sentence that sums it up (totals),
// over a RecordTableModel (the profile's origins, districts and key figures); the model decides
// what a new record is and how removal is undone.
class RecordTablePanel : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString add;        // "Add origin"
        QString remove;     // "Remove"
        QString removeTip;  // "Remove the selected origins"
        QString accessible; // the table's accessible name
    };

    // name prefixes the children's object names: <name>Table, <name>Add, <name>Remove,
    // <name>Summary.
    RecordTablePanel(RecordTableModel* model, const QString& name, const Texts& texts,
                     QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    RecordSortProxy* proxy() const { return m_proxy; }
    void setReadOnly(bool readOnly);

    // Adds a record and opens its first cell for typing.
    void addRecord();
    void removeSelected();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void updateSummary();
    void fitColumns();

    RecordTableModel* m_model;
    RecordSortProxy* m_proxy;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QAction* m_removeAction;
    QLabel* m_summary;
    bool m_readOnly = false;
    bool m_fitted = false;
};
