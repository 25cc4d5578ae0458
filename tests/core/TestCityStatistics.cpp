// SPDX-License-Identifier: GPL-3.0-or-later
#include "city/CitySeeder.h"
#include "city/CityStatistics.h"
#include "storage/CityFile.h"
#include "storage/Schema.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `passerelle-cli info` must count every kind of record the schema holds.
class TestCityStatistics : public QObject
{
    Q_OBJECT

private slots:
    void coversEveryRecordTable()
    {
        QTemporaryDir dir;
        CityFile::NewCity city;
        city.name = QStringLiteral("Jelgava");
        CityFile::OpenResult r =
            CitySeeder::createFile(dir.filePath(QStringLiteral("j.passerelle")), city);
        QVERIFY(r.ok());
        QSet<QString> counted;
        QSet<QString> keys;
        for (const auto& [kind, table] : CityStatistics::kinds()) {
            counted.insert(table);
            QVERIFY2(!keys.contains(kind), qPrintable(kind));
            keys.insert(kind);
        }
        for (const QString& table : Schema::recordTables(r.value()->database())) {
            if (table != QLatin1String("city"))
                QVERIFY2(counted.contains(table),
                         qPrintable(table + QStringLiteral(" is not counted")));
        }
        const auto counts = CityStatistics::counts(r.value()->database());
        QCOMPARE(counts.size(), CityStatistics::kinds().size());
        for (const auto& [kind, n] : counts)
            QVERIFY2(n >= 0, qPrintable(kind));
        QCOMPARE(counts.first().second, qint64(11)); // built-in themes
    }
};

QTEST_GUILESS_MAIN(TestCityStatistics)
#include "TestCityStatistics.moc"
