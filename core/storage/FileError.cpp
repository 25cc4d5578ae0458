// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileError.h"

#include <QDir>
#include <QFileInfo>

FileError::FileError(Code code, QString path, QString detail)
    : m_code(code), m_path(std::move(path)), m_detail(std::move(detail))
{
}

QString FileError::title() const
{
    if (m_partners)
        return tr("Cannot open the partner’s file");
    switch (m_code) {
    case Code::Exists:
    case Code::CannotWrite:
    case Code::ReadOnlyLocation:
    case Code::DiskFull:
        return tr("Cannot create the city file");
    case Code::MigrationFailed:
        return tr("Cannot update the city file");
    default:
        return tr("Cannot open the city file");
    }
}

QString FileError::message() const
{
    if (m_partners)
        return partnerMessage();
    const QString file = QDir::toNativeSeparators(m_path);
    QString text;
    switch (m_code) {
    case Code::NotFound:
        text = tr("The file “%1” does not exist. It may have been moved, renamed or deleted; "
                  "choose it again with File > Open.")
                   .arg(file);
        break;
    case Code::NotReadable:
        text = tr("The file “%1” cannot be read: you do not have permission to read it. Ask the "
                  "owner of the file or your administrator for access, or open a copy.")
                   .arg(file);
        break;
    case Code::NotAFile:
        text = tr("“%1” is a folder or a device, not a city file. Choose a .passerelle file.")
                   .arg(file);
        break;
    case Code::NotSqlite:
        text = tr("The file “%1” is not a Passerelle city file (it is not an SQLite database). "
                  "Check that you chose the right file; the file was not changed.")
                   .arg(file);
        break;
    case Code::OtherApplication:
        text = tr("The file “%1” is a database of another program, not a Passerelle city file. "
                  "Open it with the program that made it; Passerelle did not change it.")
                   .arg(file);
        break;
    case Code::TooNew:
        text = tr("The file “%1” was made by a newer version of Passerelle (file format %2). "
                  "Install the latest Passerelle to open it; the file was not changed.")
                   .arg(file, m_detail);
        break;
    case Code::Damaged:
        text = tr("The file “%1” is damaged and cannot be opened safely. Open your latest backup "
                  "or copy of it; the damaged file was not changed, so a specialist can still try "
                  "to recover it.")
                   .arg(file);
        break;
    case Code::AlreadyOpen:
        text = tr("The file “%1” is already open in another Passerelle window, on this computer or "
                  "another one sharing the folder. Switch to that window, or close it and try "
                  "again.")
                   .arg(file);
        break;
    case Code::Exists:
        text = tr("The file “%1” already exists. Choose another name, or delete the existing "
                  "file first if you no longer need it.")
                   .arg(file);
        break;
    case Code::CannotWrite:
        text = tr("The file “%1” could not be written. Check that the folder still exists and "
                  "is reachable, or choose another folder.")
                   .arg(file);
        break;
    case Code::ReadOnlyLocation:
        text = tr("The file “%1” cannot be written: the file or its folder is read-only (or on a "
                  "read-only disk). Choose a folder where you may write, or ask your "
                  "administrator for write access.")
                   .arg(file);
        break;
    case Code::DiskFull:
        text = tr("The file “%1” cannot be written: the disk is full. Free some space, or "
                  "choose another disk, then try again.")
                   .arg(file);
        break;
    case Code::PathTooLong:
        text = tr("The path of the file “%1” is too long for Passerelle to open (%2 bytes; at "
                  "most %3). Move the file to a folder with a shorter path, or give it a "
                  "shorter name.")
                   .arg(file, m_detail)
                   .arg(maxPathBytes);
        break;
    case Code::InvalidName:
        text = tr("The name of the file “%1” contains characters that are not valid text, so "
                  "Passerelle cannot open it reliably. Rename the file (for example in your file "
                  "manager) and open it again; its content was not changed.")
                   .arg(file);
        break;
    case Code::InterruptedChange:
        text = tr("The file “%1” holds a change that was interrupted (Passerelle or the computer "
                  "stopped while it was being written). Open the file in Passerelle, which undoes "
                  "the unfinished change; until then the file is left exactly as it is.")
                   .arg(file);
        break;
    case Code::RecoveryNeedsWrite:
        text = tr("The file “%1” holds a change that was interrupted, and it must be undone before "
                  "the file can be opened, but the file or its folder is read-only. Copy the file "
                  "together with the file beside it whose name ends in “-journal” (or “-wal”) to "
                  "a folder where you may write, and open the copy.")
                   .arg(file);
        break;
    case Code::PendingLog:
        text = tr("The file “%1” has changes made by another program kept in a separate file "
                  "beside it (ending in “-wal”). Open the file in Passerelle, which takes them "
                  "in; until then the file is left exactly as it is.")
                   .arg(file);
        break;
    case Code::StructureChanged:
        text = tr("The file “%1” is not built like a Passerelle city file: %2. Another program "
                  "may have changed it, or it was made to look like a city file. It was not "
                  "opened and not changed; open your latest backup, or ask the sender for a copy "
                  "made by Passerelle.")
                   .arg(file, m_detail);
        break;
    case Code::RulesBroken:
        text = tr("The file “%1” holds values that break the rules of a city file: %2. It was "
                  "not opened and not changed; open your latest backup, or ask the sender for a "
                  "copy made by Passerelle.")
                   .arg(file, m_detail);
        break;
    case Code::MigrationFailed:
        text = tr("The file “%1” comes from an older Passerelle and could not be updated to the "
                  "current format. It was left as it was; a backup copy is beside it.")
                   .arg(file);
        break;
    case Code::Database:
        text = tr("The file “%1” could not be used because of a database error. The file was not "
                  "changed; try again, or open a copy of it.")
                   .arg(file);
        break;
    }
    if (!m_detail.isEmpty() && !detailInText())
        text += QLatin1Char(' ') + tr("(Details: %1)").arg(m_detail);
    return text;
}

