// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

const QString sourceLanguage = QStringLiteral("en");
const QString ourDirectory = QStringLiteral(":/i18n");
const QString ourPrefix = QStringLiteral("passerelle_");

// The translators this class installed, so a second install() replaces rather than stacks them.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString current = sourceLanguage;

bool installFile(QCoreApplication& app, const QLocale& locale, const QString& name,
                 const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

QStringList Translator::availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(ourDirectory).entryList({ourPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(ourPrefix.size()).chopped(3);
    languages.removeAll(sourceLanguage);
    languages.prepend(sourceLanguage);
    return languages;
}

QString Translator::resolve(const QStringList& preferred)
{
    const QStringList available = availableLanguages();
    for (QString language : preferred) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        // A regional translation (pt_BR) wins over the language's general one (pt).
        if (available.contains(language))
            return language;
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        // English is the source: an English speaker who also reads French keeps English,
        // although there is no passerelle_en.qm to find.
        if (available.contains(base))
            return base;
    }
    return sourceLanguage;
}

void Translator::install(QCoreApplication& app, const QString& language)
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QStringList preferred =
        language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    current = resolve(preferred);
    const QLocale locale = localeFor(current);
    // An explicit choice also governs dates and numbers; "system" leaves them to the system.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // English too: passerelle_en holds only the plural forms of "%n item(s)" messages.
    // A translator checks a change without rebuilding the program: PASSERELLE_TRANSLATIONS
    // names a folder of passerelle_<code>.qm files (lrelease's output) read instead.
    const QString trial = qEnvironmentVariable("PASSERELLE_TRANSLATIONS");
    if (trial.isEmpty() || !installFile(app, locale, ourPrefix.chopped(1), trial))
        installFile(app, locale, ourPrefix.chopped(1), ourDirectory);
    // Qt's own strings (standard buttons, file dialogs) and, for Arabic, the layout direction.
    installFile(app, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QLocale Translator::localeFor(const QString& language, const QLocale& system)
{
    const QLocale chosen(language);
    if (system.language() == chosen.language())
        return system;
    // A Moroccan officer whose system is in French and who works in Arabic writes Arabic as
    // Morocco does (Latin digits), not as Egypt does; a Brussels one in Dutch as Belgium does.
    if (system.territory() != QLocale::AnyTerritory) {
        const QLocale local(chosen.language(), system.territory());
        if (local.language() == chosen.language() && local.territory() == system.territory())
            return local;
    }
    return chosen;
}

QString Translator::currentLanguage()
{
    return current;
}

QString Translator::languageName(const QString& code)
{
    const QLocale locale(code);
    // Qt names English after its default territory ("American English"); the menu wants the
    // language alone.
    QString name = locale.language() == QLocale::English ? QStringLiteral("English")
                                                         : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // "français" is written lower case in a sentence, capitalised in a list of choices.
    return locale.toUpper(name.left(1)) + name.mid(1);
}
