// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

// The city files opened lately, newest first, kept in the user's settings. One instance is
// shared by every window of the program so that they all show the same list.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    // The files that still exist; the ones that were moved or deleted are forgotten here.
    QStringList files();
    void add(const QString& path);
    void clear();

signals:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList& files);
};
