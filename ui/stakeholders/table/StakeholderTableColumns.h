// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QPoint;
class QTableView;

// The stakeholder table's columns as the officer left them: which are shown and how wide,
// kept in the settings and put back on the next opening. The header's context menu hides and
// shows them; the name, which says what a row is, is never hidden. On a laptop's screen the
// defaults show the columns an officer reads first without scrolling sideways. The name
// takes whatever width the view has to spare (with the details folded, the whole room they
// leave), never less than the width the officer gave it, which is what is remembered.
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyDefaults();
    // The name as wide as the officer left it, or wider to fill the view.
    void fitName();
    void save() const;
    void showMenu(const QPoint& position);
    void updateMenu();
    static QString key(int column);

    QTableView* m_table;
    QMenu* m_menu;
    // The name's width as the officer set it; shown wider when the view has room to spare.
    int m_nameWidth = 0;
    bool m_restoring = false;
    bool m_fitting = false;
};
