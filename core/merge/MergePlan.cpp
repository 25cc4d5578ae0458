// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergePlan.h"

#include <algorithm>

namespace {

bool same(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

QString MergeRecord::title() const
{
    const QVariantMap& row = mine.isEmpty() ? theirs : mine;
    return row
        .value(table == QLatin1String("stakeholder") ? QStringLiteral("name")
                                                     : QStringLiteral("title"))
        .toString();
}

QStringList MergeRecord::differingColumns() const
{
    QStringList out;
    for (const QString& column : shared) {
        if (!same(mine.value(column), theirs.value(column)))
            out << column;
    }
    return out;
}

int MergePlan::count(MergeRecord::Outcome outcome) const
{
    return int(std::count_if(records.cbegin(), records.cend(),
                             [outcome](const MergeRecord& r) { return r.outcome == outcome; }));
}
