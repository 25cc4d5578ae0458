// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Reads a zip archive back the way a word processor opens an OpenDocument file, apart from the
// program's own reader: its central directory, each entry's local header, deflate through zlib.
namespace ZipProbe {
struct Entry
{
    QString name;
    int method = -1; // 0 stored, 8 deflated
    QByteArray data; // inflated
    bool crcMatches = false;
};
// The entries in the archive's order; empty when it is not a readable zip.
QList<Entry> entries(const QString& path);
QByteArray part(const QList<Entry>& entries, const QString& name);
} // namespace ZipProbe
