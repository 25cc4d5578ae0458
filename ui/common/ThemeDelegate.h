// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComboBoxDelegate.h"

class ThemeRepository;

// Chooses a cell's theme from the file's shared list (or none); the edit role is the theme's id.
class ThemeDelegate : public ComboBoxDelegate
{
    Q_OBJECT

public:
    explicit ThemeDelegate(ThemeRepository& themes, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ThemeRepository& m_themes;
};
