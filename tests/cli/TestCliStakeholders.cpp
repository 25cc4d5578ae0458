// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestConfig.h"
#include "TestFiles.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// import-stakeholders and export-stakeholders as a script sees them: counts, rejected lines,
// exit codes, and a city file left byte for byte alone when the CSV cannot be read.
class TestCliStakeholders : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run cli(const QStringList& args) { return CliRun::run(args); }

    static QString csv(const char* name)
    {
        return TestFiles::fixture(QStringLiteral("csv/") + QLatin1String(name));
    }

    // A copy of the demo city to import into.
    QString demoCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_demo, path) ? path : QString();
    }

    QString emptyCity(const QString& name)
    {
        CityFile::NewCity city;
        city.name = QStringLiteral("Valmer");
        city.country = QStringLiteral("FR");
        const QString path = m_dir.filePath(name);
        CityFile::OpenResult r =
            CityFile::create(path, city, [](QSqlDatabase db, const QString& id) {
                return CitySeeder::seed(db, id, QStringLiteral("fr"));
            });
        return r.ok() ? path : QString();
    }

    // The demo's contact persons and private notes, read from the file itself.
    struct Personal
    {
        QStringList contacts; // names, e-mails and phones
        QStringList privateNotes;
        QStringList publicNotes;
    };
    static Personal personalIn(const QString& path)
    {
        Personal p;
        CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
        if (!opened.ok())
            return p;
        std::unique_ptr<CityFile> file = opened.take();
        Repositories repos(*file);
        for (const ContactPerson& c : repos.stakeholders().contacts()) {
            for (const QString& value : {c.name, c.email, c.phone}) {
                if (!value.isEmpty())
                    p.contacts << value;
            }
        }
        for (const Stakeholder& s : repos.stakeholders().stakeholders()) {
            if (!s.notes.isEmpty())
                (s.notesPrivate ? p.privateNotes : p.publicNotes) << s.notes;
        }
        return p;
    }
    static QByteArray contentOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        const Run r =
            cli({QStringLiteral("demo"), m_demo, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void listedInHelp()
    {
        const Run help = cli({QStringLiteral("--help")});
        QVERIFY(help.out.contains("import-stakeholders"));
        QVERIFY(help.out.contains("export-stakeholders"));
        const Run importHelp =
            cli({QStringLiteral("import-stakeholders"), QStringLiteral("--help")});
        QCOMPARE(importHelp.code, 0);
        QVERIFY(importHelp.out.contains("--on-duplicate"));
        const Run exportHelp =
            cli({QStringLiteral("export-stakeholders"), QStringLiteral("--help")});
        QCOMPARE(exportHelp.code, 0);
        QVERIFY(exportHelp.out.contains("--with-personal-data"));
    }

    void personalDataOnlyWhenAsked()
    {
        const Personal demo = personalIn(m_demo);
        QVERIFY(!demo.contacts.isEmpty());
        QVERIFY(!demo.privateNotes.isEmpty());
        QVERIFY(!demo.publicNotes.isEmpty());

        const QString shared = m_dir.filePath(QStringLiteral("shared.csv"));
        const Run leftOut = cli({QStringLiteral("export-stakeholders"), m_demo, shared});
        QCOMPARE(leftOut.code, 0);
        QVERIFY2(leftOut.out.contains("--with-personal-data"), leftOut.out.constData());
        const QByteArray csv = contentOf(shared);
        QVERIFY(!csv.isEmpty());
        for (const QString& value : demo.contacts + demo.privateNotes)
            QVERIFY2(!csv.contains(value.toUtf8()), qPrintable(value));
        QVERIFY(csv.contains(demo.publicNotes.first().section(u'\n', 0, 0).toUtf8()));

        const QString full = m_dir.filePath(QStringLiteral("full.csv"));
        const Run included = cli({QStringLiteral("export-stakeholders"), m_demo, full,
                                  QStringLiteral("--with-personal-data")});
        QCOMPARE(included.code, 0);
        QVERIFY(!included.out.contains("--with-personal-data"));
        const QByteArray fullCsv = contentOf(full);
        for (const QString& value : demo.contacts + demo.privateNotes)
            QVERIFY2(fullCsv.contains(value.toUtf8()), qPrintable(value));

        // Imported elsewhere, the private notes are private there too.
        const QString city = emptyCity(QStringLiteral("partner.passerelle"));
        QVERIFY(!city.isEmpty());
        QCOMPARE(cli({QStringLiteral("import-stakeholders"), city, full}).code, 0);
        const Personal partner = personalIn(city);
        QCOMPARE(partner.privateNotes, demo.privateNotes);
        QCOMPARE(partner.publicNotes, demo.publicNotes);

        // The Excel workbook follows the same option (its text is compressed: size tells).
        const QString xlsx = m_dir.filePath(QStringLiteral("shared.xlsx"));
        const QString fullXlsx = m_dir.filePath(QStringLiteral("full.xlsx"));
        QCOMPARE(cli({QStringLiteral("export-stakeholders"), m_demo, xlsx}).code, 0);
        QCOMPARE(cli({QStringLiteral("export-stakeholders"), m_demo, fullXlsx,
                      QStringLiteral("--with-personal-data")})
                     .code,
                 0);
        QVERIFY(QFileInfo(fullXlsx).size() > QFileInfo(xlsx).size());
    }

    void importPrintsCountsAndRejectedLines()
    {
        const QString city = demoCopy(QStringLiteral("counts.passerelle"));
        const Run r = cli({QStringLiteral("import-stakeholders"), city, csv("invalid-rows.csv")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Imported: 2\n"), r.out.constData());
        QVERIFY(r.out.contains("Updated: 0\n"));
        QVERIFY(r.out.contains("Skipped: 0\n"));
        QVERIFY(r.out.contains("Rejected: 7\n"));
        for (int line : {2, 3, 4, 5, 8, 9, 10})
            QVERIFY(r.out.contains(QByteArray("Line ") + QByteArray::number(line) + ": "));
        // A theme nothing matches is made and reported; its row is kept.
        QVERIFY(!r.out.contains("Line 6:"));
        QVERIFY(!r.out.contains("Line 7:"));
        QVERIFY(r.out.contains("Themes created: Underwater basket weaving\n"));
    }

    void officersOwnWordsAndMaps()
    {
        const QString list = m_dir.filePath(QStringLiteral("own-words.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name;kind;level;themes\n"
                "Pôle emploi;Service public;Nationale;Emploi\n"
                "Université de Valmer;Université;Régionale;Données | Participation\n"
                "Boulangerie Martin;Entreprise;Locale;Logement\n"
                "Office des migrations;Office;Métropole;Migration\n"
                "Banque;Secteur privé;national;Microcrédit\n");
        f.close();
        const QString cmd = QStringLiteral("import-stakeholders");

        // Without a choice: synonyms and theme words recognised, unknown themes made and
        // reported, the one unknown kind leaving its row out.
        const QString first = emptyCity(QStringLiteral("own-words.passerelle"));
        const Run plain = cli({cmd, first, list});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains("Imported: 4\n"), plain.out.constData());
        QVERIFY(plain.out.contains("Rejected: 1\n"));
        QVERIFY(plain.out.contains("Line 5: “Office” is not a kind"));
        QVERIFY(plain.out.contains("Themes created: Microcrédit\n"));

        // With --map: every row, and the mapped theme not made.
        const QString mapped = emptyCity(QStringLiteral("mapped.passerelle"));
        const QStringList maps = {
            QStringLiteral("--map"), QStringLiteral("Office=government_agency"),
            QStringLiteral("--map"), QStringLiteral("Métropole=Régional"),
            QStringLiteral("--map"), QStringLiteral("Migration=theme:Réfugiés et asile")};
        const Run r = cli(QStringList{cmd, mapped, list} + maps);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Imported: 5\n"), r.out.constData());
        QVERIFY(r.out.contains("Rejected: 0\n"));
        QVERIFY(r.out.contains("Themes created: Microcrédit\n"));
        {
            CityFile::OpenResult opened = CityFile::open(mapped, CityFile::Access::ReadOnly);
            QVERIFY(opened.ok());
            std::unique_ptr<CityFile> file = opened.take();
            Repositories repos(*file);
            const auto office =
                repos.stakeholders().byNameKey(QStringLiteral("office des migrations"));
            QVERIFY(office);
            QCOMPARE(office->kind, Stakeholder::Kind::GovernmentAgency);
            QCOMPARE(office->level, Stakeholder::Level::Regional);
            QCOMPARE(office->themeIds,
                     QStringList{repos.themes().themeByKey(QStringLiteral("refugees"))->meta.id});
        }
        // Remembered: the next list with those values needs no --map.
        const QString next = m_dir.filePath(QStringLiteral("next.csv"));
        QFile n(next);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write("name,kind,level,themes\nCentre,OFFICE,metropole,migration\n");
        n.close();
        const Run again = cli({cmd, mapped, next});
        QVERIFY2(again.out.contains("Imported: 1\n"), again.out.constData());
        QVERIFY(again.out.contains("Rejected: 0\n"));
        QVERIFY(!again.out.contains("Themes created"));

        // Bad --map: a usage error, or a theme the file does not have; nothing changed.
        const QByteArray before = TestFiles::hash(mapped);
        for (const QString& bad : {QStringLiteral("Office"), QStringLiteral("Office=spaceship"),
                                   QStringLiteral("=ngo")}) {
            const Run refused = cli({cmd, mapped, list, QStringLiteral("--map"), bad});
            QCOMPARE(refused.code, 2);
            QVERIFY2(refused.err.contains("--map"), refused.err.constData());
        }
        const Run noTheme = cli({cmd, mapped, list, QStringLiteral("--map"),
                                 QStringLiteral("Migration=theme:Astronomie")});
        QCOMPARE(noTheme.code, 1);
        QVERIFY(noTheme.err.contains("Astronomie"));
        QCOMPARE(TestFiles::hash(mapped), before);
        // The help says how.
        const Run help = cli({cmd, QStringLiteral("--help")});
        QVERIFY(help.out.contains("--map"));
        QVERIFY(help.out.contains("theme:NAME"));
    }

    void duplicatePolicies()
    {
        const QString city = demoCopy(QStringLiteral("policies.passerelle"));
        const QStringList base = {QStringLiteral("import-stakeholders"), city,
                                  csv("semicolon-french.csv")};
        QVERIFY(cli(base).out.contains("Imported: 2\n"));
        QVERIFY(cli(base).out.contains("Skipped: 2\n"));
        QVERIFY(cli(base + QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("update")})
                    .out.contains("Updated: 2\n"));
        QVERIFY(cli(base + QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("new")})
                    .out.contains("Imported: 2\n"));
    }

    void explicitChoices()
    {
        const QString city = demoCopy(QStringLiteral("choices.passerelle"));
        const Run r = cli({QStringLiteral("import-stakeholders"), city, csv("windows-1252.csv"),
                           QStringLiteral("--encoding"), QStringLiteral("windows-1252"),
                           QStringLiteral("--delimiter"), QStringLiteral("comma")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Imported: 2\n"));
    }

    void usageErrorsExitTwo()
    {
        const QString city = demoCopy(QStringLiteral("usage.passerelle"));
        const QByteArray before = TestFiles::hash(city);
        const QString file = csv("bom-utf8.csv");
        const QString cmd = QStringLiteral("import-stakeholders");
        QCOMPARE(cli({cmd, city}).code, 2);
        QCOMPARE(
            cli({cmd, city, file, QStringLiteral("--encoding"), QStringLiteral("ebcdic")}).code, 2);
        QCOMPARE(cli({cmd, city, file, QStringLiteral("--delimiter"), QStringLiteral("pipe")}).code,
                 2);
        QCOMPARE(
            cli({cmd, city, file, QStringLiteral("--on-duplicate"), QStringLiteral("merge")}).code,
            2);
        QCOMPARE(cli({QStringLiteral("export-stakeholders"), city}).code, 2);
        QCOMPARE(TestFiles::hash(city), before);
    }

    void unreadableCsvChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("empty") << csv("empty.csv");
        QTest::newRow("junk") << csv("junk.csv");
        QTest::newRow("unclosed quote") << csv("unclosed-quote.csv");
        QTest::newRow("no name column") << csv("no-name-column.csv");
        QTest::newRow("missing") << csv("no-such-file.csv");
    }

    void unreadableCsvChangesNothing()
    {
        QFETCH(QString, file);
        const QString city = demoCopy(QStringLiteral("unreadable.passerelle"));
        const QByteArray before = TestFiles::hash(city);
        const Run r = cli({QStringLiteral("import-stakeholders"), city, file});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(TestFiles::hash(city), before);
    }

    void hugeCsvRefusedQuickly()
    {
        const QString city = demoCopy(QStringLiteral("huge.passerelle"));
        const QByteArray before = TestFiles::hash(city);
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk("name,kind\n");
            while (chunk.size() < 1024 * 1024)
                chunk += "An association with a long name,ngo\n";
            for (qint64 written = 0; written <= CsvReader::Options::defaultMaxBytes;)
                written += f.write(chunk);
        }
        QElapsedTimer timer;
        timer.start();
        const Run r = cli({QStringLiteral("import-stakeholders"), city, path});
        const qint64 ms = timer.elapsed();
        QFile::remove(path);
        QCOMPARE(r.code, 1);
        const QByteArray limit =
            QByteArray::number(CsvReader::Options::defaultMaxBytes / (1024 * 1024)) + " MB";
        QVERIFY2(r.err.contains(limit), r.err.constData());
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        qInfo("passerelle-cli refused a CSV over %s in %lld ms", limit.constData(), ms);
        QCOMPARE(TestFiles::hash(city), before);
    }

    void csvThatIsNoFileIsRefusedAtOnce()
    {
        const QString city = demoCopy(QStringLiteral("devices.passerelle"));
        const QByteArray before = TestFiles::hash(city);
        QStringList inputs;
        if (QFile::exists(QStringLiteral("/dev/zero")))
            inputs << QStringLiteral("/dev/zero");
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        inputs << fifo;
#endif
        for (const QString& input : std::as_const(inputs)) {
            QProcess p;
            p.start(QStringLiteral(PASSERELLE_CLI_PATH),
                    {QStringLiteral("import-stakeholders"), city, input});
            const bool finished = p.waitForFinished(20000);
            if (!finished)
                p.kill();
            QVERIFY2(finished, qPrintable(input));
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains("not a file"), err.constData());
            QCOMPARE(TestFiles::hash(city), before);
        }
    }

    void exportImportRoundTrip()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        const Run exported = cli({QStringLiteral("export-stakeholders"), m_demo, first});
        QCOMPARE(exported.code, 0);
        QVERIFY(exported.out.contains("40"));
        const QString city = emptyCity(QStringLiteral("roundtrip.passerelle"));
        QVERIFY(!city.isEmpty());
        const Run imported = cli({QStringLiteral("import-stakeholders"), city, first});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains("Imported: 40\n"), imported.out.constData());
        QVERIFY(imported.out.contains("Rejected: 0\n"));
        const QString second = m_dir.filePath(QStringLiteral("second.csv"));
        QCOMPARE(cli({QStringLiteral("export-stakeholders"), city, second}).code, 0);
        QCOMPARE(TestFiles::hash(second), TestFiles::hash(first));
    }

    void exportXlsxByExtension()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("acteurs.XLSX"));
        const Run exported = cli({QStringLiteral("export-stakeholders"), m_demo, xlsx});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QVERIFY(exported.out.contains("40"));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // A zip archive (an Excel workbook), not CSV text.
        QVERIFY(file.read(4) == QByteArray("PK\x03\x04", 4));

        // Any other ending is a usage error and writes nothing.
        const QString other = m_dir.filePath(QStringLiteral("acteurs.ods"));
        const Run refused = cli({QStringLiteral("export-stakeholders"), m_demo, other});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains("acteurs.ods"));
        QVERIFY(!QFile::exists(other));
    }
};

QTEST_GUILESS_MAIN(TestCliStakeholders)
#include "TestCliStakeholders.moc"
