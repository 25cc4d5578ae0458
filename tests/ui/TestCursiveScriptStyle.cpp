// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CursiveScriptStyle.h"

#include <QApplication>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTest>

// An Arabic interface keeps its keyboard letters without underlining them: an underline cut
// the letter from its neighbours and broke the word's joined shape.
class TestCursiveScriptStyle : public QObject
{
    Q_OBJECT

    static QImage drawn(const QString& text, QStyle* style)
    {
        QLabel label(text);
        // A label with a field to go to: its & marks a keyboard letter.
        QLineEdit buddy;
        label.setBuddy(&buddy);
        label.setStyle(style);
        label.setLayoutDirection(Qt::RightToLeft);
        label.setFont(QFont(QStringLiteral("Noto Sans Arabic"), 14));
        label.resize(220, 44);
        return label.grab().toImage();
    }

private slots:
    void onlyJoinedScriptsHideTheUnderline()
    {
        QVERIFY(CursiveScriptStyle::isJoined(QStringLiteral("ar")));
        for (const char* code : {"en", "fr", "es", "it", "el", "nl"})
            QVERIFY2(!CursiveScriptStyle::isJoined(QLatin1String(code)), code);
        CursiveScriptStyle style;
        QCOMPARE(style.styleHint(QStyle::SH_UnderlineShortcut), 0);
    }

    void wordsKeepTheirShapeAndTheirLetter()
    {
        const QString word = QStringLiteral("الاسم");
        const QString marked = QStringLiteral("الا&سم");
        // Underlined by the ordinary style, the word is drawn otherwise than without the
        // mark; with this style, exactly as without it.
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(drawn(marked, plain.get()) != drawn(word, plain.get()));
        CursiveScriptStyle style;
        QCOMPARE(drawn(marked, &style), drawn(word, &style));

        // The letter still takes the officer to the field.
        QWidget form;
        form.setStyle(&style);
        auto* layout = new QFormLayout(&form);
        auto* other = new QLineEdit(&form);
        auto* field = new QLineEdit(&form);
        layout->addRow(QStringLiteral("&أخرى"), other);
        layout->addRow(marked, field);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        other->setFocus();
        QTest::sendKeyEvent(QTest::Click, &form, Qt::Key(0x0633), QStringLiteral("س"),
                            Qt::AltModifier);
        QTRY_VERIFY(field->hasFocus());
    }
};

QTEST_MAIN(TestCursiveScriptStyle)
#include "TestCursiveScriptStyle.moc"
