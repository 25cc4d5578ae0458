// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/Scoring.h"

#include <QTest>

// The scoring rules, on data built in memory: what counts, what is left out, when there is no
// score at all, and how retired items and rounds are matched.
class TestScoring : public QObject
{
    Q_OBJECT

private:
    QList<ChecklistArea> m_areas;
    QList<ChecklistItem> m_items;
    AssessmentRound m_round;
    QList<Answer> m_answers;

    ChecklistArea& addArea(const QString& key)
    {
        ChecklistArea a;
        a.meta.id = QStringLiteral("area-") + key;
        a.key = key;
        a.title = key.toUpper();
        m_areas << a;
        return m_areas.last();
    }

    ChecklistItem& addItem(const QString& areaKey, const QString& key, QDate retiredOn = {})
    {
        ChecklistItem i;
        i.meta.id = QStringLiteral("item-") + key;
        i.areaId = QStringLiteral("area-") + areaKey;
        i.key = key;
        i.statement = key;
        i.retiredOn = retiredOn;
        m_items << i;
        return m_items.last();
    }

    void answer(const QString& itemKey, Answer::Value value, const QString& roundId = {})
    {
        Answer a;
        a.meta.id = QStringLiteral("answer-") + itemKey + roundId;
        a.roundId = roundId.isEmpty() ? m_round.meta.id : roundId;
        a.itemId = QStringLiteral("item-") + itemKey;
        a.value = value;
        m_answers << a;
    }

    Scoring::RoundScore score() { return Scoring::score(m_round, m_areas, m_items, m_answers); }

    static const Scoring::AreaScore& areaOf(const Scoring::RoundScore& s, const QString& key)
    {
        for (const Scoring::AreaScore& a : s.areas) {
            if (a.area.key == key)
                return a;
        }
        static const Scoring::AreaScore none;
        return none;
    }

private slots:
    void init()
    {
        m_areas.clear();
        m_items.clear();
        m_answers.clear();
        m_round = {};
        m_round.meta.id = QStringLiteral("round-1");
        m_round.label = QStringLiteral("2025");
        m_round.heldOn = QDate(2025, 6, 1);
    }

    void scoreCountsMetAndHalfPartlyMet()
    {
        addArea(QStringLiteral("health"));
        for (int i = 0; i < 6; ++i)
            addItem(QStringLiteral("health"), QString::number(i));
        answer(QStringLiteral("0"), Answer::Value::Met);
        answer(QStringLiteral("1"), Answer::Value::Met);
        answer(QStringLiteral("2"), Answer::Value::PartlyMet);
        answer(QStringLiteral("3"), Answer::Value::NotMet);
        answer(QStringLiteral("4"), Answer::Value::Unknown);
        answer(QStringLiteral("5"), Answer::Value::NotApplicable);
        const Scoring::RoundScore s = score();
        QCOMPARE(s.areas.size(), 1);
        const Scoring::AreaScore& a = s.areas.first();
        QCOMPARE(a.counts.of(Answer::Value::Met), 2);
        QCOMPARE(a.counts.of(Answer::Value::PartlyMet), 1);
        QCOMPARE(a.counts.of(Answer::Value::NotMet), 1);
        QCOMPARE(a.counts.of(Answer::Value::Unknown), 1);
        QCOMPARE(a.counts.of(Answer::Value::NotApplicable), 1);
        QCOMPARE(a.counts.unanswered, 0);
        QCOMPARE(a.counts.active(), 6);
        // (2 + 0.5) / (2 + 1 + 1): unknown and not applicable left out.
        QCOMPARE(a.score, std::optional<double>(0.625));
        // Met, partly, not met and n.a. are covered; unknown is not.
        QCOMPARE(a.coverage, 5.0 / 6.0);
        QCOMPARE(s.overall, a.score);
        QCOMPARE(s.overallCoverage, a.coverage);
    }

