// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareModel.h"
#include "common/NumberText.h"

#include "common/Money.h"
#include "common/TextLimits.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace {

// Areas: the round and the checklist's version come before the areas.
constexpr int areaFirst = 2;
// Budget: planned, committed, spent per funding source.
constexpr int moneyColumns = 3;
constexpr int planColumns = 8;
constexpr int practiceColumns = 3;

} // namespace

CompareModel::CompareModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind)
{
}

void CompareModel::setComparison(const CityComparison& comparison, int checklist)
{
    beginResetModel();
    m_comparison = comparison;
    m_checklist = checklist;
    endResetModel();
}

const CityComparison::Table* CompareModel::table() const
{
    const QList<CityComparison::Table>& tables = m_comparison.tables();
    return m_checklist >= 0 && m_checklist < tables.size() ? &tables.at(m_checklist) : nullptr;
}

bool CompareModel::isMedianRow(int row) const
{
    return m_kind == Kind::Areas && table() && row == m_comparison.cities().size();
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const int cities = int(m_comparison.cities().size());
    if (m_kind == Kind::Areas)
        return table() ? cities + 1 : 0;
    return cities;
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Areas:
        return table() ? areaFirst + int(table()->areas.size()) : 0;
    case Kind::Themes:
        return int(m_comparison.themes().size()) + 1;
    case Kind::Plan:
        return planColumns;
    case Kind::Budget:
        return int(m_comparison.funding().size()) * moneyColumns;
    case Kind::Practices:
        return practiceColumns;
    }
    return 0;
}

QString CompareModel::percent(double fraction) const
{
    return NumberText::percent(fraction);
}

QString CompareModel::money(qint64 cents, const QString& currency) const
{
    return Money::format(cents, currency);
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A partner's file may hold names of any length: a header shows a line of them.
    const QVariant header = fullHeader(section, orientation, role);
    return header.typeId() == QMetaType::QString
               ? QVariant(TextLimits::shortened(header.toString()))
               : header;
}

QVariant CompareModel::fullHeader(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (isMedianRow(section))
            return tr("Network median");
        if (section < 0 || section >= m_comparison.cities().size())
            return {};
        const CitySummary& city = m_comparison.cities().at(section);
        if (role == Qt::ToolTipRole)
            return section == 0 ? tr("Your city: %1").arg(city.path) : city.path;
        return city.name;
    }
    switch (m_kind) {
    case Kind::Areas:
        if (section == 0)
            return tr("Latest round");
        if (section == 1)
            return tr("Version");
        if (table() && section - areaFirst < table()->areas.size())
            return table()->areas.at(section - areaFirst).title;
        return {};
    case Kind::Themes:
        if (section < m_comparison.themes().size()) {
            const QString name = m_comparison.themes().at(section).name;
            return name.isEmpty() ? tr("No theme") : name;
        }
        return tr("All priorities");
    case Kind::Plan: {
        const QStringList titles{tr("Actions"),     tr("Done"), tr("In progress"), tr("Delayed"),
                                 tr("Not started"), tr("Late"), tr("Cancelled"),   tr("Progress")};
        return titles.value(section);
    }
    case Kind::Budget: {
        const int row = section / moneyColumns;
        if (row >= m_comparison.funding().size())
            return {};
        const CityComparison::FundingRow& f = m_comparison.funding().at(row);
        const QString source = QStringLiteral("%1 (%2)").arg(f.source, f.currency);
        switch (section % moneyColumns) {
        case 0:
            return tr("%1: planned").arg(source);
        case 1:
            return tr("%1: committed").arg(source);
        default:
            return tr("%1: spent").arg(source);
        }
    }
    case Kind::Practices: {
        const QStringList titles{tr("Good practices"), tr("Their own"), tr("From partners")};
        return titles.value(section);
    }
    }
    return {};
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (m_kind) {
    case Kind::Areas:
        return areaData(row, column, role);
    case Kind::Themes: {
        const QList<CityComparison::ThemeRow>& themes = m_comparison.themes();
        const int count = column < themes.size() ? themes.at(column).priorities.value(row)
                                                 : m_comparison.cities().at(row).priorityCount;
        if (role == Qt::DisplayRole || role == ValueRole)
            return role == ValueRole ? QVariant(count) : QVariant(QLocale().toString(count));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Kind::Plan:
        return planData(row, column, role);
    case Kind::Budget:
        return budgetData(row, column, role);
    case Kind::Practices:
        return practiceData(row, column, role);
    }
    return {};
}

