// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "stakeholders/NetworkLayout.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/network/RelationsNetwork.h"
#include "stakeholders/network/RelationsNetworkLayouter.h"
#include "stakeholders/network/RelationsNetworkNode.h"
#include "stakeholders/network/RelationsNetworkScene.h"
#include "stakeholders/table/StakeholderTableModel.h"

#include <QAbstractButton>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

// A network big enough to be placed on a worker thread: shown while it is placed, with the
// time it takes and a way to stop waiting; the nodes placed show, the others wait.
class TestRelationsNetworkPlacing : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<PaneContext> m_context;
    std::unique_ptr<StakeholderTableModel> m_model;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<RelationsNetwork> m_network;
    QStringList m_ids;

    // A city of pairs of stakeholders, a few more than are placed at once.
    void makeCity()
    {
        m_city = TestCity::create();
        StakeholderRepository& repo = m_city->repositories().stakeholders();
        for (int i = 0; i < RelationsNetworkLayouter::synchronousLimit + 50; ++i) {
            Stakeholder s;
            s.name = QStringLiteral("Stakeholder %1").arg(i);
            QVERIFY(repo.add(s).ok());
            m_ids << s.meta.id;
        }
        for (int i = 1; i < m_ids.size(); i += 2) {
            StakeholderRelation r;
            r.fromId = m_ids.at(i - 1);
            r.toId = m_ids.at(i);
            QVERIFY(repo.add(r).ok());
        }
    }
    void showNetwork()
    {
        m_context = std::make_unique<PaneContext>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        m_model = std::make_unique<StakeholderTableModel>(*m_context);
        m_selection = std::make_unique<QItemSelectionModel>(m_model.get());
        m_network =
            std::make_unique<RelationsNetwork>(*m_context, m_model.get(), m_selection.get());
        m_network->resize(1000, 700);
        m_network->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_network.get()));
    }
    int shownCount() const
    {
        const auto nodes = m_network->scene()->nodes();
        return int(std::count_if(nodes.cbegin(), nodes.cend(),
                                 [](const RelationsNetworkNode* n) { return n->isVisible(); }));
    }
    template <typename T> T* find(const char* name) const
    {
        auto* child = m_network->findChild<T*>(QLatin1String(name));
        [&] { QVERIFY2(child, name); }();
        return child;
    }

    // Graphviz lays out one graph at a time: a big layout started here first keeps the
    // network's waiting for a second or two, long enough to see it and to stop it.
    static std::thread holdGraphviz(std::atomic<bool>& started)
    {
        return std::thread([&started] {
            QList<NetworkLayout::Node> nodes;
            QList<NetworkLayout::Edge> edges;
            for (int i = 0; i < 2500; ++i) {
                nodes.append({QString::number(i), std::nullopt, {90, 20}});
                edges.append({QString::number(i), QString::number((i * 7 + 3) % 2500), 1});
                edges.append({QString::number(i), QString::number((i + 1) % 2500), 2});
            }
            NetworkLayout layout;
            started = true;
            layout.layout(nodes, edges);
        });
    }

private slots:
    void init() { makeCity(); }
    void cleanup()
    {
        m_network.reset();
        m_selection.reset();
        m_model.reset();
        m_context.reset();
        m_city.reset();
        m_ids.clear();
    }

    void placesABigNetworkWithoutBlocking()
    {
        showNetwork();
        QTRY_COMPARE(m_network->scene()->nodes().size(), m_ids.size());
        QTRY_VERIFY_WITH_TIMEOUT(shownCount() == m_ids.size(), 120000);
        QSet<QPair<int, int>> places;
        for (RelationsNetworkNode* node : m_network->scene()->nodes())
            places.insert({qRound(node->pos().x()), qRound(node->pos().y())});
        QCOMPARE(places.size(), m_ids.size());
        QVERIFY(find<QAbstractButton>("networkArrange")->isEnabled());
        QVERIFY(!find<QWidget>("networkPlacing")->isVisible());
        QCOMPARE(m_city->undoStack().count(), 0);
    }

    void showsTheWorkAndCanBeStopped()
    {
        std::atomic<bool> started = false;
        std::thread other = holdGraphviz(started);
        QTRY_VERIFY(started.load());
        QTest::qWait(20);
        showNetwork();
        auto* placing = find<QWidget>("networkPlacing");
        QTRY_VERIFY(placing->isVisible());
        // What is placed, and that the work goes on.
        const QString count = QLocale().toString(qsizetype(m_ids.size()));
        QVERIFY2(find<QLabel>("networkPlacingText")->text().contains(count),
                 qPrintable(find<QLabel>("networkPlacingText")->text()));
        QCOMPARE(find<QProgressBar>("networkPlacingBar")->maximum(), 0);
        QVERIFY(find<QLabel>("networkPlacingElapsed")->text().contains(QLatin1String("second")));
        QVERIFY(!find<QAbstractButton>("networkArrange")->isEnabled());
        QCOMPARE(shownCount(), 0);

        QTest::mouseClick(find<QAbstractButton>("networkPlacingCancel"), Qt::LeftButton);
        // At once: the network back, nothing placed, the status saying why, Arrange offered.
        QVERIFY(!placing->isVisible());
        QVERIFY(find<QWidget>("networkView")->isVisible());
        QCOMPARE(shownCount(), 0);
        QVERIFY2(find<QLabel>("networkStatus")->text().contains(QLatin1String("not placed")),
                 qPrintable(find<QLabel>("networkStatus")->text()));
        QVERIFY(find<QAbstractButton>("networkArrange")->isEnabled());

        // The stopped layout's answer, when it comes, is not used.
        other.join();
        QTest::qWait(1500);
        QCOMPARE(shownCount(), 0);
        QCOMPARE(m_city->undoStack().count(), 0);
        // Nor does an edit start the placing again.
        StakeholderRepository& repo = m_city->repositories().stakeholders();
        Stakeholder renamed = *repo.stakeholder(m_ids.first());
        renamed.name += QStringLiteral(" (renamed)");
        QVERIFY(repo.update(renamed).ok());
        QTest::qWait(300);
        QVERIFY(!placing->isVisible());
        QCOMPARE(shownCount(), 0);

        // Arrange places them all, as one undoable step.
        QTest::mouseClick(find<QAbstractButton>("networkArrange"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_city->undoStack().count() == 1, 120000);
        QTRY_COMPARE(shownCount(), int(m_ids.size()));
        QVERIFY(!placing->isVisible());
        QVERIFY(!find<QLabel>("networkStatus")->text().contains(QLatin1String("not placed")));
    }
};

QTEST_MAIN(TestRelationsNetworkPlacing)
#include "TestRelationsNetworkPlacing.moc"
