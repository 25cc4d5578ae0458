// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditPlanDocumentCommand.h"
#include "plan/PlanDocument.h"
#include "shell/PaneContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class RichTextEditor;

// The priorities document around its priorities: its title, whether the council adopted it,
// and its introduction and method as rich text. Every change is an undo step stored at once;
// undo and edits made elsewhere show here as the file announces them.
class PlanDocumentWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDocumentWidget(const PaneContext& context, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    void commitPendingEdits();

signals:
    void messageChanged(const QString& message);
    // "Record the council's adoption…" was clicked.
    void adoptionRequested();

private:
    void show(const PlanDocument& document);
    void push(EditPlanDocumentCommand::Field field, const QString& before, const QString& after,
              int session, const QString& text);
    void commitTitle();

    PaneContext m_context;
    PlanDocument m_stored;
    QLineEdit* m_title;
    QLabel* m_adopted;
    QPushButton* m_adopt;
    RichTextEditor* m_introduction;
    RichTextEditor* m_method;
    bool m_readOnly = false;
    int m_titleSessions = 0;
};
