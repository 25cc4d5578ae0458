// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CityFile.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class CityDocument;
class DocumentView;
class FileError;
class MenuBuilder;
class QLabel;
class QStackedWidget;
class QUndoGroup;
class RecentFiles;
class UserGuideDialog;
class WelcomeWidget;

// One window, at most one city file. Opening a file from a window that already shows one
// opens a second window, so that each file keeps its own undo history. The window hosts the
// panes listed in PaneRegistry and never names one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Below this available size (a laptop's 1366×768 or 1280×720 with its panel), the window
    // first opens maximised.
    static constexpr int smallScreenWidth = 1600;
    static constexpr int smallScreenHeight = 900;

    explicit MainWindow(std::shared_ptr<RecentFiles> recentFiles, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the file here, or in a new window when this one already shows a file, or raises
    // the window that already shows it. Returns the window showing the file, or nullptr when
    // it could not be opened (the user has been told why; the file was not touched).
    MainWindow* openFile(const QString& path,
                         CityFile::Access access = CityFile::Access::ReadWrite);
    // The demo city in the interface language, made on first use in the user's data folder.
    MainWindow* openDemo();
    CityDocument* document() const { return m_document.get(); }
    // Shows the document here, or in a new window when this one already shows a file.
    MainWindow* adopt(std::unique_ptr<CityDocument> document);

    void newCity();
    void open(CityFile::Access access = CityFile::Access::ReadWrite);
    void saveCopyAs();
    void closeFile();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setDocument(std::unique_ptr<CityDocument> document);
    void contentChecked();
    void clearDocument();
    void updateTitle();
    void updateLastWritten(const QDateTime& when);
    void updateActions();
    void showError(const FileError& error);
    void find();
    void showPreferences();
    void showUserGuide();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    QString fileFilter() const;
    static MainWindow* windowShowing(const QString& path);

    std::shared_ptr<RecentFiles> m_recentFiles;
    std::unique_ptr<CityDocument> m_document;
    QUndoGroup* m_undoGroup = nullptr;
    MenuBuilder* m_menus = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomeWidget* m_welcome = nullptr;
    DocumentView* m_view = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_writtenLabel = nullptr;
    QPointer<UserGuideDialog> m_userGuide;
};
