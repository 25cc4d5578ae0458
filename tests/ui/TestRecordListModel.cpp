// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "common/RecordListModel.h"
#include "common/RecordRoles.h"
#include "common/RecordSortProxy.h"
#include "common/TextLimits.h"
#include "common/ThemeNames.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// The smallest table a pane could make of another repository's records than the profile's:
// the themes, by name. It shows that RecordListModel knows nothing of the profile.
class ThemesTable : public RecordListModel<ThemeRepository, Theme>
{
public:
    explicit ThemesTable(const PaneContext& context)
        : RecordListModel(context, context.repositories.themes(),
                          {&ThemeRepository::themes, &ThemeRepository::themeAdded,
                           &ThemeRepository::themeUpdated, &ThemeRepository::themeRemoved},
                          nullptr)
    {
    }

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Theme& t = record(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case RecordRoles::SortRole:
            return t.name;
        case RecordRoles::IdRole:
            return t.meta.id;
        default:
            return {};
        }
    }

protected:
    bool isEditableColumn(int column) const override { return column == 0; }
    Theme newRecord() const override
    {
        Theme t;
        t.name = QStringLiteral("New theme");
        return t;
    }
    bool sortsBefore(const Theme& theme, const Theme& other) const override
    {
        return theme.name < other.name;
    }
    bool setField(Theme& theme, int, const QVariant& value) override
    {
        theme.name = value.toString().trimmed();
        return true;
    }
    QString addText() const override { return QStringLiteral("Add a theme"); }
    QString editText(const Theme& t) const override { return QStringLiteral("Edit ") + t.name; }
    QString removeText(const Theme& t) const override { return QStringLiteral("Remove ") + t.name; }
    QString removeManyText(int count) const override
    {
        return QStringLiteral("Remove %1 themes").arg(count);
    }
};

} // namespace

