// SPDX-License-Identifier: GPL-3.0-or-later
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "common/RecordSortProxy.h"
#include "profile/DistrictsModel.h"
#include "profile/FiguresModel.h"
#include "profile/OriginsModel.h"
#include "profile/ProfileRepository.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <memory>

// The profile's table models edit only through undo commands, refuse invalid input without
// touching the file, and follow the repository row by row (undo and redo included).
class TestProfileModels : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<CityFile> file;
        std::unique_ptr<Repositories> repos;

        PaneContext context() { return {*file, *repos, *file->undoStack()}; }
        ProfileRepository& profile() { return repos->profile(); }
        QUndoStack& stack() { return *file->undoStack(); }
    };

    static std::unique_ptr<Fixture> makeCity()
    {
        auto city = std::make_unique<Fixture>();
        CityFile::NewCity identity;
        identity.name = QStringLiteral("Tangier");
        identity.country = QStringLiteral("MA");
        CityFile::OpenResult r = CitySeeder::createFile(
            city->dir.filePath(QStringLiteral("tangier.passerelle")), identity);
        if (!r.ok())
            qFatal("cannot create the test city: %s", qPrintable(r.error().message()));
        city->file = r.take();
        city->repos = std::make_unique<Repositories>(*city->file);
        return city;
    }

    static MigrantOrigin addOrigin(Fixture& city, const QString& country, qint64 number,
                                   int year = 2022)
    {
        MigrantOrigin o;
        o.country = country;
        o.number = number;
        o.year = year;
        if (Result<void> r = city.profile().add(o); !r)
            qFatal("cannot add an origin: %s", qPrintable(r.error().message));
        return o;
    }

    static District addDistrict(Fixture& city, const QString& name,
                                std::optional<qint64> population, std::optional<qint64> migrants)
    {
        District d;
        d.name = name;
        d.population = population;
        d.migrantPopulation = migrants;
        d.year = 2021;
        if (Result<void> r = city.profile().add(d); !r)
            qFatal("cannot add a district: %s", qPrintable(r.error().message));
        return d;
    }

