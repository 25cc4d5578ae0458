// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The one rule on personal data for everything that writes data out of a city file (CSV and
// Excel exports today; reports and copies for partner cities later): which columns hold
// personal data, and whether what is written carries them.
//
// The columns are the ones the catalogue marks as personal (core/catalogue), which are also the
// rows written into the personal_data table of every new file. They are compiled in rather than
// read from the file: the file is untrusted, and a file whose personal_data table was emptied or
// edited (by another tool, by hand, by a partner) must not make Passerelle write out what the
// officer did not mean to share. The file's table stays for other tools.
class PersonalData
{
public:
    // What an export does with personal data. Leaving it out is the default everywhere:
    // including it is the officer's choice, made each time something is written out.
    enum class Policy
    {
        LeaveOut,
        Include
    };

    // One row of the personal_data table.
    struct Column
    {
        QString table;
        QString column;
        // Empty: the column is always personal. Otherwise a 0/1 column of the same table: the
        // column is personal only in the rows where that flag is 1 ("notes_private").
        QString privateFlag;

        bool operator==(const Column&) const = default;
    };

    // The personal columns of the current format version, in the order a new file's
    // personal_data table lists them.
    static const QList<Column>& columns();

    // Whether table.column holds personal data in every row.
    static bool isAlwaysPersonal(const QString& table, const QString& column);
    // The flag column that makes table.column personal in some rows ("notes_private"); empty
    // when the column is always personal or never.
    static QString privateFlagOf(const QString& table, const QString& column);
    // Whether table.column of a row is personal; rowFlagged is the row's private flag, for the
    // columns that have one (a caller that does not know it gets the cautious answer).
    static bool isPersonal(const QString& table, const QString& column, bool rowFlagged = true);

    // Whether an export following policy writes table.column of a row.
    static bool writes(Policy policy, const QString& table, const QString& column,
                       bool rowFlagged = true);
    // Whether an export following policy writes table.column at all (in some row): false only
    // for a column that is always personal and left out.
    static bool writesColumn(Policy policy, const QString& table, const QString& column);
};
