// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderDetailEditor.h"
#include "common/PlainTextEdit.h"

#include "ThemeTags.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "shell/FileEdits.h"
#include "shell/MessageBar.h"
#include "shell/UndoKeyFilter.h"
#include "stakeholders/KindPalette.h"
#include "stakeholders/StakeholderRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using EditStakeholder = EditRecordCommand<StakeholderRepository, Stakeholder>;

namespace {

enum Page
{
    NonePage,
    EditorPage,
    SeveralPage
};

template <typename E> void fillCombo(QComboBox* box, const QList<E>& values)
{
    for (E value : values)
        box->addItem(Stakeholder::label(value), int(value));
}

void selectData(QComboBox* box, int value)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(box->findData(value));
}

} // namespace

StakeholderDetailEditor::StakeholderDetailEditor(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_pages(new QStackedWidget(this)),
      m_summary(new QLabel(this)), m_message(new MessageBar(this)), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_level(new QComboBox(this)), m_influence(new QSpinBox(this)),
      m_interest(new QSpinBox(this)), m_stance(new QComboBox(this)), m_website(new QLineEdit(this)),
      m_themes(new ThemeTags(context.repositories.themes(), this)),
      m_notes(new PlainTextEdit(this)), m_notesPrivate(new QCheckBox(tr("&Private note"), this))
{
    setObjectName(QStringLiteral("stakeholderDetailEditor"));
    m_message->setObjectName(QStringLiteral("stakeholderEditorMessageBar"));
    auto* none = new QLabel(tr("Select a stakeholder to see and edit its details."), this);
    none->setObjectName(QStringLiteral("stakeholderNoSelection"));
    m_summary->setObjectName(QStringLiteral("stakeholderSelectionSummary"));
    for (QLabel* label : {none, m_summary}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_pages->addWidget(none);
    m_pages->addWidget(makeForm());
    m_pages->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        if (!m_existingId.isEmpty())
            emit openStakeholder(m_existingId);
    });
    StakeholderRepository* repo = &context.repositories.stakeholders();
    connect(repo, &StakeholderRepository::stakeholderUpdated, this,
            &StakeholderDetailEditor::onStakeholderUpdated);
    connect(repo, &StakeholderRepository::stakeholderRemoved, this, [this](const QString& id) {
        if (id == stakeholderId())
            setStakeholders({});
    });
    setStakeholders({});
}

