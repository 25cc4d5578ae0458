// SPDX-License-Identifier: GPL-3.0-or-later
#include "AckLog.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

AckLog::AckLog(const QString& path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
                  0644);
}

AckLog::~AckLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool AckLog::append(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    // One write() per line: a kill cuts at most the last line short, never mixes two.
    if (m_fd < 0 || ::write(m_fd, bytes.constData(), size_t(bytes.size())) != bytes.size())
        return false;
    return ::fsync(m_fd) == 0;
}

QList<AckLog::Entry> AckLog::read(const QString& path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The last piece has no newline after it: complete only when empty.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringList tokens = QString::fromUtf8(lines.at(i)).split(QLatin1Char(' '));
        Entry entry;
        entry.verb = tokens.value(0);
        if (entry.verb == QLatin1String("base")) {
            for (qsizetype t = 1; t < tokens.size(); ++t) {
                const qsizetype equals = tokens.at(t).indexOf(QLatin1Char('='));
                if (equals > 0)
                    entry.values.insert(tokens.at(t).left(equals), tokens.at(t).mid(equals + 1));
            }
        } else {
            entry.number = tokens.value(1).toInt();
            entry.id = tokens.value(2);
            entry.kind = tokens.value(3);
            entry.op = tokens.value(4);
            entry.parent = tokens.value(5);
        }
        entries.append(entry);
    }
    return entries;
}
