// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsModel.h"

#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "storage/CityFile.h"

using Repo = StakeholderRepository;

ContactsModel::ContactsModel(const PaneContext& context, QObject* parent)
    : RecordListModel(context, context.repositories.stakeholders(),
                      {nullptr, &Repo::contactAdded, &Repo::contactUpdated, &Repo::contactRemoved},
                      parent)
{
}

void ContactsModel::setStakeholder(const QString& stakeholderId)
{
    if (stakeholderId == m_stakeholderId)
        return;
    m_stakeholderId = stakeholderId;
    setRecords(stakeholderId.isEmpty() ? QList<ContactPerson>()
                                       : repository().contacts(stakeholderId));
}

int ContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactPerson& c = record(index.row());
    if (index.column() == Consent) {
        if (role == Qt::CheckStateRole)
            return c.consentToContact ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.consentToContact ? tr("Agreed") : tr("Not given");
        if (role == Qt::ToolTipRole)
            return tr("Whether the person agreed to be contacted; check it before any mailing.");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return TextLimits::forRole(c.name, role);
    case Role:
        return TextLimits::forRole(c.role, role);
    case Email:
        return TextLimits::forRole(c.email, role);
    case Phone:
        return TextLimits::forRole(c.phone, role);
    case Language:
        return TextLimits::forRole(c.preferredLanguage, role);
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Language:
        return tr("Preferred language");
    case Consent:
        return tr("Consent to be contacted");
    }
    return {};
}

Qt::ItemFlags ContactsModel::flags(const QModelIndex& index) const
{
    // Personal data is never changed in a file opened read-only, whatever the view was told.
    if (file().isReadOnly())
        return QAbstractTableModel::flags(index);
    // The consent is a check box, ticked rather than typed.
    Qt::ItemFlags f = RecordListModel::flags(index);
    if (index.isValid() && index.column() == Consent && !isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ContactsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (file().isReadOnly())
        return false;
    if (index.column() != Consent)
        return RecordListModel::setData(index, value, role);
    if (role != Qt::CheckStateRole)
        return false;
    return RecordListModel::setData(index, value, Qt::EditRole);
}

bool ContactsModel::canAddRecord() const
{
    return !m_stakeholderId.isEmpty() && RecordListModel::canAddRecord();
}

int ContactsModel::addRecord()
{
    return canAddRecord() ? RecordListModel::addRecord() : -1;
}

bool ContactsModel::belongs(const ContactPerson& contact) const
{
    return !m_stakeholderId.isEmpty() && contact.stakeholderId == m_stakeholderId;
}

ContactPerson ContactsModel::newRecord() const
{
    ContactPerson contact;
    contact.stakeholderId = m_stakeholderId;
    contact.name = tr("New contact");
    return contact;
}

bool ContactsModel::setField(ContactPerson& contact, int column, const QVariant& value)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case Name:
        contact.name = text;
        return true;
    case Role:
        contact.role = text;
        return true;
    case Email:
        contact.email = text;
        return true;
    case Phone:
        contact.phone = text;
        return true;
    case Language:
        contact.preferredLanguage = text;
        return true;
    case Consent:
        contact.consentToContact = value.toInt() == Qt::Checked;
        return true;
    }
    return false;
}

QString ContactsModel::addText() const
{
    return tr("Add contact “%1”").arg(tr("New contact"));
}

QString ContactsModel::editText(const ContactPerson& contact) const
{
    return tr("Edit contact “%1”").arg(contact.name);
}

QString ContactsModel::removeText(const ContactPerson& contact) const
{
    return tr("Remove contact “%1”").arg(contact.name);
}

QString ContactsModel::removeManyText(int count) const
{
    return tr("Remove %n contact(s)", nullptr, count);
}
