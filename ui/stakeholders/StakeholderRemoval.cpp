// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRemoval.h"

#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <QSet>

QString StakeholderRemoval::confirmation(Repositories& repositories,
                                         const QList<Stakeholder>& doomed)
{
    StakeholderRepository& repo = repositories.stakeholders();
    // A relation between two of the doomed stakeholders is one relation, not two.
    QSet<QString> relations;
    int engagements = 0;
    int seats = 0;
    for (const Stakeholder& s : doomed) {
        for (const StakeholderRelation& r : repo.relations(s.meta.id))
            relations.insert(r.meta.id);
        engagements += int(repo.engagements(s.meta.id).size());
        if (repositories.group().memberFor(s.meta.id))
            ++seats;
    }
    const bool one = doomed.size() == 1;
    QStringList parts;
    if (!relations.isEmpty()) {
        const int n = int(relations.size());
        parts << (one ? tr("its %n relation(s)", nullptr, n)
                      : tr("their %n relation(s)", nullptr, n));
    }
    if (engagements > 0) {
        parts << (one ? tr("its %n engagement(s)", nullptr, engagements)
                      : tr("their %n engagement(s)", nullptr, engagements));
    }
    if (seats > 0) {
        parts << (one ? tr("its seat in the City Stakeholder Group")
                      : tr("their %n seat(s) in the City Stakeholder Group", nullptr, seats));
    }
    const QString question = one ? tr("Delete %1?").arg(TextLimits::shortened(doomed.first().name))
                                 : tr("Delete %n stakeholder(s)?", nullptr, int(doomed.size()));
    if (parts.isEmpty())
        return question;
    QString consequence = tr("%1 will be deleted too.").arg(enumerate(parts));
    consequence[0] = consequence[0].toUpper();
    return question + QLatin1Char(' ') + consequence;
}

QString StakeholderRemoval::enumerate(const QStringList& parts)
{
    if (parts.size() == 1)
        return parts.first();
    QString text = parts.first();
    for (qsizetype i = 1; i + 1 < parts.size(); ++i)
        text = tr("%1, %2", "list of things deleted").arg(text, parts.at(i));
    return tr("%1 and %2", "last two things deleted").arg(text, parts.last());
}
