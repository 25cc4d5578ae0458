// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

// The partner's file as a merge reads it: an open connection (a checked CityFile's, or a bare
// one in tests), read only, untrusted. Only the columns the file has are read, so that a file of
// an older format version (no good_practice.tags before version 3) merges like a current one;
// what it lacks is left out of each row and given its default by the merge.
class MergeSource
{
    Q_DECLARE_TR_FUNCTIONS(MergeSource)

public:
    // Reads the partner city's identity; an error when the file has no single city row.
    static Result<MergeSource> open(QSqlDatabase db);

    QString cityId() const { return m_cityId; }
    QString cityName() const { return m_cityName; }
    QString country() const { return m_country; }
    // When the partner shared the file (file_meta key shared_at, written by sharing), or empty.
    QString sharedAt() const { return m_sharedAt; }

    // Every row of a described table, with the columns both the catalogue and the file have.
    Result<QList<QVariantMap>> rows(const TableDescription& table) const;

private:
    explicit MergeSource(QSqlDatabase db) : m_db(std::move(db)) {}
    QStringList columnsOf(const TableDescription& table) const;

    QSqlDatabase m_db;
    QString m_cityId;
    QString m_cityName;
    QString m_country;
    QString m_sharedAt;
};
