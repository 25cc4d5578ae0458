// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"
#include "themes/Theme.h"

#include <QObject>

#include <optional>

class ThemeRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit ThemeRepository(RecordStore& store, QObject* parent = nullptr);
    ~ThemeRepository() override;

    QList<Theme> themes() const;
    std::optional<Theme> theme(const QString& id) const;
    std::optional<Theme> themeByKey(const QString& builtinKey) const;
    Result<void> add(Theme& theme);
    Result<void> update(Theme& theme);
    Result<RowSnapshot> remove(const Theme& theme);
    Result<void> restore(const RowSnapshot& snapshot);

    // Adds the built-in themes in the file's language, inside the caller's transaction.
    Result<void> createBuiltins(const QString& language);
    // The built-in themes' names in a language ("en", "fr"; English when unknown), by key.
    static QList<std::pair<QString, QString>> builtinNames(const QString& language);

    std::optional<Error> validate(const Theme& theme) const;

public slots:
    // A theme removed or put back, by whichever repository (RecordStore::announcer()).
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void themeAdded(const Theme& theme);
    void themeUpdated(const Theme& theme);
    void themeRemoved(const QString& id);

private:
    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<Theme> m_themes;
};
