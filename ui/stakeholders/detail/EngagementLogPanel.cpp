// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngagementLogPanel.h"
#include "common/PlainTextEdit.h"

#include "EngagementLogModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/ColumnFitter.h"
#include "common/OptionalDateEdit.h"
#include "shell/FileEdits.h"
#include "shell/MessageBar.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using AddEngagement = AddRecordCommand<StakeholderRepository, Engagement>;
using EditEngagement = EditRecordCommand<StakeholderRepository, Engagement>;
using RemoveEngagement = RemoveRecordCommand<StakeholderRepository, Engagement>;

EngagementLogPanel::EngagementLogPanel(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_model(new EngagementLogModel(context.repositories.stakeholders(), this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_new(new QPushButton(tr("Ne&w engagement"), this)),
      m_remove(new QPushButton(tr("Rem&ove"), this)), m_form(new QGroupBox(this)),
      m_date(new OptionalDateEdit(m_form)), m_kind(new QComboBox(m_form)),
      m_text(new PlainTextEdit(m_form)), m_followUp(new OptionalDateEdit(m_form)),
      m_followUpDone(new QCheckBox(tr("Follow-u&p done"), m_form)),
      m_message(new MessageBar(m_form)), m_save(new QPushButton(m_form)),
      m_discard(new QPushButton(tr("Disc&ard changes"), m_form))
{
    setObjectName(QStringLiteral("engagementLog"));
    m_summary->setObjectName(QStringLiteral("engagementSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("engagementTable"));
    m_view->setAccessibleName(tr("Engagements"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // In the narrow details panel the kind and a follow-up ("Overdue since …") left the
    // summary a sliver: it keeps at least 40 % of the width, the date stays whole.
    auto* columns = new ColumnFitter(m_view, EngagementLogModel::Summary, 0.4);
    columns->setWholeColumns({EngagementLogModel::Date});
    m_new->setObjectName(QStringLiteral("engagementNew"));
    m_remove->setObjectName(QStringLiteral("engagementRemove"));
    m_remove->setToolTip(tr("Remove the selected engagement from the log"));

    m_date->setObjectName(QStringLiteral("engagementDate"));
    m_kind->setObjectName(QStringLiteral("engagementKind"));
    for (Engagement::Kind kind : Engagement::allKinds())
        m_kind->addItem(Engagement::label(kind), int(kind));
    m_text->setObjectName(QStringLiteral("engagementText"));
    m_text->setTabChangesFocus(true);
    // A few lines are enough; the log above keeps the room.
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_text->setPlaceholderText(tr("What was discussed, agreed or asked"));
    m_followUp->setObjectName(QStringLiteral("engagementFollowUp"));
    m_followUp->setToolTip(tr("When you promised to come back to them; leave empty when "
                              "nothing is owed"));
    m_followUpDone->setObjectName(QStringLiteral("engagementFollowUpDone"));
    m_message->setObjectName(QStringLiteral("engagementMessage"));
    m_save->setObjectName(QStringLiteral("engagementSave"));
    m_save->setDefault(true);
    m_discard->setObjectName(QStringLiteral("engagementDiscard"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Da&te:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Summar&y:"), m_text);
    form->addRow(tr("Follow &up by:"), m_followUp);
    // Below its date rather than beside it: the details panel stays narrow in every language.
    // As wide as its words: a click beside them must not tick it.
    m_followUpDone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), m_followUpDone);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_discard);
    formButtons->addWidget(m_save);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(form);
    formLayout->addWidget(m_message);
    formLayout->addLayout(formButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    connect(m_new, &QPushButton::clicked, this, &EngagementLogPanel::startNew);
    connect(m_remove, &QPushButton::clicked, this, &EngagementLogPanel::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &EngagementLogPanel::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(m_editingId);
        if (row >= 0)
            showEngagement(row);
        else
            startNew();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showEngagement(current.row());
            });
    // Undo and redo change the log under the form: it follows the engagement it shows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                // Only a change of the engagement shown replaces what the form holds.
                const int row = m_model->rowOf(m_editingId);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    fillForm(m_model->engagement(row));
                updateSummary();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_editingId.isEmpty() && m_model->rowOf(m_editingId) < 0)
            startNew();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EngagementLogPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EngagementLogPanel::updateSummary);

    startNew();
    setReadOnly(context.file.isReadOnly());
}

void EngagementLogPanel::setStakeholder(const QString& id)
{
    if (id == m_model->stakeholderId())
        return;
    m_model->setStakeholder(id);
    startNew();
}

bool EngagementLogPanel::selectEngagement(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void EngagementLogPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void EngagementLogPanel::updateState()
{
    const bool chosen = !m_model->stakeholderId().isEmpty();
    const bool editable = chosen && !m_readOnly;
    m_new->setEnabled(editable);
    m_remove->setEnabled(editable && !m_editingId.isEmpty());
    m_save->setEnabled(editable);
    m_discard->setEnabled(editable);
    m_date->setReadOnly(!editable);
    m_kind->setEnabled(editable);
    m_text->setReadOnly(!editable);
    m_followUp->setReadOnly(!editable);
    m_followUpDone->setEnabled(editable);
    m_form->setEnabled(chosen);
    m_save->setText(m_editingId.isEmpty() ? tr("Add to the &log") : tr("&Save changes"));
    m_form->setTitle(m_editingId.isEmpty() ? tr("New engagement") : tr("Selected engagement"));
}

void EngagementLogPanel::updateSummary()
{
    if (m_model->stakeholderId().isEmpty()) {
        m_summary->setText(tr("Choose a stakeholder to see its engagement log."));
        return;
    }
    const int count = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    QString text = count == 0 ? tr("No engagement logged yet.")
                              : tr("%n engagement(s) logged.", nullptr, count);
    if (overdue > 0)
        text += QLatin1Char(' ') + tr("%n follow-up(s) overdue.", nullptr, overdue);
    m_summary->setText(text);
}

void EngagementLogPanel::startNew()
{
    m_editingId.clear();
    m_view->selectionModel()->clearSelection();
    m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    Engagement fresh;
    fresh.date = QDate::currentDate();
    fillForm(fresh);
    showMessage({});
    updateState();
    updateSummary();
}

void EngagementLogPanel::showEngagement(int row)
{
    const Engagement& e = m_model->engagement(row);
    m_editingId = e.meta.id;
    fillForm(e);
    showMessage({});
    updateState();
}

void EngagementLogPanel::fillForm(const Engagement& e)
{
    m_date->setDate(e.date);
    m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
    m_text->setPlainText(e.summary);
    m_followUp->setDate(e.followUpDate);
    m_followUpDone->setChecked(e.followUpDone);
}

Engagement EngagementLogPanel::fromForm(Engagement base, QString* problem) const
{
    *problem = m_date->problem(tr("The date"));
    if (problem->isEmpty())
        *problem = m_followUp->problem(tr("The follow-up date"));
    base.stakeholderId = m_model->stakeholderId();
    base.date = m_date->date();
    base.kind = Engagement::Kind(m_kind->currentData().toInt());
    base.summary = m_text->toPlainText().trimmed();
    base.followUpDate = m_followUp->date();
    base.followUpDone = base.followUpDate.isValid() && m_followUpDone->isChecked();
    return base;
}

bool EngagementLogPanel::save()
{
    if (m_readOnly || m_model->stakeholderId().isEmpty())
        return false;
    const int row = m_model->rowOf(m_editingId);
    const Engagement before = row >= 0 ? m_model->engagement(row) : Engagement();
    QString problem;
    Engagement after = fromForm(before, &problem);
    StakeholderRepository& repo = m_context.repositories.stakeholders();
    if (problem.isEmpty()) {
        if (std::optional<Error> e = repo.validate(after))
            problem = e->message;
    }
    if (!problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    if (row >= 0 && after == before) {
        showMessage({});
        return true;
    }
    CityFile* file = &m_context.file;
    QString failure;
    if (row >= 0) {
        failure = FileEdits::push(
            m_context, {new EditEngagement(file, repo, before, after, tr("Edit an engagement"))});
    } else {
        auto* add = new AddEngagement(file, repo, after, tr("Add an engagement"));
        failure = FileEdits::push(m_context, {add});
        // A refused command is deleted by the stack; a stored one holds the new identity.
        if (failure.isEmpty())
            // Not selectRow(): in right-to-left layouts Qt 6.4 looks for the row's first cell past
            // the viewport's edge and selects nothing.
            m_view->setCurrentIndex(m_model->index(m_model->rowOf(add->record().meta.id), 0));
    }
    showMessage(failure);
    return failure.isEmpty();
}

void EngagementLogPanel::removeSelected()
{
    const int row = m_model->rowOf(m_editingId);
    if (m_readOnly || row < 0)
        return;
    StakeholderRepository& repo = m_context.repositories.stakeholders();
    showMessage(FileEdits::push(
        m_context, {new RemoveEngagement(&m_context.file, repo, m_model->engagement(row),
                                         tr("Remove an engagement"))}));
}

void EngagementLogPanel::showMessage(const QString& message)
{
    m_message->showMessage(message);
}
