// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/PersonalBytes.h"
#include "CliRun.h"
#include "share/ShareWriter.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `passerelle-cli share FILE -o OUT [--with-personal-data] [--force]` (issue 13).
class TestCliShare : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QString emailOf(const QString& path)
    {
        CityFile::OpenResult file = CityFile::open(path, CityFile::Access::ReadOnly);
        if (!file)
            return {};
        QSqlQuery q(file.value()->database());
        q.exec(QStringLiteral("SELECT email FROM contact_person WHERE email <> '' LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        QCOMPARE(CliRun::run({QStringLiteral("demo"), m_demo}).code, 0);
    }

    void listedInHelp()
    {
        const CliRun help = CliRun::run({QStringLiteral("--help")});
        QVERIFY(help.out.contains("share"));
        const CliRun own = CliRun::run({QStringLiteral("share"), QStringLiteral("--help")});
        QCOMPARE(own.code, 0);
        QVERIFY(own.out.contains("--with-personal-data"));
        QVERIFY(own.out.contains("--force"));
    }

    void sharesWithoutPersonalData()
    {
        const QString out = m_dir.filePath(QStringLiteral("shared.passerelle"));
        const CliRun run =
            CliRun::run({QStringLiteral("share"), m_demo, QStringLiteral("-o"), out});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // One line per thing left out, with its count; then how to include it.
        QVERIFY(run.out.contains("Left out:"));
        QVERIFY(run.out.contains("contact person"));
        QVERIFY(run.out.contains("private note"));
        QVERIFY(run.out.contains("--with-personal-data"));
        const QString email = emailOf(m_demo);
        QVERIFY(!email.isEmpty());
        QVERIFY(!PersonalBytes::fileBytes(out).contains(email.toUtf8()));
        // An ordinary file that `check` passes.
        const CliRun check = CliRun::run({QStringLiteral("check"), out});
        QCOMPARE(check.code, 0);
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral(".shared*")}, QDir::Hidden | QDir::Files),
            QStringList());
    }

    void sharesWithPersonalDataWhenAsked()
    {
        const QString out = m_dir.filePath(QStringLiteral("full.passerelle"));
        const CliRun run = CliRun::run({QStringLiteral("share"), m_demo, QStringLiteral("-o"), out,
                                        QStringLiteral("--with-personal-data")});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains("--with-personal-data"));
        QVERIFY(!run.out.contains("contact person"));
        QVERIFY(PersonalBytes::fileBytes(out).contains(emailOf(m_demo).toUtf8()));
    }

    void refusesToOverwriteWithoutForce()
    {
        const QString out = m_dir.filePath(QStringLiteral("taken.passerelle"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const CliRun refused =
            CliRun::run({QStringLiteral("share"), m_demo, QStringLiteral("-o"), out});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("--force"));
        QCOMPARE(PersonalBytes::fileBytes(out), QByteArray("keep me"));
        const CliRun forced = CliRun::run({QStringLiteral("share"), m_demo, QStringLiteral("-o"),
                                           out, QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QCOMPARE(CliRun::run({QStringLiteral("check"), out}).code, 0);
    }

    void usageAndBadFiles()
    {
        QCOMPARE(CliRun::run({QStringLiteral("share"), m_demo}).code, 2);
        const QString missing = m_dir.filePath(QStringLiteral("missing.passerelle"));
        const QString out = m_dir.filePath(QStringLiteral("never.passerelle"));
        const CliRun run =
            CliRun::run({QStringLiteral("share"), missing, QStringLiteral("-o"), out});
        QCOMPARE(run.code, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliShare)
#include "TestCliShare.moc"
