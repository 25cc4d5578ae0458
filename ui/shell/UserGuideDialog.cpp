// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include "i18n/Translator.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Passerelle user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    // Links to the web (licence, project page) go to the browser; the guide's own anchors stay.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.height() * 45);
}

QUrl UserGuideDialog::guideUrl()
{
    // The guide in the interface's language when there is one, else the English one.
    const QString translated =
        QStringLiteral(":/passerelle/help/user-guide_%1.html").arg(Translator::currentLanguage());
    if (QFile::exists(translated))
        return QUrl(QStringLiteral("qrc") + translated);
    return QUrl(QStringLiteral("qrc:/passerelle/help/user-guide.html"));
}
