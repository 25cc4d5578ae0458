// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Passerelle"));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<h2>Passerelle</h2><p>%1</p><p>%2</p><p>%3</p><p>%4</p>")
            .arg(tr("Version %1").arg(QStringLiteral(PASSERELLE_VERSION)),
                 tr("The city integration officer's workbook: the city's migration profile, "
                    "stakeholders, access to services, priorities and action plan, in one file."),
                 tr("Passerelle is free software: you may use, study, share and change it under "
                    "the terms of the <a href=\"%1\">GNU General Public License</a>, version 3 "
                    "or (at your option) any later version (GPL-3.0-or-later). It comes with no "
                    "warranty.")
                     .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")),
                 tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion()))));

    auto* row = new QHBoxLayout;
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull()) {
        auto* logo = new QLabel(this);
        logo->setPixmap(icon.pixmap(96, 96));
        logo->setAlignment(Qt::AlignTop);
        row->addWidget(logo);
    }
    row->addWidget(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    // Wide enough for the licence paragraph to read as prose, measured in the font; the
    // height then follows from the wrapped text.
    text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}
