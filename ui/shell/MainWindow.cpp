// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "CalendarExport.h"
#include "CityDocument.h"
#include "CityFileNames.h"
#include "DialogHooks.h"
#include "DocumentView.h"
#include "MenuBuilder.h"
#include "NewCityDialog.h"
#include "Pane.h"
#include "PartnerOpening.h"
#include "PreferencesDialog.h"
#include "RecentFiles.h"
#include "UserGuideDialog.h"
#include "WelcomeWidget.h"
#include "common/DateText.h"
#include "common/TextLimits.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translator.h"
#include "merge/MergeActions.h"
#include "reports/ReportActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

using CityFileNames::documentsFolder;
using CityFileNames::suffix;
using CityFileNames::withSuffix;

MainWindow::MainWindow(std::shared_ptr<RecentFiles> recentFiles, QWidget* parent)
    : QMainWindow(parent), m_recentFiles(std::move(recentFiles)), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_welcome = new WelcomeWidget(*m_recentFiles, this);
    connect(m_welcome, &WelcomeWidget::newCityRequested, this, &MainWindow::newCity);
    connect(m_welcome, &WelcomeWidget::openRequested, this, [this] { open(); });
    connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomeWidget::recentFileChosen, this,
            [this](const QString& path) { openFile(path); });

    m_view = new DocumentView(this);
    connect(m_view, &DocumentView::saveCopyRequested, this, &MainWindow::saveCopyAs);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_view);
    setCentralWidget(m_pages);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("filePath"));
    // A long path must not widen the window: it is cut, and whole in the tooltip.
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_writtenLabel = new QLabel(this);
    m_writtenLabel->setObjectName(QStringLiteral("lastWritten"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_writtenLabel);

    m_menus = new MenuBuilder(*this, *m_recentFiles, *m_undoGroup);
    const MenuBuilder::Actions& a = m_menus->actions();
    connect(a.newCity, &QAction::triggered, this, &MainWindow::newCity);
    connect(a.open, &QAction::triggered, this, [this] { open(); });
    connect(a.openReadOnly, &QAction::triggered, this,
            [this] { open(CityFile::Access::ReadOnly); });
    connect(a.openPartner, &QAction::triggered, this, [this] { PartnerOpening::run(*this); });
    connect(a.saveCopy, &QAction::triggered, this, &MainWindow::saveCopyAs);
    connect(a.exportCalendar, &QAction::triggered, this, [this] {
        if (const QString done = m_document ? CalendarExport::run(this, *m_document) : QString();
            !done.isEmpty())
            statusBar()->showMessage(done, 8000);
    });
    ReportActions::connect(*this, {a.exportReport, a.print, a.printPreview},
                           [this] { return m_document ? &m_document->repositories() : nullptr; });
    MergeActions::connect(*this, a.importFromPartner, [this] { return m_document.get(); });
    connect(a.close, &QAction::triggered, this, &MainWindow::closeFile);
    connect(a.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows,
            Qt::QueuedConnection);
    connect(a.find, &QAction::triggered, this, &MainWindow::find);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.showNavigation, &QAction::toggled, m_view, &DocumentView::setNavigationVisible);
    connect(a.userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus, &MenuBuilder::recentFileChosen, this,
            [this](const QString& path) { openFile(path); });
    connect(m_menus, &MenuBuilder::paneChosen, m_view, &DocumentView::showPane);
    connect(m_view, &DocumentView::currentPaneChanged, m_menus,
            [this](int index) { m_menus->setCurrentPane(index, m_view->currentPane()); });
    connect(m_view, &DocumentView::currentPaneChanged, this, &MainWindow::updateActions);

    restoreSettings();
    clearDocument();
}

MainWindow::~MainWindow()
{
    clearDocument();
}

MainWindow* MainWindow::openFile(const QString& path, CityFile::Access access)
{
    if (MainWindow* showing = windowShowing(path)) {
        showing->raise();
        showing->activateWindow();
        return showing;
    }
    CityDocument::OpenResult opened = CityDocument::open(path, access);
    if (!opened) {
        showError(opened.error());
        return nullptr;
    }
    const QString notice = Recovery::notice(opened.value()->file().recovery());
    MainWindow* window = adopt(opened.take());
    if (!notice.isEmpty())
        DialogHooks::message(window, QMessageBox::Information, tr("Unfinished change undone"),
                             notice);
    return window;
}

MainWindow* MainWindow::openDemo()
{
    const QString language = Translator::currentLanguage();
    const QString path = DemoGenerator::defaultPath(language);
    if (QFileInfo::exists(path))
        return openFile(path);
    DemoGenerator::Options options;
    options.language = language;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CityFile::OpenResult created = DemoGenerator::create(path, options);
    QApplication::restoreOverrideCursor();
    if (!created) {
        showError(created.error());
        return nullptr;
    }
    return adopt(std::make_unique<CityDocument>(created.take()));
}

