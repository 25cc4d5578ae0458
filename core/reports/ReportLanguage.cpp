// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguage.h"

#include "common/BidiText.h"

#include "common/DateText.h"
#include "common/Money.h"
#include "common/NumberText.h"
#include "i18n/Translator.h"

ReportLanguage::ReportLanguage(const QString& code, const QLocale& system)
    : m_code(Translator::availableLanguages().contains(code) ? code : QStringLiteral("en")),
      // Numbers and dates as the officer's country writes the language (Arabic with Latin
      // digits in Morocco, Arabic-Indic in Lebanon); English as Britain does, as ever.
      m_locale(m_code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                             : Translator::localeFor(m_code, system)),
      m_translator(std::make_unique<QTranslator>())
{
    // English has a file of its own too: the plural forms of the source texts.
    if (!m_translator->load(QStringLiteral(":/i18n/passerelle_") + m_code))
        m_translator.reset();
}

ReportLanguage::~ReportLanguage() = default;

QString ReportLanguage::translate(const char* context, const char* source,
                                  const char* disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // Like QCoreApplication::translate: %n is the number in the report's language.
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

QString ReportLanguage::longDate(const QDate& date) const
{
    if (!date.isValid())
        return {};
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportLanguage::shortDate(const QDate& date) const
{
    return DateText::shown(date, m_locale);
}

QString ReportLanguage::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportLanguage::money(qint64 cents, const QString& currency) const
{
    return Money::format(cents, currency, m_locale);
}

QString ReportLanguage::percent(double share) const
{
    return NumberText::percent(share, m_locale);
}

QString ReportLanguage::own(const QString& text) const
{
    return BidiText::inLine(text, direction(), direction());
}

QString ReportLanguage::list(const QStringList& items) const
{
    QStringList owned;
    owned.reserve(items.size());
    for (const QString& item : items)
        owned << own(item);
    return m_locale.createSeparatedList(owned);
}

QString ReportLanguage::joined(const QStringList& items) const
{
    // Arabic writes its own comma; QLocale has no list separator to ask (its list patterns
    // join every Arabic item with "و", "and").
    const QString comma = m_locale.script() == QLocale::ArabicScript ? QStringLiteral("\u060C ")
                                                                     : QStringLiteral(", ");
    QStringList owned;
    owned.reserve(items.size());
    for (const QString& item : items)
        owned << own(item);
    return owned.join(comma);
}
