// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/NumberDelegate.h"
#include "shell/Pane.h"
#include "shell/PaneContext.h"

class CityIdentityWidget;
class DistrictsModel;
class FiguresModel;
class NarrativeWidget;
class OriginsModel;
class MessageBar;
class QTabWidget;
class RecordTablePanel;

// The city migration profile (MC2CM's knowledge component): the city's identity and key
// figures, the origins of its migrants, their distribution across districts, and the six
// narrative sections. Every edit is an undo step stored in the file at once.
class ProfilePane : public Pane
{
    Q_OBJECT

public:
    explicit ProfilePane(const PaneContext& context, QWidget* parent = nullptr);
    ~ProfilePane() override;

    void setReadOnly(bool readOnly) override;
    // "profile_figure": the key figures' tab with the figure selected.
    bool showRecord(const QString& table, const QString& id) override;

    // Stores what is being typed (a narrative burst, an identity field) before the file closes
    // or the pane is left.
    void commitPendingEdits();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* makeCityTab();
    QWidget* makeOriginsTab();
    QWidget* makeDistrictsTab();
    QWidget* wrapWithIntro(const QString& intro, QWidget* content);
    void showMessage(const QString& message);
    NumberDelegate* numberDelegate(const NumberDelegate::Range& range, QWidget* view);

    PaneContext m_context;
    MessageBar* m_message;
    QTabWidget* m_tabs;
    CityIdentityWidget* m_identity = nullptr;
    FiguresModel* m_figures;
    OriginsModel* m_origins;
    DistrictsModel* m_districts;
    RecordTablePanel* m_figuresPanel = nullptr;
    RecordTablePanel* m_originsPanel = nullptr;
    RecordTablePanel* m_districtsPanel = nullptr;
    NarrativeWidget* m_narrative = nullptr;
};
