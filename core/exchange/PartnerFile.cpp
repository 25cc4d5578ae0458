// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerFile.h"

#include "storage/CheckDepth.h"
#include "storage/CityFile.h"
#include "storage/FileChecks.h"
#include "storage/FileHeader.h"
#include "storage/Schema.h"
#include "storage/SideFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>

namespace {

using Code = FileError::Code;

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

// One line of text: a value the partner's file chose may hold line breaks or control
// characters meant to garble a title or a banner.
QString oneLine(const QString& text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line += c.isPrint() ? c : QChar(QLatin1Char(' '));
    return line.simplified();
}

} // namespace

PartnerFile::~PartnerFile()
{
    // The connection goes before the folder it reads from.
    m_file.reset();
    m_folder.reset();
}

QString PartnerFile::privateFolder() const
{
    return m_folder->path();
}

bool PartnerFile::wasUpdated() const
{
    return m_originalVersion < Schema::currentVersion;
}

PartnerFile::OpenResult PartnerFile::open(const QString& path)
{
    const QString original = QFileInfo(path).absoluteFilePath();
    // Every check below reads only; what it finds is told as a problem of the partner's file.
    const auto refuse = [&original](const FileError& problem) {
        return problem.fromPartner(original);
    };
    FileHeader header;
    if (std::optional<FileError> problem = FileChecks::path(original, &header))
        return refuse(*problem);
    // The file alone is copied: a change left unfinished beside it, or a log of changes, would
    // have to be replayed to read it consistently, and nothing of a partner's is replayed.
    const SideFiles side = SideFiles::look(original, header.walMode);
    if (side.journal == SideFiles::Journal::Hot)
        return refuse(FileError(Code::InterruptedChange, original));
    if (side.pendingLog)
        return refuse(FileError(Code::PendingLog, original));

    auto partner = std::unique_ptr<PartnerFile>(new PartnerFile);
    partner->m_originalPath = original;
    partner->m_folder = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("passerelle-partner-XXXXXX")));
    if (!partner->m_folder->isValid())
        return refuse(FileError(Code::CannotWrite, original, partner->m_folder->errorString()));
    // mkdtemp makes it the owner's alone already; said again for every platform.
    QFile::setPermissions(partner->privateFolder(), ownerOnly | QFile::ExeOwner);
    const QString copy =
        QDir(partner->privateFolder()).filePath(QStringLiteral("partner.passerelle"));
    if (Result<void, FileError> copied = partner->copyInto(copy); !copied)
        return copied.error();
    // A change begun while the bytes were copied leaves a journal: the copy may be half of it.
    if (SideFiles::look(original, header.walMode).journal == SideFiles::Journal::Hot)
        return refuse(FileError(Code::InterruptedChange, original));

    // From here on only the copy is read: the complete checks first, as `passerelle-cli check`.
    if (std::optional<FileError> problem = CityFile::inspect(copy, CheckDepth::Thorough))
        return refuse(*problem);
    const FileHeader copied = FileHeader::read(copy);
    partner->m_originalVersion = int(copied.userVersion);
    if (partner->wasUpdated() || copied.walMode) {
        // Updated (or brought back from log mode) in the private copy, which is the only file
        // ever written; the backup the update leaves beside it is of no use there.
        CityFile::OpenResult updated = CityFile::open(copy, CityFile::Access::ReadWrite);
        if (!updated)
            return refuse(updated.error());
        updated.value().reset();
        QFile::remove(CityFile::backupPathFor(copy, partner->m_originalVersion));
    }
    {
        // The copy says when the partner's file was last written, not when it was copied.
        QFile file(copy);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(QFileInfo(original).lastModified(), QFileDevice::FileModificationTime);
    }
    QFile::setPermissions(copy, QFile::ReadOwner);
    CityFile::OpenResult opened = CityFile::open(copy, CityFile::Access::ReadOnly);
    if (!opened)
        return refuse(opened.error());
    partner->m_file = opened.take();
    partner->readSharing();
    return partner;
}

Result<void, FileError> PartnerFile::copyInto(const QString& target) const
{
    const QFileInfo info(m_originalPath);
    const qint64 size = info.size();
    const QStorageInfo storage(privateFolder());
    if (storage.isValid() && storage.bytesAvailable() < size)
        return FileError(Code::DiskFull, m_originalPath,
                         tr("%1 is full").arg(QDir::toNativeSeparators(privateFolder())))
            .fromPartner(m_originalPath);
    QFile in(m_originalPath);
    if (!in.open(QIODevice::ReadOnly))
        return FileError(Code::NotReadable, m_originalPath).fromPartner(m_originalPath);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !out.setPermissions(ownerOnly))
        return FileError(Code::CannotWrite, m_originalPath, out.errorString())
            .fromPartner(m_originalPath);
    constexpr qint64 chunk = 1024 * 1024;
    qint64 total = 0;
    while (!in.atEnd()) {
        const QByteArray bytes = in.read(chunk);
        if (bytes.isEmpty() && in.error() != QFile::NoError)
            return FileError(Code::NotReadable, m_originalPath).fromPartner(m_originalPath);
        total += bytes.size();
        // A file that grows while it is copied is being written: what was read is no file.
        if (total > size)
            return FileError(Code::InterruptedChange, m_originalPath).fromPartner(m_originalPath);
        if (out.write(bytes) != bytes.size())
            return FileError(Code::CannotWrite, m_originalPath, out.errorString())
                .fromPartner(m_originalPath);
    }
    if (!out.flush())
        return FileError(Code::CannotWrite, m_originalPath, out.errorString())
            .fromPartner(m_originalPath);
    return {};
}

void PartnerFile::readSharing()
{
    // What the sharing wrote into file_meta, read as anything the partner's file says: only
    // text, only of a bounded length, only in the expected form; anything else is "not said".
    QSqlQuery query(m_file->database());
    query.prepare(QStringLiteral(
        "SELECT key, value FROM file_meta WHERE key IN ('shared_by_city', 'shared_by_city_id', "
        "'shared_at', 'shared_with_personal_data') AND typeof(value) = 'text' "
        "AND length(value) <= ?"));
    query.addBindValue(maxSharedByChars);
    QString by;
    if (query.exec()) {
        while (query.next()) {
            const QString key = query.value(0).toString();
            const QString value = query.value(1).toString();
            if (key == QLatin1String("shared_by_city")) {
                by = oneLine(value);
            } else if (key == QLatin1String("shared_by_city_id")) {
                static const QRegularExpression id(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
                if (id.match(value).hasMatch())
                    m_sharedByCityId = value;
            } else if (key == QLatin1String("shared_at")) {
                static const QRegularExpression stamp(
                    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z$"));
                const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
                if (stamp.match(value).hasMatch() && at.isValid())
                    m_sharedAt = at.toUTC();
            } else if (key == QLatin1String("shared_with_personal_data")) {
                if (value == QLatin1String("0") || value == QLatin1String("1"))
                    m_withPersonalData = value == QLatin1String("1");
            }
        }
    }
    if (by.isEmpty()) {
        query.prepare(QStringLiteral("SELECT name FROM city LIMIT 1"));
        if (query.exec() && query.next())
            by = oneLine(query.value(0).toString().left(maxSharedByChars));
    }
    m_sharedBy = by.isEmpty() ? QFileInfo(m_originalPath).completeBaseName() : by;
}
