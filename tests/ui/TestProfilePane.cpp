// SPDX-License-Identifier: GPL-3.0-or-later
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "common/RecordRoles.h"
#include "profile/FiguresModel.h"
#include "profile/OriginsModel.h"
#include "profile/ProfilePane.h"
#include "profile/ProfileRepository.h"
#include "profile/SectionEditor.h"
#include "shell/PaneContext.h"
#include "shell/PaneRegistry.h"
#include "storage/CityFile.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The City profile pane driven as an officer would: typing in the real widgets, undoing,
// closing the file and finding the edits stored when it is opened again.
class TestProfilePane : public QObject
{
    Q_OBJECT

private:
    // An open file with its repositories and a pane on it, destroyed pane first.
    struct Session
    {
        std::unique_ptr<CityFile> file;
        std::unique_ptr<Repositories> repos;
        std::unique_ptr<ProfilePane> pane;

        ~Session()
        {
            pane.reset();
            repos.reset();
            file.reset();
        }
        QUndoStack& stack() { return *file->undoStack(); }
        ProfileRepository& profile() { return repos->profile(); }
        template <typename T> T* find(const QString& name) { return pane->findChild<T*>(name); }
    };

    static bool makeCity(const QString& path)
    {
        CityFile::NewCity city;
        city.name = QStringLiteral("Tangier");
        city.country = QStringLiteral("MA");
        CityFile::OpenResult r = CitySeeder::createFile(path, city);
        if (!r.ok())
            return false;
        Repositories repos(*r.value());
        MigrantOrigin senegal;
        senegal.country = QStringLiteral("Senegal");
        senegal.number = 1200;
        senegal.year = 2022;
        MigrantOrigin mali;
        mali.country = QStringLiteral("Mali");
        mali.number = 700;
        mali.year = 2022;
        return repos.profile().add(senegal).ok() && repos.profile().add(mali).ok();
    }

    static std::unique_ptr<Session> open(const QString& path)
    {
        CityFile::OpenResult r = CityFile::open(path);
        if (!r.ok())
            return nullptr;
        auto session = std::make_unique<Session>();
        session->file = r.take();
        session->repos = std::make_unique<Repositories>(*session->file);
        const PaneContext context{*session->file, *session->repos, *session->file->undoStack()};
        session->pane = std::make_unique<ProfilePane>(context);
        session->pane->resize(900, 650);
        session->pane->show();
        return session;
    }

    static void showTab(Session& s, const QString& pageName)
    {
        auto* tabs = s.find<QTabWidget>(QStringLiteral("profileTabs"));
        QVERIFY(tabs);
        auto* page = tabs->findChild<QWidget*>(pageName);
        QVERIFY(page);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i) == page || tabs->widget(i)->isAncestorOf(page))
                index = i;
        }
        QVERIFY(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(index).center());
        QCOMPARE(tabs->currentIndex(), index);
    }

    // A cell editor is open: the focus is in a widget the view made on its viewport.
    static bool isEditing(QTableView* view)
    {
        QWidget* focus = QApplication::focusWidget();
        return focus && view->viewport()->isAncestorOf(focus);
    }

    // Opens the editor of a cell with F2, types text and presses Enter.
    static void typeInCell(QTableView* view, const QModelIndex& index, const QString& text)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(isEditing(view));
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!isEditing(view));
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

