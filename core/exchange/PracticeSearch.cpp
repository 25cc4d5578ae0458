// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeSearch.h"

#include "common/TextFolding.h"
#include "exchange/ExchangeRepository.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

QString openConnection(QSqlDatabase& db)
{
    const QString name = QStringLiteral("practice-search-") + QUuid::createUuid().toString();
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    return name;
}

bool hasFts5(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) && q.next() &&
           q.value(0).toInt() == 1;
}

// What is searched of a practice: its words, folded, one space apart and one before the first,
// so that LIKE '% word%' finds a word that begins with what was typed, as FTS5's prefix does.
QString body(const GoodPractice& p)
{
    const QStringList parts = {p.title, p.cityName, p.description, p.source, p.tags};
    return QLatin1Char(' ') + PracticeSearch::words(parts.join(QLatin1Char(' '))).join(' ');
}

} // namespace

PracticeSearch::PracticeSearch(ExchangeRepository& repository, QObject* parent)
    : PracticeSearch(repository, Engine::FullText, parent)
{
}

PracticeSearch::PracticeSearch(ExchangeRepository& repository, Engine engine, QObject* parent)
    : QObject(parent), m_repository(repository), m_engine(engine)
{
    m_connection = openConnection(m_db);
    open();
    rebuild();
    connect(&repository, &ExchangeRepository::practiceAdded, this, &PracticeSearch::index);
    connect(&repository, &ExchangeRepository::practiceUpdated, this, &PracticeSearch::index);
    connect(&repository, &ExchangeRepository::practiceRemoved, this, &PracticeSearch::unindex);
}

PracticeSearch::~PracticeSearch()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool PracticeSearch::fullTextAvailable()
{
    QSqlDatabase db;
    const QString name = openConnection(db);
    const bool available = hasFts5(db);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return available;
}

void PracticeSearch::open()
{
    QSqlQuery q(m_db);
    // The tokenizer sees text already folded and split by words(); it only has to index it.
    if (m_engine == Engine::FullText &&
        !(hasFts5(m_db) &&
          q.exec(QStringLiteral("CREATE VIRTUAL TABLE practice_text USING "
                                "fts5(id UNINDEXED, body, tokenize = 'unicode61')"))))
        m_engine = Engine::Like;
    if (m_engine == Engine::Like)
        q.exec(QStringLiteral("CREATE TABLE practice_text (id TEXT PRIMARY KEY, body TEXT)"));
}

void PracticeSearch::rebuild()
{
    m_db.transaction();
    for (const GoodPractice& p : m_repository.practices())
        insert(p);
    m_db.commit();
}

void PracticeSearch::index(const GoodPractice& practice)
{
    m_db.transaction();
    forget(practice.meta.id);
    insert(practice);
    m_db.commit();
    emit changed();
}

void PracticeSearch::insert(const GoodPractice& practice)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO practice_text (id, body) VALUES (?, ?)"));
    q.addBindValue(practice.meta.id);
    q.addBindValue(body(practice));
    q.exec();
}

void PracticeSearch::unindex(const QString& id)
{
    forget(id);
    emit changed();
}

void PracticeSearch::forget(const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM practice_text WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
}

QStringList PracticeSearch::words(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : TextFolding::fold(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString PracticeSearch::condition(const QStringList& words) const
{
    if (m_engine == Engine::FullText)
        return QStringLiteral("practice_text MATCH ?");
    QStringList likes;
    for (qsizetype i = 0; i < words.size(); ++i)
        likes << QStringLiteral("body LIKE ?");
    return likes.join(QStringLiteral(" AND "));
}

QSet<QString> PracticeSearch::select(const QStringList& words, const QString& id) const
{
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT id FROM practice_text WHERE ") + condition(words);
    if (!id.isEmpty())
        sql += QStringLiteral(" AND id = ?");
    q.prepare(sql);
    if (m_engine == Engine::FullText) {
        // Each word a quoted phrase with a prefix star: whatever was typed is never read as
        // FTS5's syntax (a lone quote, NEAR(, AND, a column filter).
        QStringList phrases;
        for (const QString& w : words)
            phrases << QLatin1Char('"') + QString(w).replace('"', QStringLiteral("\"\"")) +
                           QStringLiteral("\"*");
        q.addBindValue(phrases.join(QLatin1Char(' ')));
    } else {
        // Words hold letters and digits only: no % or _ to escape.
        for (const QString& w : words)
            q.addBindValue(QStringLiteral("% ") + w + QLatin1Char('%'));
    }
    if (!id.isEmpty())
        q.addBindValue(id);
    QSet<QString> ids;
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

std::optional<QSet<QString>> PracticeSearch::matching(const QString& text) const
{
    const QStringList w = words(text);
    if (w.isEmpty())
        return std::nullopt;
    return select(w, {});
}

bool PracticeSearch::matches(const QString& id, const QString& text) const
{
    const QStringList w = words(text);
    return w.isEmpty() || !select(w, id).isEmpty();
}
