// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What the crash driver does in each mode; each returns the process's exit code and reports
// on stderr why it failed. A run that completes writes the last acknowledgement of its log.
namespace Operations {

// Where a run keeps its acknowledgement log: next to the city file.
QString ackLogPath(const QString& cityPath);

// Imports ROWS generated stakeholders, each with a contact person, from csvPath (written first
// when missing) as passerelle-cli import-stakeholders does: one transaction.
int runImport(const QString& cityPath, const QString& csvPath, int rows);
// COUNT edits through the repositories, one transaction each.
int runEdits(const QString& cityPath, int count, quint32 seed);
// Creates a demo city of the given scale, as passerelle-cli demo --scale does.
int runDemo(const QString& cityPath, int scale);

// Opens the file after a kill, checks it, and holds it to the log; see Verify.cpp.
int verify(const QString& cityPath, const QString& logPath, const QString& mode,
           const QStringList& expect);

} // namespace Operations
