// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/AssessmentRound.h"
#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"
#include "shell/PaneContext.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

class ChecklistRepository;

// One round's answers as a flat table: a header row per area, then the items of the round's
// checklist that the round asks (active on its date), area by area. Edits push undo commands;
// the rows follow the repository's answer signals one by one, so answering an item repaints
// one row, not the table. Areas and items are cached per checklist, so switching rounds costs
// one query for the round and one for its answers.
class AnswersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatementColumn,
        AnswerColumn,
        EvidenceColumn,
        SourceColumn,
        DateColumn,
        AnsweredByColumn,
        ColumnCount
    };

    enum Role
    {
        // int(Answer::Value) of the item's answer; invalid when unanswered or on an area row.
        ValueRole = Qt::UserRole + 1,
        IsAreaRole,
        ItemIdRole,
        AreaIdRole
    };

    explicit AnswersModel(const PaneContext& context, QObject* parent = nullptr);

    // Shows another round (empty: none). Returns false when the file has no such round.
    bool setRound(const QString& roundId);
    QString roundId() const { return m_round ? m_round->meta.id : QString(); }
    const std::optional<AssessmentRound>& round() const { return m_round; }

    // Who new answers are recorded as given by (the officer running the meeting).
    void setAnsweredBy(const QString& name) { m_answeredBy = name; }

    bool isAreaRow(int row) const;
    int rowOfItem(const QString& itemId) const { return m_rowOfItem.value(itemId, -1); }
    // The loaded round's checklist, for scoring without another query.
    QList<ChecklistArea> areas() const;
    QList<ChecklistItem> items() const;
    QList<Answer> answers() const { return m_answers.values(); }
    // The shown round's answer to the item, if it has one.
    const Answer* answerFor(const QString& itemId) const;
    // The item and its area on a row; nullptr on an area row or out of range.
    const ChecklistItem* itemAt(int row) const;
    const ChecklistArea* areaAt(int row) const;
    // Refuses every edit, whatever the file allows (the pane of a read-only file).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // On the answer column, value is an int(Answer::Value) or its stored text.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // After any change to the shown answers (one answer, or the whole round).
    void answersChanged();
    void roundChanged(const QString& roundId);

private:
    struct Checklist
    {
        QList<ChecklistArea> areas;
        QList<ChecklistItem> items; // area by area
    };
    struct Row
    {
        int area = -1;
        int item = -1; // -1: the area's header row
    };

    ChecklistRepository& repository() const;
    const Checklist& checklist(const QString& templateId);
    void rebuildRows();
    QVariant itemData(const ChecklistItem& item, int column, int role) const;
    void onAnswerChanged(const Answer& answer);
    void onAnswerRemoved(const QString& id);
    // Whether a checklist change concerns the round shown (its template, or one of its areas
    // and items by id).
    bool isShownTemplate(const QString& templateId) const;
    bool isShownRecord(const QString& areaOrItemId) const;
    void onChecklistChanged(bool shown);
    void onRoundUpdated(const AssessmentRound& round);
    void onRoundRemoved(const QString& id);

    PaneContext m_context;
    QHash<QString, Checklist> m_checklists; // by template id
    bool m_checklistsStale = false;         // dropped at the next reset, not under a view
    std::optional<AssessmentRound> m_round;
    const Checklist* m_shown = nullptr;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfItem;
    QHash<QString, Answer> m_answers;       // by item id
    QHash<QString, QString> m_itemOfAnswer; // answer id -> item id
    QString m_answeredBy;
    bool m_readOnly = false;
};
