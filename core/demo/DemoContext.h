// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoGenerator.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

class Repositories;

// What the demo builders share while filling one file: the content, the options, a seeded
// random generator, and the identities made so far that later parts refer to.
struct DemoContext
{
    struct Meeting
    {
        QString id;
        QDate date;
        QString agenda;
        QString participants;
    };

    DemoContext(Repositories& r, QJsonObject c, const DemoGenerator::Options& o)
        : repos(r), content(std::move(c)), options(o), random(o.seed)
    {
    }

    Repositories& repos;
    QJsonObject content;
    DemoGenerator::Options options;
    QRandomGenerator random;
    QHash<QString, QString> themeIds;           // built-in key -> id
    QStringList stakeholderIds;                 // in content order
    QStringList stakeholderNames;               // same order
    QList<int> groupIndexes;                    // stakeholders with a group role
    QList<Meeting> meetings;                    // group meetings, for consultations
    QHash<QString, QStringList> gapsByTheme;    // theme id -> items not (fully) met lately
    QHash<QString, QStringList> figuresByTheme; // theme id -> profile figures

    QString themeId(const QString& key) const { return themeIds.value(key); }
    QString stakeholderAt(int index) const
    {
        if (stakeholderIds.isEmpty())
            return {};
        return stakeholderIds.at(qBound(0, index, int(stakeholderIds.size()) - 1));
    }

    static QString str(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toString();
    }
    static QDate date(const QJsonObject& o, const char* key)
    {
        return QDate::fromString(str(o, key), Qt::ISODate);
    }
    static QJsonObject object(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toObject();
    }
    static QJsonArray array(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toArray();
    }
    static std::optional<double> optionalNumber(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
};

// Try-style propagation keeps each build step readable.
#define DEMO_TRY(expr)                                                                             \
    do {                                                                                           \
        if (Result<void> r_ = (expr); !r_)                                                         \
            return r_;                                                                             \
    } while (false)
