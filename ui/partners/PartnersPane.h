// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChoiceDelegate.h"
#include "shell/Pane.h"
#include "shell/PaneContext.h"

#include <functional>

class ExchangesModel;
class MessageBar;
class PartnerCitiesModel;
class PartnerNames;
class PracticeSearch;
class PracticesModel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class RecordForm;
class RecordTablePanel;
class RecordTableModel;
class ThemeNames;

// Partner cities: the cities this one is twinned with (role, period, contact), the exchanges
// with them (visits, meetings, academies, with the lessons learned) and the good-practice
// library, the officer's own practices and those taken from partners, searched as one types.
class PartnersPane : public Pane
{
    Q_OBJECT

public:
    explicit PartnersPane(const PaneContext& context, QWidget* parent = nullptr);
    ~PartnersPane() override;

    void setReadOnly(bool readOnly) override;
    bool hasFilter() const override { return true; }
    // The good practices' search field.
    bool focusFilter() override;
    bool showRecord(const QString& table, const QString& id) override;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* makePartnersTab();
    QWidget* makeExchangesTab();
    QWidget* makePracticesTab();
    // A tab: an introduction, the table with its buttons and Duplicate, the form under it.
    QWidget* makePage(const QString& intro, RecordTablePanel* panel, QPushButton* duplicate,
                      RecordForm* form, QWidget* top = nullptr);
    QPushButton* makeDuplicate(RecordTablePanel* panel, const QString& name,
                               const std::function<int(int)>& duplicate);
    // No partner, then each partner city by name: for an exchange's or a practice's partner.
    QList<ChoiceDelegate::Choice> partnerChoices() const;
    void setDateDelegate(RecordTablePanel* panel, int column, const QString& field);
    void commitPendingEdits();
    void showMessage(const QString& message);

    PaneContext m_context;
    MessageBar* m_message;
    QTabWidget* m_tabs;
    ThemeNames* m_themes;
    PartnerNames* m_partnerNames;
    // Made before the practices' model: it must follow the repository first (PracticesModel).
    PracticeSearch* m_search;
    PartnerCitiesModel* m_partners;
    ExchangesModel* m_exchanges;
    PracticesModel* m_practices;
    RecordTablePanel* m_partnersPanel = nullptr;
    RecordTablePanel* m_exchangesPanel = nullptr;
    RecordTablePanel* m_practicesPanel = nullptr;
    QList<RecordForm*> m_forms;
    QList<QPushButton*> m_duplicates;
    QLineEdit* m_searchField = nullptr;
    bool m_readOnly = false;
};
