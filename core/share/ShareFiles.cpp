// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareFiles.h"

#include "common/ExportTarget.h"
#include "storage/SideFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

// fsync: QFile::flush only hands the bytes to the system.
bool syncPath(const QString& path, bool folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(folder);
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

} // namespace

ShareFiles::ShareFiles(QString target) : m_target(std::move(target))
{
    const QFileInfo info(m_target);
    m_temporary =
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".sharing");
    // Left by a share that was killed: only a share writes this name.
    discard();
    m_done = false;
}

ShareFiles::~ShareFiles()
{
    if (!m_done)
        discard();
}

void ShareFiles::discard()
{
    QFile::remove(m_temporary);
    QFile::remove(SideFiles::journalPath(m_temporary));
    m_done = true;
}

Result<void> ShareFiles::sync()
{
    if (!syncPath(m_temporary, false)) {
        discard();
        return Error{tr("The shared copy “%1” could not be saved to the disk. Check the free "
                        "space, then share again.")
                         .arg(QDir::toNativeSeparators(m_target))};
    }
    m_synced = true;
    return {};
}

Result<void> ShareFiles::commit(bool overwrite)
{
    const QString shown = QDir::toNativeSeparators(m_target);
    if (!m_synced) {
        if (Result<void> r = sync(); !r)
            return r;
    }
    // Checked again at the last moment: a file that appeared meanwhile is not replaced.
    if (Result<void> r = ExportTarget::check(m_target, overwrite); !r) {
        discard();
        return r;
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(m_temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(m_target).toStdString()),
                            error);
    if (error) {
        discard();
        return Error{tr("The shared copy “%1” could not be written: %2. Choose another folder.")
                         .arg(shown, QString::fromLocal8Bit(error.message()))};
    }
    m_done = true;
    syncPath(QFileInfo(m_target).absolutePath(), true);
    return {};
}
