// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileTableModel.h"
#include "profile/ProfileFigure.h"

#include <QHash>

struct Theme;

// The profile's key figures ("Foreign-born residents: 12 400"), each with its unit, year,
// source and, optionally, the theme it informs.
class FiguresModel : public ProfileTableModel
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

    int addRecord() override;
    void removeRecords(const QList<int>& rows) override;

    const ProfileFigure& figure(int row) const { return m_figures.at(row); }
    int rowOf(const QString& id) const;

protected:
    int recordCount() const override { return int(m_figures.size()); }
    bool isEditableColumn(int column) const override { return column < ColumnCount; }

private:
    QVariant displayData(const ProfileFigure& f, Column column) const;
    QVariant editData(const ProfileFigure& f, Column column) const;
    void onAdded(const ProfileFigure& figure);
    void onUpdated(const ProfileFigure& figure);
    void onRemoved(const QString& id);
    // A theme renamed, added back or removed (the file then clears the figures' reference).
    void refreshThemes();
    int insertionRow(const ProfileFigure& figure) const;

    QList<ProfileFigure> m_figures;
    QHash<QString, QString> m_themeNames;
};
