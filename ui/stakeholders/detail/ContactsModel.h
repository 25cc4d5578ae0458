// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/ContactPerson.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoCommand;

// The contact persons of one stakeholder, edited in place: each change is an undo step stored
// at once, checked by the file first (a malformed e-mail or phone number is refused with the
// file's message). Follows the repository row by row.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Email,
        Phone,
        Language,
        Consent,
        ColumnCount
    };

    explicit ContactsModel(const PaneContext& context, QObject* parent = nullptr);

    void setStakeholder(const QString& stakeholderId);
    QString stakeholderId() const { return m_stakeholderId; }
    const ContactPerson& contact(int row) const { return m_contacts.at(row); }
    int rowOf(const QString& contactId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Adds a contact named name to the stakeholder; returns its id, empty on failure.
    QString addContact(const QString& name);
    // Removes the contacts of these rows as one undo step.
    void removeRows(const QList<int>& rows);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    // Why an edit was refused; empty once an edit succeeds.
    void messageChanged(const QString& message);

private:
    void onAdded(const ContactPerson& contact);
    void onUpdated(const ContactPerson& contact);
    void onRemoved(const QString& id);
    bool store(QUndoCommand* command);

    PaneContext m_context;
    QString m_stakeholderId;
    QList<ContactPerson> m_contacts;
    bool m_readOnly = false;
};
