// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operations.h"

#include "AckLog.h"

#include "city/Repositories.h"
#include "demo/DemoGenerator.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace {

// Stakeholders no demo city holds, each with a contact person: every row is a new stakeholder,
// so the import adds exactly ROWS of each and the checker can tell all from nothing.
bool writeCsv(const QString& path, int rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "name,kind,level,influence,interest,contact,email,notes\n";
    for (int i = 1; i <= rows; ++i) {
        out << "Crash import " << i << ",ngo,local," << (i % 5 + 1) << ',' << ((i + 2) % 5 + 1)
            << ",Person " << i << ",person" << i << "@example.org,"
            << "Imported by the crash test to fill a few pages of the file\n";
    }
    out.flush();
    return file.commit();
}

} // namespace

QString Operations::ackLogPath(const QString& cityPath)
{
    return cityPath + QStringLiteral(".acks");
}

int Operations::runImport(const QString& cityPath, const QString& csvPath, int rows)
{
    QTextStream err(stderr);
    if (!QFile::exists(csvPath) && !writeCsv(csvPath, rows)) {
        err << "import: cannot write " << csvPath << '\n';
        return 2;
    }
    // As passerelle-cli import-stakeholders does: the CSV file first, then the city file.
    StakeholderCsvImport::Options options;
    Result<CsvTable> table = CsvReader::read(csvPath, options.csv);
    if (!table) {
        err << "import: " << table.error().message << '\n';
        return 2;
    }
    CityFile::OpenResult opened = CityFile::open(cityPath);
    if (!opened) {
        err << "import: " << opened.error().message() << '\n';
        return 2;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repositories(*file);
    AckLog log(ackLogPath(cityPath));
    if (!log.append(QStringLiteral("base stakeholders=%1 contacts=%2 rows=%3")
                        .arg(repositories.stakeholders().count())
                        .arg(repositories.stakeholders().contacts().size())
                        .arg(table.value().rows.size()))) {
        err << "import: cannot write the acknowledgement log\n";
        return 2;
    }
    StakeholderCsvImport import(repositories.store(), repositories.stakeholders(),
                                repositories.themes());
    Result<ImportReport> report = import.run(table.value(), options.onDuplicate);
    if (!report) {
        err << "import: " << report.error().message << '\n';
        return 1;
    }
    if (!log.append(QStringLiteral("ack 1 - import %1").arg(report.value().imported))) {
        err << "import: cannot write the acknowledgement log\n";
        return 1;
    }
    return 0;
}

int Operations::runDemo(const QString& cityPath, int scale)
{
    QTextStream err(stderr);
    DemoGenerator::Options options;
    options.scale = scale;
    CityFile::OpenResult created = DemoGenerator::create(cityPath, options);
    if (!created) {
        err << "demo: " << created.error().message() << '\n';
        return 1;
    }
    AckLog log(ackLogPath(cityPath));
    if (!log.append(QStringLiteral("ack 1 - demo %1").arg(scale))) {
        err << "demo: cannot write the acknowledgement log\n";
        return 1;
    }
    return 0;
}
