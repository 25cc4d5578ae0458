// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What the officer chose to take from a partner's file: the four kinds a partner city's
// experience travels in. Nothing else of the partner's file is ever read into the officer's.
struct MergeSelection
{
    bool practices = true;
    bool templates = true;
    bool exchanges = true;
    bool stakeholders = true;

    bool any() const { return practices || templates || exchanges || stakeholders; }

    // "practices,templates,exchanges,stakeholders" (any of them, in any order, as the command
    // line takes them); nullopt for an empty list or a word that is none of these.
    static std::optional<MergeSelection> parse(const QString& list);
    // The words parse() knows, in their usual order.
    static QStringList words();
};
