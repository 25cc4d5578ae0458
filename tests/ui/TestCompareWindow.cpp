// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoScreenshot.h"
#include "MainWindowDriver.h"
#include "checklists/ScoreChartWidget.h"
#include "common/TextLimits.h"
#include "compare/CompareModel.h"
#include "compare/CompareWindow.h"
#include "demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

// File > Compare with partner cities…, driven by object names: partners chosen through the
// file dialog's hook, the tabs filled, a refused partner named and left out, the chart's one
// colour per city, the network table's median row, and the models checked by Qt's tester.
class TestCompareWindow : public QObject
{
    Q_OBJECT

private:
    MainWindowDriver m_driver;
    QTemporaryDir m_files;
    QString m_demo;
    QString m_partner;

    static QString demo(const QString& path, const QString& language)
    {
        DemoGenerator::Options options;
        options.language = language;
        return DemoGenerator::create(path, options) ? path : QString();
    }

    // Changes a copy behind Passerelle's back, as the partner's own edits would.
    static bool tamper(const QString& path, const QStringList& statements)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString& statement : statements)
                ok = ok && q.exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(path);
        return ok;
    }

    CompareWindow* openCompare(MainWindow* window)
    {
        MainWindowDriver::action(window, "actionCompare")->trigger();
        return window->findChild<CompareWindow*>(QStringLiteral("compareWindow"));
    }

    static void addPartner(CompareWindow* compare, const QString& path)
    {
        DialogHooks::setNextFileName(path);
        QTest::mouseClick(compare->findChild<QPushButton*>("compareAddPartner"), Qt::LeftButton);
    }

    static void run(CompareWindow* compare)
    {
        QTest::mouseClick(compare->findChild<QPushButton*>("compareRun"), Qt::LeftButton);
    }

    static const CompareModel* model(CompareWindow* compare, const char* view)
    {
        auto* table = compare->findChild<QTableView*>(QLatin1String(view));
        return table ? qobject_cast<const CompareModel*>(table->model()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_driver.setUp());
        m_demo = demo(m_files.filePath(QStringLiteral("valmer.passerelle")), "en");
        m_partner = demo(m_files.filePath(QStringLiteral("partner.passerelle")), "fr");
        QVERIFY(!m_demo.isEmpty() && !m_partner.isEmpty());
    }

    void init() { QVERIFY(m_driver.startTest()); }
    void cleanup() { QVERIFY(m_driver.endTest()); }

    void comparesWithAPartner()
    {
        const QString own = m_driver.dir().filePath(QStringLiteral("own.passerelle"));
        QVERIFY(QFile::copy(m_demo, own));
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), own);
        QTRY_VERIFY(window->document());
        CompareWindow* compare = openCompare(window);
        QVERIFY(compare);
        QTRY_VERIFY(compare->isVisible());
        auto* tabs = compare->findChild<QTabWidget*>("compareTabs");
        QVERIFY(!tabs->isEnabled());
        QVERIFY(!compare->findChild<QPushButton*>("compareRun")->isEnabled());

        // The testers watch every model from before the first comparison.
        QList<std::shared_ptr<QAbstractItemModelTester>> testers;
        for (const char* view : {"compareAreasView", "compareThemesView", "comparePlanView",
                                 "compareBudgetView", "comparePracticesView"}) {
            auto* m = const_cast<CompareModel*>(model(compare, view));
            QVERIFY2(m, view);
            testers << std::make_shared<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        addPartner(compare, m_partner);
        QCOMPARE(compare->partnerFiles(), QStringList{m_partner});
        compare->setToday(QDate(2026, 12, 5));
        run(compare);
        QTRY_VERIFY(tabs->isEnabled());
        QCOMPARE(compare->comparison().cities().size(), 2);

        const CompareModel* areas = model(compare, "compareAreasView");
        QCOMPARE(areas->rowCount(), 3); // two cities and the median
        QVERIFY(areas->isMedianRow(2));
        QCOMPARE(areas->headerData(2, Qt::Vertical).toString(), QStringLiteral("Network median"));
        QCOMPARE(areas->headerData(1, Qt::Vertical).toString(),
                 compare->comparison().cities().at(1).name);
        // Coverage beside every score: "67 % (5/7 answered)".
        const QString cell = areas->index(0, 2).data().toString();
        QVERIFY2(cell.contains(QLatin1Char('/')) && cell.contains(QStringLiteral("answered")),
                 qPrintable(cell));
        QVERIFY(!areas->index(2, 2).data(CompareModel::ValueRole).isNull());

        auto* chart = compare->findChild<ScoreChartWidget*>("compareChart");
        QVERIFY(chart->chart().isCities());
        QCOMPARE(chart->chart().series().size(), 2);
        QVERIFY(chart->chart().colour(0) != chart->chart().colour(1));
        QVERIFY(!chart->chart().coverageLabels(QRectF(0, 0, 1200, 500)).isEmpty());

        QVERIFY(
            model(compare, "comparePlanView")->index(0, 0).data(CompareModel::ValueRole).toInt() >
            0);
        QVERIFY(model(compare, "compareBudgetView")->columnCount() > 0);
        QVERIFY(model(compare, "compareThemesView")->columnCount() > 1);
        QCOMPARE(model(compare, "comparePracticesView")->rowCount(), 2);
        QVERIFY(!compare->findChild<QLabel*>("compareProblems")->isVisible());
        QVERIFY(!compare->findChild<QLabel*>("compareWarnings")->isVisible());
        for (int t = 0; t < tabs->count(); ++t)
            tabs->setCurrentIndex(t);
    }

    void refusedPartnerIsNamedAndLeftOut()
    {
        const QString own = m_driver.dir().filePath(QStringLiteral("own.passerelle"));
        QVERIFY(QFile::copy(m_demo, own));
        const QString junk = TestFiles::write(m_driver.dir(), QStringLiteral("junk.passerelle"),
                                              QByteArray(4096, 'x'));
        const QString older = m_driver.dir().filePath(QStringLiteral("older.passerelle"));
        QVERIFY(QFile::copy(m_partner, older));
        QVERIFY(tamper(older, {"UPDATE checklist_template SET version = 4",
                               "UPDATE assessment_round SET template_version = 4"}));
        const QByteArray junkBefore = TestFiles::hash(junk);
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), own);
        QTRY_VERIFY(window->document());
        CompareWindow* compare = openCompare(window);
        addPartner(compare, junk);
        addPartner(compare, older);
        run(compare);
        auto* problems = compare->findChild<QLabel*>("compareProblems");
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("junk.passerelle")),
                 qPrintable(problems->text()));
        QCOMPARE(compare->comparison().cities().size(), 2);
        auto* warnings = compare->findChild<QLabel*>("compareWarnings");
        QVERIFY(warnings->isVisible());
        QVERIFY2(warnings->text().contains(QStringLiteral("version 4")),
                 qPrintable(warnings->text()));
        QVERIFY(model(compare, "compareAreasView")
                    ->index(1, 1)
                    .data()
                    .toString()
                    .contains(QStringLiteral("4")));
        QCOMPARE(TestFiles::hash(junk), junkBefore);

        // Removing the junk file leaves the good partner.
        auto* list = compare->findChild<QListWidget*>("comparePartners");
        list->setCurrentRow(0);
        QTest::mouseClick(compare->findChild<QPushButton*>("compareRemovePartner"), Qt::LeftButton);
        QCOMPARE(compare->partnerFiles(), QStringList{older});
    }

    void aNetworkOfManyCities()
    {
        const QString own = m_driver.dir().filePath(QStringLiteral("own.passerelle"));
        QVERIFY(QFile::copy(m_demo, own));
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), own);
        QTRY_VERIFY(window->document());
        CompareWindow* compare = openCompare(window);
        for (int i = 0; i < 10; ++i) {
            const QString copy =
                m_driver.dir().filePath(QStringLiteral("city%1.passerelle").arg(i));
            QVERIFY(QFile::copy(m_partner, copy));
            compare->addPartnerFile(copy);
        }
        run(compare);
        QTRY_COMPARE(compare->comparison().cities().size(), 11);
        QCOMPARE(model(compare, "compareAreasView")->rowCount(), 12);
        QCOMPARE(compare->findChild<ScoreChartWidget*>("compareChart")->chart().series().size(),
                 ScoreChart::maxCities);
        QVERIFY(compare->findChild<QLabel*>("compareChartNote")->isVisible());
    }

    void rendersThreeCities_data() { DemoScreenshot::addLanguages(); }
    void rendersThreeCities()
    {
        QFETCH(QString, language);
        const DemoScreenshot::LanguageScope scope(language);
        const QString own = m_driver.dir().filePath(QStringLiteral("own.passerelle"));
        QVERIFY(QFile::copy(m_demo, own));
        const QString third = m_driver.dir().filePath(QStringLiteral("tanger.passerelle"));
        QVERIFY(QFile::copy(m_partner, third));
        const QString second = m_driver.dir().filePath(QStringLiteral("lyon.passerelle"));
        QVERIFY(QFile::copy(m_partner, second));
        QVERIFY(tamper(second, {"UPDATE city SET name = 'Lyon'"}));
        QVERIFY(tamper(third, {"UPDATE city SET name = 'Tanger', country = 'Maroc'",
                               "UPDATE checklist_template SET version = 2",
                               "UPDATE assessment_round SET template_version = 2",
                               "DELETE FROM answer WHERE rowid % 3 = 0"}));
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), own);
        QTRY_VERIFY(window->document());
        CompareWindow* compare = openCompare(window);
        compare->resize(1366, 768);
        compare->addPartnerFile(second);
        compare->addPartnerFile(third);
        run(compare);
        QTRY_COMPARE(compare->comparison().cities().size(), 3);
        QVERIFY(compare->findChild<QLabel*>("compareWarnings")->isVisible());
        auto* tabs = compare->findChild<QTabWidget*>("compareTabs");
        const QStringList names{"access", "themes", "plan", "practices"};
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QVERIFY(DemoScreenshot::grab(
                *compare, QStringLiteral("compare-%1-%2").arg(names.value(t), language)));
        }
    }

    void hugeNamesAreShownShortened()
    {
        const QString own = m_driver.dir().filePath(QStringLiteral("own.passerelle"));
        QVERIFY(QFile::copy(m_demo, own));
        const QString huge = m_driver.dir().filePath(QStringLiteral("huge.passerelle"));
        QVERIFY(QFile::copy(m_partner, huge));
        QVERIFY(tamper(huge, {"UPDATE city SET name = printf('%.*c', 1000000, 'x')",
                              "UPDATE checklist_template SET version = 9",
                              "UPDATE assessment_round SET template_version = 9"}));
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), own);
        QTRY_VERIFY(window->document());
        CompareWindow* compare = openCompare(window);
        compare->addPartnerFile(huge);
        run(compare);
        QTRY_COMPARE(compare->comparison().cities().size(), 2);
        QCOMPARE(compare->comparison().cities().at(1).name.size(), 1000000);
        const QString header =
            model(compare, "compareAreasView")->headerData(1, Qt::Vertical).toString();
        QCOMPARE(header.size(), TextLimits::shownChars);
        QVERIFY(compare->findChild<QLabel*>("compareWarnings")->text().size() <=
                TextLimits::shownChars);
    }

    void closesWithTheFile()
    {
        const QString own = m_driver.dir().filePath(QStringLiteral("own.passerelle"));
        QVERIFY(QFile::copy(m_demo, own));
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), own);
        QTRY_VERIFY(window->document());
        QPointer<CompareWindow> compare = openCompare(window);
        QVERIFY(compare);
        MainWindowDriver::action(window, "actionClose")->trigger();
        QTRY_VERIFY(!window->document());
        QTRY_VERIFY(!compare);
    }

    void needsAnOpenFile()
    {
        MainWindow* window = m_driver.newWindow();
        QVERIFY(!openCompare(window));
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(DialogHooks::messages().constFirst().text.contains(QStringLiteral("first")));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "TestCompareWindow.moc"
