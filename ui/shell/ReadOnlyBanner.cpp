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
    m_text->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copy = new QPushButton(tr("Save a copy as…"), this);
    copy->setObjectName(QStringLiteral("readOnlySaveCopyButton"));
    m_saveCopy = copy;
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
    m_saveCopy->show();
    show();
}

void ReadOnlyBanner::setPartner(const QString& city, const QString& sharedOn)
{
    const QString from =
        sharedOn.isEmpty()
            ? tr("This is the file of the partner city %1 (the date it was shared is unknown).")
                  .arg(city)
            : tr("This is the file the partner city %1 shared on %2.").arg(city, sharedOn);
    m_text->setText(from + QLatin1Char(' ') +
                    tr("It is open read-only, from a private copy: you can read every part but "
                       "change nothing, and your own city file is not affected."));
    m_saveCopy->hide();
    show();
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}
