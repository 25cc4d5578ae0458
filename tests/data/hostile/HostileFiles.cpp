// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileFiles.h"

#include "HostileMakers.h"

#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "storage/ConnectionDefences.h"

#include <QDir>
#include <QFile>

#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

namespace HostileFiles {
using namespace Make;
using Outcome = Recovery::Outcome;

QString makeBase(const QString& folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("base.passerelle"));
    CityFile::NewCity city;
    city.name = QStringLiteral("Livadia");
    city.country = QStringLiteral("GR");
    CityFile::OpenResult created = CitySeeder::createFile(path, city);
    if (!created)
        return {};
    Repositories repos(*created.value());
    Stakeholder s;
    s.name = QStringLiteral("KEDE");
    s.kind = Stakeholder::Kind::International;
    if (!repos.stakeholders().add(s))
        return {};
    ContactPerson contact;
    contact.stakeholderId = s.meta.id;
    contact.name = QStringLiteral("Eleni Papadopoulou");
    if (!repos.stakeholders().add(contact))
        return {};
    return path;
}

QList<Kind> kinds()
{
    const QString structure = QStringLiteral("structure-changed");
    const QString rules = QStringLiteral("rules-broken");
    const QString damaged = QStringLiteral("damaged");
    const QString notSqlite = QStringLiteral("not-sqlite");
    const QString notFile = QStringLiteral("not-a-file");
    const bool root = ::geteuid() == 0;
    using F = std::function<QString(const QString&, const QString&)>;
    auto sqlKind = [&](const QString& name, const QStringList& sql, const QString& opening,
                       const QString& thorough) {
        return Kind{name,
                    F([sql](const QString& f, const QString& b) { return tampered(f, b, sql); }),
                    opening, thorough, opening};
    };
    auto refused = [](const QString& name, F make, const QString& key) {
        return Kind{name, std::move(make), key, key, key};
    };
    auto opens = [](const QString& name, F make) {
        return Kind{name, std::move(make), {}, {}, {}};
    };

    QList<Kind> list;
    // Not a city file at all.
    list << refused(
        QStringLiteral("empty"),
        [](const QString& f, const QString&) { return writeBytes(QDir(f).filePath(fileName), {}); },
        notSqlite);
    list << refused(
        QStringLiteral("text"),
        [](const QString& f, const QString&) {
            return writeBytes(QDir(f).filePath(fileName), "name,kind\nKEDE,ngo\n");
        },
        notSqlite);
    list << refused(
        QStringLiteral("random-bytes"),
        [](const QString& f, const QString&) {
            return writeBytes(QDir(f).filePath(fileName), noise(65536, 7));
        },
        notSqlite);
    list << refused(
        QStringLiteral("truncated-50-bytes"),
        [](const QString& f, const QString& b) { return truncated(f, b, 50); }, notSqlite);
    list << refused(
        QStringLiteral("wrong-magic"),
        [](const QString& f, const QString& b) { return patched(f, b, 0, "SQLite format 4"); },
        notSqlite);
    list << refused(
        QStringLiteral("other-application"),
        [](const QString& f, const QString& b) {
            return patched(f, b, 68, QByteArray("\0\0\0\1", 4));
        },
        QStringLiteral("other-application"));
    list << refused(
        QStringLiteral("newer-version"),
        [](const QString& f, const QString& b) {
            return patched(f, b, 60, QByteArray("\0\0\0\x63", 4));
        },
        QStringLiteral("too-new"));
    list << refused(
        QStringLiteral("no-version"),
        [](const QString& f, const QString& b) { return patched(f, b, 60, QByteArray(4, '\0')); },
        damaged);
    list << refused(
        QStringLiteral("missing"),
        [](const QString& f, const QString&) { return QDir(f).filePath(fileName); },
        QStringLiteral("not-found"));
    list << refused(
        QStringLiteral("folder"),
        [](const QString& f, const QString&) {
            const QString path = QDir(f).filePath(fileName);
            return QDir().mkpath(path) ? path : QString();
        },
        notFile);
    list << refused(
        QStringLiteral("fifo"),
        [](const QString& f, const QString&) {
            const QString path = QDir(f).filePath(fileName);
            return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
        },
        notFile);
    list << refused(
        QStringLiteral("link-to-device"),
        [](const QString& f, const QString&) {
            const QString path = QDir(f).filePath(fileName);
            return QFile::link(QStringLiteral("/dev/zero"), path) ? path : QString();
        },
        notFile);
    list << refused(
        QStringLiteral("path-too-long"),
        [](const QString& f, const QString& b) {
            QString folder = f;
            for (const char c : {'a', 'b', 'c'})
                folder += QLatin1Char('/') + QString(200, QLatin1Char(c));
            return QDir().mkpath(folder) ? copyBase(folder, b) : QString();
        },
        QStringLiteral("path-too-long"));
    list << refused(
        QStringLiteral("name-not-text"),
        [](const QString& f, const QString& b) {
            // A name whose bytes are not UTF-8 reaches Qt with U+FFFD in place of the bad byte.
            const QByteArray raw = QFile::encodeName(f) + "/caf\xe9.passerelle";
            std::ofstream(raw.constData()) << "x";
            Q_UNUSED(b);
            return QFile::decodeName(raw);
        },
        QStringLiteral("invalid-name"));
    const QString unreadable = root ? QString() : QStringLiteral("not-readable");
    list << Kind{QStringLiteral("unreadable"),
                 [](const QString& f, const QString& b) {
                     const QString path = copyBase(f, b);
                     return QFile::setPermissions(path, {}) ? path : QString();
                 },
                 unreadable, unreadable, unreadable};

    // Damaged pages.
    for (const qint64 size : {4096LL, 3 * 4096LL, 20 * 4096LL}) {
        list << refused(
            QStringLiteral("truncated-%1").arg(size),
            [size](const QString& f, const QString& b) { return truncated(f, b, size); }, damaged);
    }
    list << refused(
        QStringLiteral("page-overwritten"),
        [](const QString& f, const QString& b) { return patched(f, b, 2 * 4096, noise(4096, 11)); },
        damaged);
    list << refused(
        QStringLiteral("schema-page-overwritten"),
        [](const QString& f, const QString& b) { return patched(f, b, 100, noise(3000, 13)); },
        damaged);
    list << refused(
        QStringLiteral("bad-page-size"),
        [](const QString& f, const QString& b) {
            return patched(f, b, 16, QByteArray("\x12\x34", 2));
        },
        damaged);
    // Journals and logs beside the file.
    list << Kind{QStringLiteral("interrupted-change"),
                 [](const QString& f, const QString& b) { return interrupted(f, b); },
                 QStringLiteral("interrupted-change"),
                 QStringLiteral("interrupted-change"),
                 {},
                 Outcome::UndidInterruptedChange};
    list << Kind{QStringLiteral("interrupted-change-read-only-file"),
                 [](const QString& f, const QString& b) {
                     const QString path = interrupted(f, b);
                     return QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup)
                                ? path
                                : QString();
                 },
                 QStringLiteral("interrupted-change"), QStringLiteral("interrupted-change"),
                 QStringLiteral("recovery-needs-write")};
    list << Kind{QStringLiteral("interrupted-change-read-only-folder"),
                 [](const QString& f, const QString& b) {
                     const QString folder = QDir(f).filePath(QStringLiteral("locked"));
                     QDir().mkpath(folder);
                     const QString path = interrupted(folder, b);
                     return QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner)
                                ? path
                                : QString();
                 },
                 QStringLiteral("interrupted-change"), QStringLiteral("interrupted-change"),
                 QStringLiteral("recovery-needs-write")};
    list << refused(
        QStringLiteral("journal-of-another-file"),
        [](const QString& f, const QString& b) {
            // A real hot journal, beside a file it does not belong to: replaying it
            // writes another file's pages. Refused, and both left as they were.
            const QString path = interrupted(f, b);
            const QString other = copyBase(f, b, QStringLiteral(".other"));
            if (path.isEmpty() || other.isEmpty() ||
                !tamper(other,
                        {QStringLiteral("PRAGMA page_size = 8192"), QStringLiteral("VACUUM")}) ||
                !QFile::remove(path) || !QFile::rename(other, path))
                return QString();
            return path;
        },
        QStringLiteral("interrupted-change"));
    list.last().readWrite = damaged;
    list << opens(QStringLiteral("garbage-journal"), [](const QString& f, const QString& b) {
        const QString path = copyBase(f, b);
        return writeBytes(path + QStringLiteral("-journal"), noise(5000, 19)).isEmpty() ? QString()
                                                                                        : path;
    });
    list << opens(QStringLiteral("zeroed-journal"), [](const QString& f, const QString& b) {
        const QString path = copyBase(f, b);
        return writeBytes(path + QStringLiteral("-journal"), QByteArray(4096, '\0')).isEmpty()
                   ? QString()
                   : path;
    });
    list << opens(QStringLiteral("empty-journal"), [](const QString& f, const QString& b) {
        const QString path = copyBase(f, b);
        return writeBytes(path + QStringLiteral("-journal"), {}).isNull() ? QString() : path;
    });
    list << opens(QStringLiteral("log-mode"),
                  [](const QString& f, const QString& b) { return logMode(f, b, false); });
    list << Kind{QStringLiteral("log-mode-with-log"),
                 [](const QString& f, const QString& b) { return logMode(f, b, true); },
                 QStringLiteral("pending-log"),
                 QStringLiteral("pending-log"),
                 {},
                 Outcome::TookInLog};
    list << Kind{QStringLiteral("log-mode-garbage-log"),
                 [](const QString& f, const QString& b) {
                     const QString path = logMode(f, b, false);
                     return writeBytes(path + QStringLiteral("-wal"), noise(9000, 23)).isEmpty()
                                ? QString()
                                : path;
                 },
                 QStringLiteral("pending-log"),
                 QStringLiteral("pending-log"),
                 {},
                 Outcome::TookInLog};

    // Objects that are not Passerelle's: code that would run on the next edit or read.
    list << sqlKind(QStringLiteral("extra-trigger"),
                    {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON stakeholder BEGIN "
                                    "DELETE FROM contact_person; UPDATE city SET name = 'Owned'; "
                                    "END")},
                    structure, structure);
    list << sqlKind(QStringLiteral("trigger-loading-code"),
                    {QStringLiteral("CREATE TRIGGER load AFTER UPDATE ON city BEGIN SELECT "
                                    "load_extension('/tmp/evil.so'); END")},
                    structure, structure);
    list << sqlKind(QStringLiteral("extra-view"),
                    {QStringLiteral("CREATE VIEW everyone AS SELECT name, email FROM "
                                    "contact_person")},
                    structure, structure);
    list << sqlKind(
        QStringLiteral("table-replaced-by-endless-view"),
        {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE district"),
         QStringLiteral("CREATE VIEW district AS WITH RECURSIVE r(i) AS (SELECT 1 UNION "
                        "ALL SELECT i + 1 FROM r) SELECT i AS id FROM r")},
        structure, structure);
    list << sqlKind(
        QStringLiteral("dropped-table"),
        {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE good_practice")},
        structure, structure);
    list << sqlKind(QStringLiteral("dropped-index"),
                    {QStringLiteral("DROP INDEX stakeholder_name_key")}, structure, structure);
    list << sqlKind(QStringLiteral("extra-table"),
                    {QStringLiteral("CREATE TABLE \"notes\"\"; DROP\" (x)")}, structure, structure);
    list << sqlKind(QStringLiteral("extra-index"),
                    {QStringLiteral("CREATE INDEX by_notes ON stakeholder(notes)")}, structure,
                    structure);
    list << sqlKind(QStringLiteral("extra-column"),
                    {QStringLiteral("ALTER TABLE stakeholder ADD COLUMN secret TEXT")}, structure,
                    structure);
    list << sqlKind(QStringLiteral("rule-removed"),
                    {QStringLiteral("PRAGMA writable_schema = ON"),
                     QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (influence "
                                    "BETWEEN 1 AND 5)', '') WHERE name = 'stakeholder'")},
                    structure, structure);
    list << sqlKind(QStringLiteral("statistics-table"), {QStringLiteral("ANALYZE")}, structure,
                    structure);

    // Values that break the file's own rules.
    list << sqlKind(QStringLiteral("unknown-kind"),
                    {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                     QStringLiteral("UPDATE stakeholder SET kind = 'dragon'")},
                    rules, rules);
    list << sqlKind(QStringLiteral("influence-in-words"),
                    {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                     QStringLiteral("UPDATE stakeholder SET influence = 'lots'")},
                    rules, rules);
    list << sqlKind(QStringLiteral("two-cities"),
                    {QStringLiteral("INSERT INTO city (id, created_at, updated_at, origin_city, "
                                    "name) SELECT lower(hex(randomblob(18))), created_at, "
                                    "updated_at, origin_city, 'Second' FROM city")},
                    rules, rules);
    list << sqlKind(
        QStringLiteral("no-city"),
        {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DELETE FROM city")}, rules,
        rules);
    list << sqlKind(QStringLiteral("reference-to-nothing"),
                    {QStringLiteral("PRAGMA foreign_keys = OFF"),
                     QStringLiteral("UPDATE contact_person SET stakeholder_id = "
                                    "'00000000-0000-0000-0000-000000000000'")},
                    rules, rules);
    list << sqlKind(
        QStringLiteral("personal-data-list-emptied"),
        {QStringLiteral("DELETE FROM personal_data WHERE table_name = 'contact_person'")}, rules,
        rules);
    list << sqlKind(QStringLiteral("duplicate-name-keys"), duplicateNameKey(), {}, rules);
    list << sqlKind(QStringLiteral("index-missing-a-row"), indexMissingRow(), {}, rules);
    list << sqlKind(QStringLiteral("word-where-a-number-belongs"),
                    {QStringLiteral("UPDATE theme SET position = 'first'")}, {}, rules);
    list << sqlKind(QStringLiteral("value-too-large"),
                    {QStringLiteral("UPDATE city SET name = 'A' || zeroblob(%1)")
                         .arg(ConnectionDefences::maxValueBytes + 1)},
                    rules, rules);
    list << opens(QStringLiteral("text-not-utf8"), [](const QString& f, const QString& b) {
        return tampered(
            f, b, {QStringLiteral("UPDATE stakeholder SET notes = CAST(x'c328ff41' AS TEXT)")});
    });
    // What the file remembers of imported values is read as untrusted (ImportValueChoices):
    // malformed JSON there must not keep the file from opening.
    list << opens(QStringLiteral("import-values-malformed"), [](const QString& f,
                                                                const QString& b) {
        return tampered(f, b,
                        {QStringLiteral("INSERT INTO file_meta (key, value) VALUES "
                                        "('stakeholder_import_values', '{\"format\":1,\"kinds\":{' "
                                        "|| hex(randomblob(250000)))")});
    });
    list << opens(QStringLiteral("other-page-size"), [](const QString& f, const QString& b) {
        return tampered(f, b,
                        {QStringLiteral("PRAGMA page_size = 65536"), QStringLiteral("VACUUM")});
    });
    return list;
}

} // namespace HostileFiles
