// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportPreviewModel.h"

#include "common/TextLimits.h"

#include <QBrush>
#include <QPalette>

namespace {
using Field = StakeholderCsvColumns::Column;

// The field behind each column of the preview after Line and Status.
std::optional<Field> fieldOf(int column)
{
    if (column < StakeholderImportPreviewModel::Name ||
        column >= StakeholderImportPreviewModel::ColumnCount)
        return std::nullopt;
    return StakeholderCsvColumns::all().at(column - StakeholderImportPreviewModel::Name);
}
} // namespace

StakeholderImportPreviewModel::StakeholderImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StakeholderImportPreviewModel::setPreview(const StakeholderCsvImport::Preview& preview,
                                               const QHash<QString, QString>& themeNames)
{
    beginResetModel();
    m_rows = preview.rows;
    m_mapped.clear();
    for (const std::optional<Field>& f : preview.columns) {
        if (f)
            m_mapped.insert(*f);
    }
    m_themeNames = themeNames;
    endResetModel();
}

void StakeholderImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_mapped.clear();
    endResetModel();
}

int StakeholderImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StakeholderImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StakeholderImportPreviewModel::status(const StakeholderCsvImport::Row& row) const
{
    if (row.problem)
        return tr("Left out: %1").arg(row.problem->message);
    if (row.existing)
        return tr("Already in the file");
    return tr("New");
}

QString StakeholderImportPreviewModel::text(const StakeholderCsvImport::Row& row, int column) const
{
    const Stakeholder& s = row.stakeholder;
    const std::optional<Field> field = fieldOf(column);
    // A field no column feeds shows nothing: a new stakeholder gets the defaults.
    if (field && !m_mapped.contains(*field))
        return {};
    switch (column) {
    case Line:
        return QString::number(row.line);
    case Status:
        return status(row);
    case Name:
        return s.name;
    case Kind:
        return row.filled.contains(Field::Kind) ? Stakeholder::label(s.kind) : QString();
    case Level:
        return row.filled.contains(Field::Level) ? Stakeholder::label(s.level) : QString();
    case Themes: {
        QStringList names;
        for (const QString& id : s.themeIds)
            names << m_themeNames.value(id);
        for (const QString& name : row.newThemes)
            names << tr("%1 (new)").arg(name);
        return names.join(QStringLiteral(", "));
    }
    case Influence:
        return row.filled.contains(Field::Influence) ? QString::number(s.influence) : QString();
    case Interest:
        return row.filled.contains(Field::Interest) ? QString::number(s.interest) : QString();
    case Contact:
        return row.contact.name;
    case Email:
        return row.contact.email;
    case Phone:
        return row.contact.phone;
    case Notes:
        // One line in the table; the whole text in the tooltip.
        return s.notes.section(u'\n', 0, 0);
    case NotesPrivate:
        if (!row.filled.contains(Field::NotesPrivate))
            return {};
        return s.notesPrivate ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant StakeholderImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StakeholderCsvImport::Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // A reason is shown whole: it is a sentence of bounded length, the values it quotes
        // already shortened.
        if (index.column() == Status)
            return status(row);
        return TextLimits::shortened(text(row, index.column()));
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return TextLimits::shortened(status(row), TextLimits::shownParagraphChars);
        if (index.column() == Notes)
            return TextLimits::shortened(row.stakeholder.notes, TextLimits::shownParagraphChars);
        return {};
    case Qt::ForegroundRole:
        if (row.problem && index.column() <= Status)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line || index.column() == Influence || index.column() == Interest)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RejectedRole:
        return row.problem.has_value();
    }
    return {};
}

QVariant StakeholderImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                                   int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Line)
        return tr("Line");
    if (section == Status)
        return tr("Import");
    if (const std::optional<Field> field = fieldOf(section))
        return StakeholderCsvColumns::label(*field);
    return {};
}
