// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportCommand.h"

#include "city/Repositories.h"
#include "stakeholders/ImportValueMemory.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QSignalBlocker>
#include <QUndoStack>

#include <utility>

StakeholderImportCommand::StakeholderImportCommand(
    Repositories& repositories, const CsvTable& table, const Mapping& mapping, Policy onDuplicate,
    const ImportValueChoices& values, const CancelCheck& cancelled, Result<ImportReport>* outcome)
    : EditCommand(repositories.file(), tr("Import stakeholders from CSV")),
      m_repositories(repositories), m_table(&table), m_mapping(mapping), m_onDuplicate(onDuplicate),
      m_values(values), m_cancelled(cancelled), m_outcome(outcome)
{
}

Result<ImportReport>
StakeholderImportCommand::execute(QUndoStack& stack, Repositories& repositories,
                                  const CsvTable& table, const Mapping& mapping, Policy onDuplicate,
                                  const ImportValueChoices& values, const CancelCheck& cancelled)
{
    Result<ImportReport> outcome = Error{};
    // The stack runs redo() at once, then keeps the step or, when it turned obsolete, deletes
    // it: the outcome is all the caller may look at afterwards.
    stack.push(new StakeholderImportCommand(repositories, table, mapping, onDuplicate, values,
                                            cancelled, &outcome));
    return outcome;
}

void StakeholderImportCommand::redo()
{
    if (m_outcome) {
        firstRun();
        return;
    }
    if (check(applyAgain()))
        announceApplied();
}

void StakeholderImportCommand::undo()
{
    if (check(takeBack()))
        announceTakenBack();
}

void StakeholderImportCommand::firstRun()
{
    Result<ImportReport>* outcome = std::exchange(m_outcome, nullptr);
    Result<ImportReport> report = [&] {
        const QSignalBlocker quiet(&m_repositories.stakeholders());
        const QSignalBlocker quietThemes(&m_repositories.themes());
        StakeholderCsvImport import(m_repositories.store(), m_repositories.stakeholders(),
                                    m_repositories.themes());
        return import.run(*m_table, m_mapping, m_onDuplicate, m_values, m_cancelled);
    }();
    m_table = nullptr;
    m_cancelled = {};
    m_values = {};
    if (!report) {
        // Nothing was written: the step goes away without a word to the file's failure report,
        // since the caller shows the reason where the officer asked for the import.
        setObsolete(true);
        *outcome = report.error();
        return;
    }
    m_changes = report.value().changes;
    // The report keeps only counts and reasons: the records live here once.
    report.value().changes = {};
    *outcome = report;
    if (m_changes.isEmpty()) {
        setObsolete(true);
        return;
    }
    announceApplied();
}

Result<void> StakeholderImportCommand::takeBack()
{
    StakeholderRepository& repo = m_repositories.stakeholders();
    ThemeRepository& themes = m_repositories.themes();
    const QSignalBlocker quiet(&repo);
    const QSignalBlocker quietThemes(&themes);
    QList<RowSnapshot> contacts;
    QList<RowSnapshot> stakeholders;
    QList<RowSnapshot> removedThemes;
    // Newest first, the reverse of the import.
    const Result<void> done = m_repositories.store().inTransaction([&]() -> Result<void> {
        for (auto it = m_changes.contactsUpdated.crbegin(); it != m_changes.contactsUpdated.crend();
             ++it) {
            ContactPerson c = it->before;
            if (Result<void> r = repo.update(c); !r)
                return r;
        }
        for (auto it = m_changes.contactsAdded.crbegin(); it != m_changes.contactsAdded.crend();
             ++it) {
            Result<RowSnapshot> snap = repo.remove(*it);
            if (!snap)
                return snap.error();
            contacts.prepend(snap.take());
        }
        for (auto it = m_changes.updated.crbegin(); it != m_changes.updated.crend(); ++it) {
            Stakeholder s = it->before;
            if (Result<void> r = repo.update(s); !r)
                return r;
        }
        for (auto it = m_changes.added.crbegin(); it != m_changes.added.crend(); ++it) {
            Result<RowSnapshot> snap = repo.remove(*it);
            if (!snap)
                return snap.error();
            stakeholders.prepend(snap.take());
        }
        // The themes last: no stakeholder is tagged with them any more.
        for (auto it = m_changes.themesAdded.crbegin(); it != m_changes.themesAdded.crend(); ++it) {
            Result<RowSnapshot> snap = themes.remove(*it);
            if (!snap)
                return snap.error();
            removedThemes.prepend(snap.take());
        }
        if (m_changes.memoryChanged)
            return ImportValueMemory(m_repositories.store().database())
                .write(m_changes.memoryBefore);
        return {};
    });
    if (!done)
        return done;
    m_removedContacts = std::move(contacts);
    m_removedStakeholders = std::move(stakeholders);
    m_removedThemes = std::move(removedThemes);
    return {};
}

