// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "plan/CalendarWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

#include <memory>
#include <unistd.h>

// The calendar export's writer, read back with libical's own parser: every event once under
// its UID, its day as an all-day date, its text exactly as given, long lines folded, CRLF line
// ends; and the file written in one step, never over an existing file unless asked, nothing left
// behind when it fails.
class TestCalendarWriter : public QObject
{
    Q_OBJECT

private:
    struct ComponentFree
    {
        void operator()(icalcomponent* c) const { icalcomponent_free(c); }
    };
    using Component = std::unique_ptr<icalcomponent, ComponentFree>;

    static const QDateTime& stamp()
    {
        static const QDateTime s(QDate(2026, 12, 4), QTime(9, 30, 15), Qt::UTC);
        return s;
    }

    static CalendarEvent event(const QString& uid, const QDate& date, int sequence = 0)
    {
        CalendarEvent e;
        e.uid = uid;
        e.summary = QStringLiteral("Milestone ") + uid;
        e.date = date;
        e.sequence = sequence;
        e.created = QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC);
        e.lastModified = QDateTime(QDate(2026, 3, 2), QTime(17, 45, 30), Qt::UTC);
        return e;
    }

    static Component parse(const QByteArray& ics)
    {
        return Component(icalparser_parse_string(ics.constData()));
    }

    static QList<icalcomponent*> eventsOf(icalcomponent* calendar)
    {
        QList<icalcomponent*> out;
        for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             c; c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            out << c;
        return out;
    }

    // The one event written for e, parsed back.
    static Component roundTrip(const CalendarEvent& e)
    {
        return parse(CalendarWriter::toIcs({e}, QStringLiteral("Plan"), stamp()));
    }

    static icalcomponent* firstEvent(const Component& calendar)
    {
        return icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    }

    static QStringList valuesOf(icalcomponent* c, icalproperty_kind kind)
    {
        QStringList out;
        for (icalproperty* p = icalcomponent_get_first_property(c, kind); p;
             p = icalcomponent_get_next_property(c, kind))
            out << QString::fromUtf8(icalproperty_get_value_as_string(p));
        return out;
    }

    static QDate dateOf(const icaltimetype& t) { return QDate(t.year, t.month, t.day); }

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                      QDir::NoDotAndDotDot);
    }

