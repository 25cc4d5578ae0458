// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "profile/ProfileRepository.h"

class ThemeNames;

// The profile's key figures ("Foreign-born residents: 12 400"), each with its unit, year,
// source and, optionally, the theme it informs; in the file's order (position, then label).
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

    const ProfileFigure& figure(int row) const { return record(row); }

protected:
    bool isEditableColumn(int column) const override { return column < ColumnCount; }

private:
    QVariant displayData(const ProfileFigure& f, Column column) const;
    QVariant editData(const ProfileFigure& f, Column column) const;
    // A theme renamed, added back or removed (the file then clears the figures' reference).
    void refreshThemes();

    ProfileFigure newRecord() const override;
    bool sortsBefore(const ProfileFigure& figure, const ProfileFigure& other) const override;
    bool setField(ProfileFigure& figure, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const ProfileFigure& figure) const override;
    QString removeText(const ProfileFigure& figure) const override;
    QString removeManyText(int count) const override;

    ThemeNames* m_themeNames;
};
