// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "common/TextLimits.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

constexpr qsizetype megabyte = 1024 * 1024;

QByteArray repeated(const char* utf8, qsizetype bytes)
{
    const QByteArray unit(utf8);
    QByteArray out;
    out.reserve(bytes);
    while (out.size() + unit.size() <= bytes)
        out += unit;
    return out;
}

} // namespace

// A stakeholder CSV import is bounded whatever the file holds: a megabyte of any shape is
// imported or refused within seconds (it took minutes), cells longer than their column may be
// refuse their row, and thousands of contacts of one stakeholder are grouped in linear time.
class TestCsvImportBounds : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

    Result<ImportReport> import(const QByteArray& csv)
    {
        const QString path = TestFiles::write(m_city->dir(), QStringLiteral("list.csv"), csv);
        Repositories& repos = m_city->repositories();
        return StakeholderCsvImport(repos.store(), repos.stakeholders(), repos.themes())
            .run(path, StakeholderCsvImport::Options{});
    }

private slots:
    void init() { m_city = TestCity::create(); }
    void cleanup() { m_city.reset(); }

    void contactsOfOneStakeholderInLinearTime()
    {
        QByteArray csv = "name,kind,contact,email,phone\nCaritas,ngo,Person 0,p0@example.org,\n";
        const int contacts = 3000;
        for (int i = 1; i < contacts; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "Caritas,,Person " + n + ",p" + n + "@example.org,\n";
        }
        // A contact named again completes the first of that name.
        csv += "Caritas,,PERSON 7,,+33 1 23 45 67 89\n";
        QElapsedTimer timer;
        timer.start();
        const Result<ImportReport> r = import(csv);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().contactsAdded, contacts);
        QCOMPARE(r.value().changes.contactsUpdated.size(), 1);
        const QString id = repo().byNameKey(QStringLiteral("Caritas"))->meta.id;
        QCOMPARE(repo().contacts(id).size(), contacts);
        // 22 s before the contacts were grouped in memory; a generous bound.
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        qInfo("3,000 contacts of one stakeholder imported in %lld ms", ms);
    }

    void tooLongCellsRefuseTheirRow()
    {
        const QByteArray name(TextLimits::maxShortText, 'n');
        const QByteArray notes(TextLimits::maxLongText, 'x');
        const QByteArray csv = "name,contact,notes\n" + name + ",," + notes + "\n" + name +
                               "N,,\n" + name + "N,Person,\nOther," + name + "p,\nLast,,\"" +
                               notes + "x\"\n";
        const Result<ImportReport> r = import(csv);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        // At the limits: imported; one character more: the row is refused, naming the limit.
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(repo().byNameKey(QString::fromLatin1(name))->notes.size(),
                 TextLimits::maxLongText);
        QCOMPARE(r.value().rejected.size(), 4);
        QCOMPARE(r.value().rejected.at(0).line, 3);
        QVERIFY2(
            r.value().rejected.at(0).reason.contains(QString::number(TextLimits::maxShortText)),
            qPrintable(r.value().rejected.at(0).reason));
        // The contact row of the refused stakeholder is refused too; a contact's name is a line.
        QCOMPARE(r.value().rejected.at(1).line, 4);
        QVERIFY(r.value().rejected.at(1).reason.contains(QStringLiteral("“Name”")));
        QVERIFY(r.value().rejected.at(2).reason.contains(QStringLiteral("“Contact person”")));
        QVERIFY(r.value().rejected.at(3).reason.contains(QString::number(TextLimits::maxLongText)));
    }

    void megabyteImportedOrRefusedQuickly_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("imported");
        const QByteArray accents = repeated("é", megabyte - 32);
        const QByteArray marks = "a" + repeated("\xCC\x81\xCC\xA3", megabyte - 32);
        QTest::newRow("a name of accented letters") << "name\n\"" + accents + "\"\n" << 0;
        QTest::newRow("a name under combining marks") << "name\n\"" + marks + "\"\n" << 0;
        QTest::newRow("a note of accented letters") << "name,notes\nCaritas,\"" + accents + "\"\n"
                                                    << 0;
        QByteArray names = "name\n";
        int rows = 0;
        while (names.size() < megabyte) {
            names += repeated("é", 1980) + QByteArray::number(rows++) + "\n";
        }
        QTest::newRow("names of 990 accented letters") << names << rows;
        QByteArray marked = "name,notes\n";
        for (int i = 0; marked.size() < megabyte; ++i)
            marked += "N" + QByteArray::number(i) + ",\"a" + repeated("\xCC\x81", 180000) + "\"\n";
        QTest::newRow("notes of combining marks") << marked << int(marked.count('\n') - 1);
        QByteArray tiny = "name,kind\n";
        for (int i = 0; tiny.size() < megabyte; ++i)
            tiny += "n" + QByteArray::number(i) + ",ngo\n";
        QTest::newRow("many tiny rows") << tiny << -1;
        // A wrong column: every row another kind, or many themes no theme matches. Each
        // distinct value is worked out once, and an import makes at most 50 themes.
        QByteArray kinds = "name,kind,themes\n";
        for (int i = 0; i < 9000; ++i) {
            const QByteArray n = QByteArray::number(i);
            kinds += "n" + n + ",Sorte inconnue numéro " + n + ",Thème " + n + "\n";
        }
        // Fewer rows, many themes each: what is timed is the themes, not writing stakeholders.
        QByteArray themes = "name,kind,themes\n";
        for (int i = 0; i < 2000; ++i) {
            const QByteArray n = QByteArray::number(i);
            themes += "n" + n + ",ngo,";
            for (int t = 0; t < 40; ++t)
                themes += QByteArray(t == 0 ? "" : ";") + "t" + QByteArray::number(t) + "-" + n;
            themes += "\n";
        }
        QTest::newRow("distinct unknown kinds") << kinds << 0;
        QTest::newRow("distinct unknown themes") << themes << 2000;
        QByteArray columns = "name";
        for (int i = 1; columns.size() < megabyte; ++i)
            columns += ",c" + QByteArray::number(i);
        QTest::newRow("many columns") << columns + "\nA\n" << -1;
    }

    void megabyteImportedOrRefusedQuickly()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, imported);
        QElapsedTimer timer;
        timer.start();
        const Result<ImportReport> r = import(csv);
        const qint64 ms = timer.elapsed();
        if (imported < 0)
            QVERIFY(!r); // the file is refused whole
        else
            QCOMPARE(r ? r.value().imported : -1, imported);
        // Minutes before (text folding was quadratic); a generous bound, see
        // bench_pathologicalcsv for the figures.
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        qInfo("%s: %lld ms", QTest::currentDataTag(), ms);
    }
};

QTEST_GUILESS_MAIN(TestCsvImportBounds)
#include "TestCsvImportBounds.moc"
