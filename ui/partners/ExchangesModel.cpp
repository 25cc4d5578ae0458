// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangesModel.h"

#include "PartnerCells.h"
#include "PartnerNames.h"
#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "common/ThemeNames.h"
#include "common/Validation.h"

ExchangesModel::ExchangesModel(const PaneContext& context, PartnerNames& partners,
                               ThemeNames& themes, QObject* parent)
    : DuplicableListModel(context, context.repositories.exchange(),
                          {&ExchangeRepository::exchanges, &ExchangeRepository::exchangeAdded,
                           &ExchangeRepository::exchangeUpdated,
                           &ExchangeRepository::exchangeRemoved},
                          parent),
      m_partners(partners), m_themes(themes)
{
    connect(&partners, &PartnerNames::changed, this, [this] { repaintColumn(Partner); });
    connect(&themes, &ThemeNames::changed, this, [this] { repaintColumn(Theme); });
}

int ExchangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Exchange& e = record(index.row());
    if (role == RecordRoles::IdRole)
        return e.meta.id;
    switch (Column(index.column())) {
    case Title:
        return PartnerCells::text(e.title, role);
    case Kind:
        if (role == Qt::DisplayRole || role == RecordRoles::SortRole)
            return Exchange::label(e.kind);
        if (role == Qt::EditRole)
            return Exchange::toText(e.kind);
        return {};
    case Partner:
        if (role == Qt::EditRole)
            return e.partnerId;
        return PartnerCells::text(m_partners.name(e.partnerId), role);
    case Start:
        return PartnerCells::date(e.startDate, role);
    case End:
        return PartnerCells::date(e.endDate, role);
    case Place:
        return PartnerCells::text(e.place, role);
    case Theme:
        if (role == Qt::EditRole)
            return e.themeId;
        return PartnerCells::text(m_themes.name(e.themeId), role);
    case Participants:
        return PartnerCells::text(e.participants, role);
    case Lessons:
        return PartnerCells::text(e.lessons, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExchangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Exchange");
    case Kind:
        return tr("Kind");
    case Partner:
        return tr("Partner city");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Place:
        return tr("Place");
    case Theme:
        return tr("Theme");
    case Participants:
        return tr("Participants");
    case Lessons:
        return tr("Lessons learned");
    case ColumnCount:
        break;
    }
    return {};
}

bool ExchangesModel::setField(Exchange& exchange, int column, const QVariant& value)
{
    const QString text = value.toString();
    switch (Column(column)) {
    case Title:
        exchange.title = text.trimmed();
        break;
    case Kind: {
        const std::optional<Exchange::Kind> kind = Exchange::fromText(text);
        if (!kind)
            return refuse(tr("“%1” is not a kind of exchange. Choose a study visit, a "
                             "peer-learning meeting, a training academy or an online meeting.")
                              .arg(text));
        exchange.kind = *kind;
        break;
    }
    case Partner:
        if (!text.isEmpty() && !m_partners.contains(text))
            return refuse(Validation::unknownReference(tr("The partner city")).message);
        exchange.partnerId = text;
        break;
    case Start:
        exchange.startDate = value.toDate();
        break;
    case End:
        exchange.endDate = value.toDate();
        break;
    case Place:
        exchange.place = text.trimmed();
        break;
    case Theme:
        if (!text.isEmpty() && !m_themes.contains(text))
            return refuse(Validation::unknownReference(tr("The theme")).message);
        exchange.themeId = text;
        break;
    case Participants:
        exchange.participants = text;
        break;
    case Lessons:
        exchange.lessons = text;
        break;
    case ColumnCount:
        return false;
    }
    return true;
}

Exchange ExchangesModel::newRecord() const
{
    Exchange exchange;
    exchange.title = tr("New exchange");
    exchange.startDate = QDate::currentDate();
    // Most exchanges are with a partner; the only one, when there is one, is a fair guess.
    if (m_partners.partners().size() == 1)
        exchange.partnerId = m_partners.partners().first().meta.id;
    return exchange;
}

bool ExchangesModel::sortsBefore(const Exchange& exchange, const Exchange& other) const
{
    // As the file lists them: by start date, then title.
    return exchange.startDate < other.startDate ||
           (exchange.startDate == other.startDate && exchange.title < other.title);
}

QString ExchangesModel::addText() const
{
    return tr("Add an exchange");
}

QString ExchangesModel::editText(const Exchange& exchange) const
{
    return tr("Edit the exchange “%1”").arg(exchange.title);
}

QString ExchangesModel::removeText(const Exchange& exchange) const
{
    return tr("Remove the exchange “%1”").arg(exchange.title);
}

QString ExchangesModel::removeManyText(int count) const
{
    return tr("Remove %n exchange(s)", nullptr, count);
}

QString ExchangesModel::summary() const
{
    if (m_records.isEmpty())
        return tr("No exchange yet. Add each visit, meeting or academy with what was learned.");
    const QDate today = QDate::currentDate();
    int withLessons = 0;
    int coming = 0;
    for (const Exchange& e : m_records) {
        withLessons += !e.lessons.trimmed().isEmpty();
        coming += e.startDate > today;
    }
    QString text = tr("%n exchange(s), ", nullptr, int(m_records.size())) +
                   tr("%n with lessons learned.", nullptr, withLessons);
    if (coming > 0)
        text += QLatin1Char(' ') + tr("%n to come.", nullptr, coming);
    return text;
}

void ExchangesModel::repaintColumn(int column)
{
    if (!m_records.isEmpty())
        emit dataChanged(index(0, column), index(int(m_records.size()) - 1, column));
}

void ExchangesModel::markAsCopy(Exchange& exchange) const
{
    exchange.title = tr("%1 (copy)").arg(exchange.title);
}

QString ExchangesModel::duplicateText(const Exchange& exchange) const
{
    return tr("Duplicate the exchange “%1”").arg(exchange.title);
}