QVariant CompareModel::areaData(int row, int column, int role) const
{
    const CityComparison::Table* t = table();
    if (!t)
        return {};
    if (isMedianRow(row)) {
        if (column < areaFirst)
            return {};
        const CityComparison::AreaRow& area = t->areas.at(column - areaFirst);
        if (role == ValueRole)
            return area.median ? QVariant(*area.median) : QVariant();
        if (role == Qt::DisplayRole)
            return area.median
                       ? tr("%1 (of %n cities)", nullptr, area.scored).arg(percent(*area.median))
                       : tr("no score");
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const int ownVersion = t->versions.value(0);
    const int version = t->versions.value(row);
    const bool differs = row > 0 && ownVersion > 0 && version != ownVersion;
    if (role == Qt::BackgroundRole)
        return differs ? QVariant(QBrush(QColor(0xff, 0xf3, 0xcd))) : QVariant();
    if (column == 0)
        return role == Qt::DisplayRole
                   ? QVariant(t->rounds.value(row).isEmpty() ? tr("no round yet")
                                                             : t->rounds.value(row))
                   : QVariant();
    if (column == 1) {
        if (role == Qt::ToolTipRole && differs)
            return version == 0 ? tr("This city does not have this checklist.")
                                : tr("Another version than yours (%1): the questions may "
                                     "differ.")
                                      .arg(ownVersion);
        if (role == Qt::DisplayRole)
            return version == 0 ? tr("missing")
                   : differs    ? QStringLiteral("⚠ %1").arg(version)
                                : QString::number(version);
        if (role == ValueRole)
            return version;
        return {};
    }
    const CityComparison::Cell& cell = t->areas.at(column - areaFirst).cells.at(row);
    if (role == ValueRole)
        return cell.score ? QVariant(*cell.score) : QVariant();
    if (role == Qt::DisplayRole) {
        if (!cell.present)
            return QStringLiteral("–");
        const QString coverage = QStringLiteral("%1/%2").arg(cell.answered).arg(cell.items);
        QString text = cell.score ? tr("%1 (%2 answered)").arg(percent(*cell.score), coverage)
                                  : tr("no score (%1 answered)").arg(coverage);
        if (cell.change) {
            const int points = qRound(*cell.change * 100);
            text += QLatin1Char(' ') + (points > 0   ? QStringLiteral("▲ +%1").arg(points)
                                        : points < 0 ? QStringLiteral("▼ %1").arg(points)
                                                     : QStringLiteral("= 0"));
        }
        return text;
    }
    if (role == Qt::ToolTipRole && cell.present)
        return tr("%1 of %2 items answered; the change is in points since the city's previous "
                  "round.")
            .arg(cell.answered)
            .arg(cell.items);
    return {};
}

QVariant CompareModel::planData(int row, int column, int role) const
{
    const CitySummary::Plan& p = m_comparison.cities().at(row).plan;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (column == planColumns - 1) {
        if (role == ValueRole)
            return p.progress;
        return role == Qt::DisplayRole ? QVariant(percent(p.progress)) : QVariant();
    }
    const int counts[] = {p.actions,    p.done, p.inProgress, p.delayed,
                          p.notStarted, p.late, p.cancelled};
    if (role == ValueRole)
        return counts[column];
    return role == Qt::DisplayRole ? QVariant(QLocale().toString(counts[column])) : QVariant();
}

QVariant CompareModel::budgetData(int row, int column, int role) const
{
    const CityComparison::FundingRow& f = m_comparison.funding().at(column / moneyColumns);
    const CitySummary::Funding& m = f.cities.at(row);
    const qint64 cents = column % moneyColumns == 0   ? m.plannedCents
                         : column % moneyColumns == 1 ? m.committedCents
                                                      : m.spentCents;
    const bool present = f.present.value(row);
    if (role == ValueRole)
        return present ? QVariant(cents) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    // A source the city does not use is absent, not an amount of zero.
    return present ? money(cents, f.currency) : QStringLiteral("–");
}

QVariant CompareModel::practiceData(int row, int column, int role) const
{
    const CitySummary& s = m_comparison.cities().at(row);
    const int counts[] = {s.practices, s.ownPractices, s.practices - s.ownPractices};
    if (role == ValueRole)
        return counts[column];
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return role == Qt::DisplayRole ? QVariant(QLocale().toString(counts[column])) : QVariant();
}