private slots:
    void originsPassTheModelTester()
    {
        auto city = makeCity();
        addOrigin(*city, QStringLiteral("Senegal"), 1200);
        addOrigin(*city, QStringLiteral("Côte d'Ivoire"), 800);
        OriginsModel model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OriginsModel::ColumnCount));
        // The file's order: largest number first.
        QCOMPARE(model.data(model.index(0, OriginsModel::Country)).toString(),
                 QStringLiteral("Senegal"));
        QCOMPARE(model.total(), 2000);

        // Edits, additions, removals and their undo keep the tester satisfied.
        QVERIFY(model.setData(model.index(1, OriginsModel::Number), 900));
        QVERIFY(model.addRecord() >= 0);
        model.removeRecords({0, 2});
        city->stack().undo();
        city->stack().undo();
        city->stack().undo();
        city->stack().redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.origin(1).number, 900);
    }

    void setDataPushesOneCommandAndStores()
    {
        auto city = makeCity();
        const MigrantOrigin senegal = addOrigin(*city, QStringLiteral("Senegal"), 1200);
        OriginsModel model(city->context());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QCOMPARE(model.index(0, OriginsModel::Country).data(RecordRoles::IdRole).toString(),
                 senegal.meta.id);
        const QModelIndex number = model.index(0, OriginsModel::Number);
        QVERIFY(model.setData(number, 2500));
        QCOMPARE(city->stack().count(), 1);
        QCOMPARE(city->profile().origin(senegal.meta.id)->number, 2500);
        QCOMPARE(number.data(Qt::EditRole).toLongLong(), 2500);
        QCOMPARE(changed.count(), 1);

        // A number typed as text, with the locale's group separator, is understood.
        QVERIFY(model.setData(number, QLocale().toString(qint64(3100))));
        QCOMPARE(city->profile().origin(senegal.meta.id)->number, 3100);

        city->stack().undo();
        QCOMPARE(city->profile().origin(senegal.meta.id)->number, 2500);
        QCOMPARE(number.data(Qt::EditRole).toLongLong(), 2500);
        city->stack().undo();
        QCOMPARE(number.data(Qt::EditRole).toLongLong(), 1200);
        city->stack().redo();
        QCOMPARE(number.data(Qt::EditRole).toLongLong(), 2500);
        QCOMPARE(city->profile().origin(senegal.meta.id)->number, 2500);
        // Edits update rows; they never reset the model.
        QCOMPARE(reset.count(), 0);

        // Setting the same value is not an edit.
        const int steps = city->stack().count();
        QVERIFY(model.setData(number, 2500));
        QCOMPARE(city->stack().count(), steps);
    }

    void invalidInputIsRefusedAndShown()
    {
        auto city = makeCity();
        const MigrantOrigin senegal = addOrigin(*city, QStringLiteral("Senegal"), 1200);
        OriginsModel model(city->context());
        QSignalSpy messages(&model, &RecordTableModel::messageChanged);
        const QDateTime lastWrite = city->file->lastWrite();

        QVERIFY(!model.setData(model.index(0, OriginsModel::Country), QStringLiteral("   ")));
        QVERIFY(!model.setData(model.index(0, OriginsModel::Year), 1700));
        QVERIFY(!model.setData(model.index(0, OriginsModel::Number), QStringLiteral("many")));
        QVERIFY(!model.setData(model.index(0, OriginsModel::Number), -5));
        QVERIFY(!model.setData(model.index(0, OriginsModel::Number), QVariant()));

        QCOMPARE(messages.count(), 5);
        for (const QList<QVariant>& message : messages)
            QVERIFY(!message.at(0).toString().isEmpty());
        QVERIFY(messages.at(1).at(0).toString().contains(QStringLiteral("1800")));
        QVERIFY(messages.at(2).at(0).toString().contains(QStringLiteral("many")));
        QCOMPARE(city->stack().count(), 0);
        QCOMPARE(city->file->lastWrite(), lastWrite);
        QCOMPARE(*city->profile().origin(senegal.meta.id), senegal);

        // The next good edit clears the message.
        QVERIFY(model.setData(model.index(0, OriginsModel::Source), QStringLiteral("INS 2022")));
        QVERIFY(messages.last().at(0).toString().isEmpty());
    }

    void repositorySignalsBecomeRowChanges()
    {
        auto city = makeCity();
        addOrigin(*city, QStringLiteral("Senegal"), 1200);
        OriginsModel model(city->context());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const MigrantOrigin mali = addOrigin(*city, QStringLiteral("Mali"), 5000);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // largest first, as the file orders them
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(city->profile().remove(mali).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void addAndRemoveAreUndoable()
    {
        auto city = makeCity();
        addOrigin(*city, QStringLiteral("Senegal"), 1200);
        addOrigin(*city, QStringLiteral("Mali"), 900);
        OriginsModel model(city->context());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const int row = model.addRecord();
        QCOMPARE(row, 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.origin(row).year, QDate::currentDate().year());
        QVERIFY(!model.origin(row).country.isEmpty());
        QCOMPARE(city->profile().origins().size(), 3);
        QCOMPARE(city->stack().count(), 1);

        // Two rows removed: one undo step.
        model.removeRecords({0, 1});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(city->stack().count(), 2);
        QCOMPARE(city->profile().origins().size(), 1);

        city->stack().undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(city->profile().origins().size(), 3);
        QCOMPARE(model.origin(0).country, QStringLiteral("Senegal"));
        city->stack().undo();
        QCOMPARE(model.rowCount(), 2);
        city->stack().redo();
        QCOMPARE(model.rowCount(), 3);
    }

    void districtsWorkOutTheShare()
    {
        auto city = makeCity();
        const District medina = addDistrict(*city, QStringLiteral("Médina"), 40000, 6000);
        addDistrict(*city, QStringLiteral("Beni Makada"), std::nullopt, 2000);
        DistrictsModel model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(medina.meta.id);
        QCOMPARE(model.index(row, DistrictsModel::Share).data(Qt::EditRole).toDouble(), 15.0);
        QVERIFY(!(model.flags(model.index(row, DistrictsModel::Share)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, DistrictsModel::Share), 20));
        QVERIFY(model.index(1 - row, DistrictsModel::Share).data().toString().isEmpty());

        // An empty cell is an unknown figure, not zero.
        QVERIFY(model.setData(model.index(row, DistrictsModel::MigrantPopulation), QVariant()));
        QCOMPARE(city->profile().district(medina.meta.id)->migrantPopulation, std::nullopt);
        QVERIFY(model.index(row, DistrictsModel::Share).data().toString().isEmpty());
        city->stack().undo();
        QCOMPARE(city->profile().district(medina.meta.id)->migrantPopulation, 6000);
        QVERIFY(model.summary().contains(QLocale().toString(qint64(40000))));

        QVERIFY(!model.setData(model.index(row, DistrictsModel::Population), -1));
        QVERIFY(!model.setData(model.index(row, DistrictsModel::Name), QString()));
        QCOMPARE(city->stack().count(), 1);

        model.removeRecords({0});
        QCOMPARE(model.rowCount(), 1);
        city->stack().undo();
        QCOMPARE(model.rowCount(), 2);
    }

    void figuresChooseAThemeFromTheList()
    {
        auto city = makeCity();
        FiguresModel model(city->context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.addRecord();
        QCOMPARE(row, 0);
        QVERIFY(model.setData(model.index(row, FiguresModel::Label),
                              QStringLiteral("Foreign-born residents")));
        QVERIFY(model.setData(model.index(row, FiguresModel::Value), 12400.5));
        QCOMPARE(city->profile().figures().first().value, 12400.5);

        const Theme education = *city->repos->themes().themeByKey(QStringLiteral("education"));
        QVERIFY(model.setData(model.index(row, FiguresModel::Theme), education.meta.id));
        QCOMPARE(city->profile().figures().first().themeId, education.meta.id);
        QCOMPARE(model.index(row, FiguresModel::Theme).data().toString(), education.name);

        // A theme that is not in the file is refused.
        QVERIFY(!model.setData(model.index(row, FiguresModel::Theme),
                               QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY(!model.setData(model.index(row, FiguresModel::Value), QStringLiteral("twelve")));
        QCOMPARE(city->profile().figures().first().themeId, education.meta.id);

        // Renaming the theme shows at once: the views are told to repaint the column.
        Theme renamed = education;
        renamed.name = QStringLiteral("Schools");
        QSignalSpy repainted(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(city->repos->themes().update(renamed).ok());
        QCOMPARE(repainted.size(), 1);
        QCOMPARE(repainted.at(0).at(0).toModelIndex().column(), int(FiguresModel::Theme));
        QCOMPARE(model.index(row, FiguresModel::Theme).data().toString(),
                 QStringLiteral("Schools"));

        // No theme is allowed.
        QVERIFY(model.setData(model.index(row, FiguresModel::Theme), QString()));
        QVERIFY(city->profile().figures().first().themeId.isEmpty());
        city->stack().undo();
        QCOMPARE(city->profile().figures().first().themeId, education.meta.id);
    }

    void readOnlyModelsRefuseEdits()
    {
        auto city = makeCity();
        addOrigin(*city, QStringLiteral("Senegal"), 1200);
        OriginsModel model(city->context());
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, OriginsModel::Number)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, OriginsModel::Number), 3));
        QCOMPARE(model.addRecord(), -1);
        model.removeRecords({0});
        QCOMPARE(city->profile().origins().size(), 1);
        QCOMPARE(city->stack().count(), 0);
    }

    void sortingFollowsTheLanguage()
    {
        auto city = makeCity();
        addOrigin(*city, QStringLiteral("Maroc"), 9);
        addOrigin(*city, QStringLiteral("égypte"), 10);
        addOrigin(*city, QStringLiteral("Algérie"), 100);
        addOrigin(*city, QStringLiteral("Érythrée"), 2);
        OriginsModel model(city->context());
        RecordSortProxy proxy;
        proxy.setSourceModel(&model);
        const auto column = [&proxy](int c) {
            QStringList values;
            for (int row = 0; row < proxy.rowCount(); ++row)
                values << proxy.index(row, c).data().toString();
            return values;
        };
        // Unsorted: the file's order.
        QCOMPARE(column(OriginsModel::Country).first(), QStringLiteral("Algérie"));
        proxy.sort(OriginsModel::Country);
        QCOMPARE(column(OriginsModel::Country),
                 QStringList({QStringLiteral("Algérie"), QStringLiteral("égypte"),
                              QStringLiteral("Érythrée"), QStringLiteral("Maroc")}));
        // Numbers as numbers: 9 before 10 before 100.
        proxy.sort(OriginsModel::Number);
        QCOMPARE(column(OriginsModel::Country),
                 QStringList({QStringLiteral("Érythrée"), QStringLiteral("Maroc"),
                              QStringLiteral("égypte"), QStringLiteral("Algérie")}));
    }
};

QTEST_GUILESS_MAIN(TestProfileModels)
#include "TestProfileModels.moc"
