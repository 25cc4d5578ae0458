// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRecords.h"

#include "city/Repositories.h"
#include "common/Validation.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

namespace StakeholderRecords {

Stakeholder full(const QString& name)
{
    Stakeholder s;
    s.name = name;
    s.kind = Stakeholder::Kind::MigrantAssociation;
    s.level = Stakeholder::Level::Regional;
    s.influence = 2;
    s.interest = 5;
    s.stance = Stakeholder::Stance::Champion;
    s.website = QStringLiteral("https://example.org/asso");
    s.notes = QStringLiteral("Meets on Tuesdays; the president prefers calls.");
    s.notesPrivate = true;
    s.networkX = 12.5;
    s.networkY = -3.25;
    return s;
}

Stakeholder added(StakeholderRepository& repository, const QString& name)
{
    Stakeholder s;
    s.name = name;
    const Result<void> r = repository.add(s);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().message));
    return s;
}

ContactPerson contactOf(const QString& stakeholderId, const QString& name)
{
    ContactPerson c;
    c.stakeholderId = stakeholderId;
    c.name = name;
    c.role = QStringLiteral("Coordinator");
    c.email = QStringLiteral("amina@example.org");
    c.phone = QStringLiteral("+30 (210) 555-01.23");
    c.preferredLanguage = QStringLiteral("fr");
    c.consentToContact = true;
    return c;
}

QStringList themeIds(Repositories& repositories)
{
    QStringList ids;
    for (const Theme& t : repositories.themes().themes())
        ids << t.meta.id;
    return ids;
}

QString required(const char* field)
{
    return Validation::required(QString(), QLatin1String(field))->message;
}

QString outOfRange(const char* field)
{
    return Validation::inRange(0, 1, 5, QLatin1String(field))->message;
}

QString unknown(const char* field)
{
    return Validation::unknownReference(QLatin1String(field)).message;
}

QString duplicate(const QString& value, const char* field)
{
    return Validation::duplicate(value, QLatin1String(field)).message;
}

QString followUpBefore()
{
    return Validation::order(QDate(2024, 1, 2), QDate(2024, 1, 1), QStringLiteral("The date"),
                             QStringLiteral("The follow-up date"))
        ->message;
}

} // namespace StakeholderRecords
