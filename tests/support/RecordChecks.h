// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

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
