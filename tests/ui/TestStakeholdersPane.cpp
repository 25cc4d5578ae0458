// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersPaneDriver.h"

// The Stakeholders pane's views driven as an officer would, on the demo city: the pane in the
// registry, the filter and what follows it (table, grid, theme tags), the views and tabs, and
// a read-only file.
class TestStakeholdersPane : public QObject, protected StakeholdersPaneDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { installEnglish(); }
    void init() { openOnDemoCity(); }
    void cleanup() { closeAll(); }

    void registeredAfterTheProfile()
    {
        const QList<PaneRegistry::Entry> entries = PaneRegistry::entries();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.at(1).title(), QStringLiteral("Stakeholders"));
        QVERIFY(!entries.at(1).icon().isNull());
        std::unique_ptr<Pane> pane(entries.at(1).make(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()}, nullptr));
        QVERIFY(qobject_cast<StakeholdersPane*>(pane.get()));
        QVERIFY(pane->hasFilter());
        QVERIFY(pane->focusFilter());
        auto* views = m_pane->findChild<QTabWidget*>(QStringLiteral("stakeholderViews"));
        auto* details = m_pane->findChild<QTabWidget*>(QStringLiteral("stakeholderDetails"));
        QCOMPARE(views->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Table"));
        QCOMPARE(details->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Details"));
        QCOMPARE(details->tabText(1).remove(QLatin1Char('&')), QStringLiteral("Contacts"));
    }

    void filtersNarrowTheRows()
    {
        const int total = repo().count();
        auto* count = find<QLabel>(QStringLiteral("stakeholderFilterCount"));
        QCOMPARE(table()->model()->rowCount(), total);
        QVERIFY(m_pane->focusFilter());
        auto* search = find<QLineEdit>(QStringLiteral("stakeholderFilterText"));
        QVERIFY(search->hasFocus());
        // Accents and case do not matter.
        QTest::keyClicks(search, QStringLiteral("MEDITERRANEE"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Escale Méditerranée"));
        QCOMPARE(count->text(), QStringLiteral("1 of %1 stakeholders").arg(total));

        find<QPushButton>(QStringLiteral("stakeholderFilterClear"))->click();
        QCOMPARE(search->text(), QString());
        QCOMPARE(table()->model()->rowCount(), total);

        auto* kind = find<QComboBox>(QStringLiteral("stakeholderFilterKind"));
        kind->setCurrentIndex(kind->findData(int(Stakeholder::Kind::Municipal)));
        const int rows = table()->model()->rowCount();
        QVERIFY(rows > 0 && rows < total);
        for (int r = 0; r < rows; ++r)
            QCOMPARE(m_pane->model()->stakeholder(r).kind, Stakeholder::Kind::Municipal);

        auto* group = find<QComboBox>(QStringLiteral("stakeholderFilterGroup"));
        group->setCurrentIndex(group->findData(int(StakeholderTableModel::Membership::Members)));
        kind->setCurrentIndex(0);
        QCOMPARE(table()->model()->rowCount(), m_city->repositories().group().members().size());
    }

    void tableMarksKindsAndOverdueFollowUps()
    {
        StakeholderTableModel* model = m_pane->model();
        QTRY_VERIFY(model->isPrepared());
        int overdue = -1;
        for (int row = 0; row < model->rowCount() && overdue < 0; ++row) {
            if (model->index(row, 0).data(StakeholderTableModel::OverdueRole).toBool())
                overdue = row;
        }
        QVERIFY2(overdue >= 0, "the demo city has an overdue follow-up");
        auto* delegate = qobject_cast<StakeholderTableDelegate*>(table()->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(table());
        delegate->initStyleOption(&option, model->index(overdue, 0));
        QVERIFY(!option.icon.isNull());
        QVERIFY(option.font.bold());
        QStyleOptionViewItem kind;
        kind.initFrom(table());
        delegate->initStyleOption(&kind, model->index(overdue, StakeholderTableModel::Kind));
        QVERIFY(!kind.icon.isNull());
    }

    // On a long list the pane paints a screenful first and reads the rest once it is seen; a
    // pane not shown reads nothing more.
    void longListsComeAScreenfulFirst()
    {
        m_pane.reset();
        m_city = TestCity::demo(400);
        const int total = repo().count();
        QVERIFY(total > 200);
        m_pane = std::make_unique<StakeholdersPane>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        StakeholderTableModel* model = m_pane->model();
        auto* count = find<QLabel>(QStringLiteral("stakeholderFilterCount"));
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(count->text(), QStringLiteral("%1 stakeholders").arg(total));
        QTest::qWait(50);
        QVERIFY(!model->isComplete());
        m_pane->resize(1200, 700);
        m_pane->show();
        QTRY_VERIFY(model->isPrepared());
        QCOMPARE(model->rowCount(), total);
        QCOMPARE(count->text(), QStringLiteral("%1 of %1 stakeholders").arg(total));
    }

    void themeChangesReachTagsAndFilter()
    {
        const Theme theme = m_city->repositories().themes().themes().first();
        auto* combo = find<QComboBox>(QStringLiteral("stakeholderFilterTheme"));
        combo->setCurrentIndex(combo->findData(theme.meta.id));
        QVERIFY(m_pane->findChild<QToolButton*>(QStringLiteral("themeTag_") + theme.meta.id));
        m_city->undoStack().push(new RemoveRecordCommand<ThemeRepository, Theme>(
            &m_city->file(), m_city->repositories().themes(), theme, QStringLiteral("remove")));
        QCOMPARE(combo->findData(theme.meta.id), -1);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(table()->model()->rowCount(), repo().count());
        QVERIFY(!m_pane->findChild<QToolButton*>(QStringLiteral("themeTag_") + theme.meta.id));
        m_city->undoStack().undo();
        QVERIFY(combo->findData(theme.meta.id) > 0);
        QVERIFY(m_pane->findChild<QToolButton*>(QStringLiteral("themeTag_") + theme.meta.id));
    }

    // The walk through the pane: filter, edit in the detail editor, drag a mark on the
    // grid. The views show what the filter lets through and share one selection.
    void gridFollowsTheFilterAndItsDragIsStored()
    {
        auto* search = find<QLineEdit>(QStringLiteral("stakeholderFilterText"));
        QTest::keyClicks(search, QStringLiteral("valmer"));
        const int shown = m_pane->model()->rowCount();
        QVERIFY(shown > 0 && shown < repo().count());

        const QString id = m_pane->model()->stakeholder(0).meta.id;
        clickRow(id);
        auto* influence = find<QSpinBox>(QStringLiteral("stakeholderInfluence"));
        const int before = repo().stakeholder(id)->influence;
        const int edited = before == 1 ? 2 : 1;
        influence->setValue(edited);
        QCOMPARE(repo().stakeholder(id)->influence, edited);

        auto* views = find<QTabWidget>(QStringLiteral("stakeholderViews"));
        auto* grid = find<InfluenceGrid>(QStringLiteral("influenceGrid"));
        views->setCurrentWidget(grid);
        InfluenceGridView* view = grid->view();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(int(view->gridLayout().marks().size()), shown);

        // The table's selection is the grid's: the selected mark is the one dragged.
        const Stakeholder s = *repo().stakeholder(id);
        const InfluenceGridLayout::Cell target{s.influence == 5 ? 4 : 5, s.interest == 5 ? 4 : 5};
        const QPoint from = view->viewportPosition(id);
        const QPoint to = view->mapFromGrid(view->gridLayout().cellRect(target).center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), (from + to) / 2);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(repo().stakeholder(id)->influence, target.influence);
        QCOMPARE(repo().stakeholder(id)->interest, target.interest);
        QCOMPARE(m_pane->selectedIds(), QStringList{id});
        // The table's cells follow the drag.
        const int row = m_pane->model()->rowOf(id);
        QCOMPARE(m_pane->model()->index(row, StakeholderTableModel::Influence).data().toInt(),
                 target.influence);

        m_city->undoStack().undo();
        QCOMPARE(repo().stakeholder(id)->influence, edited);
        QCOMPARE(repo().stakeholder(id)->interest, s.interest);
        m_city->undoStack().redo();

        m_pane.reset();
        m_city->reopen();
        QCOMPARE(repo().stakeholder(id)->influence, target.influence);
        QCOMPARE(repo().stakeholder(id)->interest, target.interest);
    }

    void everyViewAndDetailTabIsThere()
    {
        auto* views = find<QTabWidget>(QStringLiteral("stakeholderViews"));
        auto* details = find<QTabWidget>(QStringLiteral("stakeholderDetails"));
        QCOMPARE(views->count(), 4);
        QCOMPARE(details->count(), 4);
        QVERIFY(views->indexOf(find<RelationsNetwork>(QStringLiteral("relationsNetwork"))) > 0);
        // Double-clicking a stakeholder elsewhere selects it and shows its details.
        details->setCurrentIndex(1);
        const QString id = idOf(QStringLiteral("Escale Méditerranée"));
        QMetaObject::invokeMethod(m_pane.get(), "stakeholderActivated", Q_ARG(QString, id));
        QCOMPARE(m_pane->selectedIds(), QStringList{id});
        QCOMPARE(details->currentIndex(), 0);
    }

    void readOnlyDisablesEveryWayOfEditing()
    {
        clickRow(idOf(QStringLiteral("Teranga Valmer")));
        m_pane->setReadOnly(true);
        for (const char* name : {"addStakeholder", "duplicateStakeholder", "deleteStakeholder"})
            QVERIFY(!action(QString::fromLatin1(name))->isEnabled());
        QVERIFY(find<QLineEdit>(QStringLiteral("stakeholderName"))->isReadOnly());
        QVERIFY(find<QLineEdit>(QStringLiteral("stakeholderWebsite"))->isReadOnly());
        QVERIFY(find<QSpinBox>(QStringLiteral("stakeholderInfluence"))->isReadOnly());
        QVERIFY(!find<QComboBox>(QStringLiteral("stakeholderKind"))->isEnabled());
        QVERIFY(!find<QCheckBox>(QStringLiteral("stakeholderNotesPrivate"))->isEnabled());
        for (QToolButton* tag :
             m_pane->findChildren<QToolButton*>(QRegularExpression("^themeTag_")))
            QVERIFY(!tag->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("contactsAdd"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("contactsRemove"))->isEnabled());
        auto* contacts = find<QTableView>(QStringLiteral("contactsTable"));
        if (contacts->model()->rowCount() > 0)
            QVERIFY(
                !(contacts->model()->flags(contacts->model()->index(0, 0)) & Qt::ItemIsEditable));
        QCOMPARE(table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        const int steps = m_city->undoStack().count();
        QTest::keyClick(table(), Qt::Key_Delete);
        QTest::keyClick(m_pane.get(), Qt::Key_Insert);
        QCOMPARE(m_city->undoStack().count(), steps);
        QVERIFY(DialogHooks::messages().isEmpty());
        m_pane->setReadOnly(false);
        QVERIFY(action(QStringLiteral("addStakeholder"))->isEnabled());
        QVERIFY(!find<QLineEdit>(QStringLiteral("stakeholderName"))->isReadOnly());
    }
};

QTEST_MAIN(TestStakeholdersPane)
#include "TestStakeholdersPane.moc"
