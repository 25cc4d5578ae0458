// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "exchange/ExchangeRepository.h"
#include "partners/ExchangesModel.h"
#include "partners/PartnerCitiesModel.h"
#include "partners/PartnersPane.h"
#include "partners/PracticesModel.h"
#include "shell/PaneContext.h"
#include "shell/PaneRegistry.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The Partner cities pane driven as an officer would: adding a partner and typing its fields
// (in the table and the form), undoing; adding an exchange; searching the practice library as
// one types, with each practice's origin; removing, duplicating; a read-only file.
class TestPartnersPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<PartnersPane> m_pane;

    ExchangeRepository& repo() { return m_city->repositories().exchange(); }
    QUndoStack& stack() { return *m_city->file().undoStack(); }
    template <typename T> T* find(const QString& name)
    {
        T* widget = m_pane->findChild<T*>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    void openPane()
    {
        m_pane = std::make_unique<PartnersPane>(
            PaneContext{m_city->file(), m_city->repositories(), *m_city->file().undoStack()});
        m_pane->resize(1100, 640);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    }

    void showTab(int index)
    {
        auto* tabs = find<QTabWidget>(QStringLiteral("partnersTabs"));
        QVERIFY(tabs);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(index).center());
        QCOMPARE(tabs->currentIndex(), index);
    }

    static bool isEditing(QTableView* view)
    {
        QWidget* focus = QApplication::focusWidget();
        return focus && view->viewport()->isAncestorOf(focus);
    }

    static void clickCell(QTableView* view, const QModelIndex& index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
    }

    // Types over the cell's value in its editor (already open, or opened with F2).
    static void typeInCell(QTableView* view, const QModelIndex& index, const QString& text)
    {
        if (!isEditing(view)) {
            clickCell(view, index);
            QTest::keyClick(view, Qt::Key_F2);
        }
        QTRY_VERIFY(isEditing(view));
        QWidget* editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!isEditing(view));
    }

    // Types in a field of a form and leaves it (Tab), which stores it.
    static void typeInField(QWidget* field, const QString& text)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Tab);
        QTRY_VERIFY(!field->hasFocus());
    }

    static QModelIndex cellOf(QTableView* view, const QString& id, int column)
    {
        QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(RecordRoles::IdRole).toString() == id)
                return model->index(row, column);
        }
        return {};
    }

    QString message() { return find<QLabel>(QStringLiteral("messageText"))->text(); }

