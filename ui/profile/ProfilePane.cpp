// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilePane.h"

#include "CityIdentityWidget.h"
#include "DistrictsModel.h"
#include "FiguresModel.h"
#include "NarrativeWidget.h"
#include "OriginsModel.h"
#include "city/Repositories.h"
#include "common/NumberDelegate.h"
#include "common/RecordRoles.h"
#include "common/RecordTablePanel.h"
#include "common/ThemeDelegate.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ProfilePane::ProfilePane(const PaneContext& context, QWidget* parent)
    : Pane(parent), m_context(context), m_message(new MessageBar(this)),
      m_tabs(new QTabWidget(this)), m_figures(new FiguresModel(context, this)),
      m_origins(new OriginsModel(context, this)), m_districts(new DistrictsModel(context, this))
{
    setObjectName(QStringLiteral("profilePane"));
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setDocumentMode(true);
    // Long tab titles (French, Greek) scroll rather than squeeze the pane's minimum width.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);

    m_tabs->addTab(makeCityTab(), tr("City and &key figures"));
    m_tabs->addTab(makeOriginsTab(), tr("&Origins of migrants"));
    m_tabs->addTab(makeDistrictsTab(), tr("&Districts"));
    m_narrative = new NarrativeWidget(context, m_tabs);
    m_tabs->addTab(m_narrative, tr("N&arrative"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    for (RecordTableModel* model :
         std::initializer_list<RecordTableModel*>{m_figures, m_origins, m_districts})
        connect(model, &RecordTableModel::messageChanged, this, &ProfilePane::showMessage);
    connect(m_identity, &CityIdentityWidget::messageChanged, this, &ProfilePane::showMessage);
    connect(m_narrative, &NarrativeWidget::messageChanged, this, &ProfilePane::showMessage);
    m_identity->reload();

    setReadOnly(context.file.isReadOnly());
}

ProfilePane::~ProfilePane()
{
    // The file is still open here (the shell closes panes first); text typed just before
    // closing must reach it.
    commitPendingEdits();
}

void ProfilePane::setReadOnly(bool readOnly)
{
    m_identity->setReadOnly(readOnly);
    m_figuresPanel->setReadOnly(readOnly);
    m_originsPanel->setReadOnly(readOnly);
    m_districtsPanel->setReadOnly(readOnly);
    m_narrative->setReadOnly(readOnly);
}

bool ProfilePane::showRecord(const QString& table, const QString& id)
{
    const int row = table == QLatin1String("profile_figure") ? m_figures->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    QTableView* view = m_figuresPanel->view();
    // The view may sort: the row is found through its model, whichever it is.
    const QModelIndex source = m_figures->index(row, 0);
    QModelIndex shown = source;
    if (view->model() != m_figures) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(RecordRoles::IdRole) == id)
                shown = view->model()->index(r, 0);
        }
    }
    view->selectRow(shown.row());
    view->scrollTo(shown);
    return true;
}

void ProfilePane::commitPendingEdits()
{
    m_identity->commit();
    m_narrative->commitPendingEdits();
}

void ProfilePane::hideEvent(QHideEvent* event)
{
    commitPendingEdits();
    Pane::hideEvent(event);
}

QWidget* ProfilePane::makeCityTab()
{
    auto* identityBox = new QGroupBox(tr("The city"));
    m_identity = new CityIdentityWidget(m_context, identityBox);
    auto* identityLayout = new QVBoxLayout(identityBox);
    identityLayout->addWidget(m_identity);

    auto* figuresBox = new QGroupBox(tr("Key figures"));
    m_figuresPanel = new RecordTablePanel(
        m_figures, QStringLiteral("figures"),
        {tr("Add a figure"), tr("Remove"), tr("Remove the selected figures"), tr("Key figures")},
        figuresBox);
    QTableView* view = m_figuresPanel->view();
    view->setItemDelegateForColumn(FiguresModel::Value,
                                   numberDelegate(NumberDelegate::decimal(), view));
    view->setItemDelegateForColumn(FiguresModel::Year,
                                   numberDelegate(NumberDelegate::year(), view));
    view->setItemDelegateForColumn(FiguresModel::Theme,
                                   new ThemeDelegate(m_context.repositories.themes(), view));
    auto* figuresLayout = new QVBoxLayout(figuresBox);
    auto* intro = new QLabel(tr("The few numbers that tell the city's migration story, each "
                                "with its year and source so that a reader can check it."));
    intro->setWordWrap(true);
    figuresLayout->addWidget(intro);
    figuresLayout->addWidget(m_figuresPanel, 1);

    // No scroll area around the tab: the table scrolls its own rows, and a page that also
    // scrolled would put one scroll bar beside another. The table keeps a few rows in sight
    // on a laptop's screen; the identity above takes only the height of its fields.
    QHeaderView* header = view->horizontalHeader();
    view->setMinimumHeight(header->sizeHint().height() +
                           4 * view->verticalHeader()->defaultSectionSize() +
                           2 * view->frameWidth());
    identityBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("cityTab"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(identityBox);
    layout->addWidget(figuresBox, 1);
    return page;
}

QWidget* ProfilePane::makeOriginsTab()
{
    m_originsPanel =
        new RecordTablePanel(m_origins, QStringLiteral("origins"),
                             {tr("Add an origin"), tr("Remove"), tr("Remove the selected origins"),
                              tr("Origins of migrants")});
    QTableView* view = m_originsPanel->view();
    view->setItemDelegateForColumn(OriginsModel::Number,
                                   numberDelegate(NumberDelegate::count(), view));
    view->setItemDelegateForColumn(OriginsModel::Year,
                                   numberDelegate(NumberDelegate::year(), view));
    return wrapWithIntro(tr("Migrants living in the city by country of origin. Give each figure "
                            "its year and its source (census, register, survey)."),
                         m_originsPanel);
}

QWidget* ProfilePane::makeDistrictsTab()
{
    m_districtsPanel = new RecordTablePanel(
        m_districts, QStringLiteral("districts"),
        {tr("Add a district"), tr("Remove"), tr("Remove the selected districts"), tr("Districts")});
    QTableView* view = m_districtsPanel->view();
    const auto count = NumberDelegate::count(true);
    view->setItemDelegateForColumn(DistrictsModel::Population, numberDelegate(count, view));
    view->setItemDelegateForColumn(DistrictsModel::MigrantPopulation, numberDelegate(count, view));
    view->setItemDelegateForColumn(DistrictsModel::Year,
                                   numberDelegate(NumberDelegate::year(true), view));
    return wrapWithIntro(tr("Where migrants live in the city. Leave a figure empty when it is not "
                            "known; the share is worked out from the two populations."),
                         m_districtsPanel);
}

QWidget* ProfilePane::wrapWithIntro(const QString& intro, QWidget* content)
{
    auto* page = new QWidget;
    auto* label = new QLabel(intro, page);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return page;
}

NumberDelegate* ProfilePane::numberDelegate(const NumberDelegate::Range& range, QWidget* view)
{
    auto* delegate = new NumberDelegate(range, view);
    // A letter typed into a number is refused with its reason, where edits' refusals show.
    connect(delegate, &NumberDelegate::inputRefused, this, &ProfilePane::showMessage);
    return delegate;
}

void ProfilePane::showMessage(const QString& message)
{
    m_message->showMessage(message);
}