private slots:
    void registeredFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        CityFile::OpenResult r = CityFile::open(path);
        QVERIFY(r.ok());
        Repositories repos(*r.value());
        const QList<PaneRegistry::Entry> entries = PaneRegistry::entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().title(), QStringLiteral("City profile"));
        QVERIFY(!entries.first().icon().isNull());
        std::unique_ptr<Pane> pane(
            entries.first().make(PaneContext{*r.value(), repos, *r.value()->undoStack()}, nullptr));
        QVERIFY(qobject_cast<ProfilePane*>(pane.get()));
        QVERIFY(!pane->focusFilter());
    }

    void editsAreStoredAndSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        const QString typed = QStringLiteral("Tangier is a city of transit and settlement.");
        {
            std::unique_ptr<Session> s = open(path);
            QVERIFY(s);
            QVERIFY(QTest::qWaitForWindowActive(s->pane.get()));
            const QString senegal = s->profile().origins().first().meta.id;

            // The overview section: one burst of typing is one undo step.
            showTab(*s, QStringLiteral("narrative"));
            auto* body = s->find<QPlainTextEdit>(QStringLiteral("sectionBody_overview"));
            QVERIFY(body);
            QVERIFY(body->isVisible());
            QTest::mouseClick(body->viewport(), Qt::LeftButton);
            QTRY_VERIFY(body->hasFocus());
            QTest::keyClicks(body, typed);
            QCOMPARE(s->stack().count(), 0);
            QTRY_COMPARE(s->stack().count(), 1);
            QTest::qWait(SectionEditor::idleMilliseconds + 200);
            QCOMPARE(s->stack().count(), 1);
            QCOMPARE(s->profile().sections().first().body, typed);

            // An origin's number, typed in the table.
            showTab(*s, QStringLiteral("origins"));
            auto* origins = s->find<QTableView>(QStringLiteral("originsTable"));
            QVERIFY(origins);
            typeInCell(origins, cellOf(origins, senegal, OriginsModel::Number),
                       QStringLiteral("2500"));
            QCOMPARE(s->stack().count(), 2);
            QCOMPARE(s->profile().origin(senegal)->number, 2500);
            auto* summary = s->find<QLabel>(QStringLiteral("originsSummary"));
            QVERIFY(summary->text().contains(QLocale().toString(qint64(3200))));

            // Undo and redo reach the widgets through the repository.
            s->stack().undo();
            QCOMPARE(s->profile().origin(senegal)->number, 1200);
            QCOMPARE(cellOf(origins, senegal, OriginsModel::Number).data(Qt::EditRole).toLongLong(),
                     1200);
            s->stack().undo();
            QVERIFY(body->toPlainText().isEmpty());
            QVERIFY(s->profile().sections().first().body.isEmpty());
            s->stack().redo();
            QCOMPARE(body->toPlainText(), typed);
            s->stack().redo();
            QCOMPARE(cellOf(origins, senegal, OriginsModel::Number).data(Qt::EditRole).toLongLong(),
                     2500);

            // The city's name: Enter stores it.
            showTab(*s, QStringLiteral("cityIdentity"));
            auto* name = s->find<QLineEdit>(QStringLiteral("cityName"));
            QTest::mouseClick(name, Qt::LeftButton);
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(name, QStringLiteral("Tanger"));
            QTest::keyClick(name, Qt::Key_Return);
            QCOMPARE(s->profile().city().value().name, QStringLiteral("Tanger"));
            QCOMPARE(s->stack().count(), 3);
        }
        // The pane, the repositories and the file are gone; open the file again.
        {
            CityFile::OpenResult r = CityFile::open(path);
            QVERIFY(r.ok());
            Repositories repos(*r.value());
            QCOMPARE(repos.profile().sections().first().body, typed);
            QCOMPARE(repos.profile().origins().first().number, 2500);
            QCOMPARE(repos.profile().city().value().name, QStringLiteral("Tanger"));
        }
    }

    void refusedEditsAreShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        std::unique_ptr<Session> s = open(path);
        QVERIFY(s);
        QVERIFY(QTest::qWaitForWindowActive(s->pane.get()));
        auto* message = s->find<QLabel>(QStringLiteral("messageText"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());

        auto* name = s->find<QLineEdit>(QStringLiteral("cityName"));
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        // What the field shows is what the file holds.
        QCOMPARE(name->text(), QStringLiteral("Tangier"));
        QCOMPARE(s->profile().city().value().name, QStringLiteral("Tangier"));
        QCOMPARE(s->stack().count(), 0);

        // A refused cell edit is shown in the same place, and a good edit clears it.
        showTab(*s, QStringLiteral("origins"));
        auto* origins = s->find<QTableView>(QStringLiteral("originsTable"));
        const QString mali = s->profile().origins().last().meta.id;
        typeInCell(origins, cellOf(origins, mali, OriginsModel::Country), QStringLiteral(" "));
        QVERIFY(message->isVisible());
        QCOMPARE(s->profile().origin(mali)->country, QStringLiteral("Mali"));
        typeInCell(origins, cellOf(origins, mali, OriginsModel::Source),
                   QStringLiteral("Census 2022"));
        QCOMPARE(s->profile().origin(mali)->source, QStringLiteral("Census 2022"));
        QVERIFY(!message->isVisible());
    }

    void addStartsEditingAndRemoveIsOneStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        std::unique_ptr<Session> s = open(path);
        QVERIFY(s);
        QVERIFY(QTest::qWaitForWindowActive(s->pane.get()));
        showTab(*s, QStringLiteral("origins"));
        auto* origins = s->find<QTableView>(QStringLiteral("originsTable"));

        QTest::mouseClick(s->find<QPushButton>(QStringLiteral("originsAdd")), Qt::LeftButton);
        QCOMPARE(origins->model()->rowCount(), 3);
        QTRY_VERIFY(isEditing(origins));
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Syria"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!isEditing(origins));
        QCOMPARE(s->profile().origins().last().country, QStringLiteral("Syria"));
        QCOMPARE(s->stack().count(), 2);

        auto* remove = s->find<QPushButton>(QStringLiteral("originsRemove"));
        origins->clearSelection();
        QVERIFY(!remove->isEnabled());
        origins->selectRow(0);
        origins->selectionModel()->select(origins->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(origins->model()->rowCount(), 1);
        QCOMPARE(s->stack().count(), 3);
        s->stack().undo();
        QCOMPARE(origins->model()->rowCount(), 3);
        QCOMPARE(s->profile().origins().size(), 3);
    }

    // A figure added is a draft until it has a value: moving on leaves nothing in the file,
    // letters in the value are refused with the reason, and the value stores it as one step.
    void aNewFigureIsADraftUntilItHasAValue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        std::unique_ptr<Session> s = open(path);
        QVERIFY(s);
        QVERIFY(QTest::qWaitForWindowActive(s->pane.get()));
        auto* figures = s->find<QTableView>(QStringLiteral("figuresTable"));
        auto* message = s->find<QLabel>(QStringLiteral("messageText"));
        QVERIFY(figures && message);

        QTest::mouseClick(s->find<QPushButton>(QStringLiteral("figuresAdd")), Qt::LeftButton);
        QTRY_VERIFY(isEditing(figures));
        QWidget* editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Foreign-born residents"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!isEditing(figures));
        QCOMPARE(figures->model()->rowCount(), 1);
        const QModelIndex value = figures->model()->index(0, FiguresModel::Value);
        QCOMPARE(value.data().toString(), QStringLiteral("Needed"));
        QVERIFY(!value.data(Qt::ToolTipRole).toString().isEmpty());
        // The officer moves on: no made-up 0, no step to undo.
        showTab(*s, QStringLiteral("origins"));
        showTab(*s, QStringLiteral("cityTab"));
        QVERIFY(s->profile().figures().isEmpty());
        QCOMPARE(s->stack().count(), 0);

        // Letters typed into the value are refused with the reason, not dropped silently.
        QVERIFY(!message->isVisible());
        QTest::mouseClick(figures->viewport(), Qt::LeftButton, {},
                          figures->visualRect(value).center());
        QTest::keyClick(figures, Qt::Key_F2);
        QTRY_VERIFY(isEditing(figures));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("“x”")), qPrintable(message->text()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!isEditing(figures));
        QVERIFY(s->profile().figures().isEmpty());

        // The value stores the figure, label and year with it, in one step, in its row.
        typeInCell(figures, value, QStringLiteral("12400"));
        QCOMPARE(s->profile().figures().size(), 1);
        const ProfileFigure stored = s->profile().figures().first();
        QCOMPARE(stored.label, QStringLiteral("Foreign-born residents"));
        QCOMPARE(stored.value, 12400.0);
        QCOMPARE(stored.year, QDate::currentDate().year());
        QCOMPARE(s->stack().count(), 1);
        QCOMPARE(figures->model()->rowCount(), 1);
        QVERIFY(!message->isVisible());
        s->stack().undo();
        QVERIFY(s->profile().figures().isEmpty());
        QCOMPARE(figures->model()->rowCount(), 0);

        // A draft left behind is not in the file when it is opened again.
        QTest::mouseClick(s->find<QPushButton>(QStringLiteral("figuresAdd")), Qt::LeftButton);
        QTRY_VERIFY(isEditing(figures));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        s.reset();
        s = open(path);
        QVERIFY(s);
        QVERIFY(s->profile().figures().isEmpty());
        QCOMPARE(s->find<QTableView>(QStringLiteral("figuresTable"))->model()->rowCount(), 0);
    }

    void undoKeyInTextUndoesTheBurst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        std::unique_ptr<Session> s = open(path);
        QVERIFY(s);
        QVERIFY(QTest::qWaitForWindowActive(s->pane.get()));
        // The window's Undo, as the main window offers it.
        int undos = 0;
        auto* undo = new QAction(s->pane.get());
        undo->setShortcut(QKeySequence::Undo);
        connect(undo, &QAction::triggered, s.get()->file.get(), [&] {
            ++undos;
            s->stack().undo();
        });
        s->pane->addAction(undo);

        showTab(*s, QStringLiteral("narrative"));
        auto* sources = s->find<QPlainTextEdit>(QStringLiteral("sectionSources_overview"));
        QTest::mouseClick(sources->viewport(), Qt::LeftButton);
        QTRY_VERIFY(sources->hasFocus());
        QTest::keyClicks(sources, QStringLiteral("INE 2021"));
        QCOMPARE(s->stack().count(), 0);
        // Ctrl+Z before the pause: what was typed is stored, then undone, once.
        QTest::keyClick(sources, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undos, 1);
        QCOMPARE(s->stack().count(), 1);
        QCOMPARE(s->stack().index(), 0);
        QVERIFY(sources->toPlainText().isEmpty());
        QVERIFY(s->profile().sections().first().sources.isEmpty());
        s->stack().redo();
        QCOMPARE(sources->toPlainText(), QStringLiteral("INE 2021"));

        // Leaving the editor ends a burst too.
        QTest::keyClicks(sources, QStringLiteral(", census"));
        s->find<QLineEdit>(QStringLiteral("cityName"))->setFocus();
        QCOMPARE(s->profile().sections().first().sources, QStringLiteral("INE 2021, census"));
        QCOMPARE(s->stack().count(), 2);
    }

    void readOnlyFileDisablesEditing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        std::unique_ptr<Session> s = open(path);
        QVERIFY(s);
        QVERIFY(s->file->isReadOnly());

        QVERIFY(s->find<QLineEdit>(QStringLiteral("cityName"))->isReadOnly());
        QVERIFY(s->find<QAbstractSpinBox>(QStringLiteral("cityPopulation"))->isReadOnly());
        QVERIFY(s->find<QPlainTextEdit>(QStringLiteral("sectionBody_overview"))->isReadOnly());
        QVERIFY(s->find<QPlainTextEdit>(QStringLiteral("sectionSources_skills"))->isReadOnly());
        for (const QString& table :
             {QStringLiteral("origins"), QStringLiteral("districts"), QStringLiteral("figures")}) {
            auto* view = s->find<QTableView>(table + QStringLiteral("Table"));
            QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
            QVERIFY(!s->find<QPushButton>(table + QStringLiteral("Add"))->isEnabled());
            QVERIFY(!s->find<QPushButton>(table + QStringLiteral("Remove"))->isEnabled());
        }
        auto* origins = s->find<QTableView>(QStringLiteral("originsTable"));
        QVERIFY(!(origins->model()->index(0, OriginsModel::Number).flags() & Qt::ItemIsEditable));

        // Back to writable (the shell calls this when the file changes state).
        s->pane->setReadOnly(false);
        QVERIFY(!s->find<QLineEdit>(QStringLiteral("cityName"))->isReadOnly());
        QVERIFY(s->find<QPushButton>(QStringLiteral("originsAdd"))->isEnabled());
        s.reset();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // On a laptop's screen every tab fits without a scroll area around a table or a text that
    // scrolls itself, and the key figures keep a few rows in sight.
    void noScrollAreaInsideAnother()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tangier.passerelle"));
        QVERIFY(makeCity(path));
        std::unique_ptr<Session> s = open(path);
        QVERIFY(s);
        // What a maximised window leaves the pane on a 1280×720 screen.
        s->pane->resize(1080, 560);
        QVERIFY(QTest::qWaitForWindowExposed(s->pane.get()));
        for (QAbstractScrollArea* area : s->pane->findChildren<QAbstractScrollArea*>()) {
            // A table's header is a view of its own, but never scrolls on its own.
            if (qobject_cast<QHeaderView*>(area))
                continue;
            for (QWidget* up = area->parentWidget(); up && up != s->pane.get() && !up->isWindow();
                 up = up->parentWidget())
                QVERIFY2(
                    !qobject_cast<QAbstractScrollArea*>(up),
                    qPrintable(area->objectName() + QStringLiteral(" inside ") + up->objectName()));
        }
        showTab(*s, QStringLiteral("cityTab"));
        auto* figures = s->find<QTableView>(QStringLiteral("figuresTable"));
        QTRY_VERIFY(figures->isVisible());
        QVERIFY(figures->viewport()->height() >=
                3 * figures->verticalHeader()->defaultSectionSize());
        QVERIFY(s->pane->minimumSizeHint().height() <= 560);
    }
};

QTEST_MAIN(TestProfilePane)
#include "TestProfilePane.moc"
