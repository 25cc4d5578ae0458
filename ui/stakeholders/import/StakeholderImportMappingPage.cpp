// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderImportMappingPage.h"

#include "StakeholderImportDialog.h"
#include "StakeholderImportPreviewModel.h"
#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
using Field = StakeholderCsvColumns::Column;
constexpr int notImported = -1;
// Samples are a hint of what a column holds, not its content.
constexpr int sampleLength = 40;

QString sampleOf(const CsvTable& table, int column)
{
    for (const CsvRow& row : table.rows.mid(0, 20)) {
        const QString value = row.fields.value(column).simplified();
        if (!value.isEmpty())
            return value.size() > sampleLength ? value.left(sampleLength) + u'…' : value;
    }
    return {};
}
} // namespace

StakeholderImportMappingPage::StakeholderImportMappingPage(StakeholderImportDialog& dialog)
    : m_dialog(dialog), m_columns(new QWidget), m_grid(new QGridLayout(m_columns)),
      m_summary(new QLabel), m_view(new QTableView),
      m_preview(new StakeholderImportPreviewModel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file goes to the field chosen beside it. Columns were "
                   "matched from their names; change any that are wrong."));

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mappingArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_columns);
    scroll->setFrameShape(QFrame::NoFrame);

    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("previewTable"));
    m_view->setModel(m_preview);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A reason is read whole in its cell, on as many lines as it needs.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_view, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(scroll);
    split->addWidget(previewBox);
    split->setChildrenCollapsible(false);
    // Room for about six columns of the file above, the rest for the preview.
    const int line = fontMetrics().height();
    scroll->setMinimumHeight(line * 5);
    split->setSizes({line * 14, line * 16});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&m_dialog, &StakeholderImportDialog::tableChanged, this, [this] { m_combos.clear(); });
}

void StakeholderImportMappingPage::initializePage()
{
    if (m_combos.isEmpty())
        buildCombos();
    refreshPreview();
}

void StakeholderImportMappingPage::buildCombos()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::optional<CsvTable>& table = m_dialog.table();
    if (!table)
        return;
    const QStringList headers = {tr("Column in the file"), tr("For example"), tr("Imported as")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()));
        m_grid->addWidget(label, 0, c);
    }
    const StakeholderCsvImport::Mapping& mapping = m_dialog.mapping();
    for (int i = 0; i < table->header.size(); ++i) {
        const QString header = TextLimits::shortened(table->header.at(i).trimmed(), sampleLength);
        auto* name = new QLabel(header.isEmpty() ? tr("(column %1, no name)").arg(i + 1) : header);
        auto* sample = new QLabel(sampleOf(*table, i));
        sample->setForegroundRole(QPalette::PlaceholderText);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping_%1").arg(i));
        combo->setAccessibleName(tr("Import the column “%1” as").arg(header));
        combo->addItem(tr("Not imported"), notImported);
        for (Field f : StakeholderCsvColumns::all())
            combo->addItem(StakeholderCsvColumns::label(f), int(f));
        const std::optional<Field> field = mapping.value(i);
        combo->setCurrentIndex(combo->findData(field ? int(*field) : notImported));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i] { columnChosen(i); });
        m_grid->addWidget(name, i + 1, 0);
        m_grid->addWidget(sample, i + 1, 1);
        m_grid->addWidget(combo, i + 1, 2);
        m_combos << combo;
    }
    // The three columns keep their natural widths, side by side; the space left goes after.
    m_grid->setColumnStretch(3, 1);
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);
    m_grid->setRowStretch(int(table->header.size()) + 1, 1);
}

void StakeholderImportMappingPage::columnChosen(int column)
{
    const int chosen = m_combos.at(column)->currentData().toInt();
    StakeholderCsvImport::Mapping mapping;
    for (int i = 0; i < m_combos.size(); ++i) {
        QComboBox* combo = m_combos.at(i);
        // A field comes from one column: the one just chosen takes it from the other.
        if (i != column && chosen != notImported && combo->currentData().toInt() == chosen) {
            const QSignalBlocker quiet(combo);
            combo->setCurrentIndex(combo->findData(notImported));
        }
        const int value = combo->currentData().toInt();
        mapping << (value == notImported ? std::nullopt : std::optional<Field>(Field(value)));
    }
    m_dialog.setMapping(mapping);
    refreshPreview();
}

void StakeholderImportMappingPage::refreshPreview()
{
    const Result<StakeholderCsvImport::Preview> preview = m_dialog.preview();
    const bool wasComplete = m_complete;
    m_complete = preview.ok();
    m_unknownValues = preview && !preview.value().unknownValues.isEmpty();
    if (!preview) {
        m_preview->clear();
        m_summary->setText(preview.error().message);
        m_summary->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    } else {
        const StakeholderCsvImport::Preview& p = preview.value();
        QHash<QString, QString> themeNames;
        for (const Theme& t : m_dialog.context().repositories.themes().themes())
            themeNames.insert(t.meta.id, t.name);
        m_preview->setPreview(p, themeNames);
        const int leftOut = int(std::count_if(p.rows.cbegin(), p.rows.cend(),
                                              [](const auto& r) { return r.problem.has_value(); }));
        m_summary->setStyleSheet({});
        m_summary->setText(
            tr("The first %1 of %2 rows, as they will be imported; %n of them will be left out "
               "(see the Import column).",
               nullptr, leftOut)
                .arg(QLocale().toString(p.rows.size()), QLocale().toString(p.totalRows)));
        m_view->resizeColumnsToContents();
        // The reasons are long sentences: a narrower column, where they wrap.
        m_view->setColumnWidth(StakeholderImportPreviewModel::Status,
                               qMin(m_view->columnWidth(StakeholderImportPreviewModel::Status),
                                    fontMetrics().averageCharWidth() * 50));
        m_view->resizeRowsToContents();
    }
    if (wasComplete != m_complete)
        emit completeChanged();
}

bool StakeholderImportMappingPage::isComplete() const
{
    return m_complete;
}

int StakeholderImportMappingPage::nextId() const
{
    return m_unknownValues ? StakeholderImportDialog::ValuesPage
                           : StakeholderImportDialog::DuplicatesPage;
}
