// SPDX-License-Identifier: GPL-3.0-or-later
#include "AckLog.h"
#include "EditRecords.h"
#include "Operations.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>

#include <functional>
#include <iterator>
#include <type_traits>

namespace {

enum class Op
{
    Add,
    Update,
    Remove
};

QString opText(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral("add");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// Edits of the four kinds in EditRecords, each through its repository in one transaction,
// announced before it is written and acknowledged once committed. The pools follow what the
// file holds so that every edit is valid; ordered maps keep a seed's choices the same.
class EditLoop
{
public:
    EditLoop(Repositories& repositories, AckLog& log, quint32 seed)
        : m_repos(repositories), m_log(log), m_random(seed)
    {
    }

    bool start();
    bool edit(int number);
    QString error() const { return m_error; }

private:
    // Writes the record and returns its id.
    using Write = std::function<Result<QString>()>;
    bool record(int number, const QString& kind, Op op, const QString& id, const QString& parent,
                const Write& write);
    bool editStakeholder(int number, Op op);
    bool editContact(int number, Op op);
    bool editAnswer(int number, Op op);
    bool editAction(int number, Op op);
    template <typename Pool> QString pick(const Pool& pool);

    Repositories& m_repos;
    AckLog& m_log;
    QRandomGenerator m_random;
    QStringList m_stakeholders;
    QMap<QString, QString> m_contacts; // id -> stakeholder id
    QString m_roundId;
    QMap<QString, QString> m_answers; // id -> item id
    QStringList m_freeItems;          // items of the round with no answer yet
    QStringList m_priorities;
    QStringList m_actions;
    QString m_error;
};

template <typename Pool> QString EditLoop::pick(const Pool& pool)
{
    const auto index = qsizetype(m_random.bounded(quint32(pool.size())));
    if constexpr (std::is_same_v<Pool, QStringList>)
        return pool.at(index);
    else
        return *std::next(pool.keyBegin(), index);
}

bool EditLoop::start()
{
    for (const Stakeholder& s : m_repos.stakeholders().stakeholders())
        m_stakeholders << s.meta.id;
    for (const ContactPerson& c : m_repos.stakeholders().contacts())
        m_contacts.insert(c.meta.id, c.stakeholderId);
    const std::optional<AssessmentRound> round = m_repos.checklists().latestRound();
    if (!round) {
        m_error = QStringLiteral("the file has no assessment round to answer");
        return false;
    }
    m_roundId = round->meta.id;
    for (const Answer& a : m_repos.checklists().answers(m_roundId))
        m_answers.insert(a.meta.id, a.itemId);
    for (const ChecklistItem& item : m_repos.checklists().allItems(round->templateId)) {
        if (!item.isRetired() && !m_answers.values().contains(item.meta.id))
            m_freeItems << item.meta.id;
    }
    for (const Priority& p : m_repos.plan().priorities())
        m_priorities << p.meta.id;
    for (const Action& a : m_repos.actions().actions())
        m_actions << a.meta.id;
    if (m_priorities.isEmpty()) {
        m_error = QStringLiteral("the file has no priority to add actions to");
        return false;
    }
    return m_log.append(QStringLiteral("base stakeholders=%1 answers=%2 actions=%3 round=%4")
                            .arg(m_stakeholders.size())
                            .arg(m_answers.size())
                            .arg(m_actions.size())
                            .arg(m_roundId));
}

bool EditLoop::edit(int number)
{
    const quint32 roll = m_random.bounded(100u);
    const Op op = roll < 40 ? Op::Add : roll < 80 ? Op::Update : Op::Remove;
    switch (m_random.bounded(4u)) {
    case 0:
        return editStakeholder(number, op);
    case 1:
        return editContact(number, op);
    case 2:
        return editAnswer(number, op);
    default:
        return editAction(number, op);
    }
}

bool EditLoop::record(int number, const QString& kind, Op op, const QString& id,
                      const QString& parent, const Write& write)
{
    const QString what = QStringLiteral("%1 %2 %3").arg(kind, opText(op), orDash(parent));
    if (!m_log.append(QStringLiteral("try %1 %2 %3").arg(number).arg(orDash(id), what))) {
        m_error = QStringLiteral("cannot write the acknowledgement log");
        return false;
    }
    Result<QString> written = write();
    if (!written) {
        m_error = QStringLiteral("edit %1 (%2) failed: %3")
                      .arg(number)
                      .arg(what, written.error().message);
        return false;
    }
    if (!m_log.append(QStringLiteral("ack %1 %2 %3").arg(number).arg(written.value(), what))) {
        m_error = QStringLiteral("cannot write the acknowledgement log");
        return false;
    }
    return true;
}

template <typename T> Result<QString> idAfter(Result<T> result, const QString& id)
{
    if (!result)
        return result.error();
    return id;
}

bool EditLoop::editStakeholder(int number, Op op)
{
    StakeholderRepository& repo = m_repos.stakeholders();
    if (op == Op::Add || m_stakeholders.isEmpty()) {
        Stakeholder s;
        s.name = QStringLiteral("Crash stakeholder %1").arg(number);
        s.notes = EditRecords::mark(number);
        return record(number, EditRecords::stakeholder, Op::Add, {}, {}, [&]() -> Result<QString> {
            Result<void> r = repo.add(s);
            if (r)
                m_stakeholders << s.meta.id;
            return idAfter(r, s.meta.id);
        });
    }
    const QString id = pick(m_stakeholders);
    Stakeholder s = *repo.stakeholder(id);
    if (op == Op::Update) {
        s.notes = EditRecords::mark(number);
        return record(number, EditRecords::stakeholder, op, id, {},
                      [&] { return idAfter(repo.update(s), id); });
    }
    return record(number, EditRecords::stakeholder, op, id, {}, [&] {
        Result<RowSnapshot> r = repo.remove(s);
        if (r) {
            // Its contact persons went with it.
            m_stakeholders.removeOne(id);
            m_contacts.removeIf([&](auto it) { return it.value() == id; });
        }
        return idAfter(r, id);
    });
}

bool EditLoop::editContact(int number, Op op)
{
    StakeholderRepository& repo = m_repos.stakeholders();
    if (m_stakeholders.isEmpty())
        return editStakeholder(number, Op::Add);
    if (op == Op::Add || m_contacts.isEmpty()) {
        ContactPerson c;
        c.stakeholderId = pick(m_stakeholders);
        c.name = QStringLiteral("Crash contact %1").arg(number);
        c.role = EditRecords::mark(number);
        return record(number, EditRecords::contact, Op::Add, {}, c.stakeholderId,
                      [&]() -> Result<QString> {
                          Result<void> r = repo.add(c);
                          if (r)
                              m_contacts.insert(c.meta.id, c.stakeholderId);
                          return idAfter(r, c.meta.id);
                      });
    }
    const QString id = pick(m_contacts);
    ContactPerson c = *repo.contact(id);
    if (op == Op::Update) {
        c.role = EditRecords::mark(number);
        return record(number, EditRecords::contact, op, id, c.stakeholderId,
                      [&] { return idAfter(repo.update(c), id); });
    }
    return record(number, EditRecords::contact, op, id, c.stakeholderId, [&] {
        Result<RowSnapshot> r = repo.remove(c);
        if (r)
            m_contacts.remove(id);
        return idAfter(r, id);
    });
}

bool EditLoop::editAnswer(int number, Op op)
{
    ChecklistRepository& repo = m_repos.checklists();
    if ((op == Op::Add && !m_freeItems.isEmpty()) || m_answers.isEmpty()) {
        Answer a;
        a.roundId = m_roundId;
        a.itemId = m_freeItems.takeAt(qsizetype(m_random.bounded(quint32(m_freeItems.size()))));
        a.value = Answer::Value::Met;
        a.evidence = EditRecords::mark(number);
        return record(number, EditRecords::answer, Op::Add, {}, {}, [&]() -> Result<QString> {
            Result<void> r = repo.add(a);
            if (r)
                m_answers.insert(a.meta.id, a.itemId);
            return idAfter(r, a.meta.id);
        });
    }
    const QString id = pick(m_answers);
    Answer a = *repo.answer(id);
    if (op != Op::Remove) {
        a.evidence = EditRecords::mark(number);
        a.value = a.value == Answer::Value::Met ? Answer::Value::PartlyMet : Answer::Value::Met;
        return record(number, EditRecords::answer, Op::Update, id, {},
                      [&] { return idAfter(repo.update(a), id); });
    }
    return record(number, EditRecords::answer, op, id, {}, [&] {
        Result<RowSnapshot> r = repo.remove(a);
        if (r)
            m_freeItems << m_answers.take(id);
        return idAfter(r, id);
    });
}

bool EditLoop::editAction(int number, Op op)
{
    ActionRepository& repo = m_repos.actions();
    if (op == Op::Add || m_actions.isEmpty()) {
        Action a;
        a.priorityId = pick(m_priorities);
        a.title = EditRecords::mark(number);
        return record(number, EditRecords::action, Op::Add, {}, {}, [&]() -> Result<QString> {
            Result<void> r = repo.add(a);
            if (r)
                m_actions << a.meta.id;
            return idAfter(r, a.meta.id);
        });
    }
    const QString id = pick(m_actions);
    Action a = *repo.action(id);
    if (op == Op::Update) {
        a.title = EditRecords::mark(number);
        return record(number, EditRecords::action, op, id, {},
                      [&] { return idAfter(repo.update(a), id); });
    }
    return record(number, EditRecords::action, op, id, {}, [&] {
        Result<RowSnapshot> r = repo.remove(a);
        if (r)
            m_actions.removeOne(id);
        return idAfter(r, id);
    });
}

} // namespace

int Operations::runEdits(const QString& cityPath, int count, quint32 seed)
{
    QTextStream err(stderr);
    CityFile::OpenResult opened = CityFile::open(cityPath);
    if (!opened) {
        err << "edits: " << opened.error().message() << '\n';
        return 2;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repositories(*file);
    AckLog log(ackLogPath(cityPath));
    EditLoop loop(repositories, log, seed);
    bool ok = log.isOpen() && loop.start();
    for (int number = 1; ok && number <= count; ++number)
        ok = loop.edit(number);
    if (!ok) {
        err << "edits: " << (log.isOpen() ? loop.error() : QStringLiteral("no log")) << '\n';
        return 1;
    }
    return 0;
}
