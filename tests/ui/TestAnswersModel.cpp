// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/AnswersModel.h"
#include "checklists/AreaScoresModel.h"
#include "checklists/ChecklistRepository.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "commands/NewRoundCommand.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The answers grid's models: one round's items area by area, edits as undo commands that put
// back the previous answer (or none), row-level updates, round switching, area scores with
// coverage and change, and a new round copied from the previous one.
class TestAnswersModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<CityFile> file;
        std::unique_ptr<Repositories> repos;
        QString templateId;

        PaneContext context() { return {*file, *repos, *file->undoStack()}; }
        ChecklistRepository& repo() { return repos->checklists(); }
        QUndoStack& stack() { return *file->undoStack(); }
    };

    static std::unique_ptr<Fixture> makeCity()
    {
        auto city = std::make_unique<Fixture>();
        CityFile::NewCity identity;
        identity.name = QStringLiteral("Sfax");
        identity.country = QStringLiteral("TN");
        CityFile::OpenResult r =
            CitySeeder::createFile(city->dir.filePath(QStringLiteral("sfax.passerelle")), identity);
        if (!r.ok())
            qFatal("cannot create the test city: %s", qPrintable(r.error().message()));
        city->file = r.take();
        city->repos = std::make_unique<Repositories>(*city->file);
        city->templateId =
            city->repo().templateByKey(QStringLiteral("mc2cm_basic_services"))->meta.id;
        return city;
    }

    static AssessmentRound addRound(Fixture& city, const QString& label, QDate heldOn)
    {
        AssessmentRound round;
        round.templateId = city.templateId;
        round.label = label;
        round.heldOn = heldOn;
        if (Result<void> r = city.repo().add(round); !r)
            qFatal("cannot add a round: %s", qPrintable(r.error().message));
        return round;
    }

    static int firstItemRow(const AnswersModel& model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.isAreaRow(row))
                return row;
        }
        return -1;
    }

