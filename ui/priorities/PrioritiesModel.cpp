// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrioritiesModel.h"

#include "city/Repositories.h"
#include "commands/ReorderPrioritiesCommand.h"
#include "common/TextLimits.h"
#include "common/ThemeNames.h"
#include "plan/PlanRepository.h"
#include "shell/FileEdits.h"

#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace {
const QString mimeType = QStringLiteral("application/x-passerelle-priority-ids");
} // namespace

PrioritiesModel::PrioritiesModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context),
      m_themes(new ThemeNames(context.repositories.themes(), this)),
      m_rows(context.repositories.plan().priorities())
{
    PlanRepository& plan = context.repositories.plan();
    connect(&plan, &PlanRepository::priorityAdded, this, &PrioritiesModel::onAdded);
    connect(&plan, &PlanRepository::priorityUpdated, this, &PrioritiesModel::onUpdated);
    connect(&plan, &PlanRepository::priorityRemoved, this, &PrioritiesModel::onRemoved);
    connect(m_themes, &ThemeNames::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, ThemeColumn), index(rowCount() - 1, ThemeColumn));
    });
}

int PrioritiesModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id)
            return row;
    }
    return -1;
}

QStringList PrioritiesModel::order() const
{
    QStringList ids;
    for (const Priority& p : m_rows)
        ids << p.meta.id;
    return ids;
}

QString PrioritiesModel::moveTo(const QList<int>& rows, int row)
{
    if (m_readOnly || rows.isEmpty())
        return {};
    QStringList moved;
    QStringList rest;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    for (int r = 0; r < m_rows.size(); ++r)
        (sorted.contains(r) ? moved : rest) << m_rows.at(r).meta.id;
    // Where the rows go among the others: before the first row at or after the drop point
    // that does not move.
    int at = 0;
    for (int r = 0; r < std::min(row, int(m_rows.size())); ++r) {
        if (!sorted.contains(r))
            ++at;
    }
    QStringList after = rest;
    for (int i = 0; i < moved.size(); ++i)
        after.insert(at + i, moved.at(i));
    // Already 1..N in this order: nothing to store.
    bool same = after == order();
    for (int r = 0; same && r < m_rows.size(); ++r)
        same = m_rows.at(r).rank == r + 1;
    if (same)
        return {};
    const QString text =
        moved.size() == 1
            ? tr("Move “%1”").arg(TextLimits::shortened(m_rows.at(sorted.first()).title))
            : tr("Reorder the priorities");
    const QString failure = FileEdits::push(
        m_context, {new ReorderPrioritiesCommand(&m_context.file, m_context.repositories.plan(),
                                                 after, text)});
    emit messageChanged(failure);
    return failure;
}

int PrioritiesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrioritiesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrioritiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Priority& p = m_rows.at(index.row());
    if (role == IdRole)
        return p.meta.id;
    if (role == Qt::TextAlignmentRole && index.column() == RankColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // The columns are elided to one line: the whole text is a hover away.
    if (role == Qt::ToolTipRole)
        return index.column() == TitleColumn ? TextLimits::forRole(p.title, Qt::ToolTipRole)
                                             : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return p.rank > 0 ? QString::number(p.rank) : QString();
    case TitleColumn:
        return TextLimits::shortened(p.title);
    case ThemeColumn:
        return m_themes->name(p.themeId);
    case StatusColumn:
        return Priority::label(p.status);
    }
    return {};
}

QVariant PrioritiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case TitleColumn:
        return tr("Priority");
    case ThemeColumn:
        return tr("Theme");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags PrioritiesModel::flags(const QModelIndex& index) const
{
    // Drops go between rows (the root), never onto a priority.
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions PrioritiesModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PrioritiesModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData* PrioritiesModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    auto* data = new QMimeData;
    data->setData(mimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool PrioritiesModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                   int column, const QModelIndex& parent)
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction || !data || !data->hasFormat(mimeType) || m_readOnly)
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    QList<int> rows;
    for (const QString& id : QString::fromUtf8(data->data(mimeType)).split(QLatin1Char('\n'))) {
        const int r = rowOf(id);
        if (r >= 0)
            rows << r;
    }
    moveTo(rows, row);
    // The rows move when the file announces the new ranks; the view must not remove any.
    return false;
}

void PrioritiesModel::onAdded(const Priority& priority)
{
    if (rowOf(priority.meta.id) >= 0)
        return onUpdated(priority);
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const Priority& other) { return before(priority, other); });
    const int row = int(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, priority);
    endInsertRows();
}

void PrioritiesModel::onUpdated(const Priority& priority)
{
    const int row = rowOf(priority.meta.id);
    if (row < 0)
        return onAdded(priority);
    m_rows[row] = priority;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    settle();
}

void PrioritiesModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PrioritiesModel::settle()
{
    // An insertion sort by row moves: a reorder announces its ranks one by one, and each
    // announcement leaves the rows in order, so selections and scroll positions follow.
    for (int row = 1; row < m_rows.size(); ++row) {
        if (!before(m_rows.at(row), m_rows.at(row - 1)))
            continue;
        int to = row - 1;
        while (to > 0 && before(m_rows.at(row), m_rows.at(to - 1)))
            --to;
        beginMoveRows({}, row, row, {}, to);
        m_rows.move(row, to);
        endMoveRows();
    }
}

bool PrioritiesModel::before(const Priority& a, const Priority& b)
{
    // The file's order: rank (unranked, 0, first as the file sorts them), then title, then age.
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.title != b.title)
        return a.title < b.title;
    return a.meta.createdAt < b.meta.createdAt;
}
