// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/StakeholderRepository.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

// The stakeholder table's rows, without Qt's model machinery: what is read so far, what
// sorting and filtering need worked out once per row (folded search text, collation key of the
// name), the sorted order and the rows the filter lets through. StakeholderTableModel reads the
// file and sends the notifications; this class keeps the rows, so that it can be tested alone.
//
// On a network-sized file the rows are read and prepared in steps (docs/performance.md), in the
// order of Phase: a first screenful, the rest of the rows, their themes, the contact texts, then
// the search texts and collation keys a slice at a time. Until Prepared, the rows are in the
// file's order and nothing can be sorted or filtered; after, they are sorted (by name when no
// column is chosen) and rows are edited one by one, each new or renamed one put in its place.
class StakeholderRowIndex
{
public:
    enum class Phase
    {
        // A screenful of rows; the file's count stands for the others.
        FirstScreenRead,
        // Every row, without its themes, search text or collation key.
        AllRowsRead,
        // Every stakeholder's themes, set aside until its row is prepared.
        ThemesRead,
        // The contact texts; the rows are being prepared, a slice at a time.
        ContactsRead,
        // Every row has what sorting and filtering need: both are ready.
        Prepared
    };
    // What the rows are sorted by: a table column, or none chosen (the reader's name order,
    // as Name ascending: the file's order by folded name puts "Lot 10" before "Lot 9").
    enum class SortKey
    {
        None,
        Name,
        Kind,
        Level,
        Themes,
        Influence,
        Interest,
        Stance,
        Group,
        LastContact
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
        // Only the stakeholders with a follow-up overdue (Row::overdue).
        bool overdueOnly = false;

        bool operator==(const Filter&) const = default;
    };
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

    // Translated texts the rows are made with.
    struct Texts
    {
        // The group column's text for a member without a role.
        QString member;
        // Between the names of a stakeholder's themes.
        QString themeSeparator;
    };

    explicit StakeholderRowIndex(Texts texts);

    Phase phase() const { return m_phase; }
    // Whether every stakeholder has its row.
    bool isComplete() const { return m_phase != Phase::FirstScreenRead; }
    bool isPrepared() const { return m_phase == Phase::Prepared; }
    // Stakeholders in the file, shown or not.
    int totalCount() const { return isComplete() ? int(m_rows.size()) : m_fileCount; }
    // Rows whose search text and collation key are made, while ContactsRead.
    int preparedRows() const { return int(m_preparedRows); }

    // The steps of Phase, each from the one before. fileCount: the file's count of
    // stakeholders when more remain to be read than the rows given.
    void readFirstRows(const QList<Stakeholder>& rows, std::optional<int> fileCount);
    // Where the rest of the rows starts, by name.
    QString lastReadName() const;
    // The rows not read yet, appended in the file's order; those already there are left out.
    // Returns how many rows came.
    int readRemainingRows(QList<Stakeholder> rows);
    void readThemes(const QHash<QString, QStringList>& themeIdsByStakeholder);
    void readContacts(const QList<StakeholderRepository::ContactText>& contacts);
    // Prepares up to count more rows; returns the phase reached.
    Phase prepareRows(size_t count);

    // Rows in storage order (the file's order, then new rows); shown rows by position.
    int size() const { return int(m_rows.size()); }
    const Row& row(int storage) const { return m_rows.at(size_t(storage)); }
    int visibleCount() const { return int(m_visible.size()); }
    int visibleAt(int position) const { return m_visible.at(size_t(position)); }
    const Row& visibleRow(int position) const { return row(visibleAt(position)); }
    int storageOf(const QString& id) const { return m_storage.value(id, -1); }
    // Where the row is shown, or -1.
    int visiblePosition(int storage) const;
    // Each row's position, or -1 when it is not shown.
    std::vector<int> visiblePositions() const;

    const Filter& filter() const { return m_filter; }
    // The filter as setFilter() keeps it (its text folded).
    static Filter folded(const Filter& filter);
    void setFilter(const Filter& filter);
    bool matches(int storage) const { return matches(m_rows[size_t(storage)]); }
    // Applies the filter to the sorted order again.
    void refilter();

