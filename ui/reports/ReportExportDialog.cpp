// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExportDialog.h"

#include "LaidOutReport.h"
#include "ReportChoices.h"
#include "ReportPreview.h"
#include "city/Repositories.h"
#include "common/OutputFileQuestion.h"
#include "reports/ReportBuilder.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Long enough for a few keystrokes or clicks through the kinds to make one rebuild.
constexpr int debounceMs = 250;

QString suffixOf(ReportExportThread::Format format)
{
    return format == ReportExportThread::Format::Odt ? QStringLiteral(".odt")
                                                     : QStringLiteral(".pdf");
}

} // namespace

ReportExportDialog::ReportExportDialog(Repositories& repos, QWidget* parent)
    : QDialog(parent), m_repos(repos), m_choices(new ReportChoices(repos, this)),
      m_formats(new QGroupBox(tr("Format"), this)), m_pdf(new QRadioButton(tr("&PDF"), this)),
      m_odt(new QRadioButton(tr("&OpenDocument text (.odt)"), this)),
      m_preview(new ReportPreview(this)), m_message(new MessageBar(this)),
      m_progress(new QProgressBar(this)), m_buttons(new QDialogButtonBox(this)),
      m_export(m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)),
      m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export a report"));
    m_pdf->setObjectName(QStringLiteral("formatPdf"));
    m_pdf->setChecked(true);
    m_odt->setObjectName(QStringLiteral("formatOdt"));
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_cancel->setObjectName(QStringLiteral("exportCancel"));

    // The buttons' texts stay short; what each format is for wraps beside them.
    auto* formatHint = new QLabel(tr("PDF to publish or print as it is; OpenDocument to finish "
                                     "the wording in LibreOffice or Word first."),
                                  m_formats);
    formatHint->setObjectName(QStringLiteral("formatHint"));
    formatHint->setWordWrap(true);
    auto* formatLayout = new QVBoxLayout(m_formats);
    formatLayout->addWidget(m_pdf);
    formatLayout->addWidget(m_odt);
    formatLayout->addWidget(formatHint);

    auto* options = new QWidget(this);
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_choices);
    optionsLayout->addWidget(m_formats);
    optionsLayout->addStretch(1);
    optionsLayout->addWidget(m_message);
    optionsLayout->addWidget(m_progress);
    optionsLayout->addWidget(m_buttons);
    // A column of sentences, not of the longest line, the preview taking the rest; never
    // narrower than what cannot wrap (the personal data checkbox, longer in French).
    options->setMaximumWidth(
        qMax(fontMetrics().averageCharWidth() * 60, options->minimumSizeHint().width()));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(options, 0);
    layout->addWidget(m_preview, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReportExportDialog::refreshPreview);
    connect(m_choices, &ReportChoices::changed, this, [this] {
        updateFormats();
        m_debounce->start();
    });
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportExportDialog::reject);
    updateFormats();

    // Most of a laptop's screen: the page must be readable beside the choices.
    if (const QScreen* screen = parent ? parent->screen() : this->screen()) {
        const QSize available = screen->availableSize();
        resize(qMin(available.width() * 9 / 10, fontMetrics().averageCharWidth() * 160),
               available.height() * 9 / 10);
    }
}

ReportExportDialog::~ReportExportDialog()
{
    if (m_thread)
        m_thread->cancel();
    // The thread's destructor waits for it: the writer removes its temporary file first.
    delete m_thread;
}

QString ReportExportDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->message() : QString();
}

void ReportExportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        // At once, not after the debounce: the first page is what the officer waits for.
        QTimer::singleShot(0, this, &ReportExportDialog::refreshPreview);
    }
}

void ReportExportDialog::refreshPreview()
{
    m_debounce->stop();
    const ReportOptions options = m_choices->options();
    Result<ReportDocument> built = ReportBuilder::build(m_repos, options);
    if (!built) {
        m_preview->showNotice(built.error().message);
        return;
    }
    const bool sameKind = m_previewKind == options.kind;
    m_previewKind = options.kind;
    m_preview->setReport(LaidOutReport::layOut(built.take(), options.paper), sameKind);
}

