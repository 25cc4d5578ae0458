// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ReadOnlyBanner::ReadOnlyBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours are the palette's "note" colours: visible in light and dark themes
    // alike, unlike a hard-coded yellow.
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    setPalette(pal);

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copy = new QPushButton(tr("Save a copy as…"), this);
    copy->setObjectName(QStringLiteral("readOnlySaveCopyButton"));
    connect(copy, &QPushButton::clicked, this, &ReadOnlyBanner::saveCopyRequested);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(copy, 0, Qt::AlignVCenter);
    hide();
}

void ReadOnlyBanner::setReason(CityFile::ReadOnlyReason reason)
{
    QString why;
    switch (reason) {
    case CityFile::ReadOnlyReason::None:
        hide();
        return;
    case CityFile::ReadOnlyReason::Requested:
        why = tr("This file was opened read-only, as you asked.");
        break;
    case CityFile::ReadOnlyReason::FileNotWritable:
        why = tr("This file is read-only: you do not have permission to change it.");
        break;
    case CityFile::ReadOnlyReason::FolderNotWritable:
        why = tr("This file is in a read-only folder (a shared drive, a CD, a protected folder), "
                 "so Passerelle cannot safely store changes there.");
        break;
    }
    m_text->setText(why + QLatin1Char(' ') +
                    tr("You can read everything but change nothing. To edit, use “Save a copy "
                       "as…” and work on the copy."));
    show();
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}
