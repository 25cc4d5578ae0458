// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerNames.h"

#include "exchange/ExchangeRepository.h"

PartnerNames::PartnerNames(ExchangeRepository& repository, QObject* parent)
    : QObject(parent), m_repository(repository)
{
    reload();
    // A handful of partners per city: reading them again is cheaper than patching the list.
    const auto reloadAndTell = [this] {
        reload();
        emit changed();
    };
    connect(&repository, &ExchangeRepository::partnerAdded, this, reloadAndTell);
    connect(&repository, &ExchangeRepository::partnerUpdated, this, reloadAndTell);
    connect(&repository, &ExchangeRepository::partnerRemoved, this, reloadAndTell);
}

QString PartnerNames::name(const QString& partnerId) const
{
    const auto it = m_byId.constFind(partnerId);
    return it == m_byId.cend() ? QString() : m_partners.at(*it).name;
}

void PartnerNames::reload()
{
    m_partners = m_repository.partners();
    m_byId.clear();
    for (qsizetype i = 0; i < m_partners.size(); ++i)
        m_byId.insert(m_partners.at(i).meta.id, i);
}
