// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEntryDialog.h"
#include "common/PlainTextEdit.h"

#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

TemplateEntryDialog::TemplateEntryDialog(Kind kind, ThemeRepository& themes, Validator validator,
                                         QWidget* parent)
    : QDialog(parent), m_validator(std::move(validator)), m_text(new QLineEdit(this)),
      m_details(new PlainTextEdit(this)), m_theme(new QComboBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool area = kind == Kind::Area;
    setObjectName(QStringLiteral("templateEntryDialog"));
    setWindowTitle(area ? tr("New area") : tr("New item"));
    m_text->setObjectName(QStringLiteral("entryText"));
    m_details->setObjectName(QStringLiteral("entryDetails"));
    m_theme->setObjectName(QStringLiteral("entryTheme"));
    m_error->setObjectName(QStringLiteral("entryError"));
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(
        area ? tr("What the area covers, in a sentence or two.")
             : tr("What shows that the city meets it: a document, a figure, a service to "
                  "visit."));
    m_text->setPlaceholderText(area ? tr("For example: Health")
                                    : tr("For example: A newly arrived child can enrol in a "
                                         "public school without a residence permit."));
    m_theme->addItem(tr("No theme"), QString());
    for (const Theme& t : themes.themes())
        m_theme->addItem(TextLimits::shortened(t.name), t.meta.id);
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(area ? tr("&Title:") : tr("&Statement:"), m_text);
    form->addRow(area ? tr("&Description:") : tr("&Guidance on evidence:"), m_details);
    form->addRow(tr("T&heme:"), m_theme);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &TemplateEntryDialog::revalidate);
    connect(m_details, &QPlainTextEdit::textChanged, this, &TemplateEntryDialog::revalidate);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &TemplateEntryDialog::revalidate);
    revalidate();
}

void TemplateEntryDialog::setEntry(const Entry& entry)
{
    m_text->setText(entry.text);
    m_details->setPlainText(entry.details);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(entry.themeId)));
    revalidate();
}

TemplateEntryDialog::Entry TemplateEntryDialog::entry() const
{
    return {m_text->text().trimmed(), m_details->toPlainText().trimmed(),
            m_theme->currentData().toString()};
}

QString TemplateEntryDialog::error() const
{
    return m_error->text();
}

void TemplateEntryDialog::revalidate()
{
    const std::optional<Error> e = m_validator ? m_validator(entry()) : std::nullopt;
    m_error->setText(e ? e->message : QString());
    // A new entry is empty: saying so before the officer has typed anything reads as a
    // reproach. OK waits all the same.
    const bool typed =
        m_text->isModified() || m_details->document()->isModified() || !m_text->text().isEmpty();
    m_error->setVisible(e.has_value() && typed);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!e);
}
