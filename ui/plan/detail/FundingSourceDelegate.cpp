// SPDX-License-Identifier: GPL-3.0-or-later
#include "FundingSourceDelegate.h"

#include "common/TextLimits.h"
#include "plan/ActionRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

FundingSourceDelegate::FundingSourceDelegate(ActionRepository& actions, QObject* parent)
    : ComboBoxDelegate(parent), m_actions(actions)
{
}

QWidget* FundingSourceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                             const QModelIndex&) const
{
    QComboBox* combo = makeComboBox(parent);
    combo->setObjectName(QStringLiteral("fundingSourceEditor"));
    combo->setEditable(true);
    // What is typed is the value; it joins the choices once a line is stored with it.
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Read when the editor opens: a source typed on another line is offered at once. Shown
    // shortened, chosen whole.
    for (const QString& source : m_actions.fundingSources())
        combo->addItem(TextLimits::shortened(source), source);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

void FundingSourceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QString source = index.data(Qt::EditRole).toString();
    combo->setCurrentIndex(combo->findData(source));
    combo->setEditText(source);
    resetChosen(combo);
}

void FundingSourceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                         const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    // What the officer did not change is not written back: a value of the file longer than
    // the line edit holds would be stored cut.
    if (wasChosen(combo) && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData());
    else if (combo->lineEdit()->isModified())
        model->setData(index, combo->currentText());
}
