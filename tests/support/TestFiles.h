// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
// Writes bytes to dir/name and returns the path.
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);
// Keeps the program's settings (recent files, language, the demo city) in dir, away from the
// user's, for tests that drive the main window.
void isolateSettings(const QTemporaryDir& dir);
} // namespace TestFiles
