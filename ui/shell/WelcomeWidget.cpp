// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeWidget.h"

#include "RecentFiles.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel* heading(const QString& text, qreal scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QCommandLinkButton* bigButton(const QString& text, const QString& description,
                              const QString& objectName, QWidget* parent)
{
    auto* button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

WelcomeWidget::WelcomeWidget(RecentFiles& recentFiles, QWidget* parent)
    : QWidget(parent), m_recentFiles(recentFiles)
{
    setObjectName(QStringLiteral("welcome"));

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(layout->spacing() * 2);
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull()) {
        auto* logo = new QLabel(column);
        logo->setPixmap(icon.pixmap(64, 64));
        layout->addWidget(logo);
    }
    layout->addWidget(heading(tr("Welcome to Passerelle"), 1.8, column));
    auto* intro = new QLabel(
        tr("Keep your city's knowledge and plan in one file: its migration profile, its "
           "stakeholders, access to services, priorities and actions. Every change is stored "
           "as soon as you make it."),
        column);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* newCity = bigButton(tr("New city file…"),
                              tr("Start the file of your city. You give its name; the themes and "
                                 "profile sections are ready to fill."),
                              QStringLiteral("newCityButton"), column);
    auto* open = bigButton(tr("Open…"), tr("Open a city file from your computer or a USB key."),
                           QStringLiteral("openButton"), column);
    auto* demo = bigButton(tr("Open the demo city"),
                           tr("Explore a fictional city with a complete file before starting "
                              "your own. Changes stay in the demo file."),
                           QStringLiteral("demoButton"), column);
    connect(newCity, &QAbstractButton::clicked, this, &WelcomeWidget::newCityRequested);
    connect(open, &QAbstractButton::clicked, this, &WelcomeWidget::openRequested);
    connect(demo, &QAbstractButton::clicked, this, &WelcomeWidget::demoRequested);
    layout->addWidget(newCity);
    layout->addWidget(open);
    layout->addWidget(demo);

    layout->addWidget(heading(tr("Recent city files"), 1.2, column));
    m_noRecent = new QLabel(tr("The files you open will be listed here."), column);
    m_noRecent->setWordWrap(true);
    layout->addWidget(m_noRecent);
    m_recentList = new QListWidget(column);
    m_recentList->setObjectName(QStringLiteral("recentFiles"));
    m_recentList->setWordWrap(true);
    m_recentList->setAccessibleName(tr("Recent city files"));
    m_recentList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_recentList->setIconSize(QSize(32, 32));
    m_recentList->setSpacing(fontMetrics().height() / 4);
    layout->addWidget(m_recentList);
    layout->addStretch(1);
    const auto choose = [this](QListWidgetItem* item) {
        emit recentFileChosen(item->data(Qt::UserRole).toString());
    };
    // A single click opens, as on a web page; Enter opens the keyboard's current item.
    connect(m_recentList, &QListWidget::itemClicked, this, choose);
    connect(m_recentList, &QListWidget::itemActivated, this, choose);

    // The column keeps a readable line length on a wide screen, centred, and scrolls on a
    // small one; its width follows the font so longer translations still fit.
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto* centring = new QWidget(this);
    auto* row = new QHBoxLayout(centring);
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centring);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_recentFiles, &RecentFiles::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void WelcomeWidget::showEvent(QShowEvent* event)
{
    // Another window may have opened files meanwhile, or a listed file may be gone.
    refresh();
    QWidget::showEvent(event);
}

void WelcomeWidget::refresh()
{
    const QStringList files = m_recentFiles.files();
    m_recentList->clear();
    // City files carry the program's icon in file managers too.
    const QIcon icon = QApplication::windowIcon();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(icon,
                                         info.completeBaseName() + QLatin1Char('\n') +
                                             QDir::toNativeSeparators(info.absolutePath()),
                                         m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentList->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}
