// SPDX-License-Identifier: GPL-3.0-or-later
// The good-practice library's search as the officer types, on a network-sized library of
// 10,000 practices: the time to build the in-memory index when the pane opens, and the median
// time of one keystroke's search, with FTS5 and with the LIKE fallback. Prints the figures.
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "exchange/ExchangeRepository.h"
#include "exchange/PracticeSearch.h"
#include "storage/CityFile.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int practiceCount = 10000;

bool build(Repositories& repos)
{
    const QStringList words = {
        QStringLiteral("employment"),   QStringLiteral("housing"),    QStringLiteral("language"),
        QStringLiteral("buddies"),      QStringLiteral("volunteers"), QStringLiteral("rumours"),
        QStringLiteral("desk"),         QStringLiteral("health"),     QStringLiteral("schools"),
        QStringLiteral("entrepreneur"), QStringLiteral("mediators"),  QStringLiteral("youth")};
    QRandomGenerator random(7);
    const auto some = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << words.at(random.bounded(int(words.size())));
        return out.join(QLatin1Char(' '));
    };
    return bool(repos.store().inTransaction([&]() -> Result<void> {
        for (int i = 0; i < practiceCount; ++i) {
            GoodPractice p;
            p.title = QStringLiteral("Practice %1 ").arg(i) + some(3);
            p.cityName = QStringLiteral("City %1").arg(i % 150);
            p.description = some(60);
            p.source = some(5);
            p.tags = some(3);
            if (Result<void> w = repos.exchange().add(p); !w)
                return w;
        }
        return {};
    }));
}

double medianMs(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    CityFile::NewCity city;
    city.name = QStringLiteral("Bench");
    CityFile::OpenResult file =
        CitySeeder::createFile(dir.filePath(QStringLiteral("b.passerelle")), city);
    if (!file.ok())
        return 1;
    Repositories repos(*file.value());
    if (!build(repos))
        return 1;
    const QStringList typed = {QStringLiteral("e"),
                               QStringLiteral("em"),
                               QStringLiteral("emp"),
                               QStringLiteral("employ"),
                               QStringLiteral("employ h"),
                               QStringLiteral("employ hous"),
                               QStringLiteral("youth desk mediators")};
    for (PracticeSearch::Engine engine :
         {PracticeSearch::Engine::FullText, PracticeSearch::Engine::Like}) {
        QElapsedTimer timer;
        timer.start();
        PracticeSearch search(repos.exchange(), engine);
        const double indexMs = double(timer.nsecsElapsed()) / 1e6;
        QList<double> times;
        qsizetype found = 0;
        for (int run = 0; run < 5; ++run) {
            for (const QString& text : typed) {
                timer.restart();
                found += search.matching(text)->size();
                times << double(timer.nsecsElapsed()) / 1e6;
            }
        }
        out << (engine == PracticeSearch::Engine::FullText ? "fts5" : "like") << ": index of "
            << practiceCount << " practices " << indexMs << " ms; one keystroke's search, median "
            << medianMs(times) << " ms, slowest " << *std::max_element(times.cbegin(), times.cend())
            << " ms (" << found << " matches in all)\n";
    }
    return 0;
}
