// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The crash driver's record of what it did, next to the city file. Each line is on the disk
// (fsync) before the driver goes on, so whatever a line acknowledges was committed before the
// kill that may follow, and the checker can hold the file to it.
//
//   base key=value ...             the file as the operation found it
//   try N ID KIND OP PARENT        edit N is about to be written (ID "-" for an add)
//   ack N ID KIND OP PARENT        edit N is committed
//
// Import and demo runs acknowledge with "ack 1 - import" and "ack 1 - demo".
class AckLog
{
public:
    explicit AckLog(const QString& path);
    ~AckLog();
    AckLog(const AckLog&) = delete;
    AckLog& operator=(const AckLog&) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // Appends the line and waits until it is on the disk.
    bool append(const QString& line);

    struct Entry
    {
        QString verb; // base, try or ack
        int number = 0;
        QString id;
        QString kind;
        QString op;
        QString parent;
        QHash<QString, QString> values; // a base line's key=value pairs
    };
    // The complete lines of the log (a line cut short by the kill is left out).
    static QList<Entry> read(const QString& path);

private:
    int m_fd = -1;
};
