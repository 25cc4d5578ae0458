// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileMessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

ProfileMessageBar::ProfileMessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("profileMessageBar"));
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

    m_text->setObjectName(QStringLiteral("profileMessage"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_dismiss->setObjectName(QStringLiteral("profileMessageDismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    m_dismiss->setToolTip(tr("Dismiss this message"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    connect(m_dismiss, &QToolButton::clicked, this, [this] { showMessage(QString()); });

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    setVisible(false);
}

QString ProfileMessageBar::message() const
{
    return m_text->text();
}

void ProfileMessageBar::showMessage(const QString& message)
{
    m_text->setText(message);
    setVisible(!message.isEmpty());
}
