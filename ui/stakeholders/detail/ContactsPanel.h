// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class ContactsModel;
class MessageBar;
class QTableView;
class RecordTablePanel;

// The contact persons of the selected stakeholder, marked as personal data: added, edited in
// place and removed, each an undo step, in the shared record table (RecordTablePanel).
class ContactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPanel(const PaneContext& context, QWidget* parent = nullptr);

    ContactsModel* model() const { return m_model; }
    QTableView* view() const;
    void setStakeholder(const QString& stakeholderId);
    void setReadOnly(bool readOnly);

private:
    QWidget* makeNotice();

    ContactsModel* m_model;
    MessageBar* m_message;
    RecordTablePanel* m_table;
};
