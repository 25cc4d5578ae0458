// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include "city/Repositories.h"
#include "commands/MergeCommand.h"
#include "common/TextLimits.h"
#include "merge/MergePlanner.h"
#include "merge/MergeSource.h"
#include "merge/MergeSourceFile.h"
#include "shell/DialogHooks.h"
#include "themes/Theme.h"
#include "themes/ThemeRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Outcome = MergeRecord::Outcome;
constexpr int keyRole = Qt::UserRole + 1;
constexpr qsizetype cellChars = 200;

QCheckBox* checkBox(const QString& text, const QString& name, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setChecked(true);
    return box;
}

} // namespace

MergeDialog::MergeDialog(Repositories& repositories, QUndoStack& undoStack, QWidget* parent)
    : QDialog(parent), m_repositories(repositories), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Import from a partner city"));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("mergeFilePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("The file a partner city shared with you"));
    auto* choose = new QPushButton(tr("Choose &file…"), this);
    choose->setObjectName(QStringLiteral("mergeChooseFile"));
    connect(choose, &QPushButton::clicked, this, &MergeDialog::chooseFile);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto* what = new QGroupBox(tr("What to take"), this);
    auto* whatLayout = new QHBoxLayout(what);
    m_practices = checkBox(tr("&Good practices"), QStringLiteral("mergeTakePractices"), what);
    m_templates = checkBox(tr("Check&lists"), QStringLiteral("mergeTakeTemplates"), what);
    m_exchanges = checkBox(tr("&Exchanges"), QStringLiteral("mergeTakeExchanges"), what);
    m_stakeholders = checkBox(tr("&Stakeholders (without their contacts)"),
                              QStringLiteral("mergeTakeStakeholders"), what);
    for (QCheckBox* box : {m_practices, m_templates, m_exchanges, m_stakeholders}) {
        whatLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &MergeDialog::replan);
    }
    layout->addWidget(what);

    m_summary = new QLabel(tr("Choose the file a partner city shared with you."), this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* conflictsLabel = new QLabel(
        tr("Changed both here and by the partner: tick a record to take the partner’s version; "
           "unticked records keep yours."),
        this);
    conflictsLabel->setWordWrap(true);
    layout->addWidget(conflictsLabel);
    m_conflicts = new QTreeWidget(this);
    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setHeaderLabels({tr("Record and field"), tr("Yours"), tr("The partner’s")});
    m_conflicts->header()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_conflicts, 2);

    auto* removalsLabel = new QLabel(
        tr("Deleted by the partner: tick a record to remove it from your file too; unticked "
           "records stay."),
        this);
    removalsLabel->setWordWrap(true);
    layout->addWidget(removalsLabel);
    m_removals = new QListWidget(this);
    m_removals->setObjectName(QStringLiteral("mergeRemovals"));
    layout->addWidget(m_removals, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("mergeImport"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &MergeDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 620);
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::chooseFile()
{
    const QString path =
        DialogHooks::openFileName(this, tr("Import from a partner city"), QString(),
                                  tr("Passerelle city files (*.passerelle);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

bool MergeDialog::load(const QString& path)
{
    m_source.reset();
    m_planned = false;
    m_path->setText(QDir::toNativeSeparators(path));
    Result<std::unique_ptr<MergeSourceFile>> opened = MergeSourceFile::open(path);
    if (!opened) {
        showPlan();
        m_summary->setText(opened.error().message);
        return false;
    }
    m_source = opened.take();
    replan();
    return m_planned;
}

MergeSelection MergeDialog::selection() const
{
    return {m_practices->isChecked(), m_templates->isChecked(), m_exchanges->isChecked(),
            m_stakeholders->isChecked()};
}

void MergeDialog::replan()
{
    if (!m_source)
        return;
    m_planned = false;
    Result<MergeSource> source = MergeSource::open(m_source->database());
    Result<MergePlan> plan =
        source ? MergePlanner(m_repositories.store().database(), m_repositories.store().cityId())
                     .plan(source.value(), selection())
               : Result<MergePlan>(source.error());
    if (plan) {
        m_plan = plan.take();
        m_planned = true;
    }
    showPlan();
    if (!plan)
        m_summary->setText(plan.error().message);
}

void MergeDialog::showPlan()
{
    m_conflicts->clear();
    m_removals->clear();
    m_import->setEnabled(m_planned && selection().any());
    if (!m_planned)
        return;
    QStringList lines{tr("From %1:").arg(TextLimits::shortened(m_plan.partnerName)),
                      tr("New records: %1").arg(m_plan.count(Outcome::Added)),
                      tr("Changed by the partner: %1").arg(m_plan.count(Outcome::Updated)),
                      tr("Unchanged: %1").arg(m_plan.count(Outcome::Unchanged)),
                      tr("Conflicts: %1").arg(m_plan.count(Outcome::Conflict)),
                      tr("Deleted by the partner: %1").arg(m_plan.count(Outcome::RemovalOffered))};
    for (const MergeRecord& record : std::as_const(m_plan.records)) {
        const QString title = TextLimits::shortened(record.title(), cellChars);
        if (record.outcome == Outcome::Skipped) {
            lines
                << tr("Not taken: %1 “%2”. %3").arg(kindLabel(record.table), title, record.reason);
        } else if (record.outcome == Outcome::Conflict) {
            auto* item = new QTreeWidgetItem(m_conflicts);
            item->setText(0, tr("%1 “%2”").arg(kindLabel(record.table), title));
            item->setData(0, keyRole, record.key());
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, tr("Ticked: take the partner’s version; unticked: keep yours."));
            if (record.mine.isEmpty()) {
                auto* field = new QTreeWidgetItem(item);
                field->setText(0, tr("The whole record"));
                field->setText(1, tr("deleted here"));
                field->setText(2, tr("changed by the partner"));
            }
            for (const QString& column : record.differingColumns()) {
                if (record.mine.isEmpty())
                    break;
                auto* field = new QTreeWidgetItem(item);
                field->setText(0, fieldLabel(column));
                field->setText(1, shown(column, record.mine.value(column)));
                field->setText(2, shown(column, record.theirs.value(column)));
            }
            item->setExpanded(true);
        } else if (record.outcome == Outcome::RemovalOffered) {
            auto* item =
                new QListWidgetItem(tr("%1 “%2”").arg(kindLabel(record.table), title), m_removals);
            item->setData(keyRole, record.key());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void MergeDialog::import()
{
    if (!m_planned)
        return;
    MergeDecisions decisions;
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_conflicts->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            decisions.takeTheirs.insert(item->data(0, keyRole).toString());
    }
    for (int i = 0; i < m_removals->count(); ++i) {
        const QListWidgetItem* item = m_removals->item(i);
        if (item->checkState() == Qt::Checked)
            decisions.remove.insert(item->data(keyRole).toString());
    }
    const Result<MergeChanges> done =
        MergeCommand::execute(m_undoStack, m_repositories.store(), m_plan, decisions);
    if (!done) {
        DialogHooks::message(this, QMessageBox::Warning, tr("Import from a partner city"),
                             done.error().message);
        return;
    }
    m_outcome = done.value().isEmpty()
                    ? tr("Nothing to import: your file already holds what %1 shared.")
                          .arg(TextLimits::shortened(m_plan.partnerName))
                    : tr("Imported from %1: %n record(s) added, changed or removed.", nullptr,
                         done.value().recordsChanged())
                          .arg(TextLimits::shortened(m_plan.partnerName));
    accept();
}

QString MergeDialog::kindLabel(const QString& table) const
{
    if (table == QLatin1String("good_practice"))
        return tr("Good practice");
    if (table == QLatin1String("exchange"))
        return tr("Exchange");
    if (table == QLatin1String("stakeholder"))
        return tr("Stakeholder");
    return tr("Checklist");
}

QString MergeDialog::shown(const QString& column, const QVariant& value) const
{
    if (value.isNull())
        return tr("(none)");
    if (column == QLatin1String("theme_id")) {
        const std::optional<Theme> theme = m_repositories.themes().theme(value.toString());
        return theme ? TextLimits::shortened(theme->name, cellChars) : tr("(none)");
    }
    return TextLimits::shortened(value.toString(), cellChars);
}

QString MergeDialog::fieldLabel(const QString& column) const
{
    static const QList<std::pair<const char*, const char*>> labels{
        {"title", QT_TR_NOOP("Title")},
        {"city_name", QT_TR_NOOP("City")},
        {"theme_id", QT_TR_NOOP("Theme")},
        {"description", QT_TR_NOOP("Description")},
        {"source", QT_TR_NOOP("Source")},
        {"tags", QT_TR_NOOP("Tags")},
        {"kind", QT_TR_NOOP("Kind")},
        {"start_date", QT_TR_NOOP("Start")},
        {"end_date", QT_TR_NOOP("End")},
        {"place", QT_TR_NOOP("Place")},
        {"lessons", QT_TR_NOOP("Lessons learned")},
        {"name", QT_TR_NOOP("Name")},
        {"level", QT_TR_NOOP("Level")},
        {"influence", QT_TR_NOOP("Influence")},
        {"interest", QT_TR_NOOP("Interest")},
        {"stance", QT_TR_NOOP("Stance")},
        {"website", QT_TR_NOOP("Website")},
        {"notes", QT_TR_NOOP("Notes")}};
    for (const auto& [name, label] : labels) {
        if (column == QLatin1String(name))
            return tr(label);
    }
    return column;
}
