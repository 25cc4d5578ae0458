// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "commands/StakeholderImportCommand.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/StakeholderRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

// A CSV import as one undo step: undo takes every change back, redo brings it back with the
// same identities, and a cancel or a failure inside the transaction changes nothing at all.
class TestStakeholderImportCommand : public QObject
{
    Q_OBJECT

private:
    using Policy = StakeholderImportCommand::Policy;

    std::unique_ptr<TestCity> m_city;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

    static CsvTable table(const char* fixture)
    {
        Result<CsvTable> t =
            CsvReader::read(TestFiles::fixture(QStringLiteral("csv/") + QLatin1String(fixture)));
        if (!t)
            qFatal("fixture unreadable: %s", qPrintable(t.error().message));
        return t.take();
    }

    Result<ImportReport> import(const CsvTable& t, Policy policy,
                                const StakeholderImportCommand::CancelCheck& cancel = {})
    {
        return StakeholderImportCommand::execute(m_city->undoStack(), m_city->repositories(), t,
                                                 StakeholderCsvImport::autoMapping(t.header),
                                                 policy, {}, cancel);
    }

    // What the import may touch, identities included; timestamps left out (an update restamps).
    QStringList dump()
    {
        QStringList out;
        QSqlQuery q(m_city->file().database());
        for (const char* sql :
             {"SELECT id, name, kind, level, influence, interest, notes FROM stakeholder",
              "SELECT id, stakeholder_id, name, email, phone FROM contact_person",
              "SELECT stakeholder_id, theme_id FROM stakeholder_theme"}) {
            if (!q.exec(QLatin1String(sql)))
                qFatal("%s", sql);
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(u'|');
            }
            rows.sort();
            out += rows;
        }
        return out;
    }

    void addExisting()
    {
        Stakeholder s;
        s.name = QStringLiteral("Secours populaire");
        s.influence = 2;
        QVERIFY(repo().add(s));
        ContactPerson c;
        c.stakeholderId = s.meta.id;
        c.name = QStringLiteral("Marie Curie");
        QVERIFY(repo().add(c));
    }

