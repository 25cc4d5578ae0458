// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeTesting.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "commands/MergeCommand.h"
#include "common/RecordMeta.h"
#include "merge/MergeApplier.h"
#include "merge/MergePlanner.h"
#include "merge/MergeSource.h"
#include "merge/MergeSourceFile.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace MergeTesting;
using Outcome = MergeRecord::Outcome;

// What a merge takes of each kind of record (themes mapped, stakeholders without anything
// personal, checklists only when new), from a file of the previous format version too; undo puts
// back every byte of what it touched, and a failure half-way changes nothing.
class TestPartnerMergeKinds : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_mine;
    std::unique_ptr<TestCity> m_partner;

    QSqlDatabase mine() { return m_mine->file().database(); }
    QSqlDatabase theirs() { return m_partner->file().database(); }

    static MergeSelection only(const char* what)
    {
        return *MergeSelection::parse(QLatin1String(what));
    }

    Result<MergeChanges> merge(QSqlDatabase from, const MergeSelection& selection,
                               const MergeDecisions& decisions = {})
    {
        Result<MergePlan> p = plan(*m_mine, from, selection);
        if (!p)
            return p.error();
        return MergeCommand::execute(m_mine->undoStack(), m_mine->repositories().store(), p.value(),
                                     decisions);
    }

    QVariant value(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(mine());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    QString addStakeholder(QSqlDatabase db, const QString& name, const QString& notes,
                           bool privateNotes)
    {
        const QString id = RecordMeta::newId();
        const QString now = RecordMeta::toText(RecordMeta::now());
        exec(db,
             QStringLiteral("INSERT INTO stakeholder (id, created_at, updated_at, origin_city, "
                            "name, name_key, kind, influence, notes, notes_private, network_x) "
                            "VALUES (?, ?, ?, ?, ?, ?, 'ngo', 5, ?, ?, 12.5)"),
             {id, now, now, cityIdOf(db), name, name.toLower(), notes, privateNotes ? 1 : 0});
        exec(db,
             QStringLiteral("INSERT INTO contact_person (id, created_at, updated_at, origin_city, "
                            "stakeholder_id, name, email) VALUES (?, ?, ?, ?, ?, 'Ana', "
                            "'ana@example.org')"),
             {RecordMeta::newId(), now, now, cityIdOf(db), id});
        return id;
    }

private slots:
    void init()
    {
        m_mine = TestCity::create(QStringLiteral("Tangier"));
        m_partner = TestCity::create(QStringLiteral("Mechelen"));
    }
    void cleanup()
    {
        m_mine.reset();
        m_partner.reset();
    }

    void themesAreMappedByIdThenNameElseCleared()
    {
        const QString shared = addTheme(mine(), QStringLiteral("Shared theme"));
        addTheme(theirs(), QStringLiteral("Shared theme"), shared);
        const QString housingMine = addTheme(mine(), QStringLiteral("Logement  social"));
        const QString housingTheirs = addTheme(theirs(), QStringLiteral("logement social"));
        const QString onlyTheirs = addTheme(theirs(), QStringLiteral("Only theirs"));
        const QString a = addPractice(theirs(), QStringLiteral("A"), shared);
        const QString b = addPractice(theirs(), QStringLiteral("B"), housingTheirs);
        const QString c = addPractice(theirs(), QStringLiteral("C"), onlyTheirs);
        QVERIFY(merge(theirs(), only("practices")).ok());
        const QString theme = QStringLiteral("SELECT theme_id FROM good_practice WHERE id = ?");
        QCOMPARE(value(theme, {a}).toString(), shared);
        QCOMPARE(value(theme, {b}).toString(), housingMine);
        QVERIFY(value(theme, {c}).isNull());
        // No theme of the partner's is made here.
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM theme WHERE id = ?"), {onlyTheirs}).toInt(),
            0);
    }

    void stakeholdersComeWithoutAnythingPersonal()
    {
        const QString open = addStakeholder(theirs(), QStringLiteral("Red Cross"),
                                            QStringLiteral("Runs the shelter"), false);
        const QString hidden = addStakeholder(theirs(), QStringLiteral("Caritas"),
                                              QStringLiteral("Director is ill"), true);
        Result<MergeChanges> done = merge(theirs(), only("stakeholders"));
        QVERIFY(done.ok());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM contact_person")).toInt(), 0);
        const QString notes = QStringLiteral("SELECT notes FROM stakeholder WHERE id = ?");
        QCOMPARE(value(notes, {open}).toString(), QStringLiteral("Runs the shelter"));
        QCOMPARE(value(notes, {hidden}).toString(), QString());
        // A reference record: the partner's city of origin, its name key made here.
        QCOMPARE(value(QStringLiteral("SELECT origin_city FROM stakeholder WHERE id = ?"), {open})
                     .toString(),
                 cityIdOf(theirs()));
        QCOMPARE(value(QStringLiteral("SELECT name_key FROM stakeholder WHERE id = ?"), {open})
                     .toString(),
                 QStringLiteral("red cross"));
        QVERIFY(value(QStringLiteral("SELECT network_x FROM stakeholder WHERE id = ?"), {open})
                    .isNull());
        // The private notes do not reach the base's hash either: changing them there is no
        // change here.
        edit(theirs(), QStringLiteral("stakeholder"), hidden, QStringLiteral("notes"),
             QStringLiteral("Director is back"));
        Result<MergePlan> again = plan(*m_mine, theirs(), only("stakeholders"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().count(Outcome::Unchanged), 2);
    }

    void stakeholderOfTheSameNameIsSkipped()
    {
        m_mine->addBareStakeholder(QStringLiteral("red cross"));
        addStakeholder(theirs(), QStringLiteral("Red Cross"), QStringLiteral(""), false);
        Result<MergePlan> p = plan(*m_mine, theirs(), only("stakeholders"));
        QVERIFY(p.ok());
        QCOMPARE(p.value().count(Outcome::Skipped), 1);
        QVERIFY(!p.value().records.first().reason.isEmpty());
        QVERIFY(merge(theirs(), only("stakeholders")).ok());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM stakeholder")).toInt(), 1);
    }

    void removedStakeholderComesBackWithWhatHungOnIt()
    {
        const QString id =
            addStakeholder(theirs(), QStringLiteral("Red Cross"), QStringLiteral("n"), false);
        QVERIFY(merge(theirs(), only("stakeholders")).ok());
        // The officer's own contact person on the reference record.
        const QString now = RecordMeta::toText(RecordMeta::now());
        exec(mine(),
             QStringLiteral("INSERT INTO contact_person (id, created_at, updated_at, origin_city, "
                            "stakeholder_id, name) VALUES (?, ?, ?, ?, ?, 'Bo')"),
             {RecordMeta::newId(), now, now, m_mine->file().cityId(), id});
        exec(theirs(), QStringLiteral("DELETE FROM stakeholder WHERE id = ?"), {id});
        const QStringList before = dump(mine(), touchedTables());
        MergeDecisions decisions;
        decisions.remove.insert(MergeState::key(QStringLiteral("stakeholder"), id));
        QVERIFY(merge(theirs(), only("stakeholders"), decisions).ok());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM contact_person")).toInt(), 0);
        m_mine->undoStack().undo();
        QCOMPARE(dump(mine(), touchedTables()), before);
    }

    void exchangesLeaveParticipantsBehind()
    {
        const QString id = RecordMeta::newId();
        const QString now = RecordMeta::toText(RecordMeta::now());
        exec(theirs(),
             QStringLiteral("INSERT INTO exchange (id, created_at, updated_at, origin_city, kind, "
                            "title, start_date, participants, lessons) VALUES (?, ?, ?, ?, "
                            "'study_visit', 'Visit to Lyon', '2026-03-02', 'Ana, Bo', 'Go early')"),
             {id, now, now, cityIdOf(theirs())});
        QVERIFY(merge(theirs(), only("exchanges")).ok());
        QCOMPARE(
            value(QStringLiteral("SELECT lessons FROM exchange WHERE id = ?"), {id}).toString(),
            QStringLiteral("Go early"));
        QCOMPARE(value(QStringLiteral("SELECT participants FROM exchange WHERE id = ?"), {id})
                     .toString(),
                 QString());
    }

    void checklistsAreTakenOnlyWhenNew()
    {
        const QString now = RecordMeta::toText(RecordMeta::now());
        const QString t = RecordMeta::newId();
        const QString area = RecordMeta::newId();
        const QString item = RecordMeta::newId();
        const QString origin = cityIdOf(theirs());
        exec(theirs(),
             QStringLiteral("INSERT INTO checklist_template (id, created_at, updated_at, "
                            "origin_city, template_key, title) VALUES (?, ?, ?, ?, 'mechelen-"
                            "housing', 'Housing access')"),
             {t, now, now, origin});
        exec(theirs(),
             QStringLiteral("INSERT INTO checklist_area (id, created_at, updated_at, origin_city, "
                            "template_id, area_key, title) VALUES (?, ?, ?, ?, ?, 'a', 'Area')"),
             {area, now, now, origin, t});
        exec(theirs(),
             QStringLiteral("INSERT INTO checklist_item (id, created_at, updated_at, origin_city, "
                            "area_id, item_key, statement) VALUES (?, ?, ?, ?, ?, 'i', 'Item')"),
             {item, now, now, origin, area});
        Result<MergePlan> p = plan(*m_mine, theirs(), only("templates"));
        QVERIFY(p.ok());
        QCOMPARE(p.value().count(Outcome::Added), 1);
        // The built-in checklist, which both files hold under ids of their own, is held.
        QCOMPARE(p.value().count(Outcome::Skipped), 0);
        QCOMPARE(p.value().count(Outcome::Unchanged), p.value().records.size() - 1);
        QVERIFY(merge(theirs(), only("templates")).ok());
        QCOMPARE(value(QStringLiteral("SELECT area_id FROM checklist_item WHERE id = ?"), {item})
                     .toString(),
                 area);
        // The partner's later version of it changes nothing here.
        edit(theirs(), QStringLiteral("checklist_template"), t, QStringLiteral("title"),
             QStringLiteral("Housing access, revised"));
        Result<MergePlan> again = plan(*m_mine, theirs(), only("templates"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().count(Outcome::Added), 0);
        QCOMPARE(again.value().count(Outcome::Updated), 0);
        QCOMPARE(again.value().count(Outcome::Conflict), 0);
    }

    void fileOfThePreviousVersionMerges()
    {
        // A version-2 file: no good_practice.tags, no partner contact columns.
        QTemporaryDir dir;
        const QString connection = QStringLiteral("v2partner");
        {
            QSqlDatabase v2 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            v2.setDatabaseName(dir.filePath(QStringLiteral("v2.passerelle")));
            QVERIFY(v2.open());
            QVERIFY(v2.transaction());
            QVERIFY(Schema::createAt(v2, 2).ok());
            const QString city = RecordMeta::newId();
            const QString now = RecordMeta::toText(RecordMeta::now());
            exec(v2,
                 QStringLiteral("INSERT INTO city (id, created_at, updated_at, origin_city, name) "
                                "VALUES (?, ?, ?, ?, 'Oldtown')"),
                 {city, now, now, city});
            QVERIFY(v2.commit());
            const QString a = addPractice(v2, QStringLiteral("From an older file"));
            Result<MergeChanges> done = merge(v2, MergeSelection{});
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
            QCOMPARE(value(QStringLiteral("SELECT tags FROM good_practice WHERE id = ?"), {a})
                         .toString(),
                     QString());
            Result<MergePlan> again = plan(*m_mine, v2, MergeSelection{});
            QVERIFY(again.ok());
            QCOMPARE(again.value().count(Outcome::Unchanged), again.value().records.size());
            v2.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void olderFileIsReadFromACopy()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        const QByteArray before = TestFiles::hash(path);
        Result<std::unique_ptr<MergeSourceFile>> source = MergeSourceFile::open(path);
        QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
        QVERIFY(MergeSource::open(source.value()->database()).ok());
        source.value().reset();
        QCOMPARE(TestFiles::hash(path), before);
    }

    void ownFileIsRefused()
    {
        Result<MergePlan> p = plan(*m_mine, mine(), MergeSelection{});
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QStringLiteral("own")));
    }

    void undoPutsBackEveryByteAndRedoTheSame()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Changed there"));
        const QString b = addPractice(theirs(), QStringLiteral("Deleted there"));
        const QString c = addPractice(theirs(), QStringLiteral("Conflict"));
        addStakeholder(theirs(), QStringLiteral("Red Cross"), QStringLiteral("n"), false);
        QVERIFY(merge(theirs(), MergeSelection{}).ok());
        edit(theirs(), QStringLiteral("good_practice"), a, QStringLiteral("title"),
             QStringLiteral("Changed there, v2"));
        exec(theirs(), QStringLiteral("DELETE FROM good_practice WHERE id = ?"), {b});
        edit(theirs(), QStringLiteral("good_practice"), c, QStringLiteral("title"),
             QStringLiteral("Theirs"));
        edit(mine(), QStringLiteral("good_practice"), c, QStringLiteral("title"),
             QStringLiteral("Mine"));
        addPractice(theirs(), QStringLiteral("New there"));
        const QStringList before = dump(mine(), touchedTables());
        MergeDecisions decisions;
        decisions.remove.insert(MergeState::key(QStringLiteral("good_practice"), b));
        decisions.takeTheirs.insert(MergeState::key(QStringLiteral("good_practice"), c));
        QVERIFY(merge(theirs(), MergeSelection{}, decisions).ok());
        const QStringList after = dump(mine(), touchedTables());
        QVERIFY(after != before);
        m_mine->undoStack().undo();
        QCOMPARE(dump(mine(), touchedTables()), before);
        m_mine->undoStack().redo();
        QCOMPARE(dump(mine(), touchedTables()), after);
    }

    void failureHalfWayChangesNothing()
    {
        addPractice(theirs(), QStringLiteral("One"));
        addPractice(theirs(), QStringLiteral("Two"));
        const QStringList before = dump(mine(), touchedTables());
        // The last write of a merge is its base: refused, after every record was written.
        exec(mine(), QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.merge_base "
                                    "BEGIN SELECT RAISE(ABORT, 'disk is full'); END"));
        Result<MergeChanges> done = merge(theirs(), MergeSelection{});
        exec(mine(), QStringLiteral("DROP TRIGGER temp.refuse"));
        QVERIFY(!done.ok());
        QVERIFY(done.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(dump(mine(), touchedTables()), before);
        QCOMPARE(m_mine->undoStack().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPartnerMergeKinds)
#include "TestPartnerMergeKinds.moc"
