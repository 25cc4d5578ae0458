// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "common/Result.h"

#include <QTest>

// What every record the city makes carries (ROADMAP: stable identity, timestamps, city of
// origin). A QCOMPARE failure returns from here; the caller's test is marked failed.
inline void verifyNewMeta(const RecordMeta& meta, const QString& cityId)
{
    QCOMPARE(meta.id.size(), 36);
    QVERIFY(meta.createdAt.isValid());
    QCOMPARE(meta.updatedAt, meta.createdAt);
    QCOMPARE(meta.originCity, cityId);
}

// Whether a write was refused with a message that names part (a field, a rule); says what
// happened instead when not.
inline bool refused(const Result<void>& r, const QString& part)
{
    if (r.ok()) {
        qWarning("write accepted, expected a refusal mentioning %s", qPrintable(part));
        return false;
    }
    if (!r.error().message.contains(part, Qt::CaseInsensitive)) {
        qWarning("unexpected message: %s", qPrintable(r.error().message));
        return false;
    }
    return true;
}
