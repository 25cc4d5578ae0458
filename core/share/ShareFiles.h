// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// The files of one share: a temporary file beside the target (same folder, so the rename is
// atomic), synced and renamed over the target at the end, or removed, with any journal beside
// it, when the share fails or is cancelled (and by the destructor, if neither was done).
class ShareFiles
{
    Q_DECLARE_TR_FUNCTIONS(ShareFiles)

public:
    explicit ShareFiles(QString target);
    ~ShareFiles();
    ShareFiles(const ShareFiles&) = delete;
    ShareFiles& operator=(const ShareFiles&) = delete;

    // Hidden, and named after the target: ".NAME.sharing".
    QString temporaryPath() const { return m_temporary; }
    // Syncs the temporary file (a failure removes it): done while the source is still being
    // checked, the disk's time is not added to the check's.
    Result<void> sync();
    // Syncs the temporary file unless sync() did, renames it to the target (replacing it only
    // when overwrite), then syncs the folder, so that the new name survives a power cut.
    Result<void> commit(bool overwrite);
    void discard();

private:
    QString m_target;
    QString m_temporary;
    bool m_synced = false;
    bool m_done = false;
};
