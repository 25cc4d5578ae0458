// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BidiText.h"

#include <QImage>
#include <QPainter>
#include <QTest>

// A text keeps its own direction inside a line that runs the other way.
class TestBidiText : public QObject
{
    Q_OBJECT

    // The text drawn from the left edge of a line of the given direction.
    static QImage drawn(const QString& text, Qt::LayoutDirection line)
    {
        QImage image(320, 32, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setLayoutDirection(line);
        QFont font = painter.font();
        font.setPixelSize(18);
        painter.setFont(font);
        painter.drawText(image.rect(), Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter, text);
        return image;
    }

private slots:
    void directionIsTheFirstLetters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("English") << "Export…" << int(Qt::LeftToRight);
        QTest::newRow("French after digits") << "12 rue de la Paix" << int(Qt::LeftToRight);
        QTest::newRow("Arabic") << QString::fromUtf8("مرسى الوادي") << int(Qt::RightToLeft);
        QTest::newRow("Arabic after a Latin acronym in an isolate")
            << QString::fromUtf8("\u2066CSV\u2069 استيراد") << int(Qt::RightToLeft);
        QTest::newRow("Moroccan date, its marks")
            << QString::fromUtf8("4\u200f/12\u200f/2026") << int(Qt::RightToLeft);
        QTest::newRow("digits only") << "43 %" << int(Qt::LayoutDirectionAuto);
        QTest::newRow("empty") << QString() << int(Qt::LayoutDirectionAuto);
    }

    void directionIsTheFirstLetters()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(int(BidiText::directionOf(text, Qt::LayoutDirectionAuto)), expected);
    }

    void unchangedWhereDirectionsAgree()
    {
        const QString english = QStringLiteral("Export…");
        QCOMPARE(BidiText::inLine(english, Qt::LeftToRight, Qt::LeftToRight), english);
        const QString arabic = QString::fromUtf8("تصدير…");
        QCOMPARE(BidiText::inLine(arabic, Qt::RightToLeft, Qt::RightToLeft), arabic);
        // Digits read in the interface's direction: nothing to isolate when it is the line's.
        QCOMPARE(BidiText::inLine(QStringLiteral("43 %"), Qt::RightToLeft, Qt::RightToLeft),
                 QStringLiteral("43 %"));
    }

    void isolatedWhereTheyDoNot()
    {
        QCOMPARE(BidiText::inLine(QStringLiteral("Export…"), Qt::RightToLeft, Qt::RightToLeft),
                 QString::fromUtf8("\u2066Export…\u2069"));
        QCOMPARE(BidiText::inLine(QString::fromUtf8("مرسى"), Qt::LeftToRight, Qt::LeftToRight),
                 QString::fromUtf8("\u2067مرسى\u2069"));
        QCOMPARE(BidiText::inLine(QStringLiteral("43 %"), Qt::RightToLeft, Qt::LeftToRight),
                 QString::fromUtf8("\u206643 %\u2069"));
        // An isolate ends with its paragraph: each line alone.
        QCOMPARE(
            BidiText::inLine(QStringLiteral("One…\nTwo (b)"), Qt::RightToLeft, Qt::RightToLeft),
            QString::fromUtf8("\u2066One…\u2069\n\u2066Two (b)\u2069"));
        QCOMPARE(BidiText::withoutMarks(
                     BidiText::inLine(QStringLiteral("a\nb"), Qt::RightToLeft, Qt::RightToLeft)),
                 QStringLiteral("a\nb"));
    }

    // What the isolate is for, on Qt's own drawing: in a mirrored line "Export…" showed as
    // "…Export" and a name lost its last full stop or ellipsis to the left end; isolated, each is
    // drawn exactly as in a line of its own direction.
    void isolatedTextReadsInItsOwnDirection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("own");
        QTest::newRow("menu") << "Export…" << int(Qt::LeftToRight);
        QTest::newRow("name") << "Garrigue Construction S.A." << int(Qt::LeftToRight);
        QTest::newRow("name cut short")
            << "DDETS – Directorate for Employ…" << int(Qt::LeftToRight);
        QTest::newRow("signed points") << "+33 pts" << int(Qt::LeftToRight);
        QTest::newRow("Arabic name, Latin acronym last")
            << QString::fromUtf8("المركز الدولي (ICMPD)") << int(Qt::RightToLeft);
    }

    void isolatedTextReadsInItsOwnDirection()
    {
        QFETCH(QString, text);
        QFETCH(int, own);
        const auto direction = Qt::LayoutDirection(own);
        const auto other = direction == Qt::LeftToRight ? Qt::RightToLeft : Qt::LeftToRight;
        QVERIFY(drawn(text, other) != drawn(text, direction));
        QCOMPARE(drawn(BidiText::inLine(text, other, other), other), drawn(text, direction));
    }
};

QTEST_MAIN(TestBidiText)
#include "TestBidiText.moc"
