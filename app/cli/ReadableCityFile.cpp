// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadableCityFile.h"

#include "storage/CityFile.h"

namespace {

std::unique_ptr<CityFile> told(CityFile::OpenResult opened, QTextStream& err)
{
    if (!opened) {
        err << opened.error().message() << '\n';
        return nullptr;
    }
    return opened.take();
}

} // namespace

std::unique_ptr<CityFile> ReadableCityFile::open(const QString& path, QTextStream& err)
{
    return told(CityFile::open(path, CityFile::Access::ReadOnly), err);
}

std::unique_ptr<CityFile> ReadableCityFile::open(const QString& path, const QStringList& tables,
                                                 QTextStream& err)
{
    return told(CityFile::openToRead(path, tables), err);
}
