// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class MainWindow;
class PartnerFile;

// File > Open a partner's file…: the officer chooses a file a partner city shared; it is read
// from a private copy (PartnerFile) in a window of its own, marked as the partner's, where
// every pane can be read and nothing changed. It never joins the officer's recent files: those
// open a file as the officer's own, for writing, in place.
class PartnerOpening
{
    Q_DECLARE_TR_FUNCTIONS(PartnerOpening)

public:
    // Asks for the file, then open(). nullptr when cancelled or refused.
    static MainWindow* run(MainWindow& window);
    // Opens path as a partner's file in window, or in a new window when window shows a file.
    // nullptr when refused: the officer was told why, and nothing was changed.
    static MainWindow* open(MainWindow& window, const QString& path);

    // "Mechelen (partner, shared 5 Dec 2026)", for the window's title.
    static QString windowName(const PartnerFile& partner);
    // The day it was shared, in the officer's time zone and language; empty when unknown.
    static QString sharedOn(const PartnerFile& partner);
};
