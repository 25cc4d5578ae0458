// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrioritiesPaneDriver.h"
#include "checklists/ChecklistRepository.h"
#include "common/OptionalDateEdit.h"
#include "priorities/PrioritiesModel.h"
#include "shell/PaneRegistry.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

// The Priorities pane driven as an officer would: the ranked list and the selected priority's
// form, each edit an undo step that the widgets and the file follow.
class TestPrioritiesPane : public QObject, public PrioritiesPaneDriver
{
    Q_OBJECT

private:
    static void typeInto(QWidget* edit, const QString& text)
    {
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    }

    static void chooseInCombo(QComboBox* combo, int index)
    {
        combo->setFocus();
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

private slots:
    void registeredAfterServiceAccess()
    {
        const QList<PaneRegistry::Entry> entries = PaneRegistry::entries();
        int service = -1;
        int priorities = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).title() == QStringLiteral("Service access"))
                service = i;
            if (entries.at(i).title() == QStringLiteral("Priorities"))
                priorities = i;
        }
        QVERIFY(service >= 0);
        QCOMPARE(priorities, service + 1);
        QVERIFY(!entries.at(priorities).icon().isNull());
        QVERIFY(entries.at(priorities).tables.contains(QStringLiteral("priority")));
    }

    void addEditAndUndoEachField()
    {
        auto s = open(TestCity::create());
        auto* table = s->find<QTableView>(QStringLiteral("prioritiesTable"));
        QAbstractItemModelTester tester(table->model());
        s->click(QStringLiteral("priorityAdd"));
        QCOMPARE(s->plan().priorities().size(), 1);
        QCOMPARE(s->stack().count(), 1);
        const QString id = s->plan().priorities().first().meta.id;
        QCOMPARE(s->pane->currentPriorityId(), id);

        auto* title = s->find<QLineEdit>(QStringLiteral("priorityTitle"));
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("Housing for newcomers"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(s->plan().priority(id)->title, QStringLiteral("Housing for newcomers"));
        QCOMPARE(table->model()->index(0, PrioritiesModel::TitleColumn).data().toString(),
                 QStringLiteral("Housing for newcomers"));

        auto* theme = s->find<QComboBox>(QStringLiteral("priorityTheme"));
        chooseInCombo(theme, 2);
        const QString themeId = theme->itemData(2).toString();
        QCOMPARE(s->plan().priority(id)->themeId, themeId);

        auto* rationale = s->find<QPlainTextEdit>(QStringLiteral("priorityRationale"));
        typeInto(rationale, QStringLiteral("Half of the newcomers rent without a lease."));
        auto* outcome = s->find<QPlainTextEdit>(QStringLiteral("priorityOutcome"));
        // Leaving the rationale stores it.
        typeInto(outcome, QStringLiteral("Every newcomer has a lease."));
        QCOMPARE(s->plan().priority(id)->rationale,
                 QStringLiteral("Half of the newcomers rent without a lease."));
        QTRY_COMPARE(s->plan().priority(id)->expectedOutcome,
                     QStringLiteral("Every newcomer has a lease."));

        auto* status = s->find<QComboBox>(QStringLiteral("priorityStatus"));
        chooseInCombo(status, status->findData(int(Priority::Status::Validated)));
        QCOMPARE(s->plan().priority(id)->status, Priority::Status::Validated);
        QCOMPARE(s->plan().priority(id)->validatedOn, QDate::currentDate());
        auto* validated = s->find<OptionalDateEdit>(QStringLiteral("priorityValidatedOn"));
        validated->setDate(QDate(2026, 3, 12));
        emit validated->edited();
        QCOMPARE(s->plan().priority(id)->validatedOn, QDate(2026, 3, 12));
        const int steps = s->stack().count();
        QCOMPARE(steps, 7);

        // Each undo takes one field back, in the file and in the form.
        s->stack().undo();
        QCOMPARE(s->plan().priority(id)->validatedOn, QDate::currentDate());
        QCOMPARE(validated->date(), QDate::currentDate());
        s->stack().undo();
        QCOMPARE(s->plan().priority(id)->status, Priority::Status::Draft);
        QCOMPARE(status->currentData().toInt(), int(Priority::Status::Draft));
        QVERIFY(validated->isEmpty());
        s->stack().undo();
        QVERIFY(s->plan().priority(id)->expectedOutcome.isEmpty());
        QVERIFY(outcome->toPlainText().isEmpty());
        s->stack().undo();
        QVERIFY(s->plan().priority(id)->rationale.isEmpty());
        QVERIFY(rationale->toPlainText().isEmpty());
        s->stack().undo();
        QVERIFY(s->plan().priority(id)->themeId.isEmpty());
        QCOMPARE(theme->currentIndex(), 0);
        s->stack().undo();
        QCOMPARE(title->text(), QStringLiteral("New priority"));
        QCOMPARE(table->model()->index(0, PrioritiesModel::TitleColumn).data().toString(),
                 QStringLiteral("New priority"));
        s->stack().undo();
        QVERIFY(s->plan().priorities().isEmpty());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!s->find<QWidget>(QStringLiteral("priorityForm"))->isEnabled());

        // Redo all: the file has everything again, and so has the reopened file.
        while (s->stack().canRedo())
            s->stack().redo();
        s->pane.reset();
        s->city->reopen();
        const Priority stored = s->city->repositories().plan().priority(id).value();
        QCOMPARE(stored.title, QStringLiteral("Housing for newcomers"));
        QCOMPARE(stored.themeId, themeId);
        QCOMPARE(stored.validatedOn, QDate(2026, 3, 12));
    }

    void refusedTitleIsShown()
    {
        auto s = open(TestCity::create());
        s->click(QStringLiteral("priorityAdd"));
        auto* title = s->find<QLineEdit>(QStringLiteral("priorityTitle"));
        typeInto(title, QStringLiteral("   "));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(s->stack().count(), 1);
        QVERIFY(!s->find<QLabel>(QStringLiteral("messageText"))->text().isEmpty());
    }

    void moveUpIsOneUndoStep()
    {
        auto s = open(TestCity::create());
        for (int i = 0; i < 3; ++i)
            s->click(QStringLiteral("priorityAdd"));
        auto* table = s->find<QTableView>(QStringLiteral("prioritiesTable"));
        QAbstractItemModelTester tester(table->model());
        const QStringList before = static_cast<PrioritiesModel*>(table->model())->order();
        QCOMPARE(s->pane->currentPriorityId(), before.at(2));
        QVERIFY(!s->find<QPushButton>(QStringLiteral("priorityDown"))->isEnabled());
        const int steps = s->stack().count();
        s->click(QStringLiteral("priorityUp"));
        QCOMPARE(s->stack().count(), steps + 1);
        QCOMPARE(s->plan().priority(before.at(2))->rank, 2);
        QCOMPARE(s->plan().priority(before.at(1))->rank, 3);
        const QStringList moved{before.at(0), before.at(2), before.at(1)};
        QCOMPARE(static_cast<PrioritiesModel*>(table->model())->order(), moved);
        // The priority moved stays selected.
        QCOMPARE(s->pane->currentPriorityId(), before.at(2));
        s->click(QStringLiteral("priorityUp"));
        QCOMPARE(s->plan().priority(before.at(2))->rank, 1);
        s->stack().undo();
        s->stack().undo();
        QCOMPARE(static_cast<PrioritiesModel*>(table->model())->order(), before);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(s->plan().priority(before.at(i))->rank, i + 1);
    }

    void dropReordersAsOneStep()
    {
        auto s = open(TestCity::create());
        for (int i = 0; i < 4; ++i)
            s->click(QStringLiteral("priorityAdd"));
        auto* model =
            static_cast<PrioritiesModel*>(s->find<QTableView>("prioritiesTable")->model());
        QAbstractItemModelTester tester(model);
        const QStringList before = model->order();
        // The last priority dropped before the first, as a drag in the table does.
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(3, 0), model->index(3, 1)}));
        QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        const QStringList after{before.at(3), before.at(0), before.at(1), before.at(2)};
        QCOMPARE(model->order(), after);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(s->plan().priority(after.at(i))->rank, i + 1);
        s->stack().undo();
        QCOMPARE(model->order(), before);
    }

    void removeConfirmsWhenThingsHangOnIt()
    {
        auto s = open(TestCity::create());
        s->click(QStringLiteral("priorityAdd"));
        const QString id = s->pane->currentPriorityId();
        Consultation c;
        c.priorityId = id;
        c.date = QDate(2026, 2, 1);
        QVERIFY(s->plan().add(c).ok());
        DialogHooks::setNextAnswer(QMessageBox::No);
        s->click(QStringLiteral("priorityRemove"));
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(DialogHooks::messages().first().text.contains(QStringLiteral("1 consultation")));
        QVERIFY(s->plan().priority(id));
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        s->click(QStringLiteral("priorityRemove"));
        QVERIFY(!s->plan().priority(id));
        s->stack().undo();
        QVERIFY(s->plan().priority(id));
        QCOMPARE(s->plan().consultations(id).size(), 1);
    }

    void showRecordSelectsThePriority()
    {
        auto s = open(TestCity::create());
        s->click(QStringLiteral("priorityAdd"));
        const QString first = s->pane->currentPriorityId();
        s->click(QStringLiteral("priorityAdd"));
        QVERIFY(s->pane->currentPriorityId() != first);
        QVERIFY(s->pane->showRecord(QStringLiteral("priority"), first));
        QCOMPARE(s->pane->currentPriorityId(), first);
        QVERIFY(!s->pane->showRecord(QStringLiteral("priority"), QStringLiteral("nope")));
        QVERIFY(!s->pane->showRecord(QStringLiteral("stakeholder"), first));

        // What hangs on a priority: its priority selected, the tab shown, the row selected.
        PriorityEvidence e;
        e.priorityId = first;
        e.itemId = s->city->repositories()
                       .checklists()
                       .allItems(s->city->repositories().checklists().templates().first().meta.id)
                       .first()
                       .meta.id;
        QVERIFY(s->plan().add(e).ok());
        Consultation c;
        c.priorityId = first;
        c.date = QDate(2026, 4, 1);
        QVERIFY(s->plan().add(c).ok());
        s->click(QStringLiteral("priorityAdd"));
        auto* details = s->find<QTabWidget>(QStringLiteral("priorityTabs"));
        QVERIFY(s->pane->showRecord(QStringLiteral("priority_evidence"), e.meta.id));
        QCOMPARE(s->pane->currentPriorityId(), first);
        QCOMPARE(details->currentWidget()->objectName(), QStringLiteral("evidencePanel"));
        QCOMPARE(s->find<QTableView>(QStringLiteral("evidenceTable"))
                     ->selectionModel()
                     ->selectedRows()
                     .size(),
                 1);
        QVERIFY(s->pane->showRecord(QStringLiteral("consultation"), c.meta.id));
        QCOMPARE(details->currentWidget()->objectName(), QStringLiteral("consultationsPanel"));
        QCOMPARE(s->find<QTableView>(QStringLiteral("consultationsTable"))
                     ->selectionModel()
                     ->selectedRows()
                     .size(),
                 1);
        QVERIFY(s->pane->showRecord(QStringLiteral("plan_document"), QString()));
        QCOMPARE(s->find<QTabWidget>(QStringLiteral("prioritiesTabs"))->currentIndex(), 1);
    }

    void lookingWritesNothing()
    {
        // Values another program may write: a title longer than a line edit holds, a Windows
        // line end, and HTML that Qt would write its own way.
        auto city = TestCity::create();
        PlanRepository& plan = city->repositories().plan();
        Priority p;
        p.title = QString(40000, QLatin1Char('t'));
        p.rationale = QStringLiteral("Line one\r\nline two");
        QVERIFY(plan.add(p).ok());
        PlanDocument document;
        document.title = QStringLiteral("Valmer");
        document.introduction = QStringLiteral("<p>Valmer <b>welcomes</b></p>");
        QVERIFY(plan.update(document).ok());
        const Priority stored = *plan.priority(p.meta.id);
        const PlanDocument storedDocument = plan.document();
        QVERIFY(stored.title.size() > 32767);
        auto s = open(std::move(city));
        for (const char* name : {"priorityTitle", "priorityRationale", "priorityOutcome"}) {
            auto* w = s->find<QWidget>(QString::fromLatin1(name));
            w->setFocus();
            QTRY_VERIFY(w->hasFocus());
        }
        s->find<QTabWidget>(QStringLiteral("prioritiesTabs"))->setCurrentIndex(1);
        for (const char* name : {"documentTitle", "introduction", "method"}) {
            auto* w = s->find<QWidget>(QString::fromLatin1(name));
            w->setFocus();
            QTRY_VERIFY(w->hasFocus());
        }
        s->find<QLineEdit>(QStringLiteral("documentTitle"))->setFocus();
        s->pane->commitPendingEdits();
        s->pane.reset();
        QCOMPARE(s->stack().count(), 0);
        QCOMPARE(*plan.priority(p.meta.id), stored);
        QCOMPARE(plan.document(), storedDocument);
    }

    void readOnlyDisablesEditing()
    {
        auto s = open(TestCity::create());
        s->click(QStringLiteral("priorityAdd"));
        s->pane->setReadOnly(true);
        for (const char* name : {"priorityAdd", "priorityRemove", "priorityUp", "priorityDown",
                                 "evidenceAdd", "evidenceRemove", "consultationAdd",
                                 "consultationEdit", "consultationRemove", "adoptPlan"})
            QVERIFY2(!s->find<QPushButton>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(s->find<QLineEdit>(QStringLiteral("priorityTitle"))->isReadOnly());
        QVERIFY(s->find<QPlainTextEdit>(QStringLiteral("priorityRationale"))->isReadOnly());
        QVERIFY(!s->find<QComboBox>(QStringLiteral("priorityTheme"))->isEnabled());
        QVERIFY(!s->find<QComboBox>(QStringLiteral("priorityStatus"))->isEnabled());
        QVERIFY(s->find<QLineEdit>(QStringLiteral("documentTitle"))->isReadOnly());
        QVERIFY(s->find<QTextEdit>(QStringLiteral("introduction"))->isReadOnly());
        QVERIFY(s->find<QTextEdit>(QStringLiteral("method"))->isReadOnly());
        QVERIFY(!s->pane->viewActions().first()->isEnabled());
        auto* table = s->find<QTableView>(QStringLiteral("prioritiesTable"));
        QVERIFY(!(table->model()->flags(table->model()->index(0, 0)) & Qt::ItemIsDragEnabled));
        s->pane->setReadOnly(false);
        QVERIFY(s->find<QPushButton>(QStringLiteral("priorityAdd"))->isEnabled());
    }
};

QTEST_MAIN(TestPrioritiesPane)
#include "TestPrioritiesPane.moc"
