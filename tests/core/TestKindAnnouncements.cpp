// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/KindAnnouncements.h"

#include <QTest>

namespace {
RowSnapshot::Row row(const char* table, const char* id)
{
    return {QLatin1String(table), {{QStringLiteral("id"), QLatin1String(id)}}};
}
} // namespace

// The per-kind part of every repository's announcements: which signal each row of a delete or
// a restore becomes, in which order, and once per record whose reference changed.
class TestKindAnnouncements : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_heard.clear();
        m_kinds = KindAnnouncements();
        for (const char* table : {"priority", "consultation"}) {
            const QString t = QLatin1String(table);
            m_kinds.follow(t, {[this, t](const QString& id) { m_heard << t + " removed " + id; },
                               [this, t](const QString& id) { m_heard << t + " added " + id; },
                               [this, t](const QString& id) { m_heard << t + " updated " + id; }});
        }
    }

    void removalAnnouncesChildrenFirstAndOnlyFollowedKinds()
    {
        RowSnapshot s;
        s.rows = {row("priority", "p1"), row("consultation", "c1"), row("stakeholder", "s1"),
                  row("consultation", "c2")};
        m_kinds.removed(s);
        QCOMPARE(m_heard, QStringList({"consultation removed c2", "consultation removed c1",
                                       "priority removed p1"}));
    }

    void restoreAnnouncesParentsFirst()
    {
        RowSnapshot s;
        s.rows = {row("priority", "p1"), row("consultation", "c1")};
        m_kinds.restored(s);
        QCOMPARE(m_heard, QStringList({"priority added p1", "consultation added c1"}));
    }

    void aRecordWhoseReferencesChangedIsAnnouncedOnce()
    {
        RowSnapshot s;
        s.nullified = {
            {QStringLiteral("priority"), QStringLiteral("p1"), QStringLiteral("theme_id"), {}},
            {QStringLiteral("priority"), QStringLiteral("p1"), QStringLiteral("lead_id"), {}},
            {QStringLiteral("consultation"), QStringLiteral("p1"), QStringLiteral("x"), {}},
            {QStringLiteral("figure"), QStringLiteral("f1"), QStringLiteral("theme_id"), {}}};
        m_kinds.referencesChanged(s);
        QCOMPARE(m_heard, QStringList({"priority updated p1", "consultation updated p1"}));
        QVERIFY(m_kinds.follows(QStringLiteral("priority")));
        QVERIFY(!m_kinds.follows(QStringLiteral("figure")));
    }

private:
    KindAnnouncements m_kinds;
    QStringList m_heard;
};

QTEST_GUILESS_MAIN(TestKindAnnouncements)
#include "TestKindAnnouncements.moc"
