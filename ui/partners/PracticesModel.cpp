// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticesModel.h"

#include "PartnerCells.h"
#include "PartnerNames.h"
#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "common/ThemeNames.h"
#include "common/Validation.h"
#include "exchange/PracticeOrigin.h"
#include "exchange/PracticeSearch.h"
#include "storage/CityFile.h"

PracticesModel::PracticesModel(const PaneContext& context, PartnerNames& partners,
                               ThemeNames& themes, PracticeSearch& search, QObject* parent)
    : DuplicableListModel(context, context.repositories.exchange(),
                          {&ExchangeRepository::practices, &ExchangeRepository::practiceAdded,
                           &ExchangeRepository::practiceUpdated,
                           &ExchangeRepository::practiceRemoved},
                          parent),
      m_partners(partners), m_themes(themes), m_practiceSearch(search),
      m_ownCityId(context.file.cityId())
{
    connect(&partners, &PartnerNames::changed, this, [this] { repaintColumns(Origin, Partner); });
    connect(&themes, &ThemeNames::changed, this, [this] { repaintColumns(Theme, Theme); });
}

void PracticesModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    const std::optional<QSet<QString>> ids = m_practiceSearch.matching(text);
    QList<GoodPractice> shown;
    for (const GoodPractice& p : repository().practices()) {
        if (!ids || ids->contains(p.meta.id))
            shown << p;
    }
    setRecords(std::move(shown));
}

int PracticesModel::addRecord()
{
    if (!m_search.isEmpty() && !isReadOnly()) {
        setSearch({});
        emit searchCleared();
    }
    return DuplicableListModel::addRecord();
}

bool PracticesModel::belongs(const GoodPractice& practice) const
{
    // The search's index follows the repository before this model does (it was made first), so
    // an edit that makes a practice match, or stop matching, shows at once.
    return m_practiceSearch.matches(practice.meta.id, m_search);
}

QString PracticesModel::originText(const GoodPractice& practice) const
{
    const PracticeOrigin origin = PracticeOrigin::of(practice, m_ownCityId, m_partners.partners());
    switch (origin.kind) {
    case PracticeOrigin::Kind::OwnCity:
        return tr("This city");
    case PracticeOrigin::Kind::Partner:
        return m_partners.name(origin.partnerId);
    case PracticeOrigin::Kind::OtherCity:
        break;
    }
    return tr("Another city");
}

int PracticesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PracticesModel::isEditableColumn(int column) const
{
    // Where a practice came from is a fact of the files, not something to type.
    return column != Origin && column < ColumnCount;
}

QVariant PracticesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoodPractice& p = record(index.row());
    if (role == RecordRoles::IdRole)
        return p.meta.id;
    switch (Column(index.column())) {
    case Title:
        return PartnerCells::text(p.title, role);
    case City:
        return PartnerCells::text(p.cityName, role);
    case Theme:
        if (role == Qt::EditRole)
            return p.themeId;
        return PartnerCells::text(m_themes.name(p.themeId), role);
    case Tags:
        return PartnerCells::text(p.tags, role);
    case Origin:
        if (role == Qt::ToolTipRole)
            return tr("Where this practice came from: this city's own file, or the partner "
                      "city's file it was taken from.");
        return PartnerCells::text(originText(p), role);
    case Partner:
        if (role == Qt::EditRole)
            return p.partnerId;
        return PartnerCells::text(m_partners.name(p.partnerId), role);
    case Description:
        return PartnerCells::text(p.description, role);
    case Source:
        return PartnerCells::text(p.source, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PracticesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Good practice");
    case City:
        return tr("City");
    case Theme:
        return tr("Theme");
    case Tags:
        return tr("Tags");
    case Origin:
        return tr("From");
    case Partner:
        return tr("Partner city");
    case Description:
        return tr("Description");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

bool PracticesModel::setField(GoodPractice& practice, int column, const QVariant& value)
{
    const QString text = value.toString();
    switch (Column(column)) {
    case Title:
        practice.title = text.trimmed();
        break;
    case City:
        practice.cityName = text.trimmed();
        break;
    case Theme:
        if (!text.isEmpty() && !m_themes.contains(text))
            return refuse(Validation::unknownReference(tr("The theme")).message);
        practice.themeId = text;
        break;
    case Tags:
        practice.tags = text.trimmed();
        break;
    case Partner:
        if (!text.isEmpty() && !m_partners.contains(text))
            return refuse(Validation::unknownReference(tr("The partner city")).message);
        practice.partnerId = text;
        break;
    case Description:
        practice.description = text;
        break;
    case Source:
        practice.source = text.trimmed();
        break;
    case Origin:
    case ColumnCount:
        return false;
    }
    return true;
}

GoodPractice PracticesModel::newRecord() const
{
    GoodPractice practice;
    practice.title = tr("New good practice");
    return practice;
}

bool PracticesModel::sortsBefore(const GoodPractice& practice, const GoodPractice& other) const
{
    return practice.title < other.title;
}

QString PracticesModel::addText() const
{
    return tr("Add a good practice");
}

QString PracticesModel::editText(const GoodPractice& practice) const
{
    return tr("Edit the good practice “%1”").arg(practice.title);
}

QString PracticesModel::removeText(const GoodPractice& practice) const
{
    return tr("Remove the good practice “%1”").arg(practice.title);
}

QString PracticesModel::removeManyText(int count) const
{
    return tr("Remove %n good practice(s)", nullptr, count);
}

QString PracticesModel::summary() const
{
    int fromPartners = 0;
    for (const GoodPractice& p : m_records)
        fromPartners += PracticeOrigin::of(p, m_ownCityId, m_partners.partners()).kind !=
                        PracticeOrigin::Kind::OwnCity;
    const int shown = int(m_records.size());
    if (!PracticeSearch::words(m_search).isEmpty())
        return shown == 0 ? tr("No good practice matches “%1”.").arg(m_search.trimmed())
                          : tr("%n good practice(s) match the search, ", nullptr, shown) +
                                tr("%n from partner cities.", nullptr, fromPartners);
    if (shown == 0)
        return tr("No good practice yet. Add what your city does well, and what you learn "
                  "from partner cities.");
    return tr("%n good practice(s), ", nullptr, shown) +
           tr("%n from partner cities.", nullptr, fromPartners);
}

void PracticesModel::repaintColumns(int first, int last)
{
    if (!m_records.isEmpty())
        emit dataChanged(index(0, first), index(int(m_records.size()) - 1, last));
}

void PracticesModel::markAsCopy(GoodPractice& practice) const
{
    practice.title = tr("%1 (copy)").arg(practice.title);
}

QString PracticesModel::duplicateText(const GoodPractice& practice) const
{
    return tr("Duplicate the good practice “%1”").arg(practice.title);
}
