// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceModel.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/TextLimits.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "shell/FileEdits.h"

#include <QLocale>

EvidenceModel::EvidenceModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
    PlanRepository& plan = context.repositories.plan();
    connect(&plan, &PlanRepository::evidenceAdded, this, &EvidenceModel::onAdded);
    connect(&plan, &PlanRepository::evidenceUpdated, this, &EvidenceModel::onUpdated);
    connect(&plan, &PlanRepository::evidenceRemoved, this, &EvidenceModel::onRemoved);
    ChecklistRepository& checklists = context.repositories.checklists();
    connect(&checklists, &ChecklistRepository::answerAdded, this, &EvidenceModel::redescribe);
    connect(&checklists, &ChecklistRepository::answerUpdated, this, &EvidenceModel::redescribe);
    connect(&checklists, &ChecklistRepository::answerRemoved, this, &EvidenceModel::redescribe);
    connect(&checklists, &ChecklistRepository::itemUpdated, this, &EvidenceModel::redescribe);
    ProfileRepository& profile = context.repositories.profile();
    connect(&profile, &ProfileRepository::figureUpdated, this, &EvidenceModel::redescribe);
}

void EvidenceModel::setPriority(const QString& priorityId)
{
    beginResetModel();
    m_priorityId = priorityId;
    m_rows.clear();
    if (!priorityId.isEmpty()) {
        for (const PriorityEvidence& e : m_context.repositories.plan().evidence(priorityId))
            m_rows << describe(e);
    }
    endResetModel();
}

int EvidenceModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).evidence.meta.id == id)
            return row;
    }
    return -1;
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() == NoteColumn && role == Qt::EditRole)
        return row.evidence.note;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return row.evidence.itemId.isEmpty() ? tr("Profile figure") : tr("Checklist item");
    case WhatColumn:
        return TextLimits::forRole(row.what, role);
    case DetailColumn:
        return TextLimits::forRole(row.detail, role);
    case NoteColumn:
        if (row.evidence.note.isEmpty() && role == Qt::ToolTipRole && !m_readOnly)
            return tr("Double-click to note why this evidence matters");
        return TextLimits::forRole(row.evidence.note, role);
    }
    return {};
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EvidenceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_readOnly || index.column() != NoteColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const PriorityEvidence& before = m_rows.at(index.row()).evidence;
    PriorityEvidence after = before;
    after.note = value.toString().trimmed();
    if (after == before)
        return true;
    PlanRepository& plan = m_context.repositories.plan();
    const QString failure = FileEdits::push(
        m_context, {new EditRecordCommand<PlanRepository, PriorityEvidence>(
                       &m_context.file, plan, before, after, tr("Edit evidence note"))});
    emit messageChanged(failure);
    return failure.isEmpty();
}

void EvidenceModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NoteColumn), index(int(m_rows.size()) - 1, NoteColumn));
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case WhatColumn:
        return tr("Evidence");
    case DetailColumn:
        return tr("Latest answer or value");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

EvidenceModel::Row EvidenceModel::describe(const PriorityEvidence& evidence) const
{
    Row row{evidence, {}, {}};
    const QLocale locale;
    if (!evidence.itemId.isEmpty()) {
        ChecklistRepository& checklists = m_context.repositories.checklists();
        if (std::optional<ChecklistItem> item = checklists.item(evidence.itemId))
            row.what = item->statement;
        // The latest round that answered it: rounds are listed oldest first.
        const QList<AssessmentRound> rounds = checklists.rounds();
        for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
            if (std::optional<Answer> a = checklists.answerFor(it->meta.id, evidence.itemId)) {
                row.detail = tr("%1 (round %2)").arg(Answer::label(a->value), it->label);
                break;
            }
        }
        if (row.detail.isEmpty())
            row.detail = tr("Not answered yet");
    } else if (std::optional<ProfileFigure> f =
                   m_context.repositories.profile().figure(evidence.figureId)) {
        row.what = f->label;
        const QString value =
            (locale.toString(f->value, 'g', 12) + QLatin1Char(' ') + f->unit).trimmed();
        row.detail = f->source.isEmpty()
                         ? tr("%1 in %2").arg(value).arg(f->year)
                         : tr("%1 in %2 (%3)").arg(value).arg(f->year).arg(f->source);
    }
    return row;
}

void EvidenceModel::onAdded(const PriorityEvidence& evidence)
{
    if (evidence.priorityId != m_priorityId || m_priorityId.isEmpty())
        return;
    if (rowOf(evidence.meta.id) >= 0)
        return onUpdated(evidence);
    // The file lists evidence by when it was added: a new piece, or one put back, goes at its
    // place by that order.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).evidence.meta.createdAt <= evidence.meta.createdAt)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, describe(evidence));
    endInsertRows();
}

void EvidenceModel::onUpdated(const PriorityEvidence& evidence)
{
    const int row = rowOf(evidence.meta.id);
    if (row < 0)
        return onAdded(evidence);
    if (evidence.priorityId != m_priorityId)
        return onRemoved(evidence.meta.id);
    m_rows[row] = describe(evidence);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EvidenceModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void EvidenceModel::redescribe()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row fresh = describe(m_rows.at(row).evidence);
        if (fresh.what == m_rows.at(row).what && fresh.detail == m_rows.at(row).detail)
            continue;
        m_rows[row] = fresh;
        emit dataChanged(index(row, WhatColumn), index(row, DetailColumn));
    }
}
