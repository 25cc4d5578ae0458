// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparedFile.h"

CityFile::OpenResult ComparedFile::open(const QString& path)
{
    return CityFile::openToRead(path, CitySummary::tables());
}

Result<CitySummary> ComparedFile::summarise(const QString& path, const QDate& today)
{
    CityFile::OpenResult opened = open(path);
    if (!opened)
        return Error{opened.error().message()};
    const std::unique_ptr<CityFile> file = opened.take();
    return CitySummary::read(file->database(), path, today);
}
