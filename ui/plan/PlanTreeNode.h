// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanRoles.h"
#include "PlanTreeModel.h"

// A row of PlanTreeModel: what it shows (a priority, an action or a milestone, by id) and where
// it sits. Shared by the model's two source files only.
struct PlanTreeModel::Node
{
    int kind = PlanRoles::PriorityRow;
    QString id;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};
