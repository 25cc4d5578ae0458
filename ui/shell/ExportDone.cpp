// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDone.h"

#include "DialogHooks.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

ExportDone::Choice ExportDone::tell(QWidget* parent, const QString& title, const QString& summary,
                                    const QString& path)
{
    const QFileInfo file(path);
    QMessageBox box(
        QMessageBox::Information, title,
        tr("%1\n\nFile: %2\nFolder: %3")
            .arg(summary, file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
        QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("exportDone"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* open = box.addButton(tr("&Open the file"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("exportOpenFile"));
    QPushButton* folder = box.addButton(tr("Open its &folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("exportOpenFolder"));
    box.setDefaultButton(open);
    DialogHooks::exec(box);
    if (box.clickedButton() == open) {
        DialogHooks::openUrl(QUrl::fromLocalFile(file.absoluteFilePath()));
        return Choice::OpenFile;
    }
    if (box.clickedButton() == folder) {
        DialogHooks::openUrl(QUrl::fromLocalFile(file.absolutePath()));
        return Choice::OpenFolder;
    }
    return Choice::Close;
}
