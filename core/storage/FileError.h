// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Why a city file cannot be opened or created. Every case has a translated message naming the
// file, the problem and what to do about it.
class FileError
{
    Q_DECLARE_TR_FUNCTIONS(FileError)

public:
    enum class Code
    {
        NotFound,
        NotReadable,
        NotAFile,
        NotSqlite,
        OtherApplication,
        TooNew,
        Damaged,
        AlreadyOpen,
        Exists,
        CannotWrite,
        MigrationFailed,
        Database,
        // The path cannot be handed to the database engine as it is.
        PathTooLong,
        InvalidName,
        // A change was interrupted (crash, power cut): its journal is beside the file.
        InterruptedChange,
        RecoveryNeedsWrite,
        // Changes of another program wait in a write-ahead log beside the file.
        PendingLog,
        // Not the tables, indexes, triggers and views of a city file (detail names the object).
        StructureChanged,
        // Values that break the file's own rules (detail says which and where).
        RulesBroken,
        // Writing refused: the file or its folder is read-only.
        ReadOnlyLocation,
        DiskFull,
    };

    // SQLite's longest path (its Unix VFS's MAX_PATHNAME), in bytes of the local encoding.
    static constexpr int maxPathBytes = 512;

    FileError(Code code, QString path, QString detail = {});

    Code code() const { return m_code; }
    QString path() const { return m_path; }
    QString detail() const { return m_detail; }
    // A short title for a dialog ("Cannot open the city file").
    QString title() const;
    // The whole explanation: file, problem, way out. One line, suitable for stderr too.
    QString message() const;
    // A stable, untranslated key for scripts (the CLI's check prints it): "not-sqlite", ...
    QString key() const;

    // The same problem, found in a file a partner city shared (PartnerFile): named by the
    // partner's path, with the way out that applies to a file that is only read, never repaired
    // or updated here (ask the partner to share it again).
    FileError fromPartner(QString partnerPath) const;
    bool isPartners() const { return m_partners; }

private:
    bool detailInText() const;
    QString partnerMessage() const;

    Code m_code;
    QString m_path;
    QString m_detail;
    bool m_partners = false;
};
