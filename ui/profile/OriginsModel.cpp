// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginsModel.h"

#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "common/TextLimits.h"
#include "common/Validation.h"

#include <QDate>

#include <algorithm>
#include <limits>

OriginsModel::OriginsModel(const PaneContext& context, QObject* parent)
    : RecordListModel(context, context.repositories.profile(),
                      {&ProfileRepository::origins, &ProfileRepository::originAdded,
                       &ProfileRepository::originUpdated, &ProfileRepository::originRemoved},
                      parent)
{
}

int OriginsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OriginsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrantOrigin& o = record(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Country:
            return TextLimits::shortened(o.country);
        case Number:
            return numberText(o.number);
        case Year:
            return QString::number(o.year);
        case Source:
            return TextLimits::shortened(o.source);
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
    case RecordRoles::SortRole:
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
            return TextLimits::shortened(o.source, TextLimits::shownParagraphChars);
        break;
    case Qt::TextAlignmentRole:
        if (column == Number || column == Year)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        break;
    case RecordRoles::IdRole:
        return o.meta.id;
    default:
        break;
    }
    return {};
}

QVariant OriginsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
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

bool OriginsModel::setField(MigrantOrigin& origin, int column, const QVariant& value)
{
    switch (Column(column)) {
    case Country:
        origin.country = value.toString().trimmed();
        break;
    case Number:
    case Year: {
        const bool isNumber = column == Number;
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
            origin.number = *n;
        else
            origin.year = int(std::clamp<qint64>(*n, -1, 99999));
        break;
    }
    case Source:
        origin.source = value.toString().trimmed();
        break;
    case ColumnCount:
        return false;
    }
    return true;
}

MigrantOrigin OriginsModel::newRecord() const
{
    MigrantOrigin origin;
    origin.country = tr("New country");
    origin.year = QDate::currentDate().year();
    return origin;
}

bool OriginsModel::sortsBefore(const MigrantOrigin& origin, const MigrantOrigin& other) const
{
    return origin.number > other.number;
}

QString OriginsModel::addText() const
{
    return tr("Add an origin");
}

QString OriginsModel::editText(const MigrantOrigin& origin) const
{
    return tr("Edit the origin “%1”").arg(origin.country);
}

QString OriginsModel::removeText(const MigrantOrigin& origin) const
{
    return tr("Remove the origin “%1”").arg(origin.country);
}

QString OriginsModel::removeManyText(int count) const
{
    return tr("Remove %n origin(s)", nullptr, count);
}

QString OriginsModel::summary() const
{
    if (m_records.isEmpty())
        return tr("No origin yet. Add one row per country, with the year and the source of "
                  "the figure.");
    // %Ln: the plural and the locale's digit grouping; no city counts 2^31 migrants.
    QString text = tr("Total of the origins listed: %Ln migrant(s).", nullptr,
                      int(std::min<qint64>(total(), std::numeric_limits<int>::max())));
    const auto [first, last] = std::minmax_element(
        m_records.cbegin(), m_records.cend(),
        [](const MigrantOrigin& a, const MigrantOrigin& b) { return a.year < b.year; });
    if (first->year != last->year)
        text += QLatin1Char(' ') + tr("The figures date from %1 to %2: compare them with care.")
                                       .arg(first->year)
                                       .arg(last->year);
    return text;
}

qint64 OriginsModel::total() const
{
    qint64 sum = 0;
    for (const MigrantOrigin& o : m_records)
        sum += o.number;
    return sum;
}
