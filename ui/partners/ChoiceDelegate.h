// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ComboBoxDelegate.h"

#include <QList>
#include <QVariant>

#include <functional>

// Chooses a cell's value from a short list (a partner's role, an exchange's kind, the partner
// of an exchange); the edit role is the value, the list shows each one's label. The list is
// asked for each time the editor opens, so a partner added a moment ago is offered.
class ChoiceDelegate : public ComboBoxDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label;
        QVariant value;
    };
    using Choices = std::function<QList<Choice>()>;

    // name: the editor's object name, for tests.
    ChoiceDelegate(Choices choices, const QString& name, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    Choices m_choices;
    QString m_name;
};