void ReportExportDialog::updateFormats()
{
    const bool odt = ReportBuilder::hasOdt(m_choices->options().kind);
    m_odt->setEnabled(odt);
    m_odt->setToolTip(odt ? QString() : tr("This report is written as PDF only."));
    if (!odt)
        m_pdf->setChecked(true);
}

ReportExportThread::Format ReportExportDialog::format() const
{
    return m_odt->isChecked() ? ReportExportThread::Format::Odt : ReportExportThread::Format::Pdf;
}

QString ReportExportDialog::suggestedPath() const
{
    const ReportOptions options = m_choices->options();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = ReportBuilder::name(options.kind);
    if (const CityFile* file = m_repos.file()) {
        const QFileInfo info(file->path());
        // Beside the city file, unless it sits on a read-only share.
        if (QFileInfo(info.absolutePath()).isWritable())
            folder = info.absolutePath();
        base =
            tr("%1 - %2", "report file name: city file, report").arg(info.completeBaseName(), base);
    }
    return QDir(folder).filePath(base + suffixOf(format()));
}

void ReportExportDialog::startExport()
{
    if (m_thread)
        return;
    m_message->showMessage(QString());
    const ReportExportThread::Format chosen = format();
    const QString suffix = suffixOf(chosen);
    const QString filter = chosen == ReportExportThread::Format::Odt
                               ? tr("OpenDocument text (*.odt)")
                               : tr("PDF documents (*.pdf)");
    // The question about an existing file is asked here, so that a "no" is answered by the
    // same refusal the command line gives, and the older file stays whole.
    QString path =
        DialogHooks::saveFileName(this, tr("Export the report"), suggestedPath(), filter, false);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const Result<bool> overwrite = OutputFileQuestion::ask(
        this, path,
        tr("“%1” already exists. Replace it with this report?").arg(QFileInfo(path).fileName()));
    if (!overwrite) {
        m_message->showMessage(overwrite.error().message);
        return;
    }
    const ReportOptions options = m_choices->options();
    Result<ReportDocument> built = ReportBuilder::build(m_repos, options);
    if (!built) {
        m_message->showMessage(built.error().message);
        return;
    }
    m_target = path;
    // The embedded fonts are registered on the GUI thread, once, before any other uses them.
    ReportStyle::family();
    m_thread = new ReportExportThread(
        ReportExportThread::Job{built.take(), options.paper, chosen, path, overwrite.value()},
        this);
    connect(m_thread, &ReportExportThread::progressed, m_progress, &QProgressBar::setValue);
    connect(m_thread, &QThread::finished, this, &ReportExportDialog::exportFinished);
    setBusy(true);
    m_thread->start();
}

void ReportExportDialog::exportFinished()
{
    ReportExportThread* thread = m_thread;
    m_thread = nullptr;
    const Result<void> result = thread->result();
    delete thread;
    setBusy(false);
    if (!result) {
        m_message->showMessage(result.error().message);
        return;
    }
    m_written = m_target;
    const QString name = ReportBuilder::name(m_choices->options().kind);
    ExportDone::tell(this, tr("Report exported"),
                     format() == ReportExportThread::Format::Odt
                         ? tr("%1 written as an OpenDocument text: open it in LibreOffice or Word "
                              "to finish the wording.")
                               .arg(name)
                         : tr("%1 written as a PDF document.").arg(name),
                     m_written);
    accept();
}

void ReportExportDialog::setBusy(bool busy)
{
    m_choices->setEnabled(!busy);
    m_formats->setEnabled(!busy);
    m_export->setEnabled(!busy);
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    // Cancel stops the export while one runs, and closes the dialog otherwise.
    m_cancel->setToolTip(busy ? tr("Stop the export; no file is written.") : QString());
}

void ReportExportDialog::reject()
{
    if (m_thread) {
        m_thread->cancel();
        return;
    }
    QDialog::reject();
}
