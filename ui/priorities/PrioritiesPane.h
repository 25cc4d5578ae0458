// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"
#include "shell/PaneContext.h"

class ConsultationsPanel;
class EvidencePanel;
class MessageBar;
class PlanDocumentWidget;
class PrioritiesModel;
class PriorityForm;
class QAction;
class QPushButton;
class QTabWidget;
class QTableView;

// The priorities document (MC2CM's policy component): on the left the ranked priorities and
// the document's introduction and method, on the right the selected priority with its
// evidence and consultations. Every edit is an undo step stored in the file at once; the
// council's adoption is one step too (AdoptPlanCommand).
class PrioritiesPane : public Pane
{
    Q_OBJECT

public:
    explicit PrioritiesPane(const PaneContext& context, QWidget* parent = nullptr);
    ~PrioritiesPane() override;

    QList<QAction*> viewActions() const override;
    void setReadOnly(bool readOnly) override;
    bool showRecord(const QString& table, const QString& id) override;

    QString currentPriorityId() const;
    void commitPendingEdits();
    // Asks for the day of the council's vote and records the adoption.
    void recordAdoption();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* makeRankingTab();
    QWidget* makeDetailTabs();
    void addPriority();
    void removePriority();
    void moveBy(int step);
    void onCurrentChanged();
    void updateButtons();
    void showMessage(const QString& message);

    PaneContext m_context;
    bool m_readOnly = false;
    MessageBar* m_message;
    PrioritiesModel* m_model;
    QTabWidget* m_leftTabs;
    QTabWidget* m_detailTabs = nullptr;
    QTableView* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    PlanDocumentWidget* m_document = nullptr;
    PriorityForm* m_form = nullptr;
    EvidencePanel* m_evidence = nullptr;
    ConsultationsPanel* m_consultations = nullptr;
    QAction* m_adoptAction;
};
