// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Loads Passerelle's own translations (embedded) and Qt's (installed with Qt), following the
// user's preferred languages in order. Shared by the desktop program and the command line.
class Translator
{
public:
    // Language codes with a Passerelle translation, English (the source language) first.
    static QStringList availableLanguages();
    // language: a code from availableLanguages(), or empty to follow the system's preferences.
    // May be called again (tests, a restart of the UI): the previous translators are replaced.
    static void install(QCoreApplication& app, const QString& language = {});
    // The language install() settled on ("en" when nothing better was found).
    static QString currentLanguage();
    // The language's own name for itself, capitalised as in a menu: "English", "Français".
    static QString languageName(const QString& code);
    // The locale (dates, numbers) that goes with an interface language chosen by the officer:
    // the system's when it is of that language (a Moroccan system keeps Arabic with Latin
    // digits, ar-MA; a Belgian one Dutch as Flanders writes it), else the language as the
    // system's country writes it (a French system in Morocco: ar-MA), else the language's own
    // (Arabic alone is Egypt's, with Arabic-Indic digits).
    static QLocale localeFor(const QString& language, const QLocale& system = QLocale::system());
    // The first of the preferred languages (QLocale::uiLanguages() order, "fr-CA" style) that
    // Passerelle speaks; "en" when none. English listed before French means English.
    static QString resolve(const QStringList& preferred);
};
