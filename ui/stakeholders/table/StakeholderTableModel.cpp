// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderTableModel.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/DateText.h"
#include "common/TextLimits.h"
#include "common/ThemeNames.h"
#include "shell/FileEdits.h"
#include "stakeholders/GroupRepository.h"
#include "storage/CityFile.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

namespace {

template <typename E>
std::optional<E> enumFrom(const QVariant& value, const QList<E>& all,
                          std::optional<E> (*fromText)(const QString&))
{
    if (value.typeId() == QMetaType::QString) {
        if (std::optional<E> e = fromText(value.toString()))
            return e;
    }
    bool ok = false;
    const int i = value.toInt(&ok);
    if (ok && i >= 0 && i < all.size())
        return all.at(i);
    return std::nullopt;
}

} // namespace

StakeholderTableModel::StakeholderTableModel(const PaneContext& context, QObject* parent,
                                             Preparation preparation)
    : QAbstractTableModel(parent), m_context(context),
      m_repository(context.repositories.stakeholders()), m_today(QDate::currentDate()),
      m_index({tr("Member"), tr(", ")}),
      m_themeNames(new ThemeNames(context.repositories.themes(), this))
{
    m_prepareTimer = new QTimer(this);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(0);
    connect(m_prepareTimer, &QTimer::timeout, this, &StakeholderTableModel::prepareSlice);
    load();
    if (preparation == Preparation::Soon)
        startPreparing();

    StakeholderRepository* repo = &m_repository;
    connect(repo, &StakeholderRepository::stakeholderAdded, this,
            &StakeholderTableModel::onStakeholderAdded);
    connect(repo, &StakeholderRepository::stakeholderUpdated, this,
            &StakeholderTableModel::onStakeholderUpdated);
    connect(repo, &StakeholderRepository::stakeholderRemoved, this,
            &StakeholderTableModel::onStakeholderRemoved);
    connect(repo, &StakeholderRepository::contactAdded, this,
            &StakeholderTableModel::onContactAdded);
    connect(repo, &StakeholderRepository::contactUpdated, this,
            &StakeholderTableModel::onContactAdded);
    connect(repo, &StakeholderRepository::contactRemoved, this,
            &StakeholderTableModel::onContactRemoved);
    connect(repo, &StakeholderRepository::bulkChangeAboutToStart, this,
            &StakeholderTableModel::onBulkStarted);
    connect(repo, &StakeholderRepository::bulkChangeFinished, this,
            &StakeholderTableModel::onBulkFinished);
    // An engagement's removal names only its id: the last contacts are read again, once for
    // all the signals of one edit (a stakeholder's removal announces each of its engagements).
    connect(repo, &StakeholderRepository::engagementAdded, this,
            &StakeholderTableModel::scheduleLastContacts);
    connect(repo, &StakeholderRepository::engagementUpdated, this,
            &StakeholderTableModel::scheduleLastContacts);
    connect(repo, &StakeholderRepository::engagementRemoved, this,
            &StakeholderTableModel::scheduleLastContacts);
    // The group is small (tens of seats): reading it again is cheaper than tracking seat ids.
    GroupRepository* group = &context.repositories.group();
    connect(group, &GroupRepository::memberAdded, this, &StakeholderTableModel::onMembersChanged);
    connect(group, &GroupRepository::memberUpdated, this, &StakeholderTableModel::onMembersChanged);
    connect(group, &GroupRepository::memberRemoved, this, &StakeholderTableModel::onMembersChanged);
    connect(m_themeNames, &ThemeNames::changed, this, &StakeholderTableModel::onThemesChanged);
}

StakeholderTableModel::~StakeholderTableModel() = default;

void StakeholderTableModel::load()
{
    readThemes();
    readMemberRoles();
    // A screenful first (a tall window shows about a hundred rows): reading all 50,000 takes
    // some 200 ms, the first page under one. The rest is read right after the first paint.
    constexpr int firstPage = 200;
    const QList<Stakeholder> first = m_repository.stakeholderSummaries(firstPage);
    m_index.readFirstRows(first, first.size() < firstPage ? std::nullopt
                                                          : std::optional(m_repository.count()));
}

void StakeholderTableModel::readThemes()
{
    m_index.setThemes(m_themeNames->names(), m_themeNames->ids());
}

void StakeholderTableModel::readMemberRoles()
{
    QHash<QString, QString> roles;
    for (const GroupMember& m : m_context.repositories.group().members())
        roles.insert(m.stakeholderId, m.role);
    m_index.setMemberRoles(std::move(roles));
}

