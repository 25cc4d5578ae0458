// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"

// A RecordListModel whose records can also be duplicated: the copy is a new record of this
// city (a new identity, this file as its origin), the rest of its fields the original's, its
// title marked as a copy; one undo step, like Add.
template <typename Repo, typename T> class DuplicableListModel : public RecordListModel<Repo, T>
{
    using Base = RecordListModel<Repo, T>;

public:
    using Base::Base;

    // Pushes the command adding a copy of the record at row and returns the copy's row, or -1.
    int duplicateRecord(int row)
    {
        if (this->isReadOnly() || row < 0 || row >= this->recordCount())
            return -1;
        T copy = this->record(row);
        copy.meta = {};
        markAsCopy(copy);
        auto* command = new AddRecordCommand<Repo, T>(&this->file(), this->repository(), copy,
                                                      duplicateText(this->record(row)));
        if (!this->push(command))
            return -1;
        return this->rowOf(command->record().meta.id);
    }

protected:
    // Marks the copy's title or name ("… (copy)").
    virtual void markAsCopy(T& record) const = 0;
    virtual QString duplicateText(const T& record) const = 0;
};
