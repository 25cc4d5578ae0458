// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportDialog.h"

#include "StakeholderImportDuplicatesPage.h"
#include "StakeholderImportFilePage.h"
#include "StakeholderImportMappingPage.h"
#include "StakeholderImportReportPage.h"
#include "StakeholderImportValuesPage.h"
#include "city/Repositories.h"
#include "commands/StakeholderImportCommand.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QApplication>
#include <QProgressDialog>

namespace {
// How often the progress window is updated: often enough to answer Cancel at once, rarely
// enough not to slow a 20,000-row import.
constexpr int progressStep = 200;
} // namespace

StakeholderImportDialog::StakeholderImportDialog(const PaneContext& context, QWidget* parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("stakeholderImportDialog"));
    setWindowTitle(tr("Import stakeholders from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoDefaultButton);
    setPage(FilePage, new StakeholderImportFilePage(*this));
    setPage(MappingPage, new StakeholderImportMappingPage(*this));
    setPage(ValuesPage, new StakeholderImportValuesPage(*this));
    setPage(DuplicatesPage, new StakeholderImportDuplicatesPage(*this));
    setPage(ReportPage, new StakeholderImportReportPage(*this));
    setStartId(FilePage);
    resize(900, 600);
}

StakeholderImportDialog::~StakeholderImportDialog() = default;

void StakeholderImportDialog::setFile(const QString& path)
{
    if (auto* page = qobject_cast<StakeholderImportFilePage*>(this->page(FilePage)))
        page->load(path);
}

void StakeholderImportDialog::setTable(const QString& fileName, std::optional<CsvTable> table)
{
    m_fileName = fileName;
    m_table = std::move(table);
    m_mapping = m_table ? StakeholderCsvImport::autoMapping(m_table->header)
                        : StakeholderCsvImport::Mapping();
    Repositories& repos = m_context.repositories;
    m_choices = StakeholderCsvImport(repos.store(), repos.stakeholders(), repos.themes())
                    .rememberedChoices();
    emit tableChanged();
}

void StakeholderImportDialog::setMapping(const StakeholderCsvImport::Mapping& mapping)
{
    m_mapping = mapping;
    emit mappingChanged();
}

void StakeholderImportDialog::setChoices(const ImportValueChoices& choices)
{
    m_choices = choices;
}

Result<StakeholderCsvImport::Preview> StakeholderImportDialog::preview() const
{
    if (!m_table)
        return Error{tr("Choose a CSV file first.")};
    Repositories& repos = m_context.repositories;
    const StakeholderCsvImport importer(repos.store(), repos.stakeholders(), repos.themes());
    return importer.preview(*m_table, previewRows, m_mapping, m_choices);
}

Result<ImportReport>
StakeholderImportDialog::runImport(StakeholderCsvImport::DuplicatePolicy policy)
{
    if (!m_table)
        return Error{tr("Choose a CSV file first.")};
    QProgressDialog progress(tr("Importing stakeholders…"), tr("Cancel"), 0,
                             int(m_table->rows.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int done = 0;
    const auto cancelled = [&]() {
        if (++done % progressStep == 0) {
            progress.setValue(done);
            QApplication::processEvents();
        }
        return progress.wasCanceled();
    };
    Result<ImportReport> r =
        StakeholderImportCommand::execute(m_context.undoStack, m_context.repositories, *m_table,
                                          m_mapping, policy, m_choices, cancelled);
    if (r)
        m_report = r.value();
    return r;
}
