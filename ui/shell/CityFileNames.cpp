// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityFileNames.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

QString CityFileNames::withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

QString CityFileNames::documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString CityFileNames::forCity(const QString& cityName)
{
    QString name = cityName;
    name.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")));
    return withSuffix(name.trimmed().isEmpty() ? QStringLiteral("city") : name.trimmed());
}
