// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Recovery.h"

#include <QList>
#include <QString>

#include <functional>

// The damaged and hostile city files the opening checks must survive, made afresh by each test
// run from a good city file (no committed blobs): truncations, wrong headers, journals and
// logs, extra or missing objects, values that break the rules. Each kind says what every way of
// opening it must answer: a FileError key, or empty for "opens".
namespace HostileFiles {

struct Kind
{
    QString name;
    // Makes the file in folder from a copy of the good file base; returns the path to open.
    std::function<QString(const QString& folder, const QString& base)> make;
    QString opening;  // CityFile::inspect, Opening depth; open read-only gives the same
    QString thorough; // CityFile::inspect, Thorough (passerelle-cli check)
    QString readWrite;
    Recovery::Outcome recovery = Recovery::Outcome::None;
};

QList<Kind> kinds();

// A good city file with a stakeholder and a contact person, made once per test run.
QString makeBase(const QString& folder);

} // namespace HostileFiles