// The shared pieces of ui/common over a repository that is not the profile's: RecordListModel
// follows the repository row by row, edits only through undo steps and refuses what the
// repository's validation refuses; ThemeNames follows the themes.
class TestRecordListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    PaneContext context() { return {m_city->file(), m_city->repositories(), m_city->undoStack()}; }
    ThemeRepository& themes() { return m_city->repositories().themes(); }
    QStringList names(const QAbstractItemModel& model) const
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data().toString();
        return list;
    }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Bari")); }

    void cleanup() { m_city.reset(); }

    void showsTheRecordsInTheFilesOrder()
    {
        ThemesTable model(context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList expected;
        for (const Theme& t : themes().themes())
            expected << t.name;
        QVERIFY(!expected.isEmpty());
        QCOMPARE(names(model), expected);
        QCOMPARE(model.rowOf(themes().themes().constLast().meta.id), int(expected.size()) - 1);
        QCOMPARE(model.rowOf(QStringLiteral("no such id")), -1);
    }

    void followsTheRepositoryRowByRow()
    {
        ThemesTable model(context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Written elsewhere (another pane, an import): the row appears at its place.
        Theme first;
        first.name = QStringLiteral("Aaa first");
        first.position = -1;
        QVERIFY(themes().add(first).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.record(0), first);

        first.name = QStringLiteral("Renamed");
        QVERIFY(themes().update(first).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Renamed"));

        Result<RowSnapshot> snap = themes().remove(first);
        QVERIFY(snap.ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(first.meta.id), -1);
        QVERIFY(themes().restore(snap.value()).ok());
        QCOMPARE(model.rowOf(first.meta.id), 0);
        QCOMPARE(reset.size(), 0);
    }

    void editsAreUndoSteps()
    {
        ThemesTable model(context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack& stack = m_city->undoStack();
        const int count = model.rowCount();

        const int row = model.addRecord();
        QCOMPARE(row, count);
        QCOMPARE(stack.count(), 1);
        const QString id = model.record(row).meta.id;
        QCOMPARE(themes().theme(id)->name, QStringLiteral("New theme"));
        // After the last one.
        QVERIFY(model.record(row).position > model.record(row - 1).position);

        QVERIFY(model.setData(model.index(row, 0), QStringLiteral(" Night buses ")));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(themes().theme(id)->name, QStringLiteral("Night buses"));
        // The same value again is no step at all.
        QVERIFY(model.setData(model.index(row, 0), QStringLiteral("Night buses")));
        QCOMPARE(stack.count(), 2);

        model.removeRecords({0, row});
        QCOMPARE(stack.count(), 3);
        QCOMPARE(model.rowCount(), count - 1);
        QVERIFY(!themes().theme(id));

        stack.undo();
        QCOMPARE(model.rowCount(), count + 1);
        QCOMPARE(model.rowOf(id), row);
        stack.undo();
        QCOMPARE(themes().theme(id)->name, QStringLiteral("New theme"));
        stack.undo();
        QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(model.rowCount(), count);
    }

    void refusesWhatTheRepositoryRefuses()
    {
        ThemesTable model(context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy messages(&model, &RecordTableModel::messageChanged);
        const QString taken = model.record(0).name;
        const std::optional<Error> expected = themes().validate([&] {
            Theme t = model.record(1);
            t.name = taken;
            return t;
        }());
        QVERIFY(expected);

        QVERIFY(!model.setData(model.index(1, 0), taken));
        QCOMPARE(m_city->undoStack().count(), 0);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), expected->message);
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("  ")));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(themes().theme(model.record(1).meta.id), model.record(1));

        // A good edit clears the message.
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Fine")));
        QCOMPARE(messages.size(), 3);
        QVERIFY(messages.at(2).at(0).toString().isEmpty());
    }

    void readOnlyRefusesEveryEdit()
    {
        ThemesTable model(context());
        model.setReadOnly(true);
        const int count = model.rowCount();
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("Changed")));
        QCOMPARE(model.addRecord(), -1);
        model.removeRecords({0});
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(m_city->undoStack().count(), 0);
        model.setReadOnly(false);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    }

    void sortProxySortsTheNames()
    {
        for (const QString& name : {QStringLiteral("Zeta"), QStringLiteral("éta"),
                                    QStringLiteral("Alpha 10"), QStringLiteral("Alpha 9")}) {
            Theme t;
            t.name = name;
            QVERIFY(themes().add(t).ok());
        }
        ThemesTable model(context());
        RecordSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(0, Qt::AscendingOrder);
        const QStringList sorted = names(proxy);
        // Numbers as numbers, accents folded (even under the C locale of the tests).
        QVERIFY(sorted.indexOf(QStringLiteral("Alpha 9")) <
                sorted.indexOf(QStringLiteral("Alpha 10")));
        QVERIFY(sorted.indexOf(QStringLiteral("éta")) < sorted.indexOf(QStringLiteral("Zeta")));
        QCOMPARE(sorted.constLast(), QStringLiteral("Zeta"));
        proxy.sort(-1);
        QCOMPARE(names(proxy), names(model));
    }

    void themeNamesFollowTheThemes()
    {
        ThemeNames names(themes());
        QSignalSpy changed(&names, &ThemeNames::changed);
        const Theme first = themes().themes().constFirst();
        QCOMPARE(names.name(first.meta.id), first.name);
        QVERIFY(names.contains(first.meta.id));
        QVERIFY(names.name(QString()).isEmpty());
        QVERIFY(!names.contains(QStringLiteral("no such id")));

        Theme renamed = first;
        renamed.name = QStringLiteral("Renamed");
        QVERIFY(themes().update(renamed).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(names.name(first.meta.id), QStringLiteral("Renamed"));

        Result<RowSnapshot> snap = themes().remove(renamed);
        QVERIFY(snap.ok());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!names.contains(first.meta.id));
        QVERIFY(themes().restore(snap.value()).ok());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(names.name(first.meta.id), QStringLiteral("Renamed"));

        // A long name is shortened for a cell.
        Theme longName;
        longName.name = QString(900, QLatin1Char('x'));
        QVERIFY(themes().add(longName).ok());
        QCOMPARE(names.name(longName.meta.id), TextLimits::shortened(longName.name));
        QVERIFY(names.name(longName.meta.id).size() < longName.name.size());
    }
};

QTEST_MAIN(TestRecordListModel)
#include "TestRecordListModel.moc"
