// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictsModel.h"

#include "ProfileRoles.h"
#include "commands/RecordCommands.h"
#include "profile/ProfileRepository.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

using AddDistrict = AddRecordCommand<ProfileRepository, District>;
using EditDistrict = EditRecordCommand<ProfileRepository, District>;
using RemoveDistrict = RemoveRecordCommand<ProfileRepository, District>;

namespace {
QString percentText(double share)
{
    return DistrictsModel::tr("%1 %").arg(QLocale().toString(share, 'f', 1));
}
} // namespace

DistrictsModel::DistrictsModel(const PaneContext& context, QObject* parent)
    : ProfileTableModel(context, parent), m_districts(repository().districts())
{
    connect(&repository(), &ProfileRepository::districtAdded, this, &DistrictsModel::onAdded);
    connect(&repository(), &ProfileRepository::districtUpdated, this, &DistrictsModel::onUpdated);
    connect(&repository(), &ProfileRepository::districtRemoved, this, &DistrictsModel::onRemoved);
}

int DistrictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> DistrictsModel::share(const District& district)
{
    if (!district.population || !district.migrantPopulation || *district.population <= 0)
        return std::nullopt;
    return 100.0 * double(*district.migrantPopulation) / double(*district.population);
}

QVariant DistrictsModel::displayData(const District& d, Column column) const
{
    switch (column) {
    case Name:
        return d.name;
    case Population:
        return d.population ? numberText(*d.population) : QString();
    case MigrantPopulation:
        return d.migrantPopulation ? numberText(*d.migrantPopulation) : QString();
    case Share: {
        const std::optional<double> s = share(d);
        return s ? percentText(*s) : QString();
    }
    case Year:
        return d.year ? QString::number(*d.year) : QString();
    case Source:
        return d.source;
    // One line in the table; the whole text is in the tooltip and the editor.
    case Notes:
        return d.notes.section(QLatin1Char('\n'), 0, 0);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DistrictsModel::editData(const District& d, Column column) const
{
    const auto optional = [](const auto& v) { return v ? QVariant::fromValue(*v) : QVariant(); };
    switch (column) {
    case Name:
        return d.name;
    case Population:
        return optional(d.population);
    case MigrantPopulation:
        return optional(d.migrantPopulation);
    case Share:
        return optional(share(d));
    case Year:
        return optional(d.year);
    case Source:
        return d.source;
    case Notes:
        return d.notes;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DistrictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const District& d = m_districts.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, column);
    case Qt::EditRole:
    case ProfileRoles::SortRole:
        return editData(d, column);
    case Qt::ToolTipRole:
        if (column == Notes && !d.notes.isEmpty())
            return d.notes;
        if (column == Source && !d.source.isEmpty())
            return d.source;
        if (column == Share)
            return tr("Migrant population as a share of the district's population");
        break;
    case Qt::TextAlignmentRole:
        if (column == Population || column == MigrantPopulation || column == Share ||
            column == Year)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        break;
    case ProfileRoles::IdRole:
        return d.meta.id;
    default:
        break;
    }
    return {};
}

QVariant DistrictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ProfileTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("District");
    case Population:
        return tr("Population");
    case MigrantPopulation:
        return tr("Migrants");
    case Share:
        return tr("Share");
    case Year:
        return tr("Year");
    case Source:
        return tr("Source");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

bool DistrictsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const District& before = m_districts.at(index.row());
    District after = before;
    const auto column = Column(index.column());
    switch (column) {
    case Name:
        after.name = value.toString().trimmed();
        break;
    case Source:
        after.source = value.toString().trimmed();
        break;
    case Notes:
        after.notes = value.toString().trimmed();
        break;
    case Population:
    case MigrantPopulation:
    case Year: {
        bool ok = false;
        const std::optional<qint64> n = toNumber(value, &ok);
        if (!ok)
            return refuse(tr("Type a whole number, like %1, or leave the cell empty when the "
                             "figure is not known; “%2” is not a number.")
                              .arg(column == Year ? QString::number(2023) : numberText(1250),
                                   value.toString()));
        if (column == Population)
            after.population = n;
        else if (column == MigrantPopulation)
            after.migrantPopulation = n;
        else
            after.year =
                n ? std::optional<int>(int(std::clamp<qint64>(*n, -1, 99999))) : std::nullopt;
        break;
    }
    case Share:
    case ColumnCount:
        return false;
    }
    if (after == before)
        return true;
    if (std::optional<Error> e = ProfileRepository::validate(after))
        return refuse(e);
    return push(new EditDistrict(&file(), repository(), before, after,
                                 tr("Edit the district “%1”").arg(after.name)));
}

int DistrictsModel::addRecord()
{
    if (isReadOnly())
        return -1;
    District district;
    district.name = tr("New district");
    district.year = QDate::currentDate().year();
    for (const District& d : std::as_const(m_districts))
        district.position = std::max(district.position, d.position + 1);
    auto* command = new AddDistrict(&file(), repository(), district, tr("Add a district"));
    if (!push(command))
        return -1;
    return rowOf(command->record().meta.id);
}

void DistrictsModel::removeRecords(const QList<int>& rows)
{
    if (isReadOnly() || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        const District& d = m_districts.at(row);
        commands << new RemoveDistrict(&file(), repository(), d,
                                       tr("Remove the district “%1”").arg(d.name));
    }
    pushAll(tr("Remove %n district(s)", nullptr, int(commands.size())), commands);
}

QString DistrictsModel::summary() const
{
    if (m_districts.isEmpty())
        return tr("No district yet. Add the city's districts to show where migrants live.");
    qint64 population = 0;
    qint64 migrants = 0;
    bool known = false;
    for (const District& d : m_districts) {
        // Only districts with both figures count, so the share compares like with like.
        if (share(d)) {
            population += *d.population;
            migrants += *d.migrantPopulation;
            known = true;
        }
    }
    if (!known)
        return tr("Enter the population and the migrant population of a district to see the "
                  "migrants' share.");
    return tr("In the districts with both figures: %1 residents, %2 of them migrants (%3).")
        .arg(numberText(population), numberText(migrants),
             percentText(100.0 * double(migrants) / double(population)));
}

int DistrictsModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_districts.size(); ++row) {
        if (m_districts.at(row).meta.id == id)
            return row;
    }
    return -1;
}

void DistrictsModel::onAdded(const District& district)
{
    if (rowOf(district.meta.id) >= 0)
        return onUpdated(district);
    const int row = insertionRow(district);
    beginInsertRows({}, row, row);
    m_districts.insert(row, district);
    endInsertRows();
}

void DistrictsModel::onUpdated(const District& district)
{
    const int row = rowOf(district.meta.id);
    if (row < 0)
        return onAdded(district);
    m_districts[row] = district;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DistrictsModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_districts.removeAt(row);
    endRemoveRows();
}

int DistrictsModel::insertionRow(const District& district) const
{
    const auto before = [&district](const District& d) {
        return district.position < d.position ||
               (district.position == d.position && district.name.trimmed() < d.name);
    };
    const auto it = std::find_if(m_districts.cbegin(), m_districts.cend(), before);
    return int(it - m_districts.cbegin());
}
