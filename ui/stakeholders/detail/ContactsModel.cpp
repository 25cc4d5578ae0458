// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsModel.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/TextLimits.h"
#include "shell/FileEdits.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

using Repo = StakeholderRepository;

ContactsModel::ContactsModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
    Repo* repo = &context.repositories.stakeholders();
    connect(repo, &Repo::contactAdded, this, &ContactsModel::onAdded);
    connect(repo, &Repo::contactUpdated, this, &ContactsModel::onUpdated);
    connect(repo, &Repo::contactRemoved, this, &ContactsModel::onRemoved);
}

void ContactsModel::setStakeholder(const QString& stakeholderId)
{
    if (stakeholderId == m_stakeholderId)
        return;
    beginResetModel();
    m_stakeholderId = stakeholderId;
    m_contacts = stakeholderId.isEmpty()
                     ? QList<ContactPerson>()
                     : m_context.repositories.stakeholders().contacts(stakeholderId);
    endResetModel();
}

int ContactsModel::rowOf(const QString& contactId) const
{
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).meta.id == contactId)
            return i;
    }
    return -1;
}

int ContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactPerson& c = m_contacts.at(index.row());
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly || m_context.file.isReadOnly())
        return f;
    return f | (index.column() == Consent ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool ContactsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || m_context.file.isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ContactPerson before = m_contacts.at(index.row());
    ContactPerson after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Name:
        after.name = text;
        break;
    case Role:
        after.role = text;
        break;
    case Email:
        after.email = text;
        break;
    case Phone:
        after.phone = text;
        break;
    case Language:
        after.preferredLanguage = text;
        break;
    case Consent:
        if (role != Qt::CheckStateRole)
            return false;
        after.consentToContact = value.toInt() == Qt::Checked;
        break;
    }
    if (index.column() != Consent && role != Qt::EditRole)
        return false;
    if (after == before)
        return true;
    if (std::optional<Error> e = m_context.repositories.stakeholders().validate(after)) {
        emit messageChanged(e->message);
        return false;
    }
    return store(new EditRecordCommand<Repo, ContactPerson>(
        &m_context.file, m_context.repositories.stakeholders(), before, after,
        tr("Edit contact “%1”").arg(after.name)));
}

QString ContactsModel::addContact(const QString& name)
{
    if (m_stakeholderId.isEmpty() || m_readOnly)
        return {};
    ContactPerson contact;
    contact.stakeholderId = m_stakeholderId;
    contact.name = name;
    auto* command = new AddRecordCommand<Repo, ContactPerson>(
        &m_context.file, m_context.repositories.stakeholders(), contact,
        tr("Add contact “%1”").arg(name));
    if (!store(command))
        return {};
    // The command keeps the record as stored, identity included.
    return command->record().meta.id;
}

void ContactsModel::removeRows(const QList<int>& rows)
{
    if (m_readOnly || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        commands << new RemoveRecordCommand<Repo, ContactPerson>(
            &m_context.file, m_context.repositories.stakeholders(), m_contacts.at(row),
            tr("Remove contact “%1”").arg(m_contacts.at(row).name));
    }
    emit messageChanged(FileEdits::push(m_context, commands,
                                        tr("Remove %n contact(s)", nullptr, int(commands.size()))));
}

bool ContactsModel::store(QUndoCommand* command)
{
    const QString failure = FileEdits::push(m_context, {command});
    emit messageChanged(failure);
    return failure.isEmpty();
}

void ContactsModel::onAdded(const ContactPerson& contact)
{
    if (contact.stakeholderId != m_stakeholderId || rowOf(contact.meta.id) >= 0)
        return onUpdated(contact);
    const int row = int(m_contacts.size());
    beginInsertRows({}, row, row);
    m_contacts.append(contact);
    endInsertRows();
}

void ContactsModel::onUpdated(const ContactPerson& contact)
{
    const int row = rowOf(contact.meta.id);
    if (row < 0) {
        if (contact.stakeholderId == m_stakeholderId)
            onAdded(contact);
        return;
    }
    if (contact.stakeholderId != m_stakeholderId)
        return onRemoved(contact.meta.id);
    m_contacts[row] = contact;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactsModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
}
