// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistsPaneDriver.h"

// What the Service access pane shows of the answers: the gaps (following themes' names, sorted
// by area and theme, following answers), the chart on screen and as exported PNG and SVG, and
// an undo in an earlier round reaching the change and the chart.
class TestChecklistsPaneScores : public QObject, private ChecklistsPaneDriver
{
    Q_OBJECT

private slots:
    void init()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
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
        // The Gaps tab offers to make a priority of one (test_priorityfromgap).
        QVERIFY(!s->pane->findChildren<QPushButton*>(QStringLiteral("makePriority")).isEmpty());
    }

    void theStatementTakesTheWidthAndShowsWhole()
    {
        auto s = open(TestCity::demo());
        auto* table = s->find<QTableView>(QStringLiteral("gapsTable"));
        s->tabs()->setCurrentIndex(2);
        QTRY_VERIFY(table->isVisible());
        const int item = table->columnWidth(GapsModel::ItemColumn);
        for (int column = 0; column < GapsModel::ColumnCount; ++column) {
            if (column != GapsModel::ItemColumn)
                QVERIFY2(table->columnWidth(column) < item, qPrintable(QString::number(column)));
        }
        // Every statement whole in its row at this width (1100 pixels: a laptop's pane).
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString statement =
                table->model()->index(row, GapsModel::ItemColumn).data().toString();
            const QRect needed = table->fontMetrics().boundingRect(QRect(0, 0, item - 8, 10000),
                                                                   Qt::TextWordWrap, statement);
            QVERIFY2(needed.height() <= table->rowHeight(row), qPrintable(statement));
        }
        // The names of areas and themes wrap rather than take the statement's width.
        const int chars = table->fontMetrics().averageCharWidth();
        QVERIFY(table->columnWidth(GapsModel::AreaColumn) <= 16 * chars);
        QVERIFY(table->columnWidth(GapsModel::ThemeColumn) <= 20 * chars);
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
};

QTEST_MAIN(TestChecklistsPaneScores)
#include "TestChecklistsPaneScores.moc"
