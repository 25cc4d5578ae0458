// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoScreenshot.h"
#include "TestCity.h"
#include "common/OptionalDateEdit.h"
#include "i18n/Translator.h"
#include "shell/MessageBar.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderPicker.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/group/GroupAttendanceModel.h"
#include "stakeholders/group/GroupDecisionsModel.h"
#include "stakeholders/group/GroupMeetingsModel.h"
#include "stakeholders/group/GroupMeetingsPanel.h"
#include "stakeholders/group/GroupMembersModel.h"
#include "stakeholders/group/StakeholderGroupView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Meetings = GroupMeetingsModel;
using Members = GroupMembersModel;
using Tester = QAbstractItemModelTester;

// The City Stakeholder Group view driven as an officer would: members chosen by name, a meeting
// entered, attendance ticked, decisions added, each undone and redone.
class TestStakeholderGroupView : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        std::unique_ptr<TestCity> city = TestCity::create();
        std::unique_ptr<StakeholderGroupView> view;
        QList<Stakeholder> people;
        std::vector<std::unique_ptr<Tester>> testers;

        PaneContext context() { return {city->file(), city->repositories(), city->undoStack()}; }
        StakeholderRepository& stakeholders() { return city->repositories().stakeholders(); }
        GroupRepository& group() { return city->repositories().group(); }
        QUndoStack& stack() { return city->undoStack(); }
        // The widget, on the tab (members or meetings) shown, as the officer would see it.
        template <typename T> T* find(const char* name)
        {
            auto* w = view->findChild<T*>(QLatin1String(name));
            if (!w)
                qFatal("no widget %s", name);
            auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("groupTabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(w))
                    tabs->setCurrentIndex(i);
            }
            return w;
        }
        GroupMeetingsPanel* panel() { return view->meetingsPanel(); }
        QString attendanceOf(int row)
        {
            return panel()->meetings()->index(row, Meetings::Attendance).data().toString();
        }
        void click(const char* name) { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
        QString message(const char* name)
        {
            auto* bar = find<MessageBar>(name);
            return bar->isVisible() ? bar->message() : QString();
        }
    };

    // Three stakeholders, the first two already members.
    static std::unique_ptr<Session> open()
    {
        auto s = std::make_unique<Session>();
        for (const char* name : {"Association Al Amal", "Croix-Rouge", "Maison de l emploi"}) {
            Stakeholder st;
            st.name = QString::fromUtf8(name);
            if (!s->stakeholders().add(st))
                qFatal("cannot add a stakeholder");
            s->people << st;
        }
        for (int i = 0; i < 2; ++i) {
            GroupMember m;
            m.stakeholderId = s->people.at(i).meta.id;
            m.role = i == 0 ? QStringLiteral("Chair") : QStringLiteral("Member");
            if (!s->group().add(m))
                qFatal("cannot add a member");
        }
        s->view = std::make_unique<StakeholderGroupView>(s->context());
        s->view->resize(1100, 700);
        s->view->show();
        GroupMeetingsPanel* panel = s->panel();
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
                 s->view->members(), panel->meetings(), panel->attendance(), panel->decisions()})
            s->testers.push_back(
                std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest));
        return s;
    }

    static void typeDate(Session& s, const char* name, const QString& text)
    {
        QLineEdit* edit = s.find<OptionalDateEdit>(name)->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QString dateText(const QDate& date)
    {
        return QLocale().toString(date, OptionalDateEdit::displayFormat());
    }

    static void addMeeting(Session& s, const QDate& date, const QString& place)
    {
        s.click("meetingNew");
        typeDate(s, "meetingDate", dateText(date));
        auto* placeEdit = s.find<QLineEdit>("meetingPlace");
        placeEdit->clear();
        QTest::keyClicks(placeEdit, place);
        QTest::keyClicks(s.find<QPlainTextEdit>("meetingAgenda"), QStringLiteral("Priorities"));
        s.click("meetingSave");
    }

    // Ticks or unticks the member's box with the keyboard, as a user of the table would.
    static void toggleAttendance(Session& s, int row)
    {
        auto* view = s.find<QTableView>("attendanceTable");
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, Members::Name));
        QTest::keyClick(view, Qt::Key_Space);
    }

    // As a click on the row would (QTableView::selectRow() misses in right-to-left layouts).
    static void selectRow(QTableView* view, int row)
    {
        view->setCurrentIndex(view->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        // English plural forms ("1 of 1 member attended") come from the English translation.
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void membersMeetingsAttendanceAndDecisions()
    {
        auto s = open();
        Members* members = s->view->members();
        QCOMPARE(members->rowCount(), 2);
        auto* picker = s->find<StakeholderPicker>("memberPicker");
        // Members already in are not offered.
        QCOMPARE(picker->choiceCount(), 1);

        // A member added by typing its name.
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Maison de l emploi"));
        QTest::keyClicks(s->find<QLineEdit>("memberRole"), QStringLiteral("Observer"));
        s->click("memberAdd");
        QCOMPARE(s->message("memberMessage"), QString());
        QCOMPARE(members->rowCount(), 3);
        QCOMPARE(members->index(members->rowCount() - 1, Members::Role).data().toString(),
                 QStringLiteral("Observer"));
        QCOMPARE(picker->choiceCount(), 0);
        s->stack().undo();
        QCOMPARE(members->rowCount(), 2);
        QCOMPARE(picker->choiceCount(), 1);
        s->stack().redo();
        QCOMPARE(members->rowCount(), 3);

        // A meeting, with two of the three members ticked present.
        addMeeting(*s, QDate(2026, 3, 12), QStringLiteral("Town hall"));
        QCOMPARE(s->message("meetingMessage"), QString());
        Meetings* meetings = s->panel()->meetings();
        QCOMPARE(meetings->rowCount(), 1);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("0 of 3 members attended"));
        toggleAttendance(*s, 0);
        toggleAttendance(*s, 1);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("2 of 3 members attended"));
        QCOMPARE(s->group().meetings().first().attendeeMemberIds.size(), 2);
        s->stack().undo();
        QCOMPARE(s->attendanceOf(0), QStringLiteral("1 of 3 members attended"));
        QCOMPARE(s->panel()->attendance()->index(1, Members::Name).data(Qt::CheckStateRole),
                 QVariant(Qt::Unchecked));
        s->stack().redo();
        QCOMPARE(s->attendanceOf(0), QStringLiteral("2 of 3 members attended"));

        // A decision, undone and redone.
        QTest::keyClicks(s->find<QLineEdit>("decisionText"), QStringLiteral("Open a welcome desk"));
        s->click("decisionAdd");
        GroupDecisionsModel* decisions = s->panel()->decisions();
        QCOMPARE(decisions->rowCount(), 1);
        QCOMPARE(s->group().meetings().first().decisions,
                 QStringList{QStringLiteral("Open a welcome desk")});
        QVERIFY(s->find<QLineEdit>("decisionText")->text().isEmpty());
        s->stack().undo();
        QCOMPARE(decisions->rowCount(), 0);
        s->stack().redo();
        QCOMPARE(decisions->rowCount(), 1);
        // Corrected in place, then removed.
        QVERIFY(decisions->setData(decisions->index(0, 0), QStringLiteral("Open two desks")));
        QCOMPARE(decisions->index(0, 0).data().toString(), QStringLiteral("Open two desks"));
        selectRow(s->find<QTableView>("decisionsTable"), 0);
        s->click("decisionRemove");
        QCOMPARE(decisions->rowCount(), 0);
        s->stack().undo();
        QCOMPARE(decisions->index(0, 0).data().toString(), QStringLiteral("Open two desks"));

        // The meeting itself: edited (place and minutes, one step), removed and back.
        auto* place = s->find<QLineEdit>("meetingPlace");
        auto* minutes = s->find<QPlainTextEdit>("meetingMinutes");
        QVERIFY(minutes->toPlainText().isEmpty());
        place->clear();
        QTest::keyClicks(place, QStringLiteral("Maison des associations"));
        QTest::keyClicks(minutes, QStringLiteral("Desk opens in May"));
        const int steps = s->stack().index();
        s->click("meetingSave");
        QCOMPARE(s->stack().index(), steps + 1);
        QCOMPARE(meetings->index(0, Meetings::Place).data().toString(),
                 QStringLiteral("Maison des associations"));
        QCOMPARE(s->group().meetings().first().minutes, QStringLiteral("Desk opens in May"));
        s->stack().undo();
        QCOMPARE(meetings->index(0, Meetings::Place).data().toString(),
                 QStringLiteral("Town hall"));
        QCOMPARE(place->text(), QStringLiteral("Town hall"));
        QVERIFY(s->group().meetings().first().minutes.isEmpty());
        QVERIFY(minutes->toPlainText().isEmpty());
        s->stack().redo();
        QCOMPARE(minutes->toPlainText(), QStringLiteral("Desk opens in May"));
        s->stack().undo();
        s->click("meetingRemove");
        QCOMPARE(meetings->rowCount(), 0);
        s->stack().undo();
        QCOMPARE(meetings->rowCount(), 1);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("2 of 3 members attended"));
    }

    // The date a member joined is changed in the table with the forms' date field: stored as one
    // step, refused with a message when it is not a date, and emptied when cleared.
    // Members in the reader's name order, numbers by value, a new one and a renamed one
    // placed at once.
    void membersInTheReadersNameOrder()
    {
        auto s = open();
        Members* members = s->view->members();
        const auto join = [&s](const QString& name) {
            Stakeholder st;
            st.name = name;
            QVERIFY(s->stakeholders().add(st).ok());
            GroupMember m;
            m.stakeholderId = st.meta.id;
            QVERIFY(s->group().add(m).ok());
        };
        join(QStringLiteral("Lot 10"));
        join(QStringLiteral("Lot 9"));
        QStringList names;
        for (int r = 0; r < members->rowCount(); ++r)
            names << members->nameOf(r);
        QCOMPARE(names, QStringList({"Association Al Amal", "Croix-Rouge", "Lot 9", "Lot 10"}));
    }

    void aLongNameIsWholeWhenTheViewHasRoom()
    {
        auto s = open();
        Stakeholder st;
        st.name = QStringLiteral("Hellenic Ministry of Migration and Asylum, Directorate of "
                                 "Social Integration");
        QVERIFY(s->stakeholders().add(st).ok());
        GroupMember m;
        m.stakeholderId = st.meta.id;
        m.role = QStringLiteral("Observer");
        QVERIFY(s->group().add(m).ok());
        auto* table = s->find<QTableView>("membersTable");
        QTRY_VERIFY(table->isVisible());
        const int needed = table->fontMetrics().horizontalAdvance(st.name);
        QVERIFY2(table->columnWidth(Members::Name) > needed,
                 qPrintable(QString::number(table->columnWidth(Members::Name))));
        // Every column in view: the role and the date are not pushed out by the name.
        int total = 0;
        for (int c = 0; c < Members::ColumnCount; ++c)
            total += table->columnWidth(c);
        QVERIFY(total <= table->viewport()->width());
    }

    void joinDateEditedInPlace()
    {
        auto s = open();
        Members* members = s->view->members();
        auto* view = s->find<QTableView>("membersTable");
        const QDate before = s->group().members().first().joinedOn;
        const auto edit = [&](const QString& text) {
            view->setFocus();
            view->setCurrentIndex(members->index(0, Members::Since));
            QTest::keyClick(view, Qt::Key_F2);
            auto* editor = view->viewport()->findChild<OptionalDateEdit*>();
            QVERIFY(editor);
            editor->lineEdit()->clear();
            QTest::keyClicks(editor->lineEdit(), text);
            QTest::keyClick(editor->lineEdit(), Qt::Key_Return);
        };

        const int steps = s->stack().index();
        edit(dateText(QDate(2024, 9, 2)));
        QTRY_COMPARE(s->group().members().first().joinedOn, QDate(2024, 9, 2));
        QCOMPARE(s->stack().index(), steps + 1);
        QCOMPARE(members->index(0, Members::Since).data().toString(), dateText(QDate(2024, 9, 2)));
        QCOMPARE(s->message("memberMessage"), QString());

        edit(QStringLiteral("next spring"));
        QTRY_VERIFY(!s->message("memberMessage").isEmpty());
        QVERIFY(s->message("memberMessage").contains(QLatin1String("next spring")));
        QCOMPARE(s->group().members().first().joinedOn, QDate(2024, 9, 2));
        QCOMPARE(s->stack().index(), steps + 1);

        edit(QString());
        QTRY_VERIFY(!s->group().members().first().joinedOn.isValid());
        QVERIFY(members->index(0, Members::Since).data().toString().isEmpty());
        s->stack().undo();
        QCOMPARE(s->group().members().first().joinedOn, QDate(2024, 9, 2));
        s->stack().undo();
        QCOMPARE(s->group().members().first().joinedOn, before);
    }

    void roleEditedInPlaceAndMemberRemoved()
    {
        auto s = open();
        Members* members = s->view->members();
        auto* view = s->find<QTableView>("membersTable");
        const QModelIndex role = members->index(0, Members::Role);
        view->setFocus();
        view->setCurrentIndex(role);
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Co-chair"));
        QCOMPARE(editor->text(), QStringLiteral("Co-chair"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(members->index(0, Members::Role).data().toString(),
                     QStringLiteral("Co-chair"));
        QCOMPARE(s->message("memberMessage"), QString());
        QCOMPARE(s->group().members().first().role, QStringLiteral("Co-chair"));
        s->stack().undo();
        QCOMPARE(members->index(0, Members::Role).data().toString(), QStringLiteral("Chair"));

        // A double-click on the name opens the stakeholder in the pane.
        QSignalSpy activated(s->view.get(), &StakeholderGroupView::stakeholderActivated);
        const QModelIndex name = members->index(0, Members::Name);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), s->people.at(0).meta.id);

        selectRow(view, 1);
        s->click("memberRemove");
        QCOMPARE(members->rowCount(), 1);
        s->stack().undo();
        QCOMPARE(members->rowCount(), 2);
    }

    void removingAStakeholderUpdatesMembersAndAttendance()
    {
        auto s = open();
        addMeeting(*s, QDate(2026, 1, 20), QStringLiteral("Town hall"));
        toggleAttendance(*s, 0);
        toggleAttendance(*s, 1);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("2 of 2 members attended"));

        auto removed = s->stakeholders().remove(s->people.at(0));
        QVERIFY(removed.ok());
        QCOMPARE(s->view->members()->rowCount(), 1);
        QCOMPARE(s->panel()->attendance()->rowCount(), 1);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("1 of 1 member attended"));
        QVERIFY(s->stakeholders().restore(removed.value()).ok());
        QCOMPARE(s->view->members()->rowCount(), 2);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("2 of 2 members attended"));
        QCOMPARE(s->panel()->attendance()->index(0, Members::Name).data(Qt::CheckStateRole),
                 QVariant(Qt::Checked));

        // A new member changes the counts, not what the officer is typing in the form.
        auto* place = s->find<QLineEdit>("meetingPlace");
        QTest::keyClicks(place, QStringLiteral(", room 2"));
        GroupMember third;
        third.stakeholderId = s->people.at(2).meta.id;
        QVERIFY(s->group().add(third).ok());
        QCOMPARE(s->attendanceOf(0), QStringLiteral("2 of 3 members attended"));
        QCOMPARE(place->text(), QStringLiteral("Town hall, room 2"));
    }

    void badInputIsExplainedAndNothingStored()
    {
        auto s = open();
        const int steps = s->stack().count();
        // A meeting without a date.
        s->click("meetingNew");
        QTest::keyClicks(s->find<QLineEdit>("meetingPlace"), QStringLiteral("Town hall"));
        s->click("meetingSave");
        QVERIFY(s->message("meetingMessage").contains(QStringLiteral("date")));
        QCOMPARE(s->panel()->meetings()->rowCount(), 0);
        typeDate(*s, "meetingDate", QStringLiteral("next Tuesday"));
        s->click("meetingSave");
        QVERIFY(s->message("meetingMessage").contains(QStringLiteral("is not a date")));
        QCOMPARE(s->find<QLineEdit>("meetingPlace")->text(), QStringLiteral("Town hall"));

        // A member with nobody chosen, or a name that is no stakeholder's.
        s->click("memberAdd");
        QVERIFY(s->message("memberMessage").contains(QStringLiteral("Choose the stakeholder")));
        QTest::keyClicks(s->find<StakeholderPicker>("memberPicker")->lineEdit(),
                         QStringLiteral("Nobody"));
        s->click("memberAdd");
        QVERIFY(!s->message("memberMessage").isEmpty());
        QCOMPARE(s->view->members()->rowCount(), 2);
        QVERIFY(s->group().meetings().isEmpty());
        QCOMPARE(s->stack().count(), steps);

        // An empty decision is refused too.
        addMeeting(*s, QDate(2026, 5, 4), QStringLiteral("Online"));
        s->click("decisionAdd");
        QVERIFY(s->message("meetingMessage").contains(QStringLiteral("decision")));
        QCOMPARE(s->panel()->decisions()->rowCount(), 0);
    }

    void readOnlyDisablesEveryEdit()
    {
        auto s = open();
        addMeeting(*s, QDate(2026, 2, 2), QStringLiteral("Town hall"));
        s->view->setReadOnly(true);
        for (const char* name : {"memberAdd", "memberRemove", "meetingNew", "meetingRemove",
                                 "meetingSave", "decisionAdd", "decisionRemove"})
            QVERIFY2(!s->find<QPushButton>(name)->isEnabled(), name);
        QVERIFY(!s->find<StakeholderPicker>("memberPicker")->isEnabled());
        QVERIFY(s->find<QLineEdit>("meetingPlace")->isReadOnly());
        QVERIFY(s->find<OptionalDateEdit>("meetingDate")->lineEdit()->isReadOnly());
        Members* members = s->view->members();
        QVERIFY(!(members->flags(members->index(0, Members::Role)) & Qt::ItemIsEditable));
        QVERIFY(!members->setData(members->index(0, Members::Role), QStringLiteral("X")));
        GroupAttendanceModel* attendance = s->panel()->attendance();
        QVERIFY(
            !(attendance->flags(attendance->index(0, Members::Name)) & Qt::ItemIsUserCheckable));
        toggleAttendance(*s, 0);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("0 of 2 members attended"));
        QVERIFY(!s->view->addMember());
        QVERIFY(!s->panel()->save());
        QCOMPARE(s->panel()->decisions()->addDecision(QStringLiteral("X")).isEmpty(), false);
        QCOMPARE(s->panel()->meetings()->rowCount(), 1);
    }

    // Right to left (Arabic), the meeting just added is selected, its attendance ready to tick.
    void newMeetingIsSelectedRightToLeft()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto s = open();
        addMeeting(*s, QDate(2026, 6, 1), QStringLiteral("Online"));
        toggleAttendance(*s, 0);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(s->attendanceOf(0), QStringLiteral("1 of 2 members attended"));
    }

    // The view on the demo city, in English and in French (longer strings): members then
    // meetings, with the attendance said in words.
    void rendersTheDemoCity_data() { DemoScreenshot::addLanguages(); }

    void rendersTheDemoCity()
    {
        QFETCH(QString, language);
        const DemoScreenshot::LanguageScope scope(language);
        auto city = TestCity::demo(0, language);
        const PaneContext context{city->file(), city->repositories(), city->undoStack()};
        StakeholderGroupView view(context);
        // About the width the view gets beside the stakeholder's details.
        view.resize(860, 700);
        view.show();
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("groupTabs"));
        QVERIFY(DemoScreenshot::grab(view, QStringLiteral("group-members-") + language));
        tabs->setCurrentIndex(1);
        auto* meetings = view.findChild<QTableView*>(QStringLiteral("meetingsTable"));
        QVERIFY(meetings->model()->rowCount() > 0);
        selectRow(meetings, 0);
        QVERIFY(view.meetingsPanel()->attendance()->rowCount() > 0);
        const QString attended =
            meetings->model()->index(0, GroupMeetingsModel::Attendance).data().toString();
        QVERIFY(attended.contains(language == QLatin1String("fr") ? QStringLiteral("sur")
                                                                  : QStringLiteral(" of ")));
        QVERIFY(DemoScreenshot::grab(view, QStringLiteral("group-meetings-") + language));
    }
};

QTEST_MAIN(TestStakeholderGroupView)
#include "TestStakeholderGroupView.moc"
