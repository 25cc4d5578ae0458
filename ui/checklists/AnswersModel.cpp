// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswersModel.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "commands/SetAnswerCommand.h"
#include "common/TextLimits.h"
#include "storage/CityFile.h"

#include <QFont>
#include <QUndoStack>

AnswersModel::AnswersModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
    ChecklistRepository& repo = repository();
    connect(&repo, &ChecklistRepository::answerAdded, this, &AnswersModel::onAnswerChanged);
    connect(&repo, &ChecklistRepository::answerUpdated, this, &AnswersModel::onAnswerChanged);
    connect(&repo, &ChecklistRepository::answerRemoved, this, &AnswersModel::onAnswerRemoved);
    // Checklist edits are rare next to answers: dropping the cache and reloading is enough,
    // and only for the round's own checklist (importing another one must not reload 80 times).
    connect(&repo, &ChecklistRepository::areaAdded, this,
            [this](const ChecklistArea& a) { onChecklistChanged(isShownTemplate(a.templateId)); });
    connect(&repo, &ChecklistRepository::areaUpdated, this,
            [this](const ChecklistArea& a) { onChecklistChanged(isShownTemplate(a.templateId)); });
    connect(&repo, &ChecklistRepository::itemAdded, this,
            [this](const ChecklistItem& i) { onChecklistChanged(isShownRecord(i.areaId)); });
    connect(&repo, &ChecklistRepository::itemUpdated, this,
            [this](const ChecklistItem& i) { onChecklistChanged(isShownRecord(i.areaId)); });
    connect(&repo, &ChecklistRepository::areaRemoved, this,
            [this](const QString& id) { onChecklistChanged(isShownRecord(id)); });
    connect(&repo, &ChecklistRepository::itemRemoved, this,
            [this](const QString& id) { onChecklistChanged(isShownRecord(id)); });
    connect(&repo, &ChecklistRepository::roundUpdated, this, &AnswersModel::onRoundUpdated);
    connect(&repo, &ChecklistRepository::roundRemoved, this, &AnswersModel::onRoundRemoved);
}

ChecklistRepository& AnswersModel::repository() const
{
    return m_context.repositories.checklists();
}

const AnswersModel::Checklist& AnswersModel::checklist(const QString& templateId)
{
    auto it = m_checklists.find(templateId);
    if (it == m_checklists.end()) {
        Checklist c;
        c.areas = repository().areas(templateId);
        c.items = repository().allItems(templateId);
        it = m_checklists.insert(templateId, c);
    }
    return *it;
}

bool AnswersModel::setRound(const QString& roundId)
{
    std::optional<AssessmentRound> next;
    if (!roundId.isEmpty()) {
        next = repository().round(roundId);
        if (!next)
            return false;
    }
    beginResetModel();
    if (m_checklistsStale) {
        m_checklists.clear();
        m_checklistsStale = false;
    }
    m_round = next;
    m_answers.clear();
    m_itemOfAnswer.clear();
    m_shown = m_round ? &checklist(m_round->templateId) : nullptr;
    if (m_round) {
        const QList<Answer> all = repository().answers(m_round->meta.id);
        m_answers.reserve(all.size());
        for (const Answer& a : all) {
            m_answers.insert(a.itemId, a);
            m_itemOfAnswer.insert(a.meta.id, a.itemId);
        }
    }
    rebuildRows();
    endResetModel();
    emit roundChanged(this->roundId());
    emit answersChanged();
    return true;
}

void AnswersModel::rebuildRows()
{
    m_rows.clear();
    m_rowOfItem.clear();
    if (!m_round || !m_shown)
        return;
    QHash<QString, int> areaIndex;
    for (int a = 0; a < m_shown->areas.size(); ++a)
        areaIndex.insert(m_shown->areas.at(a).meta.id, a);
    // Items come area by area; an area the round asks nothing of gets no header.
    int lastArea = -1;
    for (int i = 0; i < m_shown->items.size(); ++i) {
        const ChecklistItem& item = m_shown->items.at(i);
        const int area = areaIndex.value(item.areaId, -1);
        if (area < 0 || !item.isActiveOn(m_round->heldOn))
            continue;
        if (area != lastArea) {
            m_rows.append({area, -1});
            lastArea = area;
        }
        m_rowOfItem.insert(item.meta.id, int(m_rows.size()));
        m_rows.append({area, i});
    }
}

bool AnswersModel::isAreaRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).item < 0;
}

QList<ChecklistArea> AnswersModel::areas() const
{
    return m_shown ? m_shown->areas : QList<ChecklistArea>();
}

QList<ChecklistItem> AnswersModel::items() const
{
    return m_shown ? m_shown->items : QList<ChecklistItem>();
}

const Answer* AnswersModel::answerFor(const QString& itemId) const
{
    const auto found = m_answers.constFind(itemId);
    return found == m_answers.cend() ? nullptr : &*found;
}

const ChecklistItem* AnswersModel::itemAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).item < 0)
        return nullptr;
    return &m_shown->items.at(m_rows.at(row).item);
}

const ChecklistArea* AnswersModel::areaAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_shown->areas.at(m_rows.at(row).area);
}

int AnswersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnswersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnswersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ChecklistArea& area = m_shown->areas.at(row.area);
    if (role == IsAreaRole)
        return row.item < 0;
    if (role == AreaIdRole)
        return area.meta.id;
    if (row.item >= 0)
        return itemData(m_shown->items.at(row.item), index.column(), role);
    if (index.column() == StatementColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return role == Qt::DisplayRole
                   ? TextLimits::shortened(area.title)
                   : TextLimits::shortened(area.description, TextLimits::shownParagraphChars);
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant AnswersModel::itemData(const ChecklistItem& item, int column, int role) const
{
    if (role == ItemIdRole)
        return item.meta.id;
    const auto found = m_answers.constFind(item.meta.id);
    const Answer* answer = found == m_answers.cend() ? nullptr : &*found;
    if (role == ValueRole)
        return answer ? QVariant(int(answer->value)) : QVariant();
    if (role == Qt::ToolTipRole && column == StatementColumn)
        return TextLimits::shortened(item.guidance, TextLimits::shownParagraphChars);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == StatementColumn)
        return role == Qt::DisplayRole ? TextLimits::shortened(item.statement) : item.statement;
    if (!answer)
        return column == AnswerColumn && role == Qt::DisplayRole ? tr("Not answered") : QVariant();
    switch (column) {
    case AnswerColumn:
        return role == Qt::EditRole ? QVariant(int(answer->value)) : Answer::label(answer->value);
    case EvidenceColumn:
        return role == Qt::DisplayRole ? TextLimits::shortened(answer->evidence) : answer->evidence;
    case SourceColumn:
        return role == Qt::DisplayRole ? TextLimits::shortened(answer->source) : answer->source;
    case DateColumn:
        return answer->evidenceDate;
    case AnsweredByColumn:
        return role == Qt::DisplayRole ? TextLimits::shortened(answer->answeredBy)
                                       : answer->answeredBy;
    }
    return {};
}

QVariant AnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatementColumn:
        return tr("Item");
    case AnswerColumn:
        return tr("Answer");
    case EvidenceColumn:
        return tr("Evidence");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
    case AnsweredByColumn:
        return tr("Answered by");
    }
    return {};
}

Qt::ItemFlags AnswersModel::flags(const QModelIndex& index) const
{
    // The root is asked too (drops onto the view): no warning for it.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    if (isAreaRow(index.row()))
        return f;
    f |= Qt::ItemIsSelectable;
    if (index.column() != StatementColumn && !m_readOnly && !m_context.file.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool AnswersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_round || !index.isValid() ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ChecklistItem& item = m_shown->items.at(m_rows.at(index.row()).item);
    std::optional<Answer> before;
    if (const auto found = m_answers.constFind(item.meta.id); found != m_answers.cend())
        before = *found;
    Answer after;
    if (before) {
        after = *before;
    } else {
        after.roundId = m_round->meta.id;
        after.itemId = item.meta.id;
        after.answeredBy = m_answeredBy;
    }
    switch (index.column()) {
    case AnswerColumn: {
        std::optional<Answer::Value> v;
        bool isNumber = false;
        const int n = value.toInt(&isNumber);
        if (value.typeId() == QMetaType::QString && !isNumber)
            v = Answer::fromText(value.toString());
        else if (isNumber && n >= 0 && n < int(Answer::allValues().size()))
            v = Answer::Value(n);
        if (!v)
            return false;
        after.value = *v;
        // Whoever gives the answer now is who answered, not whoever answered a copied round.
        if (!m_answeredBy.isEmpty())
            after.answeredBy = m_answeredBy;
        break;
    }
    case EvidenceColumn:
        after.evidence = value.toString().trimmed();
        break;
    case SourceColumn:
        after.source = value.toString().trimmed();
        break;
    case DateColumn:
        after.evidenceDate = value.toDate();
        break;
    case AnsweredByColumn:
        after.answeredBy = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (before && *before == after)
        return true;
    auto* command = new SetAnswerCommand(&m_context.file, repository(), before, after,
                                         tr("Answer \u201c%1\u201d").arg(item.statement.left(40)));
    m_context.undoStack.push(command);
    return true;
}

void AnswersModel::onAnswerChanged(const Answer& answer)
{
    if (!m_round || answer.roundId != m_round->meta.id)
        return;
    // An answer that changed item (never done by the interface) would leave a stale row.
    if (const QString old = m_itemOfAnswer.value(answer.meta.id);
        !old.isEmpty() && old != answer.itemId)
        m_answers.remove(old);
    m_answers.insert(answer.itemId, answer);
    m_itemOfAnswer.insert(answer.meta.id, answer.itemId);
    if (const int row = rowOfItem(answer.itemId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit answersChanged();
}

void AnswersModel::onAnswerRemoved(const QString& id)
{
    const auto found = m_itemOfAnswer.constFind(id);
    if (found == m_itemOfAnswer.cend())
        return;
    const QString itemId = *found;
    m_itemOfAnswer.erase(found);
    m_answers.remove(itemId);
    if (const int row = rowOfItem(itemId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit answersChanged();
}

bool AnswersModel::isShownTemplate(const QString& templateId) const
{
    return m_round && m_round->templateId == templateId;
}

bool AnswersModel::isShownRecord(const QString& areaOrItemId) const
{
    if (!m_round)
        return false;
    auto it = m_checklists.constFind(m_round->templateId);
    if (it == m_checklists.constEnd())
        return true; // not read yet: cannot tell, so reload
    for (const ChecklistArea& area : it->areas)
        if (area.meta.id == areaOrItemId)
            return true;
    for (const ChecklistItem& item : it->items)
        if (item.meta.id == areaOrItemId)
            return true;
    return false;
}

void AnswersModel::onChecklistChanged(bool shown)
{
    m_checklistsStale = true;
    if (shown)
        setRound(roundId());
}

void AnswersModel::onRoundUpdated(const AssessmentRound& round)
{
    // A new date can change which items the round asks.
    if (m_round && round.meta.id == m_round->meta.id)
        setRound(round.meta.id);
}

void AnswersModel::onRoundRemoved(const QString& id)
{
    if (m_round && id == m_round->meta.id)
        setRound({});
}
