// SPDX-License-Identifier: GPL-3.0-or-later
// The floor bench_startup is measured against: a bare Qt program that shows the same file's
// stakeholders in a QTableView over a QSqlQueryModel, with none of Passerelle's checks or
// panes. Same clock, same event (the first paint after the data is set).
//   bench_startup_floor FILE      prints: "process_ms main_ms"
#include "BenchStartupClock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QTableView>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: bench_startup_floor FILE\n", stderr);
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        std::fputs("cannot open the file\n", stderr);
        return 1;
    }
    QMainWindow window;
    window.resize(1280, 720);
    auto* view = new QTableView(&window);
    auto* model = new QSqlQueryModel(view);
    model->setQuery(QStringLiteral("SELECT name, kind, level, influence, interest FROM "
                                   "stakeholder ORDER BY name_key"),
                    db);
    view->setModel(model);
    window.setCentralWidget(view);
    StartupClock::FirstPaint probe(timer);
    window.show();
    window.installEventFilter(&probe);
    window.update();
    return QApplication::exec();
}
