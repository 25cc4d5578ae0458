// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateEdit.h"

#include "common/DateText.h"

#include <QEvent>

DateEdit::DateEdit(QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(formatFor(locale()));
}

QString DateEdit::formatFor(const QLocale& locale)
{
    QString format = DateText::format(locale);
    for (const QChar mark : {QChar(0x200E), QChar(0x200F), QChar(0x061C)})
        format.remove(mark);
    return format;
}

void DateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LocaleChange)
        setDisplayFormat(formatFor(locale()));
    QDateEdit::changeEvent(event);
}
