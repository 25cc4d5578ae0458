// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictsModel.h"
#include "common/NumberText.h"

#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "common/TextLimits.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace {
QString percentText(double share)
{
    return NumberText::percentValue(share, 1);
}
} // namespace

DistrictsModel::DistrictsModel(const PaneContext& context, QObject* parent)
    : RecordListModel(context, context.repositories.profile(),
                      {&ProfileRepository::districts, &ProfileRepository::districtAdded,
                       &ProfileRepository::districtUpdated, &ProfileRepository::districtRemoved},
                      parent)
{
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
        return TextLimits::shortened(d.name);
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
        return TextLimits::shortened(d.source);
    // One line in the table; the whole text is in the tooltip and the editor.
    case Notes:
        return TextLimits::shortened(d.notes.section(QLatin1Char('\n'), 0, 0));
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
    const District& d = record(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, column);
    case Qt::EditRole:
    case RecordRoles::SortRole:
        return editData(d, column);
    case Qt::ToolTipRole:
        if (column == Notes && !d.notes.isEmpty())
            return TextLimits::shortened(d.notes, TextLimits::shownParagraphChars);
        if (column == Source && !d.source.isEmpty())
            return TextLimits::shortened(d.source, TextLimits::shownParagraphChars);
        if (column == Share)
            return tr("Migrant population as a share of the district's population");
        break;
    case Qt::TextAlignmentRole:
        if (column == Population || column == MigrantPopulation || column == Share ||
            column == Year)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        break;
    case RecordRoles::IdRole:
        return d.meta.id;
    default:
        break;
    }
    return {};
}

QVariant DistrictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
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

bool DistrictsModel::setField(District& district, int column, const QVariant& value)
{
    switch (Column(column)) {
    case Name:
        district.name = value.toString().trimmed();
        break;
    case Source:
        district.source = value.toString().trimmed();
        break;
    case Notes:
        district.notes = value.toString().trimmed();
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
            district.population = n;
        else if (column == MigrantPopulation)
            district.migrantPopulation = n;
        else
            district.year =
                n ? std::optional<int>(int(std::clamp<qint64>(*n, -1, 99999))) : std::nullopt;
        break;
    }
    case Share:
    case ColumnCount:
        return false;
    }
    return true;
}

District DistrictsModel::newRecord() const
{
    District district;
    district.name = tr("New district");
    district.year = QDate::currentDate().year();
    return district;
}

bool DistrictsModel::sortsBefore(const District& district, const District& other) const
{
    return district.name.trimmed() < other.name;
}

QString DistrictsModel::addText() const
{
    return tr("Add a district");
}

QString DistrictsModel::editText(const District& district) const
{
    return tr("Edit the district “%1”").arg(district.name);
}

QString DistrictsModel::removeText(const District& district) const
{
    return tr("Remove the district “%1”").arg(district.name);
}

QString DistrictsModel::removeManyText(int count) const
{
    return tr("Remove %n district(s)", nullptr, count);
}

QString DistrictsModel::summary() const
{
    if (m_records.isEmpty())
        return tr("No district yet. Add the city's districts to show where migrants live.");
    qint64 population = 0;
    qint64 migrants = 0;
    bool known = false;
    for (const District& d : m_records) {
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
