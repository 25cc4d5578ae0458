// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewCityDialog.h"

#include "i18n/Translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

NewCityDialog::NewCityDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New city file"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cityName"));
    m_name->setPlaceholderText(tr("For example: Tangier"));
    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("fileLanguage"));
    for (const QString& code : Translator::availableLanguages())
        m_language->addItem(Translator::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translator::currentLanguage())));

    auto* intro = new QLabel(tr("A city file holds everything about one city. You can change "
                                "these details later in the city profile."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("City &name:"), m_name);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("File &language:"), m_language);
    auto* languageHint = new QLabel(
        tr("The language of the built-in themes and profile sections in the file."), this);
    languageHint->setWordWrap(true);
    form->addRow(QString(), languageHint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose where to save…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A city needs a name; the file cannot be made without one.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    // Room for the explanations to read as sentences, in the dialog's own font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 75);
}

CityFile::NewCity NewCityDialog::city() const
{
    CityFile::NewCity city;
    city.name = m_name->text().trimmed();
    city.country = m_country->text().trimmed();
    city.language = m_language->currentData().toString();
    return city;
}
