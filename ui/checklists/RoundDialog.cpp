// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundDialog.h"

#include "checklists/ChecklistRepository.h"
#include "common/DateEdit.h"
#include "common/TextLimits.h"
#include "stakeholders/StakeholderRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int idRole = Qt::UserRole + 1;
}

RoundDialog::RoundDialog(ChecklistRepository& checklists, StakeholderRepository& stakeholders,
                         const std::optional<AssessmentRound>& round, QWidget* parent)
    : QDialog(parent), m_checklists(checklists), m_edited(round), m_label(new QLineEdit(this)),
      m_date(new DateEdit(this)), m_filter(new QLineEdit(this)),
      m_participants(new QListWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(round ? tr("Edit the round") : tr("New assessment round"));
    m_label->setObjectName(QStringLiteral("roundLabel"));
    m_label->setPlaceholderText(tr("e.g. 2026, Baseline"));
    m_date->setObjectName(QStringLiteral("roundDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(round ? round->heldOn : QDate::currentDate());
    m_filter->setObjectName(QStringLiteral("participantFilter"));
    m_filter->setPlaceholderText(tr("Type part of a name to filter the list"));
    m_filter->setClearButtonEnabled(true);
    m_participants->setObjectName(QStringLiteral("participantList"));
    m_error->setObjectName(QStringLiteral("roundError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Held on:"), m_date);
    const QList<AssessmentRound> rounds = checklists.rounds();
    if (!round) {
        const std::optional<AssessmentRound> latest = checklists.latestRound();
        m_copyFrom = new QComboBox(this);
        m_copyFrom->setObjectName(QStringLiteral("roundCopyFrom"));
        m_copyFrom->addItem(tr("Nothing: start with no answers"));
        for (const AssessmentRound& r : rounds)
            m_copyFrom->addItem(
                tr("The answers of round \u201c%1\u201d").arg(TextLimits::shortened(r.label)),
                r.meta.id);
        if (latest)
            m_copyFrom->setCurrentIndex(m_copyFrom->findData(latest->meta.id));
        form->addRow(tr("&Start from:"), m_copyFrom);
        // Several checklists: a round that starts empty chooses its own.
        if (checklists.templates().size() > 1) {
            m_checklist = new QComboBox(this);
            m_checklist->setObjectName(QStringLiteral("roundChecklist"));
            fillChecklists(latest ? latest->templateId : QString());
            form->addRow(tr("&Checklist:"), m_checklist);
        }
        connect(m_copyFrom, &QComboBox::currentIndexChanged, this, &RoundDialog::onCopyFromChanged);
        onCopyFromChanged();
    } else {
        m_label->setText(round->label);
    }

    auto* participantsLabel = new QLabel(tr("&Participants (the stakeholders who took part):"));
    participantsLabel->setBuddy(m_filter);
    participantsLabel->setWordWrap(true);
    // In the reader's name order ("Lot 9" before "Lot 10"), as every list of stakeholders.
    const QList<Stakeholder> people = stakeholders.stakeholderSummaries();
    for (const Stakeholder& s : people) {
        auto* item = new QListWidgetItem(TextLimits::shortened(s.name), m_participants);
        item->setData(idRole, s.meta.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    fillParticipants(round ? round->participantIds : QStringList());
    connect(m_filter, &QLineEdit::textChanged, this, &RoundDialog::filterParticipants);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("roundButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(round ? tr("Save") : tr("Start the round"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoundDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(participantsLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_participants, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 560);
}

void RoundDialog::fillParticipants(const QStringList& chosen)
{
    for (int i = 0; i < m_participants->count(); ++i) {
        QListWidgetItem* item = m_participants->item(i);
        item->setCheckState(chosen.contains(item->data(idRole).toString()) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
}

void RoundDialog::fillChecklists(const QString& templateId)
{
    for (const ChecklistTemplate& t : m_checklists.templates())
        m_checklist->addItem(TextLimits::shortened(t.title), t.meta.id);
    const int found = m_checklist->findData(templateId);
    m_checklist->setCurrentIndex(found >= 0 ? found : 0);
}

void RoundDialog::filterParticipants(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_participants->count(); ++i) {
        QListWidgetItem* item = m_participants->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void RoundDialog::onCopyFromChanged()
{
    // A copy keeps the checklist of the round it copies: its answers belong to those items.
    const QString from = copyAnswersFrom();
    if (!m_checklist)
        return;
    if (const std::optional<AssessmentRound> source = m_checklists.round(from)) {
        m_checklist->setCurrentIndex(m_checklist->findData(source->templateId));
        m_checklist->setEnabled(false);
    } else {
        m_checklist->setEnabled(true);
    }
}

QString RoundDialog::copyAnswersFrom() const
{
    return m_copyFrom ? m_copyFrom->currentData().toString() : QString();
}

AssessmentRound RoundDialog::round() const
{
    AssessmentRound r = m_edited.value_or(AssessmentRound());
    r.label = m_label->text().trimmed();
    r.heldOn = m_date->date();
    if (!m_edited) {
        if (m_checklist) {
            r.templateId = m_checklist->currentData().toString();
        } else if (const auto source = m_checklists.round(copyAnswersFrom())) {
            r.templateId = source->templateId;
        } else if (const auto latest = m_checklists.latestRound()) {
            r.templateId = latest->templateId;
        } else if (const QList<ChecklistTemplate> all = m_checklists.templates(); !all.isEmpty()) {
            r.templateId = all.first().meta.id;
        }
        r.templateVersion = 0;
    }
    r.participantIds.clear();
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked)
            r.participantIds << m_participants->item(i)->data(idRole).toString();
    }
    return r;
}

void RoundDialog::accept()
{
    AssessmentRound r = round();
    if (r.templateVersion < 1) {
        // Validation wants the version add() will fill in; any positive one checks the rest.
        r.templateVersion = 1;
    }
    if (std::optional<Error> e = m_checklists.validate(r)) {
        m_error->setText(e->message);
        m_error->show();
        m_label->setFocus();
        return;
    }
    QDialog::accept();
}
