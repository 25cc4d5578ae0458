// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/StakeholderRelation.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class RelationsPanelModel;
class StakeholderPicker;

// The "Relations" detail tab of the Stakeholders pane: the relations of the stakeholder
// selected, and a form to add one, change the one selected or remove it (each undoable). What
// the file refuses (the same tie twice, a strength out of range) is said under the form.
// Not a RecordTablePanel: a relation needs its other stakeholder chosen before it exists.
class RelationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelationsPanel(const PaneContext& context, QWidget* parent = nullptr);

    void setStakeholder(const QString& id);
    void setReadOnly(bool readOnly);
    RelationsPanelModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillKinds();
    std::optional<StakeholderRelation> selectedRelation() const;
    void onSelectionChanged();
    // The relation the form describes, from `base` (a new one when empty); empty and a message
    // shown when it cannot be stored.
    std::optional<StakeholderRelation> fromForm(std::optional<StakeholderRelation> base);
    void addRelation();
    void applyChanges();
    void removeRelation();
    void showMessage(const QString& message);
    void updateActions();

    PaneContext m_context;
    RelationsPanelModel* m_model;
    QTableView* m_table;
    QLabel* m_otherLabel;
    QLabel* m_kindLabel;
    QLabel* m_strengthLabel;
    QLabel* m_notesLabel;
    StakeholderPicker* m_other;
    QComboBox* m_kind;
    QSpinBox* m_strength;
    QLineEdit* m_notes;
    QPushButton* m_add;
    QPushButton* m_apply;
    QPushButton* m_remove;
    QLabel* m_message;
    bool m_readOnly = false;
};
