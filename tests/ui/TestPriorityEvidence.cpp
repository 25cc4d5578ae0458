// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrioritiesPaneDriver.h"
#include "ProfileRecords.h"
#include "checklists/ChecklistRepository.h"
#include "common/OptionalDateEdit.h"
#include "priorities/ConsultationsModel.h"
#include "priorities/EvidenceModel.h"
#include "priorities/EvidencePickerDialog.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderPicker.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>

// A priority's evidence and consultations, the document's text and the council's adoption,
// through the real widgets and dialogs (answered through DialogHooks).
class TestPriorityEvidence : public QObject, public PrioritiesPaneDriver
{
    Q_OBJECT

private:
    static void clickOk(QDialog& dialog, const QString& boxName)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>(boxName);
        QVERIFY(box);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    // Answers the next evidence picker: filters by text and takes the first choice left.
    static void pickNext(const QString& filter)
    {
        DialogHooks::setNextDialogHandler([filter](QDialog& dialog) {
            auto& picker = static_cast<EvidencePickerDialog&>(dialog);
            QTest::keyClicks(picker.filter(), filter);
            QListView* list = picker.list();
            if (list->model()->rowCount() > 0)
                list->setCurrentIndex(list->model()->index(0, 0));
            clickOk(dialog, QStringLiteral("evidenceButtons"));
            return dialog.result();
        });
    }

    // As a hand does it: a click, then the double-click.
    static void doubleClick(QTableView* table, const QModelIndex& index)
    {
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    }

