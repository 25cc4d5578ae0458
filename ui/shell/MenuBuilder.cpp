// SPDX-License-Identifier: GPL-3.0-or-later
#include "MenuBuilder.h"

#include "Pane.h"
#include "RecentFiles.h"
#include "common/TextLimits.h"
#include "compare/CompareWindow.h"
#include "share/ShareAction.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

namespace {

// What an Undo or Redo entry shows of its command's text: a menu a third of a laptop's width.
constexpr qsizetype menuTextChars = 60;

// Text widgets have cut()/copy()/paste() slots; item views react to the standard keys only.
bool focusCanDo(const char* signature)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return false;
    if (focus->metaObject()->indexOfMethod(signature) >= 0)
        return true;
    return qstrcmp(signature, "copy()") == 0 && qobject_cast<QAbstractItemView*>(focus);
}

void sendToFocus(const char* slot, QKeySequence::StandardKey key)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return;
    const QByteArray signature = QByteArray(slot) + "()";
    if (focus->metaObject()->indexOfMethod(signature.constData()) >= 0) {
        QMetaObject::invokeMethod(focus, slot);
        return;
    }
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    if (bindings.isEmpty())
        return;
    const QKeyCombination combination = bindings.first()[0];
    QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    QCoreApplication::sendEvent(focus, &press);
}

} // namespace

MenuBuilder::MenuBuilder(QMainWindow& window, RecentFiles& recentFiles, QUndoGroup& undoGroup)
    : QObject(&window), m_window(window), m_recentFiles(recentFiles)
{
    buildFileMenu();
    buildEditMenu(undoGroup);
    buildViewMenu();
    buildHelpMenu();
}

QAction* MenuBuilder::addAction(QMenu* menu, const QString& text, const QString& objectName,
                                const QString& iconName)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return action;
}

void MenuBuilder::buildFileMenu()
{
    QMenu* menu = m_window.menuBar()->addMenu(tr("&File"));
    Actions& a = m_actions;
    a.newCity = addAction(menu, tr("&New city file…"), QStringLiteral("actionNewCity"),
                          QStringLiteral("document-new"));
    a.newCity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    a.open = addAction(menu, tr("&Open…"), QStringLiteral("actionOpen"),
                       QStringLiteral("document-open"));
    a.open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    a.openReadOnly = addAction(menu, tr("Open &read-only…"), QStringLiteral("actionOpenReadOnly"));
    a.openReadOnly->setStatusTip(
        tr("Open a file without any risk of changing it, such as a partner city's file."));
    a.openPartner =
        addAction(menu, tr("Open a p&artner’s file…"), QStringLiteral("actionOpenPartner"));
    a.openPartner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.openPartner->setStatusTip(tr("Read a file a partner city shared, in a window of its own, "
                                   "from a private copy: nothing in it can change."));

    m_recentMenu =
        menu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open rec&ent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    // Filled when opened: another window may have changed the list, or files may be gone.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MenuBuilder::fillRecentMenu);
    fillRecentMenu();

    menu->addSeparator();
    a.saveCopy = addAction(menu, tr("Save a cop&y as…"), QStringLiteral("actionSaveCopy"),
                           QStringLiteral("document-save-as"));
    a.saveCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    a.saveCopy->setStatusTip(tr("Write a copy of the file; this window stays on the original."));
    a.exportCalendar =
        addAction(menu, tr("Export ca&lendar…"), QStringLiteral("actionExportCalendar"),
                  QStringLiteral("x-office-calendar"));
    a.exportCalendar->setStatusTip(
        tr("Write the action plan's milestones and action ends as an iCalendar file."));
    a.exportReport = addAction(menu, tr("Export repor&t…"), QStringLiteral("actionExportReport"),
                               QStringLiteral("document-export"));
    a.exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportReport->setStatusTip(
        tr("Write a report for the council or a partner as a PDF or an editable document."));
    // Compare (ui/compare): reads the partners' files only, beside the open one.
    QAction* compare =
        addAction(menu, tr("Co&mpare with partner cities…"), QStringLiteral("actionCompare"));
    compare->setStatusTip(tr("Put partner cities' scores, priorities and plans beside yours."));
    connect(compare, &QAction::triggered, this, [this] { CompareWindow::openFrom(m_window); });
    // Import from a partner city (ui/merge): what a partner shared, merged record by record.
    a.importFromPartner = addAction(menu, tr("&Import from a partner city…"),
                                    QStringLiteral("actionImportFromPartner"));
    ShareAction::add(menu, m_window); // File > Share with a partner city… (ui/share)
    menu->addSeparator();
    a.printPreview = addAction(menu, tr("Print pre&view…"), QStringLiteral("actionPrintPreview"),
                               QStringLiteral("document-print-preview"));
    a.print = addAction(menu, tr("&Print…"), QStringLiteral("actionPrint"),
                        QStringLiteral("document-print"));
    a.print->setShortcuts(QKeySequence::Print);
    menu->addSeparator();
    a.close = addAction(menu, tr("&Close"), QStringLiteral("actionClose"),
                        QStringLiteral("document-close"));
    a.close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    a.quit = addAction(menu, tr("&Quit"), QStringLiteral("actionQuit"),
                       QStringLiteral("application-exit"));
    a.quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    a.quit->setMenuRole(QAction::QuitRole);
}

void MenuBuilder::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // Numbered for the keyboard; && keeps an ampersand in a file name from becoming one.
        const QString name =
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action =
            m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentFileChosen(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear list"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, &m_recentFiles, &RecentFiles::clear);
}

