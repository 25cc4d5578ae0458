// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportValuesPage.h"

#include "StakeholderImportDialog.h"
#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
using Column = StakeholderCsvColumns::Column;
// A theme value's choices besides the themes of the file, whose data is their id.
const QString createTheme = QStringLiteral("create");
const QString leaveOut = QStringLiteral("leave");
// Values are shown on one line each.
constexpr int shownLength = 60;
} // namespace

StakeholderImportValuesPage::StakeholderImportValuesPage(StakeholderImportDialog& dialog)
    : m_dialog(dialog), m_values(new QWidget), m_grid(new QGridLayout(m_values)), m_more(new QLabel)
{
    setTitle(tr("Say what the values mean"));
    setSubTitle(tr("These kinds, levels and themes of the file are not among Passerelle’s. "
                   "Choose what each one means; the city file remembers your choices for the "
                   "next import."));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("valuesArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_values);
    scroll->setFrameShape(QFrame::NoFrame);
    m_more->setObjectName(QStringLiteral("moreValues"));
    m_more->setWordWrap(true);
    m_more->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_more);
}

void StakeholderImportValuesPage::initializePage()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Result<StakeholderCsvImport::Preview> preview = m_dialog.preview();
    if (!preview)
        return;
    const QStringList headers = {tr("In the file"), tr("Column"), tr("Rows"), tr("Means")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()));
        m_grid->addWidget(label, 0, c);
    }
    const QList<ImportValueMatcher::Value>& values = preview.value().unknownValues;
    for (int i = 0; i < values.size(); ++i) {
        const ImportValueMatcher::Value& value = values.at(i);
        const QString shown = TextLimits::shortened(value.text, shownLength);
        auto* text = new QLabel(shown);
        text->setTextFormat(Qt::PlainText);
        text->setToolTip(tr("First on line %1").arg(value.firstLine));
        auto* rows = new QLabel(QLocale().toString(value.rows));
        rows->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QComboBox* combo = comboFor(value);
        combo->setObjectName(QStringLiteral("valueChoice_%1").arg(i));
        combo->setAccessibleName(tr("What “%1” means").arg(shown));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, value, combo] { chosen(value, combo); });
        m_grid->addWidget(text, i + 1, 0);
        m_grid->addWidget(new QLabel(StakeholderCsvColumns::label(value.column)), i + 1, 1);
        m_grid->addWidget(rows, i + 1, 2);
        m_grid->addWidget(combo, i + 1, 3);
    }
    m_grid->setColumnStretch(4, 1);
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);
    m_grid->setRowStretch(int(values.size()) + 1, 1);
    const int more = preview.value().unlistedValues;
    m_more->setVisible(more > 0);
    m_more->setText(tr("%n more value(s) are not listed: rows with an unlisted kind or level are "
                       "left out, and an unlisted theme becomes a new theme.",
                       nullptr, more));
}

QComboBox* StakeholderImportValuesPage::comboFor(const ImportValueMatcher::Value& value) const
{
    auto* combo = new QComboBox;
    const ImportValueChoices& choices = m_dialog.choices();
    QString current;
    if (value.column == Column::Kind) {
        combo->addItem(tr("Leave those rows out"), QString());
        for (Stakeholder::Kind k : Stakeholder::allKinds())
            combo->addItem(Stakeholder::label(k), Stakeholder::toText(k));
        if (const auto it = choices.kinds.constFind(value.key); it != choices.kinds.cend())
            current = Stakeholder::toText(*it);
    } else if (value.column == Column::Level) {
        combo->addItem(tr("Leave those rows out"), QString());
        for (Stakeholder::Level l : Stakeholder::allLevels())
            combo->addItem(Stakeholder::label(l), Stakeholder::toText(l));
        if (const auto it = choices.levels.constFind(value.key); it != choices.levels.cend())
            current = Stakeholder::toText(*it);
    } else {
        combo->addItem(tr("A new theme “%1”").arg(TextLimits::shortened(value.text, shownLength)),
                       createTheme);
        combo->addItem(tr("No theme: leave it out"), leaveOut);
        for (const Theme& t : m_dialog.context().repositories.themes().themes())
            combo->addItem(TextLimits::shortened(t.name), t.meta.id);
        current = createTheme;
        if (const auto it = choices.themes.constFind(value.key); it != choices.themes.cend())
            current = it->isEmpty() ? leaveOut : *it;
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

void StakeholderImportValuesPage::chosen(const ImportValueMatcher::Value& value,
                                         const QComboBox* combo)
{
    ImportValueChoices choices = m_dialog.choices();
    const QString data = combo->currentData().toString();
    if (value.column == Column::Kind) {
        choices.kinds.remove(value.key);
        if (const std::optional<Stakeholder::Kind> k = Stakeholder::kindFromText(data))
            choices.kinds.insert(value.key, *k);
    } else if (value.column == Column::Level) {
        choices.levels.remove(value.key);
        if (const std::optional<Stakeholder::Level> l = Stakeholder::levelFromText(data))
            choices.levels.insert(value.key, *l);
    } else {
        choices.themes.remove(value.key);
        if (data == leaveOut)
            choices.themes.insert(value.key, QString());
        else if (data != createTheme)
            choices.themes.insert(value.key, data);
    }
    m_dialog.setChoices(choices);
}