void StakeholderTableModel::startPreparing()
{
    // The rest (other rows, themes, contacts, last contacts, search texts, collation keys) is
    // not needed to show the first rows: it is prepared a slice per event-loop turn. A zero
    // timer, not a queued call: Qt delivers posted events (the officer's keys among them)
    // before it.
    if (!m_index.isPrepared())
        m_prepareTimer->start();
}

void StakeholderTableModel::readRemainingRows()
{
    if (isComplete())
        return;
    // After the last row read, by name: a stakeholder renamed since then may come again.
    QList<Stakeholder> rest = m_repository.stakeholderSummaries(-1, m_index.lastReadName());
    rest.removeIf([this](const Stakeholder& s) { return m_index.storageOf(s.meta.id) >= 0; });
    // They go last, in the file's order (see StakeholderRowIndex::readRemainingRows()).
    const int shown = m_index.visibleCount();
    if (!rest.isEmpty())
        beginInsertRows({}, shown, shown + int(rest.size()) - 1);
    m_index.readRemainingRows(rest);
    if (!rest.isEmpty())
        endInsertRows();
}

void StakeholderTableModel::prepareSlice()
{
    using Phase = StakeholderRowIndex::Phase;
    // Each reading is a turn of its own (about 200, 100 and 200 ms on 50,000 stakeholders).
    switch (m_index.phase()) {
    case Phase::FirstScreenRead:
        readRemainingRows();
        break;
    case Phase::AllRowsRead:
        m_index.readThemes(m_repository.themeIdsByStakeholder());
        break;
    case Phase::ThemesRead:
        m_index.readContacts(m_repository.contactTexts());
        break;
    case Phase::ContactsRead:
        // About 30 ms of work per turn on the reference machine, so the view stays responsive.
        m_index.prepareRows(5000);
        break;
    case Phase::Prepared:
        return;
    }
    if (!m_index.isPrepared()) {
        m_prepareTimer->start();
        return;
    }
    // The file's order by folded name is the reader's but for numbers ("Lot 10" before
    // "Lot 9") and a few symbols: the rows now take the collator's order, which new and
    // renamed rows are placed in from now on.
    sort(m_sortColumn, m_sortOrder);
    emitColumnChanged(Themes);
    refreshLastContacts();
    emit prepared();
}

void StakeholderTableModel::ensurePrepared()
{
    while (!m_index.isPrepared())
        prepareSlice();
}

bool StakeholderTableModel::isPrepared() const
{
    return m_index.isPrepared();
}

int StakeholderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_index.visibleCount();
}

int StakeholderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Stakeholder& StakeholderTableModel::stakeholder(int row) const
{
    return m_index.visibleRow(row).stakeholder;
}

QString StakeholderTableModel::text(const Row& row, int column) const
{
    const Stakeholder& s = row.stakeholder;
    switch (column) {
    case Name:
        return s.name;
    case Kind:
        return Stakeholder::label(s.kind);
    case Level:
        return Stakeholder::label(s.level);
    case Themes:
        return row.themes;
    case Influence:
        return QString::number(s.influence);
    case Interest:
        return QString::number(s.interest);
    case Stance:
        return Stakeholder::label(s.stance);
    case Group:
        return m_index.groupText(row);
    case LastContact:
        return DateText::shown(row.lastContact);
    }
    return {};
}

