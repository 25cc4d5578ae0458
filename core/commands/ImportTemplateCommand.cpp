// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTemplateCommand.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "storage/RecordStore.h"

#include <QSet>

namespace {

template <typename T> QSet<QString> idsOf(const QList<T>& records)
{
    QSet<QString> ids;
    for (const T& r : records)
        ids.insert(r.meta.id);
    return ids;
}

// Whether writing `wanted` over `stored` would change anything but the time stamp.
template <typename T> bool differs(T wanted, const T& stored)
{
    wanted.meta = stored.meta;
    return !(wanted == stored);
}

} // namespace

ImportTemplateCommand::ImportTemplateCommand(CityFile* file, Repositories& repos,
                                             TemplateDocument doc, const QString& text,
                                             const QDate& today, QUndoCommand* parent)
    : EditCommand(file, text, parent), m_repos(repos), m_doc(std::move(doc)), m_today(today)
{
}

ImportTemplateCommand::State ImportTemplateCommand::capture(const QString& templateId) const
{
    ChecklistRepository& repo = m_repos.checklists();
    State state;
    state.checklist = repo.checklistTemplate(templateId).value_or(ChecklistTemplate());
    state.areas = repo.areas(templateId);
    state.items = repo.allItems(templateId);
    return state;
}

void ImportTemplateCommand::redo()
{
    if (!m_installed) {
        check(install());
        return;
    }
    if (!m_before) {
        // A new checklist: put back the very records undo took away.
        if (!m_removed.isEmpty() && check(m_repos.checklists().restore(m_removed.first())))
            m_removed.clear();
        return;
    }
    check(m_repos.store().inTransaction([this] { return redoUpgrade(); }));
}

void ImportTemplateCommand::undo()
{
    if (!m_before) {
        Result<RowSnapshot> snap = m_repos.checklists().remove(m_after.checklist);
        if (snap)
            m_removed = {snap.take()};
        else
            check(snap.error());
        return;
    }
    check(m_repos.store().inTransaction([this] { return undoUpgrade(); }));
}

Result<void> ImportTemplateCommand::install()
{
    if (std::optional<ChecklistTemplate> stored = m_repos.checklists().templateByKey(m_doc.key))
        m_before = capture(stored->meta.id);
    Result<QString> id = TemplateInstaller(m_repos).install(m_doc, false, {}, m_today);
    if (!id) {
        m_before.reset();
        return id.error();
    }
    m_templateId = id.value();
    m_after = capture(m_templateId);
    m_installed = true;
    return {};
}

Result<void> ImportTemplateCommand::undoUpgrade()
{
    ChecklistRepository& repo = m_repos.checklists();
    const QSet<QString> keptItems = idsOf(m_before->items);
    const QSet<QString> keptAreas = idsOf(m_before->areas);
    QList<RowSnapshot> removed;
    // Items before areas, so that each snapshot holds one record and redo restores it alone.
    for (const ChecklistItem& item : std::as_const(m_after.items)) {
        if (keptItems.contains(item.meta.id))
            continue;
        Result<RowSnapshot> snap = repo.remove(item);
        if (!snap)
            return snap.error();
        removed.prepend(snap.take());
    }
    for (const ChecklistArea& area : std::as_const(m_after.areas)) {
        if (keptAreas.contains(area.meta.id))
            continue;
        Result<RowSnapshot> snap = repo.remove(area);
        if (!snap)
            return snap.error();
        removed.prepend(snap.take());
    }
    if (Result<void> r = writeState(*m_before); !r)
        return r;
    m_removed = removed;
    return {};
}

Result<void> ImportTemplateCommand::redoUpgrade()
{
    for (const RowSnapshot& snap : std::as_const(m_removed)) {
        if (Result<void> r = m_repos.checklists().restore(snap); !r)
            return r;
    }
    if (Result<void> r = writeState(m_after); !r)
        return r;
    m_removed.clear();
    return {};
}

Result<void> ImportTemplateCommand::writeState(const State& state)
{
    ChecklistRepository& repo = m_repos.checklists();
    const State current = capture(m_templateId);
    if (differs(state.checklist, current.checklist)) {
        ChecklistTemplate t = state.checklist;
        if (Result<void> r = repo.update(t); !r)
            return r;
    }
    for (ChecklistArea area : state.areas) {
        const auto stored = std::find_if(current.areas.cbegin(), current.areas.cend(),
                                         [&](const auto& a) { return a.meta.id == area.meta.id; });
        if (stored != current.areas.cend() && !differs(area, *stored))
            continue;
        if (Result<void> r = repo.update(area); !r)
            return r;
    }
    for (ChecklistItem item : state.items) {
        const auto stored = std::find_if(current.items.cbegin(), current.items.cend(),
                                         [&](const auto& i) { return i.meta.id == item.meta.id; });
        if (stored != current.items.cend() && !differs(item, *stored))
            continue;
        if (Result<void> r = repo.update(item); !r)
            return r;
    }
    return {};
}
