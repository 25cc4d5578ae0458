// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StakeholderTableModel;

// What narrows the stakeholder table (and every view of its rows): a search over names, notes
// and contacts that ignores case and accents, the kind, the theme, the level, the group
// membership and whether a follow-up is overdue, with the count of stakeholders shown.
class StakeholderFilterBar : public QWidget
{
    Q_OBJECT

public:
    // The themes offered are the model's (StakeholderTableModel::themeNames()).
    explicit StakeholderFilterBar(StakeholderTableModel* model, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_text; }

public slots:
    void clearFilters();

private:
    void applyCriteria();
    void fillThemes();
    void updateCount();

    StakeholderTableModel* m_model;
    QLineEdit* m_text;
    QComboBox* m_kind;
    QComboBox* m_theme;
    QComboBox* m_level;
    QComboBox* m_membership;
    QCheckBox* m_overdue;
    QPushButton* m_clear;
    QLabel* m_count;
};
