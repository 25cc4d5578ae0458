// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiguresModel.h"

#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "common/TextLimits.h"
#include "common/ThemeNames.h"
#include "common/Validation.h"

#include <QDate>
#include <QFont>
#include <QPalette>

#include <algorithm>

FiguresModel::FiguresModel(const PaneContext& context, QObject* parent)
    : RecordListModel(context, context.repositories.profile(),
                      {&ProfileRepository::figures, &ProfileRepository::figureAdded,
                       &ProfileRepository::figureUpdated, &ProfileRepository::figureRemoved},
                      parent),
      m_themeNames(new ThemeNames(context.repositories.themes(), this))
{
    connect(m_themeNames, &ThemeNames::changed, this, &FiguresModel::refreshThemes);
}

int FiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::displayData(const ProfileFigure& f, Column column) const
{
    switch (column) {
    case Label:
        return TextLimits::shortened(f.label);
    case Value:
        return decimalText(f.value);
    case Unit:
        return TextLimits::shortened(f.unit);
    case Year:
        return QString::number(f.year);
    case Source:
        return TextLimits::shortened(f.source);
    case Theme:
        return m_themeNames->name(f.themeId);
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
    const ProfileFigure& f = figure(index.row());
    const auto column = Column(index.column());
    if (isDraft(index.row())) {
        const bool valueMissing = column == Value && !m_draftHasValue;
        switch (role) {
        case Qt::DisplayRole:
            return valueMissing ? tr("Needed", "a key figure's value not given yet")
                                : displayData(f, column);
        case Qt::EditRole:
        case RecordRoles::SortRole:
            return valueMissing ? QVariant() : editData(f, column);
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::ForegroundRole:
            return valueMissing ? QVariant(QPalette().brush(QPalette::PlaceholderText))
                                : QVariant();
        case Qt::ToolTipRole:
            return tr("Not stored yet: the figure is stored once it has a value.");
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(f, column);
    case Qt::EditRole:
        return editData(f, column);
    // Themes sort by name, not by their id.
    case RecordRoles::SortRole:
        return column == Theme ? displayData(f, column) : editData(f, column);
    case Qt::ToolTipRole:
        if (column == Source && !f.source.isEmpty())
            return TextLimits::shortened(f.source, TextLimits::shownParagraphChars);
        break;
    case Qt::TextAlignmentRole:
        if (column == Value || column == Year)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        break;
    case RecordRoles::IdRole:
        return f.meta.id;
    default:
        break;
    }
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
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

bool FiguresModel::setField(ProfileFigure& figure, int column, const QVariant& value)
{
    switch (Column(column)) {
    case Label:
        figure.label = value.toString().trimmed();
        break;
    case Unit:
        figure.unit = value.toString().trimmed();
        break;
    case Source:
        figure.source = value.toString().trimmed();
        break;
    case Theme: {
        const QString id = value.toString();
        if (!id.isEmpty() && !m_themeNames->contains(id))
            return refuse(Validation::unknownReference(tr("The theme")).message);
        figure.themeId = id;
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
        figure.value = *v;
        break;
    }
    case Year: {
        bool ok = false;
        const std::optional<qint64> n = toNumber(value, &ok);
        if (!ok || !n)
            return refuse(Validation::year(0, tr("The year")));
        figure.year = int(std::clamp<qint64>(*n, -1, 99999));
        break;
    }
    case ColumnCount:
        return false;
    }
    return true;
}

bool FiguresModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly() || !isDraft(index.row()) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return RecordListModel::setData(index, value, role);
    return setDraftField(index.column(), value);
}

bool FiguresModel::setDraftField(int column, const QVariant& value)
{
    ProfileFigure after = *m_draft;
    if (!setField(after, column, value))
        return false;
    const int row = int(m_records.size());
    m_draft = after;
    m_draftHasValue = m_draftHasValue || column == Value;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!m_draftHasValue) {
        clearMessage();
        return true;
    }
    return storeDraft();
}

bool FiguresModel::storeDraft()
{
    ProfileFigure stored = *m_draft;
    if (std::optional<Error> e = repository().validate(stored))
        return refuse(e);
    // After every figure stored now, an undone removal included.
    for (const ProfileFigure& r : std::as_const(m_records))
        stored.position = std::max(stored.position, r.position + 1);
    // The draft's row becomes the figure's: the repository's announcement then finds it (same
    // id) and updates it in place, so the view keeps its current cell and the editor moves on.
    m_records.append(stored);
    m_draft.reset();
    m_draftHasValue = false;
    if (push(new AddRecordCommand<ProfileRepository, ProfileFigure>(&file(), repository(), stored,
                                                                    addText())))
        return true;
    m_draft = m_records.takeLast();
    m_draftHasValue = true;
    return false;
}

int FiguresModel::addRecord()
{
    if (isReadOnly())
        return -1;
    const int row = int(m_records.size());
    if (m_draft)
        return row;
    ProfileFigure draft = newRecord();
    // Its identity now, so that the stored figure is the row the officer typed in.
    draft.meta.id = RecordMeta::newId();
    for (const ProfileFigure& r : std::as_const(m_records))
        draft.position = std::max(draft.position, r.position + 1);
    beginInsertRows({}, row, row);
    m_draft = draft;
    m_draftHasValue = false;
    endInsertRows();
    return row;
}

void FiguresModel::removeRecords(const QList<int>& rows)
{
    QList<int> stored = rows;
    if (m_draft && stored.removeAll(int(m_records.size())) > 0) {
        const int row = int(m_records.size());
        beginRemoveRows({}, row, row);
        m_draft.reset();
        m_draftHasValue = false;
        endRemoveRows();
        clearMessage();
    }
    RecordListModel::removeRecords(stored);
}

ProfileFigure FiguresModel::newRecord() const
{
    ProfileFigure figure;
    figure.label = tr("New figure");
    figure.year = QDate::currentDate().year();
    return figure;
}

bool FiguresModel::sortsBefore(const ProfileFigure& figure, const ProfileFigure& other) const
{
    return figure.label.trimmed() < other.label;
}

QString FiguresModel::addText() const
{
    return tr("Add a key figure");
}

QString FiguresModel::editText(const ProfileFigure& figure) const
{
    return tr("Edit the figure “%1”").arg(figure.label);
}

QString FiguresModel::removeText(const ProfileFigure& figure) const
{
    return tr("Remove the figure “%1”").arg(figure.label);
}

QString FiguresModel::removeManyText(int count) const
{
    return tr("Remove %n key figure(s)", nullptr, count);
}

void FiguresModel::refreshThemes()
{
    // The file clears a removed theme from the figures (and an undo puts it back) without a
    // figure signal, so the references are read again; an edit must never send a stale one.
    for (int row = 0; row < m_records.size(); ++row) {
        ProfileFigure& f = m_records[row];
        if (const std::optional<ProfileFigure> stored = repository().figure(f.meta.id))
            f = *stored;
    }
    if (!m_records.isEmpty())
        emit dataChanged(index(0, Theme), index(int(m_records.size()) - 1, Theme));
}
