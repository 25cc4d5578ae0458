// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileHeader.h"

#include <QFile>
#include <QtEndian>

namespace {
constexpr int headerSize = 100;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr int writeVersionOffset = 18;
constexpr int readVersionOffset = 19;
const char magic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes in all
} // namespace

FileHeader FileHeader::read(const QString& path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    header.readable = true;
    const QByteArray bytes = file.read(headerSize);
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArray(magic, sizeof magic)))
        return header;
    header.isSqlite = true;
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    header.userVersion = qFromBigEndian<quint32>(data + userVersionOffset);
    header.applicationId = qFromBigEndian<quint32>(data + applicationIdOffset);
    header.walMode = data[writeVersionOffset] == 2 || data[readVersionOffset] == 2;
    return header;
}