    void unansweredItemsLowerCoverageOnly()
    {
        addArea(QStringLiteral("water"));
        for (int i = 0; i < 4; ++i)
            addItem(QStringLiteral("water"), QString::number(i));
        answer(QStringLiteral("0"), Answer::Value::Met);
        const Scoring::AreaScore a = score().areas.first();
        QCOMPARE(a.counts.unanswered, 3);
        QCOMPARE(a.score, std::optional<double>(1.0));
        QCOMPARE(a.coverage, 0.25);
    }

    void allUnknownHasNoScore()
    {
        addArea(QStringLiteral("housing"));
        addArea(QStringLiteral("water"));
        addArea(QStringLiteral("empty"));
        addItem(QStringLiteral("housing"), QStringLiteral("h1"));
        addItem(QStringLiteral("housing"), QStringLiteral("h2"));
        addItem(QStringLiteral("water"), QStringLiteral("w1"));
        answer(QStringLiteral("h1"), Answer::Value::Unknown);
        answer(QStringLiteral("h2"), Answer::Value::Unknown);
        answer(QStringLiteral("w1"), Answer::Value::NotApplicable);
        const Scoring::RoundScore s = score();
        // Neither 0 nor 1: nothing is known.
        QCOMPARE(areaOf(s, QStringLiteral("housing")).score, std::nullopt);
        QCOMPARE(areaOf(s, QStringLiteral("housing")).coverage, 0.0);
        // Only not applicable: covered, but nothing to score.
        QCOMPARE(areaOf(s, QStringLiteral("water")).score, std::nullopt);
        QCOMPARE(areaOf(s, QStringLiteral("water")).coverage, 1.0);
        // No items at all.
        QCOMPARE(areaOf(s, QStringLiteral("empty")).score, std::nullopt);
        QCOMPARE(areaOf(s, QStringLiteral("empty")).coverage, 0.0);
        QCOMPARE(areaOf(s, QStringLiteral("empty")).counts.active(), 0);
        QCOMPARE(s.overall, std::nullopt);
        QCOMPARE(s.overallCoverage, 1.0 / 3.0);
        // A round without any answer.
        m_answers.clear();
        QCOMPARE(score().overall, std::nullopt);
        QCOMPARE(score().overallCoverage, 0.0);
    }

    void overallWeighsItemsNotAreas()
    {
        addArea(QStringLiteral("small"));
        addArea(QStringLiteral("large"));
        addItem(QStringLiteral("small"), QStringLiteral("s1"));
        answer(QStringLiteral("s1"), Answer::Value::Met);
        for (int i = 0; i < 3; ++i) {
            addItem(QStringLiteral("large"), QStringLiteral("l") + QString::number(i));
            answer(QStringLiteral("l") + QString::number(i), Answer::Value::NotMet);
        }
        const Scoring::RoundScore s = score();
        QCOMPARE(areaOf(s, QStringLiteral("small")).score, std::optional<double>(1.0));
        QCOMPARE(areaOf(s, QStringLiteral("large")).score, std::optional<double>(0.0));
        QCOMPARE(s.overall, std::optional<double>(0.25)); // not (1 + 0) / 2
        QCOMPARE(s.overallCounts.active(), 4);
    }

    void retiredItemsCountOnlyBeforeRetirement()
    {
        addArea(QStringLiteral("health"));
        addItem(QStringLiteral("health"), QStringLiteral("kept"));
        addItem(QStringLiteral("health"), QStringLiteral("retired"), QDate(2025, 6, 1));
        answer(QStringLiteral("kept"), Answer::Value::Met);
        answer(QStringLiteral("retired"), Answer::Value::NotMet);

        // Held the day before the retirement: still asked.
        m_round.heldOn = QDate(2025, 5, 31);
        Scoring::AreaScore a = score().areas.first();
        QCOMPARE(a.counts.active(), 2);
        QCOMPARE(a.score, std::optional<double>(0.5));

        // Held on the retirement day or after: not asked, its answer ignored.
        m_round.heldOn = QDate(2025, 6, 1);
        a = score().areas.first();
        QCOMPARE(a.counts.active(), 1);
        QCOMPARE(a.counts.of(Answer::Value::NotMet), 0);
        QCOMPARE(a.score, std::optional<double>(1.0));
        QCOMPARE(a.coverage, 1.0);
    }

