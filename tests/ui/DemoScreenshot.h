// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QWidget>

// Renders a widget on the demo city in English and in French (longer strings) as a user would
// see it. With PASSERELLE_SCREENSHOTS set to a folder, the pictures are saved there to look at.
namespace DemoScreenshot {

// The data rows of a test run once per language.
inline void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// The program's translation and date formats for the scope's life, English after.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
    {
        Translator::install(*QCoreApplication::instance(), language);
        QLocale::setDefault(QLocale(language));
    }
    ~LanguageScope()
    {
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(m_before);
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QLocale m_before;
};

// Lets the layouts settle as they would on screen, grabs the widget, saves it when asked.
inline bool grab(QWidget& widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QImage image = widget.grab().toImage();
    if (image.isNull())
        return false;
    const QString dir = qEnvironmentVariable("PASSERELLE_SCREENSHOTS");
    return dir.isEmpty() || image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace DemoScreenshot
