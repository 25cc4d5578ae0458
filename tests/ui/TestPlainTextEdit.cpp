// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PlainTextEdit.h"

#include <QTest>
#include <QTextDocument>

// A note stands where its own language starts it: an Arabic note on the right, a French one
// on the left, in an Arabic window and in any other.
class TestPlainTextEdit : public QObject
{
    Q_OBJECT

    // Where the text's first character is drawn, from the left of the box.
    static int startOf(PlainTextEdit& edit)
    {
        QTextCursor cursor(edit.document());
        cursor.movePosition(QTextCursor::Start);
        return edit.cursorRect(cursor).center().x();
    }

private slots:
    void textIsAlignedToItsOwnStart_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        const QString arabic = QString::fromUtf8("استمارة جديدة منذ شتنبر 2025");
        const QString french = QStringLiteral("Nouveau formulaire (2025).");
        QTest::newRow("Arabic in an Arabic window")
            << int(Qt::RightToLeft) << arabic << int(Qt::RightToLeft);
        QTest::newRow("French in an Arabic window")
            << int(Qt::RightToLeft) << french << int(Qt::LeftToRight);
        QTest::newRow("Arabic in a French window")
            << int(Qt::LeftToRight) << arabic << int(Qt::RightToLeft);
        QTest::newRow("figures in an Arabic window")
            << int(Qt::RightToLeft) << QStringLiteral("57 / 2025") << int(Qt::RightToLeft);
        QTest::newRow("nothing yet in an Arabic window")
            << int(Qt::RightToLeft) << QString() << int(Qt::RightToLeft);
    }

    void textIsAlignedToItsOwnStart()
    {
        QFETCH(int, window);
        QFETCH(QString, text);
        QFETCH(int, expected);
        PlainTextEdit edit;
        edit.setLayoutDirection(Qt::LayoutDirection(window));
        edit.resize(400, 120);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setPlainText(text);
        QCOMPARE(int(edit.textDirection()), expected);
        if (text.isEmpty())
            return;
        const int middle = edit.viewport()->width() / 2;
        if (expected == Qt::RightToLeft)
            QVERIFY2(startOf(edit) > middle, qPrintable(QString::number(startOf(edit))));
        else
            QVERIFY2(startOf(edit) < middle, qPrintable(QString::number(startOf(edit))));
    }

    void followsTheTextAsItIsTyped()
    {
        PlainTextEdit edit;
        edit.setLayoutDirection(Qt::RightToLeft);
        edit.resize(400, 120);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, QStringLiteral("Mechelen"));
        QCOMPARE(edit.textDirection(), Qt::LeftToRight);
        QVERIFY(edit.document()->defaultTextOption().alignment() & Qt::AlignLeft);
        edit.selectAll();
        // What a keyboard in Arabic types (QTest's keys are Latin only).
        edit.insertPlainText(QString::fromUtf8("طنجة"));
        QCOMPARE(edit.textDirection(), Qt::RightToLeft);
        QVERIFY(edit.document()->defaultTextOption().alignment() & Qt::AlignRight);
    }
};

QTEST_MAIN(TestPlainTextEdit)
#include "TestPlainTextEdit.moc"
