// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordMeta.h"

#include <QTimeZone>
#include <QUuid>
#include <QVariant>

QString RecordMeta::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime RecordMeta::now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    // Stored with millisecond precision; keep the in-memory value equal to what is read back.
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), QTimeZone::utc());
}

QString RecordMeta::toText(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// The digits of text[from, from + count), or -1 when one is not a digit.
int digits(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime RecordMeta::fromText(const QString& text)
{
    // Every record carries two of these, so reading a 2,000-action plan parses 30,000: the
    // exact form toText() writes ("2026-12-04T19:20:00.123Z") is read digit by digit, a tenth
    // of QDateTime::fromString's time; anything else (another program's writing) goes the
    // general way.
    const QStringView t(text);
    if (t.size() == 24 && t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' &&
        t[16] == u':' && t[19] == u'.' && t[23] == u'Z') {
        const int year = digits(t, 0, 4);
        const QDate date(year, digits(t, 5, 2), digits(t, 8, 2));
        const QTime time(digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2), digits(t, 20, 3));
        // QDate takes a negative year as one before Christ: -1 (not digits) is no year here.
        if (year > 0 && date.isValid() && time.isValid())
            return QDateTime::fromMSecsSinceEpoch(
                (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * qint64(86400000) +
                    time.msecsSinceStartOfDay(),
                Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.toUTC();
}
