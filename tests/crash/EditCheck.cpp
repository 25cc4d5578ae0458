// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCheck.h"

#include "EditRecords.h"

#include <algorithm>

#include <optional>

namespace {

struct Expected
{
    QString kind;
    bool present = false;
    int mark = 0; // the edit that last wrote it
    QString parent;
};

using Marks = QHash<QString, QHash<QString, QString>>; // kind -> id -> mark field

const QStringList kinds = {EditRecords::stakeholder, EditRecords::contact, EditRecords::answer,
                           EditRecords::action};

QString describe(const AckLog::Entry& e)
{
    return QStringLiteral("edit %1 (%2 %3 %4)").arg(e.number).arg(e.kind, e.op, e.id);
}

// The state the acknowledged edits leave, record by record.
QHash<QString, Expected> replay(const QList<AckLog::Entry>& log, QHash<QString, int>& counts)
{
    QHash<QString, Expected> expected;
    for (const AckLog::Entry& e : log) {
        if (e.verb != QLatin1String("ack"))
            continue;
        const bool removed = e.op == QLatin1String("remove");
        expected.insert(e.id, {e.kind, !removed, e.number, e.parent});
        if (e.op == QLatin1String("add"))
            ++counts[e.kind];
        if (!removed)
            continue;
        --counts[e.kind];
        if (e.kind != EditRecords::stakeholder)
            continue;
        for (Expected& other : expected) {
            if (other.kind == EditRecords::contact && other.parent == e.id)
                other.present = false;
        }
    }
    return expected;
}

// The one edit announced and not acknowledged, if the kill came during it.
std::optional<AckLog::Entry> inFlight(const QList<AckLog::Entry>& log)
{
    std::optional<AckLog::Entry> last;
    for (const AckLog::Entry& e : log) {
        if (e.verb == QLatin1String("try"))
            last = e;
        else if (e.verb == QLatin1String("ack") && last && last->number == e.number)
            last.reset();
    }
    return last;
}

// Whether the edit in flight left everything as before ("before"), as written ("after"), or
// a mixture (reported as damage).
QString checkInFlight(const AckLog::Entry& e, const QHash<QString, Expected>& expected,
                      const Marks& marks, Findings& findings)
{
    const QHash<QString, QString>& found = marks.value(e.kind);
    if (e.op == QLatin1String("add")) {
        int copies = 0;
        for (const QString& text : found)
            copies += EditRecords::markNumber(text) == e.number ? 1 : 0;
        if (copies > 1)
            findings.damaged << describe(e) +
                                    QStringLiteral(" is in the file %1 times").arg(copies);
        return copies > 0 ? QStringLiteral("after") : QStringLiteral("before");
    }
    const bool present = found.contains(e.id);
    const std::optional<int> mark = EditRecords::markNumber(found.value(e.id));
    const bool removal = e.op == QLatin1String("remove");
    const bool after = removal ? !present : present && mark == e.number;
    const auto was = expected.constFind(e.id);
    const bool before = was == expected.cend()
                            ? present && mark != e.number
                            : present == was->present && (!present || mark == was->mark);
    QString state = after ? QStringLiteral("after") : QStringLiteral("before");
    if (!after && !before) {
        findings.damaged << describe(e) + QStringLiteral(" left the record neither as it was nor "
                                                         "as written");
    }
    if (removal && e.kind == EditRecords::stakeholder) {
        // Its contact persons go with it in the same transaction, or stay as acknowledged.
        const QHash<QString, QString>& contacts = marks.value(EditRecords::contact);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it->kind != EditRecords::contact || it->parent != e.id || !it->present)
                continue;
            const bool kept = contacts.contains(it.key()) &&
                              EditRecords::markNumber(contacts.value(it.key())) == it->mark;
            if (after && contacts.contains(it.key()))
                findings.damaged << describe(e) +
                                        QStringLiteral(" left its contact %1 behind").arg(it.key());
            else if (!after && !kept)
                findings.lost
                    << QStringLiteral("contact %1 should hold edit %2").arg(it.key()).arg(it->mark);
        }
    }
    return state;
}

} // namespace

void checkEdits(Repositories& repositories, const QList<AckLog::Entry>& log, Findings& findings)
{
    const auto base = std::find_if(log.cbegin(), log.cend(), [](const AckLog::Entry& e) {
        return e.verb == QLatin1String("base");
    });
    if (base == log.cend()) {
        // Killed before the loop began: no edit to hold the file to.
        findings.note(QStringLiteral("inflight"), QStringLiteral("none"));
        return;
    }
    Marks marks;
    for (const QString& kind : kinds)
        marks.insert(kind, EditRecords::marks(repositories, kind, base->values.value("round")));

    QHash<QString, int> counts;
    const QHash<QString, Expected> expected = replay(log, counts);
    const std::optional<AckLog::Entry> flight = inFlight(log);
    const QString flightId = flight ? flight->id : QString();
    const bool flightRemovesStakeholder =
        flight && flight->kind == EditRecords::stakeholder && flight->op == QLatin1String("remove");

    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.key() == flightId || (flightRemovesStakeholder && it->parent == flightId))
            continue;
        const QHash<QString, QString>& found = marks.value(it->kind);
        const bool present = found.contains(it.key());
        if (present != it->present) {
            findings.lost << QStringLiteral("%1 %2 should be %3 after edit %4")
                                 .arg(it->kind, it.key(),
                                      it->present ? QStringLiteral("there")
                                                  : QStringLiteral("gone"))
                                 .arg(it->mark);
        } else if (present && EditRecords::markNumber(found.value(it.key())) != it->mark) {
            findings.lost << QStringLiteral("%1 %2 holds “%3” instead of edit %4")
                                 .arg(it->kind, it.key(), found.value(it.key()))
                                 .arg(it->mark);
        }
    }

    findings.note(QStringLiteral("inflight"),
                  flight ? checkInFlight(*flight, expected, marks, findings)
                         : QStringLiteral("none"));

    // No trace of an edit that was neither acknowledged nor in flight.
    for (const QString& kind : kinds) {
        const QHash<QString, QString>& found = marks.value(kind);
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const std::optional<int> mark = EditRecords::markNumber(it.value());
            if (!mark || (flight && *mark == flight->number))
                continue;
            const auto was = expected.constFind(it.key());
            if (was == expected.cend() || *mark > was->mark) {
                findings.damaged << QStringLiteral("%1 %2 holds edit %3, never acknowledged")
                                        .arg(kind, it.key())
                                        .arg(*mark);
            }
        }
    }

    // Counts catch a record that appeared or vanished without a mark to show it.
    for (const QString& kind :
         {EditRecords::stakeholder, EditRecords::answer, EditRecords::action}) {
        const int want = base->values.value(kind + QLatin1Char('s')).toInt() + counts.value(kind);
        const int have = int(marks.value(kind).size());
        int slack = 0;
        if (flight && flight->kind == kind)
            slack = flight->op == QLatin1String("add")      ? 1
                    : flight->op == QLatin1String("remove") ? -1
                                                            : 0;
        if (have != want && have != want + slack && findings.lost.isEmpty()) {
            findings.damaged << QStringLiteral("%1 %2 records where the log expects %3")
                                    .arg(have)
                                    .arg(kind)
                                    .arg(want);
        }
    }
    const auto acks = std::count_if(log.cbegin(), log.cend(), [](const AckLog::Entry& e) {
        return e.verb == QLatin1String("ack");
    });
    findings.note(QStringLiteral("acknowledged"), QString::number(acks));
}
