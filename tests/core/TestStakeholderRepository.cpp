// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "StakeholderRecords.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "common/TextFolding.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace StakeholderRecords;

// The actor map's repository, for the stakeholders themselves: every field survives the file
// unchanged, the table's readings match the records, every rule refuses bad input before a byte
// is written, every change is announced with the record as stored, and a read-only file takes
// no write. Contact persons, relations and engagements: TestStakeholderChildren; removal and
// undo: TestStakeholderRemoval.
class TestStakeholderRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }

    void cleanup() { m_city.reset(); }

    void enumerationsRoundTripAsText()
    {
        for (Stakeholder::Kind k : Stakeholder::allKinds()) {
            QCOMPARE(Stakeholder::kindFromText(Stakeholder::toText(k)), k);
            QVERIFY(!Stakeholder::label(k).isEmpty());
        }
        QCOMPARE(Stakeholder::allKinds().size(), 9);
        QCOMPARE(Stakeholder::toText(Stakeholder::Kind::Ngo), QStringLiteral("ngo"));
        for (Stakeholder::Level l : Stakeholder::allLevels())
            QCOMPARE(Stakeholder::levelFromText(Stakeholder::toText(l)), l);
        for (Stakeholder::Stance s : Stakeholder::allStances())
            QCOMPARE(Stakeholder::stanceFromText(Stakeholder::toText(s)), s);
        for (StakeholderRelation::Kind k : StakeholderRelation::allKinds())
            QCOMPARE(StakeholderRelation::kindFromText(StakeholderRelation::toText(k)), k);
        for (Engagement::Kind k : Engagement::allKinds())
            QCOMPARE(Engagement::kindFromText(Engagement::toText(k)), k);
        QVERIFY(!Stakeholder::kindFromText(QStringLiteral("bank")));
        QVERIFY(!StakeholderRelation::kindFromText(QString()));
        QCOMPARE(Engagement::label(Engagement::Kind::Call), QStringLiteral("Phone call"));
    }

    void stakeholderRoundTrip()
    {
        const QStringList themes = themeIds(m_city->repositories());
        Stakeholder s = full(QStringLiteral("  Association des Femmes Migrantes "));
        s.themeIds = {themes.at(3), themes.at(1), themes.at(3)};
        QVERIFY(repo().add(s).ok());

        verifyNewMeta(s.meta, m_city->file().cityId());
        QCOMPARE(s.name, QStringLiteral("Association des Femmes Migrantes"));
        QStringList expectedThemes = {themes.at(1), themes.at(3)};
        std::sort(expectedThemes.begin(), expectedThemes.end());
        QCOMPARE(s.themeIds, expectedThemes);
        QCOMPARE(m_city->rows(QStringLiteral("stakeholder_theme")), 2);

        QCOMPARE(repo().stakeholder(s.meta.id), s);
        QCOMPARE(repo().stakeholders(), QList<Stakeholder>{s});
        QCOMPARE(repo().count(), 1);
        QCOMPARE(repo().byNameKey(QStringLiteral("ASSOCIATION des  femmes migrantes")), s);
        QVERIFY(!repo().byNameKey(QStringLiteral("Another one")));

        QSqlQuery q(m_city->file().database());
        q.prepare(QStringLiteral("SELECT name_key FROM stakeholder WHERE id = ?"));
        q.addBindValue(s.meta.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), TextFolding::fold(s.name));

        // Empty optional values survive as empty.
        Stakeholder bare;
        bare.name = QStringLiteral("Bare");
        QVERIFY(repo().add(bare).ok());
        QCOMPARE(repo().stakeholder(bare.meta.id), bare);
        QVERIFY(!repo().stakeholder(bare.meta.id)->networkX);
        QCOMPARE(repo().stakeholders().size(), 2);
        QCOMPARE(repo().stakeholders().constFirst().name,
                 QStringLiteral("Association des Femmes Migrantes"));
    }

    void stakeholderUpdate()
    {
        const QStringList themes = themeIds(m_city->repositories());
        Stakeholder s = full(QStringLiteral("Caritas"));
        s.themeIds = {themes.at(0), themes.at(1)};
        QVERIFY(repo().add(s).ok());
        const RecordMeta before = s.meta;

        QSqlQuery q(m_city->file().database());
        q.prepare(QStringLiteral("SELECT id FROM stakeholder_theme WHERE theme_id = ?"));
        q.addBindValue(themes.at(1));
        QVERIFY(q.exec() && q.next());
        const QString keptRow = q.value(0).toString();
        q.finish();

        QThread::msleep(5);
        s.name = QStringLiteral("Caritas Hellas");
        s.kind = Stakeholder::Kind::Religious;
        s.level = Stakeholder::Level::National;
        s.influence = 5;
        s.interest = 1;
        s.stance = Stakeholder::Stance::Sceptical;
        s.website.clear();
        s.notes = QStringLiteral("New director since March.");
        s.notesPrivate = false;
        s.networkX.reset();
        s.networkY = 7.0;
        s.themeIds = {themes.at(1), themes.at(2)};
        QVERIFY(repo().update(s).ok());

        QCOMPARE(s.meta.id, before.id);
        QCOMPARE(s.meta.createdAt, before.createdAt);
        QVERIFY(s.meta.updatedAt > before.updatedAt);
        QCOMPARE(repo().stakeholder(s.meta.id), s);
        QCOMPARE(repo().byNameKey(QStringLiteral("caritas hellas")), s);
        QVERIFY(!repo().byNameKey(QStringLiteral("Caritas")));
        QCOMPARE(m_city->rows(QStringLiteral("stakeholder_theme")), 2);
        // The theme that stayed kept its row (and its identity for merges).
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), keptRow);

        s.themeIds.clear();
        QVERIFY(repo().update(s).ok());
        QCOMPARE(m_city->rows(QStringLiteral("stakeholder_theme")), 0);
        QCOMPARE(repo().stakeholder(s.meta.id), s);
    }

    void tableReadingsMatchTheRecords()
    {
        const QStringList themes = themeIds(m_city->repositories());
        Stakeholder a = full(QStringLiteral("Zeta association"));
        a.themeIds = {themes.at(2), themes.at(0)};
        QVERIFY(repo().add(a).ok());
        const Stakeholder b = added(repo(), QStringLiteral("Alpha network"));
        ContactPerson c = contactOf(a.meta.id, QStringLiteral("Amina"));
        QVERIFY(repo().add(c).ok());

        // The summaries: the stakeholders() order and the shown fields, nothing else.
        const QList<Stakeholder> summaries = repo().stakeholderSummaries();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).meta.id, b.meta.id);
        const Stakeholder& sa = summaries.at(1);
        QCOMPARE(sa.meta.id, a.meta.id);
        QCOMPARE(sa.name, a.name);
        QCOMPARE(sa.kind, a.kind);
        QCOMPARE(sa.level, a.level);
        QCOMPARE(sa.influence, a.influence);
        QCOMPARE(sa.interest, a.interest);
        QCOMPARE(sa.stance, a.stance);
        QCOMPARE(sa.notes, a.notes);
        QVERIFY(sa.themeIds.isEmpty());
        // In pages: the first, then those after a name, folded ("ALPHA Network" is Alpha's).
        const Stakeholder m = added(repo(), QStringLiteral("Médiation sociale"));
        QCOMPARE(repo().stakeholderSummaries(1).size(), 1);
        QCOMPARE(repo().stakeholderSummaries(1).at(0).meta.id, b.meta.id);
        const QList<Stakeholder> after =
            repo().stakeholderSummaries(-1, QStringLiteral("ALPHA Network"));
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).meta.id, m.meta.id);
        QCOMPARE(after.at(1).meta.id, a.meta.id);
        QCOMPARE(repo().stakeholderSummaries(1, QStringLiteral("Mediation")).at(0).meta.id,
                 m.meta.id);
        QVERIFY(repo().stakeholderSummaries(-1, QStringLiteral("Zz")).isEmpty());
        QVERIFY(repo().remove(m).ok());
        QCOMPARE(repo().themeIdsByStakeholder().value(a.meta.id), a.themeIds);
        QVERIFY(!repo().themeIdsByStakeholder().contains(b.meta.id));

        const QList<StakeholderRepository::ContactText> texts = repo().contactTexts();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.at(0).id, c.meta.id);
        QCOMPARE(texts.at(0).stakeholderId, a.meta.id);
        QCOMPARE(texts.at(0).name, c.name);
        QCOMPARE(texts.at(0).email, c.email);

        // Last contact: the latest date; overdue only for a pending follow-up before today.
        const QDate today(2024, 6, 15);
        QVERIFY(repo().lastContacts(today).isEmpty());
        Engagement owed;
        owed.stakeholderId = a.meta.id;
        owed.date = QDate(2024, 5, 1);
        owed.followUpDate = QDate(2024, 6, 14);
        QVERIFY(repo().add(owed).ok());
        Engagement later;
        later.stakeholderId = a.meta.id;
        later.date = QDate(2024, 6, 1);
        QVERIFY(repo().add(later).ok());
        QHash<QString, StakeholderRepository::LastContact> last = repo().lastContacts(today);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.value(a.meta.id).date, QDate(2024, 6, 1));
        QVERIFY(last.value(a.meta.id).overdueFollowUp);
        QVERIFY(!repo().lastContacts(QDate(2024, 6, 14)).value(a.meta.id).overdueFollowUp);
        owed.followUpDone = true;
        QVERIFY(repo().update(owed).ok());
        QVERIFY(!repo().lastContacts(today).value(a.meta.id).overdueFollowUp);
    }

    void namesOfManyInOneReading()
    {
        QStringList ids;
        for (int i = 0; i < 1500; ++i) // more than SQLite's limit of bound values
            ids << m_city->addBareStakeholder(QStringLiteral("Association %1").arg(i));
        QVERIFY(!ids.contains(QString()));
        ids << QStringLiteral("not-a-stakeholder") << QStringLiteral("\"x'); --");
        const QHash<QString, QString> names = repo().names(ids);
        QCOMPARE(names.size(), 1500);
        QCOMPARE(names.value(ids.at(0)), QStringLiteral("Association 0"));
        QCOMPARE(names.value(ids.at(1499)), QStringLiteral("Association 1499"));
        QVERIFY(!names.contains(QStringLiteral("not-a-stakeholder")));
        QVERIFY(repo().names({}).isEmpty());
        // Whole records the same way, with their themes.
        Stakeholder themed = *repo().stakeholder(ids.at(7));
        themed.themeIds = themeIds(m_city->repositories()).mid(0, 2);
        QVERIFY(repo().update(themed));
        const QList<Stakeholder> records = repo().stakeholders(ids);
        QCOMPARE(records.size(), 1500);
        const auto found =
            std::find_if(records.cbegin(), records.cend(),
                         [&](const Stakeholder& s) { return s.meta.id == ids.at(7); });
        QVERIFY(found != records.cend());
        QCOMPARE(found->name, QStringLiteral("Association 7"));
        QCOMPARE(found->themeIds, themed.themeIds);
        QVERIFY(repo().stakeholders(QStringList()).isEmpty());
    }

    void stakeholderValidation()
    {
        QSignalSpy addedSpy(&repo(), &StakeholderRepository::stakeholderAdded);
        Stakeholder s;
        s.name = QStringLiteral("   ");
        VERIFY_ERROR(repo().add(s), required("The stakeholder's name"));
        s.name = QStringLiteral("Valid");
        for (int bad : {0, 6, -1}) {
            Stakeholder t = s;
            t.influence = bad;
            VERIFY_ERROR(repo().add(t), outOfRange("The influence"));
            t = s;
            t.interest = bad;
            VERIFY_ERROR(repo().add(t), outOfRange("The interest"));
        }
        s.themeIds = {QStringLiteral("00000000-0000-0000-0000-000000000000")};
        VERIFY_ERROR(repo().add(s), unknown("A theme of the stakeholder"));
        QVERIFY(s.meta.isNew());
        QCOMPARE(s.name, QStringLiteral("Valid"));
        QCOMPARE(repo().count(), 0);
        QCOMPARE(m_city->rows(QStringLiteral("stakeholder_theme")), 0);
        QCOMPARE(addedSpy.size(), 0);

        s.themeIds.clear();
        s.influence = 1;
        s.interest = 5;
        QVERIFY(repo().add(s).ok());
        QCOMPARE(addedSpy.size(), 1);

        // Invalid edits change nothing either.
        Stakeholder edit = s;
        edit.name.clear();
        VERIFY_ERROR(repo().update(edit), required("The stakeholder's name"));
        edit = s;
        edit.interest = 9;
        VERIFY_ERROR(repo().update(edit), outOfRange("The interest"));
        QCOMPARE(repo().stakeholder(s.meta.id), s);

        // An edit of a record deleted meanwhile is refused.
        Stakeholder ghost = s;
        ghost.meta.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
        ghost.name = QStringLiteral("Ghost");
        QVERIFY(!repo().update(ghost).ok());
        QVERIFY(!repo().byNameKey(QStringLiteral("Ghost")));
    }

    void duplicateNameAfterFolding()
    {
        const Stakeholder first = added(repo(), QStringLiteral("Société Générale"));
        QVERIFY(!first.meta.isNew());

        Stakeholder copy;
        copy.name = QStringLiteral("societe  generale");
        VERIFY_ERROR(repo().add(copy),
                     duplicate(QStringLiteral("societe  generale"), "Stakeholder"));
        QCOMPARE(repo().count(), 1);

        Stakeholder other = added(repo(), QStringLiteral("Banque Populaire"));
        other.name = QStringLiteral(" SOCIÉTÉ GÉNÉRALE ");
        VERIFY_ERROR(repo().update(other),
                     duplicate(QStringLiteral("SOCIÉTÉ GÉNÉRALE"), "Stakeholder"));
        QCOMPARE(repo().stakeholder(other.meta.id)->name, QStringLiteral("Banque Populaire"));

        // Renaming a stakeholder to a spelling of its own name is no duplicate.
        Stakeholder same = first;
        same.name = QStringLiteral("Societe Generale");
        QVERIFY(repo().update(same).ok());
        QCOMPARE(repo().byNameKey(QStringLiteral("société générale"))->name,
                 QStringLiteral("Societe Generale"));
    }

    void signalsCarryTheStoredRecord()
    {
        QSignalSpy sAdded(&repo(), &StakeholderRepository::stakeholderAdded);
        QSignalSpy sUpdated(&repo(), &StakeholderRepository::stakeholderUpdated);
        QSignalSpy sRemoved(&repo(), &StakeholderRepository::stakeholderRemoved);
        Stakeholder s = full(QStringLiteral(" Signal "));
        QVERIFY(repo().add(s).ok());
        QCOMPARE(sAdded.size(), 1);
        QCOMPARE(sAdded.at(0).at(0).value<Stakeholder>(), s);
        s.influence = 4;
        QVERIFY(repo().update(s).ok());
        QCOMPARE(sUpdated.size(), 1);
        QCOMPARE(sUpdated.at(0).at(0).value<Stakeholder>(), s);
        const Stakeholder t = added(repo(), QStringLiteral("Other"));

        QSignalSpy cAdded(&repo(), &StakeholderRepository::contactAdded);
        QSignalSpy cUpdated(&repo(), &StakeholderRepository::contactUpdated);
        QSignalSpy cRemoved(&repo(), &StakeholderRepository::contactRemoved);
        ContactPerson c = contactOf(s.meta.id, QStringLiteral("C"));
        QVERIFY(repo().add(c).ok());
        c.role = QStringLiteral("Director");
        QVERIFY(repo().update(c).ok());
        QVERIFY(repo().remove(c).ok());
        QCOMPARE(cAdded.size(), 1);
        QCOMPARE(cAdded.at(0).at(0).value<ContactPerson>().meta.id, c.meta.id);
        QCOMPARE(cUpdated.at(0).at(0).value<ContactPerson>(), c);
        QCOMPARE(cRemoved.at(0).at(0).toString(), c.meta.id);

        QSignalSpy rAdded(&repo(), &StakeholderRepository::relationAdded);
        QSignalSpy rUpdated(&repo(), &StakeholderRepository::relationUpdated);
        QSignalSpy rRemoved(&repo(), &StakeholderRepository::relationRemoved);
        StakeholderRelation r{{}, s.meta.id, t.meta.id, StakeholderRelation::Kind::Referral, 2, {}};
        QVERIFY(repo().add(r).ok());
        r.strength = 3;
        QVERIFY(repo().update(r).ok());
        Result<RowSnapshot> rs = repo().remove(r);
        QVERIFY(rs.ok());
        QVERIFY(repo().restore(rs.value()).ok());
        QCOMPARE(rAdded.size(), 2);
        QCOMPARE(rAdded.at(1).at(0).value<StakeholderRelation>(), r);
        QCOMPARE(rUpdated.at(0).at(0).value<StakeholderRelation>(), r);
        QCOMPARE(rRemoved.at(0).at(0).toString(), r.meta.id);

        QSignalSpy eAdded(&repo(), &StakeholderRepository::engagementAdded);
        QSignalSpy eUpdated(&repo(), &StakeholderRepository::engagementUpdated);
        QSignalSpy eRemoved(&repo(), &StakeholderRepository::engagementRemoved);
        Engagement e;
        e.stakeholderId = t.meta.id;
        e.date = QDate(2024, 2, 2);
        QVERIFY(repo().add(e).ok());
        e.summary = QStringLiteral("Call back");
        QVERIFY(repo().update(e).ok());
        QVERIFY(repo().remove(e).ok());
        QCOMPARE(eAdded.at(0).at(0).value<Engagement>().meta.id, e.meta.id);
        QCOMPARE(eUpdated.at(0).at(0).value<Engagement>(), e);
        QCOMPARE(eRemoved.at(0).at(0).toString(), e.meta.id);

        QVERIFY(repo().remove(t).ok());
        QCOMPARE(sRemoved.size(), 1);
        QCOMPARE(sRemoved.at(0).at(0).toString(), t.meta.id);
    }

    void readOnlyFileRefusesEveryWrite()
    {
        const QString path = m_city->file().path();
        Stakeholder s = full(QStringLiteral("Kept"));
        s.themeIds = {themeIds(m_city->repositories()).constFirst()};
        QVERIFY(repo().add(s).ok());
        const Stakeholder t = added(repo(), QStringLiteral("Kept too"));
        ContactPerson c = contactOf(s.meta.id, QStringLiteral("C"));
        QVERIFY(repo().add(c).ok());
        StakeholderRelation r{{}, s.meta.id, t.meta.id, StakeholderRelation::Kind::Funding, 2, {}};
        QVERIFY(repo().add(r).ok());
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = QDate(2024, 1, 1);
        QVERIFY(repo().add(e).ok());
        // An undo snapshot taken while the file was writable.
        Engagement gone = e;
        gone.meta = {};
        gone.date = QDate(2024, 1, 2);
        QVERIFY(repo().add(gone).ok());
        Result<RowSnapshot> snap = repo().remove(gone);
        QVERIFY(snap.ok());
        m_city->close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            StakeholderRepository& ro = repos.stakeholders();
            QSignalSpy anyAdded(&ro, &StakeholderRepository::stakeholderAdded);
            QSignalSpy anyUpdated(&ro, &StakeholderRepository::stakeholderUpdated);
            QSignalSpy anyRemoved(&ro, &StakeholderRepository::stakeholderRemoved);
            QSignalSpy contactRemoved(&ro, &StakeholderRepository::contactRemoved);

            QCOMPARE(ro.stakeholder(s.meta.id), s);
            Stakeholder n;
            n.name = QStringLiteral("New");
            QVERIFY(!ro.add(n).ok());
            QVERIFY(n.meta.isNew());
            Stakeholder edited = s;
            edited.name = QStringLiteral("Renamed");
            edited.themeIds.clear();
            QVERIFY(!ro.update(edited).ok());
            QVERIFY(!ro.remove(s).ok());

            ContactPerson nc = contactOf(s.meta.id, QStringLiteral("New"));
            QVERIFY(!ro.add(nc).ok());
            ContactPerson ec = c;
            ec.name = QStringLiteral("Changed");
            QVERIFY(!ro.update(ec).ok());
            QVERIFY(!ro.remove(c).ok());

            StakeholderRelation nr = r;
            nr.meta = {};
            nr.kind = StakeholderRelation::Kind::Tension;
            QVERIFY(!ro.add(nr).ok());
            StakeholderRelation er = r;
            er.strength = 5;
            QVERIFY(!ro.update(er).ok());
            QVERIFY(!ro.remove(r).ok());

            Engagement ne = e;
            ne.meta = {};
            QVERIFY(!ro.add(ne).ok());
            Engagement ee = e;
            ee.summary = QStringLiteral("Changed");
            QVERIFY(!ro.update(ee).ok());
            QVERIFY(!ro.remove(e).ok());
            QVERIFY(!ro.restore(snap.value()).ok());

            QCOMPARE(
                anyAdded.size() + anyUpdated.size() + anyRemoved.size() + contactRemoved.size(), 0);
            QCOMPARE(ro.stakeholders().size(), 2);
            QCOMPARE(ro.contact(c.meta.id), c);
        }
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestStakeholderRepository)
#include "TestStakeholderRepository.moc"
