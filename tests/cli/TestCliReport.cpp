// SPDX-License-Identifier: GPL-3.0-or-later
// `passerelle-cli report`: the PDF read back (poppler, qpdf), personal data left out unless
// asked for, the report's language apart from the interface's, refusals that write nothing.
#include "CliRun.h"
#include "PdfProbe.h"
#include "TestFiles.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_demoFr;

    static QString text(const QString& pdf)
    {
        return PdfProbe::pages(pdf).join(QLatin1Char(' ')).simplified();
    }

    QStringList progressAuthors() const
    {
        QStringList authors;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("authors"));
            db.setDatabaseName(m_demo);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT DISTINCT author FROM progress_entry WHERE "
                                           "author <> ''"),
                            db);
                while (q.next())
                    authors << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("authors"));
        return authors;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        QCOMPARE(CliRun::run({QStringLiteral("demo"), m_demo}).code, 0);
        m_demoFr = m_dir.filePath(QStringLiteral("demo-fr.passerelle"));
        QCOMPARE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--lang"),
                              QStringLiteral("fr"), m_demoFr})
                     .code,
                 0);
    }

    void actionPlanReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("status.pdf"));
        const QByteArray before = TestFiles::hash(m_demo);
        const CliRun r = CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"),
                                      m_demo, QStringLiteral("-o"), out, QStringLiteral("--since"),
                                      QStringLiteral("2026-06-01")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("written to"));
        QVERIFY(r.out.contains("--with-personal-data"));
        QCOMPARE(TestFiles::hash(m_demo), before); // read only
        QCOMPARE(PdfProbe::structureProblems(out), QString());
        const QMap<QString, QString> info = PdfProbe::info(out);
        QVERIFY(info.value(QStringLiteral("Pages")).toInt() >= 6);
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Action plan: status report"));
        const QString all = text(out);
        for (const char* part : {"What is late and why", "Done since 1 June 2026",
                                 "Slippage against the adopted plan", "Budget by funding source",
                                 "Indicators against their targets", "Timeline", "Page 2 of"})
            QVERIFY2(all.contains(QLatin1String(part)), part);
        // The progress notes' authors are personal data.
        const QStringList authors = progressAuthors();
        QVERIFY(!authors.isEmpty());
        for (const QString& author : authors)
            QVERIFY2(!all.contains(author), qPrintable(author));

        const QString with = m_dir.filePath(QStringLiteral("status-personal.pdf"));
        QCOMPARE(CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), m_demo,
                              QStringLiteral("-o"), with, QStringLiteral("--with-personal-data")})
                     .code,
                 0);
        const QString withText = text(with);
        bool any = false;
        for (const QString& author : authors)
            any = any || withText.contains(author);
        QVERIFY(any);
    }

    void reportLanguageApartFromInterface()
    {
        // The interface here is English (LANG=C); the French city's report is in French.
        const QString out = m_dir.filePath(QStringLiteral("etat.pdf"));
        QCOMPARE(CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), m_demoFr,
                              QStringLiteral("-o"), out})
                     .code,
                 0);
        const QString all = text(out);
        QVERIFY2(all.contains(QStringLiteral("Plan d’action")), qPrintable(all.left(400)));
        QVERIFY(all.contains(QStringLiteral("Page 2 sur")));
        // And in English when asked.
        const QString en = m_dir.filePath(QStringLiteral("status-en.pdf"));
        QCOMPARE(
            CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), m_demoFr,
                         QStringLiteral("-o"), en, QStringLiteral("--lang"), QStringLiteral("en")})
                .code,
            0);
        QVERIFY(text(en).contains(QLatin1String("What is late and why")));
    }

    void letterPaper()
    {
        const QString out = m_dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), m_demo,
                              QStringLiteral("-o"), out, QStringLiteral("--paper"),
                              QStringLiteral("letter")})
                     .code,
                 0);
        QVERIFY(PdfProbe::info(out)
                    .value(QStringLiteral("Page size"))
                    .contains(QLatin1String("612 x 792")));
    }

    void refusalsWriteNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("older.pdf"));
        QFile older(out);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("an older report");
        older.close();
        const QByteArray hash = TestFiles::hash(out);
        CliRun r = CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), m_demo,
                                QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("already exists"));
        QCOMPARE(TestFiles::hash(out), hash);
        QCOMPARE(CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), m_demo,
                              QStringLiteral("-o"), out, QStringLiteral("--force")})
                     .code,
                 0);
        QCOMPARE(PdfProbe::structureProblems(out), QString());

        const QString fresh = m_dir.filePath(QStringLiteral("fresh.pdf"));
        const QList<QStringList> usage = {
            {QStringLiteral("nonsense"), m_demo, QStringLiteral("-o"), fresh},
            {QStringLiteral("action-plan"), m_demo, QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("fresh.docx"))},
            {QStringLiteral("action-plan"), m_demo, QStringLiteral("-o"), fresh,
             QStringLiteral("--since"), QStringLiteral("yesterday")},
            {QStringLiteral("action-plan"), m_demo, QStringLiteral("-o"), fresh,
             QStringLiteral("--paper"), QStringLiteral("a3")},
            {QStringLiteral("action-plan"), m_demo, QStringLiteral("-o"), fresh,
             QStringLiteral("--lang"), QStringLiteral("tlh")},
            {QStringLiteral("action-plan"), m_demo},
        };
        for (const QStringList& args : usage) {
            r = CliRun::run(QStringList{QStringLiteral("report")} + args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(!r.err.trimmed().isEmpty());
        }
        // Not a city file: refused, nothing written.
        const QString bogus = TestFiles::write(m_dir, QStringLiteral("bogus.passerelle"),
                                               QByteArray("not a database at all"));
        r = CliRun::run({QStringLiteral("report"), QStringLiteral("action-plan"), bogus,
                         QStringLiteral("-o"), fresh});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*.pdf.*"), QStringLiteral(".*pdf*")},
                               QDir::Files | QDir::Hidden)
                    .isEmpty());
    }
};

QTEST_MAIN(TestCliReport)
#include "TestCliReport.moc"
