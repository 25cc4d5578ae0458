// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a file handed to Passerelle as a city file. The bytes are written to a file
// of their own; CityFile::inspect decides whether it is one of Passerelle's and fit to open.
// When it says yes, the file is opened read-only and read through every repository, as the
// panes read it, and counted as `passerelle-cli info` counts it. Whatever happens, the file's
// bytes must be as they were: a refused or read-only file is never written.
#include "FuzzSupport.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/GapList.h"
#include "checklists/Scoring.h"
#include "city/CityStatistics.h"
#include "city/Repositories.h"
#include "exchange/ExchangeRepository.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QDate>
#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {

QString inputPath()
{
    static const QString path = Fuzz::scratchDir() + QStringLiteral("/input.passerelle");
    return path;
}

void removeInput()
{
    const QString path = inputPath();
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void readChecklists(ChecklistRepository& checklists)
{
    for (const ChecklistTemplate& t : checklists.templates()) {
        const QList<ChecklistArea> areas = checklists.areas(t.meta.id);
        for (const ChecklistArea& a : areas)
            checklists.items(a.meta.id);
        const QList<ChecklistItem> items = checklists.allItems(t.meta.id);
        checklists.templateByKey(t.key);
        for (const AssessmentRound& r : checklists.rounds()) {
            if (r.templateId != t.meta.id)
                continue;
            const QList<Answer> answers = checklists.answers(r.meta.id);
            Scoring::score(r, areas, items, answers);
            GapList::gaps(r, areas, items, answers);
        }
    }
    checklists.latestRound();
}

void readStakeholders(StakeholderRepository& stakeholders, GroupRepository& group)
{
    const QList<Stakeholder> all = stakeholders.stakeholders();
    stakeholders.stakeholderSummaries();
    stakeholders.stakeholderSummaries(5, all.isEmpty() ? QString() : all.first().name);
    stakeholders.themeIdsByStakeholder();
    stakeholders.count();
    stakeholders.contacts();
    stakeholders.relations();
    stakeholders.engagements();
    stakeholders.contactTexts();
    stakeholders.lastContacts(QDate(2026, 1, 1));
    // The details of the first one, as the pane shows them when it is selected.
    if (!all.isEmpty()) {
        const QString id = all.first().meta.id;
        stakeholders.stakeholder(id);
        stakeholders.byNameKey(all.first().name);
        stakeholders.contacts(id);
        stakeholders.relations(id);
        stakeholders.engagements(id);
        group.memberFor(id);
    }
    group.members();
    group.meetings();
}

void readCity(CityFile& file)
{
    Repositories repos(file);
    Result<City> city = repos.profile().city();
    if (!city && city.error().message.isEmpty())
        Fuzz::fail("the city cannot be read and nothing says why");
    repos.profile().sections();
    repos.profile().origins();
    repos.profile().districts();
    repos.profile().figures();
    repos.themes().themes();
    readChecklists(repos.checklists());
    readStakeholders(repos.stakeholders(), repos.group());
    repos.plan().priorities();
    repos.plan().allEvidence();
    repos.plan().consultations();
    repos.actions().actions();
    repos.actions().lateActions(QDate(2026, 1, 1));
    repos.actions().milestones();
    repos.actions().indicators();
    repos.actions().budgetLines();
    repos.actions().allProgress();
    repos.exchange().partners();
    repos.exchange().exchanges();
    repos.exchange().practices();
    CityStatistics::counts(file.database());
}

void checkRefusal(const FileError& error)
{
    if (error.message().isEmpty() || error.key().isEmpty() || error.title().isEmpty())
        Fuzz::fail("a refused file is refused without words", error.key());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = inputPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            Fuzz::fail("cannot write the input file", file.errorString());
    }
    if (std::optional<FileError> problem = CityFile::inspect(path)) {
        checkRefusal(*problem);
    } else {
        CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
        if (!opened) {
            checkRefusal(opened.error());
        } else {
            std::unique_ptr<CityFile> file = opened.take();
            if (!file->isReadOnly())
                Fuzz::fail("a file opened read-only says it may be written");
            readCity(*file);
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        Fuzz::fail("a file that was only checked or read has changed");
    file.close();
    removeInput();
    return 0;
}
