// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityIdentityWidget.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/Validation.h"
#include "profile/ProfileRepository.h"
#include "shell/FileEdits.h"
#include "shell/UndoKeyFilter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <climits>

using EditCity = EditRecordCommand<ProfileRepository, City>;

CityIdentityWidget::CityIdentityWidget(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_name(new QLineEdit(this)),
      m_country(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_population(new QSpinBox(this)), m_populationYear(new QSpinBox(this)),
      m_populationSource(new QLineEdit(this))
{
    setObjectName(QStringLiteral("cityIdentity"));
    m_name->setObjectName(QStringLiteral("cityName"));
    m_country->setObjectName(QStringLiteral("cityCountry"));
    m_region->setObjectName(QStringLiteral("cityRegion"));
    m_population->setObjectName(QStringLiteral("cityPopulation"));
    m_populationYear->setObjectName(QStringLiteral("cityPopulationYear"));
    m_populationSource->setObjectName(QStringLiteral("cityPopulationSource"));

    // One step below the range means "not known", so a figure can be cleared again.
    m_population->setRange(-1, INT_MAX);
    m_population->setSpecialValueText(tr("Not known"));
    m_population->setGroupSeparatorShown(true);
    m_populationYear->setRange(Validation::minYear - 1, Validation::maxYear);
    m_populationYear->setSpecialValueText(tr("Not known"));
    m_region->setPlaceholderText(tr("Region, province or governorate"));
    m_populationSource->setPlaceholderText(tr("Census, municipal register, estimate…"));

    auto* populationRow = new QHBoxLayout;
    populationRow->addWidget(m_population);
    auto* yearLabel = new QLabel(tr("in &year"), this);
    yearLabel->setBuddy(m_populationYear);
    populationRow->addWidget(yearLabel);
    populationRow->addWidget(m_populationYear);
    populationRow->addStretch();

    auto* form = new QFormLayout(this);
    // Long labels (French, Greek) go above their field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Country"), m_country);
    form->addRow(tr("&Region"), m_region);
    auto* populationLabel = new QLabel(tr("&Population"), this);
    populationLabel->setBuddy(m_population);
    form->addRow(populationLabel, populationRow);
    form->addRow(tr("Population &source"), m_populationSource);

    auto* undoKeys = new UndoKeyFilter(
        context.undoStack, [this] { commit(); }, this);
    for (QLineEdit* edit : {m_name, m_country, m_region, m_populationSource}) {
        undoKeys->watch(edit);
        connect(edit, &QLineEdit::editingFinished, this, &CityIdentityWidget::commit);
    }
    for (QSpinBox* box : {m_population, m_populationYear}) {
        undoKeys->watch(box);
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::editingFinished, this, &CityIdentityWidget::commit);
    }

    connect(&context.repositories.profile(), &ProfileRepository::cityChanged, this,
            &CityIdentityWidget::display);
}

void CityIdentityWidget::reload()
{
    if (Result<City> city = m_context.repositories.profile().city(); city)
        display(city.value());
    else
        emit messageChanged(city.error().message);
}

void CityIdentityWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_name, m_country, m_region, m_populationSource})
        edit->setReadOnly(readOnly);
    for (QSpinBox* box : {m_population, m_populationYear}) {
        box->setReadOnly(readOnly);
        box->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                       : QAbstractSpinBox::UpDownArrows);
    }
}

City CityIdentityWidget::edited() const
{
    City city = m_city;
    // A line field holds at most 32767 characters: an untouched one keeps the stored value
    // whole, however long another program made it.
    const auto take = [](const QLineEdit* edit, QString& value) {
        if (edit->isModified())
            value = edit->text().trimmed();
    };
    take(m_name, city.name);
    take(m_country, city.country);
    take(m_region, city.region);
    take(m_populationSource, city.populationSource);
    const int population = m_population->value();
    city.population =
        population == m_population->minimum() ? std::nullopt : std::optional<qint64>(population);
    const int year = m_populationYear->value();
    city.populationYear =
        year == m_populationYear->minimum() ? std::nullopt : std::optional<int>(year);
    return city;
}

void CityIdentityWidget::commit()
{
    if (m_readOnly || m_city.meta.id.isEmpty())
        return;
    const City after = edited();
    if (after == m_city)
        return;
    if (std::optional<Error> e = ProfileRepository::validate(after)) {
        // The field goes back to what the file holds, so what is shown is what is stored;
        // the message says what was refused and why.
        display(m_city);
        emit messageChanged(e->message);
        return;
    }
    const QString failure =
        FileEdits::push(m_context, {new EditCity(&m_context.file, m_context.repositories.profile(),
                                                 m_city, after, tr("Edit the city's identity"))});
    if (!failure.isEmpty())
        display(m_city);
    emit messageChanged(failure);
}

void CityIdentityWidget::display(const City& city)
{
    m_city = city;
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_name, city.name);
    setText(m_country, city.country);
    setText(m_region, city.region);
    setText(m_populationSource, city.populationSource);
    const auto setValue = [](QSpinBox* box, std::optional<qint64> value) {
        const int v = value ? int(std::min<qint64>(*value, box->maximum())) : box->minimum();
        if (box->value() != v)
            box->setValue(v);
    };
    setValue(m_population, city.population);
    setValue(m_populationYear,
             city.populationYear ? std::optional<qint64>(*city.populationYear) : std::nullopt);
}
