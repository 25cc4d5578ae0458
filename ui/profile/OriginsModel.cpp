// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginsModel.h"

#include "ProfileRoles.h"
#include "commands/RecordCommands.h"
#include "common/Validation.h"
#include "profile/ProfileRepository.h"

#include <QDate>

#include <algorithm>

using AddOrigin = AddRecordCommand<ProfileRepository, MigrantOrigin>;
using EditOrigin = EditRecordCommand<ProfileRepository, MigrantOrigin>;
using RemoveOrigin = RemoveRecordCommand<ProfileRepository, MigrantOrigin>;

OriginsModel::OriginsModel(const PaneContext& context, QObject* parent)
    : ProfileTableModel(context, parent), m_origins(repository().origins())
{
    connect(&repository(), &ProfileRepository::originAdded, this, &OriginsModel::onAdded);
    connect(&repository(), &ProfileRepository::originUpdated, this, &OriginsModel::onUpdated);
    connect(&repository(), &ProfileRepository::originRemoved, this, &OriginsModel::onRemoved);
}

int OriginsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OriginsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrantOrigin& o = m_origins.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Country:
            return o.country;
        case Number:
            return numberText(o.number);
        case Year:
            return QString::number(o.year);
        case Source:
            return o.source;
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
    case ProfileRoles::SortRole:
        switch (column) {
        case Country:
            return o.country;
        case Number:
            return o.number;
        case Year:
            return o.year;
        case Source:
            return o.source;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Source && !o.source.isEmpty())
            return o.source;
        break;
    case Qt::TextAlignmentRole:
        if (column == Number || column == Year)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        break;
    case ProfileRoles::IdRole:
        return o.meta.id;
    default:
        break;
    }
    return {};
}

QVariant OriginsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ProfileTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Country:
        return tr("Country of origin");
    case Number:
        return tr("Migrants");
    case Year:
        return tr("Year");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

bool OriginsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const MigrantOrigin& before = m_origins.at(index.row());
    MigrantOrigin after = before;
    switch (Column(index.column())) {
    case Country:
        after.country = value.toString().trimmed();
        break;
    case Number:
    case Year: {
        const bool isNumber = index.column() == Number;
        const QString field = isNumber ? tr("The number of migrants") : tr("The year");
        bool ok = false;
        const std::optional<qint64> n = toNumber(value, &ok);
        if (!ok)
            return refuse(tr("%1 must be a whole number, like %2; “%3” is not.")
                              .arg(field, isNumber ? numberText(1250) : QString::number(2023),
                                   value.toString()));
        if (!n)
            return refuse(Validation::required(QString(), field));
        if (isNumber)
            after.number = *n;
        else
            after.year = int(std::clamp<qint64>(*n, -1, 99999));
        break;
    }
    case Source:
        after.source = value.toString().trimmed();
        break;
    case ColumnCount:
        return false;
    }
    if (after == before)
        return true;
    if (std::optional<Error> e = ProfileRepository::validate(after))
        return refuse(e);
    return push(new EditOrigin(&file(), repository(), before, after,
                               tr("Edit the origin “%1”").arg(after.country)));
}

int OriginsModel::addRecord()
{
    if (isReadOnly())
        return -1;
    MigrantOrigin origin;
    origin.country = tr("New country");
    origin.year = QDate::currentDate().year();
    for (const MigrantOrigin& o : std::as_const(m_origins))
        origin.position = std::max(origin.position, o.position + 1);
    auto* command = new AddOrigin(&file(), repository(), origin, tr("Add an origin"));
    if (!push(command))
        return -1;
    // Still on the stack: a refused command is the only kind the stack deletes at once.
    return rowOf(command->record().meta.id);
}

void OriginsModel::removeRecords(const QList<int>& rows)
{
    if (isReadOnly() || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        const MigrantOrigin& o = m_origins.at(row);
        commands << new RemoveOrigin(&file(), repository(), o,
                                     tr("Remove the origin “%1”").arg(o.country));
    }
    pushAll(tr("Remove %n origin(s)", nullptr, int(commands.size())), commands);
}

QString OriginsModel::summary() const
{
    if (m_origins.isEmpty())
        return tr("No origin yet. Add one row per country, with the year and the source of "
                  "the figure.");
    QString text = tr("Total of the origins listed: %1 migrants.").arg(numberText(total()));
    const auto [first, last] = std::minmax_element(
        m_origins.cbegin(), m_origins.cend(),
        [](const MigrantOrigin& a, const MigrantOrigin& b) { return a.year < b.year; });
    if (first->year != last->year)
        text += QLatin1Char(' ') + tr("The figures date from %1 to %2: compare them with care.")
                                       .arg(first->year)
                                       .arg(last->year);
    return text;
}

int OriginsModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_origins.size(); ++row) {
        if (m_origins.at(row).meta.id == id)
            return row;
    }
    return -1;
}

qint64 OriginsModel::total() const
{
    qint64 sum = 0;
    for (const MigrantOrigin& o : m_origins)
        sum += o.number;
    return sum;
}

void OriginsModel::onAdded(const MigrantOrigin& origin)
{
    if (rowOf(origin.meta.id) >= 0)
        return onUpdated(origin);
    const int row = insertionRow(origin);
    beginInsertRows({}, row, row);
    m_origins.insert(row, origin);
    endInsertRows();
}

void OriginsModel::onUpdated(const MigrantOrigin& origin)
{
    const int row = rowOf(origin.meta.id);
    if (row < 0)
        return onAdded(origin);
    m_origins[row] = origin;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OriginsModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_origins.removeAt(row);
    endRemoveRows();
}

int OriginsModel::insertionRow(const MigrantOrigin& origin) const
{
    const auto before = [&origin](const MigrantOrigin& o) {
        return origin.position < o.position ||
               (origin.position == o.position && origin.number > o.number);
    };
    const auto it = std::find_if(m_origins.cbegin(), m_origins.cend(), before);
    return int(it - m_origins.cbegin());
}
