// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "common/Result.h"

#include <QMetaMethod>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

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

// A spy on every signal an object's own class declares (a repository's announcements), to show
// that a refused write announced nothing.
class SignalSpies
{
public:
    explicit SignalSpies(QObject& object)
    {
        const QMetaObject* meta = object.metaObject();
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            if (meta->method(i).methodType() == QMetaMethod::Signal)
                m_spies.push_back(std::make_unique<QSignalSpy>(
                    &object, QByteArray("2" + meta->method(i).methodSignature()).constData()));
        }
    }

    // How many signals were spied on.
    int size() const { return int(m_spies.size()); }
    // How many emissions, of any of them.
    int count() const
    {
        int n = 0;
        for (const auto& spy : m_spies)
            n += int(spy->count());
        return n;
    }

private:
    std::vector<std::unique_ptr<QSignalSpy>> m_spies;
};

// A write the repository must refuse: refused with a message containing expected, and nothing
// written (counts() unchanged) or announced (no signal of the repository).
template <typename Repository, typename Record, typename Counts>
void verifyRefusedWrite(Repository& repository, Record record, const QString& expected,
                        Counts counts)
{
    const auto before = counts();
    const SignalSpies spies(repository);
    Result<void> r = record.meta.id.isEmpty() ? repository.add(record) : repository.update(record);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QCOMPARE(counts(), before);
    QCOMPARE(spies.count(), 0);
}
