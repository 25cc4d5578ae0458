// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderMessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

StakeholderMessageBar::StakeholderMessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("stakeholderMessageBar"));
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours stand out from the window in light and dark styles alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("stakeholderMessage"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("stakeholderMessageAction"));
    connect(m_action, &QPushButton::clicked, this, &StakeholderMessageBar::actionTriggered);

    // The way out goes under the reason, so a narrow editor keeps both readable.
    auto* column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addWidget(m_action, 0, Qt::AlignLeading);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(column, 1);
    setVisible(false);
}

QString StakeholderMessageBar::message() const
{
    return m_text->text();
}

void StakeholderMessageBar::showMessage(const QString& message, const QString& actionText)
{
    m_text->setText(message);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setVisible(!message.isEmpty());
}
