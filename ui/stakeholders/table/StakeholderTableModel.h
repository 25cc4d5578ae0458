// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/StakeholderRepository.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QDate>
#include <QHash>

class QTimer;
#include <QSet>

#include <optional>
#include <vector>

// The table of every stakeholder, built for network-sized files (50,000 rows): no proxy model.
// The rows are read in a handful of queries and kept with what sorting and filtering need
// worked out once per row (folded search text, collation key of the name), so that sorting is
// a std::sort of row numbers and a filter keystroke a substring scan (docs/performance.md).
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
        // True when a follow-up promised for before today is still pending.
        OverdueRole,
    };
    enum class Membership
    {
        Any,
        Members,
        NonMembers
    };
    // What the officer narrows the table to; an empty text or unset criterion lets all through.
    struct Filter
    {
        QString text;
        std::optional<Stakeholder::Kind> kind;
        std::optional<Stakeholder::Level> level;
        QString themeId;
        Membership membership = Membership::Any;

        bool operator==(const Filter&) const = default;
    };

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

    const Filter& filter() const { return m_filter; }
    void setFilter(const Filter& filter);
    void setFilterText(const QString& text);

    // The fields the table shows (see StakeholderRepository::stakeholderSummaries()); the whole
    // record once it has been edited in this session.
    const Stakeholder& stakeholder(int row) const;
    // The row showing the stakeholder, or -1 (unknown, or filtered out). Reads the rows not
    // read yet first, if any (see isComplete()).
    int rowOf(const QString& id);
    // Stakeholders in the file, shown or not.
    int totalCount() const { return isComplete() ? int(m_rows.size()) : m_fileCount; }
    // Whether every stakeholder has its row: at first only a screenful is read, and the rest
    // right after it is painted.
    bool isComplete() const { return m_preparedRows > -3; }

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
    // One stakeholder with what showing, sorting and filtering it needs, worked out once.
    struct Row
    {
        Stakeholder stakeholder;
        QString themes;
        QString search; // folded name, notes and contacts
        std::optional<QString> memberRole;
        QDate lastContact;
        bool overdue = false;
        std::optional<QCollatorSortKey> nameKey; // QCollatorSortKey has no default constructor
    };

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
    Row summaryRow(const Stakeholder& stakeholder) const;
    Row makeRow(const Stakeholder& stakeholder) const;
    void fillDerived(Row& row) const;
    QString themesText(const QStringList& themeIds) const;
    QString searchText(const Row& row) const;
    bool matches(const Row& row) const;
    bool lessThan(int a, int b) const;
    // Collation ranks of the column's texts, computed from the distinct values only.
    std::vector<int> textRanks(int column) const;
    QString text(const Row& row, int column) const;
    QVariant tooltip(const Row& row, int column) const;

    // Rebuilds the shown rows from the sorted order and the filter, without notifications.
    void rebuildVisible();
    void sortOrder();
    void computeNameRanks();
    int storageIndex(const QString& id) const;
    // Where the row is shown, or -1; a binary search while the row's sorting fields are those
    // it was placed with.
    int visiblePosition(int storage) const;
    void indexStorage(size_t from);

    void onStakeholderAdded(const Stakeholder& stakeholder);
    void onStakeholderUpdated(const Stakeholder& stakeholder);
    void onStakeholderRemoved(const QString& id);
    void onContactAdded(const ContactPerson& contact);
    void onContactRemoved(const QString& id);
    void onMembersChanged();
    void onThemesChanged();
    void onThemeAdded();
    void scheduleLastContacts();
    void refreshLastContacts();
    // Places a changed row, shown at oldPos (or -1), where the filter and the sorting now want
    // it, with notifications.
    void reposition(int storage, int oldPos);
    void refreshContactsOf(const QString& stakeholderId);
    void emitColumnChanged(int column);
    // Reads every contact text again (one query); returns the stakeholders whose texts changed.
    QSet<QString> reloadContactTexts();

    void onBulkStarted();
    void onBulkFinished();
    // Applies many set-aside signals at once, in one reset.
    void applyBulk(const std::vector<Deferred>& deferred);

    bool push(const Stakeholder& before, const Stakeholder& after);

    PaneContext m_context;
    StakeholderRepository& m_repository;
    QCollator m_collator;
    QDate m_today;
    // In the file's order (by folded name); never reordered, only appended to and erased from.
    std::vector<Row> m_rows;
    // Each stakeholder id's index into m_rows.
    QHash<QString, int> m_storage;
    // Every row's index into m_rows, in the current sort order.
    std::vector<int> m_order;
    // The rows shown: m_order filtered.
    std::vector<int> m_visible;
    // Each row's place in name order, for sorting without comparing text; made again when
    // rows come or go (its size no longer matches) or names change (cleared).
    std::vector<int> m_nameRanks;
    Filter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, QString> m_themeNames;
    QStringList m_themeOrder;
    QHash<QString, QString> m_memberRoles;      // stakeholder id -> role in the group
    QHash<QString, QStringList> m_contactTexts; // stakeholder id -> contact names and e-mails
    QHash<QString, QString> m_contactOwners;    // contact id -> stakeholder id
    bool m_lastContactsPending = false;
    // Rows whose search text and collation key are made; -3 while only the first screenful of
    // rows is read, -2 before the themes are read, -1 before the contacts are.
    int m_preparedRows = -3;
    // The file's count of stakeholders, while not all are read.
    int m_fileCount = 0;
    QHash<QString, QStringList> m_pendingThemes; // read with the contacts, until prepared
    bool m_prepared = false;
    // Runs prepareSlice() once the events waiting (paints, keys) have been delivered.
    QTimer* m_prepareTimer = nullptr;
    // Nesting of bulk changes under way, and the signals they sent so far.
    int m_bulkDepth = 0;
    std::vector<Deferred> m_deferred;
};
