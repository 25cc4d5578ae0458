// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PriorityEvidence.h"
#include "shell/PaneContext.h"

#include <QAbstractTableModel>

// What one priority rests on: checklist items with their latest answer (answer and round) and
// profile figures with their value, year and source. It follows the plan's evidence row by
// row; the descriptions are read again when an answer, item or figure changes.
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        WhatColumn,
        DetailColumn,
        ColumnCount
    };

    explicit EvidenceModel(const PaneContext& context, QObject* parent = nullptr);

    void setPriority(const QString& priorityId);
    QString priorityId() const { return m_priorityId; }
    const PriorityEvidence& evidence(int row) const { return m_rows.at(row).evidence; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PriorityEvidence evidence;
        QString what;
        QString detail;
    };

    Row describe(const PriorityEvidence& evidence) const;
    void onAdded(const PriorityEvidence& evidence);
    void onUpdated(const PriorityEvidence& evidence);
    void onRemoved(const QString& id);
    // Answers, items or figures changed: the descriptions may have.
    void redescribe();

    PaneContext m_context;
    QString m_priorityId;
    QList<Row> m_rows;
};
