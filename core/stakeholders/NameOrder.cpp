// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameOrder.h"

#include "stakeholders/Stakeholder.h"

#include <QCollatorSortKey>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

QCollator NameOrder::collator()
{
    // The C locale (tests, LANG=C) would make QCollator compare code points and put
    // "Éducation" after "Zoo"; a reader expects the common collation order there.
    const QLocale locale;
    QCollator collator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

void NameOrder::sort(QList<Stakeholder>& stakeholders)
{
    // One sort key per name, so that a file of tens of thousands is sorted in milliseconds.
    const QCollator c = collator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(stakeholders.size()));
    for (const Stakeholder& s : std::as_const(stakeholders))
        keys.push_back(c.sortKey(s.name));
    std::vector<qsizetype> order(size_t(stakeholders.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) {
        return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    });
    QList<Stakeholder> sorted;
    sorted.reserve(stakeholders.size());
    for (qsizetype i : order)
        sorted.append(std::move(stakeholders[i]));
    stakeholders = std::move(sorted);
}
