// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"
#include "shell/Pane.h"
#include "shell/RecentFiles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The letter Alt reaches in a text ("&Name" → N; "&&" is a plain ampersand), or a null QChar.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Where a widget sits: the innermost tab page holding it, or null for the window's own parts
// (menus, tab bars, a pane's bar above its tabs).
const QWidget* areaOf(const QWidget* widget)
{
    for (const QWidget* w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        const QWidget* parent = w->parentWidget();
        if (qobject_cast<const QStackedWidget*>(parent) &&
            qobject_cast<const QTabWidget*>(parent->parentWidget()))
            return w;
    }
    return nullptr;
}

enum class Kind
{
    Menu,
    Tab,
    Field, // a button, a label's buddy or a checkable group
};

struct Mnemonic
{
    QChar letter;
    QString owner;
    const QWidget* area; // null: reached from anywhere in the window
    Kind kind;
};

// How many mnemonics one view (a pane with one combination of its tabs) offers, by kind: a
// walk that stops finding them (a renamed class, a widget the search no longer reaches) must
// fail rather than pass having checked nothing.
struct Place
{
    QString where;
    QString pane; // the pane's objectName
    int menus = 0;
    int tabs = 0;
    int fields = 0;
};

// Every mnemonic the officer can reach now.
QList<Mnemonic> reachable(QMainWindow& window)
{
    QList<Mnemonic> found;
    const auto note = [&found](const QString& text, const QString& what, const QWidget* area,
                               Kind kind) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            found.append({letter, QStringLiteral("%1 “%2”").arg(what, text), area, kind});
    };
    for (QAction* action : window.menuBar()->actions())
        note(action->text(), QStringLiteral("menu"), nullptr, Kind::Menu);
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            note(button->text(), QStringLiteral("button"), areaOf(widget), Kind::Field);
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            note(label->text(), QStringLiteral("label"), areaOf(widget), Kind::Field);
        else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
            note(box->title(), QStringLiteral("group"), areaOf(widget), Kind::Field);
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i), QStringLiteral("tab"), nullptr, Kind::Tab);
        }
    }
    return found;
}

// The objectName of the pane shown, or empty.
QString paneShown(QMainWindow& window)
{
    for (const Pane* pane : window.findChildren<Pane*>()) {
        if (pane->isVisible())
            return pane->objectName();
    }
    return {};
}

} // namespace

