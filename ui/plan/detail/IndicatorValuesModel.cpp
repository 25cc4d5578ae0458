// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorValuesModel.h"

#include "city/Repositories.h"
#include "common/DateText.h"

#include <QLocale>

using Repo = ActionRepository;

IndicatorValuesModel::IndicatorValuesModel(const PaneContext& context, QObject* parent)
    : RecordListModel(context, context.repositories.actions(),
                      {nullptr, &Repo::indicatorValueAdded, &Repo::indicatorValueUpdated,
                       &Repo::indicatorValueRemoved},
                      parent)
{
}

void IndicatorValuesModel::setIndicator(const QString& indicatorId)
{
    if (indicatorId == m_indicatorId)
        return;
    m_indicatorId = indicatorId;
    setRecords(indicatorId.isEmpty() ? QList<IndicatorValue>()
                                     : repository().indicatorValues(indicatorId));
}

QList<IndicatorValue> IndicatorValuesModel::values() const
{
    QList<IndicatorValue> all;
    for (int row = 0; row < rowCount(); ++row)
        all << record(row);
    return all;
}

int IndicatorValuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorValuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorValue& v = record(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Date:
        return role == Qt::EditRole ? QVariant(v.measuredOn)
                                    : QVariant(DateText::shown(v.measuredOn));
    case Value:
        return QLocale().toString(v.value, 'g', 12);
    case Note:
        return v.note;
    }
    return {};
}

QVariant IndicatorValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Measured on");
    case Value:
        return tr("Value");
    case Note:
        return tr("Note");
    }
    return {};
}

bool IndicatorValuesModel::canAddRecord() const
{
    return !m_indicatorId.isEmpty() && RecordListModel::canAddRecord();
}

int IndicatorValuesModel::addRecord()
{
    return canAddRecord() ? RecordListModel::addRecord() : -1;
}

bool IndicatorValuesModel::belongs(const IndicatorValue& value) const
{
    return !m_indicatorId.isEmpty() && value.indicatorId == m_indicatorId;
}

IndicatorValue IndicatorValuesModel::newRecord() const
{
    IndicatorValue value;
    value.indicatorId = m_indicatorId;
    value.measuredOn = m_today;
    return value;
}

bool IndicatorValuesModel::setField(IndicatorValue& value, int column, const QVariant& input)
{
    switch (column) {
    case Date:
        value.measuredOn = input.toDate();
        return true;
    case Value: {
        bool ok = false;
        const double n = QLocale().toDouble(input.toString().trimmed(), &ok);
        if (!ok)
            return refuse(tr("“%1” is not a number: type one such as %2.")
                              .arg(input.toString(), QLocale().toString(12.5)));
        value.value = n;
        return true;
    }
    case Note:
        value.note = input.toString().trimmed();
        return true;
    }
    return false;
}

QString IndicatorValuesModel::addText() const
{
    return tr("Add a measured value");
}

QString IndicatorValuesModel::editText(const IndicatorValue& value) const
{
    return tr("Edit the value of %1").arg(DateText::shown(value.measuredOn));
}

QString IndicatorValuesModel::removeText(const IndicatorValue& value) const
{
    return tr("Remove the value of %1").arg(DateText::shown(value.measuredOn));
}

QString IndicatorValuesModel::removeManyText(int count) const
{
    return tr("Remove %n value(s)", nullptr, count);
}
