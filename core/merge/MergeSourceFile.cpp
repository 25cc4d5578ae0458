// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeSourceFile.h"

#include "exchange/PartnerFile.h"
#include "storage/CityFile.h"

MergeSourceFile::~MergeSourceFile() = default;

QSqlDatabase MergeSourceFile::database() const
{
    return m_partner->file().database();
}

Result<std::unique_ptr<MergeSourceFile>> MergeSourceFile::open(const QString& path)
{
    // Read as every partner's file is read: from a private copy, checked completely, updated
    // there when older, never written (PartnerFile).
    PartnerFile::OpenResult opened = PartnerFile::open(path);
    if (!opened)
        return Error{opened.error().message()};
    std::unique_ptr<MergeSourceFile> source(new MergeSourceFile);
    source->m_partner = opened.take();
    return source;
}
