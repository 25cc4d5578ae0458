// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDataWidgetMapper;
class QFormLayout;
class QTableView;

// The fields of the record selected in a table that are too long for a cell (a partner's
// notes, an exchange's lessons), bound to the table's own model: what is typed is stored when
// the field is left, through the model's setData (one undo command), and the fields follow an
// undo or an edit made elsewhere. Disabled while no record is selected.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    // Follows the current row of view, over view's model.
    explicit RecordForm(QTableView* view, QWidget* parent = nullptr);

    // A one-line field for column; label may carry a mnemonic (&). name: its object name.
    void addLine(int column, const QString& label, const QString& name);
    // A field of several lines (lines: its height in lines of text).
    void addText(int column, const QString& label, const QString& name, int lines);

    void setReadOnly(bool readOnly);
    // Stores what is being typed (the pane is hidden or closed).
    void commit();

private:
    void follow();
    void addField(int column, const QString& label, QWidget* field);

    QTableView* m_view;
    QDataWidgetMapper* m_mapper;
    QFormLayout* m_layout;
    QList<QWidget*> m_fields;
    bool m_readOnly = false;
};
