// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsPanel.h"

#include "RelationsPanelModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "stakeholders/StakeholderPicker.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using Repo = StakeholderRepository;
using Relation = StakeholderRelation;

RelationsPanel::RelationsPanel(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_model(new RelationsPanelModel(context.repositories.stakeholders(), this)),
      m_table(new QTableView(this)), m_otherLabel(new QLabel(this)), m_kindLabel(new QLabel(this)),
      m_strengthLabel(new QLabel(this)), m_notesLabel(new QLabel(this)),
      m_other(new StakeholderPicker(context.repositories.stakeholders(), this)),
      m_kind(new QComboBox(this)), m_strength(new QSpinBox(this)), m_notes(new QLineEdit(this)),
      m_add(new QPushButton(this)), m_apply(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("relationsPanel"));
    m_table->setObjectName(QStringLiteral("relationsTable"));
    m_other->setObjectName(QStringLiteral("relationOther"));
    m_kind->setObjectName(QStringLiteral("relationKind"));
    m_strength->setObjectName(QStringLiteral("relationStrength"));
    m_notes->setObjectName(QStringLiteral("relationNotes"));
    m_add->setObjectName(QStringLiteral("relationAdd"));
    m_apply->setObjectName(QStringLiteral("relationApply"));
    m_remove->setObjectName(QStringLiteral("relationRemove"));
    m_message->setObjectName(QStringLiteral("relationMessage"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Names are long and the panel narrow: a name goes on two lines rather than being cut, and
    // its tooltip shows it whole when even that is not enough. A stakeholder has a few
    // relations, so sizing each row to its text costs nothing.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_strength->setRange(Relation::minStrength, Relation::maxStrength);
    m_strength->setValue(3);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_otherLabel->setBuddy(m_other);
    m_kindLabel->setBuddy(m_kind);
    m_strengthLabel->setBuddy(m_strength);
    m_notesLabel->setBuddy(m_notes);
    // The other stakeholder's name takes the room the short columns leave. The notes, which
    // would make rows as tall as a paragraph, are read and changed in the form below.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RelationsPanelModel::Other, QHeaderView::Stretch);
    for (int column :
         {RelationsPanelModel::Kind, RelationsPanelModel::Direction, RelationsPanelModel::Strength})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(RelationsPanelModel::Notes, true);
    // The rows follow the name's width when the panel is widened or narrowed: once the
    // layout is done, since resizing rows inside it would make the panel ask for more width.
    connect(
        header, &QHeaderView::sectionResized, m_table,
        [this](int column) {
            if (column == RelationsPanelModel::Other)
                m_table->resizeRowsToContents();
        },
        Qt::QueuedConnection);
    auto* form = new QFormLayout;
    form->addRow(m_otherLabel, m_other);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_strengthLabel, m_strength);
    form->addRow(m_notesLabel, m_notes);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    // The row is selected after it becomes current: the form follows the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RelationsPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationsPanel::updateActions);
    connect(m_add, &QPushButton::clicked, this, &RelationsPanel::addRelation);
    connect(m_apply, &QPushButton::clicked, this, &RelationsPanel::applyChanges);
    connect(m_remove, &QPushButton::clicked, this, &RelationsPanel::removeRelation);

    retranslate();
    setReadOnly(context.file.isReadOnly());
}

void RelationsPanel::retranslate()
{
    m_otherLabel->setText(tr("&With:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_strengthLabel->setText(tr("&Strength:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_other->setToolTip(tr("Type part of the other stakeholder’s name"));
    m_strength->setToolTip(tr("From %1 (a loose tie) to %2 (a close one)")
                               .arg(Relation::minStrength)
                               .arg(Relation::maxStrength));
    m_add->setText(tr("&Add relation"));
    m_apply->setText(tr("A&pply changes"));
    m_remove->setText(tr("Remove re&lation"));
    fillKinds();
}

void RelationsPanel::fillKinds()
{
    const QVariant current = m_kind->currentData();
    m_kind->clear();
    for (Relation::Kind kind : Relation::allKinds())
        m_kind->addItem(Relation::label(kind), int(kind));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

void RelationsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RelationsPanel::setStakeholder(const QString& id)
{
    m_model->setStakeholder(id);
    m_other->setExcluded(id.isEmpty() ? QStringList() : QStringList{id});
    m_other->setCurrentId({});
    showMessage({});
    updateActions();
}

void RelationsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void RelationsPanel::updateActions()
{
    const bool editable = !m_readOnly && !m_model->stakeholderId().isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{m_other, m_kind, m_strength, m_notes, m_add})
        w->setEnabled(editable);
    const bool selected = selectedRelation().has_value();
    m_apply->setEnabled(editable && selected);
    m_remove->setEnabled(editable && selected);
}

std::optional<Relation> RelationsPanel::selectedRelation() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model->relation(current.row());
}

void RelationsPanel::onSelectionChanged()
{
    if (std::optional<Relation> r = selectedRelation()) {
        m_other->setCurrentId(m_model->otherId(*r));
        m_kind->setCurrentIndex(m_kind->findData(int(r->kind)));
        m_strength->setValue(r->strength);
        m_notes->setText(r->notes);
    }
    showMessage({});
    updateActions();
}

std::optional<Relation> RelationsPanel::fromForm(std::optional<Relation> base)
{
    const QString other = m_other->currentId();
    if (other.isEmpty()) {
        showMessage(m_other->currentText().trimmed().isEmpty()
                        ? tr("Choose the other stakeholder: type part of its name.")
                        : tr("No stakeholder is called “%1”. Choose one from the list, or add "
                             "it to the stakeholders first.")
                              .arg(m_other->currentText().trimmed()));
        return std::nullopt;
    }
    Relation r = base.value_or(Relation{});
    const QString self = m_model->stakeholderId();
    if (!base) {
        r.fromId = self;
        r.toId = other;
    } else if (r.fromId == self) {
        r.toId = other;
    } else {
        r.fromId = other;
    }
    r.kind = Relation::Kind(m_kind->currentData().toInt());
    r.strength = m_strength->value();
    // A line field holds at most 32767 characters: an untouched one keeps the stored notes whole.
    if (!base || m_notes->isModified())
        r.notes = m_notes->text().trimmed();
    if (std::optional<Error> e = m_context.repositories.stakeholders().validate(r)) {
        showMessage(e->message);
        return std::nullopt;
    }
    showMessage({});
    return r;
}

void RelationsPanel::addRelation()
{
    if (m_readOnly)
        return;
    if (std::optional<Relation> r = fromForm(std::nullopt))
        m_context.undoStack.push(new AddRecordCommand<Repo, Relation>(
            &m_context.file, m_context.repositories.stakeholders(), *r, tr("Add a relation")));
}

void RelationsPanel::applyChanges()
{
    const std::optional<Relation> before = selectedRelation();
    if (m_readOnly || !before)
        return;
    const std::optional<Relation> after = fromForm(before);
    if (!after || *after == *before)
        return;
    m_context.undoStack.push(new EditRecordCommand<Repo, Relation>(
        &m_context.file, m_context.repositories.stakeholders(), *before, *after,
        tr("Change a relation")));
}

void RelationsPanel::removeRelation()
{
    const std::optional<Relation> r = selectedRelation();
    if (m_readOnly || !r)
        return;
    m_context.undoStack.push(new RemoveRecordCommand<Repo, Relation>(
        &m_context.file, m_context.repositories.stakeholders(), *r, tr("Remove a relation")));
}

void RelationsPanel::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}
