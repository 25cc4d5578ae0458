// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderFilterBar.h"

#include "StakeholderTableModel.h"
#include "common/ThemeNames.h"
#include "stakeholders/KindPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

StakeholderFilterBar::StakeholderFilterBar(StakeholderTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_text(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_level(new QComboBox(this)), m_membership(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Follow-up &overdue"), this)),
      m_clear(new QPushButton(tr("C&lear filters"), this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("stakeholderFilterBar"));
    m_text->setObjectName(QStringLiteral("stakeholderFilterText"));
    m_kind->setObjectName(QStringLiteral("stakeholderFilterKind"));
    m_theme->setObjectName(QStringLiteral("stakeholderFilterTheme"));
    m_level->setObjectName(QStringLiteral("stakeholderFilterLevel"));
    m_membership->setObjectName(QStringLiteral("stakeholderFilterGroup"));
    m_overdue->setObjectName(QStringLiteral("stakeholderFilterOverdue"));
    m_overdue->setToolTip(tr("Only the stakeholders with a follow-up promised for a day already "
                             "past and not logged as done"));
    m_clear->setObjectName(QStringLiteral("stakeholderFilterClear"));
    m_count->setObjectName(QStringLiteral("stakeholderFilterCount"));

    m_text->setPlaceholderText(tr("Search names, notes and contacts"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search stakeholders"));

    m_kind->addItem(tr("All kinds"));
    for (Stakeholder::Kind kind : Stakeholder::allKinds())
        m_kind->addItem(KindPalette::swatch(kind), Stakeholder::label(kind), int(kind));
    m_level->addItem(tr("All levels"));
    for (Stakeholder::Level level : Stakeholder::allLevels())
        m_level->addItem(Stakeholder::label(level), int(level));
    m_membership->addItem(tr("In the group or not"), int(StakeholderTableModel::Membership::Any));
    m_membership->addItem(tr("Group members"), int(StakeholderTableModel::Membership::Members));
    m_membership->addItem(tr("Not in the group"),
                          int(StakeholderTableModel::Membership::NonMembers));
    m_kind->setAccessibleName(tr("Kind"));
    m_theme->setAccessibleName(tr("Theme"));
    m_level->setAccessibleName(tr("Level"));
    m_membership->setAccessibleName(tr("City Stakeholder Group"));
    fillThemes();

    // Two lines: the search gets the width it needs, the combos wrap below it on a narrow pane.
    auto* combos = new QHBoxLayout;
    for (QComboBox* box : {m_kind, m_theme, m_level, m_membership}) {
        // Long theme names (French) would otherwise widen the table side: the popup shows them.
        // Six letters: Greek and Dutch filters beside the details still fit a 1280 laptop.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        combos->addWidget(box, 1);
    }
    combos->addWidget(m_overdue);
    auto* top = new QHBoxLayout;
    top->addWidget(m_text, 1);
    top->addWidget(m_clear);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(combos);

    connect(m_text, &QLineEdit::textChanged, m_model, &StakeholderTableModel::setFilterText);
    for (QComboBox* box : {m_kind, m_theme, m_level, m_membership})
        connect(box, &QComboBox::currentIndexChanged, this, &StakeholderFilterBar::applyCriteria);
    connect(m_overdue, &QCheckBox::toggled, this, &StakeholderFilterBar::applyCriteria);
    connect(m_clear, &QPushButton::clicked, this, &StakeholderFilterBar::clearFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StakeholderFilterBar::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StakeholderFilterBar::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StakeholderFilterBar::updateCount);
    connect(m_model, &StakeholderTableModel::prepared, this, &StakeholderFilterBar::updateCount);
    // After the model has followed the change: it drops a removed theme from its filter first.
    connect(&model->themeNames(), &ThemeNames::changed, this, &StakeholderFilterBar::fillThemes);
    updateCount();
}

void StakeholderFilterBar::clearFilters()
{
    for (QComboBox* box : {m_kind, m_theme, m_level, m_membership}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_overdue);
        m_overdue->setChecked(false);
    }
    m_text->blockSignals(true);
    m_text->clear();
    m_text->blockSignals(false);
    m_model->setFilter({});
}

void StakeholderFilterBar::applyCriteria()
{
    StakeholderTableModel::Filter filter = m_model->filter();
    // The model keeps the text folded; the box has what was typed.
    filter.text = m_text->text();
    const QVariant kind = m_kind->currentData();
    filter.kind = kind.isValid() ? std::optional(Stakeholder::Kind(kind.toInt())) : std::nullopt;
    const QVariant level = m_level->currentData();
    filter.level =
        level.isValid() ? std::optional(Stakeholder::Level(level.toInt())) : std::nullopt;
    filter.themeId = m_theme->currentData().toString();
    filter.membership = StakeholderTableModel::Membership(m_membership->currentData().toInt());
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(filter);
}

void StakeholderFilterBar::fillThemes()
{
    const QString current = m_theme->currentData().toString();
    const QSignalBlocker blocker(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("All themes"));
    const ThemeNames& themes = m_model->themeNames();
    for (const QString& id : themes.ids()) {
        m_theme->addItem(themes.name(id), id);
        if (id == current)
            m_theme->setCurrentIndex(m_theme->count() - 1);
    }
    // A removed theme no longer narrows the table (the model drops it as well).
    if (!current.isEmpty() && m_theme->currentIndex() == 0)
        applyCriteria();
}

void StakeholderFilterBar::updateCount()
{
    // While the table shows a first screenful and reads the rest, "N of M" would mislead.
    const int total = m_model->totalCount();
    m_count->setText(m_model->isComplete()
                         ? tr("%L1 of %Ln stakeholder(s)", nullptr, total).arg(m_model->rowCount())
                         : tr("%Ln stakeholder(s)", nullptr, total));
}
