// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestConfig.h"
#include "TestFiles.h"
#include "stakeholders/CsvReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Reading CSV files as spreadsheets write them: encodings, separators, quotes, line numbers,
// and the refusal of what is not a CSV file at all.
class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QString csv(const char* name)
    {
        return TestFiles::fixture(QStringLiteral("csv/") + QLatin1String(name));
    }
    static CsvTable read(const char* name, const CsvReader::Options& options = {})
    {
        Result<CsvTable> r = CsvReader::read(csv(name), options);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? r.take() : CsvTable{};
    }

private slots:
    void utf8WithBom()
    {
        const CsvTable t = read("bom-utf8.csv");
        QCOMPARE(t.encoding, CsvEncoding::Utf8);
        QCOMPARE(t.delimiter, CsvDelimiter::Comma);
        QCOMPARE(t.header.first(), QStringLiteral("name")); // the BOM is not part of it
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(1).fields.first(), QStringLiteral("Université de Valmer"));
        QCOMPARE(t.rows.at(1).line, 3);
    }

    void windows1252WhenNotUtf8()
    {
        const CsvTable t = read("windows-1252.csv");
        QCOMPARE(t.encoding, CsvEncoding::Windows1252);
        QCOMPARE(t.header.at(3), QStringLiteral("Thèmes"));
        QCOMPARE(t.rows.first().fields.first(), QStringLiteral("Société Générale"));
        QVERIFY(t.rows.first().fields.last().endsWith(QStringLiteral("5000 € par an")));
        QCOMPARE(t.rows.at(1).fields.first(), QStringLiteral("Crèche « Les Lutins »"));
    }

    void explicitEncodingOverrides()
    {
        CsvReader::Options latin;
        latin.encoding = CsvEncoding::Windows1252;
        // UTF-8 bytes read as Windows-1252 on request: "é" becomes two characters.
        const CsvTable t = read("semicolon-french.csv", latin);
        QCOMPARE(t.encoding, CsvEncoding::Windows1252);
        QCOMPARE(t.header.at(3), QStringLiteral("ThÃ¨mes"));
        CsvReader::Options utf8;
        utf8.encoding = CsvEncoding::Utf8;
        const Result<CsvTable> refused = CsvReader::read(csv("windows-1252.csv"), utf8);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("Windows-1252")));
    }

    void semicolonAndTabDetected()
    {
        const CsvTable semi = read("semicolon-french.csv");
        QCOMPARE(semi.delimiter, CsvDelimiter::Semicolon);
        QCOMPARE(semi.header.size(), 10);
        QCOMPARE(semi.rows.first().fields.at(9), QStringLiteral("Aide alimentaire, vestiaire"));
        const CsvTable tab = read("tab.csv");
        QCOMPARE(tab.delimiter, CsvDelimiter::Tab);
        QCOMPARE(tab.header.size(), 6);
        QCOMPARE(tab.rows.first().fields.at(5), QStringLiteral("Mission, Paris; bureau régional"));
        QCOMPARE(tab.rows.at(1).fields.size(), 6); // the empty last field of a tab file is kept
    }

    void explicitDelimiterOverrides()
    {
        CsvReader::Options comma;
        comma.delimiter = CsvDelimiter::Comma;
        const CsvTable t = read("semicolon-french.csv", comma);
        QCOMPARE(t.delimiter, CsvDelimiter::Comma);
        QCOMPARE(t.header.size(), 1);
    }

    void quotesAndPhysicalLines()
    {
        const CsvTable t = read("quoted.csv");
        QCOMPARE(t.delimiter, CsvDelimiter::Comma);
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(0).line, 2);
        QCOMPARE(t.rows.at(0).fields.at(0), QStringLiteral("Atlas, association"));
        QCOMPARE(t.rows.at(0).fields.at(3),
                 QStringLiteral("First line\r\nsecond line\r\nthird, with \"quotes\""));
        QCOMPARE(t.rows.at(1).line, 5);
        QCOMPARE(t.rows.at(1).fields.at(0), QStringLiteral("Al-Nour \"mosque\""));
        QCOMPARE(t.rows.at(2).line, 6);
        QCOMPARE(t.rows.at(3).line, 7);
    }

    void blankLinesCountButAreSkipped()
    {
        const Result<CsvTable> t = CsvReader::parse("name\n\nA\n\n\nB\n");
        QVERIFY(t);
        QCOMPARE(t.value().rows.size(), 2);
        QCOMPARE(t.value().rows.at(0).line, 3);
        QCOMPARE(t.value().rows.at(1).line, 6);
    }

    void raggedRowsKeepTheirFields()
    {
        const CsvTable t = read("ragged.csv");
        QCOMPARE(t.delimiter, CsvDelimiter::Comma);
        QCOMPARE(t.rows.at(0).fields.size(), 2);
        QCOMPARE(t.rows.at(2).fields.size(), 6);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << "empty.csv"
                               << "is empty";
        QTest::newRow("junk") << "junk.csv"
                              << "binary";
        QTest::newRow("unclosed quote") << "unclosed-quote.csv"
                                        << "near line 3";
        QTest::newRow("missing") << "no-such-file.csv"
                                 << "cannot be read";
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, fragment);
        const Result<CsvTable> r =
            CsvReader::read(TestFiles::fixture(QStringLiteral("csv/") + file));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }

    void onlyBomOrSpacesIsEmpty()
    {
        QVERIFY(!CsvReader::parse("\xEF\xBB\xBF"));
        QVERIFY(!CsvReader::parse(" \r\n\n "));
        QVERIFY(!CsvReader::parse("a,b\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"));
    }

    void hugeFileRefusedQuickly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk("name,kind\n");
            const QByteArray row("Some association with a long name,ngo\n");
            while (chunk.size() < 1024 * 1024)
                chunk += row;
            for (qint64 written = 0; written <= CsvReader::Options::defaultMaxBytes;)
                written += f.write(chunk);
        }
        QVERIFY(QFileInfo(path).size() > CsvReader::Options::defaultMaxBytes);
        QElapsedTimer timer;
        timer.start();
        const Result<CsvTable> r = CsvReader::read(path);
        const qint64 ms = timer.elapsed();
        QVERIFY(!r);
        const QString limit =
            QStringLiteral("%1 MB").arg(CsvReader::Options::defaultMaxBytes / (1024 * 1024));
        QVERIFY2(r.error().message.contains(limit), qPrintable(r.error().message));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        qInfo("%s file refused in %lld ms", qPrintable(limit), ms);
    }

    void justUnderTheLimitIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CsvReader::Options options;
        options.maxBytes = 64 * 1024;
        QByteArray bytes("name\n");
        while (bytes.size() < options.maxBytes)
            bytes += "Caritas\n";
        bytes.truncate(options.maxBytes - 1);
        bytes += '\n';
        const QString under = TestFiles::write(dir, QStringLiteral("under.csv"), bytes);
        QVERIFY(CsvReader::read(under, options));
        const QString over = TestFiles::write(dir, QStringLiteral("over.csv"), bytes + "A\n");
        const Result<CsvTable> refused = CsvReader::read(over, options);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("over.csv")),
                 qPrintable(refused.error().message));
    }

    void devicesAndPipesAreRefused()
    {
        QStringList paths;
        if (QFile::exists(QStringLiteral("/dev/zero")))
            paths << QStringLiteral("/dev/zero");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath(QStringLiteral("list.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        paths << fifo;
#endif
        paths << dir.path();
        for (const QString& path : std::as_const(paths)) {
            QElapsedTimer timer;
            timer.start();
            const Result<CsvTable> r = CsvReader::read(path);
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().message.contains(QLatin1String("not a file")),
                     qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QDir::toNativeSeparators(path)));
            QVERIFY2(timer.elapsed() < 2000, qPrintable(path));
        }
    }

    void rowsBeyondTheLimitAreRefused()
    {
        const auto rows = [](qsizetype count) {
            QByteArray bytes("name\n");
            for (qsizetype i = 0; i < count; ++i)
                bytes += "n" + QByteArray::number(i) + '\n';
            return bytes;
        };
        const qsizetype limit = CsvReader::Options::defaultMaxRows;
        const Result<CsvTable> whole = CsvReader::parse(rows(limit));
        QVERIFY(whole);
        QCOMPARE(whole.value().rows.size(), limit);
        const Result<CsvTable> refused = CsvReader::parse(rows(limit + 1));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QString::number(limit)),
                 qPrintable(refused.error().message));
    }

    void fieldsBeyondTheLimitAreRefused()
    {
        const qsizetype limit = CsvReader::Options::defaultMaxColumns;
        QByteArray header("name");
        for (qsizetype i = 1; i < limit; ++i)
            header += ",c" + QByteArray::number(i);
        QVERIFY(CsvReader::parse(header + "\nA\n"));
        const Result<CsvTable> wideHeader = CsvReader::parse(header + ",one more\nA\n");
        QVERIFY(!wideHeader);
        QVERIFY2(wideHeader.error().message.startsWith(QLatin1String("Line 1 ")),
                 qPrintable(wideHeader.error().message));
        // A data line of commas is refused too, naming its line.
        const Result<CsvTable> wideRow =
            CsvReader::parse("name\nA\n" + QByteArray(1024 * 1024, ',') + "\n");
        QVERIFY(!wideRow);
        QVERIFY2(wideRow.error().message.startsWith(QLatin1String("Line 3 ")),
                 qPrintable(wideRow.error().message));
    }

    void megabyteOfTinyRowsIsRefusedQuickly()
    {
        QByteArray bytes("name,kind\n");
        for (int i = 0; bytes.size() < 1024 * 1024; ++i)
            bytes += "n" + QByteArray::number(i) + ",ngo\n";
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!CsvReader::parse(bytes));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void smallLimitAppliesToBytes()
    {
        CsvReader::Options tiny;
        tiny.maxBytes = 10;
        QVERIFY(!CsvReader::parse("name\nabcdefghijkl\n", tiny));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
