// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRecordModel.h"

#include "commands/RecordCommands.h"

#include <algorithm>

template <typename T>
ProfileRecordModel<T>::ProfileRecordModel(const PaneContext& context, const RecordSource& source,
                                          QObject* parent)
    : ProfileTableModel(context, parent), m_records((repository().*source.all)())
{
    connect(&repository(), source.added, this, &ProfileRecordModel::onAdded);
    connect(&repository(), source.updated, this, &ProfileRecordModel::onUpdated);
    connect(&repository(), source.removed, this, &ProfileRecordModel::onRemoved);
}

template <typename T>
bool ProfileRecordModel<T>::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const T& before = m_records.at(index.row());
    T after = before;
    if (!setField(after, index.column(), value))
        return false;
    if (after == before)
        return true;
    if (std::optional<Error> e = ProfileRepository::validate(after))
        return refuse(e);
    return push(new EditRecordCommand<ProfileRepository, T>(&file(), repository(), before, after,
                                                            editText(after)));
}

template <typename T> int ProfileRecordModel<T>::addRecord()
{
    if (isReadOnly())
        return -1;
    T record = newRecord();
    for (const T& r : std::as_const(m_records))
        record.position = std::max(record.position, r.position + 1);
    auto* command =
        new AddRecordCommand<ProfileRepository, T>(&file(), repository(), record, addText());
    if (!push(command))
        return -1;
    // Still on the stack: a refused command is the only kind the stack deletes at once.
    return rowOf(command->record().meta.id);
}

template <typename T> void ProfileRecordModel<T>::removeRecords(const QList<int>& rows)
{
    if (isReadOnly() || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        const T& r = m_records.at(row);
        commands << new RemoveRecordCommand<ProfileRepository, T>(&file(), repository(), r,
                                                                  removeText(r));
    }
    pushAll(removeManyText(int(commands.size())), commands);
}

template <typename T> int ProfileRecordModel<T>::rowOf(const QString& id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).meta.id == id)
            return row;
    }
    return -1;
}

template <typename T> void ProfileRecordModel<T>::onAdded(const T& record)
{
    if (rowOf(record.meta.id) >= 0)
        return onUpdated(record);
    const int row = insertionRow(record);
    beginInsertRows({}, row, row);
    m_records.insert(row, record);
    endInsertRows();
}

template <typename T> void ProfileRecordModel<T>::onUpdated(const T& record)
{
    const int row = rowOf(record.meta.id);
    if (row < 0)
        return onAdded(record);
    m_records[row] = record;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

template <typename T> void ProfileRecordModel<T>::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

template <typename T> int ProfileRecordModel<T>::insertionRow(const T& record) const
{
    const auto before = [this, &record](const T& other) {
        return record.position < other.position ||
               (record.position == other.position && sortsBefore(record, other));
    };
    const auto it = std::find_if(m_records.cbegin(), m_records.cend(), before);
    return int(it - m_records.cbegin());
}

// The record kinds the profile pane shows; the member definitions stay out of the header.
template class ProfileRecordModel<MigrantOrigin>;
template class ProfileRecordModel<District>;
template class ProfileRecordModel<ProfileFigure>;
