// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileFiles.h"
#include "HostileMakers.h"
#include "TestConfig.h"
#include "TestFiles.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `passerelle-cli check` and `info` on every damaged or hostile file: the message check prints
// names the problem, and neither command changes a byte in the folder.
class TestCliHostile : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(PASSERELLE_CLI_PATH), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QMap<QString, QByteArray> snapshot(const QString& folder)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileInfo().isFile())
                files.insert(path, TestFiles::hash(path));
        }
        return files;
    }

    QTemporaryDir m_baseDir;
    QString m_base;

private slots:
    void initTestCase() { m_base = HostileFiles::makeBase(m_baseDir.path()); }

    void eachKind_data()
    {
        QTest::addColumn<int>("index");
        const QList<HostileFiles::Kind> kinds = HostileFiles::kinds();
        for (int i = 0; i < kinds.size(); ++i)
            QTest::newRow(qPrintable(kinds.at(i).name)) << i;
    }

    void eachKind()
    {
        QFETCH(int, index);
        const HostileFiles::Kind kind = HostileFiles::kinds().at(index);
        QTemporaryDir dir;
        const QString path = kind.make(dir.path(), m_base);
        QVERIFY(!path.isEmpty());
        const QMap<QString, QByteArray> before = snapshot(dir.path());

        const Run check = cli({QStringLiteral("check"), path});
        if (kind.thorough.isEmpty()) {
            QVERIFY2(check.code == 0, check.err.constData());
        } else {
            QCOMPARE(check.code, 1);
            QVERIFY2(check.err.startsWith(kind.thorough.toUtf8() + ": "), check.err.constData());
        }
        const Run info = cli({QStringLiteral("info"), path});
        QCOMPARE(info.code, kind.opening.isEmpty() ? 0 : 1);
        QVERIFY(info.code != 0 || info.out.contains("\"city\""));
        QCOMPARE(snapshot(dir.path()), before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const QString& p : before.keys())
            QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void importIntoReadOnlyFileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = HostileFiles::Make::copyBase(dir.path(), m_base);
        const QString csv =
            TestFiles::write(dir, QStringLiteral("new.csv"), "name,kind\nFEMP,international\n");
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = TestFiles::hash(path);
        const Run r = cli({QStringLiteral("import-stakeholders"), path, csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        QVERIFY(!r.err.contains("full"));
        QCOMPARE(TestFiles::hash(path), before);
    }

    void importWithMalformedRememberedValues()
    {
        // What the file remembers of imported values is malformed: ignored, never a crash, and
        // replaced only when the officer gives new choices.
        QTemporaryDir dir;
        QString path;
        for (const HostileFiles::Kind& kind : HostileFiles::kinds()) {
            if (kind.name == QLatin1String("import-values-malformed"))
                path = kind.make(dir.path(), m_base);
        }
        QVERIFY(!path.isEmpty());
        const QString csv = TestFiles::write(dir, QStringLiteral("values.csv"),
                                             "name,kind,themes\nFEMP,Office,Migration\n");
        const Run plain = cli({QStringLiteral("import-stakeholders"), path, csv});
        QVERIFY2(plain.code == 0, plain.err.constData());
        QVERIFY2(plain.out.contains("Rejected: 1\n"), plain.out.constData());
        const Run mapped = cli({QStringLiteral("import-stakeholders"), path, csv,
                                QStringLiteral("--map"), QStringLiteral("Office=ngo")});
        QVERIFY2(mapped.code == 0, mapped.err.constData());
        QVERIFY2(mapped.out.contains("Imported: 1\n"), mapped.out.constData());
        QVERIFY(mapped.out.contains("Themes created: Migration\n"));
        QVERIFY2(cli({QStringLiteral("check"), path}).code == 0, "the file is sound");
    }

    void importAfterACrashSaysTheChangeWasUndone()
    {
        QTemporaryDir dir;
        const QString path = HostileFiles::Make::interrupted(dir.path(), m_base);
        const QString csv =
            TestFiles::write(dir, QStringLiteral("new.csv"), "name,kind\nFEMP,international\n");
        const Run r = cli({QStringLiteral("import-stakeholders"), path, csv});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("undone"), r.err.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY2(cli({QStringLiteral("check"), path}).code == 0, "the recovered file is sound");
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "TestCliHostile.moc"
