// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowDriver.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translator.h"
#include "shell/DocumentView.h"

#include <QAbstractScrollArea>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTabBar>

// In Arabic the whole window is mirrored: the navigation on the right, every pane's first tab,
// form label and table column on the right of what follows it. The same checks in English,
// where everything runs the other way, show that they look at real geometry.
class TestRightToLeftLayout : public QObject
{
    Q_OBJECT

    MainWindowDriver m_driver;

    // The widget's centre, left to right on the screen.
    static int x(const QWidget* widget) { return widget->mapToGlobal(widget->rect().center()).x(); }

    // Whether `first` stands where a reader of that direction starts, before `then`.
    static bool readsBefore(int first, int then, Qt::LayoutDirection direction)
    {
        return direction == Qt::RightToLeft ? first > then : first < then;
    }

    // What a pane shows now: its tab bars, form rows and table headers in reading order.
    static void checkReadingOrder(QWidget* pane, Qt::LayoutDirection direction, int& checked)
    {
        const QString where = pane->objectName();
        for (QTabBar* bar : pane->findChildren<QTabBar*>()) {
            if (!bar->isVisible() || bar->count() < 2)
                continue;
            const int first = bar->mapToGlobal(bar->tabRect(0).center()).x();
            const int last = bar->mapToGlobal(bar->tabRect(bar->count() - 1).center()).x();
            QVERIFY2(
                readsBefore(first, last, direction),
                qPrintable(where + QStringLiteral(": tabs of ") + bar->parent()->objectName()));
            ++checked;
        }
        for (QFormLayout* form : pane->findChildren<QFormLayout*>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
                QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
                if (!label || !field || !label->widget() || !field->widget() ||
                    !label->widget()->isVisible() || !field->widget()->isVisible())
                    continue;
                QVERIFY2(readsBefore(x(label->widget()), x(field->widget()), direction),
                         qPrintable(where + QStringLiteral(": form row ") +
                                    label->widget()->property("text").toString()));
                ++checked;
            }
        }
        for (QHeaderView* header : pane->findChildren<QHeaderView*>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                continue;
            QList<int> shown;
            for (int visual = 0; visual < header->count(); ++visual) {
                const int logical = header->logicalIndex(visual);
                if (!header->isSectionHidden(logical) && header->sectionSize(logical) > 0)
                    shown << logical;
            }
            if (shown.size() < 2)
                continue;
            const auto centre = [header](int logical) {
                return header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2;
            };
            QVERIFY2(readsBefore(centre(shown.first()), centre(shown.last()), direction),
                     qPrintable(where + QStringLiteral(": columns of ") +
                                header->parent()->objectName()));
            ++checked;
        }
    }

    // The demo city in the language, in a window of the given size, as the program opens it.
    DocumentView* openDemo(const QString& language, const QSize& size)
    {
        const QString path = m_driver.dir().filePath(QStringLiteral("demo.city"));
        DemoGenerator::Options options;
        options.language = language;
        if (!DemoGenerator::create(path, options))
            return nullptr;
        MainWindow* window = m_driver.newWindow();
        window->resize(size);
        window->openFile(path);
        auto* view = window->findChild<DocumentView*>(QStringLiteral("documentView"));
        if (view && !QTest::qWaitFor([view] { return view->isVisible(); }))
            return nullptr;
        return view;
    }

private slots:
    void initTestCase() { QVERIFY(m_driver.setUp()); }
    void init() { QVERIFY(m_driver.startTest()); }
    void cleanup()
    {
        QVERIFY(m_driver.endTest());
        Translator::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void everyPaneReadsInItsLanguagesDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("direction");
        QTest::newRow("Arabic") << "ar" << int(Qt::RightToLeft);
        QTest::newRow("English") << "en" << int(Qt::LeftToRight);
    }

    void everyPaneReadsInItsLanguagesDirection()
    {
        QFETCH(QString, language);
        QFETCH(int, direction);
        const auto reading = Qt::LayoutDirection(direction);
        // As the program starts: the language's translations set the direction (Qt's own
        // Arabic translation says it is read right to left).
        Translator::install(*qApp, language);
        QTRY_COMPARE(QApplication::layoutDirection(), reading);

        DocumentView* view = openDemo(language, QSize(1366, 746));
        QVERIFY(view);

        // The navigation stands where the reader starts, the panes after it.
        auto* navigation = view->findChild<QWidget*>(QStringLiteral("navigation"));
        auto* panes = view->findChild<QStackedWidget*>(QStringLiteral("panes"));
        QVERIFY(navigation && panes);
        QVERIFY(readsBefore(x(navigation), x(panes), reading));

        int checked = 0;
        for (int pane = 0; pane < view->paneCount(); ++pane) {
            view->showPane(pane);
            QWidget* shown = panes->currentWidget();
            QTRY_VERIFY(shown->isVisible());
            QTest::qWait(20);
            QCOMPARE(shown->layoutDirection(), reading);
            // Each of its tabs in turn: forms and tables sit on the tabs' pages.
            QList<QTabWidget*> tabs = shown->findChildren<QTabWidget*>();
            checkReadingOrder(shown, reading, checked);
            for (QTabWidget* tab : tabs) {
                if (!tab->isVisible())
                    continue;
                for (int page = 0; page < tab->count(); ++page) {
                    if (!tab->isTabEnabled(page))
                        continue;
                    tab->setCurrentIndex(page);
                    QTest::qWait(10);
                    checkReadingOrder(tab->currentWidget(), reading, checked);
                }
            }
        }
        // What must not mirror: time runs left to right on the plan's timeline, and the
        // influence grid's axes grow to the right and upwards, in every language.
        int charts = 0;
        for (auto* area : view->findChildren<QAbstractScrollArea*>()) {
            const QByteArray kind = area->metaObject()->className();
            if (kind != "TimelineView" && kind != "InfluenceGridView")
                continue;
            QCOMPARE(area->viewport()->layoutDirection(), Qt::LeftToRight);
            ++charts;
        }
        QCOMPARE(charts, 2);
        // Tab bars, form rows and tables of six panes: enough to be sure the checks ran.
        QVERIFY2(checked >= 60, qPrintable(QString::number(checked)));
    }

    // A laptop's screen holds the window in every language, the longest (Greek, Dutch) too:
    // no pane asks for more width or height than 1280×720 leaves, where labels would be cut.
    void everyPaneFitsALaptopInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : Translator::availableLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyPaneFitsALaptopInEveryLanguage()
    {
        QFETCH(QString, language);
        Translator::install(*qApp, language);
        // A maximised window on 1280×720, less the panel.
        DocumentView* view = openDemo(language, QSize(1280, 660));
        QVERIFY(view);
        QCOMPARE(view->paneCount(), 6);
        auto* panes = view->findChild<QStackedWidget*>(QStringLiteral("panes"));
        for (int pane = 0; pane < view->paneCount(); ++pane) {
            view->showPane(pane);
            QTRY_VERIFY(panes->currentWidget()->isVisible());
            // What the pane asks for, against what a maximised window gives it.
            QWidget* shown = panes->currentWidget();
            const QSize needed = shown->minimumSizeHint();
            QVERIFY2(needed.width() <= shown->width() && needed.height() <= shown->height(),
                     qPrintable(QStringLiteral("%1, %2: needs %3×%4, has %5×%6")
                                    .arg(language, shown->objectName())
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(shown->width())
                                    .arg(shown->height())));
        }
    }
};

QTEST_MAIN(TestRightToLeftLayout)
#include "TestRightToLeftLayout.moc"
