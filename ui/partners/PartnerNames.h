// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/PartnerCity.h"

#include <QHash>
#include <QObject>

class ExchangeRepository;

// The file's partner cities by id, kept in step with the repository: what the exchanges and
// practices tables need to name a record's partner or origin, and the partner editor to offer
// the choices. changed() follows any partner's addition, edit or removal.
class PartnerNames : public QObject
{
    Q_OBJECT

public:
    explicit PartnerNames(ExchangeRepository& repository, QObject* parent = nullptr);

    // The partner's name; empty for none or an id the file does not have.
    QString name(const QString& partnerId) const;
    bool contains(const QString& partnerId) const { return m_byId.contains(partnerId); }
    // By name, as the repository lists them.
    const QList<PartnerCity>& partners() const { return m_partners; }

signals:
    void changed();

private:
    void reload();

    ExchangeRepository& m_repository;
    QList<PartnerCity> m_partners;
    QHash<QString, qsizetype> m_byId; // index in m_partners
};
