// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "stakeholders/StakeholderPicker.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/detail/RelationsPanel.h"
#include "stakeholders/detail/RelationsPanelModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

class TestRelationsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<PaneContext> m_context;
    std::unique_ptr<RelationsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Stakeholder m_a, m_b, m_c;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }
    template <typename T> T* find(const char* name)
    {
        T* w = m_panel->findChild<T*>(QLatin1String(name));
        [&] { QVERIFY2(w, name); }();
        return w;
    }
    RelationsPanelModel* model() { return m_panel->model(); }
    QString cell(int row, int column) { return model()->index(row, column).data().toString(); }
    void selectRow(int row)
    {
        auto* table = find<QTableView>("relationsTable");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model()->index(row, 0)).center());
    }
    void chooseKind(StakeholderRelation::Kind kind)
    {
        auto* combo = find<QComboBox>("relationKind");
        combo->setCurrentIndex(combo->findData(int(kind)));
    }
    QString message() { return find<QLabel>("relationMessage")->text(); }

private slots:
    void init()
    {
        m_city = TestCity::create();
        for (auto [s, name] : {std::pair{&m_a, "Mairie"}, std::pair{&m_b, "Entraide"},
                               std::pair{&m_c, "Croissant-Rouge"}}) {
            s->name = QLatin1String(name);
            QVERIFY(repo().add(*s).ok());
        }
        m_context = std::make_unique<PaneContext>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        m_panel = std::make_unique<RelationsPanel>(*m_context);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->resize(700, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->setStakeholder(m_a.meta.id);
    }

    void cleanup()
    {
        m_tester.reset();
        m_panel.reset();
        m_context.reset();
        m_city.reset();
    }

    void addsEditsAndRemovesWithUndo()
    {
        QCOMPARE(model()->rowCount(), 0);
        find<StakeholderPicker>("relationOther")->lineEdit()->setText(QStringLiteral("entraide"));
        chooseKind(StakeholderRelation::Kind::Funding);
        find<QSpinBox>("relationStrength")->setValue(4);
        find<QLineEdit>("relationNotes")->setText(QStringLiteral("Subsidy 2025"));
        QTest::mouseClick(find<QPushButton>("relationAdd"), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, RelationsPanelModel::Other), m_b.name);
        QCOMPARE(cell(0, RelationsPanelModel::Kind), QStringLiteral("Funding"));
        QCOMPARE(cell(0, RelationsPanelModel::Direction), QStringLiteral("Funds them"));
        QCOMPARE(cell(0, RelationsPanelModel::Strength), QStringLiteral("4"));
        QCOMPARE(cell(0, RelationsPanelModel::Notes), QStringLiteral("Subsidy 2025"));
        QCOMPARE(repo().relations(m_b.meta.id).size(), 1);
        QVERIFY(message().isEmpty());

        m_city->undoStack().undo();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(repo().relations().isEmpty());
        m_city->undoStack().redo();
        QCOMPARE(model()->rowCount(), 1);

        // Edit: the form shows the selected relation; a change is one undoable step.
        selectRow(0);
        QCOMPARE(find<QSpinBox>("relationStrength")->value(), 4);
        QCOMPARE(find<StakeholderPicker>("relationOther")->currentId(), m_b.meta.id);
        find<QSpinBox>("relationStrength")->setValue(2);
        find<StakeholderPicker>("relationOther")->setCurrentId(m_c.meta.id);
        QVERIFY(find<QPushButton>("relationApply")->isEnabled());
        QTest::mouseClick(find<QPushButton>("relationApply"), Qt::LeftButton);
        QVERIFY2(message().isEmpty(), qPrintable(message()));
        QCOMPARE(repo().relations().first().strength, 2);
        QCOMPARE(repo().relations().first().toId, m_c.meta.id);
        QCOMPARE(cell(0, RelationsPanelModel::Other), m_c.name);
        m_city->undoStack().undo();
        QCOMPARE(repo().relations().first().strength, 4);
        QCOMPARE(cell(0, RelationsPanelModel::Other), m_b.name);
        m_city->undoStack().redo();
        QCOMPARE(cell(0, RelationsPanelModel::Strength), QStringLiteral("2"));

        selectRow(0);
        QTest::mouseClick(find<QPushButton>("relationRemove"), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!find<QPushButton>("relationRemove")->isEnabled());
        m_city->undoStack().undo();
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(repo().relations().size(), 1);
        QCOMPARE(m_city->undoStack().count(), 3);
    }

    void showsValidationMessagesInline()
    {
        // Nobody chosen.
        QTest::mouseClick(find<QPushButton>("relationAdd"), Qt::LeftButton);
        QVERIFY(find<QLabel>("relationMessage")->isVisible());
        QVERIFY(message().contains(QStringLiteral("Choose the other stakeholder")));
        // A name that is nobody's.
        find<StakeholderPicker>("relationOther")->lineEdit()->setText(QStringLiteral("Nobody"));
        QTest::mouseClick(find<QPushButton>("relationAdd"), Qt::LeftButton);
        QVERIFY(message().contains(QStringLiteral("Nobody")));
        // The stakeholder itself is not offered.
        find<StakeholderPicker>("relationOther")->lineEdit()->setText(m_a.name);
        QVERIFY(find<StakeholderPicker>("relationOther")->currentId().isEmpty());
        // The same tie twice: the core's message.
        find<StakeholderPicker>("relationOther")->setCurrentId(m_b.meta.id);
        QTest::mouseClick(find<QPushButton>("relationAdd"), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 1);
        QTest::mouseClick(find<QPushButton>("relationAdd"), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(find<QLabel>("relationMessage")->isVisible());
        QVERIFY(!message().isEmpty());
        QCOMPARE(m_city->undoStack().count(), 1);
    }

    void followsEditsMadeElsewhere()
    {
        StakeholderRelation r;
        r.fromId = m_c.meta.id;
        r.toId = m_a.meta.id;
        r.kind = StakeholderRelation::Kind::Referral;
        QVERIFY(repo().add(r).ok());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, RelationsPanelModel::Direction), QStringLiteral("Referred by them"));
        // Relations not about the stakeholder shown stay out.
        StakeholderRelation other;
        other.fromId = m_b.meta.id;
        other.toId = m_c.meta.id;
        QVERIFY(repo().add(other).ok());
        QCOMPARE(model()->rowCount(), 1);

        Stakeholder renamed = *repo().stakeholder(m_c.meta.id);
        renamed.name = QStringLiteral("Croissant-Rouge de Valmer");
        QVERIFY(repo().update(renamed).ok());
        QCOMPARE(cell(0, RelationsPanelModel::Other), renamed.name);

        // Removing the other stakeholder takes the relation with it; undo brings it back.
        auto removed = repo().remove(renamed);
        QVERIFY(removed.ok());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(repo().restore(removed.value()).ok());
        QCOMPARE(model()->rowCount(), 1);

        m_panel->setStakeholder(m_b.meta.id);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, RelationsPanelModel::Other), renamed.name);
        m_panel->setStakeholder({});
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!find<QPushButton>("relationAdd")->isEnabled());
    }

    void readOnlyRefusesEveryEdit()
    {
        StakeholderRelation r;
        r.fromId = m_a.meta.id;
        r.toId = m_b.meta.id;
        QVERIFY(repo().add(r).ok());
        m_panel->setReadOnly(true);
        selectRow(0);
        for (const char* name : {"relationAdd", "relationApply", "relationRemove"})
            QVERIFY2(!find<QPushButton>(name)->isEnabled(), name);
        for (const char* name :
             {"relationOther", "relationKind", "relationStrength", "relationNotes"})
            QVERIFY2(!find<QWidget>(name)->isEnabled(), name);
        QCOMPARE(m_city->undoStack().count(), 0);
        m_panel->setReadOnly(false);
        QVERIFY(find<QPushButton>("relationRemove")->isEnabled());
    }
};

QTEST_MAIN(TestRelationsPanel)
#include "TestRelationsPanel.moc"
