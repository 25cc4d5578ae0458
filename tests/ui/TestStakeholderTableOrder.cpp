// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderTableTesting.h"

// The stakeholder table filters and sorts the way a reader expects: text folded for accents
// and case, every criterion of the filter bar, collation, overdue follow-ups and last contacts.
class TestStakeholderTableOrder : public QObject, protected StakeholderTableTesting
{
    Q_OBJECT

private slots:
    void filterFoldsAccentsAndCase()
    {
        auto city = makeCity();
        add(*city, QStringLiteral("Société Générale"), Stakeholder::Kind::PrivateSector);
        add(*city, QStringLiteral("Croix-Rouge"), Stakeholder::Kind::Ngo, Stakeholder::Level::Local,
            {}, QStringLiteral("Partenaire de la SOCIÉTÉ civile"));
        const Stakeholder third = add(*city, QStringLiteral("Mairie"));
        ContactPerson c;
        c.stakeholderId = third.meta.id;
        c.name = QStringLiteral("Hélène Dupont");
        c.email = QStringLiteral("helene@mairie.example.org");
        QVERIFY(city->stakeholders().add(c).ok());

        Model model(city->context());
        model.setFilterText(QStringLiteral("societe"));
        QCOMPARE(names(model),
                 QStringList({QStringLiteral("Croix-Rouge"), QStringLiteral("Société Générale")}));
        model.setFilterText(QStringLiteral("SOCIETE GEN"));
        QCOMPARE(names(model), QStringList({QStringLiteral("Société Générale")}));
        // Contacts' names and e-mails are searched, and follow the contacts' changes.
        model.setFilterText(QStringLiteral("helene"));
        QCOMPARE(names(model), QStringList({QStringLiteral("Mairie")}));
        c.name = QStringLiteral("Ahmed Benali");
        c.email.clear();
        QVERIFY(city->stakeholders().update(c).ok());
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QStringLiteral("benali"));
        QCOMPARE(names(model), QStringList({QStringLiteral("Mairie")}));
        QVERIFY(city->stakeholders().remove(c).ok());
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 3);
    }

    void filtersByKindThemeLevelAndGroup()
    {
        auto city = makeCity();
        const QList<Theme> themes = city->repos->themes().themes();
        QVERIFY(themes.size() >= 2);
        const QString housing = themes.at(0).meta.id;
        const QString health = themes.at(1).meta.id;
        const Stakeholder ngo = add(*city, QStringLiteral("Amal"), Stakeholder::Kind::Ngo,
                                    Stakeholder::Level::Local, {housing});
        add(*city, QStringLiteral("Ministère"), Stakeholder::Kind::GovernmentAgency,
            Stakeholder::Level::National, {health});
        add(*city, QStringLiteral("Clinique"), Stakeholder::Kind::ServiceProvider,
            Stakeholder::Level::Local, {housing, health});
        GroupMember seat;
        seat.stakeholderId = ngo.meta.id;
        seat.role = QStringLiteral("Chair");
        QVERIFY(city->repos->group().add(seat).ok());

        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Themes come with the preparation that follows the first rows.
        QSignalSpy themesShown(&model, &QAbstractItemModel::dataChanged);
        model.ensurePrepared();
        QVERIFY(!themesShown.isEmpty());
        QCOMPARE(model.index(model.rowOf(ngo.meta.id), Model::Group).data().toString(),
                 QStringLiteral("Chair"));
        QCOMPARE(model.index(model.rowOf(ngo.meta.id), Model::Themes).data().toString(),
                 themes.at(0).name);

        Model::Filter f;
        f.kind = Stakeholder::Kind::GovernmentAgency;
        model.setFilter(f);
        QCOMPARE(names(model), QStringList({QStringLiteral("Ministère")}));
        f = {};
        f.level = Stakeholder::Level::Local;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f = {};
        f.themeId = housing;
        model.setFilter(f);
        QCOMPARE(names(model), QStringList({QStringLiteral("Amal"), QStringLiteral("Clinique")}));
        f.membership = Model::Membership::Members;
        model.setFilter(f);
        QCOMPARE(names(model), QStringList({QStringLiteral("Amal")}));
        f.membership = Model::Membership::NonMembers;
        model.setFilter(f);
        QCOMPARE(names(model), QStringList({QStringLiteral("Clinique")}));

        // A new seat moves the row out of the non-members, row by row.
        GroupMember second;
        second.stakeholderId = model.stakeholder(0).meta.id;
        QVERIFY(city->repos->group().add(second).ok());
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.index(model.rowOf(second.stakeholderId), Model::Group).data().toString(),
                 QStringLiteral("Member"));
    }

    void sortsAsAReaderExpects()
    {
        auto city = makeCity();
        for (const char* name :
             {"Zeta", "Éducation Pour Tous", "delta", "ecole ouverte", "Fondation", "Ève"})
            add(*city, QString::fromUtf8(name));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex zeta =
            model.index(names(model).indexOf(QStringLiteral("Zeta")), Model::Name);
        model.sort(Model::Name);
        const QStringList expected{QStringLiteral("delta"),
                                   QStringLiteral("ecole ouverte"),
                                   QStringLiteral("Éducation Pour Tous"),
                                   QStringLiteral("Ève"),
                                   QStringLiteral("Fondation"),
                                   QStringLiteral("Zeta")};
        QCOMPARE(names(model), expected);
        QCOMPARE(zeta.data().toString(), QStringLiteral("Zeta"));
        model.sort(Model::Name, Qt::DescendingOrder);
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(names(model), reversed);
        QCOMPARE(zeta.row(), 0);

        // Sorted by a number, equal values keep the name order; edits keep the sorting.
        model.sort(Model::Influence, Qt::DescendingOrder);
        QCOMPARE(names(model), expected);
        QVERIFY(model.setData(model.index(3, Model::Influence), 5));
        QCOMPARE(names(model).first(), QStringLiteral("Ève"));
        for (int column = 0; column < Model::ColumnCount; ++column) {
            model.sort(column);
            QCOMPARE(model.rowCount(), 6);
        }
    }

    // With no column chosen the rows are in the reader's name order, numbers by their value,
    // and a stakeholder added, renamed or imported takes its place at once, row by row or in
    // a bulk import alike.
    void newAndImportedRowsTakeTheirPlaceAtOnce()
    {
        auto city = makeCity();
        for (const char* name : {"Lot 10", "Lot 9", "Annex", "lot 11"})
            add(*city, QString::fromUtf8(name));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.ensurePrepared();
        QCOMPARE(names(model), QStringList({"Annex", "Lot 9", "Lot 10", "lot 11"}));

        // Added as the officer adds: one undo step, placed without a sort.
        Stakeholder two;
        two.name = QStringLiteral("Lot 2");
        city->stack().push(new AddRecordCommand<StakeholderRepository, Stakeholder>(
            city->file, city->stakeholders(), two, QStringLiteral("add")));
        QCOMPARE(names(model), QStringList({"Annex", "Lot 2", "Lot 9", "Lot 10", "lot 11"}));
        // Renamed, it moves to its new place.
        const std::optional<Stakeholder> annex = city->stakeholders().byNameKey("Annex");
        QVERIFY(model.setData(model.index(0, Model::Name), QStringLiteral("Lot 100")));
        QCOMPARE(names(model), QStringList({"Lot 2", "Lot 9", "Lot 10", "lot 11", "Lot 100"}));
        QCOMPARE(model.rowOf(annex->meta.id), 4);

        // A small import, row by row.
        QVERIFY(import(*city, "name,kind\nLot 1,ngo\nLot 20,ngo\n").ok());
        QCOMPARE(names(model),
                 QStringList({"Lot 1", "Lot 2", "Lot 9", "Lot 10", "lot 11", "Lot 20", "Lot 100"}));
        // A large one, caught up in one reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QByteArray csv = "name,kind\n";
        for (int n = 60; n >= 1; --n)
            csv += "Plot " + QByteArray::number(n) + ",ngo\n";
        QVERIFY(import(*city, csv).ok());
        QCOMPARE(resets.size(), 1);
        QStringList expected{"Lot 1", "Lot 2", "Lot 9", "Lot 10", "lot 11", "Lot 20", "Lot 100"};
        for (int n = 1; n <= 60; ++n)
            expected << QStringLiteral("Plot %1").arg(n);
        QCOMPARE(names(model), expected);
        // What a model opened now shows, first screenful and all.
        Model fresh(city->context());
        fresh.ensurePrepared();
        QCOMPARE(names(fresh), expected);
    }

    void flagsOverdueFollowUps()
    {
        auto city = makeCity();
        const Stakeholder late = add(*city, QStringLiteral("Amal"));
        const Stakeholder onTime = add(*city, QStringLiteral("Bayt"));
        const QDate today = QDate::currentDate();
        addEngagement(*city, late, today.addDays(-30), today.addDays(-5));
        addEngagement(*city, late, today.addDays(-60));
        addEngagement(*city, onTime, today.addDays(-3), today.addDays(10));

        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The last contacts come right after the first rows are shown.
        QSignalSpy prepared(&model, &Model::prepared);
        QVERIFY(!model.isPrepared());
        QVERIFY(prepared.wait());
        QVERIFY(model.isPrepared());
        const QModelIndex lateLast = model.index(model.rowOf(late.meta.id), Model::LastContact);
        QVERIFY(lateLast.data(Model::OverdueRole).toBool());
        QVERIFY(lateLast.data(Qt::ForegroundRole).isValid());
        QCOMPARE(lateLast.data(Qt::EditRole).toDate(), today.addDays(-30));
        QCOMPARE(lateLast.data().toString(),
                 QLocale().toString(today.addDays(-30), QLocale::ShortFormat));
        const QModelIndex onTimeLast = model.index(model.rowOf(onTime.meta.id), Model::LastContact);
        QVERIFY(!onTimeLast.data(Model::OverdueRole).toBool());
        QVERIFY(!onTimeLast.data(Qt::ForegroundRole).isValid());

        // Logging the follow-up as done clears the flag (read again once per edit).
        Engagement owed = city->stakeholders().engagements(late.meta.id).last();
        QVERIFY(owed.followUpPending());
        owed.followUpDone = true;
        QVERIFY(city->stakeholders().update(owed).ok());
        QTRY_VERIFY(!model.index(model.rowOf(late.meta.id), Model::LastContact)
                         .data(Model::OverdueRole)
                         .toBool());
    }

    // Never contacted comes first in ascending order and last in descending order, whether the
    // whole table is sorted or one row is placed after an edit.
    void sortsByLastContactWithTheNeverContactedAtTheEnd()
    {
        auto city = makeCity();
        const QDate today = QDate::currentDate();
        addEngagement(*city, add(*city, QStringLiteral("Amal")), today.addDays(-30));
        addEngagement(*city, add(*city, QStringLiteral("Bayt")), today.addDays(-3));
        const Stakeholder coral = add(*city, QStringLiteral("Coral"));
        add(*city, QStringLiteral("Dune"));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.ensurePrepared();
        model.sort(Model::LastContact, Qt::AscendingOrder);
        QCOMPARE(names(model), QStringList({"Coral", "Dune", "Amal", "Bayt"}));
        model.sort(Model::LastContact, Qt::DescendingOrder);
        QCOMPARE(names(model), QStringList({"Bayt", "Amal", "Coral", "Dune"}));
        addEngagement(*city, coral, today.addDays(-10));
        QTRY_COMPARE(names(model), QStringList({"Bayt", "Coral", "Amal", "Dune"}));
        Model fresh(city->context());
        fresh.ensurePrepared();
        fresh.sort(Model::LastContact, Qt::DescendingOrder);
        QCOMPARE(ids(model), ids(fresh));
    }
};

QTEST_MAIN(TestStakeholderTableOrder)
#include "TestStakeholderTableOrder.moc"