    SortKey sortKey() const { return m_sortKey; }
    // Sorts and filters again.
    void sort(SortKey key, Qt::SortOrder order);

    // Single edits, once prepared. A new or changed row is placed with the calls below.
    int append(const Stakeholder& stakeholder);
    void update(int storage, const Stakeholder& stakeholder);
    void remove(int storage);
    // Puts the row where the sorting wants it in the sorted order.
    void placeInOrder(int storage);
    // Where a row not shown would be inserted among the shown ones.
    int visibleInsertionPoint(int storage) const;
    void insertVisible(int position, int storage);
    void removeVisible(int position);
    // Where a shown row, changed since it was placed at position, now goes.
    int visibleTarget(int storage, int position) const;
    void moveVisible(int from, int to);

    // Themes: the file's themes (names shortened for a cell, by id, and the ids in the themes'
    // order, as ThemeNames has them), or each stakeholder's. setThemes() drops removed themes
    // from the rows and the filter; returns whether the filter lost its theme.
    bool setThemes(const QHash<QString, QString>& names, const QStringList& order);
    bool hasTheme(const QString& themeId) const { return m_themeNames.contains(themeId); }
    void setStakeholderThemes(const QHash<QString, QStringList>& themeIdsByStakeholder);

    // Group members: stakeholder id -> role in the group.
    void setMemberRoles(QHash<QString, QString> roles);
    std::optional<QString> memberRoleOf(const QString& stakeholderId) const;
    void setMemberRole(int storage, const std::optional<QString>& role);
    QString groupText(const Row& row) const;

    // Contacts: their owners and their texts (names and e-mails), which the search looks in.
    // Returns the contact's previous owner.
    QString setContactOwner(const QString& contactId, const QString& stakeholderId);
    QString takeContactOwner(const QString& contactId);
    // One stakeholder's contact texts; returns its row, or -1.
    int setContactTexts(const QString& stakeholderId, const QStringList& texts);
    // Every contact text; returns the stakeholders whose texts changed.
    QSet<QString> setContactTexts(const QList<StakeholderRepository::ContactText>& contacts);

    // Returns the rows (storage) that changed, in storage order.
    std::vector<int>
    setLastContacts(const QHash<QString, StakeholderRepository::LastContact>& last);

    // Many changes at once: rows changed or added (new ones appended in this order), rows
    // removed, rows whose search text is stale. Sorts and filters again.
    void applyChanges(const QList<Stakeholder>& changed, const QSet<QString>& removed,
                      QSet<QString> stale);

private:
    Row summaryRow(const Stakeholder& stakeholder) const;
    Row makeRow(const Stakeholder& stakeholder) const;
    void fillDerived(Row& row) const;
    QString themesText(const QStringList& themeIds) const;
    QString searchText(const Row& row) const;
    // The text a column shows, for the columns sorted by collating it.
    QString collationText(const Row& row, SortKey key) const;
    bool matches(const Row& row) const;
    bool lessThan(int a, int b) const;
    // Collation ranks of the column's texts, computed from the distinct values only.
    std::vector<int> textRanks(SortKey key) const;
    void sortOrder();
    void computeNameRanks();
    void indexStorage(size_t from);

    Texts m_texts;
    QCollator m_collator;
    Phase m_phase = Phase::FirstScreenRead;
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
    SortKey m_sortKey = SortKey::None;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Shared with the model's ThemeNames (implicitly shared: set, never read from the file).
    QHash<QString, QString> m_themeNames;
    QStringList m_themeOrder;
    QHash<QString, QString> m_memberRoles;      // stakeholder id -> role in the group
    QHash<QString, QStringList> m_contactTexts; // stakeholder id -> contact names and e-mails
    QHash<QString, QString> m_contactOwners;    // contact id -> stakeholder id
    // The file's count of stakeholders, while FirstScreenRead.
    int m_fileCount = 0;
    // Rows prepared so far, while ContactsRead.
    size_t m_preparedRows = 0;
    QHash<QString, QStringList> m_pendingThemes; // read with the contacts, until prepared
};
