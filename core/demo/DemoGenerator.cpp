// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "demo/DemoBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    static QString missingContent(const QString& language)
    {
        return tr("The demo content for the language “%1” is missing from this build of "
                  "Passerelle. Choose English or French.")
            .arg(language);
    }
};

QJsonObject loadContent(const QString& language)
{
    QFile file(QStringLiteral(":/passerelle/data/demo/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

CityFile::OpenResult DemoGenerator::create(const QString& path, const Options& options)
{
    const QJsonObject content = loadContent(options.language);
    if (content.isEmpty())
        return FileError(FileError::Code::CannotWrite, path,
                         Text::missingContent(options.language));
    const QJsonObject city = content.value(QStringLiteral("city")).toObject();
    CityFile::NewCity newCity;
    newCity.name = city.value(QStringLiteral("name")).toString();
    newCity.country = city.value(QStringLiteral("country")).toString();
    newCity.language = options.language;
    return CityFile::create(
        path, newCity, [&](QSqlDatabase db, const QString& cityId) -> Result<void> {
            if (Result<void> r = CitySeeder::seed(db, cityId, options.language); !r)
                return r;
            Repositories repos(db, cityId);
            return DemoBuilder(repos, content, options).build();
        });
}

QString DemoGenerator::defaultPath(const QString& language)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo-%1.passerelle").arg(language));
}
