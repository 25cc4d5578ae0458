// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PersonalData.h"

#include <QCoreApplication>

class QCommandLineParser;

// --with-personal-data: the one option by which every command that writes data out of a city
// file includes personal data, with the same name and help everywhere. Without it personal data
// is left out, as in the desktop program.
class PersonalDataOption
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataOption)

public:
    static void add(QCommandLineParser& parser);
    static PersonalData::Policy policy(const QCommandLineParser& parser);
    // One line for the command's output saying what was left out and how to include it; empty
    // when personal data was included.
    static QString leftOutNote(PersonalData::Policy policy);
};
