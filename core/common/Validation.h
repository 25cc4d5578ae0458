// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

// The validation messages shared by every record kind, each naming the field and the way out.
// Field names are passed already translated.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static constexpr int minYear = 1800;
    static constexpr int maxYear = 2200;

    static std::optional<Error> required(const QString& value, const QString& field);
    static std::optional<Error> year(int year, const QString& field);
    static std::optional<Error> notNegative(double value, const QString& field);
    static std::optional<Error> inRange(int value, int min, int max, const QString& field);
    static std::optional<Error> order(const QDate& start, const QDate& end,
                                      const QString& startField, const QString& endField);
    // A date that must be given, and be a real date within the years the file accepts.
    static std::optional<Error> requiredDate(const QDate& date, const QString& field);
    // A date that may be left empty; when given, the same as requiredDate.
    static std::optional<Error> optionalDate(const QDate& date, const QString& field);
    // A text within its length (TextLimits::maxShortText for names, maxLongText for notes).
    static std::optional<Error> maxLength(const QString& value, qsizetype max,
                                          const QString& field);
    static Error unknownReference(const QString& field);
    static Error duplicate(const QString& value, const QString& field);

    // A field name ("The start date") as it reads inside a sentence ("the start date").
    static QString inSentence(const QString& field);

    // The first problem of several checks, or nullopt.
    static std::optional<Error> first(std::initializer_list<std::optional<Error>> checks);
};
