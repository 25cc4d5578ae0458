// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupEdits.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "shell/FileEdits.h"
#include "stakeholders/GroupRepository.h"

using EditMeeting = EditRecordCommand<GroupRepository, GroupMeeting>;

QString GroupEdits::editMeeting(const PaneContext& context, const GroupMeeting& before,
                                const GroupMeeting& after, const QString& text)
{
    GroupRepository& group = context.repositories.group();
    if (std::optional<Error> e = group.validate(after))
        return e->message;
    if (after == before)
        return {};
    return FileEdits::push(context, {new EditMeeting(&context.file, group, before, after, text)});
}
