// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "commands/RecordCommands.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/detail/ContactsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The contacts of one stakeholder: a correct model through every change, edits checked by the
// file and undoable.
class TestContactsModel : public QObject
{
    Q_OBJECT

private:
    static Stakeholder addStakeholder(TestCity& city, const QString& name)
    {
        Stakeholder s;
        s.name = name;
        if (Result<void> r = city.repositories().stakeholders().add(s); !r)
            qFatal("cannot add a stakeholder: %s", qPrintable(r.error().message));
        return s;
    }

private slots:
    void followsTheRepositoryAndUndo()
    {
        auto city = TestCity::create();
        StakeholderRepository& repo = city->repositories().stakeholders();
        const Stakeholder amal = addStakeholder(*city, QStringLiteral("Amal"));
        const Stakeholder bayt = addStakeholder(*city, QStringLiteral("Bayt"));
        ContactsModel model({city->file(), city->repositories(), city->undoStack()});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canAddRecord());
        QCOMPARE(model.addRecord(), -1); // no stakeholder yet
        model.setStakeholder(amal.meta.id);
        QVERIFY(model.canAddRecord());
        QCOMPARE(model.addRecord(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContactsModel::Name).data().toString(),
                 QStringLiteral("New contact"));
        QVERIFY(model.setData(model.index(0, ContactsModel::Name), QStringLiteral("Nadia")));
        const QString nadia = model.contact(0).meta.id;
        QCOMPARE(repo.contact(nadia)->name, QStringLiteral("Nadia"));

        // Another stakeholder's contact does not show.
        ContactPerson other;
        other.stakeholderId = bayt.meta.id;
        other.name = QStringLiteral("Omar");
        QVERIFY(repo.add(other).ok());
        QCOMPARE(model.rowCount(), 1);
        // A contact given to the stakeholder shown joins its table, and leaves it when taken back.
        other.stakeholderId = amal.meta.id;
        QVERIFY(repo.update(other).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.contact(1).meta.id, other.meta.id);
        other.stakeholderId = bayt.meta.id;
        QVERIFY(repo.update(other).ok());
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(model.setData(model.index(0, ContactsModel::Role), QStringLiteral("Director")));
        QVERIFY(model.setData(model.index(0, ContactsModel::Phone),
                              QStringLiteral("+33 4 67 00 00 00")));
        QVERIFY(
            model.setData(model.index(0, ContactsModel::Consent), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(repo.contact(nadia)->consentToContact, true);
        QCOMPARE(model.index(0, ContactsModel::Consent).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        city->undoStack().undo();
        QCOMPARE(repo.contact(nadia)->consentToContact, false);
        city->undoStack().redo();

        model.removeRecords({0});
        QCOMPARE(model.rowCount(), 0);
        city->undoStack().undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContactsModel::Role).data().toString(), QStringLiteral("Director"));
        model.setStakeholder(bayt.meta.id);
        QCOMPARE(model.index(0, ContactsModel::Name).data().toString(), QStringLiteral("Omar"));
    }

    void refusesMalformedEmailAndPhoneWithTheFilesMessage()
    {
        auto city = TestCity::create();
        const Stakeholder amal = addStakeholder(*city, QStringLiteral("Amal"));
        ContactsModel model({city->file(), city->repositories(), city->undoStack()});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStakeholder(amal.meta.id);
        QCOMPARE(model.addRecord(), 0);
        const int steps = city->undoStack().count();
        QSignalSpy messages(&model, &ContactsModel::messageChanged);
        QVERIFY(!model.setData(model.index(0, ContactsModel::Email), QStringLiteral("nadia@")));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("nadia@")));
        QVERIFY(!model.setData(model.index(0, ContactsModel::Phone), QStringLiteral("call me")));
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("call me")));
        QVERIFY(!model.setData(model.index(0, ContactsModel::Name), QString()));
        QCOMPARE(city->undoStack().count(), steps);
        QVERIFY(model.setData(model.index(0, ContactsModel::Email), QStringLiteral("n@amal.org")));
        QCOMPARE(messages.last().first().toString(), QString());

        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, ContactsModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, ContactsModel::Role), QStringLiteral("x")));
        QVERIFY(!model.canAddRecord());
        QCOMPARE(model.addRecord(), -1);
    }
};

QTEST_MAIN(TestContactsModel)
#include "TestContactsModel.moc"
