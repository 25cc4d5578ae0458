// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShareThread.h"

#include <QDialog>
#include <QPointer>

class CityFile;
class MessageBar;
class PersonalDataChoice;
class QListWidget;
class QProgressBar;
class QPushButton;

// File > Share with a partner city…: the personal-data choice, the list of exactly what the copy
// leaves out with counts (ShareSummary, counted in the open file), then the file to write. The
// copy is written on a ShareThread, with a progress bar and Cancel; a cancelled or failed share
// leaves no file and says why here; a finished one offers to open its folder (ExportDone).
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShareDialog(CityFile& file, QWidget* parent = nullptr);
    ~ShareDialog() override;

    // Shown in the dialog: why the last share did not write (empty when nothing to say).
    QString message() const;
    // The lines of the list of what is left out, as shown.
    QStringList leftOut() const;
    bool isSharing() const { return m_thread != nullptr; }
    // The file the last finished share wrote.
    QString writtenPath() const { return m_written; }

public slots:
    void reject() override;

private:
    void refreshLeftOut();
    void startShare();
    void shareFinished();
    void setBusy(bool busy);
    QString suggestedPath() const;

    CityFile& m_file;
    PersonalDataChoice* m_choice;
    QListWidget* m_leftOut;
    MessageBar* m_message;
    QProgressBar* m_progress;
    QPushButton* m_share;
    QPushButton* m_cancel;
    QPointer<ShareThread> m_thread;
    QString m_target;
    QString m_written;
};
