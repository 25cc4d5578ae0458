// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PriorityRecordsPanel.h"

class EvidenceModel;

// The selected priority's evidence with Add (a picker of checklist items and figures), Remove
// and Open (the item or figure where it lives, through the window's RecordNavigator). A
// double-click on a note edits it in place; anywhere else on the row it opens the record.
class EvidencePanel : public PriorityRecordsPanel
{
    Q_OBJECT

public:
    explicit EvidencePanel(const PaneContext& context, QWidget* parent = nullptr);

    EvidenceModel* model() const { return m_model; }
    void setPriority(const QString& priorityId);
    void setReadOnly(bool readOnly) override;

protected:
    bool showsPriority() const override;
    int rowOf(const QString& id) const override;

private:
    void add();
    void removeSelected();
    void openSelected();

    EvidenceModel* m_model;
};
