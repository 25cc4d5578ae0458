// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileChecks.h"

#include "Schema.h"
#include "SchemaCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace {
// The longest name Passerelle derives from a file's (".NAME.recovering-journal").
constexpr int longestSuffixBytes = 24;

} // namespace

std::optional<FileError> FileChecks::path(const QString& path, FileHeader* header)
{
    using Code = FileError::Code;
    const QFileInfo info(path);
    if (!info.exists()) {
        // Arguments that were not valid text reach Qt with U+FFFD in place of the bad bytes.
        if (path.contains(QChar::ReplacementCharacter))
            return FileError(Code::InvalidName, path);
        return FileError(Code::NotFound, path);
    }
    if (!info.isFile())
        return FileError(Code::NotAFile, path);
    const qsizetype bytes = QFile::encodeName(info.absoluteFilePath()).size();
    if (bytes + longestSuffixBytes > FileError::maxPathBytes)
        return FileError(Code::PathTooLong, path, QString::number(bytes));
    *header = FileHeader::read(path);
    if (!header->readable)
        return FileError(Code::NotReadable, path);
    if (!header->isSqlite)
        return FileError(Code::NotSqlite, path);
    if (header->applicationId != Schema::applicationId)
        return FileError(Code::OtherApplication, path);
    if (header->userVersion > quint32(Schema::currentVersion))
        return FileError(Code::TooNew, path, QString::number(header->userVersion));
    if (header->userVersion == 0)
        return FileError(Code::Damaged, path, QStringLiteral("no format version"));
    return std::nullopt;
}

SqliteConnection::Mode FileChecks::readingMode(const FileHeader& header, const SideFiles& side)
{
    if (header.walMode || side.journal != SideFiles::Journal::None)
        return SqliteConnection::Mode::Immutable;
    return SqliteConnection::Mode::ReadOnly;
}

std::optional<FileError> FileChecks::content(const QString& path, SqliteConnection::Mode mode,
                                             ContentCheck::Depth depth,
                                             const std::atomic<bool>* cancel,
                                             const QStringList& tables)
{
    using Code = FileError::Code;
    Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(path, mode);
    if (!opened)
        return FileError(Code::Damaged, path, opened.error().message);
    if (cancel)
        opened.value()->defences().setCancelFlag(cancel);
    const QSqlDatabase db = opened.value()->database();
    // References are checked by looking every record's referenced record up in its table's
    // index: a cache that holds those indexes (a 50,000-stakeholder file's stakeholders are
    // 2.4 MB of index, above SQLite's 2 MB default) reads each page once rather than at every
    // lookup, which halves the check of references. The connection is the check's own; the
    // size is a hint, the check the same without it.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -16384"));
    const SchemaCheck::Declared declared = SchemaCheck::read(db);
    if (!declared.objects)
        return FileError(Code::Damaged, path, declared.error);
    // A file of an older version is checked against its own version's schema: it is updated
    // only after it passed.
    QSqlQuery version(db);
    const int declaredVersion =
        version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
            ? version.value(0).toInt()
            : 0;
    if (declaredVersion < 1 || declaredVersion > Schema::currentVersion)
        return FileError(Code::Damaged, path, QStringLiteral("no format version"));
    const SchemaCheck::Expected& expected = SchemaCheck::expected(declaredVersion);
    if (expected.objects.isEmpty())
        return FileError(Code::Database, path, QStringLiteral("schema resource missing"));
    if (std::optional<QString> problem = SchemaCheck::compare(*declared.objects, expected.objects))
        return FileError(Code::StructureChanged, path, *problem);
    if (std::optional<ContentCheck::Finding> found =
            ContentCheck::run(db, depth, expected, tables)) {
        if (found->damaged)
            return FileError(Code::Damaged, path, found->text);
        return FileError(Code::RulesBroken, path, found->text);
    }
    return std::nullopt;
}
