// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/ContactPerson.h"
#include "stakeholders/Stakeholder.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>

class Repositories;
class StakeholderRepository;

// A refused write names the problem: exactly the shared message for the field, or, for the
// repository's own messages, a part of it.
#define VERIFY_ERROR(expr, expected)                                                               \
    do {                                                                                           \
        const auto refused_ = (expr);                                                              \
        QVERIFY2(!refused_.ok(), "the write was accepted");                                        \
        QCOMPARE(refused_.error().message, (expected));                                            \
    } while (false)
#define VERIFY_REFUSED(expr, fragment)                                                             \
    do {                                                                                           \
        const auto refused_ = (expr);                                                              \
        QVERIFY2(!refused_.ok(), "the write was accepted");                                        \
        QVERIFY2(refused_.error().message.contains(QLatin1String(fragment)),                       \
                 qPrintable(refused_.error().message));                                            \
    } while (false)

// The records and the expected messages the tests of the actor map's repository share.
namespace StakeholderRecords {

// A stakeholder with every field set to something other than its default.
Stakeholder full(const QString& name);
// A stakeholder with a name only, added (a failure is printed; the record is then new).
Stakeholder added(StakeholderRepository& repository, const QString& name);
// A contact person of the stakeholder with every field set.
ContactPerson contactOf(const QString& stakeholderId, const QString& name);
// The ids of the file's themes, in the repository's order.
QStringList themeIds(Repositories& repositories);

template <typename T> QList<T> sortedById(QList<T> records)
{
    std::sort(records.begin(), records.end(),
              [](const T& a, const T& b) { return a.meta.id < b.meta.id; });
    return records;
}

// The shared messages with the field names the repositories give (no translator is loaded).
QString required(const char* field);
QString outOfRange(const char* field);
QString unknown(const char* field);
QString duplicate(const QString& value, const char* field);
QString followUpBefore();

} // namespace StakeholderRecords
