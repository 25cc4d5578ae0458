// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class ContactsModel;
class QPushButton;
class QTableView;
class MessageBar;

// The contact persons of the selected stakeholder, marked as personal data: added, edited in
// place and removed, each an undo step.
class ContactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPanel(const PaneContext& context, QWidget* parent = nullptr);

    ContactsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setStakeholder(const QString& stakeholderId);
    void setReadOnly(bool readOnly);

private:
    void addContact();
    void removeSelected();
    void updateButtons();

    ContactsModel* m_model;
    QTableView* m_view;
    MessageBar* m_message;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_readOnly = false;
};
