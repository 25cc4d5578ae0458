// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"
#include "common/DateText.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_calendar(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("For example %1").arg(example()));
    m_edit->setClearButtonEnabled(true);
    setFocusProxy(m_edit);
    m_calendar->setText(tr("Calendar…"));
    m_calendar->setToolTip(tr("Pick the date from a calendar"));
    m_calendar->setIcon(QIcon::fromTheme(QStringLiteral("view-calendar")));
    m_calendar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendar);
    connect(m_edit, &QLineEdit::textEdited, this, &OptionalDateEdit::edited);
    connect(m_calendar, &QToolButton::clicked, this, &OptionalDateEdit::pickFromCalendar);
}

QString OptionalDateEdit::displayFormat()
{
    // Two-digit years read back as the 1900s: the whole year, as every date shown.
    return DateText::format();
}

QString OptionalDateEdit::example()
{
    return QLocale().toString(QDate::currentDate(), displayFormat());
}

QDate OptionalDateEdit::date() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    QDate d = QLocale().toDate(text, displayFormat());
    if (!d.isValid())
        d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QLocale().toDate(text, QLocale::LongFormat);
    return d;
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_edit->setText(date.isValid() ? QLocale().toString(date, displayFormat()) : QString());
}

bool OptionalDateEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString OptionalDateEdit::problem(const QString& field) const
{
    if (isEmpty() || date().isValid())
        return {};
    return tr("%1 “%2” is not a date. Write it like %3, or pick it from the calendar.")
        .arg(field, m_edit->text().trimmed(), example());
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_calendar->setEnabled(!readOnly);
}

void OptionalDateEdit::pickFromCalendar()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    const auto pick = [this, &menu](const QDate& picked) {
        setDate(picked);
        emit edited();
        menu.close();
    };
    connect(calendar, &QCalendarWidget::activated, &menu, pick);
    connect(calendar, &QCalendarWidget::clicked, &menu, pick);
    menu.exec(m_calendar->mapToGlobal(QPoint(0, m_calendar->height())));
}
