// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerOpening.h"

#include "CityDocument.h"
#include "DialogHooks.h"
#include "MainWindow.h"
#include "common/DateText.h"
#include "common/TextLimits.h"
#include "exchange/PartnerFile.h"

#include <QApplication>
#include <QStandardPaths>

MainWindow* PartnerOpening::run(MainWindow& window)
{
    const QString path = DialogHooks::openFileName(
        &window, tr("Open a partner city’s file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Passerelle city files (*.passerelle)") + QStringLiteral(";;") + tr("All files (*)"));
    return path.isEmpty() ? nullptr : open(window, path);
}

MainWindow* PartnerOpening::open(MainWindow& window, const QString& path)
{
    // The copy and its complete check take a moment on a large file.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PartnerFile::OpenResult opened = PartnerFile::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        DialogHooks::message(&window, QMessageBox::Warning, opened.error().title(),
                             opened.error().message());
        return nullptr;
    }
    return window.adopt(std::make_unique<CityDocument>(opened.take()));
}

QString PartnerOpening::windowName(const PartnerFile& partner)
{
    const QString city = TextLimits::shortened(partner.sharedBy());
    const QString on = sharedOn(partner);
    return on.isEmpty() ? tr("%1 (partner, date unknown)", "window title").arg(city)
                        : tr("%1 (partner, shared %2)", "window title").arg(city, on);
}

QString PartnerOpening::sharedOn(const PartnerFile& partner)
{
    const QDateTime at = partner.sharedAt();
    return at.isValid() ? DateText::shown(at.toLocalTime().date()) : QString();
}
