// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipProbe.h"

#include <QFile>
#include <QtEndian>

#include <zlib.h>

QList<ZipProbe::Entry> ZipProbe::entries(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray zip = file.readAll();
    const auto u16 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return {};
    QList<Entry> entries;
    qsizetype at = u32(end + 16);
    for (int i = 0; i < u16(end + 10); ++i) {
        if (at + 46 > zip.size() || u32(at) != 0x02014b50)
            return {};
        Entry entry;
        entry.method = u16(at + 10);
        const quint32 crc = u32(at + 16);
        const quint32 packed = u32(at + 20);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        entry.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype local = u32(at + 42);
        if (u32(local) != 0x04034b50)
            return {};
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        if (entry.method == 0) {
            entry.data = zip.mid(data, packed);
        } else {
            entry.data = QByteArray(size, Qt::Uninitialized);
            z_stream z = {};
            inflateInit2(&z, -MAX_WBITS);
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.constData() + data));
            z.avail_in = packed;
            z.next_out = reinterpret_cast<Bytef*>(entry.data.data());
            z.avail_out = size;
            const int r = inflate(&z, Z_FINISH);
            inflateEnd(&z);
            if (r != Z_STREAM_END)
                return {};
        }
        entry.crcMatches = crc32(0, reinterpret_cast<const Bytef*>(entry.data.constData()),
                                 uInt(entry.data.size())) == crc;
        entries.append(entry);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return entries;
}

QByteArray ZipProbe::part(const QList<Entry>& entries, const QString& name)
{
    for (const Entry& entry : entries) {
        if (entry.name == name)
            return entry.data;
    }
    return {};
}
