// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;

// A pane of the main window (City profile, Stakeholders, ...). The shell knows panes only
// through this interface: adding a pane means registering it in PaneRegistry (its title, icon
// and factory), never editing MainWindow.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Actions the pane adds to the View menu while it is shown (may be empty).
    virtual QList<QAction*> viewActions() const { return {}; }
    // Whether the pane has a filter box; Edit > Find is enabled only for such panes.
    virtual bool hasFilter() const { return false; }
    // Edit > Find: focus the pane's filter box. Returns false when the pane has none.
    virtual bool focusFilter() { return false; }
    // The file is read-only: the pane disables every way of editing.
    virtual void setReadOnly(bool readOnly) = 0;
    // Selects a record of one of the tables its PaneRegistry entry lists and makes it visible
    // (RecordNavigator). Returns false when the record is not there.
    virtual bool showRecord(const QString& table, const QString& id)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
        return false;
    }
};
