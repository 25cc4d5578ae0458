// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityDocument.h"

#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "exchange/PartnerFile.h"
#include "profile/ProfileRepository.h"

#include <QFileInfo>
#include <QUndoStack>

CityDocument::CityDocument(std::unique_ptr<CityFile> file, QObject* parent)
    : CityDocument(std::move(file), nullptr, parent)
{
}

CityDocument::CityDocument(std::unique_ptr<PartnerFile> partner, QObject* parent)
    : CityDocument(nullptr, std::move(partner), parent)
{
}

CityDocument::CityDocument(std::unique_ptr<CityFile> own, std::unique_ptr<PartnerFile> partner,
                           QObject* parent)
    : QObject(parent), m_partner(std::move(partner)), m_ownFile(std::move(own)),
      m_file(m_partner ? &m_partner->file() : m_ownFile.get()),
      m_repositories(std::make_unique<Repositories>(*m_file))
{
    connect(&m_repositories->profile(), &ProfileRepository::cityChanged, this,
            [this](const City& city) { emit cityNameChanged(city.name); });
}

CityDocument::~CityDocument()
{
    // Undo commands hold references into the repositories; drop them first, then the
    // repositories, and only then the connection they use.
    m_file->undoStack()->clear();
    m_repositories.reset();
    m_ownFile.reset();
    // The partner's copy and its private folder go last.
    m_partner.reset();
}

CityDocument::OpenResult CityDocument::open(const QString& path, CityFile::Access access)
{
    CityFile::OpenResult opened =
        CityFile::open(path, access, nullptr, CityFile::Checking::Automatic);
    if (!opened)
        return opened.error();
    return std::make_unique<CityDocument>(opened.take());
}

CityDocument::OpenResult CityDocument::create(const QString& path, const CityFile::NewCity& city)
{
    CityFile::OpenResult created = CitySeeder::createFile(path, city);
    if (!created)
        return created.error();
    return std::make_unique<CityDocument>(created.take());
}

QUndoStack& CityDocument::undoStack() const
{
    return *m_file->undoStack();
}

QString CityDocument::shownPath() const
{
    return m_partner ? m_partner->originalPath() : m_file->path();
}

QString CityDocument::cityName() const
{
    Result<City> city = m_repositories->profile().city();
    if (city && !city.value().name.trimmed().isEmpty())
        return city.value().name;
    return QFileInfo(shownPath()).completeBaseName();
}
