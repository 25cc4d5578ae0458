// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "share/ShareSummary.h"
#include "storage/PersonalData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

// Writes the copy of a city file that goes to a partner city (File > Share with a partner
// city…, `passerelle-cli share`): an ordinary Passerelle file, built new, whose bytes never held
// the personal data it leaves out. Not a copy then a clean-up: a new file at a temporary name
// beside the target, its schema made as every new file's, each table filled from the source
// (attached read-only) with the personal columns (PersonalData, from the catalogue's marks)
// replaced by empty values in the SELECT itself, so that neither its pages, its free list nor
// a journal ever saw them. The file records which city shared it and when (file_meta keys
// below), is synced, and only then renamed to the target: a failure or a cancel leaves nothing.
// The source is checked as every opening checks it, and never written.
class ShareWriter
{
    Q_DECLARE_TR_FUNCTIONS(ShareWriter)

public:
    // file_meta keys of a shared file (documented in docs/file-format.md).
    static constexpr const char* sharedByCityKey = "shared_by_city";
    static constexpr const char* sharedByCityIdKey = "shared_by_city_id";
    static constexpr const char* sharedAtKey = "shared_at";
    static constexpr const char* sharedWithPersonalDataKey = "shared_with_personal_data";

    struct Options
    {
        PersonalData::Policy policy = PersonalData::Policy::LeaveOut;
        // Replace an existing target (--force; the dialog asks first).
        bool overwrite = false;
    };
    struct Outcome
    {
        QString cityName;
        QDateTime sharedAt;
        QList<ShareSummary::Item> leftOut;
    };
    // 0 to 1000, from the thread that writes.
    using Progress = std::function<void(int permille)>;

    // cancel, when set, stops the work at its next step (even inside a long statement): the
    // result is then an error saying so, and nothing is left behind.
    static Result<Outcome> write(const QString& source, const QString& target,
                                 const Options& options, const Progress& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);

    // The message of a cancelled share.
    static QString cancelledMessage();
};
