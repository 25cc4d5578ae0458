// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkToolBar.h"

#include "common/TextLimits.h"
#include "stakeholders/FlowLayout.h"
#include "stakeholders/KindPalette.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace {

// Long theme names (and French ones) must not push the network tab wider than the screen.
QComboBox* makeFilter(const char* name, QWidget* parent)
{
    auto* filter = new QComboBox(parent);
    filter->setObjectName(QLatin1String(name));
    filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filter->setMinimumContentsLength(12);
    return filter;
}

// A label stays on the line of its combo box.
QWidget* pair(QLabel* label, QWidget* field, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(field, 1);
    label->setBuddy(field);
    return box;
}

} // namespace

RelationsNetworkToolBar::RelationsNetworkToolBar(ThemeRepository& themes, QWidget* parent)
    : QWidget(parent), m_themes(themes), m_kindLabel(new QLabel(this)),
      m_themeLabel(new QLabel(this)), m_kindFilter(makeFilter("networkKindFilter", this)),
      m_themeFilter(makeFilter("networkThemeFilter", this)),
      m_zoomIn(makeButton("networkZoomIn", QIcon::fromTheme(QStringLiteral("zoom-in")))),
      m_zoomOut(makeButton("networkZoomOut", QIcon::fromTheme(QStringLiteral("zoom-out")))),
      m_fit(makeButton("networkFit",
                       style()->standardIcon(QStyle::SP_TitleBarMaxButton, nullptr, this))),
      m_arrange(makeButton("networkArrange",
                           style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this))),
      m_exportPng(makeButton("networkExportPng",
                             style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this))),
      m_exportSvg(makeButton("networkExportSvg",
                             style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this))),
      // The legend floats over the network: hidden, it uncovers the nodes under it.
      m_legendToggle(makeButton("networkLegendToggle", QIcon()))
{
    m_legendToggle->setCheckable(true);
    m_legendToggle->setChecked(true);

    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pair(m_kindLabel, m_kindFilter, this));
    layout->addWidget(pair(m_themeLabel, m_themeFilter, this));
    for (QWidget* w : std::initializer_list<QWidget*>{m_zoomOut, m_zoomIn, m_fit, m_arrange,
                                                      m_exportPng, m_exportSvg, m_legendToggle})
        layout->addWidget(w);

    for (QComboBox* filter : {m_kindFilter, m_themeFilter})
        connect(filter, &QComboBox::currentIndexChanged, this,
                &RelationsNetworkToolBar::filtersChanged);
    connect(m_zoomIn, &QAbstractButton::clicked, this, &RelationsNetworkToolBar::zoomInRequested);
    connect(m_zoomOut, &QAbstractButton::clicked, this, &RelationsNetworkToolBar::zoomOutRequested);
    connect(m_fit, &QAbstractButton::clicked, this, &RelationsNetworkToolBar::fitRequested);
    connect(m_arrange, &QAbstractButton::clicked, this, &RelationsNetworkToolBar::arrangeRequested);
    connect(m_exportPng, &QAbstractButton::clicked, this,
            &RelationsNetworkToolBar::exportPngRequested);
    connect(m_exportSvg, &QAbstractButton::clicked, this,
            &RelationsNetworkToolBar::exportSvgRequested);
    connect(m_legendToggle, &QAbstractButton::toggled, this,
            &RelationsNetworkToolBar::legendToggled);

    connect(&themes, &ThemeRepository::themeAdded, this, &RelationsNetworkToolBar::fillThemes);
    connect(&themes, &ThemeRepository::themeUpdated, this, &RelationsNetworkToolBar::fillThemes);
    connect(&themes, &ThemeRepository::themeRemoved, this, &RelationsNetworkToolBar::fillThemes);
    retranslate();
}

QAbstractButton* RelationsNetworkToolBar::makeButton(const char* name, const QIcon& icon)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QLatin1String(name));
    button->setIcon(icon);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

std::optional<Stakeholder::Kind> RelationsNetworkToolBar::kind() const
{
    const QVariant data = m_kindFilter->currentData();
    return data.isValid() ? std::optional(Stakeholder::Kind(data.toInt())) : std::nullopt;
}

QString RelationsNetworkToolBar::themeId() const
{
    return m_themeFilter->currentData().toString();
}

void RelationsNetworkToolBar::setKind(std::optional<Stakeholder::Kind> kind)
{
    m_kindFilter->setCurrentIndex(kind ? qMax(0, m_kindFilter->findData(int(*kind))) : 0);
}

void RelationsNetworkToolBar::setThemeId(const QString& themeId)
{
    m_themeFilter->setCurrentIndex(themeId.isEmpty() ? 0
                                                     : qMax(0, m_themeFilter->findData(themeId)));
}

void RelationsNetworkToolBar::setArrangeEnabled(bool enabled)
{
    m_arrange->setEnabled(enabled);
}

void RelationsNetworkToolBar::setLegendShown(bool shown)
{
    m_legendToggle->setChecked(shown);
}

void RelationsNetworkToolBar::setExportEnabled(bool enabled)
{
    m_exportPng->setEnabled(enabled);
    m_exportSvg->setEnabled(enabled);
}

void RelationsNetworkToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RelationsNetworkToolBar::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole network"));
    m_arrange->setText(tr("Arrange automatically"));
    m_arrange->setToolTip(tr("Place every stakeholder shown afresh (can be undone)"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportSvg->setText(tr("Export SVG…"));
    m_legendToggle->setText(tr("Legend"));
    m_legendToggle->setToolTip(tr("Show or hide the legend, which floats over the network"));

    const QVariant kind = m_kindFilter->currentData();
    QSignalBlocker block(m_kindFilter);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"));
    for (Stakeholder::Kind k : Stakeholder::allKinds())
        m_kindFilter->addItem(KindPalette::swatch(k), Stakeholder::label(k), int(k));
    m_kindFilter->setCurrentIndex(qMax(0, m_kindFilter->findData(kind)));
    fillThemes();
}

void RelationsNetworkToolBar::fillThemes()
{
    const QString current = themeId();
    {
        QSignalBlocker block(m_themeFilter);
        m_themeFilter->clear();
        m_themeFilter->addItem(tr("All themes"));
        for (const Theme& theme : m_themes.themes())
            m_themeFilter->addItem(TextLimits::shortened(theme.name), theme.meta.id);
        m_themeFilter->setCurrentIndex(qMax(0, m_themeFilter->findData(current)));
    }
    if (themeId() != current)
        emit filtersChanged();
}
