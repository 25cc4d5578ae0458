// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistsPaneDriver.h"

// The Service access pane driven as an officer would: answering with the keyboard, starting,
// editing and deleting rounds through the real dialogs, a read-only file, French and
// right-to-left layouts.
class TestChecklistsPane : public QObject, private ChecklistsPaneDriver
{
    Q_OBJECT

private slots:
    void init()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
    }

    void answersWithKeysUndoesAndScores()
    {
        auto city = TestCity::create();
        addRound(*city, QStringLiteral("2025"));
        auto s = open(std::move(city));
        QAbstractItemModelTester tester(s->answers());
        auto* progress = s->find<QLabel>(QStringLiteral("roundProgress"));
        const int active = s->scores()->scoresModel()->current().overallCounts.active();
        QCOMPARE(progress->text(), QStringLiteral("0 of %1 items answered").arg(active));

        s->view()->setFocus();
        QTest::keyClick(s->view(), Qt::Key_1);
        QTest::keyClick(s->view(), Qt::Key_1);
        QTest::keyClick(s->view(), Qt::Key_3);
        QCOMPARE(s->stack().count(), 3);
        QCOMPARE(progress->text(), QStringLiteral("3 of %1 items answered").arg(active));
        s->stack().undo(); // the "not met"

        s->tabs()->setCurrentWidget(s->scores());
        AreaScoresModel* scores = s->scores()->scoresModel();
        QCOMPARE(scores->data(scores->index(0, AreaScoresModel::ScoreColumn)).toString(),
                 QStringLiteral("100%"));
        const double coverage = scores
                                    ->data(scores->index(0, AreaScoresModel::CoverageColumn),
                                           AreaScoresModel::CoverageRole)
                                    .toDouble();
        QCOMPARE(coverage, 2.0 / scores->current().areas.first().counts.active());
        QCOMPARE(progress->text(), QStringLiteral("2 of %1 items answered").arg(active));
        // The chart draws the same: one bar, full height, its coverage beside it.
        const ScoreChart& chart = s->scores()->chartWidget()->chart();
        QCOMPARE(chart.series().size(), 1);
        QCOMPARE(chart.series().first().scores.first().value(), 1.0);
        QCOMPARE(chart.series().first().coverage.first(), coverage);
        QVERIFY(!chart.series().first().scores.at(1));
    }

    void panelEditsAreUndoSteps()
    {
        auto city = TestCity::create();
        addRound(*city, QStringLiteral("2025"));
        auto s = open(std::move(city));
        const QString round = s->pane->currentRoundId();
        const QString item = s->answers()->itemAt(1)->meta.id;
        QTest::mouseClick(s->find<QPushButton>(QStringLiteral("answerButton_partly_met")),
                          Qt::LeftButton);
        QCOMPARE(s->repo().answerFor(round, item)->value, Answer::Value::PartlyMet);
        auto* evidence = s->find<QPlainTextEdit>(QStringLiteral("answerEvidence"));
        evidence->setFocus();
        QTest::keyClicks(evidence, QStringLiteral("School register 2025"));
        s->view()->setFocus(); // leaving the evidence stores it
        QCOMPARE(s->repo().answerFor(round, item)->evidence,
                 QStringLiteral("School register 2025"));
        auto* source = s->find<QLineEdit>(QStringLiteral("answerSource"));
        source->setFocus();
        QTest::keyClicks(source, QStringLiteral("Education office"));
        QTest::keyClick(source, Qt::Key_Return);
        QCOMPARE(s->repo().answerFor(round, item)->source, QStringLiteral("Education office"));
        s->find<QCheckBox>(QStringLiteral("answerDated"))->setChecked(true);
        QVERIFY(s->repo().answerFor(round, item)->evidenceDate.isValid());
        QCOMPARE(s->stack().count(), 4);
        s->stack().undo();
        QVERIFY(!s->repo().answerFor(round, item)->evidenceDate.isValid());
        s->stack().undo();
        QVERIFY(s->repo().answerFor(round, item)->source.isEmpty());
        QVERIFY(s->find<QLineEdit>(QStringLiteral("answerSource"))->text().isEmpty());
        s->stack().undo();
        s->stack().undo();
        QVERIFY(!s->repo().answerFor(round, item));
        // Rows 1 and 2 answered: from row 1, the next unanswered item is row 3.
        s->view()->setCurrentIndex(s->answers()->index(1, AnswersModel::AnswerColumn));
        s->view()->setFocus();
        QTest::keyClick(s->view(), Qt::Key_1);
        QTest::keyClick(s->view(), Qt::Key_1);
        s->view()->setCurrentIndex(s->answers()->index(1, AnswersModel::AnswerColumn));
        QTest::mouseClick(s->find<QPushButton>(QStringLiteral("nextUnanswered")), Qt::LeftButton);
        QCOMPARE(s->view()->currentIndex().row(), 3);
    }

    void newRoundCopiesTheLatestAnswers()
    {
        auto s = open(TestCity::demo());
        const AssessmentRound latest = *s->repo().latestRound();
        const int copied = int(s->repo().answers(latest.meta.id).size());
        QVERIFY(copied > 0);
        const int rounds = int(s->repo().rounds().size());
        const QString someone =
            s->city->repositories().stakeholders().stakeholderSummaries().first().name;
        fillNextRoundDialog(QStringLiteral("2027"), [&](QDialog& dialog) {
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("participantList"));
            dialog.findChild<QLineEdit*>(QStringLiteral("participantFilter"))->setText(someone);
            int shown = 0;
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->isHidden()) {
                    ++shown;
                    if (list->item(i)->text() == someone)
                        list->item(i)->setCheckState(Qt::Checked);
                }
            }
            QVERIFY(shown >= 1 && shown < list->count());
            auto* from = dialog.findChild<QComboBox*>(QStringLiteral("roundCopyFrom"));
            QCOMPARE(from->currentData().toString(), latest.meta.id);
        });
        s->click(QStringLiteral("newRound"));
        QCOMPARE(s->repo().rounds().size(), rounds + 1);
        const AssessmentRound added = *s->repo().roundByLabel(QStringLiteral("2027"));
        QCOMPARE(added.participantIds.size(), 1);
        QCOMPARE(s->pane->currentRoundId(), added.meta.id);
        QCOMPARE(s->repo().answers(added.meta.id).size(), copied);
        auto* picker = s->find<QComboBox>(QStringLiteral("roundPicker"));
        QVERIFY(picker->currentText().startsWith(QStringLiteral("2027")));

        s->stack().undo();
        QVERIFY(!s->repo().roundByLabel(QStringLiteral("2027")));
        QCOMPARE(picker->count(), rounds);
        QCOMPARE(s->pane->currentRoundId(), latest.meta.id);
        s->stack().redo();
        QCOMPARE(s->repo().answers(added.meta.id).size(), copied);
        QCOMPARE(s->pane->currentRoundId(), added.meta.id);

        // An empty start.
        fillNextRoundDialog(QStringLiteral("2028"), [](QDialog& dialog) {
            dialog.findChild<QComboBox*>(QStringLiteral("roundCopyFrom"))->setCurrentIndex(0);
        });
        s->click(QStringLiteral("newRound"));
        QVERIFY(
            s->repo().answers(s->repo().roundByLabel(QStringLiteral("2028"))->meta.id).isEmpty());
    }

    void newRoundRefusesABadLabel()
    {
        auto s = open(TestCity::demo());
        const AssessmentRound latest = *s->repo().latestRound();
        const int commands = s->stack().count();
        bool refused = false;
        QString error;
        fillNextRoundDialog(latest.label, {}, &refused, &error);
        s->click(QStringLiteral("newRound"));
        QVERIFY(refused);
        QVERIFY2(error.contains(latest.label), qPrintable(error));
        fillNextRoundDialog(QStringLiteral("  "), {}, &refused, &error);
        s->click(QStringLiteral("newRound"));
        QVERIFY(refused);
        QVERIFY(!error.isEmpty());
        QCOMPARE(s->stack().count(), commands);
    }

    void editsAndDeletesARound()
    {
        auto s = open(TestCity::demo());
        const AssessmentRound before = *s->repo().latestRound();
        fillNextRoundDialog(QStringLiteral("Review 2026"), [](QDialog& dialog) {
            QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("roundCopyFrom")));
            dialog.findChild<QDateEdit*>(QStringLiteral("roundDate"))->setDate(QDate(2026, 3, 2));
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("participantList"));
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(Qt::Unchecked);
        });
        s->click(QStringLiteral("editRound"));
        AssessmentRound after = *s->repo().round(before.meta.id);
        QCOMPARE(after.label, QStringLiteral("Review 2026"));
        QCOMPARE(after.heldOn, QDate(2026, 3, 2));
        QVERIFY(after.participantIds.isEmpty());
        auto* picker = s->find<QComboBox>(QStringLiteral("roundPicker"));
        QVERIFY(picker->currentText().startsWith(QStringLiteral("Review 2026")));
        s->stack().undo();
        after = *s->repo().round(before.meta.id);
        QCOMPARE(after.label, before.label);
        QCOMPARE(after.heldOn, before.heldOn);
        QCOMPARE(after.participantIds, before.participantIds);
        QVERIFY(picker->currentText().startsWith(before.label));

        // Delete: the question names the answers lost; No keeps everything.
        const int answers = int(s->repo().answers(before.meta.id).size());
        DialogHooks::setNextAnswer(QMessageBox::No);
        s->click(QStringLiteral("deleteRound"));
        QVERIFY(s->repo().round(before.meta.id));
        QVERIFY(DialogHooks::messages().last().text.contains(QString::number(answers)));
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        s->click(QStringLiteral("deleteRound"));
        QVERIFY(!s->repo().round(before.meta.id));
        QVERIFY(s->pane->currentRoundId() != before.meta.id);
        QVERIFY(!s->pane->currentRoundId().isEmpty());
        s->stack().undo();
        QCOMPARE(s->repo().answers(before.meta.id).size(), answers);
        QVERIFY(s->pane->showRound(before.meta.id));
        QCOMPARE(s->answers()->answers().size(), answers);
    }

    void readOnlyRefusesEveryEdit()
    {
        auto s = open(TestCity::demo());
        s->pane->setReadOnly(true);
        for (const char* name : {"newRound", "editRound", "deleteRound"})
            QVERIFY(!s->find<QPushButton>(QLatin1String(name))->isEnabled());
        QVERIFY(s->find<QComboBox>(QStringLiteral("roundPicker"))->isEnabled());
        const int row = s->view()->currentIndex().row();
        const QString item = s->answers()->itemAt(row)->meta.id;
        const std::optional<Answer> before = s->repo().answerFor(s->pane->currentRoundId(), item);
        s->view()->setFocus();
        QTest::keyClick(s->view(),
                        before && before->value == Answer::Value::Met ? Qt::Key_3 : Qt::Key_1);
        QCOMPARE(s->repo().answerFor(s->pane->currentRoundId(), item), before);
        QCOMPARE(s->view()->currentIndex().row(), row);
        QCOMPARE(s->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!s->find<QPushButton>(QStringLiteral("answerButton_met"))->isEnabled());
        QVERIFY(s->find<QPlainTextEdit>(QStringLiteral("answerEvidence"))->isReadOnly());
        QVERIFY(s->find<QLineEdit>(QStringLiteral("answerSource"))->isReadOnly());
        QVERIFY(!s->find<QCheckBox>(QStringLiteral("answerDated"))->isEnabled());
        QCOMPARE(s->stack().count(), 0);
        // Reading is still allowed: the chart can be saved.
        QVERIFY(s->find<QPushButton>(QStringLiteral("exportChart"))->isEnabled());
        s->pane->setReadOnly(false);
        QVERIFY(s->find<QPushButton>(QStringLiteral("newRound"))->isEnabled());
        QVERIFY(s->find<QPushButton>(QStringLiteral("answerButton_met"))->isEnabled());
    }

    void frenchLabelsFit()
    {
        Translator::install(*qApp, QStringLiteral("fr"));
        auto s = open(TestCity::demo(0, QStringLiteral("fr")));
        QCOMPARE(PaneRegistry::entries().at(2).title(), QStringLiteral("Accès aux services"));
        for (QPushButton* b : s->pane->findChildren<QPushButton*>()) {
            if (b->isVisible())
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        }
        QVERIFY(s->find<QLabel>(QStringLiteral("roundProgress"))
                    ->text()
                    .contains(QStringLiteral(" sur ")));
        // Look at it: PASSERELLE_SHOTS=folder saves the tabs as PNG.
        if (const QString dir = qEnvironmentVariable("PASSERELLE_SHOTS"); !dir.isEmpty())
            saveShots(*s, dir, QStringLiteral("fr"));
        Translator::install(*qApp, QStringLiteral("en"));
    }

    void screenshotsInEnglish()
    {
        const QString dir = qEnvironmentVariable("PASSERELLE_SHOTS");
        if (dir.isEmpty())
            QSKIP("PASSERELLE_SHOTS not set");
        auto s = open(TestCity::demo());
        saveShots(*s, dir, QStringLiteral("en"));
        // Right to left (Arabic, Hebrew): the layouts mirror, nothing overlaps.
        QApplication::setLayoutDirection(Qt::RightToLeft);
        saveShots(*s, dir, QStringLiteral("rtl"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestChecklistsPane)
#include "TestChecklistsPane.moc"
