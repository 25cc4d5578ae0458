// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholders/table/StakeholderRowIndex.h"

#include <QTest>

// The stakeholder table's rows without a file or a model: the phases of reading and preparing
// them, the sorting keys, the filter and the placing of a changed row.
class TestStakeholderRowIndex : public QObject
{
    Q_OBJECT

private:
    using Index = StakeholderRowIndex;
    using Phase = Index::Phase;
    using Key = Index::SortKey;

    static Stakeholder stakeholder(const QString& id, const QString& name, int influence = 3,
                                   Stakeholder::Kind kind = Stakeholder::Kind::Ngo)
    {
        Stakeholder s;
        s.meta.id = id;
        s.name = name;
        s.influence = influence;
        s.kind = kind;
        return s;
    }

    // The themes as the model hands them over from ThemeNames: names by id, ids in order.
    static bool setThemes(Index& index, const QList<std::pair<QString, QString>>& themes)
    {
        QHash<QString, QString> names;
        QStringList order;
        for (const auto& [id, name] : themes) {
            names.insert(id, name);
            order << id;
        }
        return index.setThemes(names, order);
    }

    // The names shown, in order.
    static QStringList shown(const Index& index)
    {
        QStringList names;
        for (int p = 0; p < index.visibleCount(); ++p)
            names << index.visibleRow(p).stakeholder.name;
        return names;
    }

    // Reads and prepares the rows as the model does, in one go.
    static void prepare(Index& index, const QList<Stakeholder>& rows,
                        const QHash<QString, QStringList>& themes = {},
                        const QList<StakeholderRepository::ContactText>& contacts = {})
    {
        index.readFirstRows(rows, std::nullopt);
        index.readThemes(themes);
        index.readContacts(contacts);
        index.prepareRows(size_t(rows.size()));
    }

    static Index::Texts texts() { return {QStringLiteral("Member"), QStringLiteral(", ")}; }

private slots:
    void phasesOfANetworkSizedFile()
    {
        Index index(texts());
        setThemes(index, {{QStringLiteral("t1"), QStringLiteral("Housing")}});
        index.readFirstRows({stakeholder(QStringLiteral("a"), QStringLiteral("Alpha")),
                             stakeholder(QStringLiteral("b"), QStringLiteral("Beta"))},
                            5);
        QCOMPARE(index.phase(), Phase::FirstScreenRead);
        QVERIFY(!index.isComplete());
        QVERIFY(!index.isPrepared());
        QCOMPARE(index.totalCount(), 5);
        QCOMPARE(index.size(), 2);
        QCOMPARE(index.lastReadName(), QStringLiteral("Beta"));

        // Beta again (renamed meanwhile, say): left out.
        const int came =
            index.readRemainingRows({stakeholder(QStringLiteral("b"), QStringLiteral("Beta")),
                                     stakeholder(QStringLiteral("c"), QStringLiteral("Gamma")),
                                     stakeholder(QStringLiteral("d"), QStringLiteral("Delta")),
                                     stakeholder(QStringLiteral("e"), QStringLiteral("Epsilon"))});
        QCOMPARE(came, 3);
        QCOMPARE(index.phase(), Phase::AllRowsRead);
        QVERIFY(index.isComplete());
        QCOMPARE(index.totalCount(), 5);
        // Unsorted: the file's order, the rest after the first screenful.
        QCOMPARE(shown(index), QStringList({"Alpha", "Beta", "Gamma", "Delta", "Epsilon"}));
        QCOMPARE(index.storageOf(QStringLiteral("d")), 3);
        QCOMPARE(index.storageOf(QStringLiteral("z")), -1);

        index.readThemes({{QStringLiteral("a"), {QStringLiteral("t1")}}});
        QCOMPARE(index.phase(), Phase::ThemesRead);
        // Set aside until the row is prepared.
        QVERIFY(index.row(0).stakeholder.themeIds.isEmpty());

        index.readContacts({{QStringLiteral("k1"), QStringLiteral("e"),
                             QStringLiteral("Zoé Martin"), QStringLiteral("zoe@example.org")}});
        QCOMPARE(index.phase(), Phase::ContactsRead);
        QCOMPARE(index.preparedRows(), 0);

        QCOMPARE(index.prepareRows(2), Phase::ContactsRead);
        QCOMPARE(index.preparedRows(), 2);
        QCOMPARE(index.row(0).themes, QStringLiteral("Housing"));
        QVERIFY(index.row(0).nameKey.has_value());
        QVERIFY(!index.row(2).nameKey.has_value());

        QCOMPARE(index.prepareRows(2), Phase::ContactsRead);
        QCOMPARE(index.prepareRows(2), Phase::Prepared);
        QVERIFY(index.isPrepared());
        QCOMPARE(index.preparedRows(), 5);
        QVERIFY(index.row(4).search.contains(QStringLiteral("zoe@example.org")));
        // Further slices change nothing.
        QCOMPARE(index.prepareRows(2), Phase::Prepared);
    }

