// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QList>

#include <optional>

// A study visit, peer-learning meeting, training academy or online meeting, with what was
// learned. The partner is optional: academies often gather a whole network.
struct Exchange
{
    enum class Kind
    {
        StudyVisit,
        PeerLearning,
        TrainingAcademy,
        OnlineMeeting
    };

    RecordMeta meta;
    QString partnerId; // empty: no particular partner (or the partner was removed)
    Kind kind = Kind::StudyVisit;
    QString title;
    QDate startDate;
    QDate endDate; // null: a single day
    QString place;
    QString themeId;      // empty: no theme
    QString participants; // personal data: removed from shared copies
    QString lessons;

    bool operator==(const Exchange&) const = default;

    static QList<Kind> allKinds();
    // As stored in the file: 'study_visit', 'peer_learning', 'training_academy',
    // 'online_meeting'.
    static QString toText(Kind kind);
    static std::optional<Kind> fromText(const QString& text);
    // The kind in the interface language.
    static QString label(Kind kind);
};
