// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_seeds FOLDER: writes the files fuzz_opencheck starts from. Small ones: libFuzzer mutates
// every byte of an input, and a 4 KB page per table would make a bare city file 200 KB. Besides
// good files, the hostile files the opening tests use (tests/data/hostile), made from a small one.
#include "FuzzSupport.h"

#include "HostileFiles.h"

#include "city/CitySeeder.h"
#include "demo/DemoGenerator.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr qint64 maxSeedBytes = 128 * 1024; // scripts/fuzz's -max_len for fuzz_opencheck

// Runs statements on a closed file, then rewrites it with 512-byte pages, the smallest SQLite
// has (the header's application id and format version stay).
void shrink(const QString& path, const QStringList& statements = {})
{
    const QString name = QStringLiteral("shrink");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            Fuzz::fail("cannot open a seed", db.lastError().text());
        QSqlQuery query(db);
        for (const QString& sql :
             QStringList{QStringLiteral("PRAGMA foreign_keys = ON")} + statements +
                 QStringList{QStringLiteral("PRAGMA page_size = 512"), QStringLiteral("VACUUM")}) {
            if (!query.exec(sql))
                Fuzz::fail("cannot shrink a seed",
                           sql + QStringLiteral(": ") + query.lastError().text());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Keeps the first few rows of a table (and, through the foreign keys, what depends on them).
QString keepFirst(const char* table, int rows)
{
    return QStringLiteral("DELETE FROM %1 WHERE rowid NOT IN (SELECT rowid FROM %1 ORDER BY rowid "
                          "LIMIT %2)")
        .arg(QLatin1String(table))
        .arg(rows);
}

void finish(const QString& path, const QStringList& statements = {})
{
    shrink(path, statements);
    std::printf("%s: %lld bytes\n", qPrintable(QDir::toNativeSeparators(path)),
                QFileInfo(path).size());
}

// Each hostile kind that is one regular file (the fuzz input is one file: journals and logs
// beside it, folders and devices cannot be) and no longer than scripts/fuzz lets an input be,
// made from base in a folder of its own.
void writeHostile(const QString& folder, const QString& base)
{
    int written = 0;
    for (const HostileFiles::Kind& kind : HostileFiles::kinds()) {
        QTemporaryDir scratch;
        const QString made = kind.make(scratch.path(), base);
        const QFileInfo info(made);
        if (made.isEmpty() || !info.isFile() || info.isSymLink() || !info.isReadable() ||
            info.size() > maxSeedBytes)
            continue;
        const QString seed =
            folder + QStringLiteral("/hostile-") + kind.name + QStringLiteral(".passerelle");
        QFile::remove(seed);
        if (!QFile::copy(made, seed))
            Fuzz::fail("cannot copy a hostile file", kind.name);
        ++written;
    }
    std::printf("%s: %d hostile files\n", qPrintable(QDir::toNativeSeparators(folder)), written);
}

void check(const CityFile::OpenResult& result)
{
    if (!result)
        Fuzz::fail("cannot create a seed", result.error().message());
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds FOLDER\n");
        return 2;
    }
    Fuzz::initialize();
    const QString folder = QFile::decodeName(argv[1]);
    QDir().mkpath(folder);
    const CityFile::NewCity city{QStringLiteral("Fuzz"), QStringLiteral("FR"),
                                 QStringLiteral("fr")};

    // The schema and the city alone.
    const QString bare = folder + QStringLiteral("/bare.passerelle");
    QFile::remove(bare);
    check(CityFile::create(bare, city));
    finish(bare);

    // What every new file starts with: themes and profile sections.
    const QString seeded = folder + QStringLiteral("/seeded.passerelle");
    QFile::remove(seeded);
    check(CitySeeder::createFile(seeded, city, CitySeeder::Checklists::None));
    finish(seeded);

    // Every record kind: the demo generator at the smallest scale that has an action, cut down
    // to a few rows of each kind (the whole of it is 560 KB).
    DemoGenerator::Options demo;
    demo.scale = 25;
    const QString every = folder + QStringLiteral("/every-kind.passerelle");
    QFile::remove(every);
    check(DemoGenerator::create(every, demo));
    finish(every, {keepFirst("checklist_area", 1), keepFirst("stakeholder", 3),
                   keepFirst("group_meeting", 2), keepFirst("exchange", 2),
                   keepFirst("good_practice", 2), keepFirst("migrant_origin", 2),
                   keepFirst("district", 2), keepFirst("profile_figure", 2)});
    writeHostile(folder, every);
    return 0;
}
