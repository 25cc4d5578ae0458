// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a partner's file from `passerelle-cli demo --scale 50000`: the copy into a private
// folder, the complete (Thorough) check of the copy, and the read-only opening, against the
// same file opened read-only as the officer's own (its Opening check). Prints medians of 5 runs.
//   bench_partnerfile FILE
#include "BenchTimes.h"
#include "common/HeapSettings.h"
#include "exchange/PartnerFile.h"
#include "storage/CityFile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    HeapSettings::keepLargeBuffers();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        out << "usage: bench_partnerfile FILE (from passerelle-cli demo --scale 50000)\n";
        return 2;
    }
    constexpr int runs = 5;
    BenchTimes partner;
    BenchTimes own;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        PartnerFile::OpenResult opened = PartnerFile::open(args.at(1));
        if (!opened) {
            out << opened.error().message() << '\n';
            return 1;
        }
        partner.add(t);
        t.start();
        CityFile::OpenResult readOnly = CityFile::open(args.at(1), CityFile::Access::ReadOnly);
        if (!readOnly) {
            out << readOnly.error().message() << '\n';
            return 1;
        }
        own.add(t);
    }
    out << "partner's file (copy, thorough check, read-only): " << partner.summary() << '\n';
    out << "the same file opened read-only as one's own:      " << own.summary() << '\n';
    return 0;
}
