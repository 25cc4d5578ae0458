// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

class Repositories;

// The four kinds of record the edit loop changes, each with the field that carries the mark of
// the edit that last wrote it ("edit 17"): a stakeholder's notes, a contact person's role, an
// answer's evidence, an action's title. The loop writes the marks; the checker reads them back
// to see which edits the file holds.
namespace EditRecords {

inline const QString stakeholder = QStringLiteral("stakeholder");
inline const QString contact = QStringLiteral("contact");
inline const QString answer = QStringLiteral("answer");
inline const QString action = QStringLiteral("action");

QString mark(int number);
// The edit number of a mark; nullopt for any other text (the demo city's own).
std::optional<int> markNumber(const QString& text);

// Every record of the kind (answers: of the round given) by id, with its mark field.
QHash<QString, QString> marks(Repositories& repositories, const QString& kind,
                              const QString& roundId);

} // namespace EditRecords
