// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Consultation.h"
#include "plan/PlanDocument.h"
#include "plan/Priority.h"
#include "plan/PriorityEvidence.h"
#include "storage/RecordMapping.h"

// The priorities document's kinds bound to their tables' columns, once (RecordMapping), kept
// apart from PlanRepository's rules as ActionRows is from ActionRepository's.
namespace PlanRows {

const RecordMapping<Priority>& priorityMapping();
const RecordMapping<PriorityEvidence>& evidenceMapping();
// A consultation's stakeholders are rows of consultation_stakeholder (LinkRows).
const RecordMapping<Consultation>& consultationMapping();
const RecordMapping<PlanDocument>& documentMapping();

} // namespace PlanRows
