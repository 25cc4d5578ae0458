// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"
#include "common/DateText.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>
#include <QWidgetAction>

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_calendar(new QToolButton(this))
{
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
    fitLongestDate();
    updateHint();
    connect(m_edit, &QLineEdit::textEdited, this, &OptionalDateEdit::edited);
    connect(m_calendar, &QToolButton::clicked, this, &OptionalDateEdit::pickFromCalendar);
}

QString OptionalDateEdit::longestText(const QFontMetrics& metrics)
{
    // Digits and month names differ in width: the widest date of each month, in both forms
    // the field reads.
    QString longest;
    int widest = -1;
    for (int month = 1; month <= 12; ++month) {
        const QDate date(2088, month, 28);
        for (const QString& text :
             {QLocale().toString(date, displayFormat()), date.toString(Qt::ISODate)}) {
            if (metrics.horizontalAdvance(text) > widest) {
                widest = metrics.horizontalAdvance(text);
                longest = text;
            }
        }
    }
    return longest;
}

void OptionalDateEdit::fitLongestDate()
{
    // A form squeezed on a laptop's screen must never cut a date: the field keeps room for
    // the longest one, beside the clear button and inside the frame the style draws.
    const QFontMetrics metrics = m_edit->fontMetrics();
    const int clearButton = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_edit) +
                            style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) + 8;
    const QMargins margins = m_edit->textMargins();
    // QLineEdit's own inner margin on each side, and the cursor's width.
    const int inner = 2 * 2 + 2;
    QStyleOptionFrame option;
    option.initFrom(m_edit);
    option.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_edit);
    const int text = metrics.horizontalAdvance(longestText(metrics)) + margins.left() +
                     margins.right() + inner + clearButton;
    const QSize size = style()->sizeFromContents(QStyle::CT_LineEdit, &option,
                                                 QSize(text, metrics.height()), m_edit);
    m_edit->setMinimumWidth(size.width());
    updateHint();
}

void OptionalDateEdit::updateHint()
{
    // The field is only as wide as the longest date where a form is squeezed (French on a
    // laptop): "For example" before the date would be cut, so the date alone shows there and
    // the whole hint is in the tooltip, after the form's own tooltip for the field.
    const QString hint = tr("For example %1").arg(example());
    const QFontMetrics metrics = m_edit->fontMetrics();
    const int chrome = m_edit->minimumWidth() - metrics.horizontalAdvance(longestText(metrics));
    const bool fits = metrics.horizontalAdvance(hint) <= m_edit->width() - chrome;
    m_edit->setPlaceholderText(fits ? hint : example());
    m_edit->setToolTip(toolTip().isEmpty() ? hint : toolTip() + QLatin1Char('\n') + hint);
}

void OptionalDateEdit::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateHint();
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitLongestDate();
    if (event->type() == QEvent::ToolTipChange || event->type() == QEvent::LanguageChange)
        updateHint();
    QWidget::changeEvent(event);
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
