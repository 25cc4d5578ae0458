// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/FileError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class CityFile;
class QTemporaryDir;

// A city file a partner city shared, opened so that nothing of it can reach the officer's own
// files: the file alone (never a journal or log beside it) is copied into a private temporary
// folder, checked completely there, updated there if it comes from an older Passerelle, and
// opened read-only. The partner's file is only ever read; the private folder goes with this
// object. Compare and merge read the partner through it as the partner window does.
class PartnerFile
{
    Q_DECLARE_TR_FUNCTIONS(PartnerFile)

public:
    using OpenResult = Result<std::unique_ptr<PartnerFile>, FileError>;

    // Every refusal is a FileError of the partner's file (FileError::isPartners()).
    static OpenResult open(const QString& path);
    ~PartnerFile();
    PartnerFile(const PartnerFile&) = delete;
    PartnerFile& operator=(const PartnerFile&) = delete;

    // The private copy, open read-only; its path is inside the private folder.
    CityFile& file() const { return *m_file; }
    // The partner's own file, as chosen.
    QString originalPath() const { return m_originalPath; }
    QString privateFolder() const;
    // The city that shared the file, as the file records it; the file's city name when the
    // file does not say (any city file can be opened as a partner's).
    QString sharedBy() const { return m_sharedBy; }
    QString sharedByCityId() const { return m_sharedByCityId; }
    // When it was shared, in UTC; invalid when the file does not say.
    QDateTime sharedAt() const { return m_sharedAt; }
    // Whether the sharer chose to include personal data; nullopt when the file does not say.
    std::optional<bool> withPersonalData() const { return m_withPersonalData; }
    // The format version of the partner's file (older ones are updated in the private copy).
    int originalVersion() const { return m_originalVersion; }
    bool wasUpdated() const;

    // What the file records of its sharing is read as untrusted: text of at most this length.
    static constexpr int maxSharedByChars = 200;

private:
    PartnerFile() = default;
    Result<void, FileError> copyInto(const QString& target) const;
    void readSharing();

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<CityFile> m_file;
    QString m_originalPath;
    QString m_sharedBy;
    QString m_sharedByCityId;
    QDateTime m_sharedAt;
    std::optional<bool> m_withPersonalData;
    int m_originalVersion = 0;
};
