// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

// The language a report is written in, apart from the interface's: its own translator over
// Passerelle's embedded translations, and its locale for dates and numbers. Builders call
// translate("Context", "Source") with literal strings, which lupdate collects as it does tr().
// Safe to use from the thread that made it; builders run on one thread.
class ReportLanguage
{
public:
    // code: "en", "fr" (Translator::availableLanguages()); an unknown code gives English.
    // system: the officer's locale, whose country decides how the language writes numbers.
    explicit ReportLanguage(const QString& code, const QLocale& system = QLocale::system());
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    const QString& code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }
    Qt::LayoutDirection direction() const { return m_locale.textDirection(); }

    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

    // "30 September 2025" / "30 septembre 2025".
    QString longDate(const QDate& date) const;
    // "30/09/2025" in the report's language, with four-digit years.
    QString shortDate(const QDate& date) const;
    // 12,345 / 12 345; money without cents: "€12,345" / "12 345 €".
    QString number(double value, int decimals = 0) const;
    QString money(qint64 cents, const QString& currency) const;
    QString percent(double share) const; // 0..1

    // A text of the officer's as it must be written inside the report's lines to read in its
    // own direction (a French name in an Arabic sentence): isolated where the two differ.
    QString own(const QString& text) const;
    // Items as the language lists them ("A, B and C", "A، B و C"), each in its own direction.
    QString list(const QStringList& items) const;
    // Items with the language's comma between them ("Tanger, Maroc", "طنجة، المغرب"), each in
    // its own direction.
    QString joined(const QStringList& items) const;

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};
