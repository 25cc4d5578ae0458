// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::files()
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString& path : all) {
        if (QFileInfo(path).isFile())
            existing << path;
    }
    if (existing != all)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = stored();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::stored() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::store(const QStringList& files)
{
    QSettings().setValue(settingsKey, files);
    emit changed();
}
