// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocumentWidget.h"

#include "RichTextEditor.h"
#include "city/Repositories.h"
#include "plan/PlanRepository.h"
#include "shell/FileEdits.h"
#include "shell/UndoKeyFilter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

using Field = EditPlanDocumentCommand::Field;

PlanDocumentWidget::PlanDocumentWidget(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLineEdit(this)),
      m_adopted(new QLabel(this)), m_adopt(new QPushButton(tr("Record the council’s &adoption…"))),
      m_introduction(new RichTextEditor(QStringLiteral("introduction"), context.undoStack, this)),
      m_method(new RichTextEditor(QStringLiteral("method"), context.undoStack, this))
{
    setObjectName(QStringLiteral("planDocument"));
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setPlaceholderText(tr("Priorities for the inclusion of migrants"));
    m_adopted->setObjectName(QStringLiteral("documentAdopted"));
    m_adopted->setWordWrap(true);
    m_adopt->setObjectName(QStringLiteral("adoptPlan"));

    auto* titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto* introLabel = new QLabel(tr("&Introduction"), this);
    introLabel->setBuddy(m_introduction->editor());
    auto* methodLabel = new QLabel(tr("&Method"), this);
    methodLabel->setBuddy(m_method->editor());
    m_introduction->editor()->setPlaceholderText(
        tr("Why the city sets priorities for migrant inclusion, and what this document is."));
    m_method->editor()->setPlaceholderText(
        tr("How the priorities were chosen: the profile, the checklists, who was consulted."));

    auto* top = new QHBoxLayout;
    top->addWidget(titleLabel);
    top->addWidget(m_title, 1);
    auto* adoption = new QHBoxLayout;
    adoption->addWidget(m_adopted, 1);
    adoption->addWidget(m_adopt);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(adoption);
    layout->addWidget(introLabel);
    layout->addWidget(m_introduction, 1);
    layout->addWidget(methodLabel);
    layout->addWidget(m_method, 1);

    auto* undoKeys = new UndoKeyFilter(
        context.undoStack, [this] { commitTitle(); }, this);
    undoKeys->watch(m_title);
    connect(m_title, &QLineEdit::editingFinished, this, &PlanDocumentWidget::commitTitle);
    connect(m_introduction, &RichTextEditor::committed, this, [this](const QString& html) {
        push(Field::Introduction, m_stored.introduction, html, m_introduction->session(),
             tr("Edit the introduction"));
    });
    connect(m_method, &RichTextEditor::committed, this, [this](const QString& html) {
        push(Field::Method, m_stored.method, html, m_method->session(), tr("Edit the method"));
    });
    connect(m_adopt, &QPushButton::clicked, this, &PlanDocumentWidget::adoptionRequested);
    PlanRepository& plan = context.repositories.plan();
    connect(&plan, &PlanRepository::documentChanged, this, &PlanDocumentWidget::show);
    connect(&plan, &PlanRepository::documentRemoved, this,
            [this] { show(m_context.repositories.plan().document()); });
    show(plan.document());
}

void PlanDocumentWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_introduction->setReadOnly(readOnly);
    m_method->setReadOnly(readOnly);
    m_adopt->setEnabled(!readOnly);
}

void PlanDocumentWidget::commitPendingEdits()
{
    commitTitle();
    m_introduction->commit();
    m_method->commit();
}

void PlanDocumentWidget::show(const PlanDocument& document)
{
    m_stored = document;
    if (m_title->text() != document.title) {
        m_title->setText(document.title);
        m_title->setCursorPosition(0);
    }
    m_title->setModified(false);
    m_introduction->setHtml(document.introduction);
    m_method->setHtml(document.method);
    m_adopted->setText(document.isAdopted()
                           ? tr("Adopted by the council on %1.")
                                 .arg(QLocale().toString(document.adoptedOn, QLocale::LongFormat))
                           : tr("Not adopted by the council yet."));
}

void PlanDocumentWidget::push(Field field, const QString& before, const QString& after, int session,
                              const QString& text)
{
    if (m_readOnly || before == after)
        return;
    const QString failure = FileEdits::push(
        m_context, {new EditPlanDocumentCommand(&m_context.file, m_context.repositories.plan(),
                                                field, before, after, session, text)});
    emit messageChanged(failure);
}

void PlanDocumentWidget::commitTitle()
{
    // Only a title the officer typed: one longer than a line edit holds is shown cut, and must
    // not be stored cut. Each title edit is a session of its own, ended when the field is left.
    if (!m_title->isModified())
        return;
    m_title->setModified(false);
    push(Field::Title, m_stored.title, m_title->text(), ++m_titleSessions, tr("Edit the title"));
}
