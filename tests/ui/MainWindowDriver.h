// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestFiles.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the main window's tests share: settings of their own, a folder of city files per test,
// windows made and closed as the program does, and the dialog hooks answering every question
// in advance. Drives the real main window offscreen, by object names.
class MainWindowDriver
{
public:
    static QList<MainWindow*> mainWindows()
    {
        QList<MainWindow*> windows;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(widget))
                windows << window;
        }
        return windows;
    }

    // From initTestCase().
    bool setUp()
    {
        if (!m_settings.isValid())
            return false;
        TestFiles::isolateSettings(m_settings);
        // A question nobody answered in advance gets its default answer instead of blocking.
        DialogHooks::setInteractive(false);
        return true;
    }

    // From init(): every test starts with no settings, no recent files and an empty folder.
    bool startTest()
    {
        DialogHooks::reset();
        QSettings().clear();
        m_recentFiles = std::make_shared<RecentFiles>();
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

    // From cleanup(): closes every window (their files with them), then removes the folder.
    bool endTest()
    {
        for (QPointer<MainWindow> window : mainWindows()) {
            if (window)
                window->close();
            delete window;
        }
        m_dir.reset();
        return mainWindows().isEmpty();
    }

    QTemporaryDir& dir() { return *m_dir; }
    std::shared_ptr<RecentFiles> recentFiles() const { return m_recentFiles; }

    QString makeCity(const QString& fileName, const QString& name)
    {
        const QString path = m_dir->filePath(fileName);
        CityFile::NewCity city;
        city.name = name;
        city.country = QStringLiteral("GR");
        CityDocument::OpenResult created = CityDocument::create(path, city);
        if (!created) {
            qWarning() << created.error().message();
            return {};
        }
        return path;
    }

    MainWindow* newWindow()
    {
        auto* window = new MainWindow(m_recentFiles);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            qWarning("window not exposed");
        return window;
    }

    static QAction* action(QWidget* window, const char* name)
    {
        auto* found = window->findChild<QAction*>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

    static MainWindow* openThroughDialog(MainWindow* window, const QString& path)
    {
        DialogHooks::setNextFileName(path);
        action(window, "actionOpen")->trigger();
        return window;
    }

private:
    QTemporaryDir m_settings;
    // Files of the current test; removed after its windows have closed them.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<RecentFiles> m_recentFiles;
};
