// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

// Small enough not to hold much more than the file, large enough for few system calls.
constexpr qint64 chunkBytes = 64 * 1024;

} // namespace

BoundedFile::Content BoundedFile::read(const QString& path, qint64 maxBytes)
{
    Content content;
    const QFileInfo info(path);
    // Checked before opening: opening a pipe waits for a writer, and a device never ends.
    if (info.exists() && !info.isFile()) {
        content.problem = Problem::NotAFile;
        return content;
    }
    if (info.exists() && info.size() > maxBytes) {
        content.problem = Problem::TooLarge;
        content.size = info.size();
        return content;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.problem = Problem::CannotOpen;
        content.reason = file.errorString();
        return content;
    }
    content.bytes = readAtMost(file, maxBytes);
    if (file.error() != QFileDevice::NoError) {
        content.bytes.clear();
        content.problem = Problem::CannotOpen;
        content.reason = file.errorString();
    } else if (content.bytes.size() > maxBytes) {
        // It grew since, or its size was not what the file system said.
        content.bytes.clear();
        content.problem = Problem::TooLarge;
    }
    return content;
}

QByteArray BoundedFile::readAtMost(QIODevice& device, qint64 maxBytes)
{
    QByteArray bytes;
    const qint64 wanted = maxBytes + 1;
    if (!device.isSequential())
        bytes.reserve(qsizetype(std::min(device.size() + 1, wanted)));
    while (bytes.size() < wanted) {
        const qint64 chunk = std::min(chunkBytes, wanted - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(chunk));
        const qint64 got = device.read(bytes.data() + before, chunk);
        bytes.resize(before + qsizetype(std::max<qint64>(got, 0)));
        if (got < 0)
            return {};
        if (got == 0) // the end: a file's reads block until there is data or none is left
            break;
    }
    return bytes;
}

QString BoundedFile::notAFileMessage(const QString& path)
{
    return tr("“%1” is not a file but a folder, a device or a pipe, which Passerelle does not "
              "read. Save what you want to import as a file, then choose that file.")
        .arg(QDir::toNativeSeparators(path));
}