private slots:
    void cleanup()
    {
        m_pane.reset();
        m_city.reset();
    }

    void registeredAfterTheActionPlan()
    {
        m_city = TestCity::create(QStringLiteral("Valmer"));
        const QList<PaneRegistry::Entry> entries = PaneRegistry::entries();
        int plan = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).title() == QLatin1String("Action plan"))
                plan = i;
        }
        QVERIFY(plan >= 0 && plan + 1 < entries.size());
        const PaneRegistry::Entry& entry = entries.at(plan + 1);
        QCOMPARE(entry.title(), QStringLiteral("Partner cities"));
        QVERIFY(!entry.icon().isNull());
        std::unique_ptr<Pane> pane(entry.make(
            PaneContext{m_city->file(), m_city->repositories(), *m_city->file().undoStack()},
            nullptr));
        QVERIFY(qobject_cast<PartnersPane*>(pane.get()));
        QVERIFY(pane->hasFilter());
    }

    void addPartnerAndEditFieldsWithUndo()
    {
        m_city = TestCity::create(QStringLiteral("Valmer"));
        openPane();
        auto* table = find<QTableView>(QStringLiteral("partnersTable"));
        QVERIFY(table);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("partnersAdd")), Qt::LeftButton);
        QCOMPARE(repo().partners().size(), 1);
        QCOMPARE(stack().count(), 1);
        const QString id = repo().partners().first().meta.id;
        // Add opens the name for typing.
        typeInCell(table, cellOf(table, id, PartnerCitiesModel::Name), QStringLiteral("Mechelen"));
        QCOMPARE(repo().partner(id)->name, QStringLiteral("Mechelen"));
        typeInCell(table, cellOf(table, id, PartnerCitiesModel::Country),
                   QStringLiteral("Belgium"));
        QCOMPARE(stack().count(), 3);

        // The role, chosen from its list.
        clickCell(table, cellOf(table, id, PartnerCitiesModel::Role));
        QTest::keyClick(table, Qt::Key_F2);
        QComboBox* role = nullptr;
        QTRY_VERIFY((role = table->findChild<QComboBox*>(QStringLiteral("roleEditor"))));
        QCOMPARE(role->count(), 3);
        role->setCurrentIndex(0);
        emit role->activated(0);
        QTRY_COMPARE(repo().partner(id)->role, PartnerCity::Role::Mentor);
        QCOMPARE(table->model()->data(cellOf(table, id, PartnerCitiesModel::Role)).toString(),
                 QStringLiteral("Mentor"));

        // The contact, in the form under the table; a bad e-mail is refused with its reason.
        clickCell(table, cellOf(table, id, PartnerCitiesModel::Name));
        auto* email = find<QLineEdit>(QStringLiteral("partnerContactEmail"));
        auto* name = find<QLineEdit>(QStringLiteral("partnerContactName"));
        QVERIFY(email && name && email->isEnabled());
        typeInField(name, QStringLiteral("Sofie Peeters"));
        QCOMPARE(repo().partner(id)->contactName, QStringLiteral("Sofie Peeters"));
        const int steps = stack().count();
        typeInField(email, QStringLiteral("sofie at mechelen"));
        QVERIFY2(message().contains(QStringLiteral("does not look like an e-mail")),
                 qPrintable(message()));
        QCOMPARE(stack().count(), steps);
        QVERIFY(repo().partner(id)->contactEmail.isEmpty());
        typeInField(email, QStringLiteral("sofie@mechelen.example"));
        QCOMPARE(repo().partner(id)->contactEmail, QStringLiteral("sofie@mechelen.example"));
        QCOMPARE(stack().count(), steps + 1);

        // Undo reaches the form and the table through the repository.
        stack().undo();
        QVERIFY(repo().partner(id)->contactEmail.isEmpty());
        QTRY_VERIFY(email->text().isEmpty());
        stack().undo();
        QTRY_VERIFY(name->text().isEmpty());
        stack().redo();
        QTRY_COMPARE(name->text(), QStringLiteral("Sofie Peeters"));
        while (stack().canUndo())
            stack().undo();
        QVERIFY(repo().partners().isEmpty());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!name->isEnabled());
    }

    void addExchange()
    {
        m_city = TestCity::create(QStringLiteral("Valmer"));
        PartnerCity tangier;
        tangier.name = QStringLiteral("Tangier");
        QVERIFY(repo().add(tangier).ok());
        openPane();
        showTab(1);
        auto* table = find<QTableView>(QStringLiteral("exchangesTable"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("exchangesAdd")), Qt::LeftButton);
        QCOMPARE(repo().exchanges().size(), 1);
        const Exchange added = repo().exchanges().first();
        // Today, with the only partner.
        QCOMPARE(added.startDate, QDate::currentDate());
        QCOMPARE(added.partnerId, tangier.meta.id);
        typeInCell(table, cellOf(table, added.meta.id, ExchangesModel::Title),
                   QStringLiteral("Online meeting on rumours"));
        typeInCell(table, cellOf(table, added.meta.id, ExchangesModel::Place),
                   QStringLiteral("Online"));
        QCOMPARE(table->model()->data(cellOf(table, added.meta.id, ExchangesModel::Partner)),
                 QVariant(QStringLiteral("Tangier")));
        clickCell(table, cellOf(table, added.meta.id, ExchangesModel::Title));
        auto* lessons = find<QPlainTextEdit>(QStringLiteral("exchangeLessons"));
        typeInField(lessons, QStringLiteral("Let young people write the posters."));
        const Exchange stored = repo().exchange(added.meta.id).value();
        QCOMPARE(stored.title, QStringLiteral("Online meeting on rumours"));
        QCOMPARE(stored.place, QStringLiteral("Online"));
        QCOMPARE(stored.lessons, QStringLiteral("Let young people write the posters."));
        QVERIFY(find<QLabel>(QStringLiteral("exchangesSummary"))
                    ->text()
                    .contains(QStringLiteral("1 with lessons learned")));

        // Duplicate: a copy, one undo step.
        const int steps = stack().count();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("exchangesDuplicate")), Qt::LeftButton);
        QCOMPARE(repo().exchanges().size(), 2);
        QCOMPARE(stack().count(), steps + 1);
        QCOMPARE(table->model()->rowCount(), 2);
        stack().undo();
        QCOMPARE(repo().exchanges().size(), 1);
    }

    void searchAsYouTypeNarrowsAndShowsOrigin()
    {
        m_city = TestCity::demo();
        openPane();
        showTab(2);
        auto* table = find<QTableView>(QStringLiteral("practicesTable"));
        auto* search = find<QLineEdit>(QStringLiteral("practicesSearch"));
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 12);

        // Edit > Find reaches the field.
        QVERIFY(m_pane->focusFilter());
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("bud"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, PracticesModel::Title).data().toString(),
                 QStringLiteral("Neighbourhood buddy scheme for newcomers"));
        QCOMPARE(model->index(0, PracticesModel::Origin).data().toString(),
                 QStringLiteral("Mechelen"));
        // Each key narrows further; a word of another field (tags) finds too.
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("empl"));
        const int employment = model->rowCount();
        QVERIFY(employment >= 2);
        QTest::keyClicks(search, QStringLiteral(" break"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, PracticesModel::Origin).data().toString(),
                 QStringLiteral("This city"));
        // Accents and case aside; what FTS5 would read as syntax is searched as words.
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("TANGIER\" NEAR("));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(find<QLabel>(QStringLiteral("practicesSummary"))
                    ->text()
                    .contains(QStringLiteral("No good practice matches")));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("\"tangier"));
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model->index(row, PracticesModel::Origin).data().toString(),
                     QStringLiteral("Tangier"));

        // An edit that makes a practice match shows it at once; one that stops it, hides it.
        GoodPractice own;
        for (const GoodPractice& p : repo().practices()) {
            if (p.cityName == QLatin1String("Valmer"))
                own = p;
        }
        own.tags += QStringLiteral(", tangier");
        QVERIFY(repo().update(own).ok());
        QCOMPARE(model->rowCount(), 3);
        search->clear();
        QCOMPARE(model->rowCount(), 12);

        // Add clears the search so the new practice shows, ready to type.
        QTest::keyClicks(search, QStringLiteral("mechelen"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("practicesAdd")), Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(model->rowCount(), 13);
        QTRY_VERIFY(isEditing(table));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }

    void deletion()
    {
        m_city = TestCity::demo();
        openPane();
        showTab(2);
        auto* table = find<QTableView>(QStringLiteral("practicesTable"));
        const GoodPractice first = repo().practices().first();
        clickCell(table, cellOf(table, first.meta.id, PracticesModel::Title));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("practicesRemove")), Qt::LeftButton);
        QCOMPARE(repo().practices().size(), 11);
        QCOMPARE(table->model()->rowCount(), 11);
        QVERIFY(!repo().practice(first.meta.id));
        stack().undo();
        QCOMPARE(repo().practice(first.meta.id), std::optional(first));
        QCOMPARE(table->model()->rowCount(), 12);

        // A partner removed: its exchanges and practices stay, without it; undo gives it back.
        showTab(0);
        auto* partners = find<QTableView>(QStringLiteral("partnersTable"));
        PartnerCity mechelen;
        for (const PartnerCity& p : repo().partners()) {
            if (p.name == QLatin1String("Mechelen"))
                mechelen = p;
        }
        clickCell(partners, cellOf(partners, mechelen.meta.id, PartnerCitiesModel::Name));
        QTest::keyClick(partners, Qt::Key_Delete);
        QVERIFY(!repo().partner(mechelen.meta.id));
        QCOMPARE(partners->model()->rowCount(), 2);
        auto* exchanges = find<QTableView>(QStringLiteral("exchangesTable"));
        for (int row = 0; row < exchanges->model()->rowCount(); ++row)
            QVERIFY(exchanges->model()->index(row, ExchangesModel::Partner).data().toString() !=
                    QLatin1String("Mechelen"));
        // Mechelen's practices now come from a city the file has no partner for.
        bool another = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            another |= table->model()->index(row, PracticesModel::Origin).data().toString() ==
                       QLatin1String("Another city");
        QVERIFY(another);
        stack().undo();
        QCOMPARE(repo().partner(mechelen.meta.id), std::optional(mechelen));
        QCOMPARE(partners->model()->rowCount(), 3);
        int fromMechelen = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            fromMechelen += table->model()->index(row, PracticesModel::Origin).data().toString() ==
                            QLatin1String("Mechelen");
        QCOMPARE(fromMechelen, 2);
    }

    void readOnlyFileOffersNoEditing()
    {
        m_city = TestCity::demo();
        m_city->closeReadOnly();
        m_city->reopen();
        QVERIFY(m_city->file().isReadOnly());
        openPane();
        for (const char* name : {"partnersAdd", "exchangesAdd", "practicesAdd", "partnersDuplicate",
                                 "exchangesDuplicate", "practicesDuplicate"})
            QVERIFY2(!find<QPushButton>(QLatin1String(name))->isEnabled(), name);
        auto* table = find<QTableView>(QStringLiteral("partnersTable"));
        clickCell(table, table->model()->index(0, 0));
        QVERIFY(!find<QPushButton>(QStringLiteral("partnersDuplicate"))->isEnabled());
        QVERIFY(find<QLineEdit>(QStringLiteral("partnerContactName"))->isReadOnly());
        // Searching still works: it writes nothing.
        showTab(2);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("practicesSearch")),
                         QStringLiteral("lisb"));
        QCOMPARE(find<QTableView>(QStringLiteral("practicesTable"))->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestPartnersPane)
#include "TestPartnersPane.moc"
