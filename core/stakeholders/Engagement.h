// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QList>

#include <optional>

// One entry of a stakeholder's engagement log: what happened, when, and what is still owed.
struct Engagement
{
    enum class Kind
    {
        Meeting,
        Call,
        Consultation,
        Email,
        Event
    };

    RecordMeta meta;
    QString stakeholderId;
    QDate date;
    Kind kind = Kind::Meeting;
    QString summary;
    // When the officer promised to come back; invalid when nothing is owed.
    QDate followUpDate;
    bool followUpDone = false;

    bool operator==(const Engagement&) const = default;

    bool followUpPending() const { return followUpDate.isValid() && !followUpDone; }

    static QList<Kind> allKinds();
    static QString toText(Kind kind);
    static std::optional<Kind> kindFromText(const QString& text);
    static QString label(Kind kind);
};
