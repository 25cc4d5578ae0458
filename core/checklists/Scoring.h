// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/AssessmentRound.h"
#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"

#include <QList>

#include <array>
#include <optional>

// How far a round's answers meet a checklist, per area and overall. Pure functions over data
// already loaded (no SQL), so a report, a comparison of partner cities or a benchmark can score
// many rounds without touching the file.
//
// Rules:
// - The items asked in a round are its active ones: ChecklistItem::isActiveOn(round.heldOn).
//   An item retired later still counts in the rounds held before; answers to other items are
//   ignored.
// - score = (met + 0.5 × partly met) / (met + partly met + not met). Unknown and not applicable
//   are left out. With no met/partly/not-met answer there is no score (nullopt): "we do not
//   know" must never read as 0 % or 100 %.
// - coverage = items with a met, partly met, not met or not applicable answer / active items.
//   An item without an answer, or answered unknown, is not covered. No active items: 0.
// - Overall sums the counts of every area (each item weighs the same), it does not average
//   the areas' scores.
class Scoring
{
public:
    struct Counts
    {
        // Indexed by Answer::Value; items with no answer at all are counted apart.
        std::array<int, 5> values{};
        int unanswered = 0;

        int of(Answer::Value v) const { return values[std::size_t(v)]; }
        int active() const;
        // met + partly met + not met.
        int scored() const;
        int covered() const;
        std::optional<double> score() const;
        double coverage() const;
        Counts& operator+=(const Counts& other);
        bool operator==(const Counts&) const = default;
    };

    struct AreaScore
    {
        ChecklistArea area;
        Counts counts;
        std::optional<double> score;
        double coverage = 0;
    };

    struct RoundScore
    {
        AssessmentRound round;
        QList<AreaScore> areas; // in the order given
        Counts overallCounts;
        std::optional<double> overall;
        double overallCoverage = 0;
    };

    struct AreaChange
    {
        QString areaKey;
        std::optional<double> from;
        std::optional<double> to;
        // to - from, only when both rounds have a score for the area.
        std::optional<double> delta;
    };

    // items: every item of the round's checklist (retired ones included); answers: the round's.
    static RoundScore score(const AssessmentRound& round, const QList<ChecklistArea>& areas,
                            const QList<ChecklistItem>& items, const QList<Answer>& answers);
    // Area by area (matched by key, so two files of partner cities compare too), in the
    // order of `to`, then the areas only `from` has; plus the overall change under an empty key.
    static QList<AreaChange> change(const RoundScore& from, const RoundScore& to);
};
