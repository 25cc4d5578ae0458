// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/RowHash.h"

#include <QCryptographicHash>

namespace {

void add(QCryptographicHash& hash, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        hash.addData(QByteArrayView("n"));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        hash.addData(QByteArrayView("i"));
        hash.addData(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        hash.addData(QByteArrayView("r"));
        hash.addData(QByteArray::number(value.toDouble(), 'g', 17));
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        hash.addData(QByteArrayView("t"));
        // The length first: no value can end early and pass for another.
        hash.addData(QByteArray::number(text.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(text);
        return;
    }
    }
}

} // namespace

QString RowHash::of(const QStringList& columns, const QVariantMap& values)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& column : columns) {
        hash.addData(column.toUtf8());
        hash.addData(QByteArrayView("="));
        add(hash, values.value(column));
        hash.addData(QByteArrayView(";"));
    }
    return QStringLiteral("1:") + QString::fromLatin1(hash.result().toHex());
}
