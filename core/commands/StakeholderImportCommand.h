// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"
#include "stakeholders/ImportReport.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "storage/RowSnapshot.h"

#include <QCoreApplication>

class QUndoStack;
class Repositories;

// A whole CSV import of stakeholders as one undo step. The first redo runs the import in one
// transaction and keeps what it wrote; undo takes all of it back in one transaction (new
// stakeholders, contacts and themes removed, updated ones restored as they were, what the file
// remembered of imported values put back), and redo does it again with the same identities. The
// repository's signals are held back during each transaction and sent once it is committed, so that
// a cancelled or failed import never reaches the models; bulkChangeAboutToStart() and
// bulkChangeFinished() frame them, so that a large table can catch up once instead of row by row.
class StakeholderImportCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderImportCommand)

public:
    using Mapping = StakeholderCsvImport::Mapping;
    using Policy = StakeholderCsvImport::DuplicatePolicy;
    using CancelCheck = StakeholderCsvImport::CancelCheck;

    // Imports table into the file as one step pushed on stack and returns what the import did;
    // on a cancel or an error returns why, and nothing is changed or pushed. An import that
    // changes nothing (every row skipped or rejected) pushes no step either.
    static Result<ImportReport> execute(QUndoStack& stack, Repositories& repositories,
                                        const CsvTable& table, const Mapping& mapping,
                                        Policy onDuplicate, const ImportValueChoices& values = {},
                                        const CancelCheck& cancelled = {});

    void redo() override;
    void undo() override;

private:
    StakeholderImportCommand(Repositories& repositories, const CsvTable& table,
                             const Mapping& mapping, Policy onDuplicate,
                             const ImportValueChoices& values, const CancelCheck& cancelled,
                             Result<ImportReport>* outcome);

    void firstRun();
    Result<void> takeBack();
    Result<void> applyAgain();
    // Tells the models what a committed transaction changed.
    void announceApplied();
    void announceTakenBack();

    Repositories& m_repositories;
    // Until the first redo (inside execute()) only: what to import, and where to tell how it
    // went.
    const CsvTable* m_table;
    Mapping m_mapping;
    Policy m_onDuplicate;
    ImportValueChoices m_values;
    CancelCheck m_cancelled;
    Result<ImportReport>* m_outcome;

    ImportReport::Changes m_changes;
    // What undo removed, for redo to put back with the same identities.
    QList<RowSnapshot> m_removedStakeholders;
    QList<RowSnapshot> m_removedContacts;
    QList<RowSnapshot> m_removedThemes;
    bool m_applied = false;
};