private slots:
    void rowsAreAreasThenTheirItems()
    {
        auto city = makeCity();
        const AssessmentRound round = addRound(*city, QStringLiteral("2025"), {2025, 3, 1});
        AnswersModel model(city->context());
        QAbstractItemModelTester tester(&model);
        QVERIFY(model.setRound(round.meta.id));
        const int areas = int(city->repo().areas(city->templateId).size());
        QCOMPARE(model.rowCount(), 77 + areas);
        QVERIFY(model.isAreaRow(0));
        QVERIFY(!model.isAreaRow(1));
        QCOMPARE(model.data(model.index(1, AnswersModel::AnswerColumn)).toString(),
                 QStringLiteral("Not answered"));
        QVERIFY(!(model.flags(model.index(0, AnswersModel::AnswerColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(1, AnswersModel::AnswerColumn)) & Qt::ItemIsEditable);
        QVERIFY(!model.setRound(QStringLiteral("no-such-round")));
        QCOMPARE(model.roundId(), round.meta.id);
    }

    void answeringPushesAnUndoableCommand()
    {
        auto city = makeCity();
        const AssessmentRound round = addRound(*city, QStringLiteral("2025"), {2025, 3, 1});
        AnswersModel model(city->context());
        QAbstractItemModelTester tester(&model);
        model.setAnsweredBy(QStringLiteral("Officer"));
        model.setRound(round.meta.id);
        const int row = firstItemRow(model);
        const QString itemId = model.data(model.index(row, 0), AnswersModel::ItemIdRole).toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.setData(model.index(row, AnswersModel::AnswerColumn),
                              int(Answer::Value::PartlyMet)));
        QCOMPARE(city->stack().count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(reset.count(), 0);
        std::optional<Answer> stored = city->repo().answerFor(round.meta.id, itemId);
        QVERIFY(stored);
        QCOMPARE(stored->value, Answer::Value::PartlyMet);
        QCOMPARE(stored->answeredBy, QStringLiteral("Officer"));

        // Evidence edits the same answer.
        QVERIFY(model.setData(model.index(row, AnswersModel::EvidenceColumn),
                              QStringLiteral("Municipal decree 12/2024")));
        QCOMPARE(city->repo().answers(round.meta.id).size(), 1);
        QCOMPARE(model.data(model.index(row, AnswersModel::EvidenceColumn)).toString(),
                 QStringLiteral("Municipal decree 12/2024"));

        // Undo puts back the previous answer, then no answer at all.
        city->stack().undo();
        QCOMPARE(city->repo().answerFor(round.meta.id, itemId)->evidence, QString());
        city->stack().undo();
        QVERIFY(!city->repo().answerFor(round.meta.id, itemId));
        QVERIFY(!model.data(model.index(row, 0), AnswersModel::ValueRole).isValid());
        // Redo brings the same answer back, with its identity.
        city->stack().redo();
        QCOMPARE(city->repo().answerFor(round.meta.id, itemId)->meta.id, stored->meta.id);
        QCOMPARE(model.data(model.index(row, 0), AnswersModel::ValueRole).toInt(),
                 int(Answer::Value::PartlyMet));
        QCOMPARE(reset.count(), 0);

        // Nothing pushed for a value that is no answer, nor for the same answer again.
        QVERIFY(!model.setData(model.index(row, AnswersModel::AnswerColumn), 9));
        QVERIFY(model.setData(model.index(row, AnswersModel::AnswerColumn),
                              QStringLiteral("partly_met")));
        QCOMPARE(city->stack().index(), 1);
    }

    void switchesRounds()
    {
        auto city = makeCity();
        const AssessmentRound first = addRound(*city, QStringLiteral("2024"), {2024, 3, 1});
        const AssessmentRound second = addRound(*city, QStringLiteral("2025"), {2025, 3, 1});
        AnswersModel model(city->context());
        QAbstractItemModelTester tester(&model);
        AreaScoresModel scores(city->repo(), model);
        QAbstractItemModelTester scoresTester(&scores);
        QCOMPARE(scores.rowCount(), 0);

        model.setRound(first.meta.id);
        const int row = firstItemRow(model);
        model.setData(model.index(row, AnswersModel::AnswerColumn), int(Answer::Value::NotMet));
        QCOMPARE(scores.previousRoundId(), QString());
        model.setRound(second.meta.id);
        QCOMPARE(scores.previousRoundId(), first.meta.id);
        QVERIFY(!model.data(model.index(row, 0), AnswersModel::ValueRole).isValid());
        model.setData(model.index(row, AnswersModel::AnswerColumn), int(Answer::Value::Met));

        // The first area went from 0 % to 100 %, on one item each time.
        QCOMPARE(
            scores.data(scores.index(0, AreaScoresModel::ScoreColumn), AreaScoresModel::ScoreRole)
                .toDouble(),
            1.0);
        QCOMPARE(
            scores.data(scores.index(0, AreaScoresModel::ChangeColumn), AreaScoresModel::ChangeRole)
                .toDouble(),
            1.0);
        QCOMPARE(scores.data(scores.index(0, AreaScoresModel::ChangeColumn)).toString(),
                 QStringLiteral("+100 pts"));

        model.setRound(first.meta.id);
        QCOMPARE(model.data(model.index(row, 0), AnswersModel::ValueRole).toInt(),
                 int(Answer::Value::NotMet));
        // An answer to another round leaves the shown one alone.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Answer other;
        other.roundId = second.meta.id;
        other.itemId = model.data(model.index(row + 1, 0), AnswersModel::ItemIdRole).toString();
        other.value = Answer::Value::Met;
        QVERIFY(city->repo().setAnswer(other));
        QCOMPARE(changed.count(), 0);

        // Removing the shown round empties the grid.
        QVERIFY(city->repo().remove(first));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(scores.rowCount(), 0);
    }

    void scoresFollowAnswers()
    {
        auto city = makeCity();
        const AssessmentRound round = addRound(*city, QStringLiteral("2025"), {2025, 3, 1});
        AnswersModel model(city->context());
        AreaScoresModel scores(city->repo(), model);
        QAbstractItemModelTester scoresTester(&scores);
        model.setRound(round.meta.id);
        const int areas = int(city->repo().areas(city->templateId).size());
        QCOMPARE(scores.rowCount(), areas + 1);
        QCOMPARE(scores.overallRow(), areas);
        // No answer: no score, shown as a dash rather than 0 %.
        QVERIFY(
            !scores.data(scores.index(0, AreaScoresModel::ScoreColumn), AreaScoresModel::ScoreRole)
                 .isValid());
        QCOMPARE(scores.data(scores.index(0, AreaScoresModel::ScoreColumn)).toString(),
                 QStringLiteral("\u2014"));

        const int row = firstItemRow(model);
        model.setData(model.index(row, AnswersModel::AnswerColumn), int(Answer::Value::Met));
        model.setData(model.index(row + 1, AnswersModel::AnswerColumn),
                      int(Answer::Value::NotApplicable));
        const Scoring::Counts& counts = scores.current().areas.first().counts;
        QCOMPARE(counts.of(Answer::Value::Met), 1);
        QCOMPARE(scores.data(scores.index(0, AreaScoresModel::MetColumn)).toInt(), 1);
        QCOMPARE(scores.data(scores.index(0, AreaScoresModel::NotApplicableColumn)).toInt(), 1);
        QCOMPARE(scores
                     .data(scores.index(0, AreaScoresModel::CoverageColumn),
                           AreaScoresModel::CoverageRole)
                     .toDouble(),
                 2.0 / counts.active());
        QCOMPARE(scores
                     .data(scores.index(areas, AreaScoresModel::CoverageColumn),
                           AreaScoresModel::CoverageRole)
                     .toDouble(),
                 2.0 / 77);
        QCOMPARE(scores.data(scores.index(areas, AreaScoresModel::AreaColumn)).toString(),
                 QStringLiteral("Overall"));
    }

    void newRoundCopiesThePreviousAnswers()
    {
        auto city = makeCity();
        const AssessmentRound first = addRound(*city, QStringLiteral("2024"), {2024, 3, 1});
        AnswersModel model(city->context());
        QAbstractItemModelTester tester(&model);
        model.setRound(first.meta.id);
        const int row = firstItemRow(model);
        model.setData(model.index(row, AnswersModel::AnswerColumn), int(Answer::Value::Met));
        model.setData(model.index(row, AnswersModel::EvidenceColumn), QStringLiteral("Decree"));
        model.setData(model.index(row + 2, AnswersModel::AnswerColumn), int(Answer::Value::NotMet));

        AssessmentRound next;
        next.templateId = city->templateId;
        next.label = QStringLiteral("2025");
        next.heldOn = QDate(2025, 3, 1);
        auto* command = new NewRoundCommand(city->file.get(), city->repo(), next, first.meta.id,
                                            QStringLiteral("New round"));
        city->stack().push(command);
        const QString nextId = command->round().meta.id;
        QVERIFY(!nextId.isEmpty());
        QCOMPARE(command->round().templateVersion, 1);
        const QList<Answer> copied = city->repo().answers(nextId);
        QCOMPARE(copied.size(), 2);
        std::optional<Answer> copy = city->repo().answerFor(
            nextId, model.data(model.index(row, 0), AnswersModel::ItemIdRole).toString());
        QVERIFY(copy);
        QCOMPARE(copy->value, Answer::Value::Met);
        QCOMPARE(copy->evidence, QStringLiteral("Decree"));
        // A copy is a record of its own: editing it must not touch the earlier round.
        QVERIFY(copy->meta.id != city->repo().answerFor(first.meta.id, copy->itemId)->meta.id);

        model.setRound(nextId);
        QCOMPARE(model.data(model.index(row + 2, 0), AnswersModel::ValueRole).toInt(),
                 int(Answer::Value::NotMet));
        // Changing the copy leaves the earlier round as it was.
        model.setData(model.index(row + 2, AnswersModel::AnswerColumn), int(Answer::Value::Met));
        QCOMPARE(
            city->repo()
                .answerFor(first.meta.id,
                           model.data(model.index(row + 2, 0), AnswersModel::ItemIdRole).toString())
                ->value,
            Answer::Value::NotMet);

        // Undoing the new round takes its answers with it; redo brings back the same ones.
        city->stack().undo();
        city->stack().undo();
        QVERIFY(!city->repo().round(nextId));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(city->repo().answers(first.meta.id).size(), 2);
        city->stack().redo();
        QVERIFY(city->repo().round(nextId));
        QCOMPARE(city->repo().answers(nextId).size(), 2);
        QCOMPARE(city->repo().answerFor(nextId, copy->itemId)->meta.id, copy->meta.id);
    }

    void newRoundWithoutCopyStartsEmpty()
    {
        auto city = makeCity();
        const AssessmentRound first = addRound(*city, QStringLiteral("2024"), {2024, 3, 1});
        Answer a;
        a.roundId = first.meta.id;
        a.itemId = city->repo().allItems(city->templateId).first().meta.id;
        a.value = Answer::Value::Met;
        QVERIFY(city->repo().setAnswer(a));
        AssessmentRound next;
        next.templateId = city->templateId;
        next.label = QStringLiteral("2025");
        next.heldOn = QDate(2025, 3, 1);
        QVERIFY(city->repo().addRound(next, {}));
        QCOMPARE(city->repo().answers(next.meta.id).size(), 0);
    }

    void readOnlyFileRefusesEdits()
    {
        auto city = makeCity();
        const AssessmentRound round = addRound(*city, QStringLiteral("2025"), {2025, 3, 1});
        const QString path = city->file->path();
        city->repos.reset();
        city->file.reset();
        CityFile::OpenResult r = CityFile::open(path, CityFile::Access::ReadOnly);
        QVERIFY(r.ok());
        city->file = r.take();
        city->repos = std::make_unique<Repositories>(*city->file);
        AnswersModel model(city->context());
        model.setRound(round.meta.id);
        const int row = firstItemRow(model);
        QVERIFY(!(model.flags(model.index(row, AnswersModel::AnswerColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, AnswersModel::AnswerColumn), 0));
        QCOMPARE(city->stack().count(), 0);
    }
};

QTEST_MAIN(TestAnswersModel)
#include "TestAnswersModel.moc"
