// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriorityForm.h"
#include "common/PlainTextEdit.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/OptionalDateEdit.h"
#include "common/TextLimits.h"
#include "plan/PlanRepository.h"
#include "shell/FileEdits.h"
#include "shell/UndoKeyFilter.h"
#include "themes/ThemeRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using EditPriority = EditRecordCommand<PlanRepository, Priority>;

PriorityForm::PriorityForm(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLineEdit(this)),
      m_theme(new QComboBox(this)), m_rationale(new PlainTextEdit(this)),
      m_outcome(new PlainTextEdit(this)), m_status(new QComboBox(this)),
      m_validatedOn(new OptionalDateEdit(this)), m_adoptedOn(new OptionalDateEdit(this))
{
    setObjectName(QStringLiteral("priorityForm"));
    m_title->setObjectName(QStringLiteral("priorityTitle"));
    m_theme->setObjectName(QStringLiteral("priorityTheme"));
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_theme->setMinimumContentsLength(16);
    m_rationale->setObjectName(QStringLiteral("priorityRationale"));
    m_rationale->setPlaceholderText(
        tr("Why this matters for the city: the gaps and figures it rests on."));
    m_outcome->setObjectName(QStringLiteral("priorityOutcome"));
    m_outcome->setPlaceholderText(tr("What will have changed for migrants when it is done."));
    m_status->setObjectName(QStringLiteral("priorityStatus"));
    for (Priority::Status s : Priority::statuses())
        m_status->addItem(Priority::label(s), int(s));
    m_validatedOn->setObjectName(QStringLiteral("priorityValidatedOn"));
    m_adoptedOn->setObjectName(QStringLiteral("priorityAdoptedOn"));
    for (QPlainTextEdit* edit : {m_rationale, m_outcome}) {
        edit->setTabChangesFocus(true);
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_showing && !m_readOnly)
                m_idle.start();
        });
    }

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("The&me:"), m_theme);
    // The long texts take the panel's whole width, their labels above them: beside a label
    // column they would be a narrow strip in a side panel.
    for (auto [text, edit] : {std::pair{tr("&Rationale:"), m_rationale},
                              std::pair{tr("E&xpected outcome:"), m_outcome}}) {
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label);
        form->addRow(edit);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    }
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Validated by the group &on:"), m_validatedOn);
    form->addRow(tr("&Adopted by the council on:"), m_adoptedOn);

    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &PriorityForm::commitTexts);
    auto* undoKeys = new UndoKeyFilter(
        context.undoStack, [this] { commitPendingEdits(); }, this);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_rationale),
                       static_cast<QWidget*>(m_outcome)})
        undoKeys->watch(w);
    connect(m_title, &QLineEdit::editingFinished, this, &PriorityForm::commitTexts);
    connect(m_theme, &QComboBox::activated, this, [this] {
        Priority after = m_stored;
        after.themeId = m_theme->currentData().toString();
        store(after);
    });
    connect(m_status, &QComboBox::activated, this, &PriorityForm::commitStatus);
    connect(m_validatedOn, &OptionalDateEdit::edited, this, [this] {
        commitDate(m_validatedOn, tr("The date of validation"), &Priority::validatedOn);
    });
    connect(m_adoptedOn, &OptionalDateEdit::edited, this,
            [this] { commitDate(m_adoptedOn, tr("The date of adoption"), &Priority::adoptedOn); });

    PlanRepository& plan = context.repositories.plan();
    connect(&plan, &PlanRepository::priorityUpdated, this, [this](const Priority& p) {
        if (p.meta.id == m_stored.meta.id)
            show(p);
    });
    connect(&plan, &PlanRepository::priorityRemoved, this, [this](const QString& id) {
        if (id == m_stored.meta.id)
            setPriority({});
    });
    ThemeRepository& themes = context.repositories.themes();
    connect(&themes, &ThemeRepository::themeAdded, this, &PriorityForm::reloadThemes);
    connect(&themes, &ThemeRepository::themeUpdated, this, &PriorityForm::reloadThemes);
    connect(&themes, &ThemeRepository::themeRemoved, this, &PriorityForm::reloadThemes);
    reloadThemes();
    setPriority({});
}

void PriorityForm::setPriority(const QString& id)
{
    if (id == m_stored.meta.id && !id.isEmpty())
        return;
    commitPendingEdits();
    std::optional<Priority> p =
        id.isEmpty() ? std::nullopt : m_context.repositories.plan().priority(id);
    show(p ? *p : Priority());
}

void PriorityForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void PriorityForm::commitPendingEdits()
{
    commitTexts();
}

void PriorityForm::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

bool PriorityForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        commitTexts();
    return QWidget::eventFilter(watched, event);
}

void PriorityForm::show(const Priority& priority)
{
    m_idle.stop();
    m_showing = true;
    m_stored = priority;
    if (m_title->text() != priority.title) {
        m_title->setText(priority.title);
        // A long title shows its beginning, not its end.
        m_title->setCursorPosition(0);
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(priority.themeId)));
    if (m_rationale->toPlainText() != priority.rationale)
        m_rationale->setPlainText(priority.rationale);
    if (m_outcome->toPlainText() != priority.expectedOutcome)
        m_outcome->setPlainText(priority.expectedOutcome);
    m_status->setCurrentIndex(m_status->findData(int(priority.status)));
    m_validatedOn->setDate(priority.validatedOn);
    m_adoptedOn->setDate(priority.adoptedOn);
    // What is shown now is the file's.
    m_title->setModified(false);
    m_rationale->document()->setModified(false);
    m_outcome->document()->setModified(false);
    m_showing = false;
    updateEnabled();
}

void PriorityForm::reloadThemes()
{
    const QSignalBlocker blocker(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("No theme"), QString());
    for (const Theme& theme : m_context.repositories.themes().themes())
        m_theme->addItem(TextLimits::shortened(theme.name), theme.meta.id);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_stored.themeId)));
}

bool PriorityForm::store(const Priority& after)
{
    if (m_readOnly || m_stored.meta.id.isEmpty() || after == m_stored)
        return true;
    PlanRepository& plan = m_context.repositories.plan();
    if (std::optional<Error> e = plan.validate(after)) {
        emit messageChanged(e->message);
        return false;
    }
    const QString failure = FileEdits::push(
        m_context,
        {new EditPriority(&m_context.file, plan, m_stored, after,
                          tr("Edit the priority “%1”").arg(TextLimits::shortened(after.title)))});
    emit messageChanged(failure);
    return failure.isEmpty();
}

void PriorityForm::commitTexts()
{
    m_idle.stop();
    // Only what the officer typed in: a field shows a value another program wrote (a title
    // longer than a line edit holds, spaces around it) without changing it in the file.
    Priority after = m_stored;
    if (m_title->isModified())
        after.title = m_title->text().trimmed();
    if (m_rationale->document()->isModified())
        after.rationale = m_rationale->toPlainText();
    if (m_outcome->document()->isModified())
        after.expectedOutcome = m_outcome->toPlainText();
    // On a refusal the text stays, marked as typed, so that nothing is lost while the officer
    // reads why.
    if (!store(after))
        return;
    m_title->setModified(false);
    m_rationale->document()->setModified(false);
    m_outcome->document()->setModified(false);
}

void PriorityForm::commitStatus()
{
    Priority after = m_stored;
    after.status = Priority::Status(m_status->currentData().toInt());
    // The step that makes the status true is dated today unless the officer gave a day; a
    // step taken back loses its date, so the form never says "adopted on" of a draft.
    if (after.status != Priority::Status::Draft && !after.validatedOn.isValid())
        after.validatedOn = QDate::currentDate();
    if (after.status == Priority::Status::Adopted && !after.adoptedOn.isValid())
        after.adoptedOn = QDate::currentDate();
    if (after.status != Priority::Status::Adopted)
        after.adoptedOn = QDate();
    if (after.status == Priority::Status::Draft)
        after.validatedOn = QDate();
    store(after);
}

void PriorityForm::commitDate(OptionalDateEdit* edit, const QString& field, QDate Priority::*member)
{
    if (m_showing)
        return;
    if (const QString problem = edit->problem(field); !problem.isEmpty()) {
        emit messageChanged(problem);
        return;
    }
    Priority after = m_stored;
    after.*member = edit->date();
    store(after);
}

void PriorityForm::updateEnabled()
{
    const bool has = !m_stored.meta.id.isEmpty();
    const bool editable = has && !m_readOnly;
    setEnabled(has);
    m_title->setReadOnly(!editable);
    m_rationale->setReadOnly(!editable);
    m_outcome->setReadOnly(!editable);
    m_theme->setEnabled(editable);
    m_status->setEnabled(editable);
    m_validatedOn->setReadOnly(!editable || m_stored.status == Priority::Status::Draft);
    m_adoptedOn->setReadOnly(!editable || m_stored.status != Priority::Status::Adopted);
}
