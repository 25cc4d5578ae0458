// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfoCommand.h"

#include "city/CityStatistics.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "storage/FileHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

QString InfoCommand::summary() const
{
    return tr("Print what a city file holds, as JSON.");
}

void InfoCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to describe."));
}

int InfoCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("info takes exactly one FILE.") << '\n';
        return UsageError;
    }
    const QString path = files.first();
    CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
    if (!opened) {
        err << opened.error().message() << '\n';
        return UserError;
    }
    std::unique_ptr<CityFile> file = opened.take();
    const FileHeader header = FileHeader::read(path);
    QJsonObject json;
    json.insert(QStringLiteral("format_version"), qint64(header.userVersion));
    json.insert(QStringLiteral("application_id"), qint64(header.applicationId));
    {
        Repositories repos(*file);
        Result<City> city = repos.profile().city();
        if (!city) {
            err << city.error().message << '\n';
            return UserError;
        }
        json.insert(QStringLiteral("city"), city.value().name);
        json.insert(QStringLiteral("city_id"), city.value().meta.id);
        json.insert(QStringLiteral("country"), city.value().country);
        json.insert(QStringLiteral("language"), city.value().language);
    }
    for (const auto& [kind, count] : CityStatistics::counts(file->database()))
        json.insert(kind, count);
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Success;
}