QWidget* StakeholderDetailEditor::makeForm()
{
    m_name->setObjectName(QStringLiteral("stakeholderName"));
    m_kind->setObjectName(QStringLiteral("stakeholderKind"));
    m_level->setObjectName(QStringLiteral("stakeholderLevel"));
    m_influence->setObjectName(QStringLiteral("stakeholderInfluence"));
    m_interest->setObjectName(QStringLiteral("stakeholderInterest"));
    m_stance->setObjectName(QStringLiteral("stakeholderStance"));
    m_website->setObjectName(QStringLiteral("stakeholderWebsite"));
    m_notes->setObjectName(QStringLiteral("stakeholderNotes"));
    m_notesPrivate->setObjectName(QStringLiteral("stakeholderNotesPrivate"));

    for (Stakeholder::Kind kind : Stakeholder::allKinds())
        m_kind->addItem(KindPalette::swatch(kind), Stakeholder::label(kind), int(kind));
    fillCombo(m_level, Stakeholder::allLevels());
    fillCombo(m_stance, Stakeholder::allStances());
    for (QComboBox* box : {m_kind, m_level, m_stance}) {
        // The editor shares the pane's width with the views: long labels show in the popup.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    for (QSpinBox* box : {m_influence, m_interest}) {
        box->setRange(Stakeholder::minScore, Stakeholder::maxScore);
        box->setKeyboardTracking(false);
        box->setToolTip(
            tr("From %1 (low) to %2 (high)").arg(Stakeholder::minScore).arg(Stakeholder::maxScore));
    }
    m_website->setPlaceholderText(tr("https://example.org"));
    m_notes->setTabChangesFocus(true);
    // Says what is true today: exports leave private notes out; the city file itself (and a
    // copy of it saved with Save a copy as) keeps them.
    m_notesPrivate->setToolTip(tr("A private note stays in this city file; exports leave it out "
                                  "unless you choose to include personal data."));
    auto* privateHint = new QLabel(
        tr("Private notes are left out of exports unless you choose to include personal data."));
    privateHint->setWordWrap(true);
    privateHint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    // Long labels (French, Greek) go above their field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("N&ame"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Level"), m_level);
    form->addRow(tr("Infl&uence"), m_influence);
    form->addRow(tr("In&terest"), m_interest);
    form->addRow(tr("&Stance"), m_stance);
    form->addRow(tr("&Website"), m_website);
    auto* themesLabel = new QLabel(tr("Themes"));
    form->addRow(themesLabel, m_themes);
    auto* notesLabel = new QLabel(tr("N&otes"));
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    form->addRow(QString(), m_notesPrivate);
    form->addRow(QString(), privateHint);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("stakeholderEditorScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // The fields follow the width given; a long tag is clipped rather than scrolled sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    // The reason for a refusal stays in sight above the fields, however far they scroll.
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_message);
    pageLayout->addWidget(scroll, 1);

    auto* undoKeys = new UndoKeyFilter(
        m_context.undoStack, [this] { commitPending(); }, this);
    for (QObject* editor :
         std::initializer_list<QObject*>{m_name, m_website, m_influence, m_interest, m_notes})
        undoKeys->watch(editor);
    for (QObject* editor : std::initializer_list<QObject*>{m_name, m_website, m_notes})
        editor->installEventFilter(this);

    connect(m_name, &QLineEdit::editingFinished, this, &StakeholderDetailEditor::commitName);
    connect(m_website, &QLineEdit::editingFinished, this, &StakeholderDetailEditor::commitWebsite);
    const auto comboEdit = [this](QComboBox* box, auto setter) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, setter] {
            const int value = box->currentData().toInt();
            commit(box, [setter, value](Stakeholder& s) { setter(s, value); });
        });
    };
    comboEdit(m_kind, [](Stakeholder& s, int v) { s.kind = Stakeholder::Kind(v); });
    comboEdit(m_level, [](Stakeholder& s, int v) { s.level = Stakeholder::Level(v); });
    comboEdit(m_stance, [](Stakeholder& s, int v) { s.stance = Stakeholder::Stance(v); });
    connect(m_influence, &QSpinBox::valueChanged, this,
            [this](int v) { commit(m_influence, [v](Stakeholder& s) { s.influence = v; }); });
    connect(m_interest, &QSpinBox::valueChanged, this,
            [this](int v) { commit(m_interest, [v](Stakeholder& s) { s.interest = v; }); });
    connect(m_notesPrivate, &QCheckBox::toggled, this, [this](bool on) {
        commit(m_notesPrivate, [on](Stakeholder& s) { s.notesPrivate = on; });
    });
    connect(m_themes, &ThemeTags::edited, this, [this](const QStringList& ids) {
        commit(m_themes, [ids](Stakeholder& s) { s.themeIds = ids; });
    });
    return page;
}

void StakeholderDetailEditor::setStakeholders(const QStringList& ids)
{
    if (ids.size() == 1 && ids.first() == stakeholderId())
        return;
    commitPending();
    m_current.reset();
    // A refusal belongs to the stakeholder it was typed for.
    markInvalid(nullptr, false);
    m_message->showMessage({});
    if (ids.size() > 1) {
        m_summary->setText(tr("%n stakeholder(s) selected", nullptr, int(ids.size())));
        m_pages->setCurrentIndex(SeveralPage);
        return;
    }
    std::optional<Stakeholder> s =
        ids.isEmpty() ? std::nullopt : m_context.repositories.stakeholders().stakeholder(ids[0]);
    if (!s) {
        m_pages->setCurrentIndex(NonePage);
        return;
    }
    display(*s);
    m_pages->setCurrentIndex(EditorPage);
}

QString StakeholderDetailEditor::stakeholderId() const
{
    return m_current ? m_current->meta.id : QString();
}

void StakeholderDetailEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_name, m_website})
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QSpinBox* box : {m_influence, m_interest}) {
        box->setReadOnly(readOnly);
        box->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                       : QAbstractSpinBox::UpDownArrows);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_level, m_stance, m_notesPrivate})
        w->setEnabled(!readOnly);
    m_themes->setReadOnly(readOnly);
}

