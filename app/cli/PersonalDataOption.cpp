// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalDataOption.h"

#include <QCommandLineParser>

namespace {
const QString name = QStringLiteral("with-personal-data");
}

void PersonalDataOption::add(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        name, tr("Include personal data (contact persons, private notes and anything else the "
                 "city file marks as personal). Without this option it is left out.")));
}

PersonalData::Policy PersonalDataOption::policy(const QCommandLineParser& parser)
{
    return parser.isSet(name) ? PersonalData::Policy::Include : PersonalData::Policy::LeaveOut;
}

QString PersonalDataOption::leftOutNote(PersonalData::Policy policy)
{
    if (policy == PersonalData::Policy::Include)
        return {};
    return tr("Personal data (contact persons and private notes) was left out; add --%1 to "
              "include it.")
        .arg(name);
}
