// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "demo/DemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>

namespace {
const QString langOption = QStringLiteral("lang");
const QString scaleOption = QStringLiteral("scale");
constexpr int maxScale = 1000000;
} // namespace

QString DemoCommand::summary() const
{
    return tr("Create a fictional demo city file (also network-sized, for benchmarks).");
}

void DemoCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The new file; it must not exist."));
    parser.addOption({langOption,
                      tr("Language of the demo content: %1.")
                          .arg(DemoGenerator::languages().join(QStringLiteral(", "))),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({scaleOption,
                      tr("Make N stakeholders and everything else in proportion (benchmarks)."),
                      QStringLiteral("N")});
}

int DemoCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("demo takes exactly one FILE.") << '\n';
        return UsageError;
    }
    DemoGenerator::Options options;
    options.language = parser.value(langOption);
    if (!DemoGenerator::languages().contains(options.language)) {
        err << tr("--lang must be one of %1, not “%2”.")
                   .arg(DemoGenerator::languages().join(QStringLiteral(", ")), options.language)
            << '\n';
        return UsageError;
    }
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        options.scale = parser.value(scaleOption).toInt(&ok);
        if (!ok || options.scale < 1 || options.scale > maxScale) {
            err << tr("--scale must be a whole number from 1 to %1.").arg(maxScale) << '\n';
            return UsageError;
        }
    }
    QElapsedTimer timer;
    timer.start();
    CityFile::OpenResult created = DemoGenerator::create(files.first(), options);
    if (!created) {
        err << created.error().message() << '\n';
        return UserError;
    }
    out << tr("Created %1 in %2 s.")
               .arg(QDir::toNativeSeparators(files.first()))
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    return Success;
}
