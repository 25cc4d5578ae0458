// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// How the hostile files are made: copies of a good file, tampered with through a plain SQLite
// connection (as another program or someone crafting a file would), patched, truncated, or
// caught half way through a change.
namespace HostileFiles::Make {

extern const QString fileName;
QString copyBase(const QString& folder, const QString& base, const QString& name = fileName);
bool tamper(const QString& path, const QStringList& statements);
QString tampered(const QString& folder, const QString& base, const QStringList& statements);
QString patched(const QString& folder, const QString& base, qint64 offset, const QByteArray& bytes);
QString truncated(const QString& folder, const QString& base, qint64 size);
QString writeBytes(const QString& path, const QByteArray& bytes);
QByteArray noise(int size, quint32 seed);
// A change stopped half way: the file with some of its pages written and the hot journal.
QString interrupted(const QString& folder, const QString& base, const QString& name = fileName);
// A file in write-ahead-log mode, with a committed change still in its log when withLog.
QString logMode(const QString& folder, const QString& base, bool withLog);
QStringList duplicateNameKey();
QStringList indexMissingRow();

} // namespace HostileFiles::Make
