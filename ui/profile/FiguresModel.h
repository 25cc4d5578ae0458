// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "profile/ProfileRepository.h"

class ThemeNames;

// The profile's key figures ("Foreign-born residents: 12 400"), each with its unit, year,
// source and, optionally, the theme it informs; in the file's order (position, then label).
// A figure added is a draft, the last row, until it is given a value: a figure without one
// would tell the reader a made-up 0. Its cells are edited in the table only (not the file,
// so not undo steps); the value stores it whole, as one undo step.
class FiguresModel : public RecordListModel<ProfileRepository, ProfileFigure>
{
    Q_OBJECT

public:
    enum Column
    {
        Label,
        Value,
        Unit,
        Year,
        Source,
        Theme,
        ColumnCount
    };

    explicit FiguresModel(const PaneContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Starts a draft (or returns the one not stored yet) and returns its row.
    int addRecord() override;
    void removeRecords(const QList<int>& rows) override;

    const ProfileFigure& figure(int row) const { return isDraft(row) ? *m_draft : record(row); }
    // Whether the row is the figure added but not stored yet.
    bool isDraft(int row) const { return m_draft && row == int(m_records.size()); }
    bool hasDraft() const { return m_draft.has_value(); }

protected:
    bool isEditableColumn(int column) const override { return column < ColumnCount; }
    int recordCount() const override { return int(m_records.size()) + (m_draft ? 1 : 0); }

private:
    QVariant displayData(const ProfileFigure& f, Column column) const;
    QVariant editData(const ProfileFigure& f, Column column) const;
    // A theme renamed, added back or removed (the file then clears the figures' reference).
    void refreshThemes();
    bool setDraftField(int column, const QVariant& value);
    // Stores the draft, which has its value, in its row; false (the reason shown) if refused.
    bool storeDraft();

    ProfileFigure newRecord() const override;
    bool sortsBefore(const ProfileFigure& figure, const ProfileFigure& other) const override;
    bool setField(ProfileFigure& figure, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const ProfileFigure& figure) const override;
    QString removeText(const ProfileFigure& figure) const override;
    QString removeManyText(int count) const override;

    ThemeNames* m_themeNames;
    // The figure added and not stored yet, shown after the stored ones; whether it has a value.
    std::optional<ProfileFigure> m_draft;
    bool m_draftHasValue = false;
};