    void smallFileIsCompleteAtOnce()
    {
        Index index(texts());
        index.readFirstRows({stakeholder(QStringLiteral("a"), QStringLiteral("Alpha"))},
                            std::nullopt);
        QCOMPARE(index.phase(), Phase::AllRowsRead);
        QVERIFY(index.isComplete());
        QCOMPARE(index.totalCount(), 1);
        // Nothing to prepare: the last step ends at once.
        index.readThemes({});
        index.readContacts({});
        QCOMPARE(index.prepareRows(5000), Phase::Prepared);
    }

    void sortingKeys()
    {
        using K = Stakeholder::Kind;
        Index index(texts());
        prepare(index,
                {stakeholder(QStringLiteral("1"), QStringLiteral("Zoo"), 2, K::Academia),
                 stakeholder(QStringLiteral("2"), QStringLiteral("Item 10"), 5, K::Ngo),
                 stakeholder(QStringLiteral("3"), QStringLiteral("Éducation"), 2, K::Religious),
                 stakeholder(QStringLiteral("4"), QStringLiteral("item 2"), 4, K::Ngo)});
        // By name: accents and case as a reader expects, numbers by value.
        index.sort(Key::Name, Qt::AscendingOrder);
        QCOMPARE(shown(index), QStringList({"Éducation", "item 2", "Item 10", "Zoo"}));
        index.sort(Key::Name, Qt::DescendingOrder);
        QCOMPARE(shown(index), QStringList({"Zoo", "Item 10", "item 2", "Éducation"}));
        // Equal values keep the name order, whichever the direction.
        index.sort(Key::Influence, Qt::AscendingOrder);
        QCOMPARE(shown(index), QStringList({"Éducation", "Zoo", "item 2", "Item 10"}));
        index.sort(Key::Influence, Qt::DescendingOrder);
        QCOMPARE(shown(index), QStringList({"Item 10", "item 2", "Éducation", "Zoo"}));
        // By the kind's label (Academia, NGO…, Religious…), not the kind's number.
        index.sort(Key::Kind, Qt::AscendingOrder);
        QCOMPARE(shown(index), QStringList({"Zoo", "item 2", "Item 10", "Éducation"}));
        // Never contacted comes first, and last once descending.
        index.setLastContacts({{QStringLiteral("2"), {QDate(2024, 1, 1), false}},
                               {QStringLiteral("3"), {QDate(2023, 1, 1), true}}});
        index.sort(Key::LastContact, Qt::AscendingOrder);
        QCOMPARE(shown(index), QStringList({"item 2", "Zoo", "Éducation", "Item 10"}));
        index.sort(Key::LastContact, Qt::DescendingOrder);
        QCOMPARE(shown(index), QStringList({"Item 10", "Éducation", "item 2", "Zoo"}));
        QVERIFY(index.row(2).overdue);
        // By group: non-members (empty text) first, then roles collated.
        index.setMemberRoles(
            {{QStringLiteral("1"), QStringLiteral("Chair")}, {QStringLiteral("4"), QString()}});
        index.setMemberRole(0, index.memberRoleOf(QStringLiteral("1")));
        index.setMemberRole(3, index.memberRoleOf(QStringLiteral("4")));
        QCOMPARE(index.groupText(index.row(3)), QStringLiteral("Member"));
        index.sort(Key::Group, Qt::AscendingOrder);
        QCOMPARE(shown(index), QStringList({"Éducation", "Item 10", "Zoo", "item 2"}));
        // No column chosen is the reader's name order, whatever the direction last asked.
        index.sort(Key::None, Qt::DescendingOrder);
        QCOMPARE(shown(index), QStringList({"Éducation", "item 2", "Item 10", "Zoo"}));
    }

