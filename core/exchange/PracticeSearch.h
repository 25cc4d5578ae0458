// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class ExchangeRepository;
struct GoodPractice;

// Searches the good-practice library as the officer types: every word typed must begin a word
// of a practice's title, city, description, source or tags, case and accents aside. The index
// is SQLite FTS5 in a private in-memory database of its own, built from the file's practices and
// kept current from the repository's signals: never in the city file, which is untrusted and
// shared (an index there would travel to partners, and a partner's could be forged). Where
// SQLite lacks FTS5 the same search runs as LIKE over the same in-memory rows, a little slower
// and with the same results.
class PracticeSearch : public QObject
{
    Q_OBJECT

public:
    enum class Engine
    {
        FullText,
        Like
    };
    Q_ENUM(Engine)

    // Full text when this SQLite has FTS5, LIKE otherwise.
    explicit PracticeSearch(ExchangeRepository& repository, QObject* parent = nullptr);
    // The engine asked for; FullText still falls back to Like when FTS5 is missing.
    PracticeSearch(ExchangeRepository& repository, Engine engine, QObject* parent = nullptr);
    ~PracticeSearch() override;

    Engine engine() const { return m_engine; }
    // Whether the SQLite Qt uses was built with FTS5.
    static bool fullTextAvailable();

    // The ids of the practices matching every word of text; nullopt when text has no word
    // (nothing to narrow: every practice shows).
    std::optional<QSet<QString>> matching(const QString& text) const;
    // Whether one practice matches text (true for a text without words).
    bool matches(const QString& id, const QString& text) const;
    // The words of text as they are searched: folded (case, accents), split at anything that is
    // not a letter or a digit. Quotes, brackets and operators of the FTS5 syntax never reach it.
    static QStringList words(const QString& text);

signals:
    // A practice was indexed again or left the index: a search's result may have changed.
    void changed();

private:
    void open();
    void rebuild();
    void index(const GoodPractice& practice);
    void unindex(const QString& id);
    void forget(const QString& id);
    void insert(const GoodPractice& practice);
    QString condition(const QStringList& words) const;
    QSet<QString> select(const QStringList& words, const QString& id) const;

    ExchangeRepository& m_repository;
    QString m_connection;
    QSqlDatabase m_db;
    Engine m_engine;
};
