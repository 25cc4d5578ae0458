// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PriorityEvidence.h"
#include "shell/PaneContext.h"

#include <QAbstractTableModel>

// What one priority rests on: checklist items with their latest answer (answer and round) and
// profile figures with their value, year and source, each with the officer's note on why it
// matters. It follows the plan's evidence row by row; the descriptions are read again when an
// answer, item or figure changes. The note is edited in place, each change an undo step.
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        WhatColumn,
        DetailColumn,
        NoteColumn,
        ColumnCount
    };

    explicit EvidenceModel(const PaneContext& context, QObject* parent = nullptr);

    void setPriority(const QString& priorityId);
    QString priorityId() const { return m_priorityId; }
    const PriorityEvidence& evidence(int row) const { return m_rows.at(row).evidence; }
    int rowOf(const QString& id) const;
    // A file opened read-only: notes are shown, not edited.
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A note: pushes the edit onto the file's undo stack; false when the file refused it.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Why a note could not be stored; empty when it was.
    void messageChanged(const QString& message);

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
    bool m_readOnly = false;
};
