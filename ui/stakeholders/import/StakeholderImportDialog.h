// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/StakeholderCsvImport.h"

#include <QWizard>

#include <optional>

// "Import from CSV…": a wizard that reads a spreadsheet's CSV file (encoding and separator
// detected, shown and changeable), lets the officer choose what each column holds while a
// preview shows the rows as they will be imported, asks what the kinds, levels and themes it
// does not recognise mean (remembered in the city file), asks what to do with names already in
// the file (naming them), then imports all of it as one undo step and shows the report (counts, and
// each row left out with its line and reason) to copy or save. Cancel before the import, or a
// failing import, leaves the city file as it was.
class StakeholderImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        MappingPage,
        ValuesPage,
        DuplicatesPage,
        ReportPage
    };

    explicit StakeholderImportDialog(const PaneContext& context, QWidget* parent = nullptr);
    ~StakeholderImportDialog() override;

    // Reads this file as if the officer had chosen it (drag and drop, tests).
    void setFile(const QString& path);

    // Shared by the pages.
    const PaneContext& context() const { return m_context; }
    const std::optional<CsvTable>& table() const { return m_table; }
    QString fileName() const { return m_fileName; }
    void setTable(const QString& fileName, std::optional<CsvTable> table);
    const StakeholderCsvImport::Mapping& mapping() const { return m_mapping; }
    void setMapping(const StakeholderCsvImport::Mapping& mapping);
    // What unrecognised values mean: what the city file remembers, then the officer's choices.
    const ImportValueChoices& choices() const { return m_choices; }
    void setChoices(const ImportValueChoices& choices);
    // The first rows as the import would take them with the current mapping.
    Result<StakeholderCsvImport::Preview> preview() const;
    // Runs the import as one undo step, with a progress window whose Cancel undoes nothing
    // because nothing was stored yet.
    Result<ImportReport> runImport(StakeholderCsvImport::DuplicatePolicy policy);
    const std::optional<ImportReport>& report() const { return m_report; }

    static constexpr int previewRows = 100;

signals:
    void tableChanged();
    void mappingChanged();

private:
    PaneContext m_context;
    QString m_fileName;
    std::optional<CsvTable> m_table;
    StakeholderCsvImport::Mapping m_mapping;
    ImportValueChoices m_choices;
    std::optional<ImportReport> m_report;
};
