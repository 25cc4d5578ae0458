// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "common/Validation.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

namespace {
QString required()
{
    return Validation::required(QString(), QStringLiteral("The theme's name"))->message;
}
QString duplicate(const QString& name)
{
    return Validation::duplicate(name, QStringLiteral("Theme")).message;
}
Theme named(const QString& name, int position = 100)
{
    Theme t;
    t.name = name;
    t.position = position;
    return t;
}
} // namespace

// The shared list of themes: the built-in ones a file starts with, the officer's own, names
// unique whatever their case, and removal undone with the same identity and the same tags.
class TestThemeRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    ThemeRepository& repo() { return m_city->repositories().themes(); }

    int rows() const { return m_city->rows(QStringLiteral("theme")); }

    auto counts()
    {
        return [this] { return rows(); };
    }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Sfax")); }

    void cleanup() { m_city.reset(); }

    void newFileHasTheBuiltinThemesInOrder()
    {
        const QList<std::pair<QString, QString>> builtins = ThemeRepository::builtinNames("en");
        QVERIFY(builtins.size() >= 5);
        const QList<Theme> themes = repo().themes();
        QCOMPARE(themes.size(), builtins.size());
        for (qsizetype i = 0; i < themes.size(); ++i) {
            QCOMPARE(themes.at(i).builtinKey, builtins.at(i).first);
            QCOMPARE(themes.at(i).name, builtins.at(i).second);
            QCOMPARE(themes.at(i).position, int(i));
            QVERIFY(themes.at(i).isBuiltin());
            QCOMPARE(repo().themeByKey(builtins.at(i).first), themes.at(i));
        }
        QVERIFY(!repo().themeByKey(QStringLiteral("no-such-key")));
        QVERIFY(!repo().theme(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    }

    void builtinNamesFollowTheLanguage()
    {
        const auto english = ThemeRepository::builtinNames(QStringLiteral("en"));
        const auto french = ThemeRepository::builtinNames(QStringLiteral("fr"));
        QCOMPARE(french.size(), english.size());
        bool translated = false;
        for (qsizetype i = 0; i < english.size(); ++i) {
            QCOMPARE(french.at(i).first, english.at(i).first);
            QVERIFY(!french.at(i).second.isEmpty());
            translated = translated || french.at(i).second != english.at(i).second;
        }
        QVERIFY(translated);
        // A language without names falls back to English, key for key.
        QCOMPARE(ThemeRepository::builtinNames(QStringLiteral("sw")), english);

        auto frenchCity = TestCity::create(QStringLiteral("Lyon"), QStringLiteral("fr"));
        const QList<Theme> themes = frenchCity->repositories().themes().themes();
        QCOMPARE(themes.size(), french.size());
        QCOMPARE(themes.constFirst().name, french.constFirst().second);
    }

    void addUpdateRemoveRestore()
    {
        QSignalSpy added(&repo(), &ThemeRepository::themeAdded);
        QSignalSpy updated(&repo(), &ThemeRepository::themeUpdated);
        QSignalSpy removed(&repo(), &ThemeRepository::themeRemoved);
        const QList<Theme> builtins = repo().themes();

        Theme t = named(QStringLiteral("  Night buses  "));
        QVERIFY(repo().add(t).ok());
        verifyNewMeta(t.meta, m_city->file().cityId());
        QVERIFY(!t.isBuiltin());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<Theme>(), t);
        // Stored trimmed; the list ends with it (the largest position).
        QCOMPARE(repo().theme(t.meta.id)->name, QStringLiteral("Night buses"));
        QCOMPARE(repo().themes().constLast().meta.id, t.meta.id);

        QThread::msleep(5);
        t.name = QStringLiteral("Night transport");
        t.position = -1;
        QVERIFY(repo().update(t).ok());
        QVERIFY(t.meta.updatedAt > t.meta.createdAt);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<Theme>(), t);
        QCOMPARE(repo().theme(t.meta.id), t);
        QCOMPARE(repo().themes().constFirst(), t);
        const QList<Theme> before = repo().themes();

        Result<RowSnapshot> snap = repo().remove(t);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("theme")), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), t.meta.id);
        QVERIFY(!repo().theme(t.meta.id));
        QCOMPARE(repo().themes(), builtins);

        QVERIFY(repo().restore(snap.value()).ok());
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).value<Theme>(), t);
        QCOMPARE(repo().themes(), before);
        m_city->reopen();
        QCOMPARE(repo().themes(), before);
    }

    void builtinThemeMayBeRenamedAndKeepsItsKey()
    {
        Theme t = repo().themes().constFirst();
        const QString key = t.builtinKey;
        t.name = QStringLiteral("Welcome and first steps");
        QVERIFY(repo().update(t).ok());
        QCOMPARE(repo().themeByKey(key)->name, t.name);
        // Its own name, in another case, is no duplicate of itself.
        t.name = t.name.toUpper();
        QVERIFY(repo().update(t).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QString existing = ThemeRepository::builtinNames(QStringLiteral("en")).at(1).second;
        QTest::newRow("no name") << QString() << required();
        QTest::newRow("blank name") << QStringLiteral(" \t\n") << required();
        QTest::newRow("same name") << existing << duplicate(existing);
        QTest::newRow("same name, other case")
            << existing.toUpper() << duplicate(existing.toUpper());
        QTest::newRow("same name, spaced")
            << QStringLiteral("  %1 ").arg(existing) << duplicate(existing);
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        Theme t = named(name);
        QCOMPARE(repo().validate(t)->message, expected);
        verifyRefusedWrite(repo(), t, expected, counts());
        QVERIFY(t.meta.isNew());

        // Renaming a stored theme to the same refused name leaves it as it was.
        Theme stored = named(QStringLiteral("Mine"));
        QVERIFY(repo().add(stored).ok());
        Theme edited = stored;
        edited.name = name;
        verifyRefusedWrite(repo(), edited, expected, counts());
        QCOMPARE(repo().theme(stored.meta.id), stored);
    }

    void removalTakesTheTagsAndRestoreBringsThemBack()
    {
        const Theme theme = repo().themes().constFirst();
        StakeholderRepository& stakeholders = m_city->repositories().stakeholders();
        Stakeholder s;
        s.name = QStringLiteral("Red Crescent");
        s.themeIds = {theme.meta.id};
        QVERIFY(stakeholders.add(s).ok());

        Result<RowSnapshot> snap = repo().remove(theme);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("stakeholder_theme")), 1);
        QVERIFY(stakeholders.stakeholder(s.meta.id)->themeIds.isEmpty());
        QVERIFY(repo().restore(snap.value()).ok());
        QCOMPARE(stakeholders.stakeholder(s.meta.id)->themeIds, QStringList{theme.meta.id});
        QCOMPARE(repo().theme(theme.meta.id), theme);
    }

    void restoringTwiceIsRefused()
    {
        Theme t = named(QStringLiteral("Mine"));
        QVERIFY(repo().add(t).ok());
        Result<RowSnapshot> snap = repo().remove(t);
        QVERIFY(snap.ok());
        QVERIFY(repo().restore(snap.value()).ok());
        QSignalSpy added(&repo(), &ThemeRepository::themeAdded);
        const int before = rows();
        QVERIFY(!repo().restore(snap.value()).ok());
        QCOMPARE(added.size(), 0);
        QCOMPARE(rows(), before);
    }

    void changingWhatIsGoneIsRefused()
    {
        Theme t = named(QStringLiteral("Mine"));
        QVERIFY(repo().add(t).ok());
        QVERIFY(repo().remove(t).ok());
        QSignalSpy removed(&repo(), &ThemeRepository::themeRemoved);
        QSignalSpy updated(&repo(), &ThemeRepository::themeUpdated);
        QVERIFY(!repo().remove(t).ok());
        t.name = QStringLiteral("Renamed");
        QVERIFY(!repo().update(t).ok());
        QCOMPARE(removed.size() + updated.size(), 0);
        QVERIFY(!repo().theme(t.meta.id));
    }

    void readOnlyFileRefusesEveryWrite()
    {
        const QString path = m_city->file().path();
        Theme kept = named(QStringLiteral("Kept"));
        QVERIFY(repo().add(kept).ok());
        Theme gone = named(QStringLiteral("Gone"));
        QVERIFY(repo().add(gone).ok());
        Result<RowSnapshot> snap = repo().remove(gone);
        QVERIFY(snap.ok());
        const QList<Theme> themes = repo().themes();
        m_city->closeReadOnly();
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            ThemeRepository& ro = repos.themes();
            const SignalSpies spies(ro);

            Theme n = named(QStringLiteral("New"));
            QVERIFY(!ro.add(n).ok());
            QVERIFY(n.meta.isNew());
            Theme e = kept;
            e.name = QStringLiteral("Renamed");
            QVERIFY(!ro.update(e).ok());
            QVERIFY(!ro.remove(kept).ok());
            QVERIFY(!ro.restore(snap.value()).ok());

            QCOMPARE(spies.count(), 0);
            QCOMPARE(ro.themes(), themes);
        }
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestThemeRepository)
#include "TestThemeRepository.moc"