    void otherRoundsAndStrayItemsAreIgnored()
    {
        addArea(QStringLiteral("health"));
        addItem(QStringLiteral("health"), QStringLiteral("a"));
        addItem(QStringLiteral("gone"), QStringLiteral("orphan")); // area not given
        answer(QStringLiteral("a"), Answer::Value::NotMet, QStringLiteral("round-0"));
        answer(QStringLiteral("orphan"), Answer::Value::Met);
        const Scoring::RoundScore s = score();
        QCOMPARE(s.areas.first().counts.unanswered, 1);
        QCOMPARE(s.overallCounts.active(), 1);
        QCOMPARE(s.overall, std::nullopt);
    }

    void changeOnlyWhereBothRoundsHaveAScore()
    {
        addArea(QStringLiteral("health"));
        addArea(QStringLiteral("water"));
        addItem(QStringLiteral("health"), QStringLiteral("h1"));
        addItem(QStringLiteral("health"), QStringLiteral("h2"));
        addItem(QStringLiteral("water"), QStringLiteral("w1"));
        answer(QStringLiteral("h1"), Answer::Value::NotMet);
        answer(QStringLiteral("h2"), Answer::Value::PartlyMet);
        answer(QStringLiteral("w1"), Answer::Value::Unknown);
        const Scoring::RoundScore before = score();

        m_round.meta.id = QStringLiteral("round-2");
        m_round.heldOn = QDate(2026, 6, 1);
        m_answers.clear();
        answer(QStringLiteral("h1"), Answer::Value::Met);
        answer(QStringLiteral("h2"), Answer::Value::Met);
        answer(QStringLiteral("w1"), Answer::Value::Met);
        const Scoring::RoundScore after = score();

        const QList<Scoring::AreaChange> changes = Scoring::change(before, after);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).areaKey, QStringLiteral("health"));
        QCOMPARE(changes.at(0).from, std::optional<double>(0.25));
        QCOMPARE(changes.at(0).to, std::optional<double>(1.0));
        QCOMPARE(changes.at(0).delta, std::optional<double>(0.75));
        // No score in the first round: no change, though the later score is there.
        QCOMPARE(changes.at(1).areaKey, QStringLiteral("water"));
        QCOMPARE(changes.at(1).from, std::nullopt);
        QCOMPARE(changes.at(1).to, std::optional<double>(1.0));
        QCOMPARE(changes.at(1).delta, std::nullopt);
        // Overall last, under an empty key.
        QVERIFY(changes.at(2).areaKey.isEmpty());
        QCOMPARE(changes.at(2).delta, std::optional<double>(1.0 - 0.25));
    }

    void changeKeepsAreasOnlyOneRoundHas()
    {
        addArea(QStringLiteral("health"));
        addItem(QStringLiteral("health"), QStringLiteral("h1"));
        answer(QStringLiteral("h1"), Answer::Value::Met);
        const Scoring::RoundScore before = score();
        m_areas.first().key = QStringLiteral("renamed");
        const Scoring::RoundScore after = score();
        const QList<Scoring::AreaChange> changes = Scoring::change(before, after);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).areaKey, QStringLiteral("renamed"));
        QCOMPARE(changes.at(0).delta, std::nullopt);
        QCOMPARE(changes.at(1).areaKey, QStringLiteral("health"));
        QCOMPARE(changes.at(1).to, std::nullopt);
        QCOMPARE(changes.at(2).delta, std::optional<double>(0.0));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
