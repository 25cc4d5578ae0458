// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/TemplateDocument.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <optional>

// Reads and writes checklist templates as JSON (format 1):
//   {"format": 1, "key": "...", "version": 1, "languages": ["en", "fr"],
//    "title": {"en": "...", "fr": "..."}, "description": {...},
//    "areas": [{"key": "...", "theme": "education", "title": {...}, "description": {...},
//               "items": [{"key": "...", "theme": "...", "statement": {...},
//                          "guidance": {...}, "added_in_version": 1}]}]}
// A template travels between cities, so everything is checked before anything is installed,
// and every refusal names the problem in words the officer can act on.
class TemplateFormat
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFormat)

public:
    // The newest format this Passerelle reads and the one it writes.
    static constexpr int currentFormat = 1;
    // The built-in checklist is 46 KB in two languages; a checklist of a few hundred items in
    // a handful of languages stays under a megabyte. A larger file is refused before a byte of
    // it is read (it cannot be a checklist, and parsing holds it several times in memory).
    static constexpr qint64 maxBytes = 2 * 1024 * 1024;
    // The built-in checklist has 77 items; each item is a record of the file and a line of the
    // answering list, and a checklist of thousands would not be answered in a meeting.
    static constexpr int maxItems = 2000;

    // The bytes of a template file; refused, with a message naming the file and the way out,
    // when it is not a regular file (a device, a pipe) or larger than maxBytes.
    static Result<QByteArray> readFile(const QString& path);
    static Result<TemplateDocument> parse(const QByteArray& json);
    static QByteArray toJson(const TemplateDocument& doc);
    // nullopt when the document may be installed.
    static std::optional<Error> validate(const TemplateDocument& doc);

    // The templates shipped with Passerelle (resources/data/templates), by key.
    static QStringList builtinKeys();
    static Result<TemplateDocument> builtin(const QString& key);
};
