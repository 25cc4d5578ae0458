// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRecords.h"
#include "RecordChecks.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ProfileRecords;

// What the file refuses the profile repository, whatever validation let through: a reference to
// a theme it does not hold, a second restore of the same records, a change to a record already
// gone, and every write to a read-only file. Nothing is announced for a refusal.
class TestProfileRepositoryLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    ProfileRepository& repo() { return m_city->repositories().profile(); }
    int rows(const QString& table) const { return m_city->rows(table); }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Tangier")); }
    void cleanup() { m_city.reset(); }

    void figureWithAnUnknownThemeIsRefused()
    {
        // Validation does not know the themes; the file's reference does, and says no.
        ProfileFigure f = figure(QStringLiteral("Residents"));
        f.themeId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QSignalSpy added(&repo(), &ProfileRepository::figureAdded);
        QVERIFY(!repo().add(f).ok());
        QCOMPARE(added.size(), 0);
        QCOMPARE(rows(QStringLiteral("profile_figure")), 0);
    }

    void removingTheThemeClearsTheFigureUntilUndone()
    {
        ThemeRepository& themes = m_city->repositories().themes();
        const Theme theme = themes.themes().constFirst();
        ProfileFigure f = figure(QStringLiteral("Residents"));
        f.themeId = theme.meta.id;
        QVERIFY(repo().add(f).ok());
        Result<RowSnapshot> snap = themes.remove(theme);
        QVERIFY(snap.ok());
        QVERIFY(repo().figure(f.meta.id)->themeId.isEmpty());
        QVERIFY(themes.restore(snap.value()).ok());
        QCOMPARE(repo().figure(f.meta.id)->themeId, theme.meta.id);
    }

    void restoringTwiceIsRefused()
    {
        MigrantOrigin o = origin(QStringLiteral("Mali"), 4);
        QVERIFY(repo().add(o).ok());
        Result<RowSnapshot> snap = repo().remove(o);
        QVERIFY(snap.ok());
        QVERIFY(repo().restore(snap.value()).ok());
        QSignalSpy added(&repo(), &ProfileRepository::originAdded);
        // The record is back: a second restore would make a second record of the same identity.
        QVERIFY(!repo().restore(snap.value()).ok());
        QCOMPARE(added.size(), 0);
        QCOMPARE(repo().origins(), QList<MigrantOrigin>{o});
    }

    void changingWhatIsGoneIsRefused()
    {
        MigrantOrigin o = origin(QStringLiteral("Mali"), 4);
        QVERIFY(repo().add(o).ok());
        QVERIFY(repo().remove(o).ok());
        QSignalSpy removed(&repo(), &ProfileRepository::originRemoved);
        QSignalSpy updated(&repo(), &ProfileRepository::originUpdated);
        QSignalSpy added(&repo(), &ProfileRepository::originAdded);
        // Another window (or an undo) took it away first: neither a second removal nor an
        // edit may report success, or a model would show a row the file does not have.
        QVERIFY(!repo().remove(o).ok());
        MigrantOrigin edited = o;
        edited.number = 5;
        QVERIFY(!repo().update(edited).ok());
        QCOMPARE(removed.size() + updated.size() + added.size(), 0);
        QCOMPARE(rows(QStringLiteral("migrant_origin")), 0);
    }

    void readOnlyFileRefusesEveryWrite()
    {
        const QString path = m_city->file().path();
        MigrantOrigin o = origin(QStringLiteral("Mali"), 4);
        QVERIFY(repo().add(o).ok());
        District d = district(QStringLiteral("Medina"));
        QVERIFY(repo().add(d).ok());
        ProfileFigure f = figure(QStringLiteral("Residents"));
        QVERIFY(repo().add(f).ok());
        // An undo snapshot taken while the file was writable.
        MigrantOrigin gone = origin(QStringLiteral("Gone"), 1);
        QVERIFY(repo().add(gone).ok());
        Result<RowSnapshot> snap = repo().remove(gone);
        QVERIFY(snap.ok());
        m_city->closeReadOnly();
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            ProfileRepository& ro = repos.profile();
            const SignalSpies spies(ro);
            QCOMPARE(spies.size(), 11);

            City city = ro.city().value();
            city.name = QStringLiteral("Renamed");
            QVERIFY(!ro.update(city).ok());
            ProfileSection section = ro.sections().constFirst();
            section.body = QStringLiteral("Changed");
            QVERIFY(!ro.update(section).ok());

            MigrantOrigin no = origin(QStringLiteral("New"), 1);
            QVERIFY(!ro.add(no).ok());
            QVERIFY(no.meta.isNew());
            MigrantOrigin eo = o;
            eo.number = 99;
            QVERIFY(!ro.update(eo).ok());
            QVERIFY(!ro.remove(o).ok());

            District nd = district(QStringLiteral("New"));
            QVERIFY(!ro.add(nd).ok());
            District ed = d;
            ed.notes = QStringLiteral("Changed");
            QVERIFY(!ro.update(ed).ok());
            QVERIFY(!ro.remove(d).ok());

            ProfileFigure nf = figure(QStringLiteral("New"));
            QVERIFY(!ro.add(nf).ok());
            ProfileFigure ef = f;
            ef.value = 1;
            QVERIFY(!ro.update(ef).ok());
            QVERIFY(!ro.remove(f).ok());
            QVERIFY(!ro.restore(snap.value()).ok());

            QCOMPARE(spies.count(), 0);
            QCOMPARE(ro.origins(), QList<MigrantOrigin>{o});
            QCOMPARE(ro.districts(), QList<District>{d});
            QCOMPARE(ro.figures(), QList<ProfileFigure>{f});
            QCOMPARE(ro.city().value().name, QStringLiteral("Tangier"));
        }
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestProfileRepositoryLimits)
#include "TestProfileRepositoryLimits.moc"
