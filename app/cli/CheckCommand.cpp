// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "storage/CityFile.h"
#include "storage/FileHeader.h"

#include <QDir>

QString CheckCommand::summary() const
{
    return tr("Check that a city file can be opened; never writes to it.");
}

void CheckCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The city file to check."));
}

int CheckCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("check takes exactly one FILE.") << '\n';
        return UsageError;
    }
    const QString path = files.first();
    if (std::optional<FileError> problem = CityFile::inspect(path, ContentCheck::Depth::Thorough)) {
        err << problem->key() << ": " << problem->message() << '\n';
        return UserError;
    }
    out << tr("%1: OK (format version %2)")
               .arg(QDir::toNativeSeparators(path))
               .arg(FileHeader::read(path).userVersion)
        << '\n';
    return Success;
}
