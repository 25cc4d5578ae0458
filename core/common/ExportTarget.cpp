// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTarget.h"

#include <QDir>
#include <QFileInfo>

Result<void> ExportTarget::check(const QString& path, bool overwrite)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    // A link, even a broken one, is a file the user may not mean to replace.
    if (!overwrite && (info.exists() || info.isSymLink())) {
        return Error{tr("“%1” already exists. Choose another name, or confirm that it may be "
                        "replaced (--force on the command line).")
                         .arg(shown)};
    }
    if (!info.absoluteDir().exists()) {
        return Error{tr("The folder of “%1” does not exist: %2. Choose an existing folder.")
                         .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};
    }
    return {};
}

Error ExportTarget::cannotWrite(const QString& path, const QString& reason)
{
    return Error{tr("“%1” cannot be written: %2. Choose a folder where you may save files.")
                     .arg(QFileInfo(path).fileName(), reason)};
}

Error ExportTarget::cannotSave(const QString& path, const QString& reason)
{
    return Error{tr("“%1” could not be saved: %2. Check the free space on the disk, then "
                    "export again.")
                     .arg(QFileInfo(path).fileName(), reason)};
}
