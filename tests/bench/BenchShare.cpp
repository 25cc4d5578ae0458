// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing with a partner city (issue 13) against SQLite's own copy: ShareWriter::write (the
// source checked, a new file filled with personal data left out, synced, renamed) and
// `sqlite3 FILE "VACUUM INTO 'x'"` (the sqlite3 program, as the issue measures it), alternating
// on the same file in the same run; the medians and their ratio are printed (target: at most
// 1.5). Also the opening check alone, the part of sharing a copy does not do. Then the
// redaction check on the copy: every personal value of the source searched in its raw bytes.
//   bench_share S50K_FILE [ROUNDS]     (S50K_FILE: passerelle-cli demo --scale 50000 FILE)
#include "../core/PersonalBytes.h"
#include "BenchTimes.h"
#include "common/HeapSettings.h"
#include "share/ShareWriter.h"
#include "storage/CityFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    // As the programs do; PASSERELLE_BENCH_DEFAULT_HEAP=1 keeps glibc's own settings, to
    // measure what HeapSettings changes.
    if (qEnvironmentVariableIsEmpty("PASSERELLE_BENCH_DEFAULT_HEAP"))
        HeapSettings::keepLargeBuffers();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_share S50K_FILE [ROUNDS]\n");
        return 2;
    }
    const QString source = args.at(1);
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "the sqlite3 program is needed (Debian package sqlite3)\n");
        return 2;
    }
    // Beside the source: the same disk for both copies.
    QTemporaryDir dir(QFileInfo(source).absolutePath() + QStringLiteral("/bench-share-XXXXXX"));
    const QString vacuumed = dir.filePath(QStringLiteral("vacuum.passerelle"));
    const QString shared = dir.filePath(QStringLiteral("shared.passerelle"));
    std::printf("file: %s (%.1f MB), %d rounds\n", qPrintable(source),
                double(QFileInfo(source).size()) / 1e6, rounds);

    BenchTimes vacuum, share, check;
    for (int round = 0; round < rounds; ++round) {
        QFile::remove(vacuumed);
        QElapsedTimer timer;
        timer.start();
        const int code =
            QProcess::execute(sqlite3, {source, QStringLiteral("VACUUM INTO '%1'").arg(vacuumed)});
        vacuum.add(timer);
        if (code != 0)
            return 1;

        QFile::remove(shared);
        timer.start();
        Result<ShareWriter::Outcome> r = ShareWriter::write(source, shared, {});
        share.add(timer);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }

        timer.start();
        if (CityFile::inspect(source, CheckDepth::Opening))
            return 1;
        check.add(timer);
    }
    const double ratio = share.median() / vacuum.median();
    std::printf("VACUUM INTO (sqlite3):        %s\n", qPrintable(vacuum.summary()));
    std::printf("share (ShareWriter::write):   %s\n", qPrintable(share.summary()));
    std::printf("opening check alone:          %s (run beside the copy, on its own thread)\n",
                qPrintable(check.summary()));
    std::printf("ratio share / VACUUM INTO: %.2f (target <= 1.5)\n", ratio);
    std::printf("sizes: source %.1f MB, VACUUM INTO %.1f MB, shared %.1f MB\n",
                double(QFileInfo(source).size()) / 1e6, double(QFileInfo(vacuumed).size()) / 1e6,
                double(QFileInfo(shared).size()) / 1e6);

    // The redaction, searched in the bytes of the last copy.
    CityFile::OpenResult src = CityFile::open(source, CityFile::Access::ReadOnly);
    if (!src)
        return 1;
    const QList<PersonalBytes::Value> values = PersonalBytes::collect(src.value()->database());
    QFile file(shared);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const QList<PersonalBytes::Value> found = PersonalBytes::foundIn(file.readAll(), values);
    std::printf("redaction: %lld personal values of the source searched in the shared file's "
                "bytes (%.1f s): %lld found\n",
                qlonglong(values.size()), double(timer.elapsed()) / 1000, qlonglong(found.size()));
    CityFile::OpenResult copy = CityFile::open(shared, CityFile::Access::ReadOnly);
    if (!copy)
        return 1;
    int leaked = 0;
    for (const PersonalBytes::Value& v : found) {
        // Also in a column the catalogue does not mark as personal, shared as written.
        const bool elsewhere = PersonalBytes::inSharedColumns(copy.value()->database(), v.text);
        leaked += elsewhere ? 0 : 1;
        std::printf("  %s.%s: %s (%s)\n", qPrintable(v.table), qPrintable(v.column),
                    v.text.constData(),
                    elsewhere ? "also in a column not marked personal" : "LEAKED");
    }
    return leaked == 0 ? 0 : 1;
}
