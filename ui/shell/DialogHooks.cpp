// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogHooks.h"

#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>

#include <optional>

namespace {

struct Presets
{
    bool interactive = true;
    std::optional<QString> fileName;
    std::optional<QMessageBox::StandardButton> answer;
    DialogHooks::DialogHandler dialogHandler;
    QList<DialogHooks::Message> messages;
    QList<QUrl> openedUrls;
};

Presets& presets()
{
    static Presets p;
    return p;
}

template <typename T> std::optional<T> takePreset(std::optional<T>& slot)
{
    std::optional<T> value;
    std::swap(value, slot);
    return value;
}

} // namespace

QString DialogHooks::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    if (std::optional<QString> preset = takePreset(presets().fileName))
        return *preset;
    if (!presets().interactive)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString DialogHooks::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter, bool confirmOverwrite)
{
    if (std::optional<QString> preset = takePreset(presets().fileName))
        return *preset;
    if (!presets().interactive)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options()
                                                         : QFileDialog::DontConfirmOverwrite);
}

QMessageBox::StandardButton DialogHooks::message(QWidget* parent, QMessageBox::Icon icon,
                                                 const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    presets().messages.append({icon, title, text});
    if (std::optional<QMessageBox::StandardButton> preset = takePreset(presets().answer))
        return *preset;
    if (!presets().interactive)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    // The explanations are long sentences; let them wrap instead of widening the box.
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

int DialogHooks::exec(QDialog& dialog)
{
    if (DialogHandler handler = std::exchange(presets().dialogHandler, {}))
        return handler(dialog);
    if (!presets().interactive)
        return QDialog::Rejected;
    return dialog.exec();
}

bool DialogHooks::openUrl(const QUrl& url)
{
    presets().openedUrls.append(url);
    if (!presets().interactive)
        return true;
    return QDesktopServices::openUrl(url);
}

void DialogHooks::setNextFileName(const QString& path)
{
    presets().fileName = path;
}

void DialogHooks::setNextAnswer(QMessageBox::StandardButton button)
{
    presets().answer = button;
}

void DialogHooks::setNextDialogHandler(const DialogHandler& handler)
{
    presets().dialogHandler = handler;
}

void DialogHooks::setInteractive(bool interactive)
{
    presets().interactive = interactive;
}

QList<DialogHooks::Message> DialogHooks::messages()
{
    return presets().messages;
}

QList<QUrl> DialogHooks::openedUrls()
{
    return presets().openedUrls;
}

void DialogHooks::reset()
{
    const bool interactive = presets().interactive;
    presets() = Presets{};
    presets().interactive = interactive;
}
