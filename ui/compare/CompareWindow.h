// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/CityComparison.h"

#include <QDialog>
#include <QPointer>

class CityFile;
class CompareModel;
class QComboBox;
class QLabel;
class QListWidget;
class QMainWindow;
class QPushButton;
class QTabWidget;
class QTableView;
class ScoreChartWidget;

// File > Compare with partner cities…: the officer's city and the partner files chosen, side
// by side in tabs (service access with the chart and the cities × areas table and its median,
// priorities by theme, the action plan and its budget, practices). Partner files are only
// read, each checked first; a refused one is named with its reason and left out. Not modal:
// the officer can keep working in the main window.
class CompareWindow : public QDialog
{
    Q_OBJECT

public:
    // own: the officer's open file, read as it is (never reopened nor written). The window
    // closes with it.
    explicit CompareWindow(CityFile& own, QWidget* parent = nullptr);

    // The menu's action: the window for the main window's file, or a message when none is
    // open.
    static void openFrom(QMainWindow& window);

    QStringList partnerFiles() const;
    void addPartnerFile(const QString& path);
    const CityComparison& comparison() const { return m_comparison; }
    // The day actions are late on (today by default; tests fix it).
    void setToday(const QDate& today) { m_today = today; }

public slots:
    void compare();

private:
    void choosePartner();
    void removePartner();
    void showChecklist(int index);
    void updateButtons();
    QTableView* addTable(CompareModel* model, const QString& objectName);

    QPointer<CityFile> m_own;
    QDate m_today;
    CityComparison m_comparison;
    QLabel* m_ownLabel;
    QListWidget* m_partners;
    QPushButton* m_remove;
    QPushButton* m_run;
    QLabel* m_problems;
    QLabel* m_warnings;
    QTabWidget* m_tabs;
    QComboBox* m_checklist;
    ScoreChartWidget* m_chart;
    QLabel* m_chartNote;
    CompareModel* m_areas;
    CompareModel* m_themes;
    CompareModel* m_plan;
    CompareModel* m_budget;
    CompareModel* m_practices;
};
