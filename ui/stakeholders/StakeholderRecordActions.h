// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/Stakeholder.h"

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

// Add, Duplicate and Delete for the stakeholders selected: each one undo step however many
// rows it touches, the deletion confirmed first with what goes with it.
class StakeholderRecordActions : public QObject
{
    Q_OBJECT

public:
    // parent: the widget the confirmation is asked over. The owner places the actions where
    // their shortcuts make sense (Delete on the views, not in a text field).
    StakeholderRecordActions(const PaneContext& context, QWidget* parent);

    QAction* addAction() const { return m_add; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QList<QAction*> actions() const { return {m_add, m_duplicate, m_delete}; }

    void setSelection(const QStringList& ids);
    void setReadOnly(bool readOnly);

    // A name no stakeholder has yet: base, else "base 2", "base 3"...
    QString uniqueName(const QString& base) const;

signals:
    // Stakeholders were made (Add, Duplicate): they are to be selected, and a single one's
    // name offered for typing over.
    void created(const QStringList& ids);
    void messageChanged(const QString& message);

private:
    void addStakeholder();
    void duplicateSelected();
    void deleteSelected();
    QList<Stakeholder> selectedStakeholders() const;
    void updateActions();

    PaneContext m_context;
    QWidget* m_parent;
    QAction* m_add;
    QAction* m_duplicate;
    QAction* m_delete;
    QStringList m_selection;
    bool m_readOnly = false;
};
