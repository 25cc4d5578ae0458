// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/OptionalDateEdit.h"
#include "i18n/Translator.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>
#include <QToolButton>

// A date field squeezed into a narrow form, as on a laptop's screen, still shows every digit
// of the longest date, in English and in French, and its hint of the form whole.
class TestOptionalDateEdit : public QObject
{
    Q_OBJECT

    // The width the line edit leaves its text: inside the frame, before the clear button.
    static int textRoom(QLineEdit* edit)
    {
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
        const QRect contents =
            edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        int right = contents.right();
        for (QToolButton* button : edit->findChildren<QToolButton*>()) {
            if (button->isVisible())
                right = std::min(right, button->geometry().left() - 1);
        }
        // QLineEdit's own margin of two pixels on each side.
        return right - contents.left() + 1 - 2 * 2;
    }

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        Translator::install(*qApp, QStringLiteral("en"));
    }

    void showsTheWholeDate_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
    }

    void showsTheWholeDate()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        QWidget form;
        auto* layout = new QFormLayout(&form);
        auto* edit = new OptionalDateEdit(&form);
        layout->addRow(QStringLiteral("Follow up by:"), edit);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        // As narrow as the layout lets it be.
        form.resize(10, form.height());
        QTest::qWait(20);
        QLineEdit* line = edit->lineEdit();
        const QFontMetrics metrics = line->fontMetrics();
        const QDate last(2026, 12, 31);
        for (const QString& text :
             {OptionalDateEdit::longestText(metrics), last.toString(Qt::ISODate),
              QLocale().toString(last, OptionalDateEdit::displayFormat())}) {
            edit->lineEdit()->setText(text);
            QTRY_VERIFY2(textRoom(line) >= metrics.horizontalAdvance(text),
                         qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                        .arg(text)
                                        .arg(textRoom(line))
                                        .arg(metrics.horizontalAdvance(text))));
        }
        QCOMPARE(edit->date(), last);
    }

    void hintShowsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    // The empty field's hint ("For example 04/12/2026") is never cut: whole in the field
    // when it is wide enough, else the date alone there and the whole hint on hover.
    void hintShowsWhole()
    {
        QFETCH(QString, language);
        Translator::install(*qApp, language);
        QLocale::setDefault(language == QLatin1String("fr")
                                ? QLocale(QLocale::French, QLocale::France)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
        QWidget form;
        auto* layout = new QFormLayout(&form);
        auto* edit = new OptionalDateEdit(&form);
        edit->setToolTip(QStringLiteral("When you promised to come back"));
        layout->addRow(QStringLiteral("Follow up by:"), edit);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QLineEdit* line = edit->lineEdit();
        const QString hint =
            OptionalDateEdit::tr("For example %1").arg(OptionalDateEdit::example());
        for (int width : {10, 600}) {
            form.resize(width, form.height());
            QTest::qWait(20);
            const QString shown = line->placeholderText();
            QVERIFY2(textRoom(line) >= line->fontMetrics().horizontalAdvance(shown),
                     qPrintable(QStringLiteral("“%1” in %2 px").arg(shown).arg(textRoom(line))));
            QVERIFY(shown == hint || shown == OptionalDateEdit::example());
            // The field's own tooltip stays, with the hint under it.
            QVERIFY(line->toolTip().startsWith(edit->toolTip()));
            QVERIFY(line->toolTip().endsWith(hint));
        }
        // Wide, the whole hint in the field.
        QCOMPARE(line->placeholderText(), hint);
    }
};

QTEST_MAIN(TestOptionalDateEdit)
#include "TestOptionalDateEdit.moc"
