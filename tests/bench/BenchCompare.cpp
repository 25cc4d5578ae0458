// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing cities (targets: two files of `passerelle-cli demo --scale 50000` in 1 s or less;
// 150 demo-sized city files, a network's annual review, in 3 s or less). What is timed is what
// `passerelle-cli compare` and the compare window do: each file opened read-only and checked
// (ComparedFile), summarised (CitySummary), then the comparison built. The demo's answers are
// the same whatever its seed, so the 150 copies get their own answers and city names first,
// to make the median and the table work on cities that differ. Prints medians.
//   bench_compare BIG1 BIG2 DEMO
#include "BenchTimes.h"
#include "common/HeapSettings.h"
#include "compare/CityComparison.h"
#include "compare/ComparedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const QDate today(2026, 12, 5);

// Opens and summarises every file, then compares; empty on the first refusal.
std::optional<CityComparison> compare(const QStringList& files, QTextStream& out)
{
    QList<CitySummary> summaries;
    for (const QString& path : files) {
        Result<CitySummary> s = ComparedFile::summarise(path, today);
        if (!s) {
            out << s.error().message << '\n';
            return std::nullopt;
        }
        summaries << s.take();
    }
    return CityComparison(std::move(summaries));
}

// Another city's answers and name, written behind Passerelle's back before the timing.
bool makeDistinct(const QString& path, int i)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        static const char* values[] = {"met", "partly_met", "not_met", "unknown"};
        ok = db.open() && q.prepare(QStringLiteral("UPDATE answer SET value = ? "
                                                   "WHERE (rowid + ?) % 5 = 0"));
        q.addBindValue(QLatin1String(values[i % 4]));
        q.addBindValue(i);
        ok = ok && q.exec() && q.prepare(QStringLiteral("UPDATE city SET name = ?"));
        q.addBindValue(QStringLiteral("City %1").arg(i));
        ok = ok && q.exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    HeapSettings::keepLargeBuffers();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        out << "usage: bench_compare BIG1 BIG2 DEMO (passerelle-cli demo --scale 50000 / demo)\n";
        return 2;
    }
    BenchTimes big;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        if (!compare({args.at(1), args.at(2)}, out))
            return 1;
        big.add(t);
    }
    // For reference: the same with every table checked, as CityFile::open read-only does.
    BenchTimes fullChecks;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        QList<CitySummary> summaries;
        for (const QString& path : {args.at(1), args.at(2)}) {
            CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
            if (!opened)
                return 1;
            Result<CitySummary> s = CitySummary::read(opened.value()->database(), path, today);
            if (!s)
                return 1;
            summaries << s.take();
        }
        const CityComparison both(std::move(summaries));
        fullChecks.add(t);
    }
    QTemporaryDir dir;
    QStringList network;
    for (int i = 0; i < 150; ++i) {
        const QString path = dir.filePath(QStringLiteral("city%1.passerelle").arg(i));
        if (!QFile::copy(args.at(3), path) || !makeDistinct(path, i)) {
            out << "could not make " << path << '\n';
            return 1;
        }
        network << path;
    }
    BenchTimes many;
    std::optional<CityComparison> last;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        last = compare(network, out);
        if (!last)
            return 1;
        many.add(t);
    }
    QSet<double> medians;
    for (const CityComparison::AreaRow& a : last->tables().constFirst().areas) {
        for (const CityComparison::Cell& c : a.cells)
            medians.insert(c.score.value_or(-1));
    }
    out << "two --scale 50000 files:   " << big.summary() << "  (target <= 1000 ms)\n";
    out << "  every table checked:     " << fullChecks.summary() << '\n';
    out << "150 demo files:            " << many.summary() << "  (target <= 3000 ms; "
        << medians.size() << " distinct area scores)\n";
    return 0;
}
