// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this)), m_dismiss(new QToolButton(this))
{
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

    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);

    m_dismiss->setObjectName(QStringLiteral("messageDismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    m_dismiss->setToolTip(tr("Dismiss this message"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    connect(m_dismiss, &QToolButton::clicked, this, [this] { showMessage(QString()); });

    // The way out goes under the reason, so a narrow editor keeps both readable.
    auto* column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addWidget(m_action, 0, Qt::AlignLeading);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(column, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    setVisible(false);
}

QString MessageBar::message() const
{
    return m_text->text();
}

void MessageBar::showMessage(const QString& message, const QString& actionText)
{
    m_text->setText(message);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setVisible(!message.isEmpty());
}
