// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring 20 rounds of a 150-item checklist (target: 10 ms or less). The data is written to a
// temporary city file and loaded once; only Scoring::score over the loaded data is timed, as a
// report or a partner comparison would call it. Prints the median of 11 runs.
#include "checklists/ChecklistRepository.h"
#include "checklists/Scoring.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int roundCount = 20;
constexpr int areaCount = 10;
constexpr int itemsPerArea = 15; // 150 items
constexpr int runs = 11;

bool build(Repositories& repos)
{
    ChecklistRepository& repo = repos.checklists();
    ChecklistTemplate t;
    t.key = QStringLiteral("bench");
    t.title = QStringLiteral("Bench");
    if (!repo.add(t))
        return false;
    QList<QString> itemIds;
    Result<void> r = repos.store().inTransaction([&]() -> Result<void> {
        for (int a = 0; a < areaCount; ++a) {
            ChecklistArea area;
            area.templateId = t.meta.id;
            area.title = QStringLiteral("Area %1").arg(a);
            area.position = a;
            if (Result<void> w = repo.add(area); !w)
                return w;
            for (int i = 0; i < itemsPerArea; ++i) {
                ChecklistItem item;
                item.areaId = area.meta.id;
                item.statement = QStringLiteral("Item %1.%2").arg(a).arg(i);
                item.position = i;
                // Some items retired part-way, so the active-on rule is exercised.
                if (i == 0)
                    item.retiredOn = QDate(2010 + a, 1, 1);
                if (Result<void> w = repo.add(item); !w)
                    return w;
                itemIds << item.meta.id;
            }
        }
        QRandomGenerator random(42);
        const QList<Answer::Value> values = Answer::allValues();
        for (int n = 0; n < roundCount; ++n) {
            AssessmentRound round;
            round.templateId = t.meta.id;
            round.label = QStringLiteral("Round %1").arg(n);
            round.heldOn = QDate(2005 + n, 6, 1);
            if (Result<void> w = repo.add(round); !w)
                return w;
            for (const QString& itemId : std::as_const(itemIds)) {
                if (random.bounded(10) == 0)
                    continue; // unanswered
                Answer answer;
                answer.roundId = round.meta.id;
                answer.itemId = itemId;
                answer.value = values.at(random.bounded(int(values.size())));
                if (Result<void> w =
                        repos.store().insert("answer", answer.meta,
                                             {{"round_id", answer.roundId},
                                              {"item_id", answer.itemId},
                                              {"value", Answer::toText(answer.value)}});
                    !w)
                    return w;
            }
        }
        return {};
    });
    return r.ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    CityFile::NewCity city;
    city.name = QStringLiteral("Bench");
    CityFile::OpenResult opened = CitySeeder::createFile(
        dir.filePath(QStringLiteral("b.passerelle")), city, CitySeeder::Checklists::None);
    if (!opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    if (!build(repos)) {
        out << "could not build the bench data\n";
        return 1;
    }
    ChecklistRepository& repo = repos.checklists();
    const QString templateId = repo.templateByKey(QStringLiteral("bench"))->meta.id;
    const QList<ChecklistArea> areas = repo.areas(templateId);
    const QList<ChecklistItem> items = repo.allItems(templateId);
    const QList<AssessmentRound> rounds = repo.rounds();
    QHash<QString, QList<Answer>> answers;
    for (const AssessmentRound& r : rounds)
        answers.insert(r.meta.id, repo.answers(r.meta.id));

    QList<double> ms;
    double checksum = 0; // keeps the work from being optimised away
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const AssessmentRound& r : rounds) {
            const Scoring::RoundScore s = Scoring::score(r, areas, items, answers.value(r.meta.id));
            checksum += s.overall.value_or(0) + s.overallCoverage;
        }
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    out << "scoring " << rounds.size() << " rounds x " << items.size() << " items: median "
        << QString::number(ms.at(runs / 2), 'f', 3) << " ms (min "
        << QString::number(ms.first(), 'f', 3) << ", max " << QString::number(ms.last(), 'f', 3)
        << ", " << runs << " runs, checksum " << QString::number(checksum, 'f', 2) << ")\n";
    return 0;
}
