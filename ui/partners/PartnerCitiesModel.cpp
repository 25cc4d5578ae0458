// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCitiesModel.h"

#include "PartnerCells.h"
#include "city/Repositories.h"
#include "common/RecordRoles.h"

PartnerCitiesModel::PartnerCitiesModel(const PaneContext& context, QObject* parent)
    : DuplicableListModel(context, context.repositories.exchange(),
                          {&ExchangeRepository::partners, &ExchangeRepository::partnerAdded,
                           &ExchangeRepository::partnerUpdated,
                           &ExchangeRepository::partnerRemoved},
                          parent)
{
}

int PartnerCitiesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerCitiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerCity& p = record(index.row());
    if (role == RecordRoles::IdRole)
        return p.meta.id;
    switch (Column(index.column())) {
    case Name:
        return PartnerCells::text(p.name, role);
    case Country:
        return PartnerCells::text(p.country, role);
    case Role:
        if (role == Qt::DisplayRole || role == RecordRoles::SortRole)
            return PartnerCity::label(p.role);
        if (role == Qt::EditRole)
            return PartnerCity::toText(p.role);
        return {};
    case Since:
        return PartnerCells::date(p.since, role);
    case Until:
        return PartnerCells::date(p.until, role);
    case ContactName:
        return PartnerCells::text(p.contactName, role);
    case ContactEmail:
        return PartnerCells::text(p.contactEmail, role);
    case ContactPhone:
        return PartnerCells::text(p.contactPhone, role);
    case CityId:
        return PartnerCells::text(p.partnerCityUuid, role);
    case Notes:
        return PartnerCells::text(p.notes, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PartnerCitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Partner city");
    case Country:
        return tr("Country");
    case Role:
        return tr("Role");
    case Since:
        return tr("Since");
    case Until:
        return tr("Until");
    case ContactName:
        return tr("Contact person");
    case ContactEmail:
        return tr("Contact's e-mail");
    case ContactPhone:
        return tr("Contact's phone");
    case CityId:
        return tr("Partner's city identifier");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

bool PartnerCitiesModel::setField(PartnerCity& partner, int column, const QVariant& value)
{
    const QString text = value.toString();
    switch (Column(column)) {
    case Name:
        partner.name = text.trimmed();
        break;
    case Country:
        partner.country = text.trimmed();
        break;
    case Role: {
        const std::optional<PartnerCity::Role> role = PartnerCity::fromText(text);
        if (!role)
            return refuse(tr("“%1” is not a role. Choose mentor, mentee or peer.").arg(text));
        partner.role = *role;
        break;
    }
    case Since:
        partner.since = value.toDate();
        break;
    case Until:
        partner.until = value.toDate();
        break;
    case ContactName:
        partner.contactName = text.trimmed();
        break;
    case ContactEmail:
        partner.contactEmail = text.trimmed();
        break;
    case ContactPhone:
        partner.contactPhone = text.trimmed();
        break;
    case CityId:
        partner.partnerCityUuid = text.trimmed();
        break;
    case Notes:
        partner.notes = text;
        break;
    case ColumnCount:
        return false;
    }
    return true;
}

PartnerCity PartnerCitiesModel::newRecord() const
{
    PartnerCity partner;
    partner.name = tr("New partner city");
    partner.since = QDate::currentDate();
    return partner;
}

bool PartnerCitiesModel::sortsBefore(const PartnerCity& partner, const PartnerCity& other) const
{
    // The file lists partners by name; a new one is placed as the next reading will place it.
    return partner.name < other.name;
}

QString PartnerCitiesModel::addText() const
{
    return tr("Add a partner city");
}

QString PartnerCitiesModel::editText(const PartnerCity& partner) const
{
    return tr("Edit the partner city “%1”").arg(partner.name);
}

QString PartnerCitiesModel::removeText(const PartnerCity& partner) const
{
    return tr("Remove the partner city “%1”").arg(partner.name);
}

QString PartnerCitiesModel::removeManyText(int count) const
{
    return tr("Remove %n partner city(ies)", nullptr, count);
}

QString PartnerCitiesModel::summary() const
{
    if (m_records.isEmpty())
        return tr("No partner city yet. Add the cities your city is twinned with, with their "
                  "role and a contact person.");
    int current = 0;
    const QDate today = QDate::currentDate();
    for (const PartnerCity& p : m_records)
        current += !p.until.isValid() || p.until >= today;
    return tr("%n partner city(ies), ", nullptr, int(m_records.size())) +
           tr("%n twinning(s) running today.", nullptr, current);
}

void PartnerCitiesModel::markAsCopy(PartnerCity& partner) const
{
    partner.name = tr("%1 (copy)").arg(partner.name);
    // Another city: the copy is not the same partner's file.
    partner.partnerCityUuid.clear();
}

QString PartnerCitiesModel::duplicateText(const PartnerCity& partner) const
{
    return tr("Duplicate the partner city “%1”").arg(partner.name);
}
