// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridLegend.h"

#include "stakeholders/KindPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Wide enough for "Organisation internationale (12)" at 9 pt; the note wraps under it.
constexpr int legendWidth = 250;

} // namespace

InfluenceGridLegend::InfluenceGridLegend(QWidget* parent)
    : QFrame(parent), m_toggle(new QToolButton(this)), m_body(new QWidget(this)),
      m_entries(new QVBoxLayout), m_note(new QLabel(m_body))
{
    setObjectName(QStringLiteral("influenceGridLegend"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_toggle->setObjectName(QStringLiteral("influenceGridLegendToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(false);
    // Folded, it is out of sight: the grid's toolbar has the button that unfolds it.
    hide();
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_note->setObjectName(QStringLiteral("influenceGridLegendNote"));
    m_note->setWordWrap(true);
    m_note->setMaximumWidth(legendWidth);
    m_entries->setContentsMargins(0, 0, 0, 0);
    m_entries->setSpacing(2);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(6, 0, 6, 6);
    body->addLayout(m_entries);
    body->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::clicked, this, [this] { m_chosen = true; });
    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_body->setVisible(expanded);
        setVisible(expanded);
        updateTitle();
        emit expandedChanged(expanded);
    });
    updateTitle();
}

void InfluenceGridLegend::updateTitle()
{
    m_toggle->setText(InfluenceGridLayout::legendTitle());
    // Folded, the legend is hidden and the toolbar's Legend button brings it back: its title
    // is only ever seen open.
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(tr("Fold the legend away"));
}

bool InfluenceGridLegend::isExpanded() const
{
    return m_toggle->isChecked();
}

void InfluenceGridLegend::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

void InfluenceGridLegend::choose(bool expanded)
{
    m_chosen = true;
    setExpanded(expanded);
}

void InfluenceGridLegend::setRoomToExpand(bool room)
{
    if (!m_chosen && room != isExpanded())
        setExpanded(room);
}

QSize InfluenceGridLegend::expandedSize() const
{
    const QSize body = m_body->sizeHint();
    const QSize toggle = m_toggle->sizeHint();
    const QMargins margins = layout()->contentsMargins();
    return {std::max(body.width(), toggle.width()) + margins.left() + margins.right(),
            body.height() + toggle.height() + margins.top() + margins.bottom()};
}

void InfluenceGridLegend::setLegend(const InfluenceGridLayout& layout)
{
    const auto& legend = layout.legend();
    // One row per kind: made again only when the kinds change, their texts set each time.
    if (m_entries->count() != int(legend.size())) {
        while (QLayoutItem* item = m_entries->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
        for (const InfluenceGridLayout::LegendEntry& entry : legend) {
            auto* label = new QLabel(m_body);
            label->setObjectName(QStringLiteral("influenceGridLegendEntry"));
            label->setProperty("kind", int(entry.kind));
            auto* swatch = new QLabel(m_body);
            swatch->setPixmap(KindPalette::swatch(entry.kind).pixmap(icon, icon));
            auto* row = new QWidget(m_body);
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->addWidget(swatch);
            rowLayout->addWidget(label, 1);
            swatch->setParent(row);
            label->setParent(row);
            m_entries->addWidget(row);
        }
    }
    const auto labels = m_body->findChildren<QLabel*>(QStringLiteral("influenceGridLegendEntry"));
    for (QLabel* label : labels) {
        for (const InfluenceGridLayout::LegendEntry& entry : legend) {
            if (int(entry.kind) == label->property("kind").toInt())
                label->setText(entry.text);
        }
    }
    m_note->setText(layout.words().boundaryNote);
    updateTitle();
}