Result<void> StakeholderImportCommand::applyAgain()
{
    StakeholderRepository& repo = m_repositories.stakeholders();
    ThemeRepository& themes = m_repositories.themes();
    const QSignalBlocker quiet(&repo);
    const QSignalBlocker quietThemes(&themes);
    // Copies, so that a failed transaction leaves the records as the last success stored them.
    QList<ImportReport::Change<Stakeholder>> updated = m_changes.updated;
    QList<ImportReport::Change<ContactPerson>> contactsUpdated = m_changes.contactsUpdated;
    // Stakeholders first, then the contacts that may belong to them.
    const auto apply = [&repo](const QList<RowSnapshot>& removed, auto& changes) -> Result<void> {
        for (const RowSnapshot& snap : removed) {
            if (Result<void> r = repo.restore(snap); !r)
                return r;
        }
        for (auto& change : changes) {
            if (Result<void> r = repo.update(change.after); !r)
                return r;
        }
        return {};
    };
    const Result<void> done = m_repositories.store().inTransaction([&]() -> Result<void> {
        if (m_changes.memoryChanged) {
            if (Result<void> r = ImportValueMemory(m_repositories.store().database())
                                     .write(m_changes.memoryAfter);
                !r)
                return r;
        }
        // Themes first, for the stakeholders tagged with them.
        for (const RowSnapshot& snap : std::as_const(m_removedThemes)) {
            if (Result<void> r = themes.restore(snap); !r)
                return r;
        }
        if (Result<void> r = apply(m_removedStakeholders, updated); !r)
            return r;
        return apply(m_removedContacts, contactsUpdated);
    });
    if (!done)
        return done;
    m_changes.updated = std::move(updated);
    m_changes.contactsUpdated = std::move(contactsUpdated);
    m_removedStakeholders.clear();
    m_removedContacts.clear();
    m_removedThemes.clear();
    return {};
}

void StakeholderImportCommand::announceApplied()
{
    // Stakeholders before their contacts, as a model that shows contacts expects.
    StakeholderRepository& repo = m_repositories.stakeholders();
    // Themes before the stakeholders tagged with them.
    for (const Theme& t : std::as_const(m_changes.themesAdded))
        emit m_repositories.themes().themeAdded(t);
    emit repo.bulkChangeAboutToStart();
    for (const Stakeholder& s : std::as_const(m_changes.added))
        emit repo.stakeholderAdded(s);
    for (const auto& change : std::as_const(m_changes.updated))
        emit repo.stakeholderUpdated(change.after);
    for (const ContactPerson& c : std::as_const(m_changes.contactsAdded))
        emit repo.contactAdded(c);
    for (const auto& change : std::as_const(m_changes.contactsUpdated))
        emit repo.contactUpdated(change.after);
    emit repo.bulkChangeFinished();
}

void StakeholderImportCommand::announceTakenBack()
{
    // Contacts before their stakeholders, so that no model shows a contact without its owner;
    // newest first, so that a model keeping rows in arrival order drops them from its end
    // instead of moving every later row once per stakeholder.
    StakeholderRepository& repo = m_repositories.stakeholders();
    emit repo.bulkChangeAboutToStart();
    for (auto it = m_changes.contactsUpdated.crbegin(); it != m_changes.contactsUpdated.crend();
         ++it)
        emit repo.contactUpdated(it->before);
    for (auto it = m_changes.contactsAdded.crbegin(); it != m_changes.contactsAdded.crend(); ++it)
        emit repo.contactRemoved(it->meta.id);
    for (auto it = m_changes.updated.crbegin(); it != m_changes.updated.crend(); ++it)
        emit repo.stakeholderUpdated(it->before);
    for (auto it = m_changes.added.crbegin(); it != m_changes.added.crend(); ++it)
        emit repo.stakeholderRemoved(it->meta.id);
    emit repo.bulkChangeFinished();
    for (auto it = m_changes.themesAdded.crbegin(); it != m_changes.themesAdded.crend(); ++it)
        emit m_repositories.themes().themeRemoved(it->meta.id);
    // No rowsRemoved(): the stack undoes every later edit first, so an imported stakeholder
    // takes only its themes and contacts with it, nothing another repository shows.
}
