// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/AreaScoresModel.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/ChecklistsPane.h"
#include "checklists/GapsModel.h"
#include "checklists/ScoreChartWidget.h"
#include "checklists/ScoresTab.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "shell/PaneRegistry.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

// The Service access pane driven as an officer would: answering with the keyboard, starting,
// editing and deleting rounds through the real dialogs, reading scores, chart and gaps.
class TestChecklistsPane : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        std::unique_ptr<TestCity> city;
        std::unique_ptr<ChecklistsPane> pane;

        ~Session() { pane.reset(); }
        ChecklistRepository& repo() { return city->repositories().checklists(); }
        QUndoStack& stack() { return city->undoStack(); }
        template <typename T> T* find(const QString& name)
        {
            T* w = pane->findChild<T*>(name);
            if (!w)
                qFatal("no widget %s", qPrintable(name));
            return w;
        }
        AnswerView* view() { return find<AnswerView>(QStringLiteral("answerView")); }
        AnswersModel* answers() { return view()->answersModel(); }
        GapsModel* gaps()
        {
            return static_cast<GapsModel*>(find<QTableView>(QStringLiteral("gapsTable"))->model());
        }
        ScoresTab* scores() { return find<ScoresTab>(QStringLiteral("scoresTab")); }
        QTabWidget* tabs() { return find<QTabWidget>(QStringLiteral("checklistsTabs")); }
        void click(const QString& button)
        {
            QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        }
    };

    static std::unique_ptr<Session> open(std::unique_ptr<TestCity> city)
    {
        auto s = std::make_unique<Session>();
        s->city = std::move(city);
        const PaneContext context{s->city->file(), s->city->repositories(), s->city->undoStack()};
        s->pane = std::make_unique<ChecklistsPane>(context);
        s->pane->resize(1100, 720);
        s->pane->show();
        s->pane->activateWindow();
        if (!QTest::qWaitForWindowActive(s->pane.get()))
            qFatal("the pane did not show");
        return s;
    }

    // Answers the next round dialog: fills it in, clicks OK, and reports what it returned.
    static void fillNextRoundDialog(const QString& label, std::function<void(QDialog&)> more = {},
                                    bool* refused = nullptr, QString* error = nullptr)
    {
        DialogHooks::setNextDialogHandler([=](QDialog& dialog) {
            auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("roundLabel"));
            edit->setText(label);
            if (more)
                more(dialog);
            auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("roundButtons"));
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
            if (refused)
                *refused = dialog.result() != QDialog::Accepted;
            if (error)
                *error = dialog.findChild<QLabel*>(QStringLiteral("roundError"))->text();
            return dialog.result();
        });
    }

    // The three tabs and the new round dialog as PNG files, to look at.
    static void saveShots(Session& s, const QString& dir, const QString& language)
    {
        for (int t = 0; t < 3; ++t) {
            s.tabs()->setCurrentIndex(t);
            QTest::qWait(50);
            s.pane->grab().save(dir + QStringLiteral("/checklists-%1-%2.png").arg(language).arg(t));
        }
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            dialog.show();
            QTest::qWait(50);
            dialog.grab().save(dir + QStringLiteral("/checklists-%1-dialog.png").arg(language));
            return int(QDialog::Rejected);
        });
        s.click(QStringLiteral("newRound"));
    }

    static void addRound(TestCity& city, const QString& label)
    {
        AssessmentRound round;
        round.templateId = city.repositories()
                               .checklists()
                               .templateByKey(QStringLiteral("mc2cm_basic_services"))
                               ->meta.id;
        round.label = label;
        round.heldOn = QDate(2025, 5, 1);
        if (!city.repositories().checklists().add(round))
            qFatal("cannot add the round");
    }

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
                 QStringLiteral("100\u00a0%"));
        const double coverage = scores
                                    ->data(scores->index(0, AreaScoresModel::CoverageColumn),
                                           AreaScoresModel::CoverageRole)
                                    .toDouble();
        QCOMPARE(coverage, 2.0 / scores->current().areas.first().counts.active());
        QCOMPARE(progress->text(), QStringLiteral("2 of %1 items answered").arg(active));
        // The chart draws the same: one bar, full height, mostly hatched.
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

    void gapsFollowTheThemesNames()
    {
        auto s = open(TestCity::demo());
        GapsModel* gaps = s->gaps();
        QAbstractItemModelTester tester(gaps);
        int row = -1;
        for (int r = 0; r < gaps->rowCount() && row < 0; ++r) {
            if (!gaps->index(r, GapsModel::ThemeColumn).data().toString().isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const GapList::Gap gap = gaps->gap(row);
        const QString themeId = gap.item.themeId.isEmpty() ? gap.area.themeId : gap.item.themeId;
        ThemeRepository& themes = s->city->repositories().themes();
        Theme theme = *themes.theme(themeId);
        theme.name = QStringLiteral("Renamed elsewhere");
        QSignalSpy changed(gaps, &QAbstractItemModel::dataChanged);
        QVERIFY(themes.update(theme).ok());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(gaps->index(row, GapsModel::ThemeColumn).data().toString(), theme.name);
    }

    void gapsSortByAreaAndThemeAndFollowAnswers()
    {
        auto s = open(TestCity::demo());
        GapsModel* gaps = s->gaps();
        QAbstractItemModelTester tester(gaps);
        int expected = 0;
        for (const Answer& a : s->answers()->answers())
            expected += GapList::isGap(a.value) ? 1 : 0;
        QVERIFY(expected > 1);
        QCOMPARE(gaps->rowCount(), expected);
        auto* table = s->find<QTableView>(QStringLiteral("gapsTable"));
        s->tabs()->setCurrentIndex(2);

        table->sortByColumn(GapsModel::AreaColumn, Qt::AscendingOrder);
        for (int r = 1; r < gaps->rowCount(); ++r)
            QVERIFY(gaps->gap(r - 1).area.position <= gaps->gap(r).area.position);
        table->sortByColumn(GapsModel::ThemeColumn, Qt::AscendingOrder);
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int r = 1; r < gaps->rowCount(); ++r) {
            const QString a = gaps->index(r - 1, GapsModel::ThemeColumn).data().toString();
            const QString b = gaps->index(r, GapsModel::ThemeColumn).data().toString();
            QVERIFY2(b.isEmpty() || (!a.isEmpty() && collator.compare(a, b) <= 0),
                     qPrintable(a + QStringLiteral(" / ") + b));
        }
        table->sortByColumn(GapsModel::AnswerColumn, Qt::AscendingOrder);
        QCOMPARE(gaps->gap(0).answer.value, Answer::Value::NotMet);

        // Answering "met" takes the gap away; "not met" on a met item adds one, in place.
        const QString itemId = gaps->gap(0).item.meta.id;
        const int row = s->answers()->rowOfItem(itemId);
        s->answers()->setData(s->answers()->index(row, AnswersModel::AnswerColumn),
                              int(Answer::Value::Met));
        QCOMPARE(gaps->rowCount(), expected - 1);
        s->stack().undo();
        QCOMPARE(gaps->rowCount(), expected);
        QCOMPARE(gaps->gap(0).answer.value, Answer::Value::NotMet);

        // Double click: the item in the Answering tab.
        const QModelIndex last = gaps->index(gaps->rowCount() - 1, GapsModel::ItemColumn);
        const QString lastItem = last.data(GapsModel::ItemIdRole).toString();
        table->scrollTo(last);
        QSignalSpy spy(table, &QAbstractItemView::doubleClicked);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(s->tabs()->currentIndex(), 0);
        QCOMPARE(s->view()->currentIndex().data(AnswersModel::ItemIdRole).toString(), lastItem);
        // No button promises priorities before that part of the program exists.
        QVERIFY(s->pane->findChildren<QPushButton*>(QStringLiteral("makePriority")).isEmpty());
    }

    void chartOnScreenIsTheRenderedChart()
    {
        auto s = open(TestCity::demo());
        s->tabs()->setCurrentWidget(s->scores());
        ScoreChartWidget* widget = s->scores()->chartWidget();
        QTRY_VERIFY(widget->isVisible() && widget->width() > 300);
        const ScoreChart& chart = widget->chart();
        // The demo holds two rounds: two series, the shown round last with its scores.
        QCOMPARE(chart.series().size(), 2);
        const Scoring::RoundScore& current = s->scores()->scoresModel()->current();
        for (int a = 0; a < current.areas.size(); ++a)
            QCOMPARE(chart.series().last().scores.at(a), current.areas.at(a).score);
        QImage direct(widget->size(), QImage::Format_ARGB32);
        direct.fill(Qt::white);
        QPainter painter(&direct);
        chart.render(painter, QRectF(QPointF(0, 0), widget->size()));
        painter.end();
        const QImage grabbed = widget->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(grabbed.size(), direct.size());
        QVERIFY(grabbed == direct);
    }

    void undoInAnEarlierRoundUpdatesChangeAndChart()
    {
        auto s = open(TestCity::demo());
        const QList<AssessmentRound> rounds = s->repo().rounds();
        AreaScoresModel* scores = s->scores()->scoresModel();
        const auto change = [&] {
            return scores->data(scores->index(scores->overallRow(), 0),
                                AreaScoresModel::ChangeRole);
        };
        const auto earlierOverall = [&] { return s->scores()->chartRounds().first().overall; };
        const QVariant changeBefore = change();
        const std::optional<double> earlierBefore = earlierOverall();
        QVERIFY(changeBefore.isValid());

        // In the first round, an unanswered item answered "met"; then back to the latest.
        QVERIFY(s->pane->showRound(rounds.first().meta.id));
        int row = -1;
        for (int r = 0; r < s->answers()->rowCount() && row < 0; ++r) {
            if (s->answers()->itemAt(r) &&
                !s->answers()->answerFor(s->answers()->itemAt(r)->meta.id))
                row = r;
        }
        QVERIFY(row > 0);
        s->answers()->setData(s->answers()->index(row, AnswersModel::AnswerColumn),
                              int(Answer::Value::Met));
        QVERIFY(s->pane->showRound(rounds.last().meta.id));
        QVERIFY(change() != changeBefore);
        QVERIFY(earlierOverall() != earlierBefore);

        // Undone while the latest round shows: the change and the earlier bars follow.
        s->stack().undo();
        QCOMPARE(change(), changeBefore);
        QCOMPARE(earlierOverall(), earlierBefore);
        QCOMPARE(s->scores()->chartWidget()->chart().series().first().label, rounds.first().label);
    }

    void exportsPngAndSvg()
    {
        auto s = open(TestCity::demo());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("scores.png"));
        DialogHooks::setNextFileName(png);
        s->click(QStringLiteral("exportChart"));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 960);
        const QString svg = dir.filePath(QStringLiteral("scores.svg"));
        DialogHooks::setNextFileName(svg);
        s->click(QStringLiteral("exportChart"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(DialogHooks::messages().isEmpty());
        // A folder that does not exist: a message naming the path, no crash.
        const QString bad = dir.filePath(QStringLiteral("missing/scores.png"));
        DialogHooks::setNextFileName(bad);
        s->click(QStringLiteral("exportChart"));
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(DialogHooks::messages().first().text.contains(QStringLiteral("missing")));
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
