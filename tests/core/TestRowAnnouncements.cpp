// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

// Every row a delete takes or changes is announced by the repository that owns it, whichever
// repository removed it (a cascade, the undo of an insert), and comes back announced by it on
// undo: children before parents on removal, parents before children on restore.
class TestRowAnnouncements : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    QStringList m_log; // "signal id", in the order emitted

    Repositories& repos() { return m_city->repositories(); }

    // A record written straight through the store, so that each test builds exactly the rows
    // it needs. Empty on failure.
    QString insert(const char* table, const QList<RecordStore::Column>& columns)
    {
        RecordMeta meta;
        return repos().store().insertOne(table, meta, columns) ? meta.id : QString();
    }

    template <typename Sender, typename Signal>
    void logRemoved(Sender* sender, Signal signal, const QString& name)
    {
        connect(sender, signal, this,
                [this, name](const QString& id) { m_log << name + ' ' + id; });
    }

    template <typename Sender, typename T>
    void logRecord(Sender* sender, void (Sender::*signal)(const T&), const QString& name)
    {
        connect(sender, signal, this,
                [this, name](const T& record) { m_log << name + ' ' + record.meta.id; });
    }

    void listen()
    {
        PlanRepository* plan = &repos().plan();
        logRemoved(plan, &PlanRepository::evidenceRemoved, QStringLiteral("evidenceRemoved"));
        logRecord(plan, &PlanRepository::evidenceAdded, QStringLiteral("evidenceAdded"));
        logRecord(plan, &PlanRepository::priorityUpdated, QStringLiteral("priorityUpdated"));
        logRecord(plan, &PlanRepository::consultationUpdated,
                  QStringLiteral("consultationUpdated"));
        ChecklistRepository* lists = &repos().checklists();
        logRemoved(lists, &ChecklistRepository::itemRemoved, QStringLiteral("itemRemoved"));
        logRecord(lists, &ChecklistRepository::itemAdded, QStringLiteral("itemAdded"));
        logRecord(lists, &ChecklistRepository::areaUpdated, QStringLiteral("areaUpdated"));
        logRecord(lists, &ChecklistRepository::itemUpdated, QStringLiteral("itemUpdated"));
        logRecord(lists, &ChecklistRepository::roundUpdated, QStringLiteral("roundUpdated"));
        GroupRepository* group = &repos().group();
        logRemoved(group, &GroupRepository::memberRemoved, QStringLiteral("memberRemoved"));
        logRecord(group, &GroupRepository::memberAdded, QStringLiteral("memberAdded"));
        logRecord(group, &GroupRepository::meetingUpdated, QStringLiteral("meetingUpdated"));
        logRecord(&repos().actions(), &ActionRepository::actionUpdated,
                  QStringLiteral("actionUpdated"));
        StakeholderRepository* people = &repos().stakeholders();
        logRemoved(people, &StakeholderRepository::stakeholderRemoved,
                   QStringLiteral("stakeholderRemoved"));
        logRecord(people, &StakeholderRepository::stakeholderAdded,
                  QStringLiteral("stakeholderAdded"));
        logRecord(people, &StakeholderRepository::stakeholderUpdated,
                  QStringLiteral("stakeholderUpdated"));
        ProfileRepository* profile = &repos().profile();
        logRemoved(profile, &ProfileRepository::figureRemoved, QStringLiteral("figureRemoved"));
        logRecord(profile, &ProfileRepository::figureAdded, QStringLiteral("figureAdded"));
        logRecord(profile, &ProfileRepository::figureUpdated, QStringLiteral("figureUpdated"));
        ThemeRepository* themes = &repos().themes();
        logRemoved(themes, &ThemeRepository::themeRemoved, QStringLiteral("themeRemoved"));
        logRecord(themes, &ThemeRepository::themeAdded, QStringLiteral("themeAdded"));
    }

    QString addItem(const QString& themeId = {})
    {
        const QString templ = insert("checklist_template", {{"template_key", QStringLiteral("t")},
                                                            {"title", QStringLiteral("Access")}});
        const QString area = insert("checklist_area", {{"template_id", templ},
                                                       {"area_key", QStringLiteral("health")},
                                                       {"title", QStringLiteral("Health")},
                                                       {"theme_id", orNull(themeId)}});
        return insert("checklist_item", {{"area_id", area},
                                         {"item_key", QStringLiteral("interpreters")},
                                         {"statement", QStringLiteral("Interpreters")},
                                         {"theme_id", orNull(themeId)}});
    }

    static QVariant orNull(const QString& id) { return id.isEmpty() ? QVariant() : id; }

    // Whether every entry of first comes before every entry of then in the log.
    bool before(const QStringList& first, const QStringList& then) const
    {
        for (const QString& a : first) {
            for (const QString& b : then) {
                if (!m_log.contains(a) || !m_log.contains(b) || m_log.indexOf(a) > m_log.indexOf(b))
                    return false;
            }
        }
        return true;
    }

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Tangier"), QStringLiteral("en"),
                                  CitySeeder::Checklists::None);
        QVERIFY(m_city);
        m_log.clear();
    }

    void cleanup() { m_city.reset(); }

    void checklistItemTakesItsEvidence()
    {
        const QString item = addItem();
        const QString priority = insert("priority", {{"title", QStringLiteral("Interpreting")}});
        const QString first =
            insert("priority_evidence", {{"priority_id", priority}, {"item_id", item}});
        const QString second =
            insert("priority_evidence", {{"priority_id", priority},
                                         {"item_id", item},
                                         {"note", QStringLiteral("second round")}});
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        listen();

        Result<RowSnapshot> snap = repos().checklists().remove(*repos().checklists().item(item));
        QVERIFY(snap);
        QCOMPARE(snap.value().count(QStringLiteral("priority_evidence")), 2);
        QCOMPARE(m_log.size(), 3);
        QVERIFY(before({"evidenceRemoved " + first, "evidenceRemoved " + second},
                       {"itemRemoved " + item}));
        QVERIFY(repos().plan().evidence(priority).isEmpty());

        m_log.clear();
        QVERIFY(repos().checklists().restore(snap.value()));
        QCOMPARE(m_log.size(), 3);
        QVERIFY(
            before({"itemAdded " + item}, {"evidenceAdded " + first, "evidenceAdded " + second}));
        QCOMPARE(repos().plan().evidence(priority).size(), 2);
    }

    void undoingAnInsertAnnouncesWhatWentWithIt()
    {
        // The figure is added by an undoable command; evidence then rests on it. Undoing the
        // addition removes the figure and, by cascade, the evidence: the plan announces it.
        ProfileFigure figure;
        figure.label = QStringLiteral("Foreign-born residents");
        figure.value = 12400;
        figure.year = 2023;
        m_city->undoStack().push(new AddRecordCommand<ProfileRepository, ProfileFigure>(
            &m_city->file(), repos().profile(), figure, QStringLiteral("Add figure")));
        const QList<ProfileFigure> figures = repos().profile().figures();
        QCOMPARE(figures.size(), 1);
        const QString figureId = figures.first().meta.id;
        const QString priority = insert("priority", {{"title", QStringLiteral("Housing")}});
        const QString evidence =
            insert("priority_evidence", {{"priority_id", priority}, {"figure_id", figureId}});
        QVERIFY(!evidence.isEmpty());
        listen();

        m_city->undoStack().undo();
        QCOMPARE(m_log, QStringList({"evidenceRemoved " + evidence, "figureRemoved " + figureId}));
        m_log.clear();
        m_city->undoStack().redo();
        QCOMPARE(m_log, QStringList({"figureAdded " + figureId, "evidenceAdded " + evidence}));
        QCOMPARE(repos().plan().evidence(priority).size(), 1);
    }

    void stakeholderTakesAndClearsRowsOfOtherRepositories()
    {
        const QString s = insert("stakeholder", {{"name", QStringLiteral("Red Crescent")},
                                                 {"name_key", QStringLiteral("red crescent")},
                                                 {"kind", QStringLiteral("ngo")}});
        const QString member = insert("group_member", {{"stakeholder_id", s}});
        const QString meeting = insert("group_meeting", {{"date", QStringLiteral("2026-01-10")}});
        insert("meeting_attendance", {{"meeting_id", meeting}, {"member_id", member}});
        const QString templ = insert("checklist_template", {{"template_key", QStringLiteral("t")},
                                                            {"title", QStringLiteral("Access")}});
        const QString round = insert("assessment_round", {{"template_id", templ},
                                                          {"label", QStringLiteral("2026")},
                                                          {"held_on", QStringLiteral("2026-02-01")},
                                                          {"template_version", 1}});
        insert("round_participant", {{"round_id", round}, {"stakeholder_id", s}});
        const QString priority = insert("priority", {{"title", QStringLiteral("Housing")}});
        const QString consultation = insert(
            "consultation", {{"priority_id", priority}, {"date", QStringLiteral("2026-03-01")}});
        insert("consultation_stakeholder",
               {{"consultation_id", consultation}, {"stakeholder_id", s}});
        const QString led =
            insert("action",
                   {{"priority_id", priority}, {"title", QStringLiteral("Desk")}, {"lead_id", s}});
        const QString partnered =
            insert("action", {{"priority_id", priority}, {"title", QStringLiteral("Guide")}});
        QVERIFY(
            !insert("action_partner", {{"action_id", partnered}, {"stakeholder_id", s}}).isEmpty());
        listen();

        Result<RowSnapshot> snap =
            repos().stakeholders().remove(*repos().stakeholders().stakeholder(s));
        QVERIFY(snap);
        const QStringList others = {
            "memberRemoved " + member, "meetingUpdated " + meeting,
            "roundUpdated " + round,   "consultationUpdated " + consultation,
            "actionUpdated " + led,    "actionUpdated " + partnered};
        QVERIFY2(before(others, {"stakeholderRemoved " + s}), qPrintable(m_log.join(", ")));
        QCOMPARE(m_log.size(), others.size() + 1);
        QVERIFY(repos().plan().consultation(consultation)->stakeholderIds.isEmpty());

        m_log.clear();
        QVERIFY(repos().stakeholders().restore(snap.value()));
        QStringList back = others;
        back.replace(0, "memberAdded " + member);
        QVERIFY2(before({"stakeholderAdded " + s}, back), qPrintable(m_log.join(", ")));
        QCOMPARE(m_log.size(), back.size() + 1);
        QCOMPARE(repos().plan().consultation(consultation)->stakeholderIds, QStringList{s});
        QCOMPARE(repos().actions().action(partnered)->partnerIds, QStringList{s});
    }

    void themeRemovalAnnouncesTheRecordsItClears()
    {
        const QString theme = insert("theme", {{"name", QStringLiteral("Housing")}});
        ProfileFigure figure;
        figure.label = QStringLiteral("Households");
        figure.value = 10;
        figure.year = 2024;
        figure.themeId = theme;
        QVERIFY(repos().profile().add(figure));
        const QString item = addItem(theme);
        const QString priority =
            insert("priority", {{"title", QStringLiteral("Housing")}, {"theme_id", theme}});
        const QString s = insert("stakeholder", {{"name", QStringLiteral("Habitat")},
                                                 {"name_key", QStringLiteral("habitat")},
                                                 {"kind", QStringLiteral("ngo")}});
        insert("stakeholder_theme", {{"stakeholder_id", s}, {"theme_id", theme}});
        const QString area = repos().checklists().item(item)->areaId;
        listen();

        Result<RowSnapshot> snap = repos().themes().remove(*repos().themes().theme(theme));
        QVERIFY(snap);
        const QStringList changed = {"figureUpdated " + figure.meta.id, "areaUpdated " + area,
                                     "itemUpdated " + item, "priorityUpdated " + priority,
                                     "stakeholderUpdated " + s};
        QVERIFY2(before(changed, {"themeRemoved " + theme}), qPrintable(m_log.join(", ")));
        QCOMPARE(m_log.size(), changed.size() + 1);
        QVERIFY(repos().profile().figures().first().themeId.isEmpty());

        m_log.clear();
        QVERIFY(repos().themes().restore(snap.value()));
        QVERIFY2(before({"themeAdded " + theme}, changed), qPrintable(m_log.join(", ")));
        QCOMPARE(repos().profile().figures().first().themeId, theme);
    }
};

QTEST_GUILESS_MAIN(TestRowAnnouncements)
#include "TestRowAnnouncements.moc"