void StakeholderDetailEditor::focusName()
{
    m_scroll->ensureWidgetVisible(m_name);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void StakeholderDetailEditor::commitPending()
{
    if (!m_current || m_readOnly)
        return;
    // A refused name stays in its field: committing it again would only repeat the message.
    if (m_invalidField != m_name && m_name->text().trimmed() != m_current->name)
        commitName();
    if (m_website->text().trimmed() != m_current->website)
        commitWebsite();
    commitNotes();
}

void StakeholderDetailEditor::display(const Stakeholder& s)
{
    m_current = s;
    // A refused name is kept as typed until corrected or reverted.
    if (m_invalidField != m_name && m_name->text() != s.name) {
        m_name->setText(s.name);
        // A long name shows its beginning, not its end.
        m_name->setCursorPosition(0);
    }
    selectData(m_kind, int(s.kind));
    selectData(m_level, int(s.level));
    selectData(m_stance, int(s.stance));
    for (auto [box, value] : {std::pair{m_influence, s.influence}, {m_interest, s.interest}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    if (m_website->text() != s.website)
        m_website->setText(s.website);
    if (m_notes->toPlainText() != s.notes)
        m_notes->setPlainText(s.notes);
    {
        const QSignalBlocker blocker(m_notesPrivate);
        m_notesPrivate->setChecked(s.notesPrivate);
    }
    m_themes->setCheckedIds(s.themeIds);
}

void StakeholderDetailEditor::commit(QWidget* field, const std::function<void(Stakeholder&)>& edit)
{
    if (!m_current || m_readOnly)
        return;
    Stakeholder after = *m_current;
    edit(after);
    if (after == *m_current) {
        if (m_invalidField == field) {
            markInvalid(field, false);
            m_message->showMessage({});
        }
        return;
    }
    StakeholderRepository& repo = m_context.repositories.stakeholders();
    if (std::optional<Error> e = repo.validate(after)) {
        // What was typed stays, marked, with the reason and a way out.
        const std::optional<Stakeholder> holder =
            field == m_name ? repo.byNameKey(after.name) : std::nullopt;
        m_existingId = holder && holder->meta.id != after.meta.id ? holder->meta.id : QString();
        markInvalid(field, true);
        m_message->showMessage(e->message,
                               m_existingId.isEmpty() ? QString() : tr("Open the e&xisting one"));
        if (field != m_name && field != m_website)
            display(*m_current);
        return;
    }
    if (m_invalidField == field)
        markInvalid(field, false);
    const QString failure = FileEdits::push(
        m_context, {new EditStakeholder(&m_context.file, repo, *m_current, after,
                                        tr("Edit stakeholder “%1”").arg(after.name))});
    m_existingId.clear();
    m_message->showMessage(failure);
    if (!failure.isEmpty() && m_current)
        display(*m_current);
}

void StakeholderDetailEditor::commitName()
{
    // A line field holds at most 32767 characters: an untouched one must not replace a longer
    // stored name (written by another program) with its beginning.
    if (!m_name->isModified())
        return;
    const QString name = m_name->text().trimmed();
    commit(m_name, [name](Stakeholder& s) { s.name = name; });
}

void StakeholderDetailEditor::commitWebsite()
{
    if (!m_website->isModified())
        return;
    const QString website = m_website->text().trimmed();
    commit(m_website, [website](Stakeholder& s) { s.website = website; });
}

void StakeholderDetailEditor::commitNotes()
{
    const QString notes = m_notes->toPlainText();
    commit(m_notes, [notes](Stakeholder& s) { s.notes = notes; });
}

void StakeholderDetailEditor::markInvalid(QWidget* field, bool invalid)
{
    if (!invalid) {
        if (m_invalidField)
            m_invalidField->setPalette(QPalette());
        m_invalidField = nullptr;
        return;
    }
    if (m_invalidField && m_invalidField != field)
        m_invalidField->setPalette(QPalette());
    m_invalidField = field;
    QPalette palette = field->palette();
    // A tint of the standard error colour, readable in light and dark styles.
    palette.setColor(QPalette::Base, QColor(0xff, 0xdd, 0xdd));
    palette.setColor(QPalette::Text, Qt::black);
    field->setPalette(palette);
}

void StakeholderDetailEditor::revert(QWidget* field)
{
    if (m_invalidField == field) {
        markInvalid(field, false);
        m_message->showMessage({});
    }
    if (m_current) {
        if (field == m_name)
            m_name->setText(m_current->name);
        else if (field == m_website)
            m_website->setText(m_current->website);
        else if (field == m_notes)
            m_notes->setPlainText(m_current->notes);
    }
}

bool StakeholderDetailEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        revert(static_cast<QWidget*>(watched));
        return true;
    }
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

void StakeholderDetailEditor::onStakeholderUpdated(const Stakeholder& stakeholder)
{
    if (stakeholder.meta.id == stakeholderId())
        display(stakeholder);
}
