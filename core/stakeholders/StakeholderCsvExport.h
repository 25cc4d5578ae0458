// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/PersonalData.h"

#include <QByteArray>
#include <QCoreApplication>

class StakeholderRepository;
class ThemeRepository;

// Writes the stakeholders and their contact persons as CSV that spreadsheets open as is and
// StakeholderCsvImport reads back to the same stakeholders: UTF-8 with a byte order mark (so
// that Excel does not guess Windows-1252), comma-separated, CRLF line ends and RFC 4180 quoting
// (done by libcsv), English header keys, kinds and levels as their stored keys, themes by name
// separated by "; ".
//
// One row per stakeholder with its first contact person; each further contact person gets a
// row of its own carrying the stakeholder's name and the contact columns only. Stance, website,
// network position and the contacts' role, language and consent are not part of the CSV.
//
// Personal data follows PersonalData: left out, the contact columns are not written at all
// (one row per stakeholder) and a private note's cell is empty; included, a notes_private
// column says which notes are private, so that the import keeps them private.
class StakeholderCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderCsvExport)

public:
    StakeholderCsvExport(const StakeholderRepository& stakeholders, const ThemeRepository& themes,
                         PersonalData::Policy personalData = PersonalData::Policy::LeaveOut);

    QByteArray toCsv() const;
    // Writes atomically (a failed write leaves an older file whole); returns the number of
    // stakeholders written.
    Result<int> write(const QString& path) const;
    // Saves bytes at path in one step (QSaveFile), with the messages of a failed export; shared
    // by the other export formats.
    static Result<void> save(const QString& path, const QByteArray& bytes);

    // One field, quoted when RFC 4180 requires it.
    static QByteArray field(const QString& text);

private:
    const StakeholderRepository& m_stakeholders;
    const ThemeRepository& m_themes;
    PersonalData::Policy m_personalData;
};
