// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The zip container of an OpenDocument file, read and written with zlib: Qt's ODF writer
// makes the archive, OdtAmender replaces and adds parts, and the archive is written again
// with the "mimetype" part first and stored, as the format asks.
class OdtPackage
{
public:
    struct Part
    {
        QString name;
        QByteArray data;
    };

    // The parts in the archive's order; nothing when the bytes are not a zip this can read.
    static std::optional<QList<Part>> read(const QByteArray& zip);
    // Pictures (already compressed) and the mimetype are stored as they are, the rest deflated.
    static QByteArray write(const QList<Part>& parts);
};
