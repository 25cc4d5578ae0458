// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditRecords.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "stakeholders/StakeholderRepository.h"

namespace EditRecords {

QString mark(int number)
{
    return QStringLiteral("edit %1").arg(number);
}

std::optional<int> markNumber(const QString& text)
{
    if (!text.startsWith(QLatin1String("edit ")))
        return std::nullopt;
    bool ok = false;
    const int number = text.mid(5).toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

QHash<QString, QString> marks(Repositories& repositories, const QString& kind,
                              const QString& roundId)
{
    QHash<QString, QString> found;
    if (kind == stakeholder) {
        for (const Stakeholder& s : repositories.stakeholders().stakeholders())
            found.insert(s.meta.id, s.notes);
    } else if (kind == contact) {
        for (const ContactPerson& c : repositories.stakeholders().contacts())
            found.insert(c.meta.id, c.role);
    } else if (kind == answer) {
        for (const Answer& a : repositories.checklists().answers(roundId))
            found.insert(a.meta.id, a.evidence);
    } else if (kind == action) {
        for (const Action& a : repositories.actions().actions())
            found.insert(a.meta.id, a.title);
    }
    return found;
}

} // namespace EditRecords
