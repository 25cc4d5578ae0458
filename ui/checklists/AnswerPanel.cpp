// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerPanel.h"
#include "common/DateEdit.h"
#include "common/PlainTextEdit.h"

#include "AnswersModel.h"
#include "checklists/Answer.h"
#include "common/PersonalDataChoice.h"
#include "common/TextLimits.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AnswerPanel::AnswerPanel(AnswersModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_area(new QLabel(this)), m_statement(new QLabel(this)),
      m_guidance(new QLabel(this)), m_buttons(new QButtonGroup(this)),
      m_evidence(new PlainTextEdit(this)), m_source(new QLineEdit(this)),
      m_dated(new QCheckBox(tr("Da&ted:"), this)), m_date(new DateEdit(this)),
      m_answeredBy(new QLineEdit(this))
{
    setObjectName(QStringLiteral("answerPanel"));
    m_area->setObjectName(QStringLiteral("answerArea"));
    m_statement->setObjectName(QStringLiteral("answerStatement"));
    m_guidance->setObjectName(QStringLiteral("answerGuidance"));
    for (QLabel* l : {m_area, m_statement, m_guidance}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_statement->font();
    bold.setBold(true);
    m_statement->setFont(bold);
    m_evidence->setObjectName(QStringLiteral("answerEvidence"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->installEventFilter(this);
    m_source->setObjectName(QStringLiteral("answerSource"));
    m_dated->setObjectName(QStringLiteral("answerDated"));
    m_date->setObjectName(QStringLiteral("answerDate"));
    m_date->setCalendarPopup(true);
    m_answeredBy->setObjectName(QStringLiteral("answerAnsweredBy"));
    m_answeredBy->setToolTip(PersonalDataChoice::hint());

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Eviden&ce:"), m_evidence);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(m_dated, m_date);
    form->addRow(tr("Answered &by (personal data):"), m_answeredBy);

    auto* guidanceTitle = new QLabel(tr("What shows it:"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_area);
    layout->addWidget(m_statement);
    layout->addWidget(guidanceTitle);
    layout->addWidget(m_guidance);
    layout->addWidget(makeAnswerButtons());
    layout->addLayout(form, 1);

    connect(m_buttons, &QButtonGroup::idClicked, this,
            [this](int value) { setField(AnswersModel::AnswerColumn, value); });
    // A line field holds at most 32767 characters: an untouched one must not replace a longer
    // stored value with its beginning.
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        if (m_source->isModified())
            setField(AnswersModel::SourceColumn, m_source->text());
    });
    connect(m_answeredBy, &QLineEdit::editingFinished, this, [this] {
        if (m_answeredBy->isModified())
            setField(AnswersModel::AnsweredByColumn, m_answeredBy->text());
    });
    connect(m_dated, &QCheckBox::toggled, this, &AnswerPanel::onDateToggled);
    connect(m_date, &QDateEdit::editingFinished, this, [this] {
        if (m_dated->isChecked())
            setField(AnswersModel::DateColumn, m_date->date());
    });
    connect(&m_model, &AnswersModel::dataChanged, this,
            [this](const QModelIndex& tl, const QModelIndex& br) {
                if (m_row.isValid() && m_row.row() >= tl.row() && m_row.row() <= br.row())
                    refresh();
            });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrentRow(-1); });
    refresh();
}

QWidget* AnswerPanel::makeAnswerButtons()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<Answer::Value> values = Answer::allValues();
    for (int i = 0; i < values.size(); ++i) {
        // The key is shown on the button: the grid answers with the same digits.
        auto* button =
            new QPushButton(tr("%1  %2").arg(i + 1).arg(Answer::label(values.at(i))), box);
        button->setObjectName(QStringLiteral("answerButton_") + Answer::toText(values.at(i)));
        button->setCheckable(true);
        button->setToolTip(tr("Key %1 in the list").arg(i + 1));
        m_buttons->addButton(button, int(values.at(i)));
        grid->addWidget(button, i / 2, i % 2);
    }
    return box;
}

