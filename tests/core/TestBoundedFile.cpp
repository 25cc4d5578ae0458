// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "common/BoundedFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Reading a file to import with a limit: what is not a regular file is refused unopened, a
// larger file unread, and no more than the limit and one byte is ever read.
class TestBoundedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void justUnderAndOverTheLimit()
    {
        const QString under =
            TestFiles::write(m_dir, QStringLiteral("under"), QByteArray(1000, 'a'));
        const BoundedFile::Content read = BoundedFile::read(under, 1000);
        QVERIFY(read.ok());
        QCOMPARE(read.bytes.size(), 1000);

        const QString over = TestFiles::write(m_dir, QStringLiteral("over"), QByteArray(1001, 'a'));
        const BoundedFile::Content refused = BoundedFile::read(over, 1000);
        QCOMPARE(refused.problem, BoundedFile::Problem::TooLarge);
        QCOMPARE(refused.size, 1001);
        QVERIFY(refused.bytes.isEmpty());
    }

    void missingFileCannotBeOpened()
    {
        const BoundedFile::Content r = BoundedFile::read(m_dir.filePath(QStringLiteral("no")), 10);
        QCOMPARE(r.problem, BoundedFile::Problem::CannotOpen);
        QVERIFY(!r.reason.isEmpty());
    }

    void folderIsNotAFile()
    {
        QCOMPARE(BoundedFile::read(m_dir.path(), 1000).problem, BoundedFile::Problem::NotAFile);
        QVERIFY(BoundedFile::notAFileMessage(m_dir.path()).contains(QStringLiteral("folder")));
    }

    void deviceIsRefusedUnread()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        QElapsedTimer timer;
        timer.start();
        const BoundedFile::Content r = BoundedFile::read(QStringLiteral("/dev/zero"), 1000000);
        QCOMPARE(r.problem, BoundedFile::Problem::NotAFile);
        QVERIFY(timer.elapsed() < 2000);
    }

    void pipeIsRefusedWithoutWaiting()
    {
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Opening it would wait for a writer that never comes.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(BoundedFile::read(fifo, 1000).problem, BoundedFile::Problem::NotAFile);
        QVERIFY(timer.elapsed() < 2000);
#else
        QSKIP("no named pipes here");
#endif
    }

    void endlessDeviceIsReadOnlyToTheLimit()
    {
        QFile zero(QStringLiteral("/dev/zero"));
        if (!zero.open(QIODevice::ReadOnly))
            QSKIP("no /dev/zero here");
        QCOMPARE(BoundedFile::readAtMost(zero, 100000).size(), 100001);
        QCOMPARE(BoundedFile::readAtMost(zero, 0).size(), 1);
    }

    void sizeZeroIsNotBelieved()
    {
        // Files in /proc say they are empty and are not.
        const QString status = QStringLiteral("/proc/self/status");
        if (!QFile::exists(status) || QFileInfo(status).size() != 0)
            QSKIP("no /proc here");
        const BoundedFile::Content small = BoundedFile::read(status, 10);
        QCOMPARE(small.problem, BoundedFile::Problem::TooLarge);
        QCOMPARE(small.size, -1);
        const BoundedFile::Content whole = BoundedFile::read(status, 1000000);
        QVERIFY(whole.ok());
        QVERIFY(whole.bytes.contains("Name:"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "TestBoundedFile.moc"
