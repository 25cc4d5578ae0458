// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

std::optional<Error> Validation::required(const QString& value, const QString& field)
{
    if (!value.trimmed().isEmpty())
        return std::nullopt;
    return Error{tr("%1 is required. Type a value, or cancel the change.").arg(field)};
}

std::optional<Error> Validation::year(int year, const QString& field)
{
    if (year >= minYear && year <= maxYear)
        return std::nullopt;
    return Error{tr("%1 must be between %2 and %3, like %4.")
                     .arg(field)
                     .arg(minYear)
                     .arg(maxYear)
                     .arg(QDate::currentDate().year())};
}

std::optional<Error> Validation::notNegative(double value, const QString& field)
{
    if (value >= 0)
        return std::nullopt;
    return Error{tr("%1 cannot be negative. Enter zero or a positive number.").arg(field)};
}

std::optional<Error> Validation::inRange(int value, int min, int max, const QString& field)
{
    if (value >= min && value <= max)
        return std::nullopt;
    return Error{tr("%1 must be between %2 and %3.").arg(field).arg(min).arg(max)};
}

std::optional<Error> Validation::order(const QDate& start, const QDate& end,
                                       const QString& startField, const QString& endField)
{
    if (!start.isValid() || !end.isValid() || end >= start)
        return std::nullopt;
    return Error{tr("%1 comes before %2. Correct one of the two dates.")
                     .arg(endField, inSentence(startField))};
}

std::optional<Error> Validation::requiredDate(const QDate& date, const QString& field)
{
    if (date.isNull())
        return Error{tr("%1 is required. Pick a date, or cancel the change.").arg(field)};
    if (!date.isValid() || date.year() < minYear || date.year() > maxYear)
        return Error{tr("%1 is not a valid date in the years %2 to %3. Pick a date from the "
                        "calendar.")
                         .arg(field)
                         .arg(minYear)
                         .arg(maxYear)};
    return std::nullopt;
}

std::optional<Error> Validation::optionalDate(const QDate& date, const QString& field)
{
    return date.isNull() ? std::nullopt : requiredDate(date, field);
}

std::optional<Error> Validation::maxLength(const QString& value, qsizetype max,
                                           const QString& field)
{
    if (value.size() <= max)
        return std::nullopt;
    return Error{tr("%1 has %2 characters, more than the %3 it may have. Shorten it.")
                     .arg(field)
                     .arg(value.size())
                     .arg(max)};
}

Error Validation::unknownReference(const QString& field)
{
    return Error{tr("%1 refers to a record that does not exist (it may have been deleted). "
                    "Choose another one.")
                     .arg(field)};
}

Error Validation::duplicate(const QString& value, const QString& field)
{
    return Error{tr("%1 “%2” already exists. Choose another one, or edit the existing record.")
                     .arg(field, value)};
}

QString Validation::inSentence(const QString& field)
{
    // Field names are written to start a sentence ("The start date"); inside one they take a
    // small letter in the languages Passerelle speaks (and stay as they are in scripts
    // without case).
    if (field.isEmpty() || !field.at(0).isUpper())
        return field;
    return field.at(0).toLower() + field.mid(1);
}

std::optional<Error> Validation::first(std::initializer_list<std::optional<Error>> checks)
{
    for (const std::optional<Error>& check : checks) {
        if (check)
            return check;
    }
    return std::nullopt;
}
