// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QUrl>

#include <functional>

class QDialog;
class QWidget;

// Every modal question the shell asks goes through here, so that GUI tests can answer in
// advance instead of blocking on a dialog (as KeePassXC's MessageBox::setNextAnswer and
// FileDialog::setNextFileName do). In the program nothing is preset and real dialogs show.
class DialogHooks
{
public:
    struct Message
    {
        QMessageBox::Icon icon;
        QString title;
        QString text;
    };
    using DialogHandler = std::function<int(QDialog& dialog)>;

    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    // confirmOverwrite: false where the caller refuses existing files itself, with a clearer
    // message than "replace it?" followed by a refusal.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter, bool confirmOverwrite = true);
    static QMessageBox::StandardButton
    message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Runs one of the shell's own dialogs (new city, preferences) modally.
    static int exec(QDialog& dialog);
    // Opens a file or folder with the desktop's program for it; recorded, never opened, when
    // not interactive (tests).
    static bool openUrl(const QUrl& url);

    // Test side: each preset answers the next request of its kind, once.
    static void setNextFileName(const QString& path);
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNextDialogHandler(const DialogHandler& handler);
    // Off: a request with no preset gets the default answer (no file, the default button,
    // Rejected) instead of a real dialog, so a forgotten preset fails a test instead of hanging.
    static void setInteractive(bool interactive);
    // Messages shown (or answered) since the last reset, oldest first.
    static QList<Message> messages();
    // What openUrl() was asked to open since the last reset.
    static QList<QUrl> openedUrls();
    static void reset();
};
