// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChoices.h"

#include "city/Repositories.h"
#include "common/DateEdit.h"
#include "common/PersonalDataChoice.h"
#include "i18n/Translator.h"
#include "profile/ProfileRepository.h"
#include "reports/ReportBuilder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLocale>
#include <QSettings>

namespace {

constexpr int defaultSinceDays = 90;

void selectData(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

const QString settingsGroup = QStringLiteral("reports");
const QString kindKey = QStringLiteral("kind");
const QString paperKey = QStringLiteral("paper");

} // namespace

ReportChoices::ReportChoices(Repositories& repos, QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_kind(new QComboBox(this)),
      m_language(new QComboBox(this)), m_paper(new QComboBox(this)), m_since(new DateEdit(this)),
      m_personalData(new PersonalDataChoice(this))
{
    setObjectName(QStringLiteral("reportChoices"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind kind : ReportBuilder::kinds())
        m_kind->addItem(ReportBuilder::name(kind), int(kind));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString& code : Translator::availableLanguages())
        m_language->addItem(Translator::languageName(code), code);
    m_language->setToolTip(tr("The language the report is written in, whatever the language of "
                              "the program."));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter (US)"), int(QPageSize::Letter));
    m_since->setObjectName(QStringLiteral("reportSince"));
    m_since->setCalendarPopup(true);
    m_since->setToolTip(tr("The report lists what was done from this date on."));
    // The report's name is read whole ("Rapport sur la cartographie des parties prenantes"):
    // its box is as wide as the longest. The others take the width the form gives them.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox* box : {m_language, m_paper})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_form->setContentsMargins(0, 0, 0, 0);
    // A label too long for its column goes above its field rather than squeezing it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Report:"), m_kind);
    m_form->addRow(tr("&Language of the report:"), m_language);
    m_form->addRow(tr("P&aper:"), m_paper);
    m_form->addRow(tr("&Done since:"), m_since);
    m_form->addRow(m_personalData);

    setOptions(remembered(defaults(repos)));
    // The report and the paper are remembered for the next time; the language starts from the
    // city's each time (the report goes to its council), and personal data is left out each
    // time until the officer ticks it again: it leaves the file only when asked.
    for (QComboBox* box : {m_kind, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportChoices::remember);
    for (QComboBox* box : {m_kind, m_language, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportChoices::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportChoices::updateRows);
    connect(m_since, &QDateEdit::dateChanged, this, &ReportChoices::changed);
    connect(m_personalData, &PersonalDataChoice::policyChanged, this, &ReportChoices::changed);
}

QPageSize::PageSizeId ReportChoices::localPaper()
{
    const QLocale::Territory territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

ReportOptions ReportChoices::defaults(Repositories& repos)
{
    ReportOptions options;
    options.language = Translator::currentLanguage();
    if (const Result<City> city = repos.profile().city();
        city && Translator::availableLanguages().contains(city.value().language))
        options.language = city.value().language;
    options.paper = localPaper();
    options.since = QDate::currentDate().addDays(-defaultSinceDays);
    return options;
}

ReportOptions ReportChoices::remembered(ReportOptions options)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (const std::optional<ReportKind> kind =
            ReportBuilder::fromKey(settings.value(kindKey).toString()))
        options.kind = *kind;
    const QString paper = settings.value(paperKey).toString();
    if (paper == QLatin1String("a4"))
        options.paper = QPageSize::A4;
    else if (paper == QLatin1String("letter"))
        options.paper = QPageSize::Letter;
    return options;
}

void ReportChoices::remember() const
{
    const ReportOptions chosen = options();
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(kindKey, ReportBuilder::key(chosen.kind));
    // Printing takes the printer's paper: only a paper the officer chose is kept.
    if (m_paperShown)
        settings.setValue(paperKey, chosen.paper == QPageSize::Letter ? QStringLiteral("letter")
                                                                      : QStringLiteral("a4"));
}

ReportOptions ReportChoices::options() const
{
    ReportOptions options;
    options.kind = ReportKind(m_kind->currentData().toInt());
    options.language = m_language->currentData().toString();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.personalData = m_personalData->policy();
    if (options.kind == ReportKind::ActionPlan)
        options.since = m_since->date();
    return options;
}

void ReportChoices::setOptions(const ReportOptions& options)
{
    const QSignalBlocker blockKind(m_kind), blockLanguage(m_language), blockPaper(m_paper),
        blockSince(m_since), blockPersonal(m_personalData);
    selectData(m_kind, int(options.kind));
    selectData(m_language, options.language);
    selectData(m_paper, int(options.paper));
    m_since->setDate(options.since.isValid() ? options.since
                                             : QDate::currentDate().addDays(-defaultSinceDays));
    m_personalData->setPolicy(options.personalData);
    updateRows();
    emit changed();
}

void ReportChoices::setPaperShown(bool shown)
{
    m_paperShown = shown;
    updateRows();
}

void ReportChoices::updateRows()
{
    m_form->setRowVisible(m_paper, m_paperShown);
    // Only the status report has a "since"; a field that changes nothing is not shown.
    m_form->setRowVisible(m_since,
                          ReportKind(m_kind->currentData().toInt()) == ReportKind::ActionPlan);
}
