// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeSourceFile.h"

#include "storage/CityFile.h"

#include <QFile>
#include <QTemporaryDir>

MergeSourceFile::~MergeSourceFile()
{
    m_file.reset(); // closed before its copy's folder goes
}

QSqlDatabase MergeSourceFile::database() const
{
    return m_file->database();
}

Result<std::unique_ptr<MergeSourceFile>> MergeSourceFile::open(const QString& path)
{
    std::unique_ptr<MergeSourceFile> source(new MergeSourceFile);
    CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
    if (!opened && opened.error().code() == FileError::Code::MigrationFailed) {
        // An older file cannot be updated read-only: its copy is, in a folder of our own.
        source->m_copyFolder = std::make_unique<QTemporaryDir>();
        const QString copy = source->m_copyFolder->filePath(QStringLiteral("partner.passerelle"));
        if (!source->m_copyFolder->isValid() || !QFile::copy(path, copy))
            return Error{opened.error().message()};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        opened = CityFile::open(copy, CityFile::Access::ReadWrite);
    }
    if (!opened)
        return Error{opened.error().message()};
    source->m_file = opened.take();
    return source;
}
