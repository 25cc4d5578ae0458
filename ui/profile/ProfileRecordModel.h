// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileTableModel.h"
#include "profile/ProfileRepository.h"

// The part of a profile table that does not depend on its columns, for one record kind T of
// the profile repository (origins, districts, figures): the rows in the file's order, kept in
// step with the repository's signals, and the undo commands for add, edit and remove.
// A template cannot carry Q_OBJECT; the signals stay in ProfileTableModel and each concrete
// model is the Q_OBJECT (so its tr() strings keep their context). The members are compiled once
// in ProfileRecordModel.cpp for each record kind; a new table adds its kind there.
template <typename T> class ProfileRecordModel : public ProfileTableModel
{
public:
    // How the repository lists this kind of record and announces its changes.
    struct RecordSource
    {
        QList<T> (ProfileRepository::*all)() const;
        void (ProfileRepository::*added)(const T&);
        void (ProfileRepository::*updated)(const T&);
        void (ProfileRepository::*removed)(const QString&);
    };

    ProfileRecordModel(const PaneContext& context, const RecordSource& source, QObject* parent);

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    int addRecord() override;
    void removeRecords(const QList<int>& rows) override;

    const T& record(int row) const { return m_records.at(row); }
    int rowOf(const QString& id) const;

protected:
    int recordCount() const override { return int(m_records.size()); }

    // A record as the officer starts it; addRecord() places it after the last one.
    virtual T newRecord() const = 0;
    // The file orders records by position; this breaks the tie between two at the same one.
    virtual bool sortsBefore(const T& record, const T& other) const = 0;
    // The per-column part of setData(): changes one field of record, or refuses value (with
    // refuse()) and returns false.
    virtual bool setField(T& record, int column, const QVariant& value) = 0;

    // The undo stack's texts, translated in the concrete model's context.
    virtual QString addText() const = 0;
    virtual QString editText(const T& record) const = 0;
    virtual QString removeText(const T& record) const = 0;
    virtual QString removeManyText(int count) const = 0;

    // In the file's order. Protected because a model may have to read rows again that no
    // signal of its kind announces (the figures, when the file clears a removed theme).
    QList<T> m_records;

private:
    void onAdded(const T& record);
    void onUpdated(const T& record);
    void onRemoved(const QString& id);
    int insertionRow(const T& record) const;
};
