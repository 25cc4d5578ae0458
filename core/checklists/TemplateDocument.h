// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A checklist template as a file carries it (built-in, exported or received from a partner
// city), before it is installed. Texts are kept per language so that one file can serve cities
// working in different languages; TemplateFormat reads and writes it, TemplateInstaller puts it
// into a city file.
struct TemplateDocument
{
    // Language code ("en", "fr") -> text.
    using Text = QHash<QString, QString>;

    struct Item
    {
        QString key; // unique in the whole template, so an item that moves area keeps its answers
        QString themeKey; // built-in theme key; empty: the area's theme
        Text statement;
        Text guidance;
        int addedInVersion = 1;
    };

    struct Area
    {
        QString key;
        QString themeKey; // built-in theme key; empty: none
        Text title;
        Text description;
        QList<Item> items;
    };

    int format = 1;
    QString key;
    int version = 1;
    QStringList languages; // every text must exist in each of them
    Text title;
    Text description;
    QList<Area> areas;

    // The text in a language, falling back to English, then to the first language given.
    QString text(const Text& text, const QString& language) const
    {
        if (const QString t = text.value(language); !t.isEmpty())
            return t;
        if (const QString t = text.value(QStringLiteral("en")); !t.isEmpty())
            return t;
        for (const QString& l : languages) {
            if (const QString t = text.value(l); !t.isEmpty())
                return t;
        }
        return {};
    }
};
