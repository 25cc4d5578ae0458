// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/Scoring.h"
#include "compare/CityComparison.h"
#include "compare/CompareJson.h"
#include "compare/ComparedFile.h"
#include "plan/PlanData.h"
#include "plan/PlanRepository.h"
#include "plan/PlanRollups.h"
#include "themes/ThemeRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include "HostileFiles.h"

// Three cities side by side: scores and coverage per area matched by key, the change since the
// previous round, the network's median, warnings on checklist versions, priorities per theme,
// and partner files that are refused without harm.
class TestCityComparison : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 12, 5};

    // A city that answered the first `answered` items of every area of the built-in
    // checklist: met where `met` says so (by the item's position), not met elsewhere.
    static std::unique_ptr<TestCity> city(const QString& name, int answered,
                                          const std::function<bool(int)>& met)
    {
        auto c = TestCity::create(name);
        ChecklistRepository& repo = c->repositories().checklists();
        const ChecklistTemplate t = repo.templates().constFirst();
        AssessmentRound round;
        round.templateId = t.meta.id;
        round.label = QStringLiteral("2026");
        round.heldOn = QDate(2026, 6, 1);
        if (!repo.add(round))
            return nullptr;
        for (const ChecklistArea& area : repo.areas(t.meta.id)) {
            const QList<ChecklistItem> items = repo.items(area.meta.id);
            for (int i = 0; i < qMin(answered, int(items.size())); ++i) {
                Answer a;
                a.roundId = round.meta.id;
                a.itemId = items.at(i).meta.id;
                a.value = met(i) ? Answer::Value::Met : Answer::Value::NotMet;
                if (!repo.setAnswer(a))
                    return nullptr;
            }
        }
        return c;
    }

    static CitySummary summary(TestCity& c, const QDate& today)
    {
        Result<CitySummary> s = CitySummary::read(c.file().database(), c.path(), today);
        return s ? s.take() : CitySummary();
    }

    static QByteArray hash(const QString& path)
    {
        // A fifo or a folder is hashed by its name: opening a fifo to read would block.
        if (!QFileInfo(path).isFile())
            return path.toUtf8();
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

private slots:
    void threeCities()
    {
        auto a = city(QStringLiteral("Tangier"), 2, [](int) { return true; });
        auto b = city(QStringLiteral("Lyon"), 1, [](int) { return false; });
        auto c = city(QStringLiteral("Turin"), 2, [](int i) { return i == 0; });
        QVERIFY(a && b && c);
        const CityComparison cmp(
            {summary(*a, m_today), summary(*b, m_today), summary(*c, m_today)});
        QCOMPARE(cmp.cities().size(), 3);
        QCOMPARE(cmp.cities().at(1).name, QStringLiteral("Lyon"));
        QCOMPARE(cmp.tables().size(), 1);
        const CityComparison::Table& t = cmp.tables().constFirst();
        QVERIFY(!t.areas.isEmpty());
        QCOMPARE(t.rounds, (QList<QString>{"2026", "2026", "2026"}));
        for (const CityComparison::AreaRow& row : t.areas) {
            QCOMPARE(row.cells.size(), 3);
            const CityComparison::Cell& ta = row.cells.at(0);
            const CityComparison::Cell& ly = row.cells.at(1);
            const CityComparison::Cell& tu = row.cells.at(2);
            QVERIFY(ta.present && ly.present && tu.present);
            QCOMPARE(ta.score, std::optional<double>(1.0));
            QCOMPARE(ly.score, std::optional<double>(0.0));
            QCOMPARE(ta.answered, qMin(2, ta.items));
            QCOMPARE(ly.answered, qMin(1, ly.items));
            QCOMPARE(ly.coverage, double(ly.answered) / ly.items);
            // Turin: half met when two items were asked; the median of 1, 0 and Turin's.
            QCOMPARE(*row.median, *tu.score);
            QCOMPARE(row.scored, 3);
            QVERIFY(!ta.change); // a single round: no change
        }
        QVERIFY(cmp.warnings().isEmpty());
        // The same answers through Scoring (the Scores tab's figures).
        ChecklistRepository& repo = a->repositories().checklists();
        const AssessmentRound r = *repo.latestRound();
        const Scoring::RoundScore s = Scoring::score(
            r, repo.areas(r.templateId), repo.allItems(r.templateId), repo.answers(r.meta.id));
        QCOMPARE(cmp.cities().at(0).checklists.constFirst().overall, s.overall);
        QCOMPARE(cmp.cities().at(0).checklists.constFirst().overallCoverage, s.overallCoverage);
        const QJsonObject json = CompareJson::toJson(cmp);
        QCOMPARE(json.value("cities").toArray().size(), 3);
        QCOMPARE(json.value("checklists").toArray().at(0)["areas"].toArray().size(),
                 t.areas.size());
    }

    void changeSincePreviousRound()
    {
        auto a = city(QStringLiteral("Tangier"), 2, [](int) { return false; });
        QVERIFY(a);
        ChecklistRepository& repo = a->repositories().checklists();
        const AssessmentRound first = *repo.latestRound();
        AssessmentRound second;
        second.templateId = first.templateId;
        second.label = QStringLiteral("2027");
        second.heldOn = QDate(2027, 6, 1);
        QVERIFY(repo.addRound(second, first.meta.id).ok());
        for (Answer answer : repo.answers(second.meta.id)) {
            answer.value = Answer::Value::Met;
            QVERIFY(repo.setAnswer(answer).ok());
        }
        const CitySummary s = summary(*a, m_today);
        const CitySummary::Checklist& c = s.checklists.constFirst();
        QCOMPARE(c.round, QStringLiteral("2027"));
        QCOMPARE(c.previousRound, QStringLiteral("2026"));
        QCOMPARE(c.previousOverall, std::optional<double>(0.0));
        QCOMPARE(c.overall, std::optional<double>(1.0));
        for (const CitySummary::Area& area : c.areas) {
            if (area.answered > 0)
                QCOMPARE(area.change, std::optional<double>(1.0));
        }
    }

    void versionMismatchWarns()
    {
        auto a = city(QStringLiteral("Tangier"), 1, [](int) { return true; });
        auto b = city(QStringLiteral("Lyon"), 1, [](int) { return true; });
        auto c = TestCity::create(QStringLiteral("Turin"), QStringLiteral("en"),
                                  CitySeeder::Checklists::None);
        QVERIFY(a && b && c);
        QSqlQuery q(b->file().database());
        QVERIFY(q.exec("UPDATE checklist_template SET version = 3"));
        QVERIFY(q.exec("UPDATE assessment_round SET template_version = 3"));
        const CityComparison cmp(
            {summary(*a, m_today), summary(*b, m_today), summary(*c, m_today)});
        QCOMPARE(cmp.warnings().size(), 2);
        const CityComparison::Warning& w = cmp.warnings().at(0);
        QCOMPARE(w.kind, CityComparison::Warning::Kind::VersionDiffers);
        QCOMPARE(w.city, 1);
        QCOMPARE(w.version, 3);
        QCOMPARE(w.officerVersion, 1);
        QVERIFY(w.message.contains(QStringLiteral("Lyon")));
        QCOMPARE(cmp.warnings().at(1).kind, CityComparison::Warning::Kind::ChecklistMissing);
        QCOMPARE(cmp.warnings().at(1).city, 2);
        // Turin's cells are absent, not zero.
        for (const CityComparison::AreaRow& row : cmp.tables().constFirst().areas) {
            QVERIFY(!row.cells.at(2).present);
            QCOMPARE(row.scored, 2);
        }
    }

    void planAndPrioritiesMatchTheRollups()
    {
        auto demo = TestCity::demo();
        QVERIFY(demo);
        const CitySummary s = summary(*demo, m_today);
        QCOMPARE(s.name, QStringLiteral("Valmer"));
        const PlanData plan =
            PlanData::load(demo->repositories().plan(), demo->repositories().actions());
        const PlanRollup whole = PlanRollups::compute(plan, m_today).whole();
        QVERIFY(whole.actions > 0);
        QCOMPARE(s.plan.actions, whole.actions);
        QCOMPARE(s.plan.done, whole.done);
        QCOMPARE(s.plan.inProgress, whole.inProgress);
        QCOMPARE(s.plan.delayed, whole.delayed);
        QCOMPARE(s.plan.notStarted, whole.planned);
        QCOMPARE(s.plan.cancelled, whole.cancelled);
        QCOMPARE(s.plan.late, whole.late);
        QVERIFY(qAbs(s.plan.progress - whole.progress) < 1e-9);
        qint64 planned = 0;
        for (const CitySummary::Funding& f : s.plan.budget) {
            const MoneyTotals m = whole.bySource.value(f.currency).value(f.source);
            QCOMPARE(f.plannedCents, m.plannedCents);
            QCOMPARE(f.committedCents, m.committedCents);
            QCOMPARE(f.spentCents, m.spentCents);
            planned += f.plannedCents;
        }
        QVERIFY(planned > 0);
        QCOMPARE(s.priorityCount, int(demo->repositories().plan().priorities().size()));
        int byTheme = 0;
        for (const CitySummary::ThemePriorities& t : s.priorities)
            byTheme += t.priorities;
        QCOMPARE(byTheme, s.priorityCount);
        QCOMPARE(s.practices, demo->rows(QStringLiteral("good_practice")));
        QVERIFY(s.ownPractices <= s.practices);
        // Two rounds in the demo: the change is there.
        QVERIFY(!s.checklists.constFirst().previousRound.isEmpty());
    }

    // One source written differently by two cities, and twice by one, is one row; another
    // currency stays apart.
    void fundingSourcesMatchWhateverTheirSpelling()
    {
        CitySummary mine;
        mine.name = QStringLiteral("Valmer");
        mine.plan.budget = {{QStringLiteral("EUR"), QStringLiteral("Fonds FAMI"), 1000, 500, 100},
                            {QStringLiteral("EUR"), QStringLiteral("fonds  fami"), 10, 5, 1}};
        CitySummary theirs;
        theirs.name = QStringLiteral("Partinico");
        theirs.plan.budget = {{QStringLiteral("EUR"), QStringLiteral("FONDS FAMÌ"), 2000, 0, 0},
                              {QStringLiteral("CHF"), QStringLiteral("Fonds FAMI"), 70, 0, 0}};
        const CityComparison comparison({mine, theirs});
        QCOMPARE(comparison.funding().size(), 2);
        const CityComparison::FundingRow* euros = nullptr;
        for (const CityComparison::FundingRow& row : comparison.funding()) {
            if (row.currency == QLatin1String("EUR"))
                euros = &row;
        }
        QVERIFY(euros);
        QCOMPARE(euros->source, QStringLiteral("Fonds FAMI"));
        QCOMPARE(euros->present, QList<bool>({true, true}));
        QCOMPARE(euros->cities.at(0).plannedCents, 1010);
        QCOMPARE(euros->cities.at(0).committedCents, 505);
        QCOMPARE(euros->cities.at(0).spentCents, 101);
        QCOMPARE(euros->cities.at(1).plannedCents, 2000);
    }

    void medianOfEvenAndEmpty()
    {
        QCOMPARE(CityComparison::median({}), std::nullopt);
        QCOMPARE(CityComparison::median({0.2, 0.8, 0.4, 0.6}), std::optional<double>(0.5));
        QCOMPARE(CityComparison::median({0.9}), std::optional<double>(0.9));
    }

    void hostilePartnersAreRefusedWithoutHarm()
    {
        QTemporaryDir dir;
        const QString base = HostileFiles::makeBase(dir.path());
        int refused = 0;
        for (const HostileFiles::Kind& kind : HostileFiles::kinds()) {
            const QString folder = dir.filePath(kind.name);
            QVERIFY(QDir().mkpath(folder));
            const QString path = kind.make(folder, base);
            const QByteArray before = hash(path);
            const Result<CitySummary> s = ComparedFile::summarise(path, m_today);
            if (!s) {
                ++refused;
                QVERIFY2(!s.error().message.isEmpty(), qPrintable(kind.name));
            }
            QVERIFY2(hash(path) == before, qPrintable(kind.name));
        }
        QVERIFY(refused > 0);
        const Result<CitySummary> missing =
            ComparedFile::summarise(dir.filePath(QStringLiteral("none.passerelle")), m_today);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("none.passerelle")));
    }
};

QTEST_GUILESS_MAIN(TestCityComparison)
#include "TestCityComparison.moc"
