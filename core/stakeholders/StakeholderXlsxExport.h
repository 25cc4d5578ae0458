// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/PersonalData.h"

#include <QCoreApplication>
#include <QDate>

class StakeholderRepository;
class ThemeRepository;

// Writes the stakeholders as an Excel workbook (libxlsxwriter) for officers who share the map
// as a spreadsheet: a sheet of stakeholders with the CSV's columns (names of kinds, levels and
// themes as the interface shows them, scores as numbers) and the date of the last contact as a
// date, then a sheet of every contact person, marked as personal data. Bold, frozen header
// rows and column widths fitted to the content.
//
// Personal data follows PersonalData, as in the CSV: left out, there is no sheet of contacts,
// no contact column and no private note; included, a column says which notes are private.
class StakeholderXlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderXlsxExport)

public:
    StakeholderXlsxExport(const StakeholderRepository& stakeholders, const ThemeRepository& themes,
                          PersonalData::Policy personalData = PersonalData::Policy::LeaveOut);

    // Writes atomically (a failed write leaves an older file whole); returns the number of
    // stakeholders written. today decides which follow-ups are overdue: none are shown, but the
    // last contact is read with them.
    Result<int> write(const QString& path, const QDate& today = QDate::currentDate()) const;

    // Excel refuses longer cells; longer notes are cut there.
    static constexpr int maxCellLength = 32767;

private:
    const StakeholderRepository& m_stakeholders;
    const ThemeRepository& m_themes;
    PersonalData::Policy m_personalData;
};
