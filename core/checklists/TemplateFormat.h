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

    static Result<TemplateDocument> parse(const QByteArray& json);
    static QByteArray toJson(const TemplateDocument& doc);
    // nullopt when the document may be installed.
    static std::optional<Error> validate(const TemplateDocument& doc);

    // The templates shipped with Passerelle (resources/data/templates), by key.
    static QStringList builtinKeys();
    static Result<TemplateDocument> builtin(const QString& key);
};
