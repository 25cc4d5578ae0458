// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportExportThread.h"
#include "reports/ReportOptions.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class MessageBar;
class QDialogButtonBox;
class QGroupBox;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;
class Repositories;
class ReportChoices;
class ReportPreview;

// File > Export report…: the choices beside a live preview of the pages, then the file. The
// document is built here, on the GUI thread that owns the repositories; laying it out and
// writing it happen on a ReportExportThread, with a progress bar and Cancel. A cancelled or
// failed export leaves no file and says why in the dialog; a finished one offers to open the
// file or its folder (ExportDone).
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(Repositories& repos, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    ReportChoices* choices() const { return m_choices; }
    ReportPreview* preview() const { return m_preview; }
    // Shown in the dialog: why the last export did not write (empty when nothing to say).
    QString message() const;
    bool isExporting() const { return m_thread != nullptr; }
    // The file the last finished export wrote.
    QString writtenPath() const { return m_written; }

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshPreview();
    void updateFormats();
    void startExport();
    void exportFinished();
    void setBusy(bool busy);
    ReportExportThread::Format format() const;
    QString suggestedPath() const;

    Repositories& m_repos;
    ReportChoices* m_choices;
    QGroupBox* m_formats;
    QRadioButton* m_pdf;
    QRadioButton* m_odt;
    ReportPreview* m_preview;
    MessageBar* m_message;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QTimer* m_debounce;
    QPointer<ReportExportThread> m_thread;
    QString m_target;
    QString m_written;
    std::optional<ReportKind> m_previewKind;
    bool m_shownOnce = false;
};
