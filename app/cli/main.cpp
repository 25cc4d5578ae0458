// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli: city files from the command line, over the core library alone.
#include "CliRunner.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
