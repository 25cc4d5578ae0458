// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "stakeholders/StakeholderPicker.h"
#include "stakeholders/StakeholderRepository.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class TestStakeholderPicker : public QObject
{
    Q_OBJECT

private slots:
    void choosesByNameAndFollowsTheFile()
    {
        auto city = TestCity::create();
        StakeholderRepository& repo = city->repositories().stakeholders();
        Stakeholder a;
        a.name = QStringLiteral("Société d’entraide");
        QVERIFY(repo.add(a).ok());
        Stakeholder b;
        b.name = QStringLiteral("Red Crescent");
        QVERIFY(repo.add(b).ok());

        StakeholderPicker picker(repo);
        // Nothing is read until the picker is used: a pane holds several of them.
        QCOMPARE(picker.count(), 0);
        QCOMPARE(picker.choiceCount(), 2);
        QVERIFY(picker.currentId().isEmpty());

        QSignalSpy changed(&picker, &StakeholderPicker::currentIdChanged);
        picker.setCurrentId(b.meta.id);
        QCOMPARE(picker.currentId(), b.meta.id);
        QCOMPARE(picker.currentText(), b.name);
        QVERIFY(!changed.isEmpty());

        // A typed name that is not a stakeholder's chooses nobody.
        picker.lineEdit()->setText(QStringLiteral("Red Cres"));
        QVERIFY(picker.currentId().isEmpty());
        picker.lineEdit()->setText(QStringLiteral("red crescent"));
        QCOMPARE(picker.currentId(), b.meta.id);

        // Renames and new stakeholders show up at the next use.
        picker.setCurrentId(b.meta.id);
        b.name = QStringLiteral("Red Crescent Valmer");
        QVERIFY(repo.update(b).ok());
        Stakeholder c;
        c.name = QStringLiteral("Academia Hub");
        QVERIFY(repo.add(c).ok());
        QCOMPARE(picker.choiceCount(), 3);
        QCOMPARE(picker.currentId(), b.meta.id);
        QCOMPARE(picker.currentText(), b.name);

        auto removed = repo.remove(c);
        QVERIFY(removed.ok());
        QCOMPARE(picker.choiceCount(), 2);
    }

    void leavesOutExcludedStakeholders()
    {
        auto city = TestCity::demo();
        StakeholderRepository& repo = city->repositories().stakeholders();
        const QList<Stakeholder> all = repo.stakeholderSummaries();
        StakeholderPicker picker(repo);
        QCOMPARE(picker.choiceCount(), all.size());
        picker.setExcluded({all.first().meta.id});
        QCOMPARE(picker.choiceCount(), all.size() - 1);
        QCOMPARE(picker.findData(all.first().meta.id), -1);
        picker.setCurrentId(all.first().meta.id);
        QVERIFY(picker.currentId().isEmpty());
    }
};

QTEST_MAIN(TestStakeholderPicker)
#include "TestStakeholderPicker.moc"
