// SPDX-License-Identifier: GPL-3.0-or-later
#include "AckLog.h"
#include "EditCheck.h"
#include "Findings.h"
#include "Operations.h"

#include "city/Repositories.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

namespace {

QString recoveryText(Recovery::Outcome outcome)
{
    switch (outcome) {
    case Recovery::Outcome::None:
        return QStringLiteral("as-is");
    case Recovery::Outcome::UndidInterruptedChange:
        return QStringLiteral("undid-interrupted-change");
    case Recovery::Outcome::TookInLog:
        return QStringLiteral("took-in-log");
    }
    return {};
}

// The file as the checker reads it: through CityFile::open, as the programs open it, or, when
// that refuses, through a plain read-write SQLite connection (which rolls a hot journal back),
// so that a refusal does not hide whether the content itself survived.
class CheckedCity
{
public:
    CheckedCity(const QString& path, Findings& findings)
    {
        CityFile::OpenResult opened = CityFile::open(path);
        if (opened) {
            m_file = opened.take();
            m_repositories = std::make_unique<Repositories>(*m_file);
            findings.note(QStringLiteral("opened"), recoveryText(m_file->recovery()));
            return;
        }
        findings.refused << QStringLiteral("CityFile::open: ") + opened.error().key() +
                                QStringLiteral(": ") + opened.error().message();
        findings.note(QStringLiteral("opened"), QStringLiteral("refused"));
        m_connection = QStringLiteral("crashcheck-") + QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("SELECT id FROM city LIMIT 1")) ||
            !query.next()) {
            findings.damaged << QStringLiteral("not readable even directly: ") +
                                    (db.isOpen() ? query.lastError() : db.lastError()).text();
            return;
        }
        m_repositories = std::make_unique<Repositories>(db, query.value(0).toString());
    }

    ~CheckedCity()
    {
        m_repositories.reset();
        m_file.reset();
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    // Null when the file could not be read at all.
    Repositories* repositories() const { return m_repositories.get(); }

private:
    std::unique_ptr<CityFile> m_file;
    QString m_connection;
    std::unique_ptr<Repositories> m_repositories;
};

void checkIntegrity(QSqlDatabase db, Findings& findings)
{
    QSqlQuery query(db);
    QStringList lines;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        lines << query.lastError().text();
    while (query.next())
        lines << query.value(0).toString();
    if (lines != QStringList{QStringLiteral("ok")})
        findings.damaged << QStringLiteral("integrity_check: ") + lines.mid(0, 3).join("; ");
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        findings.damaged << QStringLiteral("foreign_key_check: ") + query.lastError().text();
    else if (query.next())
        findings.damaged << QStringLiteral("foreign_key_check: a row of %1 points at nothing in %2")
                                .arg(query.value(0).toString(), query.value(2).toString());
}

// "hot" when the kill left a rollback journal SQLite must play back before the file can be read;
// "inert" when one was left that is not (its header never completed: the file itself was not
// written yet), "none" when there is none.
QString journalState(const QString& cityPath)
{
    // The journal header's magic number, written last, just before the first database page.
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    QFile journal(cityPath + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return QStringLiteral("none");
    return journal.read(magic.size()) == magic ? QStringLiteral("hot") : QStringLiteral("inert");
}

bool acknowledged(const QList<AckLog::Entry>& log)
{
    return std::any_of(log.cbegin(), log.cend(),
                       [](const AckLog::Entry& e) { return e.verb == QLatin1String("ack"); });
}

// expect: the stakeholders and contacts before the import, and the rows it adds.
void checkImport(Repositories& repositories, const QList<AckLog::Entry>& log,
                 const QStringList& expect, Findings& findings)
{
    const int stakeholders = repositories.stakeholders().count();
    const int contacts = int(repositories.stakeholders().contacts().size());
    const int baseStakeholders = expect.value(0).toInt();
    const int baseContacts = expect.value(1).toInt();
    const int rows = expect.value(2).toInt();
    const bool before = stakeholders == baseStakeholders && contacts == baseContacts;
    const bool after = stakeholders == baseStakeholders + rows && contacts == baseContacts + rows;
    findings.note(QStringLiteral("state"), after    ? QStringLiteral("after")
                                           : before ? QStringLiteral("before")
                                                    : QStringLiteral("partial"));
    if (!before && !after)
        findings.damaged << QStringLiteral("part of the import: %1 stakeholders and %2 contacts, "
                                           "where %3/%4 before and %5/%6 after")
                                .arg(stakeholders)
                                .arg(contacts)
                                .arg(baseStakeholders)
                                .arg(baseContacts)
                                .arg(baseStakeholders + rows)
                                .arg(baseContacts + rows);
    else if (before && acknowledged(log))
        findings.lost << QStringLiteral("the acknowledged import of %1 rows is missing").arg(rows);
}

// expect: the scale, which is the number of stakeholders of a complete demo file.
void checkDemo(Repositories& repositories, const QStringList& expect, Findings& findings)
{
    const int stakeholders = repositories.stakeholders().count();
    findings.note(QStringLiteral("state"), QStringLiteral("complete"));
    if (stakeholders != expect.value(0).toInt())
        findings.damaged << QStringLiteral("a demo file with %1 stakeholders instead of %2")
                                .arg(stakeholders)
                                .arg(expect.value(0));
}

void report(const Findings& findings)
{
    QTextStream out(stdout);
    for (const QString& line : findings.refused)
        out << "refused: " << line << '\n';
    for (const QString& line : findings.damaged)
        out << "damaged: " << line << '\n';
    for (const QString& line : findings.lost)
        out << "lost: " << line << '\n';
    out << "verify: refused=" << findings.refused.size() << " damaged=" << findings.damaged.size()
        << " lost=" << findings.lost.size() << ' ' << findings.states.join(QLatin1Char(' '))
        << '\n';
}

} // namespace

int Operations::verify(const QString& cityPath, const QString& logPath, const QString& mode,
                       const QStringList& expect)
{
    Findings findings;
    const QList<AckLog::Entry> log = AckLog::read(logPath);
    if (mode == QLatin1String("demo") && !QFileInfo::exists(cityPath)) {
        // Built under a temporary name: until the rename, nothing is at the target name.
        findings.note(QStringLiteral("state"), QStringLiteral("absent"));
        if (acknowledged(log))
            findings.lost << QStringLiteral("the acknowledged demo file is not there");
        report(findings);
        return findings.lost.isEmpty() ? 0 : 1;
    }
    const QString journal = journalState(cityPath);
    findings.note(QStringLiteral("journal"), journal);
    {
        const CheckedCity city(cityPath, findings);
        // A recovery with no journal left by the kill would have undone a committed change.
        if (journal == QLatin1String("none") &&
            findings.states.contains(QStringLiteral("opened=undid-interrupted-change")))
            findings.damaged << QStringLiteral(
                "CityFile undid a change though no journal was left");
        if (Repositories* repositories = city.repositories()) {
            checkIntegrity(repositories->store().database(), findings);
            if (mode == QLatin1String("import"))
                checkImport(*repositories, log, expect, findings);
            else if (mode == QLatin1String("edits"))
                checkEdits(*repositories, log, findings);
            else
                checkDemo(*repositories, expect, findings);
        }
    }
    report(findings);
    const bool clean =
        findings.refused.isEmpty() && findings.damaged.isEmpty() && findings.lost.isEmpty();
    return clean ? 0 : 1;
}