void MenuBuilder::buildEditMenu(QUndoGroup& undoGroup)
{
    QMenu* menu = m_window.menuBar()->addMenu(tr("&Edit"));
    Actions& a = m_actions;
    a.undo = undoGroup.createUndoAction(&m_window);
    a.undo->setObjectName(QStringLiteral("actionUndo"));
    a.undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    a.undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    a.redo = undoGroup.createRedoAction(&m_window);
    a.redo->setObjectName(QStringLiteral("actionRedo"));
    a.redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    a.redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // A command names what it changes, sometimes a ministry's full name: the entry is cut after
    // a whole word so that the menu stays narrow, the whole text in its status and tooltip.
    const auto follow = [](QAction* action, const QString& named, const QString& bare) {
        return [action, named, bare](const QString& text) {
            action->setText(text.isEmpty()
                                ? bare
                                : named.arg(TextLimits::shortenedAtWord(text, menuTextChars)));
            action->setStatusTip(text.isEmpty() ? QString() : named.arg(text));
            action->setToolTip(action->statusTip().isEmpty() ? bare : action->statusTip());
        };
    };
    connect(&undoGroup, &QUndoGroup::undoTextChanged, a.undo,
            follow(a.undo, tr("Undo %1"), tr("Undo")));
    connect(&undoGroup, &QUndoGroup::redoTextChanged, a.redo,
            follow(a.redo, tr("Redo %1"), tr("Redo")));
    menu->addAction(a.undo);
    menu->addAction(a.redo);
    menu->addSeparator();

    a.cut = addAction(menu, tr("Cu&t"), QStringLiteral("actionCut"), QStringLiteral("edit-cut"));
    a.cut->setShortcuts(QKeySequence::Cut);
    a.copy =
        addAction(menu, tr("&Copy"), QStringLiteral("actionCopy"), QStringLiteral("edit-copy"));
    a.copy->setShortcuts(QKeySequence::Copy);
    a.paste =
        addAction(menu, tr("&Paste"), QStringLiteral("actionPaste"), QStringLiteral("edit-paste"));
    a.paste->setShortcuts(QKeySequence::Paste);
    connect(a.cut, &QAction::triggered, this, [] { sendToFocus("cut", QKeySequence::Cut); });
    connect(a.copy, &QAction::triggered, this, [] { sendToFocus("copy", QKeySequence::Copy); });
    connect(a.paste, &QAction::triggered, this, [] { sendToFocus("paste", QKeySequence::Paste); });
    connect(qApp, &QApplication::focusChanged, this, &MenuBuilder::updateClipboardActions);
    updateClipboardActions();
    menu->addSeparator();

    a.find =
        addAction(menu, tr("&Find"), QStringLiteral("actionFind"), QStringLiteral("edit-find"));
    a.find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    menu->addSeparator();
    a.preferences = addAction(menu, tr("Pr&eferences…"), QStringLiteral("actionPreferences"),
                              QStringLiteral("preferences-system"));
    a.preferences->setShortcuts(QKeySequence::Preferences);
    a.preferences->setMenuRole(QAction::PreferencesRole);
}

void MenuBuilder::updateClipboardActions()
{
    m_actions.cut->setEnabled(focusCanDo("cut()"));
    m_actions.copy->setEnabled(focusCanDo("copy()"));
    m_actions.paste->setEnabled(focusCanDo("paste()"));
}

void MenuBuilder::buildViewMenu()
{
    m_viewMenu = m_window.menuBar()->addMenu(tr("&View"));
    m_actions.showNavigation = new QAction(tr("Show &navigation"), &m_window);
    m_actions.showNavigation->setObjectName(QStringLiteral("actionShowNavigation"));
    m_actions.showNavigation->setCheckable(true);
    m_actions.showNavigation->setChecked(true);
    m_paneActions = new QActionGroup(this);
    rebuildViewMenu();
}

void MenuBuilder::setPanes(const QList<PaneName>& panes)
{
    m_currentPane = nullptr;
    for (QAction* action : m_paneActions->actions())
        delete action;
    for (int i = 0; i < panes.size(); ++i) {
        auto* action = new QAction(panes.at(i).icon, panes.at(i).title, m_paneActions);
        action->setCheckable(true);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { emit paneChosen(i); });
    }
    rebuildViewMenu();
}

void MenuBuilder::setCurrentPane(int index, const Pane* pane)
{
    m_currentPane = pane;
    const QList<QAction*> actions = m_paneActions->actions();
    if (index >= 0 && index < actions.size())
        actions.at(index)->setChecked(true);
    rebuildViewMenu();
}

void MenuBuilder::rebuildViewMenu()
{
    // clear() deletes only the actions the menu owns; the panes own theirs.
    m_viewMenu->clear();
    m_viewMenu->addAction(m_actions.showNavigation);
    if (!m_paneActions->actions().isEmpty()) {
        m_viewMenu->addSeparator();
        m_viewMenu->addActions(m_paneActions->actions());
    }
    if (m_currentPane) {
        const QList<QAction*> paneActions = m_currentPane->viewActions();
        if (!paneActions.isEmpty()) {
            m_viewMenu->addSeparator();
            m_viewMenu->addActions(paneActions);
        }
    }
}

void MenuBuilder::buildHelpMenu()
{
    QMenu* menu = m_window.menuBar()->addMenu(tr("&Help"));
    m_actions.userGuide = addAction(menu, tr("&User guide"), QStringLiteral("actionUserGuide"),
                                    QStringLiteral("help-contents"));
    m_actions.userGuide->setShortcut(QKeySequence(Qt::Key_F1));
    m_actions.about = addAction(menu, tr("&About Passerelle"), QStringLiteral("actionAbout"),
                                QStringLiteral("help-about"));
    m_actions.about->setMenuRole(QAction::AboutRole);
}
