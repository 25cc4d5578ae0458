// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEditor.h"

#include "TemplateTreeModel.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "common/ThemeDelegate.h"
#include "shell/FileEdits.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

TemplateEditor::TemplateEditor(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new TemplateTreeModel(context, this)),
      m_message(new MessageBar(this)), m_templates(new QComboBox(this)),
      m_toolBar(new QToolBar(this)), m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_templates->setObjectName(QStringLiteral("templateCombo"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toolBar->setObjectName(QStringLiteral("templateToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tree->setObjectName(QStringLiteral("templateTree"));

    m_addArea =
        makeAction(QStringLiteral("addArea"), tr("Add &area…"), QStringLiteral("folder-new"));
    m_addItem = makeAction(QStringLiteral("addItem"), tr("Add &item…"), QStringLiteral("list-add"));
    m_moveUp = makeAction(QStringLiteral("moveUp"), tr("Move &up"), QStringLiteral("go-up"));
    m_moveDown =
        makeAction(QStringLiteral("moveDown"), tr("Move &down"), QStringLiteral("go-down"));
    m_toolBar->addSeparator();
    m_retire =
        makeAction(QStringLiteral("retireItem"), tr("&Retire…"), QStringLiteral("archive-insert"));
    m_bringBack =
        makeAction(QStringLiteral("bringBackItem"), tr("&Bring back"), QStringLiteral("edit-redo"));
    m_delete =
        makeAction(QStringLiteral("deleteEntry"), tr("De&lete"), QStringLiteral("edit-delete"));
    m_toolBar->addSeparator();
    m_export = makeAction(QStringLiteral("exportTemplate"), tr("E&xport template…"),
                          QStringLiteral("document-export"));
    m_import = makeAction(QStringLiteral("importTemplate"), tr("I&mport template…"),
                          QStringLiteral("document-import"));
    // Shown in the tooltips; the tree handles the keys itself so that they work while it has
    // the focus whatever the window's shortcuts are.
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_moveUp);
    addAction(m_moveDown);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setItemDelegateForColumn(TemplateTreeModel::ThemeColumn,
                                     new ThemeDelegate(context.repositories.themes(), m_tree));
    // Statements and guidance are long: they get the room, elided, with the whole text in the
    // tooltip; status and origin are short and shown whole, in any language.
    QHeaderView* header = m_tree->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TemplateTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TemplateTreeModel::OriginColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TemplateTreeModel::StatementColumn, 380);
    header->resizeSection(TemplateTreeModel::GuidanceColumn, 260);
    header->resizeSection(TemplateTreeModel::ThemeColumn, 160);
    m_tree->installEventFilter(this);

    auto* chooser = new QHBoxLayout;
    auto* label = new QLabel(tr("&Checklist:"), this);
    label->setBuddy(m_templates);
    chooser->addWidget(label);
    chooser->addWidget(m_templates);
    chooser->addStretch(1);
    auto* intro = new QLabel(tr("The areas and items the rounds ask. Double-click a cell to "
                                "edit it. Retire an item that no longer applies: its answers "
                                "in earlier rounds stay and still count in their scores."),
                             this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tree, 1);

    connect(m_model, &TemplateTreeModel::messageChanged, this, &TemplateEditor::showMessage);
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTemplate(m_templates->currentData().toString());
        m_tree->expandAll();
        updateActions();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplateEditor::updateActions);
    // Rows that move, appear or go (undo, an import) change what the buttons may do.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TemplateEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TemplateEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TemplateEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemplateEditor::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TemplateEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!parent.isValid())
            m_tree->expandAll();
    });

    ChecklistRepository& repo = context.repositories.checklists();
    connect(&repo, &ChecklistRepository::templateAdded, this, &TemplateEditor::reloadTemplates);
    connect(&repo, &ChecklistRepository::templateUpdated, this, &TemplateEditor::reloadTemplates);
    connect(&repo, &ChecklistRepository::templateRemoved, this, &TemplateEditor::reloadTemplates);
    connect(m_addArea, &QAction::triggered, this, &TemplateEditor::addArea);
    connect(m_addItem, &QAction::triggered, this, &TemplateEditor::addItem);
    connect(m_moveUp, &QAction::triggered, this, [this] { move(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { move(+1); });
    connect(m_retire, &QAction::triggered, this, &TemplateEditor::retire);
    connect(m_bringBack, &QAction::triggered, this, &TemplateEditor::bringBack);
    connect(m_delete, &QAction::triggered, this, &TemplateEditor::remove);
    connect(m_export, &QAction::triggered, this, &TemplateEditor::exportTemplate);
    connect(m_import, &QAction::triggered, this, &TemplateEditor::importTemplate);

    reloadTemplates();
    setReadOnly(context.file.isReadOnly());
}

TemplateEditor::~TemplateEditor()
{
    // The view and the model go after this part of the object: their last signals must not
    // reach it.
    m_model->disconnect(this);
    m_tree->selectionModel()->disconnect(this);
}

QAction* TemplateEditor::makeAction(const QString& name, const QString& text, const QString& icon)
{
    auto* action = m_toolBar->addAction(QIcon::fromTheme(icon), text);
    action->setObjectName(name);
    return action;
}

void TemplateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateActions();
}

QString TemplateEditor::templateId() const
{
    return m_model->templateId();
}

void TemplateEditor::showTemplate(const QString& templateId)
{
    m_templates->setCurrentIndex(std::max(0, m_templates->findData(templateId)));
}

void TemplateEditor::reloadTemplates()
{
    const QString shown = m_model->templateId();
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    for (const ChecklistTemplate& t : m_context.repositories.checklists().templates())
        m_templates->addItem(
            tr("%1 (version %2)").arg(TextLimits::shortened(t.title)).arg(t.version), t.meta.id);
    const int row = std::max(0, m_templates->findData(shown));
    m_templates->setCurrentIndex(m_templates->count() ? row : -1);
    const QString now = m_templates->currentData().toString();
    if (now != shown) {
        m_model->setTemplate(now);
        m_tree->expandAll();
    }
    updateActions();
}

void TemplateEditor::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    const ChecklistItem* item = m_model->itemAt(current);
    const bool editable = !m_readOnly && !m_model->templateId().isEmpty();
    const int row = current.row();
    const int siblings = current.isValid() ? m_model->rowCount(current.parent()) : 0;
    m_addArea->setEnabled(editable);
    m_addItem->setEnabled(editable && current.isValid());
    m_moveUp->setEnabled(editable && current.isValid() && row > 0);
    m_moveDown->setEnabled(editable && current.isValid() && row + 1 < siblings);
    m_retire->setEnabled(editable && item && !item->isRetired());
    m_bringBack->setEnabled(editable && item && item->isRetired());
    m_delete->setEnabled(editable && current.isValid());
    m_export->setEnabled(!m_model->templateId().isEmpty());
    m_import->setEnabled(!m_readOnly);
}

void TemplateEditor::showMessage(const QString& message)
{
    m_message->showMessage(message);
}

bool TemplateEditor::push(QUndoCommand* command)
{
    const QString failure = FileEdits::push(m_context, {command});
    showMessage(failure);
    return failure.isEmpty();
}

void TemplateEditor::select(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    updateActions();
}

QString TemplateEditor::currentAreaId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (const ChecklistItem* item = m_model->itemAt(current))
        return item->areaId;
    if (const ChecklistArea* area = m_model->areaAt(current))
        return area->meta.id;
    return {};
}

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool alt = key->modifiers() == Qt::AltModifier;
        if (alt && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                move(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
