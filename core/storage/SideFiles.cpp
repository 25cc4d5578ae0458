// SPDX-License-Identifier: GPL-3.0-or-later
#include "SideFiles.h"

#include <QFile>
#include <QFileInfo>

namespace {
// The first eight bytes of every rollback journal header SQLite writes (pager.c).
constexpr unsigned char journalMagic[] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
} // namespace

SideFiles SideFiles::look(const QString& path, bool walMode)
{
    SideFiles side;
    QFile journal(journalPath(path));
    if (journal.open(QIODevice::ReadOnly)) {
        const QByteArray start = journal.read(sizeof journalMagic);
        // SQLite ignores an empty journal or one whose first byte is zero (a finished one).
        if (!start.isEmpty() && start.at(0) != 0) {
            const bool header =
                start.size() == sizeof journalMagic &&
                std::equal(start.begin(), start.end(), reinterpret_cast<const char*>(journalMagic));
            side.journal = header ? Journal::Hot : Journal::Stray;
        }
    }
    if (walMode) {
        const QFileInfo log(logPath(path));
        side.pendingLog = log.exists() && log.size() > 0;
    }
    return side;
}
