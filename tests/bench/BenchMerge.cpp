// SPDX-License-Identifier: GPL-3.0-or-later
// Merging 10,000 good practices from a partner city (target: 1 s or less). Makes a partner file
// with N practices (10,000 by default) and an empty city, then times, on a fresh copy of the
// city each run: the first import (read the partner's file, plan, write in one transaction as an
// undo step, with the repositories announcing every row), and the same file imported again
// (nothing to write). Prints medians of 7 runs, in wall-clock time and in the process's CPU time
// (which other programs on a loaded machine do not inflate).
//   bench_merge [N]
#include "BenchTimes.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "commands/MergeCommand.h"
#include "common/HeapSettings.h"
#include "common/RecordMeta.h"
#include "merge/MergePlanner.h"
#include "merge/MergeSource.h"
#include "merge/MergeSourceFile.h"
#include "storage/CityFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <ctime>

namespace {

QString create(const QString& path, const QString& name, int practices)
{
    CityFile::NewCity city;
    city.name = name;
    CityFile::OpenResult r =
        CityFile::create(path, city, [practices](QSqlDatabase db, const QString& id) {
            if (Result<void> s = CitySeeder::seed(db, id, QStringLiteral("en")); !s)
                return s;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO good_practice (id, created_at, updated_at, "
                                     "origin_city, title, city_name, description, source, tags) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QString now = RecordMeta::toText(RecordMeta::now());
            for (int i = 0; i < practices; ++i) {
                for (const QVariant& v : QVariantList{
                         RecordMeta::newId(), now, now, id, QStringLiteral("Practice %1").arg(i),
                         QStringLiteral("Mechelen"),
                         QStringLiteral("What was done, and what came of it, in a few "
                                        "sentences. ")
                             .repeated(4),
                         QStringLiteral("Annual report"), QStringLiteral("housing, youth")})
                    q.addBindValue(v);
                if (!q.exec())
                    return Result<void>(Error{QStringLiteral("insert failed")});
            }
            return Result<void>();
        });
    return r ? path : QString();
}

// One import of partner into the city open in repos, as the desktop program runs it.
bool importOnce(Repositories& repos, QUndoStack& stack, const QString& partner)
{
    Result<std::unique_ptr<MergeSourceFile>> file = MergeSourceFile::open(partner);
    if (!file)
        return false;
    Result<MergeSource> source = MergeSource::open(file.value()->database());
    if (!source)
        return false;
    Result<MergePlan> plan = MergePlanner(repos.store().database(), repos.store().cityId())
                                 .plan(source.value(), MergeSelection{});
    if (!plan)
        return false;
    return MergeCommand::execute(stack, repos.store(), plan.value(), {}).ok();
}

} // namespace

int main(int argc, char** argv)
{
    HeapSettings::keepLargeBuffers();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int practices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString partner = create(dir.filePath(QStringLiteral("partner.passerelle")),
                                   QStringLiteral("Mechelen"), practices);
    const QString empty =
        create(dir.filePath(QStringLiteral("empty.passerelle")), QStringLiteral("Tangier"), 0);
    if (partner.isEmpty() || empty.isEmpty()) {
        out << "could not make the files\n";
        return 1;
    }
    BenchTimes first;
    BenchTimes again;
    BenchTimes firstCpu;
    BenchTimes againCpu;
    const auto cpuMs = [] { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
    for (int run = 0; run < 7; ++run) {
        const QString mine = dir.filePath(QStringLiteral("mine%1.passerelle").arg(run));
        QFile::copy(empty, mine);
        CityFile::OpenResult opened = CityFile::open(mine);
        if (!opened) {
            out << opened.error().message() << '\n';
            return 1;
        }
        Repositories repos(*opened.value());
        QUndoStack stack;
        QElapsedTimer t;
        t.start();
        double cpu = cpuMs();
        if (!importOnce(repos, stack, partner)) {
            out << "import failed\n";
            return 1;
        }
        first.add(t);
        firstCpu.addMs(cpuMs() - cpu);
        t.start();
        cpu = cpuMs();
        if (!importOnce(repos, stack, partner)) {
            out << "import failed\n";
            return 1;
        }
        again.add(t);
        againCpu.addMs(cpuMs() - cpu);
    }
    out << "practices " << practices << '\n';
    out << "first import:     " << first.summary() << "  (target <= 1000 ms)\n";
    out << "same file again:  " << again.summary() << "  (target <= 1000 ms)\n";
    out << "CPU time, first import:    " << firstCpu.summary() << '\n';
    out << "CPU time, same file again: " << againCpu.summary() << '\n';
    return 0;
}
