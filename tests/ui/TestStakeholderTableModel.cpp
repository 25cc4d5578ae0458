// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderTableTesting.h"

// The stakeholder table sorts and filters its own cached rows (no proxy), so these tests check
// that it stays a correct model through every change: single edits, a bulk import, removals
// and theme changes, the first screenful read before the rest, and edits made as undo steps.
class TestStakeholderTableModel : public QObject, protected StakeholderTableTesting
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughEveryChange()
    {
        auto city = makeCity();
        const Stakeholder a = add(*city, QStringLiteral("Association Al Amal"));
        add(*city, QStringLiteral("Croix-Rouge"));
        add(*city, QStringLiteral("Société Générale"), Stakeholder::Kind::PrivateSector);
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));

        model.setFilterText(QStringLiteral("a"));
        model.sort(Model::Kind, Qt::DescendingOrder);
        model.setFilterText(QStringLiteral("as"));
        model.setFilterText(QString());
        model.sort(Model::Name);

        Stakeholder b = add(*city, QStringLiteral("Bab el Bahr"));
        QCOMPARE(names(model).indexOf(QStringLiteral("Bab el Bahr")), 1);
        b.name = QStringLiteral("Zellige Solidaire");
        QVERIFY(city->stakeholders().update(b).ok());
        QCOMPARE(names(model).last(), QStringLiteral("Zellige Solidaire"));
        QVERIFY(city->stakeholders().remove(a).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(a.meta.id), -1);

        // Undo and redo of a removal through a command.
        const QModelIndex name = model.index(model.rowOf(b.meta.id), Model::Name);
        QVERIFY(model.setData(name, QStringLiteral("Amal Zellige")));
        QCOMPARE(names(model).first(), QStringLiteral("Amal Zellige"));
        city->stack().undo();
        QCOMPARE(names(model).last(), QStringLiteral("Zellige Solidaire"));
        city->stack().redo();
        QCOMPARE(names(model).first(), QStringLiteral("Amal Zellige"));
    }

    // An import announces each record; the model catches up once (a reset) when they are many,
    // through the import, its undo and its redo, keeping its sorting and its filter.
    void followsABulkImportInOneReset()
    {
        auto city = makeCity();
        const Stakeholder zeta = add(*city, QStringLiteral("Zeta"));
        add(*city, QStringLiteral("Alpha"));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.ensurePrepared();
        model.sort(Model::Name, Qt::DescendingOrder);
        // Matches the contacts' e-mail addresses p1@, p10@..p19@, p100@..p199@ only.
        model.setFilterText(QStringLiteral("P1"));
        QCOMPARE(model.rowCount(), 0);

        QByteArray csv = "name,kind,level,influence,interest,contact,email,notes\n";
        csv += "Zeta,ngo,local,5,5,,,Updated by the import\n";
        for (int i = 0; i < 499; ++i)
            csv += QStringLiteral("Association %1,ngo,local,3,3,Personne %1,p%1@example.org,\n")
                       .arg(i)
                       .toUtf8();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const Result<ImportReport> r = import(*city, csv);
        QVERIFY(r.ok());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.totalCount(), 501);
        QCOMPARE(model.rowCount(), 111);
        QCOMPARE(ids(model), freshIds(*city, model));
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 501);
        QCOMPARE(model.stakeholder(model.rowOf(zeta.meta.id)).influence, 5);
        QCOMPARE(ids(model), freshIds(*city, model));
        model.setFilterText(QStringLiteral("p1"));

        resets.clear();
        city->stack().undo();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.filter().text, QStringLiteral("p1"));
        model.setFilterText(QString());
        QCOMPARE(names(model), (QStringList{QStringLiteral("Zeta"), QStringLiteral("Alpha")}));
        QCOMPARE(model.stakeholder(model.rowOf(zeta.meta.id)).influence, zeta.influence);
        model.setFilterText(QStringLiteral("p1"));

        resets.clear();
        city->stack().redo();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.totalCount(), 501);
        QCOMPARE(model.rowCount(), 111);
        QCOMPARE(ids(model), freshIds(*city, model));
        // Still row by row afterwards, and for a small import.
        const Stakeholder b = add(*city, QStringLiteral("Bayt p1"));
        QCOMPARE(model.rowOf(b.meta.id), freshIds(*city, model).indexOf(b.meta.id));
        const Result<ImportReport> small =
            import(*city, "name,kind,level,influence,interest,contact,email,notes\n"
                          "Small p1,ngo,local,2,2,Someone,s@example.org,\n");
        QVERIFY(small.ok());
        QCOMPARE(city->stack().index(), 2);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(ids(model), freshIds(*city, model));
        city->stack().undo();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 112);
    }

    void followsRemovalWithItsRecordsAndThemeRenames()
    {
        auto city = makeCity();
        Theme theme = city->repos->themes().themes().first();
        const Stakeholder gone = add(*city, QStringLiteral("Amal"), Stakeholder::Kind::Ngo,
                                     Stakeholder::Level::Local, {theme.meta.id});
        add(*city, QStringLiteral("Bayt"));
        ContactPerson c;
        c.stakeholderId = gone.meta.id;
        c.name = QStringLiteral("Nadia");
        QVERIFY(city->stakeholders().add(c).ok());
        addEngagement(*city, gone, QDate::currentDate().addDays(-20),
                      QDate::currentDate().addDays(-2));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(Model::LastContact, Qt::DescendingOrder);
        model.setFilterText(QStringLiteral("nadia"));
        QCOMPARE(model.rowCount(), 1);

        city->stack().push(new RemoveRecordCommand<StakeholderRepository, Stakeholder>(
            city->file, city->stakeholders(), gone, QStringLiteral("remove")));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 1);
        city->stack().undo();
        // Back with its contact (still found by the filter) and its overdue follow-up.
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.index(0, Model::LastContact).data(Model::OverdueRole).toBool());
        QCOMPARE(model.index(0, Model::Themes).data().toString(), theme.name);

        theme.name = QStringLiteral("Logement");
        QVERIFY(city->repos->themes().update(theme).ok());
        QCOMPARE(model.index(0, Model::Themes).data().toString(), QStringLiteral("Logement"));
        model.setFilter({});
        QCOMPARE(model.rowCount(), 2);
    }

    void followsThemeRemovalAndItsUndo()
    {
        auto city = makeCity();
        const Theme theme = city->repos->themes().themes().first();
        const Stakeholder a = add(*city, QStringLiteral("Amal"), Stakeholder::Kind::Ngo,
                                  Stakeholder::Level::Local, {theme.meta.id});
        add(*city, QStringLiteral("Bayt"));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Model::Filter byTheme;
        byTheme.themeId = theme.meta.id;
        model.setFilter(byTheme);
        QCOMPARE(names(model), QStringList{QStringLiteral("Amal")});

        city->stack().push(new RemoveRecordCommand<ThemeRepository, Theme>(
            city->file, city->repos->themes(), theme, QStringLiteral("remove theme")));
        // The filter on a theme that no longer exists would hide every row: it is dropped.
        QVERIFY(model.filter().themeId.isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOf(a.meta.id), Model::Themes).data().toString(), QString());

        city->stack().undo();
        QCOMPARE(model.index(model.rowOf(a.meta.id), Model::Themes).data().toString(), theme.name);
        model.setFilter(byTheme);
        QCOMPARE(names(model), QStringList{QStringLiteral("Amal")});
    }

    // A long list shows a screenful at once and reads the rest when asked, or as soon as
    // anything needs it, without losing or repeating a stakeholder renamed in between.
    void readsAScreenfulFirstThenTheRest()
    {
        auto city = makeCity();
        QByteArray csv = "name\n";
        for (int i = 0; i < 260; ++i)
            csv += QStringLiteral("Stakeholder %1\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8();
        QVERIFY(import(*city, csv).ok());
        const auto idOf = [&city](const QString& name) {
            return city->stakeholders().byNameKey(name)->meta.id;
        };
        const auto rename = [&city](const QString& id, const QString& name) {
            Stakeholder s = *city->stakeholders().stakeholder(id);
            s.name = name;
            QVERIFY(city->stakeholders().update(s).ok());
        };
        const auto onceEach = [](const QStringList& list) {
            return QSet<QString>(list.cbegin(), list.cend()).size() == list.size();
        };

        {
            Model model(city->context(), nullptr, Model::Preparation::WhenStarted);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model.rowCount(), 200);
            QCOMPARE(model.totalCount(), 260);
            QVERIFY(!model.isComplete());
            QCOMPARE(names(model).last(), QStringLiteral("Stakeholder 199"));
            // Renamed from the first screenful to after it: read again with the rest, kept once.
            rename(idOf(QStringLiteral("Stakeholder 000")), QStringLiteral("Zeta"));
            QVERIFY(model.isComplete());
            QCOMPARE(model.rowCount(), 260);
            QCOMPARE(model.totalCount(), 260);
            QVERIFY(onceEach(ids(model)));
            QCOMPARE(names(model).count(QStringLiteral("Zeta")), 1);
        }
        {
            Model model(city->context(), nullptr, Model::Preparation::WhenStarted);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            // Renamed from after the first screenful to before it: in neither reading, but
            // announced, so added.
            rename(idOf(QStringLiteral("Stakeholder 250")), QStringLiteral("Aaa"));
            QCOMPARE(model.rowCount(), 260);
            QVERIFY(onceEach(ids(model)));
            QCOMPARE(names(model).count(QStringLiteral("Aaa")), 1);
        }
        {
            // Asking where a stakeholder is reads the rest first.
            Model model(city->context(), nullptr, Model::Preparation::WhenStarted);
            QVERIFY(!model.isComplete());
            const int row = model.rowOf(idOf(QStringLiteral("Stakeholder 259")));
            QVERIFY(model.isComplete());
            QCOMPARE(model.index(row, Model::Name).data().toString(),
                     QStringLiteral("Stakeholder 259"));
        }
        {
            // Nothing happens until asked; then the rest comes, prepared, in the file's order.
            Model model(city->context(), nullptr, Model::Preparation::WhenStarted);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTest::qWait(20);
            QVERIFY(!model.isComplete());
            QSignalSpy prepared(&model, &Model::prepared);
            model.startPreparing();
            QVERIFY(prepared.wait());
            Model all(city->context());
            all.ensurePrepared();
            QCOMPARE(ids(model), ids(all));
            QCOMPARE(names(model).first(), QStringLiteral("Aaa"));
            QCOMPARE(names(model).last(), QStringLiteral("Zeta"));
        }
    }

    void setDataPushesACommandAndUndoRestores()
    {
        auto city = makeCity();
        const Stakeholder s = add(*city, QStringLiteral("Amal"));
        add(*city, QStringLiteral("Bayt"));
        Model model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy messages(&model, &Model::messageChanged);
        const int row = model.rowOf(s.meta.id);

        QVERIFY(model.setData(model.index(row, Model::Kind), QStringLiteral("religious")));
        QVERIFY(
            model.setData(model.index(row, Model::Stance),
                          int(Stakeholder::allStances().indexOf(Stakeholder::Stance::Champion))));
        QVERIFY(model.setData(model.index(row, Model::Interest), 5));
        QCOMPARE(city->stack().count(), 3);
        const Stakeholder stored = *city->stakeholders().stakeholder(s.meta.id);
        QCOMPARE(stored.kind, Stakeholder::Kind::Religious);
        QCOMPARE(stored.stance, Stakeholder::Stance::Champion);
        QCOMPARE(stored.interest, 5);
        QCOMPARE(model.index(row, Model::Kind).data().toString(),
                 Stakeholder::label(Stakeholder::Kind::Religious));

        // Refused: out of range, a name another stakeholder has; nothing pushed.
        QVERIFY(!model.setData(model.index(row, Model::Influence), 9));
        QVERIFY(!model.setData(model.index(row, Model::Name), QStringLiteral("BAYT")));
        QCOMPARE(city->stack().count(), 3);
        QVERIFY(!messages.isEmpty());
        QVERIFY(!messages.last().first().toString().isEmpty());

        city->stack().undo();
        city->stack().undo();
        city->stack().undo();
        // Everything but the time of the last write is back.
        Stakeholder restored = *city->stakeholders().stakeholder(s.meta.id);
        restored.meta.updatedAt = s.meta.updatedAt;
        QCOMPARE(restored, s);
        Stakeholder shown = model.stakeholder(model.rowOf(s.meta.id));
        shown.meta.updatedAt = s.meta.updatedAt;
        QCOMPARE(shown, s);
        QCOMPARE(model.index(model.rowOf(s.meta.id), Model::Kind).data().toString(),
                 Stakeholder::label(Stakeholder::Kind::Ngo));
    }
};

QTEST_MAIN(TestStakeholderTableModel)
#include "TestStakeholderTableModel.moc"
