// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"
#include "storage/RowSnapshot.h"

#include <optional>

// Add, edit and remove for any record kind whose repository offers
//   Result<void> add(T&), Result<void> update(T&),
//   Result<RowSnapshot> remove(const T&), Result<void> restore(const RowSnapshot&).
// Identities survive undo and redo: a record removed and restored is the same record.

template <typename Repo, typename T> class AddRecordCommand : public EditCommand
{
public:
    AddRecordCommand(CityFile* file, Repo& repo, T record, const QString& text,
                     QUndoCommand* parent = nullptr)
        : EditCommand(file, text, parent), m_repo(repo), m_record(std::move(record))
    {
    }

    void redo() override
    {
        if (m_removed) {
            if (check(m_repo.restore(*m_removed)))
                m_removed.reset();
        } else {
            check(m_repo.add(m_record));
        }
    }

    void undo() override
    {
        auto snap = m_repo.remove(m_record);
        if (snap)
            m_removed = snap.take();
        else
            check(snap.error());
    }

    const T& record() const { return m_record; }

private:
    Repo& m_repo;
    T m_record;
    std::optional<RowSnapshot> m_removed;
};

template <typename Repo, typename T> class EditRecordCommand : public EditCommand
{
public:
    EditRecordCommand(CityFile* file, Repo& repo, T before, T after, const QString& text,
                      QUndoCommand* parent = nullptr)
        : EditCommand(file, text, parent), m_repo(repo), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void redo() override
    {
        T record = m_after;
        check(m_repo.update(record));
    }

    void undo() override
    {
        T record = m_before;
        check(m_repo.update(record));
    }

protected:
    // For an edit made in steps that merge (StepEditCommand): the record the last step left.
    const T& after() const { return m_after; }
    void setAfter(T after) { m_after = std::move(after); }

private:
    Repo& m_repo;
    T m_before;
    T m_after;
};

template <typename Repo, typename T> class RemoveRecordCommand : public EditCommand
{
public:
    RemoveRecordCommand(CityFile* file, Repo& repo, T record, const QString& text,
                        QUndoCommand* parent = nullptr)
        : EditCommand(file, text, parent), m_repo(repo), m_record(std::move(record))
    {
    }

    void redo() override
    {
        auto snap = m_repo.remove(m_record);
        if (snap)
            m_removed = snap.take();
        else
            check(snap.error());
    }

    void undo() override
    {
        if (m_removed && check(m_repo.restore(*m_removed)))
            m_removed.reset();
    }

    // What went with the record when it was removed (rows per table), for messages.
    const std::optional<RowSnapshot>& removed() const { return m_removed; }

private:
    Repo& m_repo;
    T m_record;
    std::optional<RowSnapshot> m_removed;
};