    static ChecklistItem firstItem(Repositories& repos)
    {
        ChecklistRepository& checklists = repos.checklists();
        return checklists.allItems(checklists.templates().first().meta.id).first();
    }

private slots:
    void evidenceIsAddedOpenedAndRemoved()
    {
        auto city = TestCity::create();
        ProfileFigure figure = ProfileRecords::figure(QStringLiteral("Foreign-born residents"));
        QVERIFY(city->repositories().profile().add(figure).ok());
        const ChecklistItem item = firstItem(city->repositories());
        auto s = open(std::move(city));
        s->click(QStringLiteral("priorityAdd"));
        auto* table = s->find<QTableView>(QStringLiteral("evidenceTable"));
        auto* model = static_cast<EvidenceModel*>(table->model());
        QAbstractItemModelTester tester(model);

        pickNext(QStringLiteral("Foreign-born"));
        s->click(QStringLiteral("evidenceAdd"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->evidence(0).figureId, figure.meta.id);
        QVERIFY(model->index(0, EvidenceModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QString::number(figure.year)));
        pickNext(item.statement.left(20));
        s->click(QStringLiteral("evidenceAdd"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->evidence(1).itemId, item.meta.id);
        QCOMPARE(model->index(1, EvidenceModel::DetailColumn).data().toString(),
                 QStringLiteral("Not answered yet"));
        QCOMPARE(s->plan().evidence(s->pane->currentPriorityId()).size(), 2);

        // Open asks the window's navigator for the record where it lives.
        table->selectRow(0);
        s->click(QStringLiteral("evidenceOpen"));
        table->selectRow(1);
        s->click(QStringLiteral("evidenceOpen"));
        QCOMPARE(s->navigator.calls,
                 QStringList({QStringLiteral("profile_figure:") + figure.meta.id,
                              QStringLiteral("checklist_item:") + item.meta.id}));

        s->click(QStringLiteral("evidenceRemove"));
        QCOMPARE(model->rowCount(), 1);
        s->stack().undo();
        QCOMPARE(model->rowCount(), 2);
        s->stack().undo();
        s->stack().undo();
        QCOMPARE(model->rowCount(), 0);
    }

    void evidenceNoteIsEditedInPlace()
    {
        auto city = TestCity::create();
        ProfileFigure figure = ProfileRecords::figure(QStringLiteral("Foreign-born residents"));
        QVERIFY(city->repositories().profile().add(figure).ok());
        auto s = open(std::move(city));
        s->click(QStringLiteral("priorityAdd"));
        pickNext(QStringLiteral("Foreign-born"));
        s->click(QStringLiteral("evidenceAdd"));
        auto* table = s->find<QTableView>(QStringLiteral("evidenceTable"));
        auto* model = static_cast<EvidenceModel*>(table->model());
        QAbstractItemModelTester tester(model);
        QCOMPARE(model->rowCount(), 1);
        const QString id = model->evidence(0).meta.id;
        const int steps = s->stack().count();

        // A double-click on the note edits it, and does not open the figure.
        const QModelIndex note = model->index(0, EvidenceModel::NoteColumn);
        s->find<QTabWidget>(QStringLiteral("priorityTabs"))
            ->setCurrentWidget(s->find<QWidget>(QStringLiteral("evidencePanel")));
        QTRY_VERIFY(table->isVisible());
        table->scrollTo(note);
        doubleClick(table, note);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit*>()) && editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("  4 in 10 newcomers wait a year  "));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(s->plan().evidenceById(id)->note,
                     QStringLiteral("4 in 10 newcomers wait a year"));
        QCOMPARE(note.data().toString(), QStringLiteral("4 in 10 newcomers wait a year"));
        QCOMPARE(s->stack().count(), steps + 1);
        QVERIFY(s->navigator.calls.isEmpty());
        // The same note again is no step.
        QVERIFY(model->setData(note, QStringLiteral("4 in 10 newcomers wait a year ")));
        QCOMPARE(s->stack().count(), steps + 1);

        s->stack().undo();
        QVERIFY(s->plan().evidenceById(id)->note.isEmpty());
        QVERIFY(note.data().toString().isEmpty());
        s->stack().redo();
        QCOMPARE(note.data().toString(), QStringLiteral("4 in 10 newcomers wait a year"));

        // Read-only: the note is shown, not edited, and a double-click opens the figure.
        s->pane->setReadOnly(true);
        QVERIFY(!(model->flags(note) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(note, QStringLiteral("Changed")));
        doubleClick(table, note);
        QCOMPARE(s->navigator.calls,
                 QStringList{QStringLiteral("profile_figure:") + figure.meta.id});
        QCOMPARE(s->plan().evidenceById(id)->note, QStringLiteral("4 in 10 newcomers wait a year"));
        QCOMPARE(s->stack().count(), steps + 1);
        // Only the note is editable.
        s->pane->setReadOnly(false);
        QVERIFY(!(model->flags(model->index(0, EvidenceModel::WhatColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(model->index(0, EvidenceModel::WhatColumn), QStringLiteral("x")));
    }

    void openIsDisabledWithoutANavigator()
    {
        auto s = open(TestCity::create(), false);
        s->click(QStringLiteral("priorityAdd"));
        pickNext(QString());
        s->click(QStringLiteral("evidenceAdd"));
        s->find<QTableView>(QStringLiteral("evidenceTable"))->selectRow(0);
        QVERIFY(s->find<QPushButton>(QStringLiteral("evidenceRemove"))->isEnabled());
        QVERIFY(!s->find<QPushButton>(QStringLiteral("evidenceOpen"))->isEnabled());
    }

    void consultationsAreAddedEditedAndRemoved()
    {
        auto city = TestCity::create();
        const QString amal = city->addBareStakeholder(QStringLiteral("Association Amal"));
        const QString caritas = city->addBareStakeholder(QStringLiteral("Caritas Tanger"));
        GroupMeeting meeting;
        meeting.date = QDate(2026, 1, 20);
        meeting.place = QStringLiteral("City hall");
        QVERIFY(city->repositories().group().add(meeting).ok());
        auto s = open(std::move(city));
        s->click(QStringLiteral("priorityAdd"));
        const QString priority = s->pane->currentPriorityId();
        auto* table = s->find<QTableView>(QStringLiteral("consultationsTable"));
        QAbstractItemModelTester tester(table->model());

        bool markedPersonal = false;
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            auto* date = dialog.findChild<OptionalDateEdit*>(QStringLiteral("consultationDate"));
            date->setDate(QDate(2026, 1, 20));
            auto* meetings = dialog.findChild<QComboBox*>(QStringLiteral("consultationMeeting"));
            meetings->setCurrentIndex(meetings->findData(meeting.meta.id));
            auto* picker =
                dialog.findChild<StakeholderPicker*>(QStringLiteral("consultationPicker"));
            auto* add =
                dialog.findChild<QPushButton*>(QStringLiteral("consultationAddStakeholder"));
            for (const QString& id : {amal, caritas}) {
                picker->setCurrentId(id);
                QTest::mouseClick(add, Qt::LeftButton);
            }
            markedPersonal = dialog.findChild<QLabel*>(QStringLiteral("personalDataNotice"));
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit*>(QStringLiteral("consultationParticipants")),
                QStringLiteral("Fatima Zahra, Pierre Martin"));
            QTest::keyClicks(
                dialog.findChild<QPlainTextEdit*>(QStringLiteral("consultationSummary")),
                QStringLiteral("Housing comes first."));
            clickOk(dialog, QStringLiteral("consultationButtons"));
            return dialog.result();
        });
        s->click(QStringLiteral("consultationAdd"));
        QVERIFY(markedPersonal);
        QCOMPARE(s->plan().consultations(priority).size(), 1);
        Consultation stored = s->plan().consultations(priority).first();
        QCOMPARE(stored.meetingId, meeting.meta.id);
        QStringList both{amal, caritas};
        both.sort();
        QCOMPARE(stored.stakeholderIds, both);
        QCOMPARE(stored.participants, QStringLiteral("Fatima Zahra, Pierre Martin"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ConsultationsModel::StakeholdersColumn).data().toString(),
                 QStringLiteral("Association Amal, Caritas Tanger"));

        // Edit: one stakeholder less, another summary.
        table->selectRow(0);
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("consultationStakeholders"));
            // Listed by id, as stored: found by name.
            list->setCurrentItem(
                list->findItems(QStringLiteral("Association Amal"), Qt::MatchExactly).value(0));
            QTest::mouseClick(
                dialog.findChild<QPushButton*>(QStringLiteral("consultationRemoveStakeholder")),
                Qt::LeftButton);
            auto* summary =
                dialog.findChild<QPlainTextEdit*>(QStringLiteral("consultationSummary"));
            summary->setPlainText(QStringLiteral("Housing and language courses."));
            clickOk(dialog, QStringLiteral("consultationButtons"));
            return dialog.result();
        });
        s->click(QStringLiteral("consultationEdit"));
        stored = s->plan().consultations(priority).first();
        QCOMPARE(stored.stakeholderIds, QStringList{caritas});
        QCOMPARE(stored.summary, QStringLiteral("Housing and language courses."));
        QCOMPARE(table->model()->index(0, ConsultationsModel::SummaryColumn).data().toString(),
                 QStringLiteral("Housing and language courses."));
        s->stack().undo();
        QCOMPARE(s->plan().consultations(priority).first().stakeholderIds, both);
        s->stack().redo();

        table->selectRow(0);
        s->click(QStringLiteral("consultationRemove"));
        QVERIFY(s->plan().consultations(priority).isEmpty());
        QCOMPARE(table->model()->rowCount(), 0);
        s->stack().undo();
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void consultationWithoutDateIsRefusedInTheDialog()
    {
        auto s = open(TestCity::create());
        s->click(QStringLiteral("priorityAdd"));
        bool stayedOpen = false;
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            dialog.findChild<OptionalDateEdit*>(QStringLiteral("consultationDate"))
                ->setDate(QDate());
            clickOk(dialog, QStringLiteral("consultationButtons"));
            stayedOpen =
                dialog.result() != QDialog::Accepted &&
                !dialog.findChild<QLabel*>(QStringLiteral("consultationError"))->text().isEmpty();
            return int(QDialog::Rejected);
        });
        s->click(QStringLiteral("consultationAdd"));
        QVERIFY(stayedOpen);
        QVERIFY(s->plan().consultations().isEmpty());
    }

    void adoptionIsOneStep()
    {
        auto s = open(TestCity::create());
        s->click(QStringLiteral("priorityAdd"));
        s->click(QStringLiteral("priorityAdd"));
        Priority validated = s->plan().priorities().first();
        validated.status = Priority::Status::Validated;
        validated.validatedOn = QDate(2026, 2, 2);
        QVERIFY(s->plan().update(validated).ok());
        const int steps = s->stack().count();
        QString summary;
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            summary = dialog.findChild<QLabel*>(QStringLiteral("adoptionSummary"))->text();
            dialog.findChild<OptionalDateEdit*>(QStringLiteral("adoptionDate"))
                ->setDate(QDate(2026, 3, 3));
            clickOk(dialog, QStringLiteral("adoptionButtons"));
            return dialog.result();
        });
        s->click(QStringLiteral("adoptPlan"));
        QVERIFY2(summary.contains(QStringLiteral("1 validated priority")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 draft")), qPrintable(summary));
        QCOMPARE(s->stack().count(), steps + 1);
        QCOMPARE(s->plan().priority(validated.meta.id)->status, Priority::Status::Adopted);
        QCOMPARE(s->plan().document().adoptedOn, QDate(2026, 3, 3));
        auto* adopted = s->find<QLabel>(QStringLiteral("documentAdopted"));
        QVERIFY(adopted->text().startsWith(QStringLiteral("Adopted by the council on")));
        s->stack().undo();
        QCOMPARE(s->plan().priority(validated.meta.id)->status, Priority::Status::Validated);
        QVERIFY(!s->plan().document().isAdopted());
        QCOMPARE(adopted->text(), QStringLiteral("Not adopted by the council yet."));
    }

    void documentTextIsOneStepPerSession()
    {
        auto s = open(TestCity::create());
        auto* tabs = s->find<QTabWidget>(QStringLiteral("prioritiesTabs"));
        tabs->setCurrentIndex(1);
        auto* title = s->find<QLineEdit>(QStringLiteral("documentTitle"));
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Valmer priorities 2026"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(s->plan().document().title, QStringLiteral("Valmer priorities 2026"));
        QCOMPARE(s->stack().count(), 1);

        auto* intro = s->find<QTextEdit>(QStringLiteral("introduction"));
        intro->setFocus();
        QTRY_VERIFY(intro->hasFocus());
        QTest::keyClicks(intro, QStringLiteral("Valmer welcomes"));
        // A pause stores what was typed; typing on in the same session adds to that step.
        QTRY_COMPARE(s->stack().count(), 2);
        auto* tools = s->find<QToolBar>(QStringLiteral("introductionTools"));
        QAction* bold = tools->findChild<QAction*>(QStringLiteral("introductionBold"));
        QVERIFY(bold);
        QTest::mouseClick(tools->widgetForAction(bold), Qt::LeftButton);
        QVERIFY(intro->hasFocus());
        QTest::keyClicks(intro, QStringLiteral(" newcomers."));
        QTRY_VERIFY(s->plan().document().introduction.contains(QStringLiteral("newcomers.")));
        QVERIFY(s->plan().document().introduction.contains(QStringLiteral("font-weight")));
        QCOMPARE(s->stack().count(), 2);

        // Leaving the editor ends the session: the method is a step of its own.
        auto* method = s->find<QTextEdit>(QStringLiteral("method"));
        method->setFocus();
        QTest::keyClicks(method, QStringLiteral("We asked the group."));
        QTRY_COMPARE(s->stack().count(), 3);
        QVERIFY(s->plan().document().method.contains(QStringLiteral("We asked the group.")));

        s->stack().undo();
        QVERIFY(s->plan().document().method.isEmpty());
        QVERIFY(method->document()->isEmpty());
        s->stack().undo();
        QVERIFY(s->plan().document().introduction.isEmpty());
        QVERIFY(intro->toPlainText().isEmpty());
        s->stack().undo();
        QVERIFY(s->plan().document().title.isEmpty());
        QVERIFY(title->text().isEmpty());
    }
};

QTEST_MAIN(TestPriorityEvidence)
#include "TestPriorityEvidence.moc"
