// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderPicker.h"

#include "stakeholders/StakeholderRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

StakeholderPicker::StakeholderPicker(StakeholderRepository& repository, QWidget* parent)
    : QComboBox(parent), m_repository(repository), m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // The longest of thousands of names must not set the width of the form it sits in.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setModel(m_model);
    lineEdit()->setPlaceholderText(tr("Type part of a name"));
    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    reload();

    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit currentIdChanged(currentId()); });
    connect(lineEdit(), &QLineEdit::textEdited, this,
            [this] { emit currentIdChanged(currentId()); });
    connect(&m_repository, &StakeholderRepository::stakeholderAdded, this,
            &StakeholderPicker::scheduleReload);
    connect(&m_repository, &StakeholderRepository::stakeholderUpdated, this,
            &StakeholderPicker::scheduleReload);
    connect(&m_repository, &StakeholderRepository::stakeholderRemoved, this,
            &StakeholderPicker::scheduleReload);
}

QString StakeholderPicker::currentId() const
{
    // The text decides: an officer who edits the name after choosing has chosen nothing.
    int row = findText(currentText().trimmed(), Qt::MatchFixedString);
    return row < 0 ? QString() : itemData(row).toString();
}

void StakeholderPicker::setCurrentId(const QString& id)
{
    int row = id.isEmpty() ? -1 : findData(id);
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
}

void StakeholderPicker::setExcluded(const QStringList& ids)
{
    m_excluded = ids;
    reload();
}

void StakeholderPicker::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &StakeholderPicker::reload);
}

void StakeholderPicker::reload()
{
    m_reloadPending = false;
    const QString chosen = currentId();
    const QString typed = currentText();
    QList<QStandardItem*> items;
    for (const Stakeholder& s : m_repository.stakeholderSummaries()) {
        if (m_excluded.contains(s.meta.id))
            continue;
        auto* item = new QStandardItem(s.name);
        item->setData(s.meta.id, Qt::UserRole);
        items.append(item);
    }
    QSignalBlocker blocker(this);
    m_model->clear();
    m_model->invisibleRootItem()->appendRows(items);
    if (!chosen.isEmpty() && findData(chosen) >= 0) {
        setCurrentIndex(findData(chosen));
    } else {
        setCurrentIndex(-1);
        setEditText(typed);
    }
}
