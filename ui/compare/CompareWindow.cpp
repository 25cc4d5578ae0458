// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareWindow.h"

#include "CompareModel.h"
#include "checklists/ScoreChart.h"
#include "checklists/ScoreChartWidget.h"
#include "common/TextLimits.h"
#include "compare/ComparedFile.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"
#include "storage/CityFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel* wrappedLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

CompareWindow::CompareWindow(CityFile& own, QWidget* parent)
    : QDialog(parent), m_own(&own), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare with partner cities"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);

    m_ownLabel = new QLabel(tr("Your city’s file: %1").arg(QFileInfo(own.path()).fileName()));
    m_ownLabel->setObjectName(QStringLiteral("compareOwn"));
    layout->addWidget(m_ownLabel);

    auto* choose = new QHBoxLayout;
    m_partners = new QListWidget;
    m_partners->setObjectName(QStringLiteral("comparePartners"));
    m_partners->setMaximumHeight(64);
    m_partners->setSelectionMode(QAbstractItemView::ExtendedSelection);
    choose->addWidget(m_partners, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add partner file…"));
    add->setObjectName(QStringLiteral("compareAddPartner"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("compareRemovePartner"));
    m_run = new QPushButton(tr("&Compare"));
    m_run->setObjectName(QStringLiteral("compareRun"));
    m_run->setDefault(true);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_run);
    buttons->addStretch();
    choose->addLayout(buttons);
    layout->addLayout(choose);

    m_problems = wrappedLabel(QStringLiteral("compareProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #a4262c"));
    m_warnings = wrappedLabel(QStringLiteral("compareWarnings"));
    m_warnings->setStyleSheet(QStringLiteral("background: #fff3cd; padding: 4px"));
    layout->addWidget(m_problems);
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_areas = new CompareModel(CompareModel::Kind::Areas, this);
    m_themes = new CompareModel(CompareModel::Kind::Themes, this);
    m_plan = new CompareModel(CompareModel::Kind::Plan, this);
    m_budget = new CompareModel(CompareModel::Kind::Budget, this);
    m_practices = new CompareModel(CompareModel::Kind::Practices, this);

    auto* access = new QWidget;
    auto* accessLayout = new QVBoxLayout(access);
    m_checklist = new QComboBox;
    m_checklist->setObjectName(QStringLiteral("compareChecklist"));
    accessLayout->addWidget(m_checklist);
    auto* split = new QSplitter(Qt::Vertical);
    m_chart = new ScoreChartWidget;
    m_chart->setObjectName(QStringLiteral("compareChart"));
    split->addWidget(m_chart);
    split->addWidget(addTable(m_areas, QStringLiteral("compareAreasView")));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 240});
    accessLayout->addWidget(split, 1);
    auto* reading = new QLabel(tr("Each score stands with its coverage (items answered of items "
                                  "asked); ▲ ▼ the change in points since the city’s previous "
                                  "round. Cities are not ranked."));
    reading->setObjectName(QStringLiteral("compareReading"));
    reading->setWordWrap(true);
    accessLayout->addWidget(reading);
    m_chartNote = wrappedLabel(QStringLiteral("compareChartNote"));
    accessLayout->addWidget(m_chartNote);
    m_tabs->addTab(access, tr("Service access"));
    m_tabs->addTab(addTable(m_themes, QStringLiteral("compareThemesView")),
                   tr("Priorities by theme"));
    auto* plan = new QSplitter(Qt::Vertical);
    plan->addWidget(addTable(m_plan, QStringLiteral("comparePlanView")));
    plan->addWidget(addTable(m_budget, QStringLiteral("compareBudgetView")));
    m_tabs->addTab(plan, tr("Action plan"));
    m_tabs->addTab(addTable(m_practices, QStringLiteral("comparePracticesView")), tr("Practices"));
    m_tabs->setEnabled(false);
    layout->addWidget(m_tabs, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &CompareWindow::choosePartner);
    connect(m_remove, &QPushButton::clicked, this, &CompareWindow::removePartner);
    connect(m_run, &QPushButton::clicked, this, &CompareWindow::compare);
    connect(m_partners, &QListWidget::itemSelectionChanged, this, &CompareWindow::updateButtons);
    connect(m_checklist, &QComboBox::currentIndexChanged, this, &CompareWindow::showChecklist);
    // Closing or replacing the main window's file takes the comparison with it: the officer's
    // figures would otherwise stand for a file no longer open.
    connect(&own, &QObject::destroyed, this, &QWidget::close);
    updateButtons();
    resize(1200, 720);
}

