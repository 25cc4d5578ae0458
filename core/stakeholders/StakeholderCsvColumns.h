// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"
#include "storage/PersonalData.h"

#include <QCoreApplication>

#include <optional>

// The columns of a stakeholder CSV file and how their headers and values are recognised:
// English or French, case, accents, spaces and dashes ignored ("Thèmes", "THEMES", "e-mail",
// "Courriel"). Kinds and levels are accepted as the stored key ("ngo"), as the English or
// French label ("NGO or civil society", "ONG ou société civile"), or as a common English or
// French word for them ("Association", "Entreprise", "Collectivité", "Régionale"), singular or
// plural.
class StakeholderCsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderCsvColumns)

public:
    enum class Column
    {
        Name,
        Kind,
        Level,
        Themes,
        Influence,
        Interest,
        Contact,
        Email,
        Phone,
        Notes,
        // Whether the notes are private ("yes"/"no"): written when personal data is included,
        // so that a private note is private again where the file is imported.
        NotesPrivate
    };

    // The column of the city file a CSV column carries, for the rule on personal data.
    struct Source
    {
        QString table;
        QString column;
    };

    // In the order the export writes them.
    static QList<Column> all();
    // The columns an export following policy writes, in that order: the always personal ones
    // only when personal data is included, and a private flag only with the rows it marks.
    static QList<Column> written(PersonalData::Policy policy);
    static Source source(Column column);
    // The English header key the export writes ("name", "email").
    static QString key(Column column);
    // The column's name in the interface language, for the preview and the report.
    static QString label(Column column);
    static std::optional<Column> fromHeader(const QString& header);

    static std::optional<Stakeholder::Kind> kindFrom(const QString& value);
    // Every name a kind or level is recognised by: its key, its label (English and in the
    // interface language) and the common words for it. A name belongs to one kind only.
    static QStringList namesOf(Stakeholder::Kind kind);
    static QStringList namesOf(Stakeholder::Level level);
    static std::optional<Stakeholder::Level> levelFrom(const QString& value);
    // A yes/no cell: yes, no, 1, 0, true, false, English or French, or the interface's words.
    static std::optional<bool> yesNoFrom(const QString& value);
    // The text the CSV export writes for a yes/no cell.
    static QString yesNoKey(bool value);
    // A list inside one field, separated by ; or | or , (whichever the field uses).
    static QStringList splitList(const QString& value);

    // Folded for matching: case, accents and everything but letters and digits removed.
    static QString matchKey(const QString& text);
    // matchKey without a plural's final s or x, for values written singular or plural.
    static QString looseKey(const QString& text);
};
