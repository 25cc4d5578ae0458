// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "storage/CityFile.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

// passerelle-cli export-ics: the plan's deadlines as a calendar, read back with libical as a
// calendar program reads it.
class TestCliCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // UID -> SEQUENCE of every VEVENT, and whether each is an all-day date.
    static QHash<QString, int> sequences(const QString& path, bool* allDay = nullptr)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray ics = f.readAll();
        icalcomponent* calendar = icalparser_parse_string(ics.constData());
        QHash<QString, int> found;
        if (allDay)
            *allDay = true;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             e; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            found.insert(QString::fromUtf8(icalcomponent_get_uid(e)),
                         icalcomponent_get_sequence(e));
            if (allDay && !icalcomponent_get_dtstart(e).is_date)
                *allDay = false;
        }
        icalcomponent_free(calendar);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        const CliRun r = CliRun::run({QStringLiteral("demo"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void exportsEveryDeadlineWithStableUids()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.ics"));
        const QByteArray before = TestFiles::hash(m_demo);
        const CliRun r = CliRun::run({QStringLiteral("export-ics"), m_demo, "-o", first});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(TestFiles::hash(m_demo), before); // read-only
        bool allDay = false;
        const QHash<QString, int> events = sequences(first, &allDay);
        QVERIFY(allDay);
        // One per milestone and per action's end, but for the cancelled action and its
        // milestones.
        int expected = 0;
        {
            CityFile::OpenResult opened = CityFile::open(m_demo, CityFile::Access::ReadOnly);
            QVERIFY(opened.ok());
            Repositories repos(*opened.value());
            QSet<QString> cancelled;
            for (const Action& a : repos.actions().actions()) {
                if (a.status == Action::Status::Cancelled)
                    cancelled.insert(a.meta.id);
                else if (a.endDate.isValid())
                    ++expected;
            }
            for (const Milestone& m : repos.actions().milestones())
                expected += !cancelled.contains(m.actionId);
        }
        QCOMPARE(events.size(), expected);
        // The delayed actions were moved after the adoption: their SEQUENCE is above 0.
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](int s) { return s > 0; }));

        // Again, with --force: the same UIDs and SEQUENCEs.
        const CliRun again =
            CliRun::run({QStringLiteral("export-ics"), m_demo, "-o", first, "--force"});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(sequences(first), events);
    }

    void anEditRaisesTheSequenceOfItsEventOnly()
    {
        const QString copy = m_dir.filePath(QStringLiteral("edited.passerelle"));
        QVERIFY(QFile::copy(m_demo, copy));
        const QString before = m_dir.filePath(QStringLiteral("before.ics"));
        QCOMPARE(CliRun::run({QStringLiteral("export-ics"), copy, "-o", before}).code, 0);
        QString uid;
        {
            CityFile::OpenResult opened = CityFile::open(copy);
            QVERIFY(opened.ok());
            Repositories repos(*opened.value());
            Milestone m = repos.actions().milestones().first();
            m.dueDate = m.dueDate.addDays(7);
            QVERIFY(repos.actions().update(m));
            uid = m.meta.id + QStringLiteral("-milestone@passerelle.city");
        }
        const QString after = m_dir.filePath(QStringLiteral("after.ics"));
        QCOMPARE(CliRun::run({QStringLiteral("export-ics"), copy, "-o", after}).code, 0);
        const QHash<QString, int> old = sequences(before);
        const QHash<QString, int> now = sequences(after);
        QVERIFY(old.contains(uid));
        QCOMPARE(now.value(uid), old.value(uid) + 1);
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (it.key() != uid)
                QCOMPARE(now.value(it.key()), it.value());
        }
    }

    void refusesToOverwriteWithoutForce()
    {
        const QString target = m_dir.filePath(QStringLiteral("mine.ics"));
        QVERIFY(TestFiles::write(m_dir, QStringLiteral("mine.ics"), "my calendar").size());
        const QByteArray before = TestFiles::hash(target);
        const CliRun r = CliRun::run({QStringLiteral("export-ics"), m_demo, "-o", target});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--force"));
        QCOMPARE(TestFiles::hash(target), before);
        QCOMPARE(CliRun::run({QStringLiteral("export-ics"), m_demo}).code, 2);
        const CliRun missing = CliRun::run(
            {QStringLiteral("export-ics"), m_dir.filePath("none.passerelle"), "-o", target});
        QCOMPARE(missing.code, 1);
        QCOMPARE(TestFiles::hash(target), before);
    }

    // The export checks what it reads: a rule broken among the stakeholders (which it never
    // reads) does not stop it; one broken in the plan does, and nothing is written.
    void checksTheTablesItReads()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.passerelle"));
        QVERIFY(QFile::copy(m_demo, copy));
        const auto tamper = [&](const QString& statement) {
            const QString name = QStringLiteral("tamper");
            bool ok = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(copy);
                QSqlQuery q(db);
                ok = db.open() && q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")) &&
                     q.exec(statement);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            return ok;
        };
        QVERIFY(tamper(QStringLiteral("UPDATE stakeholder SET kind = 'dragon'")));
        const QString out = m_dir.filePath(QStringLiteral("tampered.ics"));
        const CliRun exported = CliRun::run({QStringLiteral("export-ics"), copy, "-o", out});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QVERIFY(!sequences(out).isEmpty());
        QCOMPARE(CliRun::run({QStringLiteral("plan"), copy}).code, 0);
        // `info` reads the whole file: it checks the whole file.
        QCOMPARE(CliRun::run({QStringLiteral("info"), copy}).code, 1);

        QVERIFY(tamper(QStringLiteral("UPDATE milestone SET title = ''")));
        const QString refusedOut = m_dir.filePath(QStringLiteral("refused.ics"));
        const CliRun refused = CliRun::run({QStringLiteral("export-ics"), copy, "-o", refusedOut});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("milestone"), refused.err.constData());
        QVERIFY(!QFile::exists(refusedOut));
        QCOMPARE(CliRun::run({QStringLiteral("plan"), copy}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "TestCliCalendar.moc"