// Alt+letter does what it shows, in every view of every pane (each combination of tabs shown)
// of the demo city, in English and in French: a menu's or a tab's letter belongs to it alone
// among everything visible (shared with a field, Alt+F would no longer open the File menu),
// and the fields and buttons of one tab page have a letter each. Two pages side by side may
// share a letter: Qt then moves the focus between the two fields in turn.
class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    // Shows each combination of the tabs visible under root, depth first, and checks each.
    void explore(QMainWindow& window, QSet<QTabWidget*> fixed, const QString& where,
                 QStringList& clashes, QList<Place>& places)
    {
        QTabWidget* next = nullptr;
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            if (tabs->isVisible() && !fixed.contains(tabs)) {
                next = tabs;
                break;
            }
        }
        if (!next) {
            const QList<Mnemonic> found = reachable(window);
            Place place{where, paneShown(window)};
            for (const Mnemonic& m : found) {
                int& count = m.kind == Kind::Menu  ? place.menus
                             : m.kind == Kind::Tab ? place.tabs
                                                   : place.fields;
                ++count;
            }
            places.append(place);
            for (qsizetype i = 0; i < found.size(); ++i) {
                for (qsizetype j = i + 1; j < found.size(); ++j) {
                    const Mnemonic& a = found.at(i);
                    const Mnemonic& b = found.at(j);
                    if (a.letter != b.letter || (a.area && b.area && a.area != b.area))
                        continue;
                    const QString clash =
                        QStringLiteral("%1 Alt+%2: %3, %4").arg(where, a.letter, a.owner, b.owner);
                    if (!clashes.contains(clash))
                        clashes << clash;
                }
            }
            return;
        }
        fixed.insert(next);
        const int kept = next->currentIndex();
        for (int i = 0; i < next->count(); ++i) {
            if (!next->isTabEnabled(i))
                continue;
            next->setCurrentIndex(i);
            explore(window, fixed,
                    where + QStringLiteral(" > ") + next->tabText(i).remove(QLatin1Char('&')),
                    clashes, places);
        }
        next->setCurrentIndex(kept);
    }

    // What the walk must have found, per pane: the four menus (File, Edit, View, Help) and the
    // pane's tabs in every view, and at least so many fields' letters in each view and in all of
    // them together (a little under what the demo city shows in English and French; the
    // profile's origins and districts tabs have none of their own).
    void verifyFound(const QList<Place>& places, int panes)
    {
        struct Expected
        {
            const char* pane;
            int places;      // views: combinations of tabs
            int fieldsEach;  // fields' letters in every view
            int fieldsInAll; // in all the pane's views together
        };
        static const Expected expected[] = {
            {"profilePane", 4, 0, 6},
            {"checklistsPane", 4, 4, 20},
            {"stakeholdersPane", 20, 2, 170},
        };
        QVERIFY(panes >= int(std::size(expected)));
        for (const Place& p : places)
            QVERIFY2(p.menus >= 4, qPrintable(p.where));
        for (const Expected& e : expected) {
            int views = 0;
            int fields = 0;
            for (const Place& p : places) {
                if (p.pane != QLatin1String(e.pane))
                    continue;
                ++views;
                fields += p.fields;
                const QString counts = QStringLiteral("%1: %2 menus, %3 tabs, %4 fields")
                                           .arg(p.where)
                                           .arg(p.menus)
                                           .arg(p.tabs)
                                           .arg(p.fields);
                QVERIFY2(p.tabs >= 4, qPrintable(counts));
                QVERIFY2(p.fields >= e.fieldsEach, qPrintable(counts));
            }
            QVERIFY2(
                views >= e.places,
                qPrintable(QStringLiteral("%1: %2 views").arg(QLatin1String(e.pane)).arg(views)));
            QVERIFY2(
                fields >= e.fieldsInAll,
                qPrintable(
                    QStringLiteral("%1: %2 fields in all").arg(QLatin1String(e.pane)).arg(fields)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        TestFiles::isolateSettings(m_settings);
        // The group and network views start with the stakeholder's details folded away; the
        // officer may show them there, and their letters must then still belong to one field
        // each.
        QSettings().setValue(QStringLiteral("stakeholdersPane/detailsHiddenOnGroup"), false);
        QSettings().setValue(QStringLiteral("stakeholdersPane/detailsHiddenOnNetwork"), false);
        DialogHooks::setInteractive(false);
    }

    void everyViewHasOneOwnerPerLetter_data()
    {
        QTest::addColumn<QString>("language");
        // Every language the program speaks.
        for (const QString& language : Translator::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyViewHasOneOwnerPerLetter()
    {
        QFETCH(QString, language);
        Translator::install(*qApp, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.passerelle"));
        DemoGenerator::Options options;
        options.language = language;
        QVERIFY(DemoGenerator::create(path, options).ok());

        auto window = std::make_unique<MainWindow>(std::make_shared<RecentFiles>());
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->openFile(path), window.get());
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QVERIFY(navigation->count() >= 3);
        QStringList clashes;
        QList<Place> places;
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QCoreApplication::processEvents();
            // A record chosen in every list, so that the editors beside them are shown.
            for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
                if (view->model() && view->model()->rowCount() > 0 && view->selectionModel() &&
                    !view->selectionModel()->hasSelection())
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            explore(*window, {}, navigation->item(row)->text(), clashes, places);
        }
        verifyFound(places, navigation->count());
        for (const QString& clash : std::as_const(clashes))
            qWarning("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), "mnemonics shared (listed above)");
        window->close();
    }

    void menuItemsHaveALetterEach_data() { everyViewHasOneOwnerPerLetter_data(); }

    // Within an open menu, Alt is not needed: the letter alone chooses the item, so two items
    // of one menu must not share it (the File menu gained four partner-city items at once).
    // At least so many items have a letter (a little under what the menus show).
    void menuItemsHaveALetterEach()
    {
        QFETCH(QString, language);
        Translator::install(*qApp, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.passerelle"));
        DemoGenerator::Options options;
        options.language = language;
        QVERIFY(DemoGenerator::create(path, options).ok());
        auto window = std::make_unique<MainWindow>(std::make_shared<RecentFiles>());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->openFile(path), window.get());
        int items = 0;
        for (QAction* top : window->menuBar()->actions()) {
            QMenu* menu = top->menu();
            QVERIFY(menu);
            // What a menu shows when opened (ShareAction enables itself then).
            QMetaObject::invokeMethod(menu, "aboutToShow");
            QHash<QChar, QString> owners;
            for (QAction* action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QString text = action->text();
                const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                // Undo and Redo name the change they undo, and have no letter.
                if (at < 0)
                    continue;
                ++items;
                const QChar letter = text.at(at + 1).toLower();
                QVERIFY2(!owners.contains(letter),
                         qPrintable(QStringLiteral("%1: “%2” and “%3” share %4")
                                        .arg(top->text(), owners.value(letter), text, letter)));
                owners.insert(letter, text);
            }
        }
        QVERIFY(items > 20);
        window->close();
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
