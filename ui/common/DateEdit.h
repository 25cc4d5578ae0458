// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

// A date field written as every date the program shows (DateText: the locale's short form with
// the whole year), reading the same way in both directions.
// QDateTimeEdit lays its sections out in reverse order in a right-to-left widget, for a text
// it expects to be read left to right; the right-to-left marks in Arabic's short format
// reverse it once more: the field showed 24/3/2026 where every table shows 2026/3/24.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    // The locale's date format as a date field takes it: DateText's, without direction marks.
    static QString formatFor(const QLocale& locale);

protected:
    void changeEvent(QEvent* event) override;
};
