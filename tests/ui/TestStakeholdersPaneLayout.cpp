// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersPaneDriver.h"
#include "TestFiles.h"
#include "stakeholders/detail/EngagementLogModel.h"
#include "stakeholders/detail/RelationsPanelModel.h"
#include "stakeholders/grid/InfluenceGridLegend.h"
#include "stakeholders/group/GroupMembersModel.h"
#include "stakeholders/group/StakeholderGroupView.h"
#include "stakeholders/table/StakeholderTableColumns.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTextLayout>

// The Stakeholders pane on a laptop's screen, driven as an officer would: the details folded
// away and back, columns hidden from the header's menu and found so in a pane opened later,
// the group's meetings listed several at a time, relations showing whole names.
class TestStakeholdersPaneLayout : public QObject, protected StakeholdersPaneDriver
{
    Q_OBJECT

    QTemporaryDir m_settings;

    QTabWidget* views() { return find<QTabWidget>(QStringLiteral("stakeholderViews")); }
    QToolButton* detailsToggle()
    {
        return find<QToolButton>(QStringLiteral("stakeholderDetailsToggle"));
    }
    QWidget* details() { return find<QWidget>(QStringLiteral("stakeholderDetails")); }
    void showView(QWidget* view) { views()->setCurrentWidget(view); }
    // Reopens the pane on the same file, as on the next start.
    void reopenPane()
    {
        m_pane.reset();
        openPane();
    }
    // The header's menu of columns, opened with a right click on the header.
    QMenu* openColumnsMenu()
    {
        QHeaderView* header = table()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(StakeholderTableModel::Name) + 5,
                        header->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &event);
        auto* menu = m_pane->findChild<QMenu*>(QStringLiteral("stakeholderColumnsMenu"));
        [&] {
            QVERIFY(menu);
            QTRY_VERIFY(menu->isVisible());
        }();
        return menu;
    }
    void clickMenuEntry(QMenu* menu, const QString& name)
    {
        auto* action = menu->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_VERIFY(!menu->isVisible());
    }

    // The pane as in a maximised window on 1280×720, in French (the longer words).
    void openInFrenchOnALaptop()
    {
        Translator::install(*qApp, QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        reopenPane();
        m_pane->resize(800, 480);
        QTest::qWait(50);
        m_pane->resize(1090, 560);
        QTest::qWait(50);
    }

    // QHeaderView::length() may still count the sizes hidden columns had.
    static int visibleWidth(QHeaderView* header)
    {
        int width = 0;
        for (int section = 0; section < header->count(); ++section)
            width += header->isSectionHidden(section) ? 0 : header->sectionSize(section);
        return width;
    }

    // What the name column shows when the officer's width for it is base: that, or the whole
    // width the other columns leave in the view.
    int fittedName(int base)
    {
        QHeaderView* header = table()->horizontalHeader();
        int others = 0;
        for (int section = 1; section < header->count(); ++section)
            others += header->isSectionHidden(section) ? 0 : header->sectionSize(section);
        return std::max(base, table()->viewport()->width() - others);
    }

    static int contentWidth(QTableView* view, int column)
    {
        const QAbstractItemView* items = view;
        return std::max(items->sizeHintForColumn(column),
                        view->horizontalHeader()->sectionSizeHint(column));
    }

private slots:
    void initTestCase()
    {
        installEnglish();
        TestFiles::isolateSettings(m_settings);
    }
    void init()
    {
        QSettings().clear();
        openOnDemoCity();
    }
    void cleanup()
    {
        closeAll();
        // Back to English for the next test, whatever this one left.
        installEnglish();
        QLocale::setDefault(QLocale::c());
    }

    void detailsFoldAwayAndComeBack()
    {
        auto* splitter = find<QSplitter>(QStringLiteral("stakeholderSplitter"));
        QVERIFY(m_pane->detailsShown());
        const int viewsWidth = views()->width();
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        QVERIFY(!m_pane->detailsShown());
        QVERIFY(!details()->isVisible());
        // The view takes the width the details leave.
        QTRY_VERIFY(views()->width() > viewsWidth + 200);
        QCOMPARE(detailsToggle()->text(), QStringLiteral("Show details"));

        // Remembered: a pane opened later starts with them folded.
        reopenPane();
        QVERIFY(!m_pane->detailsShown());
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        QVERIFY(m_pane->detailsShown());
        QTRY_VERIFY(details()->isVisible());
        QVERIFY(splitter != find<QSplitter>(QStringLiteral("stakeholderSplitter")));
        QTRY_VERIFY(find<QSplitter>(QStringLiteral("stakeholderSplitter"))->sizes().value(1) > 200);
        reopenPane();
        QVERIFY(m_pane->detailsShown());
    }

    void groupViewTakesTheDetailsWidth()
    {
        auto* group = find<StakeholderGroupView>(QStringLiteral("stakeholderGroupView"));
        QVERIFY(m_pane->detailsShown());
        showView(group);
        QVERIFY(!m_pane->detailsShown());
        QTRY_VERIFY(group->width() > 1000);
        showView(table()->parentWidget());
        QVERIFY(m_pane->detailsShown());

        // The officer's choice on the group view is its own, and remembered.
        showView(group);
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        QVERIFY(m_pane->detailsShown());
        reopenPane();
        QVERIFY(m_pane->detailsShown());
        showView(find<StakeholderGroupView>(QStringLiteral("stakeholderGroupView")));
        QVERIFY(m_pane->detailsShown());

        // The network, a picture too, starts with the details folded, its choice its own.
        auto* network = find<QWidget>(QStringLiteral("relationsNetwork"));
        showView(network);
        QVERIFY(!m_pane->detailsShown());
        QTRY_VERIFY(network->width() > 1000);
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        QVERIFY(m_pane->detailsShown());
        showView(table()->parentWidget());
        QVERIFY(m_pane->detailsShown());
        reopenPane();
        showView(find<QWidget>(QStringLiteral("relationsNetwork")));
        QVERIFY(m_pane->detailsShown());
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        showView(find<StakeholderGroupView>(QStringLiteral("stakeholderGroupView")));

        // A member opened from the group shows its details even when they were folded.
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        QVERIFY(!m_pane->detailsShown());
        m_pane->stakeholderActivated(repo().stakeholders().first().meta.id);
        QVERIFY(m_pane->detailsShown());
    }

    void keyColumnsFitALaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void keyColumnsFitALaptop()
    {
        QFETCH(QString, language);
        Translator::install(*qApp, language);
        QLocale::setDefault(
            QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
        reopenPane();
        // The width the table gets beside the details in a maximised window on 1280×720.
        // First shown at three quarters of the screen, then maximised, as the shell does.
        m_pane->resize(800, 480);
        QTest::qWait(50);
        m_pane->resize(1090, 560);
        QHeaderView* header = table()->horizontalHeader();
        for (int column : {StakeholderTableModel::Name, StakeholderTableModel::Kind,
                           StakeholderTableModel::Influence, StakeholderTableModel::Interest,
                           StakeholderTableModel::Stance})
            QVERIFY(!header->isSectionHidden(column));
        QTRY_COMPARE(table()->horizontalScrollBar()->maximum(), 0);
    }

    void hiddenColumnsAndWidthsAreRemembered()
    {
        QHeaderView* header = table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(StakeholderTableModel::Kind));
        QMenu* menu = openColumnsMenu();
        // The name says what a row is: it cannot be hidden.
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("column_name"))->isEnabled());
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("column_kind"))->isChecked());
        clickMenuEntry(menu, QStringLiteral("column_kind"));
        QVERIFY(header->isSectionHidden(StakeholderTableModel::Kind));
        header->resizeSection(StakeholderTableModel::Name, 321);

        reopenPane();
        header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(StakeholderTableModel::Kind));
        // The officer's width is what is kept; the view may show the name wider.
        QCOMPARE(QSettings()
                     .value(QStringLiteral("stakeholderTable/widths"))
                     .toMap()
                     .value(QStringLiteral("name")),
                 QVariant(321));
        QCOMPARE(header->sectionSize(StakeholderTableModel::Name), fittedName(321));
        menu = openColumnsMenu();
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("column_kind"))->isChecked());
        // Shown again from the same menu, and so on the next opening.
        clickMenuEntry(menu, QStringLiteral("column_kind"));
        QVERIFY(!header->isSectionHidden(StakeholderTableModel::Kind));
        reopenPane();
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(StakeholderTableModel::Kind));

        // Settings stored for other columns are not put on these.
        menu = openColumnsMenu();
        clickMenuEntry(menu, QStringLiteral("column_kind"));
        QSettings().setValue(QStringLiteral("stakeholderTable/version"),
                             StakeholderTableColumns::layoutVersion + 1);
        reopenPane();
        header = table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(StakeholderTableModel::Kind));
        QVERIFY(header->sectionSize(StakeholderTableModel::Name) != 321);
    }

    void nameTakesTheSpareWidth()
    {
        QHeaderView* header = table()->horizontalHeader();
        const int name = StakeholderTableModel::Name;
        const int last = StakeholderTableModel::LastContact;
        const int lastWidth = header->sectionSize(last);
        const int nameWidth = header->sectionSize(name);
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        // The room the details leave goes to the name; the last column keeps its width.
        QTRY_VERIFY(header->sectionSize(name) > nameWidth + 200);
        QCOMPARE(visibleWidth(header), table()->viewport()->width());
        QCOMPARE(header->sectionSize(last), lastWidth);
        QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);

        // Details back: the name gives the room back, down to its own width at most.
        QTest::mouseClick(detailsToggle(), Qt::LeftButton);
        QTRY_COMPARE(header->sectionSize(name), nameWidth);
        // Another column widened by the officer takes its room from the spare width first.
        const int wider = header->sectionSize(StakeholderTableModel::Stance) + 40;
        header->resizeSection(StakeholderTableModel::Stance, wider);
        QCOMPARE(header->sectionSize(name),
                 fittedName(13 * table()->fontMetrics().horizontalAdvance(QLatin1Char('M'))));
        QVERIFY(visibleWidth(header) >= table()->viewport()->width());
    }

    void meetingsListSeveralAndAttendanceAsksForOne()
    {
        m_pane->resize(1200, 520);
        showView(find<StakeholderGroupView>(QStringLiteral("stakeholderGroupView")));
        auto* tabs = find<QTabWidget>(QStringLiteral("groupTabs"));
        tabs->setCurrentIndex(1);
        auto* meetings = find<QTableView>(QStringLiteral("meetingsTable"));
        QVERIFY(meetings->model()->rowCount() >= 2);
        auto* placeholder = find<QLabel>(QStringLiteral("attendancePlaceholder"));
        auto* attendance = find<QTableView>(QStringLiteral("attendanceTable"));
        QTRY_VERIFY(placeholder->isVisible());
        QVERIFY(!attendance->isVisible());
        QVERIFY(placeholder->text().startsWith(QStringLiteral("Choose a meeting")));
        // Several meetings in sight, not one row squeezed above the form.
        const int rowHeight = meetings->verticalHeader()->defaultSectionSize();
        QVERIFY2(meetings->viewport()->height() >= 3 * rowHeight,
                 qPrintable(QString::number(meetings->viewport()->height())));

        const QModelIndex first = meetings->model()->index(0, 0);
        QTest::mouseClick(meetings->viewport(), Qt::LeftButton, {},
                          meetings->visualRect(first).center());
        QTRY_VERIFY(attendance->isVisible());
        QVERIFY(!placeholder->isVisible());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("meetingNew")), Qt::LeftButton);
        QTRY_VERIFY(placeholder->isVisible());
    }

    void attendanceFitsItsPanel()
    {
        openInFrenchOnALaptop();
        showView(find<StakeholderGroupView>(QStringLiteral("stakeholderGroupView")));
        find<QTabWidget>(QStringLiteral("groupTabs"))->setCurrentIndex(1);
        auto* meetings = find<QTableView>(QStringLiteral("meetingsTable"));
        QVERIFY(meetings->model()->rowCount() > 0);
        QTest::mouseClick(meetings->viewport(), Qt::LeftButton, {},
                          meetings->visualRect(meetings->model()->index(0, 0)).center());
        auto* attendance = find<QTableView>(QStringLiteral("attendanceTable"));
        QTRY_VERIFY(attendance->isVisible());
        QVERIFY(attendance->model()->rowCount() > 0);
        // No sideways scrolling: the columns add up to the list's width.
        QTRY_COMPARE(attendance->horizontalScrollBar()->maximum(), 0);
        QHeaderView* header = attendance->horizontalHeader();
        QTRY_VERIFY(visibleWidth(header) <= attendance->viewport()->width());
        // The names keep at least half of it, and what is elided is whole on hover.
        QVERIFY(header->sectionSize(GroupMembersModel::Name) >=
                attendance->viewport()->width() / 2 - 1);
        for (int row = 0; row < attendance->model()->rowCount(); ++row) {
            const QModelIndex name = attendance->model()->index(row, GroupMembersModel::Name);
            QCOMPARE(name.data(Qt::ToolTipRole).toString(), name.data().toString());
            const QModelIndex role = attendance->model()->index(row, GroupMembersModel::Role);
            QVERIFY(role.data(Qt::ToolTipRole).toString().startsWith(role.data().toString()));
        }
    }

    void engagementSummaryTakesTheWidth()
    {
        openInFrenchOnALaptop();
        // The stakeholder with the most engagements, an overdue one among them if any.
        QHash<QString, int> counts;
        for (const Engagement& e : repo().engagements())
            ++counts[e.stakeholderId];
        QVERIFY(!counts.isEmpty());
        QString id = counts.constBegin().key();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (it.value() > counts.value(id))
                id = it.key();
        }
        clickRow(id);
        auto* tabs = find<QTabWidget>(QStringLiteral("stakeholderDetails"));
        tabs->setCurrentWidget(find<QWidget>(QStringLiteral("engagementLog")));
        auto* log = find<QTableView>(QStringLiteral("engagementTable"));
        QTRY_VERIFY(log->isVisible());
        QVERIFY(log->model()->rowCount() > 0);
        QTRY_COMPARE(log->horizontalScrollBar()->maximum(), 0);
        QHeaderView* header = log->horizontalHeader();
        const int width = log->viewport()->width();
        // The summary is what the officer reads: at least 40 % of the width, and all that
        // the other columns leave; the date is never cut.
        QTRY_VERIFY2(header->sectionSize(EngagementLogModel::Summary) >= width * 2 / 5,
                     qPrintable(QStringLiteral("%1 of %2")
                                    .arg(header->sectionSize(EngagementLogModel::Summary))
                                    .arg(width)));
        QVERIFY(visibleWidth(header) <= width);
        QVERIFY(header->sectionSize(EngagementLogModel::Date) >=
                contentWidth(log, EngagementLogModel::Date));
        for (int column : {EngagementLogModel::Kind, EngagementLogModel::FollowUp}) {
            if (header->sectionSize(column) >= contentWidth(log, column))
                continue;
            // Squeezed: each elided text whole on hover.
            for (int row = 0; row < log->model()->rowCount(); ++row) {
                const QModelIndex index = log->model()->index(row, column);
                QVERIFY2(!index.data(Qt::ToolTipRole).toString().isEmpty() ||
                             index.data().toString().isEmpty(),
                         qPrintable(index.data().toString()));
            }
        }
    }

    void gridLegendLeavesTheWidth()
    {
        openInFrenchOnALaptop();
        auto* grid = find<InfluenceGrid>(QStringLiteral("influenceGrid"));
        showView(grid);
        InfluenceGridView* view = grid->view();
        QTRY_VERIFY(view->isVisible());
        // The legend floats in a corner of the view, not in a column of the page.
        auto* legend = grid->findChild<InfluenceGridLegend*>(QStringLiteral("influenceGridLegend"));
        QVERIFY(legend);
        auto* action = grid->findChild<QAction*>(QStringLiteral("influenceGridLegendAction"));
        QVERIFY(action);
        // The grid is fitted to the whole view: the plot fills its width or its height.
        const InfluenceGridLayout& layout = view->gridLayout();
        QVERIFY(layout.legendTitleRect().isEmpty());
        const QSize viewport = view->viewport()->size();
        const QRect plot = QRect(view->mapFromGrid(layout.plotRect().topLeft()),
                                 view->mapFromGrid(layout.plotRect().bottomRight()));
        QVERIFY2(plot.width() >= viewport.width() * 3 / 4 ||
                     plot.height() >= viewport.height() * 3 / 4,
                 qPrintable(QStringLiteral("%1×%2 in %3×%4")
                                .arg(plot.width())
                                .arg(plot.height())
                                .arg(viewport.width())
                                .arg(viewport.height())));
        // Unfolded, it would cover cells here: out of sight, unfolded from the toolbar.
        const QRect plotInView = plot.translated(view->viewport()->geometry().topLeft());
        QTRY_COMPARE(action->isChecked(), legend->isExpanded());
        if (legend->isExpanded())
            QVERIFY(!legend->geometry().intersects(plotInView));
        else
            QVERIFY(!legend->isVisible());
        // Unfolded on demand: a kind per row with its count, and the note.
        if (!legend->isExpanded())
            action->trigger();
        QVERIFY(legend->isExpanded());
        QTRY_VERIFY(legend->isVisible());
        const auto entries =
            legend->findChildren<QLabel*>(QStringLiteral("influenceGridLegendEntry"));
        QCOMPARE(entries.size(), int(layout.legend().size()));
        QVERIFY(entries.first()->text().contains(QLatin1Char('(')));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("influenceGridLegendNote"))->isVisible());
        QTRY_VERIFY(view->viewport()->geometry().contains(legend->geometry()));
        QVERIFY(legend->width() <= viewport.width() / 2);
        // Folded away from its title, as from the toolbar.
        QTest::mouseClick(find<QToolButton>(QStringLiteral("influenceGridLegendToggle")),
                          Qt::LeftButton);
        QTRY_VERIFY(!legend->isVisible());
        QVERIFY(!action->isChecked());
    }

    void relationsShowWholeNames()
    {
        // A stakeholder with relations, its tab open beside the table.
        QVERIFY(!repo().relations().isEmpty());
        const QString id = repo().relations().first().fromId;
        clickRow(id);
        auto* tabs = find<QTabWidget>(QStringLiteral("stakeholderDetails"));
        tabs->setCurrentWidget(find<QWidget>(QStringLiteral("relationsPanel")));
        auto* relations = find<QTableView>(QStringLiteral("relationsTable"));
        QTRY_VERIFY(relations->isVisible());
        QVERIFY(relations->model()->rowCount() > 0);
        // The width the item delegate leaves the text inside a cell.
        const int margin =
            relations->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, relations) + 1;
        for (int row = 0; row < relations->model()->rowCount(); ++row) {
            const QModelIndex other = relations->model()->index(row, RelationsPanelModel::Other);
            const QString name = other.data().toString();
            // The whole name inside its cell, on as many lines as it takes, laid out as the
            // delegate lays it out.
            const QRect cell = relations->visualRect(other);
            QTextLayout layout(name, relations->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            qreal height = 0;
            qreal widest = 0;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(cell.width() - 2 * margin);
                height += line.height();
                widest = std::max(widest, line.naturalTextWidth());
            }
            layout.endLayout();
            QVERIFY2(widest <= cell.width() - 2 * margin && height <= cell.height(),
                     qPrintable(QStringLiteral("%1: %2×%3 in %4×%5")
                                    .arg(name)
                                    .arg(widest)
                                    .arg(height)
                                    .arg(cell.width())
                                    .arg(cell.height())));
            QCOMPARE(other.data(Qt::ToolTipRole).toString(), name);
        }
    }
};

QTEST_MAIN(TestStakeholdersPaneLayout)
#include "TestStakeholdersPaneLayout.moc"