    void filtering()
    {
        using K = Stakeholder::Kind;
        Index index(texts());
        setThemes(index, {{QStringLiteral("t1"), QStringLiteral("Housing")},
                          {QStringLiteral("t2"), QStringLiteral("Health")}});
        index.setMemberRoles({{QStringLiteral("2"), QStringLiteral("Chair")}});
        Stakeholder school = stakeholder(QStringLiteral("1"), QStringLiteral("École Jaurès"));
        school.notes = QStringLiteral("Evening classes");
        prepare(index,
                {school,
                 stakeholder(QStringLiteral("2"), QStringLiteral("Association Asso"), 3,
                             K::MigrantAssociation),
                 stakeholder(QStringLiteral("3"), QStringLiteral("Clinic"), 3, K::Academia)},
                {{QStringLiteral("1"), {QStringLiteral("t1"), QStringLiteral("t2")}},
                 {QStringLiteral("3"), {QStringLiteral("t2")}}},
                {{QStringLiteral("k"), QStringLiteral("3"), QStringLiteral("Nadia"),
                  QStringLiteral("nadia@clinic.example")}});
        index.sort(Key::Name, Qt::AscendingOrder);
        QCOMPARE(index.row(0).themes, QStringLiteral("Housing, Health"));

        Index::Filter f;
        f.text = QStringLiteral("ECOLE");
        index.setFilter(f);
        // Folded: case and accents do not matter.
        QCOMPARE(index.filter().text, QStringLiteral("ecole"));
        QCOMPARE(shown(index), QStringList({"École Jaurès"}));
        f.text = QStringLiteral("classes");
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"École Jaurès"}));
        // Contact names and e-mails are searched too.
        f.text = QStringLiteral("nadia@");
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Clinic"}));
        // Typing on narrows; erasing widens again.
        f.text = QStringLiteral("a");
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Association Asso", "Clinic", "École Jaurès"}));
        f.text = QStringLiteral("as");
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Association Asso", "École Jaurès"}));
        f.text.clear();
        index.setFilter(f);
        QCOMPARE(index.visibleCount(), 3);

        f.kind = K::Academia;
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Clinic"}));
        f.kind.reset();
        f.themeId = QStringLiteral("t2");
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Clinic", "École Jaurès"}));
        f.themeId.clear();
        f.membership = Index::Membership::Members;
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Association Asso"}));
        f.membership = Index::Membership::NonMembers;
        index.setFilter(f);
        QCOMPARE(shown(index), QStringList({"Clinic", "École Jaurès"}));

        // A theme removed from the file drops out of the rows and of the filter.
        f.membership = Index::Membership::Any;
        f.themeId = QStringLiteral("t2");
        index.setFilter(f);
        QVERIFY(setThemes(index, {{QStringLiteral("t1"), QStringLiteral("Housing")}}));
        QVERIFY(index.filter().themeId.isEmpty());
        QCOMPARE(index.row(0).themes, QStringLiteral("Housing"));
        QVERIFY(!setThemes(index, {{QStringLiteral("t1"), QStringLiteral("Housing")}}));
    }

    void placingChangedRows()
    {
        Index index(texts());
        prepare(index, {stakeholder(QStringLiteral("1"), QStringLiteral("Alpha"), 1),
                        stakeholder(QStringLiteral("2"), QStringLiteral("Beta"), 2),
                        stakeholder(QStringLiteral("3"), QStringLiteral("Gamma"), 3)});
        index.sort(Key::Influence, Qt::AscendingOrder);

        // A new row goes where the sorting wants it.
        const int added =
            index.append(stakeholder(QStringLiteral("4"), QStringLiteral("Delta"), 2));
        QCOMPARE(added, 3);
        QCOMPARE(index.visiblePosition(added), -1);
        index.placeInOrder(added);
        const int at = index.visibleInsertionPoint(added);
        // After Beta, whose influence is the same: the name decides.
        QCOMPARE(at, 2);
        index.insertVisible(at, added);
        QCOMPARE(shown(index), QStringList({"Alpha", "Beta", "Delta", "Gamma"}));

        // A changed row finds where it goes from where it was.
        const int beta = index.storageOf(QStringLiteral("2"));
        const int from = index.visiblePosition(beta);
        QCOMPARE(from, 1);
        index.update(beta, stakeholder(QStringLiteral("2"), QStringLiteral("Beta"), 5));
        index.placeInOrder(beta);
        const int to = index.visibleTarget(beta, from);
        QCOMPARE(to, 3);
        index.moveVisible(from, to);
        QCOMPARE(shown(index), QStringList({"Alpha", "Delta", "Gamma", "Beta"}));
        QCOMPARE(index.visiblePositions(), std::vector<int>({0, 3, 2, 1}));

        // Removing renumbers the rows after it.
        index.remove(index.storageOf(QStringLiteral("1")));
        QCOMPARE(shown(index), QStringList({"Delta", "Gamma", "Beta"}));
        QCOMPARE(index.storageOf(QStringLiteral("4")), 2);
        QCOMPARE(index.totalCount(), 3);

        // Descending, a new row is placed from the other end.
        index.sort(Key::Influence, Qt::DescendingOrder);
        QCOMPARE(shown(index), QStringList({"Beta", "Gamma", "Delta"}));
        const int echo = index.append(stakeholder(QStringLiteral("5"), QStringLiteral("Echo"), 4));
        index.placeInOrder(echo);
        QCOMPARE(index.visibleInsertionPoint(echo), 1);
    }

    // No column chosen: the reader's name order, in which new rows are placed one by one or
    // many at once ("Lot 9" before "Lot 10", though the file reads them the other way).
    void noColumnChosenIsTheReadersNameOrder()
    {
        Index index(texts());
        prepare(index, {stakeholder(QStringLiteral("1"), QStringLiteral("Lot 10")),
                        stakeholder(QStringLiteral("2"), QStringLiteral("lot 11")),
                        stakeholder(QStringLiteral("3"), QStringLiteral("Lot 9"))});
        QCOMPARE(shown(index), QStringList({"Lot 10", "lot 11", "Lot 9"}));
        index.sort(Key::None, Qt::AscendingOrder);
        QCOMPARE(shown(index), QStringList({"Lot 9", "Lot 10", "lot 11"}));
        const int added = index.append(stakeholder(QStringLiteral("4"), QStringLiteral("Lot 2")));
        index.placeInOrder(added);
        QCOMPARE(index.visibleInsertionPoint(added), 0);
        index.insertVisible(0, added);
        index.applyChanges({stakeholder(QStringLiteral("5"), QStringLiteral("Lot 100")),
                            stakeholder(QStringLiteral("6"), QStringLiteral("Lot 1"))},
                           {}, {});
        QCOMPARE(shown(index),
                 QStringList({"Lot 1", "Lot 2", "Lot 9", "Lot 10", "lot 11", "Lot 100"}));
    }

    void manyChangesAtOnce()
    {
        Index index(texts());
        prepare(index, {stakeholder(QStringLiteral("1"), QStringLiteral("Alpha")),
                        stakeholder(QStringLiteral("2"), QStringLiteral("Beta")),
                        stakeholder(QStringLiteral("3"), QStringLiteral("Gamma"))});
        index.sort(Key::Name, Qt::DescendingOrder);
        // The contacts of Gamma changed; Beta is renamed, Alpha goes, two come.
        QSet<QString> stale = index.setContactTexts(
            {{QStringLiteral("k"), QStringLiteral("3"), QStringLiteral("Omar"), QString()}});
        QCOMPARE(stale, QSet<QString>({QStringLiteral("3")}));
        index.applyChanges({stakeholder(QStringLiteral("2"), QStringLiteral("Bravo")),
                            stakeholder(QStringLiteral("5"), QStringLiteral("Echo")),
                            stakeholder(QStringLiteral("4"), QStringLiteral("Delta"))},
                           {QStringLiteral("1")}, stale);
        QCOMPARE(shown(index), QStringList({"Gamma", "Echo", "Delta", "Bravo"}));
        // New rows come last in storage, in the order given.
        QCOMPARE(index.storageOf(QStringLiteral("5")), 2);
        QCOMPARE(index.storageOf(QStringLiteral("4")), 3);
        QVERIFY(index.row(index.storageOf(QStringLiteral("3"))).search.contains(u"omar"));
    }
};

QTEST_GUILESS_MAIN(TestStakeholderRowIndex)
#include "TestStakeholderRowIndex.moc"
