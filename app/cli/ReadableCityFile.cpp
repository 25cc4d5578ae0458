// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadableCityFile.h"

#include "storage/CityFile.h"

std::unique_ptr<CityFile> ReadableCityFile::open(const QString& path, QTextStream& err)
{
    CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
    if (!opened) {
        err << opened.error().message() << '\n';
        return nullptr;
    }
    return opened.take();
}
