// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "common/TextLimits.h"
#include "shell/DialogHooks.h"
#include "shell/DocumentView.h"
#include "shell/MainWindow.h"
#include "shell/Pane.h"
#include "shell/RecentFiles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

namespace {

// The city's name as long as a value can be once the file's connections limit SQLite values
// to about 16 MB (a bigger one is refused by SQLite itself); the other values shorter, for a
// test that ends in seconds, but still megabytes that took minutes or crashed the window.
// PASSERELLE_HUGE_CHARS sets them all.
qsizetype hugeLength(bool cityName)
{
    const QByteArray wanted = qgetenv("PASSERELLE_HUGE_CHARS");
    if (!wanted.isEmpty())
        return wanted.toLongLong();
    return cityName ? 12 * 1000 * 1000 : 2 * 1000 * 1000;
}

// Text as a careless tool might write it: words, accents and spaces, on one line.
QString hugeText(qsizetype length)
{
    const QString word = QStringLiteral("Très-longue ville ");
    QString text;
    text.reserve(length);
    while (text.size() < length)
        text += word;
    text.truncate(length);
    return text;
}

// Writes straight through SQLite, as another program could, into the first row of a table.
bool overwrite(const QString& path, const QString& table, const QString& column,
               const QString& value)
{
    const QString connection = QStringLiteral("overwrite");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = (SELECT min(rowid) "
                                     "FROM %1)")
                          .arg(table, column));
            q.addBindValue(value);
            ok = q.exec() && q.numRowsAffected() == 1;
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// The length of the value in the first row, read as another program would.
qsizetype storedLength(const QString& path, const QString& table, const QString& column)
{
    const QString connection = QStringLiteral("length");
    qsizetype length = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT length(%2) FROM %1 WHERE rowid = (SELECT "
                                       "min(rowid) FROM %1)")
                            .arg(table, column),
                        db);
            if (q.next())
                length = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return length;
}

} // namespace

// A city file whose own values are absurdly long (written by another tool, or damaged) opens
// and shows every part in normal time: what is displayed is shortened, the values are kept.
class TestLongValues : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    // Shows every tab of every tab widget in turn, with the first row of each view current.
    static void visitTabs(QWidget* root, QStringList& times)
    {
        for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                QElapsedTimer timer;
                timer.start();
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                for (QAbstractItemView* view :
                     tabs->widget(i)->findChildren<QAbstractItemView*>()) {
                    if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                        view->setCurrentIndex(view->model()->index(0, 0));
                }
                QApplication::processEvents();
                QTest::qWait(20);
                times << QStringLiteral("  %1 %2 ms").arg(tabs->tabText(i)).arg(timer.elapsed());
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        TestFiles::isolateSettings(m_settings);
        DialogHooks::setInteractive(false);
    }

    void hugeValueOpensAndShows_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        const QList<QPair<const char*, const char*>> columns = {
            {"city", "name"},
            {"theme", "name"},
            {"stakeholder", "name"},
            {"stakeholder", "notes"},
            {"contact_person", "name"},
            {"checklist_template", "title"},
            {"checklist_area", "title"},
            {"checklist_item", "statement"},
            {"checklist_item", "guidance"},
            {"assessment_round", "label"},
            {"profile_figure", "label"},
            {"district", "name"},
            {"priority", "title"},
            {"action", "title"},
            {"partner_city", "name"},
        };
        for (const auto& [table, column] : columns)
            QTest::addRow("%s.%s", table, column)
                << QString::fromLatin1(table) << QString::fromLatin1(column);
    }

    void hugeValueOpensAndShows()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        std::unique_ptr<TestCity> city = TestCity::demo();
        city->close();
        const qsizetype length = hugeLength(table == QLatin1String("city"));
        QVERIFY(overwrite(city->path(), table, column, hugeText(length)));

        QElapsedTimer timer;
        timer.start();
        auto recent = std::make_shared<RecentFiles>();
        auto window = std::make_unique<MainWindow>(recent);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openFile(city->path()));
        QTRY_VERIFY(window->document() != nullptr);
        QApplication::processEvents();
        const qint64 shown = timer.elapsed();
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList times;
        for (int row = 0; row < navigation->count(); ++row) {
            QElapsedTimer pane;
            pane.start();
            navigation->setCurrentRow(row);
            QApplication::processEvents();
            QTest::qWait(50);
            times << QStringLiteral("%1 %2 ms")
                         .arg(navigation->item(row)->text())
                         .arg(pane.elapsed());
            visitTabs(window->findChild<QWidget*>(QStringLiteral("panes")), times);
        }
        const qint64 all = timer.elapsed();
        qInfo("%s: shown in %lld ms, every part in %lld ms (%s)", QTest::currentDataTag(), shown,
              all, qPrintable(times.join(QStringLiteral(", "))));
        QVERIFY(window->windowTitle().endsWith(QStringLiteral(" — Passerelle")));
        QVERIFY2(window->windowTitle().size() <= TextLimits::shownChars + 20,
                 qPrintable(QString::number(window->windowTitle().size())));
        // Generous bounds (the machine is shared); before, this took minutes or crashed.
        QVERIFY2(shown < 10000, qPrintable(QStringLiteral("%1 ms").arg(shown)));
        QVERIFY2(all < 30000, qPrintable(QStringLiteral("%1 ms").arg(all)));

        // Shown shortened, kept whole: opening and looking wrote nothing.
        window.reset();
        QCOMPARE(storedLength(city->path(), table, column), length);
    }
};

QTEST_MAIN(TestLongValues)
#include "TestLongValues.moc"
