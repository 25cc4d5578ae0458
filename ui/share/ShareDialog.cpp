// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareDialog.h"

#include "ShareThread.h"
#include "common/OutputFileQuestion.h"
#include "common/PersonalDataChoice.h"
#include "share/ShareSummary.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString suffix = QStringLiteral("passerelle");
}

ShareDialog::ShareDialog(CityFile& file, QWidget* parent)
    : QDialog(parent), m_file(file), m_choice(new PersonalDataChoice(this)),
      m_leftOut(new QListWidget(this)), m_message(new MessageBar(this)),
      m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share with a partner city"));
    auto* intro = new QLabel(
        tr("Writes a copy of “%1” to send to a partner city: an ordinary Passerelle file they "
           "open as they open their own. What is left out is not hidden in it but absent from "
           "its bytes.")
            .arg(QFileInfo(file.path()).fileName()),
        this);
    intro->setObjectName(QStringLiteral("shareIntro"));
    intro->setWordWrap(true);
    auto* listTitle = new QLabel(tr("Left out of the copy:"), this);
    m_leftOut->setObjectName(QStringLiteral("shareLeftOut"));
    m_leftOut->setSelectionMode(QAbstractItemView::NoSelection);
    m_leftOut->setFocusPolicy(Qt::NoFocus);
    listTitle->setBuddy(m_leftOut);
    m_message->setObjectName(QStringLiteral("shareMessage"));
    m_progress->setObjectName(QStringLiteral("shareProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_share = buttons->addButton(tr("&Share…"), QDialogButtonBox::AcceptRole);
    m_share->setObjectName(QStringLiteral("shareWrite"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("shareCancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_choice);
    layout->addWidget(listTitle);
    layout->addWidget(m_leftOut, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());

    connect(m_choice, &PersonalDataChoice::policyChanged, this, &ShareDialog::refreshLeftOut);
    connect(m_share, &QPushButton::clicked, this, &ShareDialog::startShare);
    connect(m_cancel, &QPushButton::clicked, this, &ShareDialog::reject);
    refreshLeftOut();
}

ShareDialog::~ShareDialog()
{
    // The thread's destructor cancels and waits: the writer removes its temporary file first.
    delete m_thread;
}

QString ShareDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->message() : QString();
}

QStringList ShareDialog::leftOut() const
{
    QStringList lines;
    for (int i = 0; i < m_leftOut->count(); ++i)
        lines.append(m_leftOut->item(i)->text());
    return lines;
}

void ShareDialog::refreshLeftOut()
{
    m_leftOut->clear();
    const bool include = m_choice->policy() == PersonalData::Policy::Include;
    Result<QList<ShareSummary::Item>> items = ShareSummary::leftOut(m_file.database(), include);
    if (!items) {
        m_message->showMessage(
            tr("What the copy leaves out could not be counted: %1").arg(items.error().message));
        return;
    }
    for (const ShareSummary::Item& item : items.value())
        m_leftOut->addItem(item.text);
    if (items.value().isEmpty())
        m_leftOut->addItem(include ? tr("Nothing: the copy holds everything in the file.")
                                   : tr("Nothing: the file holds no personal data."));
}

QString ShareDialog::suggestedPath() const
{
    const QFileInfo info(m_file.path());
    QString folder = info.absolutePath();
    // Beside the city file, unless it sits on a read-only share.
    if (!QFileInfo(folder).isWritable())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(
        tr("%1 - shared", "file name of a copy for a partner city").arg(info.completeBaseName()) +
        QLatin1Char('.') + suffix);
}

void ShareDialog::startShare()
{
    if (m_thread)
        return;
    m_message->showMessage(QString());
    // The question about an existing file is asked here, so that a "no" leaves it whole.
    QString path = DialogHooks::saveFileName(this, tr("Share with a partner city"), suggestedPath(),
                                             tr("Passerelle city files (*.passerelle)") +
                                                 QStringLiteral(";;") + tr("All files (*)"),
                                             false);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const Result<bool> overwrite =
        OutputFileQuestion::ask(this, path,
                                tr("“%1” already exists. Replace it with the shared copy?")
                                    .arg(QFileInfo(path).fileName()));
    if (!overwrite) {
        m_message->showMessage(overwrite.error().message);
        return;
    }
    m_target = path;
    m_thread =
        new ShareThread({m_file.path(), path, {m_choice->policy(), overwrite.value()}}, this);
    connect(m_thread, &ShareThread::progressed, m_progress, &QProgressBar::setValue);
    connect(m_thread, &QThread::finished, this, &ShareDialog::shareFinished);
    setBusy(true);
    m_thread->start();
}

void ShareDialog::shareFinished()
{
    ShareThread* thread = m_thread;
    m_thread = nullptr;
    const Result<ShareWriter::Outcome> result = thread->result();
    delete thread;
    setBusy(false);
    if (!result) {
        m_message->showMessage(result.error().message);
        return;
    }
    m_written = m_target;
    const bool with = m_choice->policy() == PersonalData::Policy::Include;
    ExportDone::tell(this, tr("Shared with a partner city"),
                     with ? tr("The copy for the partner city was written, with personal data.")
                          : tr("The copy for the partner city was written, without personal "
                               "data."),
                     m_written);
    accept();
}

void ShareDialog::setBusy(bool busy)
{
    m_choice->setEnabled(!busy);
    m_share->setEnabled(!busy);
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    // Cancel stops the share while one runs, and closes the dialog otherwise.
    m_cancel->setToolTip(busy ? tr("Stop sharing; no file is written.") : QString());
}

void ShareDialog::reject()
{
    if (m_thread) {
        m_thread->cancel();
        return;
    }
    QDialog::reject();
}
