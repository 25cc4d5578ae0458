// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordTableModel.h"
#include "commands/RecordCommands.h"

#include <algorithm>

// The part of an editable table that does not depend on its columns, for one record kind T of
// a repository Repo (the profile's origins, districts and figures, a stakeholder's contacts):
// the rows in the file's order, kept in step with the repository's signals row by row, and the
// undo commands for add, edit and remove. Repo offers, for T, what the generic commands need
// (add, update, remove, restore) and a validate(const T&), static or not.
// A kind with a `position` is ordered by it, and a new record goes after the last; a kind
// without one keeps the order it was read in, and a record added or brought back goes last.
// A table may show part of a kind only (one stakeholder's contacts): belongs() says which, and
// setRecords() reads them again when the part changes.
// A template cannot carry Q_OBJECT; the signals stay in RecordTableModel and each concrete
// model is the Q_OBJECT (so its tr() strings keep their context).
template <typename Repo, typename T> class RecordListModel : public RecordTableModel
{
public:
    // How the repository lists this kind of record and announces its changes.
    struct RecordSource
    {
        // Every record of the kind; null when the table shows a part only, set by setRecords().
        QList<T> (Repo::*all)() const;
        void (Repo::*added)(const T&);
        void (Repo::*updated)(const T&);
        void (Repo::*removed)(const QString&);
    };

    RecordListModel(const PaneContext& context, Repo& repository, const RecordSource& source,
                    QObject* parent)
        : RecordTableModel(context, parent), m_repository(repository),
          m_records(source.all ? (repository.*source.all)() : QList<T>())
    {
        connect(&repository, source.added, this, &RecordListModel::onAdded);
        connect(&repository, source.updated, this, &RecordListModel::onUpdated);
        connect(&repository, source.removed, this, &RecordListModel::onRemoved);
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    int addRecord() override;
    void removeRecords(const QList<int>& rows) override;

    const T& record(int row) const { return m_records.at(row); }
    int rowOf(const QString& id) const;

protected:
    int recordCount() const override { return int(m_records.size()); }
    Repo& repository() const { return m_repository; }

    // Whether a record is one of the table's (of the stakeholder shown); all are by default.
    virtual bool belongs(const T& record) const
    {
        Q_UNUSED(record);
        return true;
    }
    // Shows these records instead, in this order (another stakeholder's).
    void setRecords(QList<T> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }

    // A record as the officer starts it; addRecord() places it after the last one.
    virtual T newRecord() const = 0;
    // The file orders records by position; this breaks the tie between two at the same one. For
    // a kind without a position it alone places a record added among the others (always false:
    // last, as the file lists it).
    virtual bool sortsBefore(const T& record, const T& other) const = 0;
    // The per-column part of setData(): changes one field of record, or refuses value (with
    // refuse()) and returns false.
    virtual bool setField(T& record, int column, const QVariant& value) = 0;

    // The undo stack's texts, translated in the concrete model's context.
    virtual QString addText() const = 0;
    virtual QString editText(const T& record) const = 0;
    virtual QString removeText(const T& record) const = 0;
    virtual QString removeManyText(int count) const = 0;

private:
    void onAdded(const T& record);
    void onUpdated(const T& record);
    void onRemoved(const QString& id);
    int insertionRow(const T& record) const;

    static constexpr bool hasPosition = requires(T t) { t.position; };

    Repo& m_repository;

protected:
    // In the file's order. Protected because a model may have to read rows again that no
    // signal of its kind announces (the figures, when the file clears a removed theme).
    QList<T> m_records;
};

template <typename Repo, typename T>
bool RecordListModel<Repo, T>::setData(const QModelIndex& index, const QVariant& value, int role)
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
    if (std::optional<Error> e = m_repository.validate(after))
        return refuse(e);
    return push(
        new EditRecordCommand<Repo, T>(&file(), m_repository, before, after, editText(after)));
}

template <typename Repo, typename T> int RecordListModel<Repo, T>::addRecord()
{
    if (isReadOnly())
        return -1;
    T record = newRecord();
    if constexpr (hasPosition) {
        for (const T& r : std::as_const(m_records))
            record.position = std::max(record.position, r.position + 1);
    }
    auto* command = new AddRecordCommand<Repo, T>(&file(), m_repository, record, addText());
    if (!push(command))
        return -1;
    // Still on the stack: a refused command is the only kind the stack deletes at once.
    return rowOf(command->record().meta.id);
}

template <typename Repo, typename T>
void RecordListModel<Repo, T>::removeRecords(const QList<int>& rows)
{
    if (isReadOnly() || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        const T& r = m_records.at(row);
        commands << new RemoveRecordCommand<Repo, T>(&file(), m_repository, r, removeText(r));
    }
    pushAll(removeManyText(int(commands.size())), commands);
}

template <typename Repo, typename T> int RecordListModel<Repo, T>::rowOf(const QString& id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).meta.id == id)
            return row;
    }
    return -1;
}

template <typename Repo, typename T> void RecordListModel<Repo, T>::onAdded(const T& record)
{
    if (!belongs(record))
        return;
    if (rowOf(record.meta.id) >= 0)
        return onUpdated(record);
    const int row = insertionRow(record);
    beginInsertRows({}, row, row);
    m_records.insert(row, record);
    endInsertRows();
}

template <typename Repo, typename T> void RecordListModel<Repo, T>::onUpdated(const T& record)
{
    const int row = rowOf(record.meta.id);
    if (row < 0)
        return onAdded(record);
    // Moved to another part (a contact given to another stakeholder): it leaves this table.
    if (!belongs(record))
        return onRemoved(record.meta.id);
    m_records[row] = record;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

template <typename Repo, typename T> void RecordListModel<Repo, T>::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

template <typename Repo, typename T>
int RecordListModel<Repo, T>::insertionRow(const T& record) const
{
    const auto before = [this, &record](const T& other) {
        if constexpr (hasPosition) {
            return record.position < other.position ||
                   (record.position == other.position && sortsBefore(record, other));
        } else {
            return sortsBefore(record, other);
        }
    };
    const auto it = std::find_if(m_records.cbegin(), m_records.cend(), before);
    return int(it - m_records.cbegin());
}
