// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"

#include "city/CitySeeder.h"
#include "demo/DemoGenerator.h"
#include "storage/RecordStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>

std::unique_ptr<TestCity> TestCity::create(const QString& name, const QString& language,
                                           CitySeeder::Checklists checklists)
{
    std::unique_ptr<TestCity> city(new TestCity);
    city->m_path = city->m_dir.filePath(QStringLiteral("city.passerelle"));
    CityFile::NewCity identity;
    identity.name = name;
    identity.country = QStringLiteral("MA");
    identity.language = language;
    city->adopt(CitySeeder::createFile(city->m_path, identity, checklists));
    return city;
}

std::unique_ptr<TestCity> TestCity::demo(int scale, const QString& language)
{
    std::unique_ptr<TestCity> city(new TestCity);
    city->m_path = city->m_dir.filePath(QStringLiteral("demo.passerelle"));
    DemoGenerator::Options options;
    options.language = language;
    options.scale = scale;
    city->adopt(DemoGenerator::create(city->m_path, options));
    return city;
}

QUndoStack& TestCity::undoStack()
{
    return *m_file->undoStack();
}

void TestCity::reopen()
{
    close();
    adopt(CityFile::open(m_path));
}

void TestCity::close()
{
    m_repositories.reset();
    m_file.reset();
}

void TestCity::closeReadOnly()
{
    close();
    if (!QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadUser))
        qFatal("cannot make the test city read-only: %s", qPrintable(m_path));
}

int TestCity::rows(const QString& table) const
{
    QSqlQuery q(m_file->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TestCity::addBareStakeholder(const QString& name)
{
    RecordMeta meta;
    const Result<void> r = repositories().store().insertOne(
        "stakeholder", meta,
        {{"name", name}, {"name_key", name.toLower()}, {"kind", QStringLiteral("ngo")}});
    return r ? meta.id : QString();
}

void TestCity::adopt(CityFile::OpenResult result)
{
    if (!result.ok())
        qFatal("cannot open the test city: %s", qPrintable(result.error().message()));
    m_file = result.take();
    m_repositories = std::make_unique<Repositories>(*m_file);
}