QVariant StakeholderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_index.visibleRow(index.row());
    const Stakeholder& s = row.stakeholder;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Influence || column == Interest)
            return column == Influence ? s.influence : s.interest;
        return TextLimits::shortened(text(row, column));
    case Qt::EditRole:
        switch (column) {
        case Kind:
            return int(Stakeholder::allKinds().indexOf(s.kind));
        case Level:
            return int(Stakeholder::allLevels().indexOf(s.level));
        case Stance:
            return int(Stakeholder::allStances().indexOf(s.stance));
        case Influence:
            return s.influence;
        case Interest:
            return s.interest;
        case LastContact:
            return row.lastContact;
        default:
            return text(row, column);
        }
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::ForegroundRole:
        // Overdue follow-ups stand out on the name and the date, whatever the sorting.
        if (row.overdue && (column == Name || column == LastContact))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Influence || column == Interest)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return s.meta.id;
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QVariant StakeholderTableModel::tooltip(const Row& row, int column) const
{
    switch (column) {
    case Name: {
        QStringList parts;
        if (row.overdue)
            parts << overdueText(row.stakeholder.meta.id);
        if (!row.stakeholder.notes.isEmpty())
            parts << TextLimits::shortened(row.stakeholder.notes, TextLimits::shownParagraphChars);
        parts.removeAll(QString());
        return parts.isEmpty() ? QVariant() : parts.join(QStringLiteral("\n\n"));
    }
    case Themes:
        return row.themes.isEmpty() ? tr("No theme") : row.themes;
    case Group:
        return row.memberRole ? tr("Member of the City Stakeholder Group")
                              : tr("Not a member of the City Stakeholder Group");
    case LastContact:
        if (!row.lastContact.isValid())
            return tr("No engagement logged yet");
        if (row.overdue)
            return tr("Last contact on %1; a follow-up is overdue")
                .arg(QLocale().toString(row.lastContact, QLocale::LongFormat));
        return tr("Last contact on %1")
            .arg(QLocale().toString(row.lastContact, QLocale::LongFormat));
    case Influence:
    case Interest:
        return tr("From %1 (low) to %2 (high)")
            .arg(Stakeholder::minScore)
            .arg(Stakeholder::maxScore);
    default:
        return {};
    }
}

QString StakeholderTableModel::overdueText(const QString& stakeholderId) const
{
    const QList<OverdueFollowUp> owed = m_overdue.value(stakeholderId);
    if (owed.isEmpty())
        return {};
    const OverdueFollowUp& oldest = owed.first();
    const QString since = QLocale().toString(oldest.due, QLocale::LongFormat);
    // The summary may be pages long: its first line says what it is about.
    const QString what = TextLimits::shortened(oldest.what.section(QLatin1Char('\n'), 0, 0));
    QString text = what.trimmed().isEmpty()
                       ? tr("Follow-up overdue since %1").arg(since)
                       : tr("Follow-up overdue since %1: %2").arg(since, what.trimmed());
    if (owed.size() > 1)
        text += QLatin1Char('\n') +
                tr("and %n more follow-up(s) overdue", nullptr, int(owed.size()) - 1);
    return text;
}

QVariant StakeholderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Level:
        return tr("Level");
    case Themes:
        return tr("Themes");
    case Influence:
        return tr("Influence");
    case Interest:
        return tr("Interest");
    case Stance:
        return tr("Stance");
    case Group:
        return tr("Group");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

Qt::ItemFlags StakeholderTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_context.file.isReadOnly())
        return f;
    switch (index.column()) {
    case Name:
    case Kind:
    case Level:
    case Influence:
    case Interest:
    case Stance:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool StakeholderTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_context.file.isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The rows hold only what the table shows: the edit starts from the whole record.
    const std::optional<Stakeholder> before =
        m_repository.stakeholder(stakeholder(index.row()).meta.id);
    if (!before)
        return false;
    Stakeholder after = *before;
    bool ok = true;
    switch (index.column()) {
    case Name:
        after.name = value.toString().trimmed();
        break;
    case Kind:
        if (auto k = enumFrom(value, Stakeholder::allKinds(), &Stakeholder::kindFromText))
            after.kind = *k;
        else
            ok = false;
        break;
    case Level:
        if (auto l = enumFrom(value, Stakeholder::allLevels(), &Stakeholder::levelFromText))
            after.level = *l;
        else
            ok = false;
        break;
    case Stance:
        if (auto st = enumFrom(value, Stakeholder::allStances(), &Stakeholder::stanceFromText))
            after.stance = *st;
        else
            ok = false;
        break;
    case Influence:
    case Interest:
        (index.column() == Influence ? after.influence : after.interest) = value.toInt(&ok);
        break;
    default:
        return false;
    }
    if (!ok)
        return false;
    if (after == *before)
        return true;
    if (std::optional<Error> e = m_repository.validate(after)) {
        emit messageChanged(e->message);
        return false;
    }
    return push(*before, after);
}

bool StakeholderTableModel::push(const Stakeholder& before, const Stakeholder& after)
{
    const QString failure =
        FileEdits::push(m_context, {new EditRecordCommand<StakeholderRepository, Stakeholder>(
                                       &m_context.file, m_repository, before, after,
                                       tr("Edit stakeholder “%1”").arg(after.name))});
    emit messageChanged(failure);
    return failure.isEmpty();
}
