// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "commands/StakeholderImportCommand.h"
#include "shell/PaneContext.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Model = StakeholderTableModel;

// What the stakeholder table's tests share: a city file of their own, stakeholders and
// engagements added to it, and the rows a model shows.
class StakeholderTableTesting
{
protected:
    // A new city of the test's own (TestCity), with the shortcuts these tests use.
    struct Fixture
    {
        std::unique_ptr<TestCity> city = TestCity::create();
        CityFile* file = &city->file();
        Repositories* repos = &city->repositories();

        PaneContext context() { return {*file, *repos, city->undoStack()}; }
        StakeholderRepository& stakeholders() { return repos->stakeholders(); }
        QUndoStack& stack() { return city->undoStack(); }
    };

    static std::unique_ptr<Fixture> makeCity() { return std::make_unique<Fixture>(); }

    static Stakeholder add(Fixture& city, const QString& name,
                           Stakeholder::Kind kind = Stakeholder::Kind::Ngo,
                           Stakeholder::Level level = Stakeholder::Level::Local,
                           const QStringList& themeIds = {}, const QString& notes = {})
    {
        Stakeholder s;
        s.name = name;
        s.kind = kind;
        s.level = level;
        s.themeIds = themeIds;
        s.notes = notes;
        if (Result<void> r = city.stakeholders().add(s); !r)
            qFatal("cannot add a stakeholder: %s", qPrintable(r.error().message));
        return s;
    }

    static void addEngagement(Fixture& city, const Stakeholder& s, const QDate& date,
                              const QDate& followUp = {})
    {
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = date;
        e.followUpDate = followUp;
        if (Result<void> r = city.stakeholders().add(e); !r)
            qFatal("cannot add an engagement: %s", qPrintable(r.error().message));
    }

    static QStringList names(const Model& model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, Model::Name).data().toString();
        return out;
    }

    static Result<ImportReport> import(Fixture& city, const QByteArray& csv)
    {
        const Result<CsvTable> table = CsvReader::parse(csv);
        if (!table)
            qFatal("cannot read the test table: %s", qPrintable(table.error().message));
        return StakeholderImportCommand::execute(
            city.stack(), *city.repos, table.value(),
            StakeholderCsvImport::autoMapping(table.value().header),
            StakeholderImportCommand::Policy::Update);
    }

    // The ids shown, in order: a model that followed changes must show what a new one shows.
    static QStringList ids(const Model& model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, Model::Name).data(Model::IdRole).toString();
        return out;
    }

    static QStringList freshIds(Fixture& city, const Model& like)
    {
        Model fresh(city.context());
        fresh.ensurePrepared();
        fresh.setFilter(like.filter());
        fresh.sort(Model::Name, Qt::DescendingOrder);
        return ids(fresh);
    }
};
