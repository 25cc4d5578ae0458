// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetLinesModel.h"

#include "city/Repositories.h"
#include "common/Money.h"

#include <QLocale>

using Repo = ActionRepository;

namespace {
// Amounts are typed and shown in whole currency units with cents; stored as cents.
qint64 toCents(const QVariant& value, bool* ok)
{
    const double units = QLocale().toDouble(value.toString(), ok);
    if (!*ok)
        return 0;
    return qRound64(units * 100.0);
}
} // namespace

BudgetLinesModel::BudgetLinesModel(const PaneContext& context, QObject* parent)
    : RecordListModel(
          context, context.repositories.actions(),
          {nullptr, &Repo::budgetLineAdded, &Repo::budgetLineUpdated, &Repo::budgetLineRemoved},
          parent)
{
}

void BudgetLinesModel::setAction(const QString& actionId)
{
    if (actionId == m_actionId)
        return;
    m_actionId = actionId;
    setRecords(actionId.isEmpty() ? QList<BudgetLine>() : repository().budgetLines(actionId));
}

int BudgetLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetLine& b = record(index.row());
    const auto amount = [&](qint64 cents) -> QVariant {
        if (role == Qt::EditRole)
            return QLocale().toString(double(cents) / 100.0, 'f', 2);
        return Money::format(cents, b.currency);
    };
    if (role == Qt::TextAlignmentRole && index.column() >= Planned)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Spent && b.spentCents > b.plannedCents)
        return ActionRepository::warnings(b).join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Label:
        return b.label;
    case Source:
        return b.fundingSource;
    case Currency:
        return b.currency;
    case Planned:
        return amount(b.plannedCents);
    case Committed:
        return amount(b.committedCents);
    case Spent:
        return amount(b.spentCents);
    }
    return {};
}

QVariant BudgetLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("What for");
    case Source:
        return tr("Funding source");
    case Currency:
        return tr("Currency");
    case Planned:
        return tr("Planned");
    case Committed:
        return tr("Committed");
    case Spent:
        return tr("Spent");
    }
    return {};
}

bool BudgetLinesModel::canAddRecord() const
{
    return !m_actionId.isEmpty() && RecordListModel::canAddRecord();
}

int BudgetLinesModel::addRecord()
{
    return canAddRecord() ? RecordListModel::addRecord() : -1;
}

QString BudgetLinesModel::summary() const
{
    qint64 planned = 0;
    qint64 spent = 0;
    QString currency = QStringLiteral("EUR");
    QStringList warnings;
    for (int row = 0; row < rowCount(); ++row) {
        const BudgetLine& b = record(row);
        planned += b.plannedCents;
        spent += b.spentCents;
        currency = b.currency;
        warnings << ActionRepository::warnings(b);
    }
    if (rowCount() == 0)
        return {};
    warnings.removeDuplicates();
    QString text = tr("%1 spent of %2 planned.")
                       .arg(Money::format(spent, currency), Money::format(planned, currency));
    if (!warnings.isEmpty())
        text += QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
    return text;
}

bool BudgetLinesModel::belongs(const BudgetLine& line) const
{
    return !m_actionId.isEmpty() && line.actionId == m_actionId;
}

BudgetLine BudgetLinesModel::newRecord() const
{
    BudgetLine line;
    line.actionId = m_actionId;
    line.fundingSource = tr("Municipal budget");
    return line;
}

bool BudgetLinesModel::setField(BudgetLine& line, int column, const QVariant& value)
{
    bool ok = true;
    switch (column) {
    case Label:
        line.label = value.toString().trimmed();
        return true;
    case Source:
        line.fundingSource = value.toString().trimmed();
        return true;
    case Currency:
        line.currency = value.toString().trimmed();
        return true;
    case Planned:
        line.plannedCents = toCents(value, &ok);
        break;
    case Committed:
        line.committedCents = toCents(value, &ok);
        break;
    case Spent:
        line.spentCents = toCents(value, &ok);
        break;
    default:
        return false;
    }
    if (!ok)
        return refuse(tr("“%1” is not an amount: type a number such as %2.")
                          .arg(value.toString(), QLocale().toString(1250.5, 'f', 2)));
    return true;
}

QString BudgetLinesModel::addText() const
{
    return tr("Add a budget line");
}

QString BudgetLinesModel::editText(const BudgetLine& line) const
{
    return tr("Edit budget line “%1”").arg(line.label.isEmpty() ? line.fundingSource : line.label);
}

QString BudgetLinesModel::removeText(const BudgetLine& line) const
{
    return tr("Remove budget line “%1”")
        .arg(line.label.isEmpty() ? line.fundingSource : line.label);
}

QString BudgetLinesModel::removeManyText(int count) const
{
    return tr("Remove %n budget line(s)", nullptr, count);
}
