// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ComboBoxDelegate.h"

class ActionRepository;

// A budget line's funding source: typed, or chosen among the sources the file's budget lines
// already name (municipal budget, AMIF, an EU programme...), so that one source is written the
// same way on every line and the plan's totals by source add up. The list is the officer's:
// a source typed that no line names yet is taken as it is.
class FundingSourceDelegate : public ComboBoxDelegate
{
    Q_OBJECT

public:
    explicit FundingSourceDelegate(ActionRepository& actions, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ActionRepository& m_actions;
};
