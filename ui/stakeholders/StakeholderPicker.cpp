// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderPicker.h"

#include "common/TextLimits.h"
#include "stakeholders/StakeholderRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

StakeholderPicker::StakeholderPicker(StakeholderRepository& repository, QWidget* parent)
    : QComboBox(parent), m_repository(repository), m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // The longest of thousands of names must not set the width of the form it sits in.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setModel(m_model);
    setCurrentIndex(-1);
    lineEdit()->setPlaceholderText(tr("Type part of a name"));
    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit currentIdChanged(currentId()); });
    connect(lineEdit(), &QLineEdit::textEdited, this,
            [this] { emit currentIdChanged(currentId()); });
    auto stale = [this] { m_entriesStale = true; };
    connect(&m_repository, &StakeholderRepository::stakeholderAdded, this, stale);
    connect(&m_repository, &StakeholderRepository::stakeholderUpdated, this, stale);
    connect(&m_repository, &StakeholderRepository::stakeholderRemoved, this, stale);
}

QString StakeholderPicker::currentId()
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    ensureLoaded();
    // The text decides: an officer who edits the name after choosing has chosen nothing.
    const int row = findText(text, Qt::MatchFixedString);
    return row < 0 ? QString() : itemData(row).toString();
}

void StakeholderPicker::setCurrentId(const QString& id)
{
    if (!id.isEmpty())
        ensureLoaded();
    const int row = id.isEmpty() ? -1 : findData(id);
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
}

void StakeholderPicker::setExcluded(const QStringList& ids)
{
    if (ids == m_excluded)
        return;
    m_excluded = ids;
    m_listStale = true;
}

int StakeholderPicker::choiceCount()
{
    ensureLoaded();
    return count();
}

void StakeholderPicker::focusInEvent(QFocusEvent* event)
{
    ensureLoaded();
    QComboBox::focusInEvent(event);
}

void StakeholderPicker::showPopup()
{
    ensureLoaded();
    QComboBox::showPopup();
}

void StakeholderPicker::ensureLoaded()
{
    if (m_entriesStale) {
        m_entries.clear();
        for (const Stakeholder& s : m_repository.stakeholderSummaries())
            m_entries.append({s.meta.id, s.name});
        m_entriesStale = false;
        m_listStale = true;
    }
    if (!m_listStale)
        return;
    m_listStale = false;
    // What was chosen or typed survives the new list.
    const QString typed = currentText();
    const int chosenRow = findText(typed.trimmed(), Qt::MatchFixedString);
    const QString chosen = chosenRow < 0 ? QString() : itemData(chosenRow).toString();
    QList<QStandardItem*> items;
    items.reserve(m_entries.size());
    for (const Entry& entry : std::as_const(m_entries)) {
        if (m_excluded.contains(entry.id))
            continue;
        auto* item = new QStandardItem(TextLimits::shortened(entry.name));
        item->setData(entry.id, Qt::UserRole);
        items.append(item);
    }
    const QSignalBlocker blocker(this);
    m_model->clear();
    m_model->invisibleRootItem()->appendRows(items);
    const int row = chosen.isEmpty() ? -1 : findData(chosen);
    setCurrentIndex(row);
    if (row < 0)
        setEditText(typed);
}