void MainWindow::newCity()
{
    NewCityDialog dialog(this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const CityFile::NewCity city = dialog.city();
    const QString chosen = DialogHooks::saveFileName(
        this, tr("Save the new city file"),
        QDir(documentsFolder()).filePath(CityFileNames::forCity(city.name)), fileFilter(), false);
    if (chosen.isEmpty())
        return;
    CityDocument::OpenResult created = CityDocument::create(withSuffix(chosen), city);
    if (!created) {
        showError(created.error());
        return;
    }
    adopt(created.take());
}

void MainWindow::open(CityFile::Access access)
{
    const QStringList recent = m_recentFiles->files();
    const QString folder =
        recent.isEmpty() ? documentsFolder() : QFileInfo(recent.first()).absolutePath();
    const QString path = DialogHooks::openFileName(this,
                                                   access == CityFile::Access::ReadOnly
                                                       ? tr("Open a city file read-only")
                                                       : tr("Open a city file"),
                                                   folder, fileFilter());
    if (!path.isEmpty())
        openFile(path, access);
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    const CityFile& file = m_document->file();
    const QFileInfo info(file.path());
    // A copy cannot go beside a file whose folder is read-only; offer the documents instead.
    const QString folder = file.readOnlyReason() == CityFile::ReadOnlyReason::FolderNotWritable
                               ? documentsFolder()
                               : info.absolutePath();
    const QString suggested = QDir(folder).filePath(
        withSuffix(tr("%1 (copy)", "file name of a copy").arg(info.completeBaseName())));
    const QString chosen = DialogHooks::saveFileName(this, tr("Save a copy of the city file"),
                                                     suggested, fileFilter());
    if (chosen.isEmpty())
        return;
    const QString target = withSuffix(chosen);
    if (Result<void> written = file.saveCopyAs(target); !written) {
        DialogHooks::message(this, QMessageBox::Warning, tr("The copy was not written"),
                             written.error().message);
        return;
    }
    m_recentFiles->add(target);
    statusBar()->showMessage(tr("Copy written to %1").arg(QDir::toNativeSeparators(target)), 8000);
    // Working on the copy is the way out of a read-only file: offer it at once.
    if (file.isReadOnly() &&
        DialogHooks::message(this, QMessageBox::Question, tr("Open the copy?"),
                             tr("The copy “%1” was written. Open it now to make changes?")
                                 .arg(QDir::toNativeSeparators(target)),
                             QMessageBox::Open | QMessageBox::Cancel,
                             QMessageBox::Open) == QMessageBox::Open)
        openFile(target);
}

void MainWindow::closeFile()
{
    // With other windows open, an empty welcome window would only be in the way.
    const auto windows = QApplication::topLevelWidgets();
    const bool others = std::any_of(windows.begin(), windows.end(), [this](QWidget* w) {
        return w != this && w->isVisible() && qobject_cast<MainWindow*>(w);
    });
    if (others)
        close();
    else
        clearDocument();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    // The file is closed now rather than whenever the window object goes, so its lock is
    // released even if the program ends before deferred deletions run.
    clearDocument();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& url) {
            return url.isLocalFile() &&
                   QFileInfo(url.toLocalFile()).suffix().compare(suffix, Qt::CaseInsensitive) == 0;
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    event->acceptProposedAction();
    for (const QUrl& url : urls) {
        const QString path = url.toLocalFile();
        if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
            openFile(path);
    }
}

MainWindow* MainWindow::adopt(std::unique_ptr<CityDocument> document)
{
    if (!document->partner()) // a partner's file is never reopened as the officer's own
        m_recentFiles->add(document->file().path());
    MainWindow* target = this;
    if (m_document) {
        target = new MainWindow(m_recentFiles);
        target->setAttribute(Qt::WA_DeleteOnClose);
        // Cascaded, so the new window does not hide exactly the one it came from.
        const int step = fontMetrics().height() * 2;
        target->move(pos() + QPoint(step, step));
        target->show();
    }
    target->setDocument(std::move(document));
    target->raise();
    target->activateWindow();
    return target;
}

void MainWindow::setDocument(std::unique_ptr<CityDocument> document)
{
    clearDocument();
    m_document = std::move(document);
    CityFile& file = m_document->file();
    connect(m_document.get(), &CityDocument::cityNameChanged, this, &MainWindow::updateTitle);
    connect(&file, &CityFile::written, this, &MainWindow::updateLastWritten);
    connect(&file, &CityFile::writeFailed, this, [this](const QString& message) {
        DialogHooks::message(this, QMessageBox::Warning, tr("The change was not stored"), message);
    });
    // Without the stack in the group, Undo and Redo stay disabled for a read-only file.
    if (!file.isReadOnly()) {
        m_undoGroup->addStack(&m_document->undoStack());
        m_undoGroup->setActiveStack(&m_document->undoStack());
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->shownPath()));
    m_pathLabel->setToolTip(m_pathLabel->text());
    updateLastWritten(file.lastWrite());
    m_view->setDocument(m_document.get());
    QList<MenuBuilder::PaneName> names;
    for (int i = 0; i < m_view->paneCount(); ++i)
        names.append({m_view->paneIcon(i), m_view->paneTitle(i)});
    m_menus->setPanes(names);
    if (m_view->paneCount() > 0)
        m_menus->setCurrentPane(0, m_view->currentPane());
    m_pages->setCurrentWidget(m_view);
    updateTitle();
    updateActions();
    if (file.contentState() == CityFile::ContentState::Checking) {
        // A large file is shown at once and checked meanwhile; nothing can be changed until
        // the check has passed.
        m_view->setEnabled(false);
        statusBar()->showMessage(tr("Checking the city file…"));
        connect(&file, &CityFile::contentChecked, this, &MainWindow::contentChecked);
    }
}

