// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Reads the whole of a file the officer chose to import (a CSV list, a checklist template),
// never more than a limit. What is not a regular file (a folder, a device such as /dev/zero, a
// pipe, which would block or never end) is refused before it is opened; a file larger than the
// limit is refused before a byte is read; and since the size a file system gives may be wrong
// (files in /proc say 0) or change while the file is read, no more than the limit and one byte
// is ever read.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    enum class Problem
    {
        None,
        NotAFile,   // a folder, a device, a pipe, a socket
        CannotOpen, // missing, not allowed, or a read failed (reason says which)
        TooLarge    // more than the limit
    };

    struct Content
    {
        QByteArray bytes;
        Problem problem = Problem::None;
        QString reason;   // the system's words, for CannotOpen
        qint64 size = -1; // for TooLarge: the size the file system gave, or -1 if it said less

        bool ok() const { return problem == Problem::None; }
    };

    static Content read(const QString& path, qint64 maxBytes);
    // At most maxBytes + 1 bytes from an open device, read in chunks (a device's size says
    // nothing): more than maxBytes means too large. Empty when a read failed (the device has
    // the error).
    static QByteArray readAtMost(QIODevice& device, qint64 maxBytes);

    // For NotAFile: names the path, says what is wrong and what to do instead.
    static QString notAFileMessage(const QString& path);
};
