// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareAction.h"

#include "ShareDialog.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>

QAction* ShareAction::add(QMenu* menu, QMainWindow& window)
{
    QAction* action = menu->addAction(QIcon::fromTheme(QStringLiteral("emblem-shared")),
                                      tr("S&hare with a partner city…"));
    action->setObjectName(QStringLiteral("actionShare"));
    action->setStatusTip(tr("Write a copy of the file for a partner city, without personal data "
                            "unless you include it."));
    auto* main = qobject_cast<MainWindow*>(&window);
    const auto document = [main] { return main ? main->document() : nullptr; };
    const auto update = [action, document] { action->setEnabled(document() != nullptr); };
    // The window retitles itself whenever it opens or closes a file.
    QObject::connect(&window, &QWidget::windowTitleChanged, action, update);
    QObject::connect(menu, &QMenu::aboutToShow, action, update);
    update();
    QObject::connect(action, &QAction::triggered, &window, [&window, document] {
        if (CityDocument* open = document()) {
            ShareDialog dialog(open->file(), &window);
            DialogHooks::exec(dialog);
        }
    });
    return action;
}
