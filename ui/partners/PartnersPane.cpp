// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnersPane.h"

#include "ChoiceDelegate.h"
#include "ExchangesModel.h"
#include "PartnerCitiesModel.h"
#include "PartnerNames.h"
#include "PracticesModel.h"
#include "RecordForm.h"
#include "city/Repositories.h"
#include "common/OptionalDateDelegate.h"
#include "common/RecordRoles.h"
#include "common/RecordSortProxy.h"
#include "common/RecordTablePanel.h"
#include "common/ThemeDelegate.h"
#include "common/ThemeNames.h"
#include "exchange/PracticeSearch.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

PartnersPane::PartnersPane(const PaneContext& context, QWidget* parent)
    : Pane(parent), m_context(context), m_message(new MessageBar(this)),
      m_tabs(new QTabWidget(this)), m_themes(new ThemeNames(context.repositories.themes(), this)),
      m_partnerNames(new PartnerNames(context.repositories.exchange(), this)),
      m_search(new PracticeSearch(context.repositories.exchange(), this)),
      m_partners(new PartnerCitiesModel(context, this)),
      m_exchanges(new ExchangesModel(context, *m_partnerNames, *m_themes, this)),
      m_practices(new PracticesModel(context, *m_partnerNames, *m_themes, *m_search, this))
{
    setObjectName(QStringLiteral("partnersPane"));
    m_tabs->setObjectName(QStringLiteral("partnersTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(makePartnersTab(), tr("Pa&rtners"));
    m_tabs->addTab(makeExchangesTab(), tr("E&xchanges"));
    m_tabs->addTab(makePracticesTab(), tr("&Good practices"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    for (RecordTableModel* model :
         std::initializer_list<RecordTableModel*>{m_partners, m_exchanges, m_practices})
        connect(model, &RecordTableModel::messageChanged, this, &PartnersPane::showMessage);
    setReadOnly(context.file.isReadOnly());
}

PartnersPane::~PartnersPane()
{
    // The file is still open here (the shell closes panes first): text typed just before
    // closing must reach it.
    commitPendingEdits();
}

QWidget* PartnersPane::makePartnersTab()
{
    m_partnersPanel =
        new RecordTablePanel(m_partners, QStringLiteral("partners"),
                             {tr("Add a partner city"), tr("Remove"),
                              tr("Remove the selected partner cities"), tr("Partner cities")});
    QTableView* view = m_partnersPanel->view();
    view->setItemDelegateForColumn(
        PartnerCitiesModel::Role,
        new ChoiceDelegate(
            [] {
                QList<ChoiceDelegate::Choice> choices;
                for (PartnerCity::Role role : PartnerCity::allRoles())
                    choices.append({PartnerCity::label(role), PartnerCity::toText(role)});
                return choices;
            },
            QStringLiteral("roleEditor"), view));
    setDateDelegate(m_partnersPanel, PartnerCitiesModel::Since, tr("The partnership's start date"));
    setDateDelegate(m_partnersPanel, PartnerCitiesModel::Until, tr("The partnership's end date"));
    // The contact's details and the notes are edited under the table, where they fit.
    for (int column : {PartnerCitiesModel::ContactEmail, PartnerCitiesModel::ContactPhone,
                       PartnerCitiesModel::CityId, PartnerCitiesModel::Notes})
        view->setColumnHidden(column, true);

    auto* form = new RecordForm(view);
    form->setObjectName(QStringLiteral("partnerForm"));
    form->addLine(PartnerCitiesModel::ContactName, tr("Contact &person:"),
                  QStringLiteral("partnerContactName"));
    form->addLine(PartnerCitiesModel::ContactEmail, tr("E-&mail:"),
                  QStringLiteral("partnerContactEmail"));
    form->addLine(PartnerCitiesModel::ContactPhone, tr("Pho&ne:"),
                  QStringLiteral("partnerContactPhone"));
    form->addLine(PartnerCitiesModel::CityId, tr("Partner's &city identifier:"),
                  QStringLiteral("partnerCityId"));
    form->addText(PartnerCitiesModel::Notes, tr("N&otes:"), QStringLiteral("partnerNotes"), 3);
    QPushButton* duplicate =
        makeDuplicate(m_partnersPanel, QStringLiteral("partnersDuplicate"),
                      [this](int row) { return m_partners->duplicateRecord(row); });
    return makePage(tr("The cities yours is twinned with in a network (IncluCities, MC2CM), as "
                       "mentor, mentee or peer, with the twinning's dates. The contact person "
                       "is personal data: it is left out when the file is shared."),
                    m_partnersPanel, duplicate, form);
}

QWidget* PartnersPane::makeExchangesTab()
{
    m_exchangesPanel = new RecordTablePanel(m_exchanges, QStringLiteral("exchanges"),
                                            {tr("Add an exchange"), tr("Remove"),
                                             tr("Remove the selected exchanges"), tr("Exchanges")});
    QTableView* view = m_exchangesPanel->view();
    view->setItemDelegateForColumn(
        ExchangesModel::Kind,
        new ChoiceDelegate(
            [] {
                QList<ChoiceDelegate::Choice> choices;
                for (Exchange::Kind kind : Exchange::allKinds())
                    choices.append({Exchange::label(kind), Exchange::toText(kind)});
                return choices;
            },
            QStringLiteral("kindEditor"), view));
    view->setItemDelegateForColumn(
        ExchangesModel::Partner, new ChoiceDelegate([this] { return partnerChoices(); },
                                                    QStringLiteral("exchangePartnerEditor"), view));
    view->setItemDelegateForColumn(ExchangesModel::Theme,
                                   new ThemeDelegate(m_context.repositories.themes(), view));
    setDateDelegate(m_exchangesPanel, ExchangesModel::Start, tr("The start date"));
    setDateDelegate(m_exchangesPanel, ExchangesModel::End, tr("The end date"));
    for (int column : {ExchangesModel::Participants, ExchangesModel::Lessons})
        view->setColumnHidden(column, true);

    auto* form = new RecordForm(view);
    form->setObjectName(QStringLiteral("exchangeForm"));
    form->addText(ExchangesModel::Participants, tr("Parti&cipants:"),
                  QStringLiteral("exchangeParticipants"), 2);
    form->addText(ExchangesModel::Lessons, tr("&Lessons learned:"),
                  QStringLiteral("exchangeLessons"), 5);
    QPushButton* duplicate =
        makeDuplicate(m_exchangesPanel, QStringLiteral("exchangesDuplicate"),
                      [this](int row) { return m_exchanges->duplicateRecord(row); });
    return makePage(tr("Study visits, peer-learning meetings, training academies and online "
                       "meetings, with what was learned. Participants' names are personal "
                       "data: they are left out when the file is shared."),
                    m_exchangesPanel, duplicate, form);
}

QWidget* PartnersPane::makePracticesTab()
{
    m_practicesPanel =
        new RecordTablePanel(m_practices, QStringLiteral("practices"),
                             {tr("Add a good practice"), tr("Remove"),
                              tr("Remove the selected good practices"), tr("Good practices")});
    QTableView* view = m_practicesPanel->view();
    view->setItemDelegateForColumn(PracticesModel::Theme,
                                   new ThemeDelegate(m_context.repositories.themes(), view));
    view->setItemDelegateForColumn(
        PracticesModel::Partner, new ChoiceDelegate([this] { return partnerChoices(); },
                                                    QStringLiteral("practicePartnerEditor"), view));
    for (int column : {PracticesModel::Description, PracticesModel::Source})
        view->setColumnHidden(column, true);

    auto* form = new RecordForm(view);
    form->setObjectName(QStringLiteral("practiceForm"));
    form->addText(PracticesModel::Description, tr("Descri&ption:"),
                  QStringLiteral("practiceDescription"), 4);
    form->addLine(PracticesModel::Source, tr("S&ource:"), QStringLiteral("practiceSource"));

    // Searched at each key: the index is in memory and the library is a few hundred entries.
    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("practicesSearch"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setPlaceholderText(tr("Words of the title, city, description, source or tags"));
    connect(m_searchField, &QLineEdit::textChanged, m_practices, &PracticesModel::setSearch);
    connect(m_practices, &PracticesModel::searchCleared, m_searchField, [this] {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->clear();
    });
    auto* label = new QLabel(tr("&Search:"));
    label->setBuddy(m_searchField);
    auto* search = new QWidget;
    auto* searchLayout = new QHBoxLayout(search);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(label);
    searchLayout->addWidget(m_searchField, 1);

    QPushButton* duplicate =
        makeDuplicate(m_practicesPanel, QStringLiteral("practicesDuplicate"),
                      [this](int row) { return m_practices->duplicateRecord(row); });
    return makePage(tr("What your city does well and what you learn from partner cities. "
                       "“From” says where each practice came from: this city, or the partner "
                       "whose file it was taken from."),
                    m_practicesPanel, duplicate, form, search);
}

QWidget* PartnersPane::makePage(const QString& intro, RecordTablePanel* panel,
                                QPushButton* duplicate, RecordForm* form, QWidget* top)
{
    m_forms << form;
    // Beside Add and Remove: the panel's second row is its buttons and summary.
    if (auto* buttons = qobject_cast<QBoxLayout*>(panel->layout()->itemAt(1)->layout()))
        buttons->insertWidget(2, duplicate);
    auto* page = new QWidget;
    auto* label = new QLabel(intro, page);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    if (top)
        layout->addWidget(top);
    layout->addWidget(panel, 1);
    layout->addWidget(form);
    return page;
}

QPushButton* PartnersPane::makeDuplicate(RecordTablePanel* panel, const QString& name,
                                         const std::function<int(int)>& duplicate)
{
    auto* button = new QPushButton(tr("Duplicate"), panel);
    button->setObjectName(name);
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    button->setToolTip(tr("Add a copy of the selected record"));
    m_duplicates << button;
    QTableView* view = panel->view();
    const auto update = [this, button, view] {
        button->setEnabled(!m_readOnly && view->selectionModel()->selectedRows().size() == 1);
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, button, update);
    connect(button, &QPushButton::clicked, this, [panel, view, duplicate] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return;
        const int row = duplicate(panel->proxy()->mapToSource(rows.first()).row());
        if (row < 0)
            return;
        const QModelIndex shown =
            panel->proxy()->mapFromSource(panel->proxy()->sourceModel()->index(row, 0));
        view->selectRow(shown.row());
        view->scrollTo(shown);
    });
    update();
    return button;
}

QList<ChoiceDelegate::Choice> PartnersPane::partnerChoices() const
{
    QList<ChoiceDelegate::Choice> choices{{tr("No partner city"), QString()}};
    for (const PartnerCity& p : m_partnerNames->partners())
        choices.append({p.name, p.meta.id});
    return choices;
}

void PartnersPane::setDateDelegate(RecordTablePanel* panel, int column, const QString& field)
{
    auto* delegate = new OptionalDateDelegate(field, panel->view());
    connect(delegate, &OptionalDateDelegate::problem, this, &PartnersPane::showMessage);
    panel->view()->setItemDelegateForColumn(column, delegate);
}

void PartnersPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (RecordTablePanel* panel : {m_partnersPanel, m_exchangesPanel, m_practicesPanel})
        panel->setReadOnly(readOnly);
    for (RecordForm* form : std::as_const(m_forms))
        form->setReadOnly(readOnly);
    for (QPushButton* button : std::as_const(m_duplicates))
        button->setEnabled(false);
}

bool PartnersPane::focusFilter()
{
    m_tabs->setCurrentIndex(2);
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
    return true;
}

bool PartnersPane::showRecord(const QString& table, const QString& id)
{
    RecordTablePanel* panel = nullptr;
    if (table == QLatin1String("partner_city"))
        panel = m_partnersPanel;
    else if (table == QLatin1String("exchange"))
        panel = m_exchangesPanel;
    else if (table == QLatin1String("good_practice"))
        panel = m_practicesPanel;
    if (!panel)
        return false;
    if (panel == m_practicesPanel && !m_searchField->text().isEmpty())
        m_searchField->clear(); // the practice may be one the search hides
    QAbstractItemModel* shown = panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(RecordRoles::IdRole) == id) {
            m_tabs->setCurrentWidget(panel->parentWidget());
            panel->view()->selectRow(row);
            panel->view()->scrollTo(index);
            return true;
        }
    }
    return false;
}

void PartnersPane::commitPendingEdits()
{
    for (RecordForm* form : std::as_const(m_forms))
        form->commit();
}

void PartnersPane::hideEvent(QHideEvent* event)
{
    commitPendingEdits();
    Pane::hideEvent(event);
}

void PartnersPane::showMessage(const QString& message)
{
    m_message->showMessage(message);
}
