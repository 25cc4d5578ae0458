// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "common/ThemeNames.h"
#include "exchange/ExchangeRepository.h"
#include "exchange/PracticeSearch.h"
#include "partners/ExchangesModel.h"
#include "partners/PartnerCitiesModel.h"
#include "partners/PartnerNames.h"
#include "partners/PracticesModel.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The three tables of the Partner cities pane over the demo city: Qt's model checks; an edit
// is one undo command and a refused one changes nothing; the repository's signals become row
// changes (never a reset); the practices follow the search and name their origin.
class TestPartnerModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<ThemeNames> m_themes;
    std::unique_ptr<PartnerNames> m_partnerNames;
    std::unique_ptr<PracticeSearch> m_search;

    ExchangeRepository& repo() { return m_city->repositories().exchange(); }
    QUndoStack& stack() { return *m_city->file().undoStack(); }
    PaneContext context()
    {
        return {m_city->file(), m_city->repositories(), *m_city->file().undoStack()};
    }

private slots:
    void init()
    {
        m_city = TestCity::demo();
        m_themes = std::make_unique<ThemeNames>(m_city->repositories().themes());
        m_partnerNames = std::make_unique<PartnerNames>(repo());
        m_search = std::make_unique<PracticeSearch>(repo());
    }

    void cleanup()
    {
        m_search.reset();
        m_partnerNames.reset();
        m_themes.reset();
        m_city.reset();
    }

    void partnersEditAndFollowTheRepository()
    {
        PartnerCitiesModel model(context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(PartnerCitiesModel::ContactEmail, Qt::Horizontal).toString(),
                 QStringLiteral("Contact's e-mail"));
        const QModelIndex email = model.index(0, PartnerCitiesModel::ContactEmail);
        const QString before = email.data(Qt::EditRole).toString();
        QVERIFY(!before.isEmpty());

        QSignalSpy message(&model, &RecordTableModel::messageChanged);
        QVERIFY(!model.setData(email, QStringLiteral("nobody")));
        QVERIFY(message.last().at(0).toString().contains(QStringLiteral("e-mail")));
        QCOMPARE(stack().count(), 0);
        QVERIFY(!model.setData(model.index(0, PartnerCitiesModel::Role), QStringLiteral("boss")));
        QVERIFY(!model.setData(model.index(0, PartnerCitiesModel::Until), QDate(2000, 1, 1)));
        QCOMPARE(stack().count(), 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(0, PartnerCitiesModel::Role), QStringLiteral("mentee")));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(repo().partner(model.record(0).meta.id)->role, PartnerCity::Role::Mentee);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        stack().undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(email.data(Qt::EditRole).toString(), before);

        // Added elsewhere (an import, another pane): one row inserted where the file puts it.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        PartnerCity aachen;
        aachen.name = QStringLiteral("Aachen");
        QVERIFY(repo().add(aachen).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.record(0).name, QStringLiteral("Aachen"));
        QCOMPARE(model.duplicateRecord(0), model.rowOf(repo().partners().at(1).meta.id));
        QCOMPARE(repo().partners().size(), 5);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.summary().startsWith(QStringLiteral("5 partner cit")));
    }

    void exchangesNameTheirPartner()
    {
        ExchangesModel model(context(), *m_partnerNames, *m_themes);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex partner = model.index(0, ExchangesModel::Partner);
        QCOMPARE(partner.data().toString(), QStringLiteral("Mechelen"));
        QVERIFY(!model.setData(partner, QStringLiteral("no-such-partner")));
        QVERIFY(!model.setData(model.index(0, ExchangesModel::Start), QDate()));
        QCOMPARE(stack().count(), 0);

        // A partner renamed: its name repaints in the exchanges.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        PartnerCity mechelen = repo().partner(partner.data(Qt::EditRole).toString()).value();
        mechelen.name = QStringLiteral("Mechelen (BE)");
        QVERIFY(repo().update(mechelen).ok());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(partner.data().toString(), QStringLiteral("Mechelen (BE)"));
        QVERIFY(model.setData(model.index(0, ExchangesModel::Lessons), QStringLiteral("More.")));
        QCOMPARE(repo().exchange(model.record(0).meta.id)->lessons, QStringLiteral("More."));
    }

    void practicesFollowTheSearch()
    {
        PracticesModel model(context(), *m_partnerNames, *m_themes, *m_search);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!(model.flags(model.index(0, PracticesModel::Origin)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, PracticesModel::Origin), QStringLiteral("x")));
        model.setSearch(QStringLiteral("lisbon"));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model.index(row, PracticesModel::Origin).data().toString(),
                     QStringLiteral("Lisbon"));
        // An edit that stops a practice matching takes its row out; undo brings it back.
        const QModelIndex city = model.index(0, PracticesModel::City);
        const QString id = model.record(0).meta.id;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.setData(city, QStringLiteral("Porto")));
        if (model.rowOf(id) >= 0) // the other fields may still name Lisbon
            QCOMPARE(removed.count(), 0);
        stack().undo();
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(QStringLiteral("  "));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.summary().startsWith(QStringLiteral("12 good practice")));
    }
};

QTEST_MAIN(TestPartnerModels)
#include "TestPartnerModels.moc"
