// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "common/TextLimits.h"

#include "storage/CityFile.h"

EditCommand::EditCommand(CityFile* file, const QString& text, QUndoCommand* parent)
    // The text names the record and ends up in the Edit menu: a name of megabytes must not.
    : QUndoCommand(TextLimits::shortened(text), parent), m_file(file)
{
}

bool EditCommand::check(const Result<void>& r)
{
    if (r)
        return true;
    m_lastError = r.error().message;
    setObsolete(true);
    if (m_file)
        m_file->reportWriteFailure(m_lastError);
    return false;
}