private slots:
    void init()
    {
        m_city = TestCity::create();
        addExisting();
    }
    void cleanup() { m_city.reset(); }

    void undoRedoKeepIdentities()
    {
        const QStringList before = dump();
        QSignalSpy added(&repo(), &StakeholderRepository::stakeholderAdded);
        QSignalSpy updated(&repo(), &StakeholderRepository::stakeholderUpdated);
        QSignalSpy removed(&repo(), &StakeholderRepository::stakeholderRemoved);
        QSignalSpy contactUpdated(&repo(), &StakeholderRepository::contactUpdated);

        const Result<ImportReport> r = import(table("semicolon-french.csv"), Policy::Update);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().updated, 1);
        QCOMPARE(m_city->undoStack().count(), 1);
        // Announced once each, after the commit.
        QCOMPARE(added.count(), 1);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(contactUpdated.count(), 1);
        const QStringList imported = dump();
        QVERIFY(imported != before);
        QCOMPARE(repo().byNameKey(QStringLiteral("secours populaire"))->influence, 3);
        QCOMPARE(repo().contacts().first().email, QStringLiteral("marie@secours.example.org"));

        m_city->undoStack().undo();
        QCOMPARE(dump(), before);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(updated.count(), 2);
        QCOMPARE(repo().byNameKey(QStringLiteral("secours populaire"))->influence, 2);

        m_city->undoStack().redo();
        QCOMPARE(dump(), imported);
        QCOMPARE(added.count(), 2);
        m_city->undoStack().undo();
        QCOMPARE(dump(), before);

        // Stored, not only in memory.
        m_city->undoStack().redo();
        m_city->reopen();
        QCOMPARE(dump(), imported);
    }

    void newContactsUndone()
    {
        // A contact added to a stakeholder already in the file goes with the undo too.
        const QStringList before = dump();
        const QString path = TestFiles::write(m_city->dir(), QStringLiteral("more.csv"),
                                              "name,contact,email\n"
                                              "Secours populaire,Jean Valjean,jean@example.org\n"
                                              "Caritas,Anne Morel,anne@example.org\n");
        Result<CsvTable> t = CsvReader::read(path);
        QVERIFY(t);
        const Result<ImportReport> r = import(t.value(), Policy::Update);
        QVERIFY(r);
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().updated, 1);
        QCOMPARE(r.value().contactsAdded, 2);
        const QStringList imported = dump();
        m_city->undoStack().undo();
        QCOMPARE(dump(), before);
        m_city->undoStack().redo();
        QCOMPARE(dump(), imported);
    }

    void nothingToDoPushesNoStep()
    {
        const CsvTable t = table("semicolon-french.csv");
        QVERIFY(import(t, Policy::New));
        QCOMPARE(m_city->undoStack().count(), 1);
        // Both names are there now: skipping leaves nothing to undo.
        const Result<ImportReport> again = import(t, Policy::Skip);
        QVERIFY(again);
        QCOMPARE(again.value().skipped, 2);
        QCOMPARE(m_city->undoStack().count(), 1);
    }

    void cancelChangesNothing()
    {
        m_city->reopen();
        const QByteArray hash = TestFiles::hash(m_city->path());
        const QStringList before = dump();
        QSignalSpy added(&repo(), &StakeholderRepository::stakeholderAdded);
        int asked = 0;
        const Result<ImportReport> r =
            import(table("bom-utf8.csv"), Policy::Skip, [&asked] { return ++asked > 2; });
        QVERIFY(!r);
        QCOMPARE(r.error().message, StakeholderCsvImport::cancelledError().message);
        QCOMPARE(m_city->undoStack().count(), 0);
        QCOMPARE(added.count(), 0);
        QCOMPARE(dump(), before);
        m_city->reopen();
        QCOMPARE(TestFiles::hash(m_city->path()), hash);
    }

    void abortingTriggerChangesNothing()
    {
        // A temporary trigger lives in the connection, not in the file: the file's bytes prove
        // that the rows written before the refusal were rolled back.
        m_city->reopen();
        const QByteArray hash = TestFiles::hash(m_city->path());
        const QStringList before = dump();
        QSqlQuery q(m_city->file().database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.stakeholder WHEN NEW.name = "
            "'Préfecture' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        QSignalSpy added(&repo(), &StakeholderRepository::stakeholderAdded);
        const Result<ImportReport> r = import(table("bom-utf8.csv"), Policy::Skip);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("refused by the test")));
        QCOMPARE(m_city->undoStack().count(), 0);
        QCOMPARE(added.count(), 0);
        QCOMPARE(dump(), before);
        m_city->reopen();
        QCOMPARE(TestFiles::hash(m_city->path()), hash);
    }

    void mappingChosenByTheOfficer()
    {
        CsvTable t = table("semicolon-french.csv");
        StakeholderCsvImport::Mapping mapping = StakeholderCsvImport::autoMapping(t.header);
        const qsizetype notes = mapping.indexOf(StakeholderCsvColumns::Column::Notes);
        QVERIFY(notes >= 0);
        mapping[notes].reset();
        QVERIFY(StakeholderImportCommand::execute(m_city->undoStack(), m_city->repositories(), t,
                                                  mapping, Policy::Skip));
        QVERIFY(repo()
                    .byNameKey(QStringLiteral("Mairie de Valmer – Service jeunesse"))
                    ->notes.isEmpty());
        // The same field twice is refused before anything is written.
        mapping[notes] = StakeholderCsvColumns::Column::Name;
        const Result<ImportReport> twice = StakeholderImportCommand::execute(
            m_city->undoStack(), m_city->repositories(), t, mapping, Policy::New);
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("Name")));
        QCOMPARE(m_city->undoStack().count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStakeholderImportCommand)
#include "TestStakeholderImportCommand.moc"
