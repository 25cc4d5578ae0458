// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressLogModel.h"

#include "city/Repositories.h"
#include "common/DateText.h"
#include "common/TextLimits.h"

#include <QLocale>

using Repo = ActionRepository;

ProgressLogModel::ProgressLogModel(const PaneContext& context, QObject* parent)
    : RecordListModel(context, context.repositories.actions(),
                      {nullptr, &Repo::progressEntryAdded, &Repo::progressEntryUpdated,
                       &Repo::progressEntryRemoved},
                      parent)
{
}

void ProgressLogModel::setAction(const QString& actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    setRecords(actionId.isEmpty() ? QList<ProgressEntry>() : repository().progress(actionId));
}

int ProgressLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressEntry& e = record(index.row());
    if (role == Qt::ToolTipRole && index.column() == Author)
        return tr("Who wrote it: personal data, left out of shared copies.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Date:
        return role == Qt::EditRole ? QVariant(e.date) : QVariant(DateText::shown(e.date));
    case Text:
        return TextLimits::forRole(e.text, role);
    case Author:
        return TextLimits::forRole(e.author, role);
    }
    return {};
}

QVariant ProgressLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Text:
        return tr("What happened");
    case Author:
        return tr("Written by");
    }
    return {};
}

bool ProgressLogModel::canAddRecord() const
{
    return !m_actionId.isEmpty() && RecordListModel::canAddRecord();
}

int ProgressLogModel::addRecord()
{
    return canAddRecord() ? RecordListModel::addRecord() : -1;
}

bool ProgressLogModel::belongs(const ProgressEntry& entry) const
{
    return !m_actionId.isEmpty() && entry.actionId == m_actionId;
}

ProgressEntry ProgressLogModel::newRecord() const
{
    ProgressEntry entry;
    entry.actionId = m_actionId;
    entry.date = m_today;
    entry.text = tr("New progress note");
    return entry;
}

bool ProgressLogModel::setField(ProgressEntry& entry, int column, const QVariant& value)
{
    switch (column) {
    case Date:
        entry.date = value.toDate();
        return true;
    case Text:
        entry.text = value.toString().trimmed();
        return true;
    case Author:
        entry.author = value.toString().trimmed();
        return true;
    }
    return false;
}

QString ProgressLogModel::addText() const
{
    return tr("Add a progress note");
}

QString ProgressLogModel::editText(const ProgressEntry& entry) const
{
    return tr("Edit the progress note of %1").arg(DateText::shown(entry.date));
}

QString ProgressLogModel::removeText(const ProgressEntry& entry) const
{
    return tr("Remove the progress note of %1").arg(DateText::shown(entry.date));
}

QString ProgressLogModel::removeManyText(int count) const
{
    return tr("Remove %n progress note(s)", nullptr, count);
}
