// SPDX-License-Identifier: GPL-3.0-or-later
#include "NarrativeWidget.h"

#include "SectionEditor.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>

NarrativeWidget::NarrativeWidget(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("narrative"));
    m_list->setObjectName(QStringLiteral("sectionList"));
    m_list->setAccessibleName(tr("Sections of the profile"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    for (const ProfileSection& section : context.repositories.profile().sections()) {
        auto* editor = new SectionEditor(context, section, m_stack);
        m_editors << editor;
        m_stack->addWidget(editor);
        m_list->addItem(ProfileSection::title(section.key));
        const int index = int(m_editors.size()) - 1;
        updateItem(index);
        connect(editor, &SectionEditor::messageChanged, this, &NarrativeWidget::messageChanged);
        connect(editor, &SectionEditor::sectionChanged, this, [this, index] { updateItem(index); });
    }
    // A list wide enough for "Relations with the administration" in most languages; the
    // splitter lets the officer widen it for longer ones.
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 18);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("narrativeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_list->fontMetrics().averageCharWidth() * 28, 600});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    if (!m_editors.isEmpty())
        m_list->setCurrentRow(0);
}

void NarrativeWidget::showSection(int index)
{
    m_list->setCurrentRow(index);
}

void NarrativeWidget::setReadOnly(bool readOnly)
{
    for (SectionEditor* editor : std::as_const(m_editors))
        editor->setReadOnly(readOnly);
}

void NarrativeWidget::commitPendingEdits()
{
    for (SectionEditor* editor : std::as_const(m_editors))
        editor->commit();
}

void NarrativeWidget::updateItem(int index)
{
    QListWidgetItem* item = m_list->item(index);
    const SectionEditor* editor = m_editors.at(index);
    const bool empty = editor->section().body.trimmed().isEmpty();
    // Empty sections read as still to write, without hiding them.
    QFont font = m_list->font();
    font.setItalic(empty);
    item->setFont(font);
    item->setToolTip(empty ? tr("Not written yet. %1").arg(ProfileSection::hint(editor->key()))
                           : ProfileSection::hint(editor->key()));
}