void AnswerPanel::setCurrentRow(int row)
{
    if (m_row.isValid() && m_row.row() == row)
        return;
    commitPendingEdits();
    m_row = m_model.itemAt(row) ? QPersistentModelIndex(m_model.index(row, 0))
                                : QPersistentModelIndex();
    refresh();
}

void AnswerPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void AnswerPanel::refresh()
{
    m_refreshing = true;
    const ChecklistItem* item = m_row.isValid() ? m_model.itemAt(m_row.row()) : nullptr;
    const ChecklistArea* area = m_row.isValid() ? m_model.areaAt(m_row.row()) : nullptr;
    const Answer* answer = item ? m_model.answerFor(item->meta.id) : nullptr;
    m_area->setText(area ? TextLimits::shortened(area->title) : QString());
    m_statement->setText(
        item ? TextLimits::shortened(item->statement, TextLimits::shownParagraphChars)
             : tr("Choose an item in the list."));
    m_guidance->setText(item && !item->guidance.isEmpty()
                            ? TextLimits::shortened(item->guidance, TextLimits::shownParagraphChars)
                            : QStringLiteral("\u2014"));
    const bool editable = item && !m_readOnly &&
                          (m_model.flags(m_model.index(m_row.row(), AnswersModel::AnswerColumn)) &
                           Qt::ItemIsEditable);
    m_buttons->setExclusive(false);
    for (QAbstractButton* b : m_buttons->buttons()) {
        b->setChecked(answer && m_buttons->id(b) == int(answer->value));
        b->setEnabled(editable);
    }
    m_buttons->setExclusive(true);
    // Evidence typed and not yet stored is kept while the answer changes under it.
    // Setting the same text again would lay the editor out again on every key press.
    const QString evidence = answer ? answer->evidence : QString();
    if ((!m_evidence->hasFocus() || !item) && m_evidence->toPlainText() != evidence)
        m_evidence->setPlainText(evidence);
    m_source->setText(answer ? answer->source : QString());
    m_dated->setChecked(answer && answer->evidenceDate.isValid());
    m_date->setDate(answer && answer->evidenceDate.isValid() ? answer->evidenceDate
                                                             : QDate::currentDate());
    m_answeredBy->setText(answer ? answer->answeredBy : QString());
    for (QWidget* w : std::initializer_list<QWidget*>{m_evidence, m_source, m_answeredBy})
        w->setEnabled(item != nullptr);
    m_evidence->setReadOnly(!editable);
    m_source->setReadOnly(!editable);
    m_answeredBy->setReadOnly(!editable);
    m_dated->setEnabled(editable);
    m_date->setEnabled(editable && m_dated->isChecked());
    m_refreshing = false;
}

void AnswerPanel::setField(int column, const QVariant& value)
{
    if (m_refreshing || !m_row.isValid() || m_readOnly)
        return;
    const QModelIndex index = m_model.index(m_row.row(), column);
    if (index.data(Qt::EditRole) == value)
        return;
    m_model.setData(index, value);
    refresh();
}

void AnswerPanel::onDateToggled(bool dated)
{
    m_date->setEnabled(dated && !m_readOnly);
    setField(AnswersModel::DateColumn, dated ? QVariant(m_date->date()) : QVariant(QDate()));
}

void AnswerPanel::commitPendingEdits()
{
    if (!m_row.isValid() || m_evidence->isReadOnly())
        return;
    const QString text = m_evidence->toPlainText().trimmed();
    const QVariant stored = m_model.index(m_row.row(), AnswersModel::EvidenceColumn).data();
    if (text != stored.toString())
        setField(AnswersModel::EvidenceColumn, text);
}

bool AnswerPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_evidence && event->type() == QEvent::FocusOut)
        commitPendingEdits();
    return QWidget::eventFilter(watched, event);
}
