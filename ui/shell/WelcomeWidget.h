// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class RecentFiles;

// What a window shows when no city file is open: the three ways in and the recent files.
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(RecentFiles& recentFiles, QWidget* parent = nullptr);

signals:
    void newCityRequested();
    void openRequested();
    void demoRequested();
    void recentFileChosen(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();

    RecentFiles& m_recentFiles;
    QListWidget* m_recentList = nullptr;
    QLabel* m_noRecent = nullptr;
};
