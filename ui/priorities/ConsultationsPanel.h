// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PriorityRecordsPanel.h"

class ConsultationsModel;

// The consultations held on the selected priority, added, edited and removed through
// ConsultationDialog; each change is one undo step.
class ConsultationsPanel : public PriorityRecordsPanel
{
    Q_OBJECT

public:
    explicit ConsultationsPanel(const PaneContext& context, QWidget* parent = nullptr);

    ConsultationsModel* model() const { return m_model; }
    void setPriority(const QString& priorityId);

protected:
    bool showsPriority() const override;
    int rowOf(const QString& id) const override;

private:
    void add();
    void editSelected();
    void removeSelected();

    ConsultationsModel* m_model;
};
