// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class EvidenceModel;
class QPushButton;
class QTableView;

// The selected priority's evidence with Add (a picker of checklist items and figures), Remove
// and Open (the item or figure where it lives, through the window's RecordNavigator).
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(const PaneContext& context, QWidget* parent = nullptr);

    EvidenceModel* model() const { return m_model; }
    void setPriority(const QString& priorityId);
    void setReadOnly(bool readOnly);
    // Selects a row of the priority shown; false when it is not one of them.
    bool select(const QString& id);

signals:
    void messageChanged(const QString& message);

private:
    void add();
    void removeSelected();
    void openSelected();
    void updateButtons();

    PaneContext m_context;
    EvidenceModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_open;
    bool m_readOnly = false;
};
