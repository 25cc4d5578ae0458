// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportReportPage.h"
#include "common/PlainTextEdit.h"

#include "StakeholderImportDialog.h"
#include "shell/DialogHooks.h"
#include "stakeholders/CsvReader.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

StakeholderImportReportPage::StakeholderImportReportPage(StakeholderImportDialog& dialog)
    : m_dialog(dialog), m_summary(new QLabel), m_text(new PlainTextEdit)
{
    setTitle(tr("Import report"));
    setSubTitle(tr("The import is stored in the city file. Edit > Undo takes all of it back in "
                   "one step."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* copy = new QPushButton(tr("&Copy the report"));
    copy->setObjectName(QStringLiteral("copyReport"));
    connect(copy, &QPushButton::clicked, this, &StakeholderImportReportPage::copy);
    auto* save = new QPushButton(tr("&Save the report…"));
    save->setObjectName(QStringLiteral("saveReport"));
    connect(save, &QPushButton::clicked, this, &StakeholderImportReportPage::save);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

QString StakeholderImportReportPage::text(const ImportReport& r, const QString& fileName)
{
    QStringList lines;
    lines << tr("Import of %1, read as %2 with fields separated by %3.")
                 .arg(fileName, CsvReader::name(r.encoding), CsvReader::name(r.delimiter))
          << tr("New stakeholders: %1").arg(r.imported) << tr("Updated: %1").arg(r.updated)
          << tr("Already in the file, left as they were: %1").arg(r.skipped)
          << tr("Contact persons added: %1").arg(r.contactsAdded)
          << tr("Rows left out: %1").arg(r.rejected.size());
    if (!r.ignoredColumns.isEmpty())
        lines << tr("Columns not imported: %1").arg(r.ignoredColumns.join(QStringLiteral(", ")));
    if (!r.themesCreated.isEmpty())
        lines << tr("New themes: %1").arg(r.themesCreated.join(QStringLiteral(", ")));
    if (r.themesNotCreated > 0)
        lines << tr("%n theme value(s) left out: an import makes at most %1 themes. Choose "
                    "what they mean on the values step, or add the themes first.",
                    nullptr, r.themesNotCreated)
                     .arg(StakeholderCsvImport::maxNewThemes);
    if (!r.rejected.isEmpty()) {
        lines << QString()
              << tr("Rows left out (correct them in the file and import it again: "
                    "the rows already imported will be found as duplicates):");
        for (const ImportReport::Rejected& rejected : r.rejected)
            lines << tr("Line %1: %2").arg(rejected.line).arg(rejected.reason);
    }
    return lines.join(u'\n');
}

void StakeholderImportReportPage::initializePage()
{
    const std::optional<ImportReport>& report = m_dialog.report();
    if (!report)
        return;
    m_summary->setText(tr("New: %1, updated: %2, skipped: %3, rows left out: %4.")
                           .arg(report->imported)
                           .arg(report->updated)
                           .arg(report->skipped)
                           .arg(report->rejected.size()));
    m_text->setPlainText(text(*report, m_dialog.fileName()));
}

void StakeholderImportReportPage::copy()
{
    QApplication::clipboard()->setText(m_text->toPlainText());
}

void StakeholderImportReportPage::save()
{
    const QString suggested = QDir::home().filePath(
        tr("import report %1.txt").arg(QFileInfo(m_dialog.fileName()).completeBaseName()));
    const QString path = DialogHooks::saveFileName(this, tr("Save the import report"), suggested,
                                                   tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_text->toPlainText().toUtf8());
        if (file.commit())
            return;
    }
    DialogHooks::message(this, QMessageBox::Warning, tr("Save the import report"),
                         tr("The report could not be saved in “%1”: %2. Choose another folder, "
                            "or copy the report instead.")
                             .arg(QFileInfo(path).fileName(), file.errorString()));
}