private slots:
    void calendarHeaderAndLineEnds()
    {
        const QByteArray ics =
            CalendarWriter::toIcs({event(QStringLiteral("a"), QDate(2026, 5, 1))},
                                  QStringLiteral("Plan d’action"), stamp());
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QCOMPARE(ics.count("\r"), ics.count("\r\n"));
        const Component cal = parse(ics);
        QVERIFY(cal);
        QCOMPARE(icalcomponent_isa(cal.get()), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_errors(cal.get()), 0);
        QCOMPARE(valuesOf(cal.get(), ICAL_PRODID_PROPERTY),
                 QStringList{QStringLiteral("-//Passerelle//Passerelle//EN")});
        QCOMPARE(valuesOf(cal.get(), ICAL_CALSCALE_PROPERTY),
                 QStringList{QStringLiteral("GREGORIAN")});
        QCOMPARE(valuesOf(cal.get(), ICAL_METHOD_PROPERTY), QStringList{QStringLiteral("PUBLISH")});
        icalproperty* name = icalcomponent_get_first_property(cal.get(), ICAL_X_PROPERTY);
        QVERIFY(name);
        QCOMPARE(QByteArray(icalproperty_get_x_name(name)), QByteArray("X-WR-CALNAME"));
        QCOMPARE(QString::fromUtf8(icalproperty_get_x(name)), QStringLiteral("Plan d’action"));
        icalcomponent* e = firstEvent(cal);
        QVERIFY(e);
        QCOMPARE(icalproperty_get_transp(icalcomponent_get_first_property(e, ICAL_TRANSP_PROPERTY)),
                 ICAL_TRANSP_TRANSPARENT);
    }

    // The events are written one by one into the calendar's text: libical, reading the whole
    // calendar and writing it out again, gives the same bytes.
    void sameAsLibicalWritesTheWholeCalendar()
    {
        CalendarEvent first = event(QStringLiteral("a"), QDate(2026, 5, 1), 2);
        first.description = QStringLiteral("Réunion, bilan; suivi\\n\nاجتماع ") + QString(90, u'é');
        first.categories = {QStringLiteral("Jalon"), QStringLiteral("Santé")};
        const QList<CalendarEvent> events{first, event(QStringLiteral("b"), QDate(2026, 6, 2))};
        const QByteArray ics = CalendarWriter::toIcs(events, QStringLiteral("Plan"), stamp());
        QCOMPARE(ics.count("END:VCALENDAR"), 1);
        const Component cal = parse(ics);
        QVERIFY(cal);
        const std::unique_ptr<char, decltype(&icalmemory_free_buffer)> again(
            icalcomponent_as_ical_string_r(cal.get()), &icalmemory_free_buffer);
        QCOMPARE(QByteArray(again.get()), ics);
    }

    void uidsOnceInOrderAndStable()
    {
        const QList<CalendarEvent> events{event(QStringLiteral("m-3"), QDate(2026, 9, 1)),
                                          event(QStringLiteral("m-1"), QDate(2026, 2, 1)),
                                          event(QStringLiteral("a-1-end"), QDate(2026, 2, 1))};
        const QByteArray first = CalendarWriter::toIcs(events, QStringLiteral("Plan"), stamp());
        QCOMPARE(CalendarWriter::toIcs(events, QStringLiteral("Plan"), stamp()), first);
        const Component cal = parse(first);
        QStringList uids;
        for (icalcomponent* e : eventsOf(cal.get()))
            uids << QString::fromUtf8(icalcomponent_get_uid(e));
        QCOMPARE(uids, (QStringList{QStringLiteral("m-3"), QStringLiteral("m-1"),
                                    QStringLiteral("a-1-end")}));

        // Two files written at different times: the same UIDs, only the stamps differ.
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.ics"));
        const QString b = dir.filePath(QStringLiteral("b.ics"));
        QVERIFY(CalendarWriter::write(a, events, QStringLiteral("Plan"), false).ok());
        QVERIFY(CalendarWriter::write(b, events, QStringLiteral("Plan"), false).ok());
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const Component ca = parse(fa.readAll());
        const Component cb = parse(fb.readAll());
        QStringList ua, ub;
        for (icalcomponent* e : eventsOf(ca.get()))
            ua << QString::fromUtf8(icalcomponent_get_uid(e));
        for (icalcomponent* e : eventsOf(cb.get()))
            ub << QString::fromUtf8(icalcomponent_get_uid(e));
        QCOMPARE(ua, uids);
        QCOMPARE(ub, uids);
    }

    void sequenceAsGiven()
    {
        const QList<CalendarEvent> events{event(QStringLiteral("a"), QDate(2026, 1, 1), 0),
                                          event(QStringLiteral("b"), QDate(2026, 1, 1), 7),
                                          event(QStringLiteral("c"), QDate(2026, 1, 1), -3)};
        const Component cal = parse(CalendarWriter::toIcs(events, QStringLiteral("Plan"), stamp()));
        QList<int> sequences;
        for (icalcomponent* e : eventsOf(cal.get()))
            sequences << icalcomponent_get_sequence(e);
        QCOMPARE(sequences, (QList<int>{0, 7, 0}));
    }

    void allDayDates_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("next");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("ordinary") << QDate(2026, 5, 14) << QDate(2026, 5, 15)
                                  << QByteArray("DTSTART;VALUE=DATE:20260514\r\n");
        QTest::newRow("year end") << QDate(2026, 12, 31) << QDate(2027, 1, 1)
                                  << QByteArray("DTEND;VALUE=DATE:20270101\r\n");
        QTest::newRow("leap day") << QDate(2028, 2, 28) << QDate(2028, 2, 29)
                                  << QByteArray("DTEND;VALUE=DATE:20280229\r\n");
    }

    void allDayDates()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, next);
        QFETCH(QByteArray, written);
        const QByteArray ics = CalendarWriter::toIcs({event(QStringLiteral("a"), day)},
                                                     QStringLiteral("Plan"), stamp());
        QVERIFY2(ics.contains(written), ics.constData());
        const Component cal = parse(ics);
        icalcomponent* e = firstEvent(cal);
        QVERIFY(e);
        const icaltimetype start = icalcomponent_get_dtstart(e);
        const icaltimetype end = icalcomponent_get_dtend(e);
        QVERIFY(start.is_date);
        QVERIFY(end.is_date);
        QCOMPARE(dateOf(start), day);
        QCOMPARE(dateOf(end), next);
    }

    void timeStampsInUtc()
    {
        CalendarEvent e = event(QStringLiteral("a"), QDate(2026, 5, 1));
        // Two hours ahead of UTC: written as the same instant in UTC.
        e.created = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::OffsetFromUTC, 7200);
        const QByteArray ics = CalendarWriter::toIcs({e}, QStringLiteral("Plan"), stamp());
        QVERIFY(ics.contains("DTSTAMP:20261204T093015Z\r\n"));
        QVERIFY(ics.contains("CREATED:20260115T080000Z\r\n"));
        QVERIFY(ics.contains("LAST-MODIFIED:20260302T174530Z\r\n"));

        e.created = QDateTime();
        e.lastModified = QDateTime();
        const QByteArray without = CalendarWriter::toIcs({e}, QStringLiteral("Plan"), stamp());
        QVERIFY(!without.contains("CREATED"));
        QVERIFY(!without.contains("LAST-MODIFIED"));
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("commas and semicolons")
            << QStringLiteral("Housing, health; and schools: a plan");
        QTest::newRow("backslashes") << QStringLiteral("C:\\plans\\2026 \\n is not a new line \\,");
        QTest::newRow("new lines")
            << QStringLiteral("First line\nsecond line\n\nafter a blank line\n");
        QTest::newRow("French") << QStringLiteral(
            "Réunion du groupe élargi à l’hôtel de ville — « bilan »");
        QTest::newRow("Arabic") << QStringLiteral(
            "اجتماع مجموعة أصحاب المصلحة، المرحلة الأولى؛ تقييم");
        QTest::newRow("quotes and colons") << QStringLiteral("\"Quoted\": 'single' <tag> & 100 %");
        QTest::newRow("tab") << QStringLiteral("a\tb");
    }

    void textRoundTrips()
    {
        QFETCH(QString, text);
        CalendarEvent e = event(text, QDate(2026, 5, 1));
        e.summary = text;
        e.description = text + QStringLiteral("\n") + text;
        const QString name = text;
        const Component cal = parse(CalendarWriter::toIcs({e}, name, stamp()));
        icalcomponent* back = firstEvent(cal);
        QVERIFY(back);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(back)), e.uid);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(back)), e.summary);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(back)), e.description);
        icalproperty* x = icalcomponent_get_first_property(cal.get(), ICAL_X_PROPERTY);
        QVERIFY(x);
        QCOMPARE(QString::fromUtf8(icalproperty_get_x(x)), name);
    }

    // RFC 5545 text holds no control characters: line ends become "\n", the others go.
    void controlCharactersSettled()
    {
        CalendarEvent e = event(QStringLiteral("a"), QDate(2026, 5, 1));
        e.summary = QStringLiteral("one\r\ntwo\rthree") + QChar(0) + QStringLiteral("x\x01y\x7Fz");
        const Component cal = roundTrip(e);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(firstEvent(cal))),
                 QStringLiteral("one\ntwo\nthreexyz"));
    }

    void longLinesFolded()
    {
        CalendarEvent e = event(QStringLiteral("a"), QDate(2026, 5, 1));
        QString text;
        for (int i = 0; i < 12; ++i)
            text += QStringLiteral("Échéance n° %1 : اجتماع, réunion; suivi\\bilan ").arg(i);
        text += QString(300, u'é') + QString(200, u'ج') + QString(200, u'x');
        e.summary = text;
        e.description = text;
        const QByteArray ics = CalendarWriter::toIcs({e}, QStringLiteral("Plan"), stamp());
        const QList<QByteArray> lines = ics.split('\n');
        int continuations = 0;
        for (const QByteArray& line : lines) {
            const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(bare.size() <= 75, bare.constData());
            // Never a character cut in two between lines.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(bare);
            QVERIFY2(!decoder.hasError(), bare.constData());
            continuations += bare.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(continuations > 10);
        // Unfolded (CRLF and the space after it removed), the lines read back the same text.
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.count("\r\n") < ics.count("\r\n") - 10);
        const Component cal = parse(unfolded);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(firstEvent(cal))), text);
        const Component folded = parse(ics);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(firstEvent(folded))), text);
    }

    void categories()
    {
        CalendarEvent e = event(QStringLiteral("a"), QDate(2026, 5, 1));
        e.categories = {QStringLiteral("Milestone"), QStringLiteral("Logement; santé"), QString(),
                        QStringLiteral("Éducation, emploi"), QStringLiteral("تعليم")};
        const Component cal = roundTrip(e);
        // libical writes a category's comma as a separator: it is written as U+201A instead.
        QCOMPARE(valuesOf(firstEvent(cal), ICAL_CATEGORIES_PROPERTY),
                 (QStringList{QStringLiteral("Milestone"), QStringLiteral("Logement; santé"),
                              QStringLiteral("Éducation‚ emploi"), QStringLiteral("تعليم")}));
        e.categories.clear();
        QVERIFY(
            !CalendarWriter::toIcs({e}, QStringLiteral("Plan"), stamp()).contains("CATEGORIES"));
    }

    void emptyPartsLeftOut()
    {
        CalendarEvent e = event(QStringLiteral("a"), QDate(2026, 5, 1));
        e.description.clear();
        QVERIFY(
            !CalendarWriter::toIcs({e}, QStringLiteral("Plan"), stamp()).contains("DESCRIPTION"));
        QVERIFY(!CalendarWriter::toIcs({e}, QString(), stamp()).contains("X-WR-CALNAME"));
        // An event without a day cannot be placed in a calendar.
        const QList<CalendarEvent> events{event(QStringLiteral("undated"), QDate()),
                                          event(QStringLiteral("dated"), QDate(2026, 5, 1)),
                                          event(QStringLiteral("too far"), QDate(9999, 12, 31))};
        const Component cal = parse(CalendarWriter::toIcs(events, QStringLiteral("Plan"), stamp()));
        const QList<icalcomponent*> written = eventsOf(cal.get());
        QCOMPARE(written.size(), 1);
        QCOMPARE(QByteArray(icalcomponent_get_uid(written.first())), QByteArray("dated"));
    }

    void emptyListIsAValidCalendar()
    {
        const QByteArray ics = CalendarWriter::toIcs({}, QStringLiteral("Plan"), stamp());
        const Component cal = parse(ics);
        QVERIFY(cal);
        QCOMPARE(icalcomponent_isa(cal.get()), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_errors(cal.get()), 0);
        QVERIFY(eventsOf(cal.get()).isEmpty());
        QCOMPARE(valuesOf(cal.get(), ICAL_VERSION_PROPERTY), QStringList{QStringLiteral("2.0")});
    }

    void writeCreatesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.ics"));
        const QList<CalendarEvent> events{event(QStringLiteral("a"), QDate(2026, 5, 1))};
        QVERIFY(CalendarWriter::write(path, events, QStringLiteral("Plan"), false).ok());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("plan.ics")});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Component cal = parse(file.readAll());
        QCOMPARE(eventsOf(cal.get()).size(), 1);
    }

    void writeRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path =
            TestFiles::write(dir, QStringLiteral("plan.ics"), "an older calendar\r\n");
        const QByteArray before = TestFiles::hash(path);
        const Result<void> r = CalendarWriter::write(
            path, {event(QStringLiteral("a"), QDate(2026, 5, 1))}, QStringLiteral("Plan"), false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("plan.ics")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("--force")),
                 qPrintable(r.error().message));
        QCOMPARE(TestFiles::hash(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("plan.ics")});
    }

    void writeReplacesWhenAsked()
    {
        QTemporaryDir dir;
        const QString path =
            TestFiles::write(dir, QStringLiteral("plan.ics"), "an older calendar\r\n");
        QVERIFY(CalendarWriter::write(path, {event(QStringLiteral("a"), QDate(2026, 5, 1))},
                                      QStringLiteral("Plan"), true)
                    .ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Component cal = parse(file.readAll());
        QCOMPARE(eventsOf(cal.get()).size(), 1);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("plan.ics")});
    }

    void readOnlyFolderRefused()
    {
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const auto unlock = qScopeGuard([&locked] {
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        if (::access(QFile::encodeName(locked).constData(), W_OK) == 0)
            QSKIP("This user may write in a read-only folder (root): nothing to refuse.");
        const QString path = locked + QStringLiteral("/plan.ics");
        const Result<void> r = CalendarWriter::write(
            path, {event(QStringLiteral("a"), QDate(2026, 5, 1))}, QStringLiteral("Plan"), true);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("plan.ics")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Choose a folder")),
                 qPrintable(r.error().message));
        QVERIFY(entries(locked).isEmpty());
    }

    void missingFolderRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/plan.ics"));
        const Result<void> r = CalendarWriter::write(
            path, {event(QStringLiteral("a"), QDate(2026, 5, 1))}, QStringLiteral("Plan"), true);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("missing")),
                 qPrintable(r.error().message));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    // A folder where the file should be: refused, the folder left as it was.
    void folderInTheWayRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.ics"));
        QVERIFY(QDir().mkpath(path));
        const Result<void> r = CalendarWriter::write(
            path, {event(QStringLiteral("a"), QDate(2026, 5, 1))}, QStringLiteral("Plan"), true);
        QVERIFY(!r.ok());
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("plan.ics")});
        QVERIFY(entries(path).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarWriter)
#include "TestCalendarWriter.moc"
