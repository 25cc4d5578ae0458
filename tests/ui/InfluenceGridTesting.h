// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "city/Repositories.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/grid/InfluenceGrid.h"
#include "stakeholders/grid/InfluenceGridExport.h"
#include "stakeholders/grid/InfluenceGridView.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/RecordStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

// What the influence grid's tests share (test_influencegrid, test_influencegridreading): a
// small city, the pane's model and selection, and the grid shown on screen.
using Cell = InfluenceGridLayout::Cell;

// A small city, the pane's model and selection, and the grid shown on screen.
struct Fixture
{
    std::unique_ptr<TestCity> city = TestCity::create();
    std::unique_ptr<StakeholderTableModel> model;
    std::unique_ptr<QItemSelectionModel> selection;
    std::unique_ptr<InfluenceGrid> grid;
    QHash<QString, QString> ids; // name -> id

    Fixture()
    {
        add(QStringLiteral("Alpha Association"), Stakeholder::Kind::Ngo, 2, 2);
        add(QStringLiteral("Bureau municipal"), Stakeholder::Kind::Municipal, 2, 2);
        add(QStringLiteral("Centre d’accueil"), Stakeholder::Kind::ServiceProvider, 4, 5);
        add(QStringLiteral("Diocèse de Valmer"), Stakeholder::Kind::Religious, 1, 1);
        add(QStringLiteral("Entreprise solidaire"), Stakeholder::Kind::PrivateSector, 5, 1);
        PaneContext context{city->file(), city->repositories(), city->undoStack()};
        model = std::make_unique<StakeholderTableModel>(context);
        model->ensurePrepared();
        selection = std::make_unique<QItemSelectionModel>(model.get());
        grid = std::make_unique<InfluenceGrid>(context, model.get(), selection.get());
        grid->resize(1000, 800);
        grid->show();
        if (!QTest::qWaitForWindowExposed(grid.get()))
            qFatal("the grid was not shown");
    }

    void add(const QString& name, Stakeholder::Kind kind, int influence, int interest)
    {
        Stakeholder s;
        s.name = name;
        s.kind = kind;
        s.influence = influence;
        s.interest = interest;
        if (!city->repositories().stakeholders().add(s).ok())
            qFatal("cannot add a stakeholder");
        ids.insert(name, s.meta.id);
    }

    InfluenceGridView* view() const { return grid->view(); }
    QWidget* viewport() const { return grid->view()->viewport(); }
    Stakeholder stored(const QString& name)
    {
        return *city->repositories().stakeholders().stakeholder(ids.value(name));
    }
    QPoint cellCenter(const Cell& cell) const
    {
        return view()->mapFromGrid(view()->gridLayout().cellRect(cell).center());
    }
    int markCount() const { return int(view()->gridLayout().marks().size()); }

    void drag(const QPoint& from, const QPoint& to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport(), (from + to) / 2);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }
};

inline int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
