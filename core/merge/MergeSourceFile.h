// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class CityFile;
class QTemporaryDir;

// A partner's file opened for a merge to read, with every check a city file gets, and never
// written: a current file is opened read-only; a file of an older format version is copied into
// a private temporary folder and the copy is updated and read. (A stop-gap until the partners'
// own opening, core/exchange/PartnerFile, serves the merge too.)
class MergeSourceFile
{
public:
    ~MergeSourceFile();
    MergeSourceFile(const MergeSourceFile&) = delete;
    MergeSourceFile& operator=(const MergeSourceFile&) = delete;

    static Result<std::unique_ptr<MergeSourceFile>> open(const QString& path);

    QSqlDatabase database() const;

private:
    MergeSourceFile() = default;

    std::unique_ptr<QTemporaryDir> m_copyFolder;
    std::unique_ptr<CityFile> m_file;
};
