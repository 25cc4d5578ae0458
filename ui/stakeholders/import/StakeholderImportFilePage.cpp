// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportFilePage.h"

#include "StakeholderImportDialog.h"
#include "shell/DialogHooks.h"
#include "stakeholders/CsvReader.h"
#include "storage/CityFile.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
QString localFile(const QMimeData* mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

void select(QComboBox* combo, int value)
{
    const QSignalBlocker quiet(combo);
    combo->setCurrentIndex(combo->findData(value));
}
} // namespace

StakeholderImportFilePage::StakeholderImportFilePage(StakeholderImportDialog& dialog)
    : m_dialog(dialog), m_file(new QLineEdit), m_encoding(new QComboBox),
      m_delimiter(new QComboBox), m_detected(new QLabel), m_message(new QLabel)
{
    setTitle(tr("Choose the CSV file"));
    setSubTitle(tr("Save the list from your spreadsheet as CSV, then choose the file here or "
                   "drop it on this window. The first line must name the columns."));
    setAcceptDrops(true);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &StakeholderImportFilePage::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Windows1252})
        m_encoding->addItem(CsvReader::name(e), int(e));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (CsvDelimiter d : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab})
        m_delimiter->addItem(CsvReader::name(d), int(d));
    for (QComboBox* combo : {m_encoding, m_delimiter}) {
        combo->setEnabled(false);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { read(false); });
    }

    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_delimiter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_message);
    layout->addStretch(1);

    if (m_dialog.context().file.isReadOnly()) {
        browse->setEnabled(false);
        showProblem(tr("The city file is open read-only, so nothing can be imported into it. "
                       "Open it for editing (File > Open), then import again."));
    }
}

bool StakeholderImportFilePage::isComplete() const
{
    return m_dialog.table().has_value() && !m_dialog.context().file.isReadOnly();
}

void StakeholderImportFilePage::browse()
{
    const QString path =
        DialogHooks::openFileName(this, tr("Import stakeholders from CSV"),
                                  m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).path(),
                                  tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void StakeholderImportFilePage::load(const QString& path)
{
    if (m_dialog.context().file.isReadOnly())
        return;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    read(true);
}

void StakeholderImportFilePage::read(bool detect)
{
    CsvReader::Options options;
    if (!detect) {
        options.encoding = CsvEncoding(m_encoding->currentData().toInt());
        options.delimiter = CsvDelimiter(m_delimiter->currentData().toInt());
    }
    Result<CsvTable> table = CsvReader::read(m_path, options);
    if (!table) {
        m_dialog.setTable(QFileInfo(m_path).fileName(), std::nullopt);
        showProblem(table.error().message);
        emit completeChanged();
        return;
    }
    const CsvTable& t = table.value();
    select(m_encoding, int(t.encoding));
    select(m_delimiter, int(t.delimiter));
    m_encoding->setEnabled(true);
    m_delimiter->setEnabled(true);
    m_detected->setText(
        tr("%n row(s) below the header line, read as %1 with fields separated by %2. If names "
           "show wrong letters or the columns are wrong on the next page, choose another "
           "encoding or separator here.",
           nullptr, int(t.rows.size()))
            .arg(CsvReader::name(t.encoding), CsvReader::name(t.delimiter)));
    m_detected->show();
    m_message->hide();
    m_dialog.setTable(QFileInfo(m_path).fileName(), table.take());
    emit completeChanged();
}

void StakeholderImportFilePage::showProblem(const QString& message)
{
    m_detected->hide();
    m_message->setText(message);
    m_message->show();
}

void StakeholderImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StakeholderImportFilePage::dropEvent(QDropEvent* event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    load(path);
}
