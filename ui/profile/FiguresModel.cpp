// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiguresModel.h"

#include "ProfileRoles.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/Validation.h"
#include "profile/ProfileRepository.h"
#include "themes/ThemeRepository.h"

#include <QDate>

#include <algorithm>

using AddFigure = AddRecordCommand<ProfileRepository, ProfileFigure>;
using EditFigure = EditRecordCommand<ProfileRepository, ProfileFigure>;
using RemoveFigure = RemoveRecordCommand<ProfileRepository, ProfileFigure>;

FiguresModel::FiguresModel(const PaneContext& context, QObject* parent)
    : ProfileTableModel(context, parent), m_figures(repository().figures())
{
    for (const ::Theme& t : context.repositories.themes().themes())
        m_themeNames.insert(t.meta.id, t.name);
    connect(&repository(), &ProfileRepository::figureAdded, this, &FiguresModel::onAdded);
    connect(&repository(), &ProfileRepository::figureUpdated, this, &FiguresModel::onUpdated);
    connect(&repository(), &ProfileRepository::figureRemoved, this, &FiguresModel::onRemoved);
    ThemeRepository* themes = &context.repositories.themes();
    connect(themes, &ThemeRepository::themeAdded, this, &FiguresModel::refreshThemes);
    connect(themes, &ThemeRepository::themeUpdated, this, &FiguresModel::refreshThemes);
    connect(themes, &ThemeRepository::themeRemoved, this, &FiguresModel::refreshThemes);
}

int FiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::displayData(const ProfileFigure& f, Column column) const
{
    switch (column) {
    case Label:
        return f.label;
    case Value:
        return decimalText(f.value);
    case Unit:
        return f.unit;
    case Year:
        return QString::number(f.year);
    case Source:
        return f.source;
    case Theme:
        return m_themeNames.value(f.themeId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FiguresModel::editData(const ProfileFigure& f, Column column) const
{
    switch (column) {
    case Label:
        return f.label;
    case Value:
        return f.value;
    case Unit:
        return f.unit;
    case Year:
        return f.year;
    case Source:
        return f.source;
    case Theme:
        return f.themeId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileFigure& f = m_figures.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(f, column);
    case Qt::EditRole:
        return editData(f, column);
    // Themes sort by name, not by their id.
    case ProfileRoles::SortRole:
        return column == Theme ? displayData(f, column) : editData(f, column);
    case Qt::ToolTipRole:
        if (column == Source && !f.source.isEmpty())
            return f.source;
        break;
    case Qt::TextAlignmentRole:
        if (column == Value || column == Year)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        break;
    case ProfileRoles::IdRole:
        return f.meta.id;
    default:
        break;
    }
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ProfileTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Label:
        return tr("Figure");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Year:
        return tr("Year");
    case Source:
        return tr("Source");
    case Theme:
        return tr("Theme");
    case ColumnCount:
        break;
    }
    return {};
}

bool FiguresModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ProfileFigure& before = m_figures.at(index.row());
    ProfileFigure after = before;
    switch (Column(index.column())) {
    case Label:
        after.label = value.toString().trimmed();
        break;
    case Unit:
        after.unit = value.toString().trimmed();
        break;
    case Source:
        after.source = value.toString().trimmed();
        break;
    case Theme: {
        const QString id = value.toString();
        if (!id.isEmpty() && !m_themeNames.contains(id))
            return refuse(Validation::unknownReference(tr("The theme")).message);
        after.themeId = id;
        break;
    }
    case Value: {
        bool ok = false;
        const std::optional<double> v = toDecimal(value, &ok);
        if (!ok)
            return refuse(tr("The value must be a number, like %1; “%2” is not.")
                              .arg(decimalText(12.5), value.toString()));
        if (!v)
            return refuse(Validation::required(QString(), tr("The value")));
        after.value = *v;
        break;
    }
    case Year: {
        bool ok = false;
        const std::optional<qint64> n = toNumber(value, &ok);
        if (!ok || !n)
            return refuse(Validation::year(0, tr("The year")));
        after.year = int(std::clamp<qint64>(*n, -1, 99999));
        break;
    }
    case ColumnCount:
        return false;
    }
    if (after == before)
        return true;
    if (std::optional<Error> e = ProfileRepository::validate(after))
        return refuse(e);
    return push(new EditFigure(&file(), repository(), before, after,
                               tr("Edit the figure “%1”").arg(after.label)));
}

int FiguresModel::addRecord()
{
    if (isReadOnly())
        return -1;
    ProfileFigure figure;
    figure.label = tr("New figure");
    figure.year = QDate::currentDate().year();
    for (const ProfileFigure& f : std::as_const(m_figures))
        figure.position = std::max(figure.position, f.position + 1);
    auto* command = new AddFigure(&file(), repository(), figure, tr("Add a key figure"));
    if (!push(command))
        return -1;
    return rowOf(command->record().meta.id);
}

void FiguresModel::removeRecords(const QList<int>& rows)
{
    if (isReadOnly() || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        const ProfileFigure& f = m_figures.at(row);
        commands << new RemoveFigure(&file(), repository(), f,
                                     tr("Remove the figure “%1”").arg(f.label));
    }
    pushAll(tr("Remove %n key figure(s)", nullptr, int(commands.size())), commands);
}

int FiguresModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_figures.size(); ++row) {
        if (m_figures.at(row).meta.id == id)
            return row;
    }
    return -1;
}

void FiguresModel::onAdded(const ProfileFigure& figure)
{
    if (rowOf(figure.meta.id) >= 0)
        return onUpdated(figure);
    const int row = insertionRow(figure);
    beginInsertRows({}, row, row);
    m_figures.insert(row, figure);
    endInsertRows();
}

void FiguresModel::onUpdated(const ProfileFigure& figure)
{
    const int row = rowOf(figure.meta.id);
    if (row < 0)
        return onAdded(figure);
    m_figures[row] = figure;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FiguresModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_figures.removeAt(row);
    endRemoveRows();
}

void FiguresModel::refreshThemes()
{
    m_themeNames.clear();
    for (const ::Theme& t : repositories().themes().themes())
        m_themeNames.insert(t.meta.id, t.name);
    // The file clears a removed theme from the figures (and an undo puts it back) without a
    // figure signal, so the references are read again; an edit must never send a stale one.
    for (int row = 0; row < m_figures.size(); ++row) {
        ProfileFigure& f = m_figures[row];
        if (const std::optional<ProfileFigure> stored = repository().figure(f.meta.id))
            f = *stored;
    }
    if (!m_figures.isEmpty())
        emit dataChanged(index(0, Theme), index(int(m_figures.size()) - 1, Theme));
}

int FiguresModel::insertionRow(const ProfileFigure& figure) const
{
    const auto before = [&figure](const ProfileFigure& f) {
        return figure.position < f.position ||
               (figure.position == f.position && figure.label.trimmed() < f.label);
    };
    const auto it = std::find_if(m_figures.cbegin(), m_figures.cend(), before);
    return int(it - m_figures.cbegin());
}