void MainWindow::contentChecked()
{
    if (!m_document)
        return;
    statusBar()->clearMessage();
    if (std::optional<FileError> problem = m_document->file().contentProblem()) {
        clearDocument();
        showError(*problem);
        return;
    }
    m_view->setEnabled(true);
}

void MainWindow::clearDocument()
{
    m_view->setEnabled(true);
    m_menus->setPanes({});
    // Panes go before the document: they hold references to its repositories.
    m_view->setDocument(nullptr);
    if (m_document) {
        m_undoGroup->removeStack(&m_document->undoStack());
        m_document.reset();
    }
    m_pathLabel->clear();
    m_writtenLabel->clear();
    m_pages->setCurrentWidget(m_welcome);
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Passerelle")); // a name, the same in every language
        setWindowFilePath(QString());
        return;
    }
    // The file's own value: however long, the title shows a line of it.
    QString name = TextLimits::shortened(m_document->cityName());
    if (m_document->file().isReadOnly())
        name = m_document->partner() ? PartnerOpening::windowName(*m_document->partner())
                                     : tr("%1 (read-only)", "window title").arg(name);
    setWindowTitle(tr("%1 — Passerelle", "window title").arg(name));
    setWindowFilePath(m_document->file().path());
}

void MainWindow::updateLastWritten(const QDateTime& when)
{
    if (!when.isValid()) {
        m_writtenLabel->clear();
        return;
    }
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    // Minutes are precise enough to reassure; some locales' short format still shows seconds.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    m_writtenLabel->setText(local.date() == QDate::currentDate()
                                ? tr("Last written at %1").arg(locale.toString(local.time(), time))
                                : tr("Last written on %1")
                                      .arg(DateText::shown(local.date()) + QLatin1Char(' ') +
                                           locale.toString(local.time(), time)));
}

void MainWindow::updateActions()
{
    const MenuBuilder::Actions& a = m_menus->actions();
    const bool open = m_document != nullptr;
    a.saveCopy->setEnabled(open && !m_document->partner());
    for (QAction* action : {a.exportCalendar, a.exportReport, a.print, a.printPreview})
        action->setEnabled(open);
    a.close->setEnabled(open);
    a.importFromPartner->setEnabled(open && !m_document->file().isReadOnly());
    const Pane* pane = open ? m_view->currentPane() : nullptr;
    a.find->setEnabled(pane && pane->hasFilter());
    a.showNavigation->setEnabled(open && m_view->paneCount() > 0);
}

void MainWindow::showError(const FileError& error)
{
    DialogHooks::message(this, QMessageBox::Warning, error.title(), error.message());
}

void MainWindow::find()
{
    Pane* pane = m_view->currentPane();
    if (!pane || !pane->focusFilter())
        statusBar()->showMessage(tr("There is nothing to search in this part of the file."), 5000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    DialogHooks::exec(dialog);
}

void MainWindow::showUserGuide()
{
    // One guide per window, kept open beside the work rather than blocking it.
    if (!m_userGuide) {
        m_userGuide = new UserGuideDialog(this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    DialogHooks::exec(dialog);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // First start: most of the screen, leaving room for the desktop around it; the whole
        // of a laptop's screen (1366×768, 1280×720), where the panes need every pixel.
        if (const QScreen* screen = QApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            resize(available * 0.75);
            if (available.width() < smallScreenWidth || available.height() < smallScreenHeight)
                setWindowState(windowState() | Qt::WindowMaximized);
        }
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_view->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const bool navigation = settings.value(QStringLiteral("navigationVisible"), true).toBool();
    m_menus->actions().showNavigation->setChecked(navigation);
    m_view->setNavigationVisible(navigation);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_view->saveState());
    settings.setValue(QStringLiteral("navigationVisible"),
                      m_menus->actions().showNavigation->isChecked());
}

QString MainWindow::fileFilter() const
{
    return tr("Passerelle city files (*.passerelle)") + QStringLiteral(";;") + tr("All files (*)");
}

MainWindow* MainWindow::windowShowing(const QString& path)
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<MainWindow*>(widget);
        if (window && window->m_document &&
            QFileInfo(window->m_document->file().path()).absoluteFilePath() == wanted)
            return window;
    }
    return nullptr;
}
