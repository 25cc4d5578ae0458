// SPDX-License-Identifier: GPL-3.0-or-later
// Imports CSV files of about 1 MB made to be slow (issue 9, "Bounds"): one field of accented
// letters, a letter under thousands of combining marks, thousands of contacts for one
// stakeholder, many columns, many tiny rows, full rows up to the row limit. Each run reads the
// file from disk and imports it into a new city file in one transaction (StakeholderCsvImport,
// as the CLI does); the goal is under 2 s whether the file is imported or refused. Wall time
// of the read and the import, median of several runs (the machine is shared).
//   bench_pathologicalcsv [RUNS]
#include "BenchTimes.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "storage/CityFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

constexpr qsizetype megabyte = 1024 * 1024;

// Lines appended to a header until the file holds about a megabyte.
QByteArray fill(const QByteArray& header, const std::function<QByteArray(int)>& line)
{
    QByteArray out = header + '\n';
    for (int i = 0; out.size() < megabyte; ++i)
        out += line(i) + '\n';
    return out;
}

QByteArray repeated(const char* utf8, qsizetype bytes)
{
    const QByteArray unit(utf8);
    QByteArray out;
    out.reserve(bytes);
    while (out.size() + unit.size() <= bytes)
        out += unit;
    return out;
}

struct Case
{
    const char* name;
    QByteArray csv;
};

QList<Case> cases()
{
    const QByteArray accents = repeated("é", megabyte - 32);
    const QByteArray marks = "a" + repeated("\xCC\x81\xCC\xA3", megabyte - 32); // U+0301 U+0323
    QByteArray columns = "name";
    for (int i = 1; columns.size() < megabyte / 2; ++i)
        columns += ",c" + QByteArray::number(i);
    return {
        {"one name of accented letters", "name\n\"" + accents + "\"\n"},
        {"one note of accented letters", "name,notes\nCaritas,\"" + accents + "\"\n"},
        {"a letter under combining marks (name)", "name\n\"" + marks + "\"\n"},
        {"a letter under combining marks (notes)", "name,notes\nCaritas,\"" + marks + "\"\n"},
        {"names of 990 accented letters",
         fill("name", [](int i) { return repeated("é", 1980) + QByteArray::number(i); })},
        {"notes of 98,000 combining marks",
         fill("name,notes",
              [](int i) {
                  return "N" + QByteArray::number(i) + ",\"a" +
                         repeated("\xCC\x81\xCC\xA3", 4 * 49000) + '"';
              })},
        {"contacts of one stakeholder, up to the limit",
         [] {
             QByteArray out = "name,kind,contact,email\nCaritas,ngo,Person 0,p0@example.org\n";
             for (int i = 1; i < CsvReader::Options::defaultMaxRows; ++i) {
                 const QByteArray n = QByteArray::number(i);
                 out += "Caritas,,Person " + n + ",p" + n + "@example.org\n";
             }
             return out;
         }()},
        {"contacts of one stakeholder, a megabyte",
         "name,kind,contact,email\nCaritas,ngo,Person 0,p0@example.org\n" +
             fill("",
                  [](int i) {
                      return "Caritas,,Person " + QByteArray::number(i + 1) + ",p" +
                             QByteArray::number(i + 1) + "@example.org";
                  })
                 .mid(1)},
        {"many columns", columns + "\nA\n"},
        {"many tiny rows",
         fill("name,kind", [](int i) { return "n" + QByteArray::number(i) + ",ngo"; })},
        {"full rows up to the limit",
         [] {
             QByteArray out = "name,kind,level,influence,interest,contact,email,notes\n";
             for (int i = 0; i < CsvReader::Options::defaultMaxRows; ++i) {
                 const QByteArray n = QByteArray::number(i);
                 out += "Association n° " + n + ",ngo,local,3,3,Personne " + n + ",p" + n +
                        "@example.org,Ligne " + n + '\n';
             }
             return out;
         }()},
    };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    QTemporaryDir dir;
    for (const Case& c : cases()) {
        const QString csv = dir.filePath(QStringLiteral("bench.csv"));
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly) || out.write(c.csv) != c.csv.size())
            return 1;
        out.close();
        BenchTimes times;
        QString outcome;
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("bench-%1.passerelle").arg(run));
            CityFile::NewCity city;
            city.name = QStringLiteral("Bench");
            city.country = QStringLiteral("FR");
            CityFile::OpenResult opened = CitySeeder::createFile(path, city);
            if (!opened) {
                std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
                return 1;
            }
            std::unique_ptr<CityFile> file = opened.take();
            Repositories repos(*file);
            StakeholderCsvImport import(repos.store(), repos.stakeholders(), repos.themes());
            QElapsedTimer timer;
            timer.start();
            const Result<ImportReport> r = import.run(csv, StakeholderCsvImport::Options{},
                                                      StakeholderCsvImport::CancelCheck{});
            times.add(timer);
            outcome = r ? QStringLiteral("%1 imported, %2 contacts, %3 rows refused")
                              .arg(r.value().imported)
                              .arg(r.value().contactsAdded)
                              .arg(r.value().rejected.size())
                        : QStringLiteral("file refused");
            file.reset();
            QFile::remove(path);
        }
        std::printf("%-46s %5.2f MB  %s  (%s)\n", c.name, double(c.csv.size()) / megabyte,
                    qPrintable(times.summary()), qPrintable(outcome));
        std::fflush(stdout);
    }
    return 0;
}
