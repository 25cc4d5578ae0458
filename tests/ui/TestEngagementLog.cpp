// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoScreenshot.h"
#include "TestCity.h"
#include "common/OptionalDateEdit.h"
#include "i18n/Translator.h"
#include "shell/MessageBar.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/detail/EngagementLogModel.h"
#include "stakeholders/detail/EngagementLogPanel.h"
#include "stakeholders/table/StakeholderTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Log = EngagementLogModel;

// The engagement log driven as an officer would: typing in the form, saving, undoing, and the
// stakeholder table's "last contact" and overdue mark following.
class TestEngagementLog : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        std::unique_ptr<TestCity> city = TestCity::create();
        std::unique_ptr<EngagementLogPanel> panel;
        Stakeholder stakeholder;

        PaneContext context() { return {city->file(), city->repositories(), city->undoStack()}; }
        StakeholderRepository& repo() { return city->repositories().stakeholders(); }
        QUndoStack& stack() { return city->undoStack(); }
        template <typename T> T* find(const char* name)
        {
            auto* w = panel->findChild<T*>(QLatin1String(name));
            if (!w)
                qFatal("no widget %s", name);
            return w;
        }
        Log* model() { return panel->model(); }
    };

    static std::unique_ptr<Session> open()
    {
        auto s = std::make_unique<Session>();
        s->stakeholder.name = QStringLiteral("Association Al Amal");
        if (!s->repo().add(s->stakeholder))
            qFatal("cannot add the stakeholder");
        s->panel = std::make_unique<EngagementLogPanel>(s->context());
        s->panel->setStakeholder(s->stakeholder.meta.id);
        s->panel->resize(700, 600);
        s->panel->show();
        return s;
    }

    static void typeDate(Session& s, const char* name, const QDate& date)
    {
        QLineEdit* edit = s.find<OptionalDateEdit>(name)->lineEdit();
        edit->clear();
        if (date.isValid())
            QTest::keyClicks(edit, QLocale().toString(date, OptionalDateEdit::displayFormat()));
    }

    // Fills the form as the officer would and presses the save button.
    static void fillAndSave(Session& s, const QDate& date, const QString& summary,
                            const QDate& followUp = {})
    {
        typeDate(s, "engagementDate", date);
        auto* text = s.find<QPlainTextEdit>("engagementText");
        text->clear();
        QTest::keyClicks(text, summary);
        typeDate(s, "engagementFollowUp", followUp);
        QTest::mouseClick(s.find<QPushButton>("engagementSave"), Qt::LeftButton);
    }

    static QString message(Session& s)
    {
        auto* bar = s.find<MessageBar>("engagementMessage");
        return bar->isVisible() ? bar->message() : QString();
    }

    // As a click on the row would (QTableView::selectRow() misses in right-to-left layouts).
    static void selectRow(QTableView* view, int row)
    {
        view->setCurrentIndex(view->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        // English plural forms ("1 engagement logged") come from the English translation.
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void overdueFollowUpIsShownAndFollowsUndo()
    {
        auto s = open();
        QAbstractItemModelTester tester(s->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        StakeholderTableModel table(s->context());
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today = QDate::currentDate();

        QTest::mouseClick(s->find<QPushButton>("engagementNew"), Qt::LeftButton);
        fillAndSave(*s, today.addDays(-30), QStringLiteral("Housing referral meeting"),
                    today.addDays(-10));
        QCOMPARE(message(*s), QString());
        QCOMPARE(s->model()->rowCount(), 1);
        const QModelIndex followUp = s->model()->index(0, Log::FollowUp);
        QVERIFY(followUp.data(Log::OverdueRole).toBool());
        QVERIFY(followUp.data().toString().contains(QStringLiteral("Overdue")));
        QVERIFY(!followUp.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(followUp.data(Qt::ForegroundRole).isValid());
        QVERIFY(s->find<QLabel>("engagementSummary")->text().contains(QStringLiteral("overdue")));
        // The new entry is selected, and the form edits it.
        QCOMPARE(s->find<QTableView>("engagementTable")->currentIndex().row(), 0);
        QCOMPARE(s->find<QPushButton>("engagementSave")->text(), QStringLiteral("&Save changes"));

        // The stakeholder table follows: last contact and the overdue mark.
        const int row = table.rowOf(s->stakeholder.meta.id);
        QTRY_VERIFY(table.index(row, StakeholderTableModel::LastContact)
                        .data(StakeholderTableModel::OverdueRole)
                        .toBool());
        QCOMPARE(table.index(row, StakeholderTableModel::LastContact).data(Qt::EditRole).toDate(),
                 today.addDays(-30));

        s->stack().undo();
        QCOMPARE(s->model()->rowCount(), 0);
        QTRY_VERIFY(!table.index(row, StakeholderTableModel::LastContact)
                         .data(Qt::EditRole)
                         .toDate()
                         .isValid());
        s->stack().redo();
        QCOMPARE(s->model()->rowCount(), 1);
        QTRY_VERIFY(table.index(row, StakeholderTableModel::LastContact)
                        .data(StakeholderTableModel::OverdueRole)
                        .toBool());

        // Marking the follow-up done lifts the overdue mark; undo puts it back.
        selectRow(s->find<QTableView>("engagementTable"), 0);
        QTest::mouseClick(s->find<QCheckBox>("engagementFollowUpDone"), Qt::LeftButton);
        QTest::mouseClick(s->find<QPushButton>("engagementSave"), Qt::LeftButton);
        QVERIFY(!s->model()->index(0, Log::FollowUp).data(Log::OverdueRole).toBool());
        QTRY_VERIFY(!table.index(row, StakeholderTableModel::Name)
                         .data(StakeholderTableModel::OverdueRole)
                         .toBool());
        s->stack().undo();
        QVERIFY(s->model()->index(0, Log::FollowUp).data(Log::OverdueRole).toBool());
        QVERIFY(!s->find<QCheckBox>("engagementFollowUpDone")->isChecked());
        s->stack().redo();
        QVERIFY(s->find<QCheckBox>("engagementFollowUpDone")->isChecked());
    }

    void newestFirstAndRemoveIsUndoable()
    {
        auto s = open();
        QAbstractItemModelTester tester(s->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today = QDate::currentDate();
        fillAndSave(*s, today.addDays(-20), QStringLiteral("First call"));
        QTest::mouseClick(s->find<QPushButton>("engagementNew"), Qt::LeftButton);
        fillAndSave(*s, today.addDays(-2), QStringLiteral("Consultation on the welcome desk"));
        QTest::mouseClick(s->find<QPushButton>("engagementNew"), Qt::LeftButton);
        fillAndSave(*s, today.addDays(-9), QStringLiteral("Follow-up meeting"));
        QCOMPARE(s->model()->rowCount(), 3);
        QCOMPARE(s->model()->index(0, Log::Summary).data().toString(),
                 QStringLiteral("Consultation on the welcome desk"));
        QCOMPARE(s->model()->index(2, Log::Summary).data().toString(),
                 QStringLiteral("First call"));

        // A new date moves the entry to its place.
        selectRow(s->find<QTableView>("engagementTable"), 2);
        typeDate(*s, "engagementDate", today.addDays(-1));
        QTest::mouseClick(s->find<QPushButton>("engagementSave"), Qt::LeftButton);
        QCOMPARE(s->model()->index(0, Log::Summary).data().toString(),
                 QStringLiteral("First call"));
        s->stack().undo();
        QCOMPARE(s->model()->index(2, Log::Summary).data().toString(),
                 QStringLiteral("First call"));

        selectRow(s->find<QTableView>("engagementTable"), 1);
        QTest::mouseClick(s->find<QPushButton>("engagementRemove"), Qt::LeftButton);
        QCOMPARE(s->model()->rowCount(), 2);
        QCOMPARE(s->repo().engagements(s->stakeholder.meta.id).size(), 2);
        s->stack().undo();
        QCOMPARE(s->model()->rowCount(), 3);
        QCOMPARE(s->model()->index(1, Log::Summary).data().toString(),
                 QStringLiteral("Follow-up meeting"));
        s->stack().redo();
        QCOMPARE(s->model()->rowCount(), 2);
    }

    void badInputIsExplainedAndNothingStored()
    {
        auto s = open();
        const QDate today = QDate::currentDate();
        const int steps = s->stack().count();

        fillAndSave(*s, today, QStringLiteral("Call"), today.addDays(-3));
        QVERIFY(message(*s).contains(QStringLiteral("comes before")));
        fillAndSave(*s, {}, QStringLiteral("Call"));
        QVERIFY(message(*s).contains(QStringLiteral("required")));
        QLineEdit* date = s->find<OptionalDateEdit>("engagementDate")->lineEdit();
        date->clear();
        QTest::keyClicks(date, QStringLiteral("31/31/2026"));
        QTest::mouseClick(s->find<QPushButton>("engagementSave"), Qt::LeftButton);
        QVERIFY(message(*s).contains(QStringLiteral("is not a date")));
        QCOMPARE(s->model()->rowCount(), 0);
        QVERIFY(s->repo().engagements(s->stakeholder.meta.id).isEmpty());
        QCOMPARE(s->stack().count(), steps);
        // What was typed stays for the officer to correct.
        QCOMPARE(s->find<QPlainTextEdit>("engagementText")->toPlainText(), QStringLiteral("Call"));

        // Once corrected, it is stored and the message goes.
        fillAndSave(*s, today, QStringLiteral("Call"), today.addDays(3));
        QCOMPARE(message(*s), QString());
        QCOMPARE(s->model()->rowCount(), 1);
        QVERIFY(!s->model()->index(0, Log::FollowUp).data(Log::OverdueRole).toBool());
    }

    void readOnlyDisablesEveryEdit()
    {
        auto s = open();
        fillAndSave(*s, QDate::currentDate(), QStringLiteral("Meeting"));
        s->panel->setReadOnly(true);
        for (const char* name :
             {"engagementNew", "engagementRemove", "engagementSave", "engagementDiscard"})
            QVERIFY2(!s->find<QPushButton>(name)->isEnabled(), name);
        QVERIFY(!s->find<QComboBox>("engagementKind")->isEnabled());
        QVERIFY(!s->find<QCheckBox>("engagementFollowUpDone")->isEnabled());
        QVERIFY(s->find<QPlainTextEdit>("engagementText")->isReadOnly());
        QVERIFY(s->find<OptionalDateEdit>("engagementDate")->lineEdit()->isReadOnly());
        QVERIFY(!s->panel->save());
        s->panel->removeSelected();
        QCOMPARE(s->model()->rowCount(), 1);
        s->panel->setReadOnly(false);
        QVERIFY(s->find<QPushButton>("engagementSave")->isEnabled());
    }

    void followsTheStakeholderAndItsRemoval()
    {
        auto s = open();
        QAbstractItemModelTester tester(s->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillAndSave(*s, QDate::currentDate(), QStringLiteral("Meeting"));
        Stakeholder other;
        other.name = QStringLiteral("Red Crescent");
        QVERIFY(s->repo().add(other).ok());
        Engagement elsewhere;
        elsewhere.stakeholderId = other.meta.id;
        elsewhere.date = QDate::currentDate();
        QVERIFY(s->repo().add(elsewhere).ok());
        QCOMPARE(s->model()->rowCount(), 1); // another stakeholder's entry is not shown

        auto removed = s->repo().remove(s->stakeholder);
        QVERIFY(removed.ok());
        QCOMPARE(s->model()->rowCount(), 0);
        QVERIFY(s->repo().restore(removed.value()).ok());
        QCOMPARE(s->model()->rowCount(), 1);

        s->panel->setStakeholder(other.meta.id);
        QCOMPARE(s->model()->rowCount(), 1);
        s->panel->setStakeholder({});
        QCOMPARE(s->model()->rowCount(), 0);
        QVERIFY(!s->find<QPushButton>("engagementNew")->isEnabled());
    }

    // Right to left (Arabic), the entry just added is selected for editing too.
    void newEntryIsSelectedRightToLeft()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto s = open();
        fillAndSave(*s, QDate::currentDate(), QStringLiteral("Call"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(s->find<QTableView>("engagementTable")->currentIndex().row(), 0);
        QCOMPARE(s->find<QPushButton>("engagementSave")->text(), QStringLiteral("&Save changes"));
    }

    // The log of the demo city's most engaged stakeholder, in English and in French, with
    // an overdue follow-up selected.
    void rendersTheDemoCity_data() { DemoScreenshot::addLanguages(); }

    void rendersTheDemoCity()
    {
        QFETCH(QString, language);
        const DemoScreenshot::LanguageScope scope(language);
        auto city = TestCity::demo(0, language);
        const PaneContext context{city->file(), city->repositories(), city->undoStack()};
        StakeholderRepository& repo = city->repositories().stakeholders();
        QHash<QString, int> counts;
        for (const Engagement& e : repo.engagements())
            ++counts[e.stakeholderId];
        QString busiest;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (busiest.isEmpty() || it.value() > counts.value(busiest))
                busiest = it.key();
        }
        QVERIFY(!busiest.isEmpty());
        // One overdue follow-up, so that the picture shows how it stands out.
        Engagement late;
        late.stakeholderId = busiest;
        late.date = QDate::currentDate().addDays(-40);
        late.kind = Engagement::Kind::Consultation;
        late.summary = language == QLatin1String("fr")
                           ? QStringLiteral("Consultation sur le guichet d’accueil")
                           : QStringLiteral("Consultation on the welcome desk");
        late.followUpDate = QDate::currentDate().addDays(-5);
        QVERIFY(repo.add(late).ok());

        EngagementLogPanel panel(context);
        panel.setStakeholder(busiest);
        panel.resize(760, 640);
        panel.show();
        QVERIFY(panel.model()->overdueCount() >= 1);
        selectRow(panel.findChild<QTableView*>(QStringLiteral("engagementTable")),
                  panel.model()->rowOf(late.meta.id));
        QVERIFY(DemoScreenshot::grab(panel, QStringLiteral("engagement-log-") + language));
    }
};

QTEST_MAIN(TestEngagementLog)
#include "TestEngagementLog.moc"
