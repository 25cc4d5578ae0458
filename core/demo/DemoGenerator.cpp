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
                  "Passerelle. Choose one of: %2.")
            .arg(language, DemoGenerator::languages().join(QStringLiteral(", ")));
    }
};

const QString contentFolder = QStringLiteral(":/passerelle/data/demo");

QJsonObject loadContent(const QString& language)
{
    QFile file(contentFolder + QStringLiteral("/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

QStringList DemoGenerator::languages()
{
    QStringList codes;
    for (const QString& name :
         QDir(contentFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        codes << name.chopped(5);
    codes.removeAll(QStringLiteral("en"));
    codes.prepend(QStringLiteral("en"));
    return codes;
}

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
