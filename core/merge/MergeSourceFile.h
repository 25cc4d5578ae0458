// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class PartnerFile;

// A partner's file opened for a merge to read, as the partner's window reads it (PartnerFile:
// a private copy, checked completely, updated there when older, never written).
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

    std::unique_ptr<PartnerFile> m_partner;
};
