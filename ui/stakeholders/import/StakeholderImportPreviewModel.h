// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/StakeholderCsvImport.h"

#include <QAbstractTableModel>
#include <QHash>

// The first rows of a CSV file as the import will take them: the line in the file, whether the
// row is taken, left out (and why) or names a stakeholder already in the file, then the fields
// as they will be stored. Read-only; set again as a whole whenever the officer changes the
// file, its encoding or separator, or the mapping of a column.
class StakeholderImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Status,
        Name,
        Kind,
        Level,
        Themes,
        Influence,
        Interest,
        Contact,
        Email,
        Phone,
        Notes,
        NotesPrivate,
        ColumnCount
    };
    enum Role
    {
        // True on a row the import will leave out.
        RejectedRole = Qt::UserRole + 1,
    };

    explicit StakeholderImportPreviewModel(QObject* parent = nullptr);

    // themeNames: theme id -> name, to show the themes the rows will get.
    void setPreview(const StakeholderCsvImport::Preview& preview,
                    const QHash<QString, QString>& themeNames);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const StakeholderCsvImport::Row& row, int column) const;
    QString status(const StakeholderCsvImport::Row& row) const;

    QList<StakeholderCsvImport::Row> m_rows;
    QSet<StakeholderCsvColumns::Column> m_mapped;
    QHash<QString, QString> m_themeNames;
};
