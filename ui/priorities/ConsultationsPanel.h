// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

class ConsultationsModel;
class QPushButton;
class QTableView;

// The consultations held on the selected priority, added, edited and removed through
// ConsultationDialog; each change is one undo step.
class ConsultationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationsPanel(const PaneContext& context, QWidget* parent = nullptr);

    ConsultationsModel* model() const { return m_model; }
    void setPriority(const QString& priorityId);
    void setReadOnly(bool readOnly);
    // Selects a row of the priority shown; false when it is not one of them.
    bool select(const QString& id);

signals:
    void messageChanged(const QString& message);

private:
    void add();
    void editSelected();
    void removeSelected();
    void updateButtons();
    int selectedRow() const;

    PaneContext m_context;
    ConsultationsModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    bool m_readOnly = false;
};
