// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QTemporaryDir;

// Fixture helpers: every test works on its own copy of a file in a QTemporaryDir.
namespace TestFiles {
// Path of a fixture in tests/data.
QString fixture(const QString& name);
// Copies a fixture into dir (writable) and returns the copy's path.
QString copyFixture(const QTemporaryDir& dir, const QString& name, const QString& as = {});
// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray hash(const QString& path);
// The hash of every file in folder and below, hidden ones too, but lock files (they come and go
// with an open file): equal snapshots prove nothing there was written, made or removed.
QMap<QString, QByteArray> snapshot(const QString& folder);
// Gives the owner back every permission in folder, so that a test's hostile files (unreadable
// files, read-only folders) can be removed with it.
void makeWritable(const QString& folder);
// Writes bytes to dir/name and returns the path.
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);
// Keeps the program's settings (recent files, language, the demo city) in dir, away from the
// user's, for tests that drive the main window.
void isolateSettings(const QTemporaryDir& dir);
} // namespace TestFiles
