// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli: city files from the command line, over the core library alone.
#include "CliRunner.h"
#include "common/HeapSettings.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // Before anything is allocated: a report's PDF pages reuse their buffers (HeapSettings).
    HeapSettings::keepLargeBuffers();
    // Reports lay out text and write PDF, which needs Qt's font machinery: a GUI application,
    // on no screen (the offscreen platform), so that the command still runs over SSH or in CI.
    // Every other command stays a plain core application.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    Translator::install(app, QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliRunner().run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
