// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

class Pane;
class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoGroup;
class RecentFiles;

// Builds the main window's menus and owns their actions. It decides what each menu holds;
// the window decides what the file actions do. Cut, Copy and Paste need no window: they act on
// whichever widget has the keyboard focus.
class MenuBuilder : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* newCity = nullptr;
        QAction* open = nullptr;
        QAction* openReadOnly = nullptr;
        QAction* openPartner = nullptr;
        QAction* saveCopy = nullptr;
        QAction* exportCalendar = nullptr;
        QAction* exportReport = nullptr;
        QAction* importFromPartner = nullptr;
        QAction* print = nullptr;
        QAction* printPreview = nullptr;
        QAction* close = nullptr;
        QAction* quit = nullptr;
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* cut = nullptr;
        QAction* copy = nullptr;
        QAction* paste = nullptr;
        QAction* find = nullptr;
        QAction* preferences = nullptr;
        QAction* showNavigation = nullptr;
        QAction* userGuide = nullptr;
        QAction* about = nullptr;
    };

    MenuBuilder(QMainWindow& window, RecentFiles& recentFiles, QUndoGroup& undoGroup);

    const Actions& actions() const { return m_actions; }
    // The View menu lists the panes (so they stay reachable with the navigation hidden) and
    // the actions of the one shown.
    struct PaneName
    {
        QIcon icon;
        QString title;
    };
    void setPanes(const QList<PaneName>& panes);
    // pane: the one shown at index, whose View actions the menu adds.
    void setCurrentPane(int index, const Pane* pane);

signals:
    void recentFileChosen(const QString& path);
    void paneChosen(int index);

private:
    QAction* addAction(QMenu* menu, const QString& text, const QString& objectName,
                       const QString& iconName = {});
    void buildFileMenu();
    void buildEditMenu(QUndoGroup& undoGroup);
    void buildViewMenu();
    void buildHelpMenu();
    void fillRecentMenu();
    void rebuildViewMenu();
    void updateClipboardActions();

    QMainWindow& m_window;
    RecentFiles& m_recentFiles;
    Actions m_actions;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_paneActions = nullptr;
    const Pane* m_currentPane = nullptr;
};
