// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRows.h"

namespace PlanRows {

using namespace RecordFields;

const RecordMapping<Priority>& priorityMapping()
{
    static const RecordMapping<Priority> mapping(
        "priority",
        {trimmed("title", &Priority::title), reference("theme_id", &Priority::themeId),
         field("rationale", &Priority::rationale), field("rank", &Priority::rank),
         enumeration("status", &Priority::status, Priority::toText,
                     [](const QString& text) {
                         return Priority::fromText(text).value_or(Priority::Status::Draft);
                     }),
         field("validated_on", &Priority::validatedOn), field("adopted_on", &Priority::adoptedOn),
         field("expected_outcome", &Priority::expectedOutcome)});
    return mapping;
}

const RecordMapping<PriorityEvidence>& evidenceMapping()
{
    static const RecordMapping<PriorityEvidence> mapping(
        "priority_evidence", {field("priority_id", &PriorityEvidence::priorityId),
                              reference("item_id", &PriorityEvidence::itemId),
                              reference("figure_id", &PriorityEvidence::figureId),
                              field("note", &PriorityEvidence::note)});
    return mapping;
}

const RecordMapping<Consultation>& consultationMapping()
{
    static const RecordMapping<Consultation> mapping(
        "consultation",
        {field("priority_id", &Consultation::priorityId), field("date", &Consultation::date),
         reference("meeting_id", &Consultation::meetingId),
         field("participants", &Consultation::participants),
         field("summary", &Consultation::summary)});
    return mapping;
}

const RecordMapping<PlanDocument>& documentMapping()
{
    static const RecordMapping<PlanDocument> mapping(
        "plan_document",
        {field("title", &PlanDocument::title), field("introduction", &PlanDocument::introduction),
         field("method", &PlanDocument::method), field("adopted_on", &PlanDocument::adoptedOn)});
    return mapping;
}

} // namespace PlanRows
