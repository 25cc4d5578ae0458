// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class MessageBar;
class QAction;
class QComboBox;
class QToolBar;
class QTreeView;
class QUndoCommand;
class TemplateTreeModel;
struct ChecklistItem;

// "Areas and items": the city's checklists as they are asked. The officer adds areas and
// items, edits statements, guidance and themes in place, reorders (Move up / Move down,
// Alt+Up / Alt+Down), retires an item (its past answers still count in the rounds that gave
// them) or brings it back, deletes an item the city added that has no answers, and exports or
// imports a checklist as a JSON file. Every change is one undo step, stored at once.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(const PaneContext& context, QWidget* parent = nullptr);
    ~TemplateEditor() override;

    // The file is read-only: every way of editing is disabled (export stays available).
    void setReadOnly(bool readOnly);
    // Shows a checklist of the file (the first when the id is unknown).
    void showTemplate(const QString& templateId);
    QString templateId() const;
    TemplateTreeModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* makeAction(const QString& name, const QString& text, const QString& icon);
    void reloadTemplates();
    void updateActions();
    void showMessage(const QString& message);
    bool push(QUndoCommand* command);
    void select(const QModelIndex& index);
    QString currentAreaId() const;

    void addArea();
    void addItem();
    void move(int delta);
    void retire();
    void retireItem(const ChecklistItem& item);
    void bringBack();
    void remove();
    void exportTemplate();
    void importTemplate();

    PaneContext m_context;
    bool m_readOnly = false;
    TemplateTreeModel* m_model;
    MessageBar* m_message;
    QComboBox* m_templates;
    QToolBar* m_toolBar;
    QTreeView* m_tree;
    QAction* m_addArea;
    QAction* m_addItem;
    QAction* m_moveUp;
    QAction* m_moveDown;
    QAction* m_retire;
    QAction* m_bringBack;
    QAction* m_delete;
    QAction* m_export;
    QAction* m_import;
};
