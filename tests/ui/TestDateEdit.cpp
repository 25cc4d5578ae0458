// SPDX-License-Identifier: GPL-3.0-or-later
// A date field reads as the tables around it do: the same order of day, month and year on the
// screen in Arabic (right to left) as in the cells, the whole year in every language, and what
// is typed read back.
#include "common/DateEdit.h"
#include "common/DateText.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTextLayout>

class TestDateEdit : public QObject
{
    Q_OBJECT

    // Where, from the left, the day and the year of a date written as text are drawn in a
    // line of the given direction.
    static std::pair<qreal, qreal> dayAndYearX(const QString& text, Qt::LayoutDirection direction,
                                               const QString& day, const QString& year)
    {
        QTextLayout layout(text, QApplication::font());
        QTextOption option;
        option.setTextDirection(direction);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1000);
        layout.endLayout();
        const auto x = [&](const QString& part) {
            const int at = int(text.indexOf(part));
            return (line.cursorToX(at) + line.cursorToX(at + int(part.size()))) / 2;
        };
        return {x(day), x(year)};
    }

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void readsAsTheTablesDo_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("Arabic, Morocco") << "ar_MA";
        QTest::newRow("Arabic, Lebanon") << "ar_LB";
        QTest::newRow("English, United States") << "en_US";
        QTest::newRow("French") << "fr_FR";
        QTest::newRow("Greek") << "el_GR";
        QTest::newRow("Dutch, Belgium") << "nl_BE";
    }

    void readsAsTheTablesDo()
    {
        QFETCH(QString, locale);
        const QLocale reader(locale);
        QLocale::setDefault(reader);
        QApplication::setLayoutDirection(reader.textDirection());
        const QDate date(2026, 3, 24);
        DateEdit edit;
        edit.setDate(date);
        edit.resize(220, edit.sizeHint().height());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        auto* line = edit.findChild<QLineEdit*>();
        QVERIFY(line);

        // The whole year, in the locale's digits.
        const QString year = reader.toString(2026).remove(reader.groupSeparator());
        const QString day = reader.toString(24);
        QVERIFY2(line->text().contains(year), qPrintable(line->text()));

        // The day and the year on the same sides as in a table's cell.
        const QString cell = DateText::shown(date, reader);
        const auto [cellDay, cellYear] = dayAndYearX(cell, reader.textDirection(), day, year);
        const auto [editDay, editYear] =
            dayAndYearX(line->text(), line->layoutDirection(), day, year);
        QVERIFY2((cellDay < cellYear) == (editDay < editYear),
                 qPrintable(line->text() + QStringLiteral(" / ") + cell));

        // Read back: another date's text, as the field writes it (in the locale's digits).
        const QDate other(2025, 11, 7);
        DateEdit shown;
        shown.setDate(other);
        const QString typed = shown.findChild<QLineEdit*>()->text();
        line->setText(typed);
        edit.interpretText();
        QCOMPARE(edit.date(), other);
    }

    void followsALocaleChange()
    {
        DateEdit edit;
        QCOMPARE(edit.displayFormat(), DateEdit::formatFor(QLocale()));
        edit.setLocale(QLocale(QStringLiteral("ar_MA")));
        QCOMPARE(edit.displayFormat(), DateEdit::formatFor(QLocale(QStringLiteral("ar_MA"))));
        QVERIFY(!edit.displayFormat().contains(QChar(0x200F)));
    }
};

QTEST_MAIN(TestDateEdit)
#include "TestDateEdit.moc"
