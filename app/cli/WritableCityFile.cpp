// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritableCityFile.h"

#include "storage/CityFile.h"

std::unique_ptr<CityFile> WritableCityFile::open(const QString& path, QTextStream& err)
{
    CityFile::OpenResult opened = CityFile::open(path);
    if (!opened) {
        err << opened.error().message() << '\n';
        return nullptr;
    }
    std::unique_ptr<CityFile> file = opened.take();
    if (file->isReadOnly()) {
        // Opened read-only because of the file's or the folder's permissions: say so, rather
        // than let the first write fail.
        err << FileError(FileError::Code::ReadOnlyLocation, path).message() << '\n';
        return nullptr;
    }
    if (const QString notice = Recovery::notice(file->recovery()); !notice.isEmpty())
        err << notice << '\n';
    return file;
}
