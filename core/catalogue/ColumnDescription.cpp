// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnDescription.h"

ColumnDescription ColumnDescription::personalData() const
{
    ColumnDescription c = *this;
    c.personal = Personal::Always;
    c.privateFlag = nullptr;
    return c;
}

ColumnDescription ColumnDescription::personalWhere(const char* flag) const
{
    ColumnDescription c = *this;
    c.personal = Personal::WhereFlagged;
    c.privateFlag = flag;
    return c;
}

QString ColumnDescription::sqlType() const
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("TEXT");
    case Type::Integer:
        return QStringLiteral("INTEGER");
    case Type::Real:
        return QStringLiteral("REAL");
    }
    return {};
}
