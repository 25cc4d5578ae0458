// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeActions.h"

#include "merge/MergeDialog.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

void MergeActions::connect(QMainWindow& window, QAction* importFromPartner,
                           const std::function<CityDocument*()>& document)
{
    QMainWindow* w = &window;
    QObject::connect(importFromPartner, &QAction::triggered, w, [w, document] {
        CityDocument* open = document();
        if (!open || open->file().isReadOnly())
            return;
        MergeDialog dialog(open->repositories(), open->undoStack(), w);
        if (DialogHooks::exec(dialog) == QDialog::Accepted && !dialog.outcome().isEmpty())
            w->statusBar()->showMessage(dialog.outcome(), 8000);
    });
}
