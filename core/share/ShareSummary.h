// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What sharing a city file leaves out, with counts: one item per personal column that holds
// something (PersonalData, from the catalogue's marks), and the officer's own record of imports
// from partners. The dialog lists it before the file is written, the command line after.
class ShareSummary
{
    Q_DECLARE_TR_FUNCTIONS(ShareSummary)

public:
    struct Item
    {
        QString table;
        QString column; // empty for a whole table left out
        qint64 count = 0;
        QString text; // "312 contact persons' e-mail addresses"
    };

    // The file's own tables a shared copy never carries, whatever the choice on personal data:
    // what was imported from which partner, and the base of the next merge, are the officer's
    // dealings with third parties, and would mislead the partner's own merges.
    static const QStringList& tablesNeverShared();

    // Counts in db's schema ("main", or the name a file is attached as), whose tables are
    // those of the current version. Only what is there: a column empty in every row is not
    // listed. Personal data first, in PersonalData::columns()' order, then the tables never
    // shared.
    static Result<QList<Item>> leftOut(const QSqlDatabase& db, bool withPersonalData,
                                       const QString& schema = QStringLiteral("main"));

    // The text of one item; a column the wording does not know yet is named as the file names it.
    static QString describe(const QString& table, const QString& column, qint64 count);
};
