// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateInstaller.h"
#include "commands/ImportTemplateCommand.h"
#include "commands/ReorderChecklistCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// What the "Areas and items" editor asks of the core: answer counts, reordering areas and
// items (one transaction, announced row by row, refused when the list is not the stored one),
// and importing a template as one undo step, a new checklist or an upgrade.
class TestChecklistEditing : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const QList<ChecklistItem>& items)
    {
        QStringList out;
        for (const ChecklistItem& i : items)
            out << i.meta.id;
        return out;
    }
    static QStringList ids(const QList<ChecklistArea>& areas)
    {
        QStringList out;
        for (const ChecklistArea& a : areas)
            out << a.meta.id;
        return out;
    }

private slots:
    void countsAnswersOverEveryRound()
    {
        auto city = TestCity::demo();
        ChecklistRepository& repo = city->repositories().checklists();
        const QList<AssessmentRound> rounds = repo.rounds();
        QVERIFY(rounds.size() >= 2);
        const QString itemId = repo.answers(rounds.last().meta.id).first().itemId;
        int expected = 0;
        for (const AssessmentRound& r : rounds)
            expected += repo.answerFor(r.meta.id, itemId) ? 1 : 0;
        QCOMPARE(repo.answerCount(itemId), expected);
        QCOMPARE(repo.answerCount(QStringLiteral("no-such-item")), 0);
    }

    void reordersItemsAndAnnouncesTheMovedOnes()
    {
        auto city = TestCity::create();
        ChecklistRepository& repo = city->repositories().checklists();
        const QString areaId = repo.areas(repo.templates().first().meta.id).first().meta.id;
        const QStringList before = ids(repo.items(areaId));
        QVERIFY(before.size() >= 3);
        QStringList after = before;
        after.move(0, 2);
        QSignalSpy updated(&repo, &ChecklistRepository::itemUpdated);
        QVERIFY(repo.reorderItems(areaId, after));
        QCOMPARE(ids(repo.items(areaId)), after);
        QCOMPARE(updated.size(), 3); // the three whose position changed, no more

        // A list that is not the area's items is refused and moves nothing.
        QStringList wrong = after;
        wrong.removeLast();
        const Result<void> refused = repo.reorderItems(areaId, wrong);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("nothing was moved")));
        QCOMPARE(ids(repo.items(areaId)), after);
    }

    void reorderCommandUndoesAndRedoes()
    {
        auto city = TestCity::create();
        ChecklistRepository& repo = city->repositories().checklists();
        const QString templateId = repo.templates().first().meta.id;
        const QStringList before = ids(repo.areas(templateId));
        QStringList after = before;
        after.move(3, 0);
        city->undoStack().push(
            new ReorderChecklistCommand(&city->file(), repo, ReorderChecklistCommand::Level::Areas,
                                        templateId, before, after, QStringLiteral("Move")));
        QCOMPARE(ids(repo.areas(templateId)), after);
        city->undoStack().undo();
        QCOMPARE(ids(repo.areas(templateId)), before);
        city->undoStack().redo();
        QCOMPARE(ids(repo.areas(templateId)), after);
        city->reopen(); // stored, not only shown
        QCOMPARE(ids(city->repositories().checklists().areas(templateId)), after);
    }

    void importOfANewChecklistIsUndoneWhole()
    {
        auto from = TestCity::create();
        ChecklistRepository& source = from->repositories().checklists();
        Result<TemplateDocument> doc = TemplateInstaller(from->repositories())
                                           .exportTemplate(source.templates().first().meta.id);
        QVERIFY(doc);
        TemplateDocument other = doc.value();
        other.key = QStringLiteral("partner-checklist");

        auto city = TestCity::create(QStringLiteral("Sfax"));
        ChecklistRepository& repo = city->repositories().checklists();
        const int before = repo.templates().size();
        auto* command = new ImportTemplateCommand(&city->file(), city->repositories(), other,
                                                  QStringLiteral("Import"));
        city->undoStack().push(command);
        const QString id = command->templateId();
        QVERIFY(!id.isEmpty());
        const QStringList items = ids(repo.allItems(id));
        QCOMPARE(repo.templates().size(), before + 1);
        city->undoStack().undo();
        QCOMPARE(repo.templates().size(), before);
        QVERIFY(!repo.checklistTemplate(id));
        city->undoStack().redo();
        QCOMPARE(ids(repo.allItems(id)), items); // the same records, not new ones
    }

    void importOfAnUpgradeIsUndoneRecordByRecord()
    {
        auto city = TestCity::create();
        ChecklistRepository& repo = city->repositories().checklists();
        const QString id = repo.templates().first().meta.id;
        TemplateDocument doc = TemplateInstaller(city->repositories()).exportTemplate(id).value();
        const QList<ChecklistItem> before = repo.allItems(id);
        const int version = doc.version;
        doc.version += 1;
        const QString language = doc.languages.first();
        TemplateDocument::Item added;
        added.key = QStringLiteral("new-in-next-version");
        added.statement.insert(language, QStringLiteral("New in the next version"));
        doc.areas.first().items << added;
        doc.areas.last().items.removeFirst();
        TemplateDocument::Area area;
        area.key = QStringLiteral("new-area");
        area.title.insert(language, QStringLiteral("New area"));
        area.items << added;
        area.items.first().key = QStringLiteral("new-in-new-area");
        doc.areas << area;

        auto* command = new ImportTemplateCommand(&city->file(), city->repositories(), doc,
                                                  QStringLiteral("Upgrade"));
        city->undoStack().push(command);
        QCOMPARE(command->templateId(), id);
        const QList<ChecklistItem> upgraded = repo.allItems(id);
        QCOMPARE(upgraded.size(), before.size() + 2);
        QCOMPARE(repo.checklistTemplate(id)->version, version + 1);

        city->undoStack().undo();
        QCOMPARE(repo.checklistTemplate(id)->version, version);
        const QList<ChecklistItem> undone = repo.allItems(id);
        QCOMPARE(ids(undone), ids(before));
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(undone[i].statement, before[i].statement);
            QCOMPARE(undone[i].retiredOn, before[i].retiredOn);
            QCOMPARE(undone[i].position, before[i].position);
        }
        QCOMPARE(repo.areas(id).size(), doc.areas.size() - 1);

        city->undoStack().redo();
        QCOMPARE(ids(repo.allItems(id)), ids(upgraded));
        QCOMPARE(repo.checklistTemplate(id)->version, version + 1);
    }

    void refusedImportLeavesNoStep()
    {
        auto city = TestCity::create();
        ChecklistRepository& repo = city->repositories().checklists();
        const QString id = repo.templates().first().meta.id;
        TemplateDocument same = TemplateInstaller(city->repositories()).exportTemplate(id).value();
        auto* command = new ImportTemplateCommand(&city->file(), city->repositories(), same,
                                                  QStringLiteral("Import"));
        city->undoStack().push(command); // same version: refused, dropped from the stack
        QCOMPARE(city->undoStack().count(), 0);
    }
};

QTEST_MAIN(TestChecklistEditing)
#include "TestChecklistEditing.moc"
