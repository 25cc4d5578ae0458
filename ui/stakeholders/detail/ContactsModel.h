// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "stakeholders/ContactPerson.h"
#include "stakeholders/StakeholderRepository.h"

// The contact persons of one stakeholder, edited in place: each change is an undo step stored
// at once, checked by the file first (a malformed e-mail or phone number is refused with the
// file's message). Follows the repository row by row, in the order the file lists them.
class ContactsModel : public RecordListModel<StakeholderRepository, ContactPerson>
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
    const ContactPerson& contact(int row) const { return record(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // A contact belongs to a stakeholder: none can be added before one is shown.
    bool canAddRecord() const override;
    int addRecord() override;

protected:
    bool isEditableColumn(int column) const override { return column != Consent; }
    bool belongs(const ContactPerson& contact) const override;
    ContactPerson newRecord() const override;
    // In the file's order: a contact added or brought back goes last, as the file lists it.
    bool sortsBefore(const ContactPerson&, const ContactPerson&) const override { return false; }
    bool setField(ContactPerson& contact, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const ContactPerson& contact) const override;
    QString removeText(const ContactPerson& contact) const override;
    QString removeManyText(int count) const override;

private:
    QString m_stakeholderId;
};
