// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarWriter.h"

#include "common/ExportTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree
{
    void operator()(char* s) const { icalmemory_free_buffer(s); }
};

// U+201A SINGLE LOW-9 QUOTATION MARK: looks like a comma, and is not one to libical.
constexpr char16_t categoryComma = u'\u201A';

// RFC 5545 text may hold no control character but the tab; a line end is written "\n".
// libical drops a lone CR (joining the words around it) and writes the others raw, so they are
// settled here: CR LF and CR become LF, other controls (NUL included: libical takes C strings)
// are left out.
QString cleanText(const QString& text)
{
    const auto isControl = [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0x7F;
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (!isControl(c)) {
            out += c;
        }
    }
    return out;
}

QByteArray utf8(const QString& text)
{
    return cleanText(text).toUtf8();
}

// libical writes years with four digits: days outside 0001-9999 would make a broken file.
bool writable(const QDate& day)
{
    return day.isValid() && day.year() >= 1 && day.year() <= 9999;
}

icaltimetype dayOf(const QDate& day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    return t;
}

// A UTC date-time, written with "Z"; to the second, as RFC 5545 counts.
icaltimetype utcTime(const QDateTime& when)
{
    const QDateTime utc = when.toUTC();
    icaltimetype t = icaltime_null_time();
    t.year = utc.date().year();
    t.month = utc.date().month();
    t.day = utc.date().day();
    t.hour = utc.time().hour();
    t.minute = utc.time().minute();
    t.second = utc.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

bool writable(const QDateTime& when)
{
    return when.isValid() && writable(when.toUTC().date());
}

icalcomponent* eventOf(const CalendarEvent& e, const icaltimetype& stamp)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(e.uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(dayOf(e.date)));
    // An all-day event ends, exclusively, at the start of the next day (RFC 5545, 3.6.1).
    icalcomponent_add_property(event, icalproperty_new_dtend(dayOf(e.date.addDays(1))));
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(e.summary).constData()));
    if (!e.description.isEmpty()) {
        icalcomponent_add_property(event,
                                   icalproperty_new_description(utf8(e.description).constData()));
    }
    icalcomponent_add_property(event, icalproperty_new_sequence(std::max(0, e.sequence)));
    if (writable(e.created))
        icalcomponent_add_property(event, icalproperty_new_created(utcTime(e.created)));
    if (writable(e.lastModified))
        icalcomponent_add_property(event, icalproperty_new_lastmodified(utcTime(e.lastModified)));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    // One CATEGORIES line per category: libical would split a list at its commas anyway.
    for (const QString& category : e.categories) {
        QString text = cleanText(category);
        text.replace(u',', categoryComma);
        if (!text.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_categories(text.toUtf8().constData()));
    }
    return event;
}

} // namespace

QByteArray CalendarWriter::toIcs(const QList<CalendarEvent>& events, const QString& calendarName,
                                 const QDateTime& stamp)
{
    const Component calendar(icalcomponent_new_vcalendar());
    icalcomponent* cal = calendar.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Passerelle//Passerelle//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (const QByteArray name = utf8(calendarName); !name.isEmpty()) {
        // The name Outlook, Google and Apple calendars give a subscribed or imported calendar.
        icalproperty* property = icalproperty_new_x(name.constData());
        icalproperty_set_x_name(property, "X-WR-CALNAME");
        icalcomponent_add_property(cal, property);
    }
    const icaltimetype dtstamp = utcTime(writable(stamp) ? stamp : QDateTime::currentDateTimeUtc());
    // libical writes a calendar's events after its properties, just before its END line. Each
    // event is written and freed on its own, spliced in there: a tree of 12,000 events made the
    // export twice as slow (the allocator's work on one large tree) and held it all in memory.
    const std::unique_ptr<char, BufferFree> head(icalcomponent_as_ical_string_r(cal));
    static const QByteArray end("END:VCALENDAR\r\n");
    if (!head)
        return {};
    QByteArray out(head.get());
    if (!out.endsWith(end))
        return {};
    out.chop(end.size());
    for (const CalendarEvent& e : events) {
        // A calendar entry needs a day; the plan export leaves undated records out.
        if (!writable(e.date) || !writable(e.date.addDays(1)))
            continue;
        const Component event(eventOf(e, dtstamp));
        const std::unique_ptr<char, BufferFree> text(icalcomponent_as_ical_string_r(event.get()));
        if (!text)
            return {};
        out += text.get();
    }
    out += end;
    return out;
}

Result<void> CalendarWriter::write(const QString& path, const QList<CalendarEvent>& events,
                                   const QString& calendarName, bool overwrite)
{
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return target;
    const QString shown = QFileInfo(path).fileName();
    const QByteArray bytes = toIcs(events, calendarName, QDateTime::currentDateTimeUtc());
    if (bytes.isEmpty()) {
        return Error{tr("The calendar for “%1” could not be made: the computer is out of memory. "
                        "Close other programs, then export again.")
                         .arg(shown)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ExportTarget::cannotWrite(path, file.errorString());
    }
    file.write(bytes);
    // commit() flushes, syncs and renames; on failure it removes the temporary file.
    if (!file.commit()) {
        return ExportTarget::cannotSave(path, file.errorString());
    }
    return {};
}
