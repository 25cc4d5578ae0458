// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/AreaScoresModel.h"
#include "checklists/ChecklistRepository.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// An officer answers items with the keyboard in the real view: 1-5 answer and move on, the
// arrows step over area rows, Enter edits the evidence; undo takes back one answer and the
// area's score and coverage follow.
class TestAnswerKeyboard : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<CityFile> file;
        std::unique_ptr<Repositories> repos;
        AssessmentRound round;
        std::unique_ptr<AnswersModel> model;
        std::unique_ptr<AreaScoresModel> scores;
        std::unique_ptr<AnswerView> view;

        ChecklistRepository& repo() { return repos->checklists(); }
        QUndoStack& stack() { return *file->undoStack(); }
        QString itemAt(int row) const
        {
            return model->data(model->index(row, 0), AnswersModel::ItemIdRole).toString();
        }
        std::optional<Answer> stored(int row)
        {
            return repo().answerFor(round.meta.id, itemAt(row));
        }
    };

    static std::unique_ptr<Fixture> makeView()
    {
        auto f = std::make_unique<Fixture>();
        CityFile::NewCity identity;
        identity.name = QStringLiteral("Lyon");
        identity.country = QStringLiteral("FR");
        CityFile::OpenResult r =
            CitySeeder::createFile(f->dir.filePath(QStringLiteral("lyon.passerelle")), identity);
        if (!r.ok())
            qFatal("cannot create the test city: %s", qPrintable(r.error().message()));
        f->file = r.take();
        f->repos = std::make_unique<Repositories>(*f->file);
        f->round.templateId =
            f->repo().templateByKey(QStringLiteral("mc2cm_basic_services"))->meta.id;
        f->round.label = QStringLiteral("2025");
        f->round.heldOn = QDate(2025, 5, 1);
        if (!f->repo().add(f->round))
            qFatal("cannot add the round");
        const PaneContext context{*f->file, *f->repos, *f->file->undoStack()};
        f->model = std::make_unique<AnswersModel>(context);
        f->scores = std::make_unique<AreaScoresModel>(f->repo(), *f->model);
        f->view = std::make_unique<AnswerView>();
        f->view->setAnswersModel(f->model.get());
        f->model->setRound(f->round.meta.id);
        f->view->resize(900, 600);
        f->view->show();
        f->view->setFocus();
        return f;
    }

private slots:
    void answersWithDigitsAndUndoes()
    {
        auto f = makeView();
        QAbstractItemModelTester tester(f->model.get());
        QAbstractItemModelTester scoresTester(f->scores.get());
        QVERIFY(QTest::qWaitForWindowExposed(f->view.get()));
        // The first item is current: row 0 is its area's heading.
        QCOMPARE(f->view->currentIndex().row(), 1);

        QTest::keyClick(f->view.get(), Qt::Key_1);
        QTest::keyClick(f->view.get(), Qt::Key_2);
        QTest::keyClick(f->view.get(), Qt::Key_3);
        QCOMPARE(f->view->currentIndex().row(), 4);
        QCOMPARE(f->stack().count(), 3);
        QCOMPARE(f->stored(1)->value, Answer::Value::Met);
        QCOMPARE(f->stored(2)->value, Answer::Value::PartlyMet);
        QCOMPARE(f->stored(3)->value, Answer::Value::NotMet);

        const auto areaScore = [&f] {
            return f->scores->data(f->scores->index(0, AreaScoresModel::ScoreColumn),
                                   AreaScoresModel::ScoreRole);
        };
        const auto areaCoverage = [&f] {
            return f->scores
                ->data(f->scores->index(0, AreaScoresModel::CoverageColumn),
                       AreaScoresModel::CoverageRole)
                .toDouble();
        };
        const int active = f->scores->current().areas.first().counts.active();
        QVERIFY(active > 3);
        QCOMPARE(areaScore().toDouble(), 0.5); // (1 + 0.5) / 3
        QCOMPARE(areaCoverage(), 3.0 / active);

        // Undo the "not met": the item is unanswered again, not "unknown".
        f->stack().undo();
        QVERIFY(!f->stored(3));
        QCOMPARE(f->repo().answers(f->round.meta.id).size(), 2);
        QCOMPARE(areaScore().toDouble(), 0.75); // (1 + 0.5) / 2
        QCOMPARE(areaCoverage(), 2.0 / active);
        QCOMPARE(f->scores->data(f->scores->index(0, AreaScoresModel::ScoreColumn)).toString(),
                 QStringLiteral("75%"));

        // 4 and 5 answer unknown and not applicable; only n.a. adds to the coverage.
        QTest::keyClick(f->view.get(), Qt::Key_4);
        QTest::keyClick(f->view.get(), Qt::Key_5, Qt::KeypadModifier);
        QCOMPARE(f->stored(4)->value, Answer::Value::Unknown);
        QCOMPARE(f->stored(5)->value, Answer::Value::NotApplicable);
        QCOMPARE(areaCoverage(), 3.0 / active);
        // A modified digit is no answer.
        QTest::keyClick(f->view.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!f->stored(6));
    }

    void arrowsStepOverAreaRows()
    {
        auto f = makeView();
        QVERIFY(QTest::qWaitForWindowExposed(f->view.get()));
        // Find the second area's heading.
        int heading = -1;
        for (int row = 2; row < f->model->rowCount() && heading < 0; ++row) {
            if (f->model->isAreaRow(row))
                heading = row;
        }
        QVERIFY(heading > 1);
        f->view->setCurrentIndex(f->model->index(heading - 1, AnswersModel::AnswerColumn));
        QTest::keyClick(f->view.get(), Qt::Key_Down);
        QCOMPARE(f->view->currentIndex().row(), heading + 1);
        QTest::keyClick(f->view.get(), Qt::Key_Up);
        QCOMPARE(f->view->currentIndex().row(), heading - 1);
        // Answering the last item of an area goes on to the first item of the next.
        QTest::keyClick(f->view.get(), Qt::Key_1);
        QCOMPARE(f->view->currentIndex().row(), heading + 1);
        // At the top, Up stays on the first item rather than the heading.
        f->view->setCurrentIndex(f->model->index(1, AnswersModel::AnswerColumn));
        QTest::keyClick(f->view.get(), Qt::Key_Up);
        QCOMPARE(f->view->currentIndex().row(), 1);
    }

    void enterEditsTheEvidence()
    {
        auto f = makeView();
        QVERIFY(QTest::qWaitForWindowExposed(f->view.get()));
        QTest::keyClick(f->view.get(), Qt::Key_2);
        QTest::keyClick(f->view.get(), Qt::Key_Up);
        QCOMPARE(f->view->currentIndex().row(), 1);
        QTest::keyClick(f->view.get(), Qt::Key_Return);
        QCOMPARE(f->view->currentIndex().column(), int(AnswersModel::EvidenceColumn));
        auto* editor = f->view->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        // Digits typed in the evidence are text, not answers.
        QTest::keyClicks(editor, QStringLiteral("Decree 3"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f->stored(1)->evidence, QStringLiteral("Decree 3"));
        QCOMPARE(f->stored(1)->value, Answer::Value::PartlyMet);
        QCOMPARE(f->stack().count(), 2);
        QVERIFY(!f->stored(2));
    }
};

QTEST_MAIN(TestAnswerKeyboard)
#include "TestAnswerKeyboard.moc"
