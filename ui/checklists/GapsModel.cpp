// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapsModel.h"

#include "AnswersModel.h"
#include "common/TextLimits.h"
#include "common/ThemeNames.h"

#include <QCollator>

#include <algorithm>

GapsModel::GapsModel(AnswersModel& answers, ThemeRepository& themes, QObject* parent)
    : QAbstractTableModel(parent), m_answers(answers), m_themeNames(new ThemeNames(themes, this))
{
    connect(&m_answers, &QAbstractItemModel::modelReset, this, &GapsModel::reload);
    connect(&m_answers, &QAbstractItemModel::dataChanged, this, &GapsModel::onAnswerRowsChanged);
    // A renamed theme: repainting the column is enough.
    connect(m_themeNames, &ThemeNames::changed, this, [this] {
        if (!m_gaps.isEmpty())
            emit dataChanged(index(0, ThemeColumn), index(rowCount() - 1, ThemeColumn));
    });
    reload();
}

void GapsModel::reload()
{
    beginResetModel();
    m_gaps.clear();
    if (const std::optional<AssessmentRound>& round = m_answers.round())
        m_gaps = GapList::gaps(*round, m_answers.areas(), m_answers.items(), m_answers.answers());
    sortRows();
    endResetModel();
}

QString GapsModel::themeOf(const GapList::Gap& gap) const
{
    // An item without a theme of its own takes its area's.
    const QString id = gap.item.themeId.isEmpty() ? gap.area.themeId : gap.item.themeId;
    return m_themeNames->name(id);
}

bool GapsModel::lessThan(const GapList::Gap& a, const GapList::Gap& b) const
{
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    const auto checklistOrder = [](const GapList::Gap& x, const GapList::Gap& y) {
        return std::tie(x.area.position, x.item.position, x.item.meta.id) <
               std::tie(y.area.position, y.item.position, y.item.meta.id);
    };
    int c = 0;
    switch (m_sortColumn) {
    case ItemColumn:
        c = collator.compare(a.item.statement, b.item.statement);
        break;
    case AnswerColumn:
        // Not met before partly met: the widest gaps first.
        c = int(b.answer.value) - int(a.answer.value);
        break;
    case ThemeColumn: {
        const QString ta = themeOf(a);
        const QString tb = themeOf(b);
        // Gaps without a theme go last whatever the order.
        if (ta.isEmpty() != tb.isEmpty())
            return m_order == Qt::AscendingOrder ? tb.isEmpty() : ta.isEmpty();
        c = collator.compare(ta, tb);
        break;
    }
    case EvidenceColumn:
        c = collator.compare(a.answer.evidence, b.answer.evidence);
        break;
    default:
        break;
    }
    if (c != 0)
        return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    // Ties (and the area column) in checklist order, so the list reads area by area.
    if (m_sortColumn == AreaColumn && m_order == Qt::DescendingOrder)
        return checklistOrder(b, a);
    return checklistOrder(a, b);
}

void GapsModel::sortRows()
{
    std::stable_sort(
        m_gaps.begin(), m_gaps.end(),
        [this](const GapList::Gap& a, const GapList::Gap& b) { return lessThan(a, b); });
}

void GapsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList itemsBefore;
    for (const QModelIndex& i : before)
        itemsBefore << m_gaps.at(i.row()).item.meta.id;
    m_sortColumn = column;
    m_order = order;
    sortRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOfItem(itemsBefore.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int GapsModel::rowOfItem(const QString& itemId) const
{
    for (int r = 0; r < m_gaps.size(); ++r) {
        if (m_gaps.at(r).item.meta.id == itemId)
            return r;
    }
    return -1;
}

void GapsModel::onAnswerRowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        updateItem(row);
}

void GapsModel::updateItem(int answerRow)
{
    const ChecklistItem* item = m_answers.itemAt(answerRow);
    const ChecklistArea* area = m_answers.areaAt(answerRow);
    if (!item || !area || !m_answers.round())
        return;
    const std::optional<GapList::Gap> gap =
        GapList::gapFor(*m_answers.round(), *area, *item, m_answers.answerFor(item->meta.id));
    int row = rowOfItem(item->meta.id);
    if (row >= 0) {
        // Still in place: repaint the row only.
        if (gap && (row == 0 || !lessThan(*gap, m_gaps.at(row - 1))) &&
            (row + 1 == m_gaps.size() || !lessThan(m_gaps.at(row + 1), *gap))) {
            m_gaps[row] = *gap;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, row, row);
        m_gaps.removeAt(row);
        endRemoveRows();
    }
    if (!gap)
        return;
    const auto at = std::upper_bound(
        m_gaps.begin(), m_gaps.end(), *gap,
        [this](const GapList::Gap& a, const GapList::Gap& b) { return lessThan(a, b); });
    row = int(at - m_gaps.begin());
    beginInsertRows({}, row, row);
    m_gaps.insert(row, *gap);
    endInsertRows();
}

int GapsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_gaps.size());
}

int GapsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GapList::Gap& g = m_gaps.at(index.row());
    if (role == ItemIdRole)
        return g.item.meta.id;
    if (role == Qt::ToolTipRole && index.column() == ItemColumn)
        return TextLimits::shortened(g.item.guidance, TextLimits::shownParagraphChars);
    if (role == Qt::ToolTipRole && index.column() == EvidenceColumn)
        return TextLimits::shortened(g.answer.evidence, TextLimits::shownParagraphChars);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AreaColumn:
        return TextLimits::shortened(g.area.title);
    case ItemColumn:
        return TextLimits::shortened(g.item.statement);
    case AnswerColumn:
        return Answer::label(g.answer.value);
    case ThemeColumn:
        return themeOf(g);
    case EvidenceColumn:
        return TextLimits::shortened(g.answer.evidence);
    }
    return {};
}

QVariant GapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AreaColumn:
        return tr("Area");
    case ItemColumn:
        return tr("Item");
    case AnswerColumn:
        return tr("Answer");
    case ThemeColumn:
        return tr("Theme");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}