FileError FileError::fromPartner(QString partnerPath) const
{
    FileError error(m_code, std::move(partnerPath), m_detail);
    error.m_partners = true;
    return error;
}

QString FileError::partnerMessage() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    QString problem;
    switch (m_code) {
    case Code::NotFound:
        return tr("The partner’s file “%1” does not exist. It may have been moved, renamed or "
                  "deleted; choose it again with File > Open a partner’s file.")
            .arg(file);
    // The officer's way out is the same as for a file of their own.
    case Code::NotAFile:
    case Code::TooNew:
    case Code::PathTooLong:
    case Code::InvalidName: {
        FileError own = *this;
        own.m_partners = false;
        return own.message();
    }
    case Code::NotReadable:
        return tr("The partner’s file “%1” cannot be read: you do not have permission to read "
                  "it. Copy it into your own documents folder and open the copy, or ask the "
                  "partner city to share it again.")
            .arg(file);
    case Code::CannotWrite:
    case Code::DiskFull:
    case Code::ReadOnlyLocation:
        return tr("The partner’s file “%1” could not be copied into a private temporary folder, "
                  "where Passerelle reads it: %2. Free some disk space and try again; the "
                  "partner’s file was not changed.")
            .arg(file, m_detail.isEmpty() ? tr("the disk may be full") : m_detail);
    case Code::NotSqlite:
        problem = tr("is not a Passerelle city file");
        break;
    case Code::OtherApplication:
        problem = tr("is a database of another program, not a Passerelle city file");
        break;
    case Code::StructureChanged:
        problem = tr("is not built like a Passerelle city file (%1)").arg(m_detail);
        break;
    case Code::RulesBroken:
        problem = tr("holds values that break the rules of a city file (%1)").arg(m_detail);
        break;
    case Code::InterruptedChange:
        problem = tr("was copied while it was being changed: an unfinished change lies beside "
                     "it, in the file ending in “-journal”, and Passerelle never reads the files "
                     "beside a partner’s file");
        break;
    case Code::PendingLog:
        problem = tr("has changes kept in a separate file beside it (ending in “-wal”), and "
                     "Passerelle never reads the files beside a partner’s file");
        break;
    case Code::MigrationFailed:
        problem = tr("comes from an older Passerelle, and its private copy could not be updated "
                     "to the current format");
        break;
    case Code::Damaged:
        problem = tr("is damaged");
        break;
    default:
        problem = tr("could not be read because of a database error");
        break;
    }
    QString text = tr("The partner’s file “%1” %2. Passerelle did not open it and did not change "
                      "it, and your own city file was not touched. Ask the partner city to share "
                      "it again from Passerelle (File > Share with a partner city).")
                       .arg(file, problem);
    if (!m_detail.isEmpty() && !detailInText())
        text += QLatin1Char(' ') + tr("(Details: %1)").arg(m_detail);
    return text;
}

bool FileError::detailInText() const
{
    switch (m_code) {
    case Code::TooNew:
    case Code::PathTooLong:
    case Code::StructureChanged:
    case Code::RulesBroken:
        return true;
    default:
        return false;
    }
}

QString FileError::key() const
{
    switch (m_code) {
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::NotReadable:
        return QStringLiteral("not-readable");
    case Code::NotAFile:
        return QStringLiteral("not-a-file");
    case Code::NotSqlite:
        return QStringLiteral("not-sqlite");
    case Code::OtherApplication:
        return QStringLiteral("other-application");
    case Code::TooNew:
        return QStringLiteral("too-new");
    case Code::Damaged:
        return QStringLiteral("damaged");
    case Code::AlreadyOpen:
        return QStringLiteral("already-open");
    case Code::Exists:
        return QStringLiteral("exists");
    case Code::CannotWrite:
        return QStringLiteral("cannot-write");
    case Code::MigrationFailed:
        return QStringLiteral("migration-failed");
    case Code::Database:
        return QStringLiteral("database");
    case Code::PathTooLong:
        return QStringLiteral("path-too-long");
    case Code::InvalidName:
        return QStringLiteral("invalid-name");
    case Code::InterruptedChange:
        return QStringLiteral("interrupted-change");
    case Code::RecoveryNeedsWrite:
        return QStringLiteral("recovery-needs-write");
    case Code::PendingLog:
        return QStringLiteral("pending-log");
    case Code::StructureChanged:
        return QStringLiteral("structure-changed");
    case Code::RulesBroken:
        return QStringLiteral("rules-broken");
    case Code::ReadOnlyLocation:
        return QStringLiteral("read-only");
    case Code::DiskFull:
        return QStringLiteral("disk-full");
    }
    return {};
}
