// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Exchange.h"
#include "exchange/GoodPractice.h"
#include "exchange/PartnerCity.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QObject>

#include <optional>

// Twinning and exchange: partner cities, the exchanges with them and the good-practice
// library. Every write is one transaction; every change is announced so models update row by
// row, including the exchanges and practices that lose (or, on undo, regain) their partner.
class ExchangeRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit ExchangeRepository(RecordStore& store, QObject* parent = nullptr);
    ~ExchangeRepository() override;

    // By name.
    QList<PartnerCity> partners() const;
    std::optional<PartnerCity> partner(const QString& id) const;
    // The partner's city id is stored lowercase without braces; the record is updated to match.
    Result<void> add(PartnerCity& partner);
    Result<void> update(PartnerCity& partner);
    // Exchanges and good practices of the partner stay, without their partner.
    Result<RowSnapshot> remove(const PartnerCity& partner);

    // Oldest first (by start date, then title).
    QList<Exchange> exchanges() const;
    std::optional<Exchange> exchange(const QString& id) const;
    Result<void> add(Exchange& exchange);
    Result<void> update(Exchange& exchange);
    Result<RowSnapshot> remove(const Exchange& exchange);

    // By title.
    QList<GoodPractice> practices() const;
    std::optional<GoodPractice> practice(const QString& id) const;
    Result<void> add(GoodPractice& practice);
    Result<void> update(GoodPractice& practice);
    Result<RowSnapshot> remove(const GoodPractice& practice);

    // Puts back what a remove() took away (undo), with the same identities and references.
    Result<void> restore(const RowSnapshot& snapshot);

    // Validation: nullopt when the record may be stored. Members because references are
    // checked against the file.
    std::optional<Error> validate(const PartnerCity& partner) const;
    std::optional<Error> validate(const Exchange& exchange) const;
    std::optional<Error> validate(const GoodPractice& practice) const;

public slots:
    // Partners, exchanges and practices removed or put back, by whichever repository, and
    // the records whose partner or theme that cleared or set again (RecordStore::announcer()).
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void partnerAdded(const PartnerCity& partner);
    void partnerUpdated(const PartnerCity& partner);
    void partnerRemoved(const QString& id);
    void exchangeAdded(const Exchange& exchange);
    void exchangeUpdated(const Exchange& exchange);
    void exchangeRemoved(const QString& id);
    void practiceAdded(const GoodPractice& practice);
    void practiceUpdated(const GoodPractice& practice);
    void practiceRemoved(const QString& id);

private:
    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<PartnerCity> m_partners;
    RecordTable<Exchange> m_exchanges;
    RecordTable<GoodPractice> m_practices;
};
