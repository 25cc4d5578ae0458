// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "storage/CityFile.h"

EditCommand::EditCommand(CityFile* file, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_file(file)
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
