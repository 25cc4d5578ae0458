// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtPackage.h"

#include <QtEndian>

#include <zlib.h>

namespace {

constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;

quint16 u16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

std::optional<QByteArray> inflateRaw(const char* data, quint32 packed, quint32 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream z = {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = packed;
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = size;
    const int result = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (result != Z_STREAM_END || z.total_out != size)
        return std::nullopt;
    return out;
}

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream z = {};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

std::optional<QList<OdtPackage::Part>> OdtPackage::read(const QByteArray& zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return std::nullopt;
    QList<Part> parts;
    qsizetype entry = u32(zip, end + 16);
    const int count = u16(zip, end + 10);
    for (int i = 0; i < count; ++i) {
        if (entry < 0 || entry + 46 > zip.size() || u32(zip, entry) != centralSignature)
            return std::nullopt;
        const quint16 method = u16(zip, entry + 10);
        const quint32 packed = u32(zip, entry + 20);
        const quint32 size = u32(zip, entry + 24);
        const quint16 nameLength = u16(zip, entry + 28);
        if (entry + 46 + nameLength > zip.size())
            return std::nullopt;
        const QString name = QString::fromUtf8(zip.mid(entry + 46, nameLength));
        const qsizetype local = u32(zip, entry + 42);
        if (local + 30 > zip.size() || u32(zip, local) != localSignature)
            return std::nullopt;
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size())
            return std::nullopt;
        if (method == 0) {
            parts.append({name, zip.mid(data, packed)});
        } else if (method == Z_DEFLATED) {
            std::optional<QByteArray> out = inflateRaw(zip.constData() + data, packed, size);
            if (!out)
                return std::nullopt;
            parts.append({name, *out});
        } else {
            return std::nullopt;
        }
        entry += 46 + nameLength + u16(zip, entry + 30) + u16(zip, entry + 32);
    }
    return parts;
}

QByteArray OdtPackage::write(const QList<Part>& parts)
{
    QByteArray out;
    QByteArray central;
    // 1 January 1980, the zip epoch: the archive's bytes do not depend on the hour.
    const quint16 time = 0;
    const quint16 date = (1 << 5) | 1;
    for (const Part& part : parts) {
        const bool store = part.name == QLatin1String("mimetype") ||
                           part.name.startsWith(QLatin1String("Pictures/"));
        const QByteArray packed = store ? part.data : deflateRaw(part.data);
        const quint32 crc = quint32(crc32(crc32(0, nullptr, 0),
                                          reinterpret_cast<const Bytef*>(part.data.constData()),
                                          uInt(part.data.size())));
        const QByteArray name = part.name.toUtf8();
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray& to) {
            put16(to, 20);      // version needed: 2.0
            put16(to, 1 << 11); // names in UTF-8
            put16(to, store ? 0 : Z_DEFLATED);
            put16(to, time);
            put16(to, date);
            put32(to, crc);
            put32(to, quint32(packed.size()));
            put32(to, quint32(part.data.size()));
            put16(to, quint16(name.size()));
            put16(to, 0); // extra field
        };
        put32(out, localSignature);
        header(out);
        out += name;
        out += packed;

        put32(central, centralSignature);
        put16(central, 20); // made by: 2.0
        header(central);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, endSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(parts.size()));
    put16(out, quint16(parts.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}
