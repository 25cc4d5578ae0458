// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The names the program suggests for city files.
namespace CityFileNames {
// The suffix of city files, without its dot.
inline const QString suffix = QStringLiteral("passerelle");
// path with ".passerelle" added when it has no suffix.
QString withSuffix(QString path);
// Where new files and copies go when nothing better is known.
QString documentsFolder();
// A city name as a file name: characters that some systems refuse in names are dropped.
QString forCity(const QString& cityName);
} // namespace CityFileNames
