// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CityFile.h"

#include <QFrame>

class QLabel;

// The strip above the pane that says the file cannot be changed, why, and the way out.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget* parent = nullptr);

    // Shows the banner for a read-only reason, hides it for ReadOnlyReason::None.
    void setReason(CityFile::ReadOnlyReason reason);
    // Shows the banner for a file a partner city shared: which city, and the day (empty when
    // the file does not say). There is no copy to save: the partner's records are taken in
    // through the import from the partner.
    void setPartner(const QString& city, const QString& sharedOn);
    QString text() const;

signals:
    void saveCopyRequested();

private:
    QLabel* m_text = nullptr;
    QWidget* m_saveCopy = nullptr;
};
