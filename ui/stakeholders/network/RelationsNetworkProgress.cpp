// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkProgress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

RelationsNetworkProgress::RelationsNetworkProgress(QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_elapsed(new QLabel(this)), m_cancel(new QPushButton(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("networkPlacing"));
    m_text->setObjectName(QStringLiteral("networkPlacingText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_bar->setObjectName(QStringLiteral("networkPlacingBar"));
    // No end known: the bar moves to show that the work goes on.
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_elapsed->setObjectName(QStringLiteral("networkPlacingElapsed"));
    m_elapsed->setAlignment(Qt::AlignCenter);
    m_cancel->setObjectName(QStringLiteral("networkPlacingCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &RelationsNetworkProgress::cancelRequested);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RelationsNetworkProgress::updateText);

    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    auto* columnLayout = new QVBoxLayout(column);
    // Together in the middle of the view, not spread over its height.
    columnLayout->addStretch(1);
    columnLayout->addWidget(m_text);
    columnLayout->addWidget(m_bar);
    columnLayout->addWidget(m_elapsed);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    columnLayout->addLayout(buttons);
    columnLayout->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 4);
    layout->addStretch(1);
    retranslate();
}

void RelationsNetworkProgress::start(int stakeholders)
{
    m_stakeholders = stakeholders;
    m_clock.start();
    m_tick->start();
    updateText();
}

void RelationsNetworkProgress::stop()
{
    m_tick->stop();
}

int RelationsNetworkProgress::elapsedSeconds() const
{
    return m_clock.isValid() ? int(m_clock.elapsed() / 1000) : 0;
}

void RelationsNetworkProgress::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RelationsNetworkProgress::retranslate()
{
    m_cancel->setText(tr("Stop placing"));
    m_cancel->setToolTip(tr("Stop waiting: the stakeholders not placed yet stay off the network "
                            "until you arrange it or narrow the list."));
    updateText();
}

void RelationsNetworkProgress::updateText()
{
    m_text->setText(tr("Placing %Ln stakeholder(s) on the network…", "", m_stakeholders));
    m_elapsed->setText(tr("%n second(s) so far", "", elapsedSeconds()));
}
