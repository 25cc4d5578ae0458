// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "profile/City.h"
#include "profile/District.h"
#include "profile/MigrantOrigin.h"
#include "profile/ProfileFigure.h"
#include "profile/ProfileSection.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

// The city and its migration profile: narrative sections, key figures, origins, districts.
// Every write is one transaction; every change is announced so models update row by row.
class ProfileRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit ProfileRepository(RecordStore& store, QObject* parent = nullptr);
    ~ProfileRepository() override;

    Result<City> city() const;
    Result<void> update(City& city);

    QList<ProfileSection> sections() const;
    Result<void> update(ProfileSection& section);
    // Adds the sections a new file starts with (empty text), inside the caller's transaction.
    Result<void> createMissingSections();

    QList<MigrantOrigin> origins() const;
    std::optional<MigrantOrigin> origin(const QString& id) const;
    Result<void> add(MigrantOrigin& origin);
    Result<void> update(MigrantOrigin& origin);
    Result<RowSnapshot> remove(const MigrantOrigin& origin);

    QList<District> districts() const;
    std::optional<District> district(const QString& id) const;
    Result<void> add(District& district);
    Result<void> update(District& district);
    Result<RowSnapshot> remove(const District& district);

    QList<ProfileFigure> figures() const;
    std::optional<ProfileFigure> figure(const QString& id) const;
    Result<void> add(ProfileFigure& figure);
    Result<void> update(ProfileFigure& figure);
    Result<RowSnapshot> remove(const ProfileFigure& figure);

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    // Validation: nullopt when the record may be stored.
    static std::optional<Error> validate(const City& city);
    static std::optional<Error> validate(const MigrantOrigin& origin);
    static std::optional<Error> validate(const District& district);
    static std::optional<Error> validate(const ProfileFigure& figure);

public slots:
    // Origins, districts and figures removed or put back, by whichever repository, and the
    // figures whose theme that cleared or set again (RecordStore::announcer()).
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void cityChanged(const City& city);
    void sectionChanged(const ProfileSection& section);
    void originAdded(const MigrantOrigin& origin);
    void originUpdated(const MigrantOrigin& origin);
    void originRemoved(const QString& id);
    void districtAdded(const District& district);
    void districtUpdated(const District& district);
    void districtRemoved(const QString& id);
    void figureAdded(const ProfileFigure& figure);
    void figureUpdated(const ProfileFigure& figure);
    void figureRemoved(const QString& id);

private:
    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<City> m_city;
    RecordTable<ProfileSection> m_sections;
    RecordTable<MigrantOrigin> m_origins;
    RecordTable<District> m_districts;
    RecordTable<ProfileFigure> m_figures;
};