void CompareWindow::openFrom(QMainWindow& window)
{
    auto* main = qobject_cast<MainWindow*>(&window);
    if (!main || !main->document()) {
        DialogHooks::message(&window, QMessageBox::Information, tr("Compare with partner cities"),
                             tr("Open your city’s file first: the comparison puts partner "
                                "cities beside it."));
        return;
    }
    auto* compare = new CompareWindow(main->document()->file(), &window);
    compare->show();
}

QTableView* CompareWindow::addTable(CompareModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMaximumSectionSize(260);
    return view;
}

QStringList CompareWindow::partnerFiles() const
{
    QStringList files;
    for (int i = 0; i < m_partners->count(); ++i)
        files << m_partners->item(i)->data(Qt::UserRole).toString();
    return files;
}

void CompareWindow::addPartnerFile(const QString& path)
{
    if (path.isEmpty() || partnerFiles().contains(path))
        return;
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_partners);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    updateButtons();
}

void CompareWindow::choosePartner()
{
    const QString folder = m_own ? QFileInfo(m_own->path()).absolutePath() : QString();
    addPartnerFile(DialogHooks::openFileName(this, tr("Choose a partner city’s file"), folder,
                                             tr("Passerelle city files (*.passerelle)") +
                                                 QStringLiteral(";;") + tr("All files (*)")));
}

void CompareWindow::removePartner()
{
    qDeleteAll(m_partners->selectedItems());
    updateButtons();
}

void CompareWindow::updateButtons()
{
    m_remove->setEnabled(!m_partners->selectedItems().isEmpty());
    m_run->setEnabled(m_partners->count() > 0);
}

void CompareWindow::compare()
{
    if (!m_own)
        return;
    QList<CitySummary> summaries;
    QStringList problems;
    Result<CitySummary> own = CitySummary::read(m_own->database(), m_own->path(), m_today);
    if (!own) {
        m_problems->setText(own.error().message);
        m_problems->show();
        return;
    }
    summaries << own.take();
    for (const QString& path : partnerFiles()) {
        Result<CitySummary> partner = ComparedFile::summarise(path, m_today);
        if (partner)
            summaries << partner.take();
        else
            problems << tr("Left out: %1").arg(TextLimits::shortened(partner.error().message));
    }
    m_comparison = CityComparison(std::move(summaries));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    QStringList warnings;
    for (const CityComparison::Warning& w : m_comparison.warnings())
        warnings << TextLimits::shortened(w.message);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    m_themes->setComparison(m_comparison);
    m_plan->setComparison(m_comparison);
    m_budget->setComparison(m_comparison);
    m_practices->setComparison(m_comparison);
    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    for (const CityComparison::Table& t : m_comparison.tables())
        m_checklist->addItem(TextLimits::shortened(t.title), t.key);
    m_checklist->setVisible(m_checklist->count() > 1);
    m_tabs->setEnabled(true);
    showChecklist(0);
}

void CompareWindow::showChecklist(int index)
{
    m_areas->setComparison(m_comparison, index);
    const QList<CityComparison::Table>& tables = m_comparison.tables();
    const int cities = int(m_comparison.cities().size());
    if (index < 0 || index >= tables.size()) {
        m_chart->setChart(ScoreChart());
        return;
    }
    const CityComparison::Table& t = tables.at(index);
    QStringList titles;
    for (const CityComparison::AreaRow& a : t.areas)
        titles << a.title;
    QList<ScoreChart::Series> series;
    for (int c = 0; c < qMin(cities, ScoreChart::maxCities); ++c) {
        ScoreChart::Series s;
        s.label = m_comparison.cities().at(c).name;
        for (const CityComparison::AreaRow& a : t.areas) {
            const CityComparison::Cell& cell = a.cells.at(c);
            s.scores << cell.score;
            s.coverage << cell.coverage;
            s.answered << cell.answered;
            s.items << cell.items;
        }
        series << s;
    }
    m_chart->setChart(ScoreChart::forCities(titles, series));
    // A network's many cities: the table holds them all, the chart the first ones.
    m_chartNote->setText(tr("The chart shows the first %1 cities; the table below shows all %2.")
                             .arg(ScoreChart::maxCities)
                             .arg(cities));
    m_chartNote->setVisible(cities > ScoreChart::maxCities);
}
