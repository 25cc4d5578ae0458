// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/PaneContext.h"
#include "storage/PersonalData.h"

#include <QCoreApplication>

class QWidget;

// "Export…" of the Stakeholders pane: asks whether to include personal data (PersonalDataChoice,
// left out unless ticked), then where to write, as CSV (UTF-8 with a byte order mark, read back
// by the import) or as an Excel workbook, chosen by the name's ending, and writes every
// stakeholder. A failure is shown with its reason.
class StakeholderExporter
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderExporter)

public:
    // Returns the path written, or an empty string when the officer cancelled or it failed.
    static QString exportToFile(const PaneContext& context, QWidget* parent);
    // Writes path, CSV or XLSX by its ending (no ending: CSV, ".csv" added); returns the path
    // written.
    static Result<QString> write(const PaneContext& context, const QString& path,
                                 PersonalData::Policy personalData);
};
