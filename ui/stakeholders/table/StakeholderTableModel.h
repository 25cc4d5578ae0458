// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StakeholderRowIndex.h"
#include "shell/PaneContext.h"
#include "stakeholders/OverdueFollowUps.h"
#include "stakeholders/StakeholderRepository.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

class QTimer;
class ThemeNames;

// The table of every stakeholder, built for network-sized files (50,000 rows): no proxy model.
// The rows are read in a handful of queries and kept, with what sorting and filtering need
// worked out once per row, by a StakeholderRowIndex, so that sorting is a std::sort of row
// numbers and a filter keystroke a substring scan (docs/performance.md).
// Edits go through undo commands; the repositories' signals update the rows one by one, except
// a bulk change (a whole import) announced by many signals, which is caught up in one reset.
class StakeholderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Level,
        Themes,
        Influence,
        Interest,
        Stance,
        Group,
        LastContact,
        ColumnCount
    };
    enum Role
    {
        // The stakeholder's id, to find a row whatever the sorting and filtering.
        IdRole = Qt::UserRole + 1,
        // True when a follow-up promised for before today is still pending: the name is then
        // red and bold, and its tooltip says since when and what is owed.
        OverdueRole,
    };
    using Membership = StakeholderRowIndex::Membership;
    using Filter = StakeholderRowIndex::Filter;

    // When the rows beyond the first screenful are read, and searching and sorting prepared:
    // as soon as the events waiting have been delivered, or when startPreparing() is called
    // (by a view once it has painted the first rows).
    enum class Preparation
    {
        Soon,
        WhenStarted
    };

    explicit StakeholderTableModel(const PaneContext& context, QObject* parent = nullptr,
                                   Preparation preparation = Preparation::Soon);
    ~StakeholderTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Filter& filter() const { return m_index.filter(); }
    void setFilter(const Filter& filter);
    void setFilterText(const QString& text);

    // The fields the table shows (see StakeholderRepository::stakeholderSummaries()); the whole
    // record once it has been edited in this session.
    const Stakeholder& stakeholder(int row) const;
    // The row showing the stakeholder, or -1 (unknown, or filtered out). Reads the rows not
    // read yet first, if any (see isComplete()).
    int rowOf(const QString& id);
    // Stakeholders in the file, shown or not.
    int totalCount() const { return m_index.totalCount(); }
    // Whether every stakeholder has its row: at first only a screenful is read, and the rest
    // right after it is painted.
    bool isComplete() const { return m_index.isComplete(); }
    // The file's themes, which the Themes column shows and the filter may narrow to.
    const ThemeNames& themeNames() const { return *m_themeNames; }

    // Whether searching and sorting are ready without delay: the table shows its rows first,
    // and prepares the rest right after (a filter or a sort asked before waits for it).
    bool isPrepared() const;
    void ensurePrepared();
    // Prepares a slice per event-loop turn from now on (see Preparation).
    void startPreparing();

signals:
    void prepared();
    // A refused edit (validation) or an edit the file could not store; empty when all went well.
    void messageChanged(const QString& message);

private:
    using Row = StakeholderRowIndex::Row;

    // A repository signal set aside during a bulk change.
    struct Deferred
    {
        enum What
        {
            StakeholderChanged, // added or updated
            StakeholderRemoved,
            ContactChanged, // added or updated
            ContactRemoved
        };
        What what;
        Stakeholder stakeholder;
        ContactPerson contact;
        QString id;
    };

    void load();
    void prepareSlice();
    void readRemainingRows();
    QString text(const Row& row, int column) const;
    QVariant tooltip(const Row& row, int column) const;
    // "Follow-up overdue since <date>: <what>", or empty.
    QString overdueText(const QString& stakeholderId) const;
    void readThemes();
    void readMemberRoles();

    void onStakeholderAdded(const Stakeholder& stakeholder);
    void onStakeholderUpdated(const Stakeholder& stakeholder);
    void onStakeholderRemoved(const QString& id);
    void onContactAdded(const ContactPerson& contact);
    void onContactRemoved(const QString& id);
    void onMembersChanged();
    void onThemesChanged();
    void scheduleLastContacts();
    void refreshLastContacts();
    // Places a changed row, shown at oldPos (or -1), where the filter and the sorting now want
    // it, with notifications.
    void reposition(int storage, int oldPos);
    void refreshContactsOf(const QString& stakeholderId);
    void emitColumnChanged(int column);

    void onBulkStarted();
    void onBulkFinished();
    // Applies many set-aside signals at once, in one reset.
    void applyBulk(const std::vector<Deferred>& deferred);

    bool push(const Stakeholder& before, const Stakeholder& after);

    PaneContext m_context;
    StakeholderRepository& m_repository;
    QDate m_today;
    StakeholderRowIndex m_index;
    ThemeNames* m_themeNames;
    // The view's sort column, -1 for none.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_lastContactsPending = false;
    // The follow-ups overdue by stakeholder id, the oldest first (the name's tooltip).
    QHash<QString, QList<OverdueFollowUp>> m_overdue;
    // Runs prepareSlice() once the events waiting (paints, keys) have been delivered.
    QTimer* m_prepareTimer = nullptr;
    // Nesting of bulk changes under way, and the signals they sent so far.
    int m_bulkDepth = 0;
    std::vector<Deferred> m_deferred;
};
