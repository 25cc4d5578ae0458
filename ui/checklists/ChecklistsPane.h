// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"
#include "shell/PaneContext.h"

class AnswerPanel;
class AnswerView;
class AnswersModel;
class GapsModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class ScoresTab;
class TemplateEditor;

// The service-access checklists: pick an assessment round (or start, edit, delete one), answer
// its items with the keyboard, read the scores per area round over round, and list the gaps.
// Every edit is an undo step stored in the file at once.
class ChecklistsPane : public Pane
{
    Q_OBJECT

public:
    explicit ChecklistsPane(const PaneContext& context, QWidget* parent = nullptr);
    ~ChecklistsPane() override;

    void setReadOnly(bool readOnly) override;
    // "checklist_item": the Answering tab of the latest round with the item selected.
    bool showRecord(const QString& table, const QString& id) override;

    QString currentRoundId() const;
    // Shows a round in every tab; false when the file has no such round.
    bool showRound(const QString& roundId);
    // Opens the Answering tab on the item (a gap's double click).
    void showItem(const QString& itemId);
    // Stores evidence being typed before the pane hides or the file closes.
    void commitPendingEdits();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* makeRoundBar();
    QWidget* makeAnsweringTab();
    QWidget* makeGapsTab();
    void reloadRounds(const QString& select);
    void onRoundPicked(int index);
    void newRound();
    void editRound();
    void deleteRound();
    void goToNextUnanswered();
    void updateProgress();
    void updateActions();
    // Pushes PriorityFromGapCommand for the gap selected and shows the priority it made.
    void makePriorityFromGap();

    PaneContext m_context;
    bool m_readOnly = false;
    AnswersModel* m_answers;
    QComboBox* m_rounds = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_progress = nullptr;
    QTabWidget* m_tabs;
    AnswerView* m_view = nullptr;
    AnswerPanel* m_panel = nullptr;
    QPushButton* m_nextUnanswered = nullptr;
    ScoresTab* m_scores = nullptr;
    GapsModel* m_gaps = nullptr;
    TemplateEditor* m_template = nullptr;
    QTableView* m_gapsView = nullptr;
    QPushButton* m_makePriority = nullptr;
};
