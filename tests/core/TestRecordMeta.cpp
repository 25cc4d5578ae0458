// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RecordMeta.h"

#include <QTest>

// Record timestamps as stored: written as UTC with milliseconds, read back equal, and a text in
// any other form read as QDateTime reads it (the fast path for Passerelle's own form must not
// change what other forms mean).
class TestRecordMeta : public QObject
{
    Q_OBJECT

private slots:
    void ownFormRoundTrips()
    {
        const QDateTime now = RecordMeta::now();
        const QString text = RecordMeta::toText(now);
        QCOMPARE(text.size(), 24);
        const QDateTime read = RecordMeta::fromText(text);
        QCOMPARE(read, now);
        QCOMPARE(read.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(RecordMeta::toText(read), text);
    }

    void readsAsQDateTimeDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("own form") << QStringLiteral("2026-12-04T19:20:00.123Z");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z");
        QTest::newRow("before 1970") << QStringLiteral("1969-07-20T20:17:40.000Z");
        QTest::newRow("no milliseconds") << QStringLiteral("2026-12-04T19:20:00Z");
        QTest::newRow("an offset") << QStringLiteral("2026-12-04T19:20:00.123+01:00");
        QTest::newRow("month 13") << QStringLiteral("2026-13-04T19:20:00.123Z");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30T19:20:00.123Z");
        QTest::newRow("hour 25") << QStringLiteral("2026-12-04T25:20:00.123Z");
        QTest::newRow("a letter") << QStringLiteral("2026-12-04T19:2x:00.123Z");
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0662\u0660\u0662\u0666-12-04T19:20:00.123Z");
        QTest::newRow("empty") << QString();
    }

    void readsAsQDateTimeDoes()
    {
        QFETCH(QString, text);
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        const QDateTime read = RecordMeta::fromText(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(read.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }
};

QTEST_APPLESS_MAIN(TestRecordMeta)
#include "TestRecordMeta.moc"
