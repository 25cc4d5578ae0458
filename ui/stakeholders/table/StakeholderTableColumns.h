// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QPoint;
class QTableView;

// The stakeholder table's columns as the officer left them: which are shown and how wide,
// kept in the settings and put back on the next opening. The header's context menu hides and
// shows them; the name, which says what a row is, is never hidden. On a laptop's screen the
// defaults show the columns an officer reads first without scrolling sideways.
class StakeholderTableColumns : public QObject
{
    Q_OBJECT

public:
    // Raised whenever the columns change meaning or order, so that widths and hidden columns
    // stored for the old ones are not put on the new.
    static constexpr int layoutVersion = 1;

    explicit StakeholderTableColumns(QTableView* table, QObject* parent = nullptr);

    // The defaults, then what the settings hold when it was stored for these columns.
    void restore();
    void setColumnShown(int column, bool shown);
    // The header's menu of columns, one checkable entry each (objectName "column_<key>").
    QMenu* menu() const { return m_menu; }

private:
    void applyDefaults();
    void save() const;
    void showMenu(const QPoint& position);
    void updateMenu();
    static QString key(int column);

    QTableView* m_table;
    QMenu* m_menu;
    bool m_restoring = false;
};
