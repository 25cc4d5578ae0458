// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordMeta.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

QString RecordMeta::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime RecordMeta::now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    // Stored with millisecond precision; keep the in-memory value equal to what is read back.
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), QTimeZone::utc());
}

QString RecordMeta::toText(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime RecordMeta::fromText(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

RecordMeta RecordMeta::read(const QSqlQuery& query, int first)
{
    RecordMeta meta;
    meta.id = query.value(first).toString();
    meta.createdAt = fromText(query.value(first + 1).toString());
    meta.updatedAt = fromText(query.value(first + 2).toString());
    meta.originCity = query.value(first + 3).toString();
    return meta;
}
