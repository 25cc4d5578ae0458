// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForeignKeyDescription.h"

QString ForeignKeyDescription::onDeleteText() const
{
    switch (onDelete) {
    case OnDelete::Cascade:
        return QStringLiteral("CASCADE");
    case OnDelete::SetNull:
        return QStringLiteral("SET NULL");
    case OnDelete::Restrict:
        return QStringLiteral("RESTRICT");
    }
    return {};
}
