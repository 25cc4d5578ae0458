// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "i18n/Translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString languageKey = QStringLiteral("language");
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : Translator::availableLanguages())
        m_language->addItem(Translator::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));

    auto* hint =
        new QLabel(tr("The new language is used the next time you start Passerelle."), this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 75);
}

QString PreferencesDialog::language()
{
    return QSettings().value(languageKey).toString();
}

void PreferencesDialog::setLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

void PreferencesDialog::accept()
{
    setLanguage(m_language->currentData().toString());
    QDialog::accept();
}
