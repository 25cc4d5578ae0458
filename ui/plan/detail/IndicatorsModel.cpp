// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorsModel.h"

#include "city/Repositories.h"
#include "plan/IndicatorMeasure.h"

#include <QLocale>

using Repo = ActionRepository;

namespace {
QString number(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}
} // namespace

IndicatorsModel::IndicatorsModel(const PaneContext& context, QObject* parent)
    : RecordListModel(
          context, context.repositories.actions(),
          {nullptr, &Repo::indicatorAdded, &Repo::indicatorUpdated, &Repo::indicatorRemoved},
          parent)
{
    // A value measured changes where its indicator stands.
    const auto refresh = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Now), index(rowCount() - 1, Now));
    };
    connect(&repository(), &Repo::indicatorValueAdded, this, refresh);
    connect(&repository(), &Repo::indicatorValueUpdated, this, refresh);
    connect(&repository(), &Repo::indicatorValueRemoved, this, refresh);
}

void IndicatorsModel::setAction(const QString& actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    setRecords(actionId.isEmpty() ? QList<Indicator>() : repository().indicators(actionId));
}

int IndicatorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Indicator& i = record(index.row());
    if (index.column() == AddUp) {
        if (role == Qt::CheckStateRole)
            return i.aggregation == Indicator::Aggregation::Sum ? Qt::Checked : Qt::Unchecked;
        // The box alone: its header says what it means, its tooltip says it in full.
        if (role == Qt::ToolTipRole)
            return Indicator::label(i.aggregation);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Baseline && index.column() <= Now)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return i.name;
    case Unit:
        return i.unit;
    case Baseline:
        return number(i.baseline);
    case Target:
        return number(i.target);
    case Now:
        return number(IndicatorMeasure::current(i, repository().indicatorValues(i.meta.id)));
    case Frequency:
        return i.frequency;
    case Source:
        return i.dataSource;
    }
    return {};
}

QVariant IndicatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Target");
    case Now:
        return tr("Now");
    case Frequency:
        return tr("How often");
    case Source:
        return tr("Data source");
    case AddUp:
        return tr("Values add up");
    }
    return {};
}

Qt::ItemFlags IndicatorsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = RecordListModel::flags(index);
    if (index.isValid() && index.column() == AddUp && !isReadOnly())
        f |= Qt::ItemIsUserCheckable; // ticked rather than typed
    return f;
}

bool IndicatorsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (index.column() != AddUp)
        return RecordListModel::setData(index, value, role);
    if (role != Qt::CheckStateRole)
        return false;
    return RecordListModel::setData(index, value, Qt::EditRole);
}

bool IndicatorsModel::canAddRecord() const
{
    return !m_actionId.isEmpty() && RecordListModel::canAddRecord();
}

int IndicatorsModel::addRecord()
{
    return canAddRecord() ? RecordListModel::addRecord() : -1;
}

QString IndicatorsModel::summary() const
{
    QStringList warnings;
    for (int row = 0; row < rowCount(); ++row)
        warnings << ActionRepository::warnings(record(row));
    warnings.removeDuplicates();
    return warnings.join(QLatin1Char(' '));
}

bool IndicatorsModel::belongs(const Indicator& indicator) const
{
    return !m_actionId.isEmpty() && indicator.actionId == m_actionId;
}

Indicator IndicatorsModel::newRecord() const
{
    Indicator indicator;
    indicator.actionId = m_actionId;
    indicator.name = tr("New indicator");
    return indicator;
}

bool IndicatorsModel::setField(Indicator& indicator, int column, const QVariant& value)
{
    const QString text = value.toString().trimmed();
    const auto optionalNumber = [&](std::optional<double>& into) {
        if (text.isEmpty()) {
            into.reset(); // unknown, never a made-up zero
            return true;
        }
        bool ok = false;
        const double n = QLocale().toDouble(text, &ok);
        if (!ok)
            return refuse(tr("“%1” is not a number: type one such as %2, or leave it empty "
                             "while it is not known.")
                              .arg(text, QLocale().toString(12.5)));
        into = n;
        return true;
    };
    switch (column) {
    case Name:
        indicator.name = text;
        return true;
    case Unit:
        indicator.unit = text;
        return true;
    case Baseline:
        return optionalNumber(indicator.baseline);
    case Target:
        return optionalNumber(indicator.target);
    case Frequency:
        indicator.frequency = text;
        return true;
    case Source:
        indicator.dataSource = text;
        return true;
    case AddUp:
        indicator.aggregation = value.toInt() == Qt::Checked ? Indicator::Aggregation::Sum
                                                             : Indicator::Aggregation::Latest;
        return true;
    }
    return false;
}

QString IndicatorsModel::addText() const
{
    return tr("Add an indicator");
}

QString IndicatorsModel::editText(const Indicator& indicator) const
{
    return tr("Edit indicator “%1”").arg(indicator.name);
}

QString IndicatorsModel::removeText(const Indicator& indicator) const
{
    return tr("Remove indicator “%1”").arg(indicator.name);
}

QString IndicatorsModel::removeManyText(int count) const
{
    return tr("Remove %n indicator(s)", nullptr, count);
}
