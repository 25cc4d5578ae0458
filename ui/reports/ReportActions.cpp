// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "ReportExportDialog.h"
#include "ReportPrinting.h"
#include "shell/DialogHooks.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QStatusBar>

void ReportActions::connect(QMainWindow& window, const Actions& actions,
                            const std::function<Repositories*()>& repositories)
{
    QMainWindow* w = &window;
    QObject::connect(actions.exportReport, &QAction::triggered, w, [w, repositories] {
        Repositories* repos = repositories();
        if (!repos)
            return;
        ReportExportDialog dialog(*repos, w);
        if (DialogHooks::exec(dialog) == QDialog::Accepted && !dialog.writtenPath().isEmpty())
            w->statusBar()->showMessage(
                tr("Report written to %1").arg(QDir::toNativeSeparators(dialog.writtenPath())),
                8000);
    });
    QObject::connect(actions.print, &QAction::triggered, w, [w, repositories] {
        if (Repositories* repos = repositories()) {
            if (const QString done = ReportPrinting::print(w, *repos); !done.isEmpty())
                w->statusBar()->showMessage(done, 8000);
        }
    });
    QObject::connect(actions.printPreview, &QAction::triggered, w, [w, repositories] {
        if (Repositories* repos = repositories())
            ReportPrinting::preview(w, *repos);
    });
}
