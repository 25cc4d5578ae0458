// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QFontMetrics;
class QLineEdit;
class QToolButton;

// A date the officer may leave empty (a follow-up not yet planned, a meeting not yet dated):
// typed in the locale's short form or ISO, or picked from a calendar. QDateEdit cannot be
// empty, which would store today's date where the officer meant "none". Any pane's form may
// use it (the engagement log and the stakeholder group's so far), and OptionalDateDelegate in
// a table cell.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // Invalid when the field is empty or its text is not a date.
    QDate date() const;
    void setDate(const QDate& date);
    bool isEmpty() const;
    // The text typed does not read as a date: a message naming it and the expected form.
    QString problem(const QString& field) const;
    void setReadOnly(bool readOnly);
    QLineEdit* lineEdit() const { return m_edit; }

    // The form the field shows dates in: the locale's short form with a four-digit year.
    static QString displayFormat();
    // Today in that form, to show what the field expects.
    static QString example();
    // The widest date the field may have to show whole, in that form or ISO.
    static QString longestText(const QFontMetrics& metrics);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

signals:
    void edited();

private:
    void pickFromCalendar();
    void fitLongestDate();
    void updateHint();

    QLineEdit* m_edit;
    QToolButton* m_calendar;
};
